"""A head set over the columns of a ``pdftotext -layout`` news page, which the extractor wrote right
of the gutter, is read whole before the columns (issue 10, branch lay69; ``columns._opening_head``).

A news page is a Manhattan layout: a head over columns i..j (kicker, title, subtitle, byline) opens
the flow of those columns under it, and the columns begin side by side under it.  ``pdftotext
-layout`` sets a line's cells from its neighbours', not its width: the head's lines, centred over the
columns, come out at or past the gutter, where the page's cut read them as the right column's top
(「把园区建成现代农业的示范窗口」 after the first column's story, before the commentary beside it).
The first column's cells stay blank only beside such a head; a later column whose text runs on from
above (or whose own head stands a row higher than the first column's headline) does not open a head.

The pages are real: dev texts news_page_county and news_page_city_briefs set in design nw54_06 /
nw54_01 of the news sweep (``tests/eval/heading_sweep.py --kind news --columns 3 --designs 8
--seed 97``) and read by ``pdftotext -layout``; the counter-cases are dev literature_guxiang in
``two_columns_open`` (a column's running line a row above the first column's title) and
news_page_science in nw54_02 (columns running on from above, beside a headline).
"""

from __future__ import annotations


# news_page_county × nw54_06 × pdftotext -layout: the page's first 33 rows
COUNTY = (
    '江城周刊   2026 年第 18 期                         第1版\n'
    '\n'
    '\n'
    '省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上\n'
    '                   作出批示\n'
    '\n'
    '                      把园区建成现代农业的示范窗口\n'
    '                        ——江城县农业科技园区建设纪实\n'
    '                        本报记者 何静怡 通讯员 吴志强\n'
    '   深秋时节，走进江城县农业\n'
    '科技园区，智能温室里番茄挂满           让科技之花开在田\n'
    '枝头，水肥一体化设备按照预设\n'
    '程序精准滴灌。园区管委会负责\n'
    '                           间地头\n'
    '人告诉记者，园区已引进农业科              □ 本报评论员\n'
    '技企业 43 家，建成各类科研平            农业现代化，关键是农业科\n'
    '台 17 个，去年实现总产值 58 亿     技现代化。园区的实践表明，只\n'
    '元。                      要把科技力量引到田间地头，把\n'
    '   “过去种地靠经验，现在靠         农民培养成懂技术、会经营的新\n'
    '数据。”种植大户老陈指着手机          农人，传统农业就能焕发新的生\n'
    '上的监测画面说，土壤湿度、光          机。\n'
    '照、温度一目了然，哪块地该浇              推动农业科技进步，既要\n'
    '水、该施肥，系统都会提醒。           “顶天”，在关键核心技术上攻\n'
    '园区智能温室内，技术人员正在查         关突破；也要“立地”，让先进\n'
    '看番茄长势。 本报记者 何静怡/摄       适用技术真正进村入户。各级各\n'
    '  园区建设过程中，县里与省          部门要在完善科技服务体系上多\n'
    '农科院、农业大学共建 3 个专家        下功夫，让更多农民共享科技进\n'
    '工作站，每年组织技术培训 60         步的成果。\n'
    '余场次，带动周边农户 1.2 万户       来源：《江城县报》（ 2026 年\n'
    '增收。下一步，园区将重点发展          11 月 2 日第 1 版）\n'
    '种业研发、智慧农业和农产品精\n'
    '深加工，力争三年内总产值突破\n'
    '百亿元。\n'
)

# news_page_city_briefs × nw54_01 × pdftotext -layout: the page's first 19 rows
CITY = (
    '综合新闻                                           第1版\n'
    '\n'
    '\n'
    '                   市政府常务会议研究部署今冬明春重点工作强调\n'
    '\n'
    '                  抓早抓实民生实事 确保群众温暖过冬\n'
    '                            本报记者 郑小川\n'
    '  11 月 25 日，市政府召开常务会\n'
    '议，研究部署今冬明春供暖保障、物       江城高铁站新增 6 对始\n'
    '资供应和安全生产等重点工作。            发列车\n'
    '  会议指出，入冬以来，全市天然\n'
    '气供应总体平稳，但寒潮天气可能带                 本报讯\n'
    '来用气高峰。各有关部门要加强监测           记者从铁路部门获悉，自 12 月\n'
    '预警，提前做好应急气源储备，确保       1 日起，江城高铁站新增 6 对始发列\n'
    '居民用气不断供、不降压。           车，通达省会及周边主要城市。铁路\n'
    '  会议要求，要抓好蔬菜、肉类等       部门提醒旅客提前通过官方渠道购票。\n'
    '重要民生商品保供稳价，加大对困难       来源：《江城日报》 2026 年 11 月\n'
    '群众的走访慰问力度，切实把党和政       26 日第 2 版\n'
    '府的温暖送到群众心坎上。\n'
)

