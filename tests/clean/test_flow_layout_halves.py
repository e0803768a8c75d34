"""``pdftotext -layout`` pages read as a whole: halves the ``columns`` rule cut, four columns, the notes
at a page's foot, a spread line beside another column's (``columns._split_page``,
``pagemodel.paper_pages``, ``flow.CELL_COLUMNS_MAX``, ``shapes.LETTER_SPACED_RE``, ``flow._split``).

The ``columns`` rule cuts a page at its widest gutter and writes the left half's rows, then the right
half's; where the left half holds columns of its own that its gutter test does not find (a head over
them runs through it), ``column_flow`` deals that half by its cells — and the right half's rows, which
start again at the page's top, belong to no row of the left half: each half is a page of its own.
A party paper's four columns each start at a cell of their own, and the dealing reads as many.  A
page's notes are set under its columns and read after all of them.  A justified line whose glyphs
were spread to its column's edge begins after a space, as each of its glyphs stands: the line of
the column before, touching its own last glyph, ends one space before it, and the spread line is a
full line of its column (no heading set spaced).  The snippets are real: the dev
texts news_page_grassroots_items (set in the dev designs ``weekly_two_of_three`` and
``dangbao_four_ruled``), essay_canal_history (``two_columns_open``) and deeds_village_doctor
(``neikan_narrow_ruled``), read back by ``pdftotext -layout``, the first page (its first 45, 80
and 20 rows; two paragraphs of the essay's first column left out).  Expected values follow the printed page.
"""

from __future__ import annotations

from booklet.clean.columns import split_columns
from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts, strip_furniture
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

GRASSROOTS_WEEKLY_LAYOUT = '2026年11月27日   星期五                                          文化周刊\n\n\n                                              编者按：养老和托育，一头连\n全面推进城乡社区治理现代化 全县148个村（社区）完成党群服务\n                                            着老人，一头连着孩子，关系千家\n            中心提档升级\n                                            万户。本报今起推出系列报道，记\n                                            录我县在补齐民生短板方面的探索\n\n       家门口的服务更暖心                            和实践，敬请关注。\n                                                本报记者 汤雨薇\n                本报记者 沈佳宁 通讯员 邹立平\n                                              清晨八点，南湖街道综合养老\n  走进城关镇东门社区党群服务  个项目总投资46.8亿元，涵盖新能          服务中心里，几位老人正在康复师\n中心，一楼是便民服务大厅，社保、 源装备、电子元器件、食品精深加            的指导下进行器械训练。隔壁的普\n医保、民政等28项事项可以“一窗        工等领域。               惠托育园里，孩子们在老师的带领\n受理”；二楼设有老年食堂、儿童            据了解，此次开工的项目中，    下做早操，欢笑声不时传来。\n之家和图书室，每天来这里的居民  投资10亿元以上的有2个，亿元以             把养老和托育放在同一栋楼里，\n有三四百人次。          上的有9个。开发区实行“一个项            是县民政局的一次尝试。“老人来\n  “以前办个事要跑好几个部门， 目、一名领导、一个专班”推进机            了有事做，孩子来了有人陪，家长\n现在在楼下就能办好，工作人员还         制，帮助企业解决用地、用工、融     接送也方便。”中心负责人陆敏说，\n会上门帮我们这些腿脚不便的老人         资等方面困难31个，项目平均审批    目前中心共有日间照料床位40张、\n代办。”72岁的居民周桂英说。         时间压缩至15个工作日以内。      托位60个，基本实现满员运行。\n  今年以来，县里统筹资金1.2                              近年来，县里出台支持普惠养\n亿元，按照“一中心多站点”的思\n路，对全县148个村（社区）党群         青石镇           “积   老托育服务发展的若干措施，对新\n                                            建的社区养老服务设施按每张床位\n服务中心进行提档升级，新增服务                             给予一次性建设补助，对普惠托育\n面积3.6万平方米，推动各类服务\n资源向基层下沉。\n                         分超市”激活             机构按实际收托人数给予运营补贴。\n                                            全县现有各类养老服务机构57家、\n  县委组织部有关负责人介绍，                             托育机构23家，每千人口拥有3岁\n升级后的党群服务中心实行“错时\n延时”服务，周末和节假日安排专\n                           乡村治理             以下婴幼儿托位数达到4.2个。\n                    本报讯（通讯员 罗晓燕）            【图片新闻】\n人值守，确保群众办事“不打烊”。\n                  “参加环境整治得5分，调解邻里           11月27日，江城县第一中学学生在县\n下一步，县里将建立服务事项清单\n                  纠纷得10分，攒够积分就能换洗衣          博物馆参观“运河人家”民俗展，感\n动态调整机制，让群众的“需求\n                  液、大米。”连日来，青石镇各村           受传统文化的魅力。该展览共展出农\n单”变成干部的“任务单”。\n                  的“积分超市”成了村民议论最多           具、服饰、生活用品等实物300余件，\n\x0c'

GRASSROOTS_DANGBAO_LAYOUT = '江城日报                                         2026年12月3日   星期四 第1版\n\n                                             持普惠养老托育服务发展\n全面推进城乡社区治理现代化      全县148个村（社区）完成党群服务中心提\n                                             的若干措施，对新建的社\n                    档升级\n                                             区养老服务设施按每张床\n                                             位给予一次性建设补助，\n         家门口的服务更暖心                           对普惠托育机构按实际收\n                                             托人数给予运营补贴。全\n           本报记者 沈佳宁 通讯员 邹立平\n                                             县现有各类养老服务机构\n  走进城关镇东门社区                  评选“美丽庭院”和“文     57家、托育机构23家，每\n党群服务中心，一楼是便\n民服务大厅，社保、医\n                 新动能         明家庭”。截至目前，全\n                             镇已有4200余户农户参\n                                             千人口拥有3岁以下婴幼\n                                             儿托位数达到4.2个。\n保、民政等28项事项可以      本报讯（记者 韩书 与，累计兑换物品1.6万\n“一窗受理”；二楼设有    涛）11月26日，县经济开 件。              【图片新闻】\n老年食堂、儿童之家和图    发区举行2026年第四季度                 11月27日，江城县第一中学\n书室，每天来这里的居民    重大项目集中开工仪式，                   学生在县博物馆参观“运河\n有三四百人次。        12个项目总投资46.8亿\n               元，涵盖新能源装备、电\n                              托起“一老          人家”民俗展，感受传统文\n                                             化的魅力。该展览共展出农\n  “以前办个事要跑好\n几个部门，现在在楼下就\n能办好，工作人员还会上\n               子元器件、食品精深加工\n               等领域。\n                              一小”幸福          具、服饰、生活用品等实物\n                                              300余件，将持续至明年2\n                                               月。 通讯员 孔德兴/摄\n                  据了解，此次开工的\n门帮我们这些腿脚不便的\n老人代办。”72岁的居民   项目中，投资10亿元以上    生活\n周桂英说。\n  今年以来，县里统筹\n               的有2个，亿元以上的有9 ——县民政局推进普惠\n               个。开发区实行“一个项     养老托育服务纪实\n                                                让“小窗\n               目、一名领导、一个专\n资金1.2亿元，按照“一\n中心多站点”的思路，对    班”推进机制，帮助企业      编者按：养老和         口”连着\n全县148个村（社区）党   解决用地、用工、融资等    托育，一头连着老\n群服务中心进行提档升     方面困难31个，项目平均\n               审批时间压缩至15个工作\n                              人，一头连着孩子，\n                              关系千家万户。本报\n                                               “大民生”\n级，新增服务面积3.6万                                       □ 顾明轩\n平方米，推动各类服务资    日以内。           今起推出系列报道，\n                              记录我县在补齐民生     一个党群服务中心能\n源向基层下沉。\n                                         不能留住群众，关键看它\n  县委组织部有关负责\n人介绍，升级后的党群服\n               青石镇            短板方面的探索和实\n                              践，敬请关注。    能不能解决群众的急难愁\n                                         盼。硬件升级只是第一\n务中心实行“错时延时”\n服务，周末和节假日安排    “积分超           本报记者 汤雨薇   步，更重要的是让服务真\n                              清晨八点，南湖街道 正贴近群众的需要。\n专人值守，确保群众办事\n                            综合养老服务中心里，几\n“不打烊”。下一步，县\n里将建立服务事项清单动\n               市”激活乡                        服务要“接地气”。\n                            位老人正在康复师的指导 群 众 需 要 什 么 就 提 供 什\n                            下进行器械训练。隔壁的 么，不能只图好看、不讲\n态调整机制，让群众的\n“需求单”变成干部的      村治理         普惠托育园里，孩子们在 实用。要多到群众中间走\n                            老师的带领下做早操，欢 一走、问一问，把有限的\n“任务单”。            本报讯（通讯员 罗\n                            笑声不时传来。      资源用在刀刃上。服务也\n东门社区老年食堂里，志愿   晓燕）“参加环境整治得\n                              把养老和托育放在同 要 “ 可 持 续 ” 。 既 要 建\n者为老人送上午餐。 本报   5分，调解邻里纠纷得10\n\x0c'