# literature_guxiang × two_columns_open × pdftotext -layout: the first 24 rows
GUXIANG = (
    '                       故乡\n'
    '\n'
    '\n'
    '                             这时候，我的脑里忽然闪出一幅神异的图\n'
    '           故乡               画来：深蓝的天空中挂着一轮金黄的圆月，下\n'
    '\n'
    '           鲁迅               面是海边的沙地，都种着一望无际的碧绿的西\n'
    '                            瓜，其间有一个十一二岁的少年，项带银圈，\n'
    '  我冒了严寒，回到相隔二千余里，别了二\n'
    '                            手捏一柄钢叉，向一匹猹尽力的刺去，那猹却\n'
    '十余年的故乡去。\n'
    '                            将身一扭，反从他的胯下逃走了。\n'
    '  时候既然是深冬；渐近故乡时，天气又阴\n'
    '                             这少年便是闰土。我认识他时，也不过十\n'
    '晦了，冷风吹进船舱中，呜呜的响，从篷隙向\n'
    '                            多岁，离现在将有三十年了；那时我的父亲还\n'
    '外一望，苍黄的天底下，远近横着几个萧索的\n'
    '                            在世，家景也好，我正是一个少爷。那一年，\n'
    '荒村，没有一些活气。我的心禁不住悲凉起来\n'
    '                            我家是一件大祭祀的值年。这祭祀，说是三十\n'
    '了。\n'
    '                            多年才能轮到一回，所以很郑重；正月里供祖\n'
    '  阿！这不是我二十年来时时记得的故乡？\n'
    '                            像，供品很多，祭器很讲究，拜的人也很多，\n'
)

# news_page_science × nw54_02 × pdftotext -layout: the first 24 rows
SCIENCE = (
    '江城日报                                    2026年5月3日   星期日   第1版\n'
    '\n'
    '\n'
    '                       术创新决策、研发投入、科    费”的成果转化模式，让更\n'
    '市委常委会召开会议专题\n'
    '                       研组织和成果转化的主体。    多中小企业用得上、用得起\n'
    '研究科技创新工作强调\n'
    '                       要深化科技体制改革，赋予    高校院所的科技成果。\n'
    '                       科研人员更大的人财物支配\n'
    '以更大力度推进                权和技术路线决定权。      全市首批“科技副\n'
    '科技创新 为高质                  会议还研究了其他事\n'
    '                                         总”上岗\n'
    '                       项。\n'
    '量发展注入强劲                                本报讯（记者 孙晓梅）\n'
    '                          江城高新区：\n'
    '   动能                                    日前，全市首批60名\n'
    '                                       “科技副总”走上企业岗\n'
    ' 本报记者 陈思远 刘佳           一条街上的“创新\n'
    '                                       位。他们来自12所高校和科\n'
    '来源：《江城日报》（2026            生态”          研院所，将在企业兼职两\n'
    '年3月18日01版）                             年，帮助企业解决技术难\n'
    '                       ——走进科创大道看成果\n'
    '    3月17日下午，市委常                        题、培养研发团队。\n'
    '                            转化\n'
)


def test_a_headline_block_over_the_columns_is_read_before_the_first_column(columned):
    out = columned(COUNTY)
    head = out.index("把园区建成现代农业的示范窗口")
    assert out[head + 1:head + 4] == ["——江城县农业科技园区建设纪实", "本报记者 何静怡 通讯员 吴志强",
                                      "深秋时节，走进江城县农业"]
    assert head < out.index("百亿元。") < out.index("让科技之花开在田")


def test_a_head_cut_at_its_word_space_is_read_whole_before_the_columns(columned):
    out = columned(CITY)
    head = out.index("抓早抓实民生实事 确保群众温暖过冬")
    assert out[head + 1:head + 3] == ["本报记者 郑小川", "11 月 25 日，市政府召开常务会"]
    assert "江城高铁站新增 6 对始" in out[head:]


def test_a_later_columns_running_line_above_the_first_columns_title_stays_in_its_column(columned):
    out = columned(GUXIANG)
    assert out.index("这时候，我的脑里忽然闪出一幅神异的图") > out.index("十余年的故乡去。")


def test_columns_running_on_from_above_beside_a_headline_stay_in_their_columns(columned):
    out = columned(SCIENCE)
    assert out.index("市委常委会召开会议专题") < out.index("术创新决策、研发投入、科")