DOCTOR_NARROW_LAYOUT = '               江城通讯   2026年第22期\n\n\n                 身边的榜样\n\n         三十年守护一方百姓健康\n         ——记江城县青石镇卫生院乡村医生刘守山\n  编者按：乡村医生是  罪。”             “我是山里长大的，\n农村居民健康的“守门     有一年冬天，半夜里 知 道 山 里 人 看 病 有 多\n人”。刘守山同志扎根山  下着大雪，石门村的一位 难。”他说，“当初选择\n区三十年，走遍全镇二十  老人突发心绞痛。刘守山 学医，就是想让乡亲们少\n一个自然村，用实际行动  接到电话后，打着手电筒 受病痛的苦。”\n诠释了医者仁心。现将他  走了两个多小时山路赶到     这些年，有城里的民\n的先进事迹刊发，供大家  老人家中，及时采取急救 营医院高薪聘请他，他都\n学习。          措施，又联系救护车把老 婉言谢绝了。他说：“这\n 通讯员 王春燕 李浩  人送到县医院，老人转危 里离不开我，我也离不开\n   清晨六点，天刚蒙蒙 为安。           这里。”\n亮，青石镇卫生院的刘守    一本台账          今年，刘守山被评为\n山已经背起药箱出门了。    在刘守山的办公桌上， “全省优秀乡村医生”。\n这是他当乡村医生的第三 摆着一摞厚厚的健康台账。 面对荣誉，他只是笑笑：\n\x0c'

CANAL_OPEN_LAYOUT = '                        运河与江城的兴衰\n\n\n                               认识。2014年，大运河列入世界遗产名录，江\n       运河与江城的兴衰                城段的古码头、古纤道和沿岸历史街区得到系\n                               统保护。昔日的漕运古道，如今成为市民休闲\n     一、因河而兴\n                               的滨河公园和游客寻访历史的文化走廊。\n     江城之名，始见于唐代地志①。城市的兴\n                                 一条河流的兴衰，折射着一座城市的命\n起与运河密不可分：隋代开凿的运河自城西穿\n                               运。回望千年运河，我们更能体会到，城市的\n过，南来北往的漕船在此停泊、换载，码头、\n                               发展离不开对历史的尊重，也离不开面向未来\n仓廒、驿站随之兴建，街市逐渐繁盛。明人记\n                               的开拓。\n载，当时“舳舻相接，帆樯如林，百货云集”\n②\n    ，一派繁华景象。\n     二、漕运变迁\n     清代中叶以后，黄河屡次决口，运河淤塞\n日益严重，漕运时断时续。咸丰年间，漕粮改\n由海运，运河的地位一落千丈③。城中依赖漕\n运为生的船户、脚夫纷纷失业，会馆逐渐冷\n落，昔日繁华的码头杂草丛生。\n     三、古河新生\n     进入新世纪，运河的文化价值重新被人们\n\n①《元和郡县图志》卷二十五。一说江城之名始于五代，\n 见清光绪《江城县志》卷一《沿革》，此从前说。\n②（明）王士性：《广志绎》卷二，中华书局1981年版，\n 第23页。\n③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影\n 响，学界已有较多研究，可参见倪玉平：《清代漕粮海\n 运与社会变迁》，上海书店出版社2005年版，第112—\n 168页。本文所述江城船户失业情况，据地方档案及民\n 国《江城县志》卷十二《食货》整理。\n④江城县地方志编纂委员会编：《江城县志》，方志出版\n 社2010年版，第645页。\n\n\n                           第1页\n\x0c'


def _flowed(text: str) -> list[str]:
    """The lines as far as the column flow, as the cleaner runs (the ``columns`` rule first)."""
    raw = split_columns(raw_lines(text), Report().log("columns"))
    lines = strip_furniture(mark_page_starts(to_lines(raw), Report().log("page_starts")),
                            Report().log("strip_furniture"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def test_the_right_half_the_columns_rule_cut_is_read_after_the_left_halfs_columns(runs_through):
    found = _flowed(GRASSROOTS_WEEKLY_LAYOUT)
    # the left half holds two columns (dealt by their cells); the third column, cut off at the
    # page's gutter, follows the second column's foot, not the first's
    assert found.index("单”变成干部的“任务单”。") < found.index("个项目总投资46.8亿元，涵盖新能")
    assert found.index("的“积分超市”成了村民议论最多") < found.index("编者按：养老和托育，一头连")
    assert runs_through(found, ["编者按：养老和托育，一头连", "着老人，一头连着孩子，关系千家",
                                "万户。本报今起推出系列报道，记"])


def test_four_columns_in_cells_are_dealt_as_four(runs_through):
    found = _flowed(GRASSROOTS_DANGBAO_LAYOUT)
    # the fourth column (cells from 45) runs on in its own order, after the third column's lines
    assert runs_through(found, ["持普惠养老托育服务发展", "的若干措施，对新建的社", "区养老服务设施按每张床",
                                "位给予一次性建设补助，"])
    assert found.index("镇已有4200余户农户参") < found.index("持普惠养老托育服务发展")


def test_the_notes_at_a_pages_foot_are_read_after_every_column(columned):
    found = columned(CANAL_OPEN_LAYOUT)
    # the second column's text follows the first column's foot; the notes set under the first
    # column come after both
    assert found.index("进入新世纪，运河的文化价值重新被人们") < found.index("认识。2014年，大运河列入世界遗产名录，江")
    assert found.index("的开拓。") < found.index("①《元和郡县图志》卷二十五。一说江城之名始于五代，")


def test_a_spread_line_one_space_after_another_columns_line_is_its_own_columns(runs_through):
    found = _flowed(DOCTOR_NARROW_LAYOUT)
    # 「有一年冬天，半夜里 知 道 山 里 人 看 病 有 多」: the second column's line, then the third's
    # spread to its edge (the row's single space is the gutter)
    assert runs_through(found, ["有一年冬天，半夜里", "下着大雪，石门村的一位"])
    assert runs_through(found, ["“我是山里长大的，", "知道山里人看病有多", "难。”他说，“当初选择"])


# dev news_page_county, set in ``daily_span_ruled``, read by ``pdftotext -layout``: the first page's
# first 42 rows.  A brief's justified line spread its figures with its ideographs
# (「时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0」); a spread run stopping at the first digit left
# 「2 0 时 3 0」 a piece of its own, dealt as another column's line (and read as a heading).
COUNTY_DAILY_LAYOUT = '第1版 综合                              江城日报 2026年11月20日\n\n\n省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会\n                  上作出批示\n\n                把园区建成现代农业的示范窗口\n                ——江城县农业科技园区建设纪实\n                 本报记者 何静怡 通讯员 吴志强\n   深秋时节，走进江城县农业 农民培养成懂技术、会经营的新\n科技园区，智能温室里番茄挂满 农人，传统农业就能焕发新的生\n枝头，水肥一体化设备按照预设 机。\n程序精准滴灌。园区管委会负责      推动农业科技进步，既要\n人告诉记者，园区已引进农业科 “顶天”，在关键核心技术上攻\n技企业43家，建成各类科研平台 关突破；也要“立地”，让先进\n17个，去年实现总产值58亿元。 适用技术真正进村入户。各级各\n   “过去种地靠经验，现在靠 部门要在完善科技服务体系上多\n数据。”种植大户老陈指着手机 下功夫，让更多农民共享科技进\n上的监测画面说，土壤湿度、光 步的成果。\n照、温度一目了然，哪块地该浇 来源：《江城县报》（2026年11\n水、该施肥，系统都会提醒。    月2日第1版）\n园区智能温室内，技术人员正在查\n看番茄长势。 本报记者 何静怡/摄\n  园区建设过程中，县里与省\n农科院、农业大学共建3个专家\n工作站，每年组织技术培训60余\n场次，带动周边农户1.2万户增\n收。下一步，园区将重点发展种\n业研发、智慧农业和农产品精深\n加工，力争三年内总产值突破百\n亿元。\n\n县城新增3条公\n  交线路\n  本报讯（记者 马晓东）\n  10月28日起，县城新开通3\n条公交线路，覆盖城东新区、高\n铁站和工业园区等区域。新线路\n全部采用新能源公交车，首末班\n时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0\n分，票价统一为1元。\n\n\x0c'


def test_a_spread_line_holding_figures_is_one_columns_line(runs_through):
    found = _flowed(COUNTY_DAILY_LAYOUT)
    assert runs_through(found, ["全部采用新能源公交车，首末班", "时间 分 别 为 6 时 3 0 分 和 2 0 时 3 0",
                                "分，票价统一为1元。"])


def test_a_spread_run_carries_its_figures_but_a_spaced_date_is_no_spread_line():
    from booklet.shapes import LETTER_SPACED_RE
    # dev briefs_county_work_digest, ``wanbao_banner_items``: the third column's line spread whole
    row = "特色产业，在村党群服务中心 主 体 4 2 6 0 户 ， 同 比 增 长 1 4 ."
    assert [m.group() for m in LETTER_SPACED_RE.finditer(row)] == ["主 体 4 2 6 0 户 ， 同 比 增 长 1 4 ."]
    # dev measures_volunteer_service (``wide_tight``, ``-layout``): the spaces pdftotext writes round Latin figures spread nothing
    assert LETTER_SPACED_RE.search("第十四条 本办法自 2026 年 5 月 1 日起施行。") is None
    assert LETTER_SPACED_RE.search("第 1 页 共 2 页") is None
