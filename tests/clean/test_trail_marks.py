"""A trailing space that marks a block's end (issue 10, family 4): files saved from a real extraction
end each block with a space — after a sentence, and after a title, subtitle or byline that ends where
its words do, however wide (a headline in a newspaper column is set larger than the measure).  A viewer
that pads every line with one marks nothing."""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.unwrap import group_lines
from booklet.readers.text import raw_lines

# dev news_page_county, daily_span_ruled, realstyle: the head of the page's first article as the
# extractor's text reads (a blank line after every line, a space after every block's last line).
COUNTY_HEAD = [
    ' 第 1 版  综合      江城日报  2026 年 11 月 20 日 ',
    '省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会',
    '上作出批示 ',
    '把园区建成现代农业的示范窗口 ',
    '——江城县农业科技园区建设纪实 ',
    '本报记者 何静怡 通讯员 吴志强 ',
    '深秋时节，走进江城县农业',
    '科技园区，智能温室里番茄挂满',
    '枝头，水肥一体化设备按照预设',
    '程序精准滴灌。园区管委会负责',
    '人告诉记者，园区已引进农业科',
    '技企业 43 家，建成各类科研平台',
    '17 个，去年实现总产值 58 亿元。 ',
    '“过去种地靠经验，现在靠',
    '数据。”种植大户老陈指着手机',
    '上的监测画面说，土壤湿度、光',
    '照、温度一目了然，哪块地该浇',
    '水、该施肥，系统都会提醒。 ',
    '园区智能温室内，技术人员正在查',
    '看番茄长势。 本报记者 何静怡/摄 ',
    '园区建设过程中，县里与省',
    '农科院、农业大学共建 3 个专家',
    '工作站，每年组织技术培训 60 余',
    '场次，带动周边农户 1.2 万户增',
    '收。下一步，园区将重点发展种',
    '业研发、智慧农业和农产品精深',
    '加工，力争三年内总产值突破百',
    '亿元。 ',
    '县城新增 3 条公',
    '交线路 ',
]


def _lines(texts: list[str]):
    return to_lines(raw_lines("\n\n".join(texts) + "\n", False))


def test_trailing_spaces_after_headline_lines_mark_block_ends():
    lines = _lines(COUNTY_HEAD)
    layout = study_layout(lines)
    assert layout.trail_marks_end
    groups = ["".join(ln.text for ln in g.lines).replace(" ", "") for g in group_lines(lines, layout)]  # (blocks, not spacing)
    # title (two lines, the second carries the mark), 主题, ——副题, byline, then the body's paragraphs
    assert groups[1:6] == [
        "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示",
        "把园区建成现代农业的示范窗口",
        "——江城县农业科技园区建设纪实",
        "本报记者何静怡通讯员吴志强",
        "深秋时节，走进江城县农业科技园区，智能温室里番茄挂满枝头，水肥一体化设备按照预设程序精准滴灌。"
        "园区管委会负责人告诉记者，园区已引进农业科技企业43家，建成各类科研平台17个，去年实现总产值58亿元。",
    ]


def test_a_trailing_space_on_every_line_marks_nothing():
    padded = [text.rstrip() + " " for text in COUNTY_HEAD]
    lines = _lines(padded)
    assert not study_layout(lines).trail_marks_end


# dev news_page_city_briefs, neikan_narrow_ruled, realstyle: a brief, then a kicker over a title set
# larger that wrapped in the column (unwrap cuts its first line off the rest).
CITY_BRIEFS = [
    ' 江城通讯  2026 年第 22 期 ',
    '市政府常务会议研究部署今冬明春重点工作强调 ',
    '抓早抓实民生实事 确保群众温暖过冬 ',
    '本报记者 郑小川 ',
    '11 月 25 日，市政府召',
    '开常务会议，研究部署今',
    '冬明春供暖保障、物资供',
    '应和安全生产等重点工作。 ',
    '会议指出，入冬以来，',
    '全市天然气供应总体平稳，',
    '但寒潮天气可能带来用气',
    '高峰。各有关部门要加强',
    '监测预警，提前做好应急',
    '气源储备，确保居民用气',
    '不断供、不降压。 ',
    '会议要求，要抓好蔬',
    '菜、肉类等重要民生商品',
    '保供稳价，加大对困难群',
    '众的走访慰问力度，切实',
    '把党和政府的温暖送到群',
    '众心坎上。 ',
    '小切口解决大问题 ',
    '一张“明白卡”',
    '让办事少跑腿 ',
    '——江城区推行政务服',
    '务“一次告知”见闻 ',
    '本报记者 田思远 通讯员',
    ' 韩冰 ',
    '在江城区政务服务中',
    '心，每个窗口都摆着一摞',
    '彩色卡片。卡片正面印着',
    '办事所需材料清单，背面',
    '是二维码，扫码就能看到',
    '填表示范。 ',
    '“以前来办营业执照，',
    '材料总是差一两样，来回',
    '跑了好几趟。”个体经营',
    '户刘女士说，“现在拿着',
    '这张卡，一次就办成',
    '了。” ',
]

# dev appeal_civilised_city, neikan_three_all, realstyle: a two-part title, a part a line, the
# extractor keeping the title's space at the end of the first.
CIVILISED_CITY = [
    ' 理论学习      第 1 版  2026 年 10 月 15 日  星期四 ',
    '共建文明城市 ',
    '共享美好家园 ',
    '——致全市广大市民的倡议书 ',
    '广大市民朋友们： ',
    '文明是一座城市的灵魂，也是每',
    '一位市民的名片。当前，我市正在全',
    '力争创全国文明城市，这既是提升城',
    '市品质的重要机遇，也是增进民生福',
    '祉的民心工程。创建文明城市，人人',
    '都是参与者，人人都是受益者。为此，',
    '我们向全市广大市民发出如下倡议： ',
    '一、做文明风尚的倡导者！自觉',
    '践行社会主义核心价值观，讲文明话、',
    '办文明事、做文明人。尊老爱幼，邻',
    '里和睦，见义勇为，乐于助人。 ',
    '二、做城市环境的守护者！爱护',
    '公共设施，不乱扔垃圾，不随地吐痰，',
    '不乱贴乱画。积极参与垃圾分类，从',
    '我做起，从现在做起，让城市更加干',
    '净整洁。 ',
    '三、做交通秩序的维护者！自觉',
    '遵守交通法规，行车不闯红灯，行人',
    '走斑马线，停车入位，礼让斑马线，',
    '不在机动车道内骑行电动自行车。 ',
    '四、做志愿服务的参与者！积极',
    '加入志愿服务队伍，利用业余时间参',
    '与社区服务、关爱帮扶、环境整治等',
    '志愿活动，每人每年参加志愿服务不',
    '少于 20 小时。 ',
]


def test_a_marked_line_over_a_wrapped_title_is_its_kicker(clean):
    doc, _report = clean("\n\n".join(CITY_BRIEFS) + "\n")
    heads = [((a.kicker or "").replace(" ", ""), (a.title or "").replace(" ", "")) for a in doc.articles]
    assert ("小切口解决大问题", "一张“明白卡”让办事少跑腿") in heads


def test_a_marked_line_over_a_title_of_one_marked_line_is_the_title_s_first_part(clean):
    doc, _report = clean("\n\n".join(CIVILISED_CITY) + "\n")
    assert [((a.kicker or ""), (a.title or "").replace(" ", "")) for a in doc.articles][:1] == \
        [("", "共建文明城市共享美好家园")]


# dev jianbao_flood_season, gongwen, realstyle: a 简报 of short numbered items, two lines in three
# the last of a block and marked.
FLOOD_SEASON = [
    ' 工作简报 ',
    '第 12 期 ',
    '江城市水利局办公室编 2026 年 10 月 15 日 ',
    '全市 2026 年防汛工作情况通报 ',
    '今年汛期，全市共经历强降雨过程 9 次，平均降雨量较常年',
    '偏多 23%。 ',
    '在各级各部门共同努力下，全市未发生人员伤亡。 ',
    '现将主要情况通报如下。 ',
    '1. 责任体系压得更实。汛前，全市逐级明确防汛行政责任',
    '人 1426 名，水库、堤防、山洪灾害危险区等重点部位责任人全部',
    '落实到岗，并在媒体上公布。 ',
    '2. 隐患排查改得更早。4 月至 5 月，各地共排查防汛隐患 318',
    '处，已完成整改 311 处。其余 7 处均落实了临时度汛措施。 ',
    '3. 预警发布跑得更快。市气象、水文部门加强会商，累计',
    '发布暴雨预警信息 46 期，通过短信、应急广播等渠道覆盖群众',
    '120 余万人次。 ',
    '4. 人员转移做得更细。针对 7 月“8·02”强降雨过程，各地',
    '提前转移受威胁群众 4820 人，做到应转尽转、不漏一户、不落一',
    '— 1 — ',
    ' 人。 ',
    '5. 抢险救援准备更足。全市组建专业抢险队伍 32 支，储备',
    '编织袋、救生衣等防汛物资价值 2100 万元。 ',
    '6. 值班值守盯得更紧。主汛期全市各级防汛机构实行 24 小',
    '时领导带班和专人值班制度，累计处置险情 19 起，均在第一时间',
    '得到有效控制。 ',
    '汛期工作中也暴露出一些问题。 ',
    '一是部分山塘水库监测设施老化。 ',
    '二是个别乡镇预案针对性不强。 ',
    '三是基层抢险队伍专业化水平有待提高。 ',
    '下一步，市水利局将结合冬春水利建设，抓紧开展水毁工程',
    '修复，补齐监测预警短板，为明年安全度汛打好基础。 ',
    '报：市委办公室，市政府办公室。 ',
    '送：市防汛抗旱指挥部各成员单位。 ',
    '发：各区（县）水利局，局属各单位。 ',
    '江城市水利局办公室 ',
    '2026 年 10 月 15 日印发 ',
    '— 2 — ',
]


def test_a_file_of_short_blocks_marks_most_of_its_lines_and_still_marks_block_ends():
    lines = _lines(FLOOD_SEASON)
    marked = [ln for ln in lines if ln.trail_space]
    assert len(marked) > 0.6 * len(lines)
    assert study_layout(lines).trail_marks_end


def test_a_bare_line_that_stops_short_in_a_file_that_marks_block_ends_goes_on():
    lines = _lines(FLOOD_SEASON)
    groups = ["".join(ln.text for ln in g.lines).replace(" ", "") for g in group_lines(lines, study_layout(lines))]
    # the item's first line stops short of the measure (its lead-in set in bold) but carries no mark
    assert "1.责任体系压得更实。汛前，全市逐级明确防汛行政责任人1426名，水库、堤防、山洪灾害危险区等重点部位责任人全部" \
        "落实到岗，并在媒体上公布。" in groups


# Issue 10, the spaces a marked line keeps: a title's or byline's line the file marked as a block's end
# is a part set whole on its line, so the space the extractor gave at its end stays between the parts.

def test_a_two_part_title_a_part_a_marked_line_keeps_the_space_between_its_parts(clean):
    doc, _report = clean("\n\n".join(CIVILISED_CITY) + "\n")
    assert doc.articles[0].title == "共建文明城市 共享美好家园"


def test_a_wrapped_title_under_a_marked_kicker_joins_without_a_space(clean):
    doc, _report = clean("\n\n".join(CITY_BRIEFS) + "\n")
    assert ("小切口解决大问题", "一张“明白卡”让办事少跑腿") in [(a.kicker, a.title) for a in doc.articles]


# dev news_page_science, two_columns_hanging, realstyle: a kicker wrapped over two lines, a title's
# first part on a marked line, its second part wrapped (its first line bare, its last marked).
SCIENCE_HEAD = [
    ' 理论周刊      2026 年 5 月 12 日  星期二 ',
    '市委常委会召开会议专题研究科技创新工',
    '作强调 ',
    '以更大力度推进科技创新 ',
    '为高质量发展注入强劲动',
    '能 ',
    '本报记者 陈思远 刘佳 ',
    '来源：《江城日报》（2026 年 3 月 18 日 01',
    '版） ',
    '3 月 17 日下午，市委常委会召开会议，',
    '专题研究全市科技创新工作，听取市科技局',
    '关于全市创新平台建设情况的汇报，研究部',
    '署下一阶段重点任务。 ',
    '会议指出，科技创新是牵引高质量发展',
    '的核心动力。近年来，全市上下深入实施创',
    '新驱动发展战略，研发投入强度从 2.1%提高',
]


def test_a_marked_title_part_over_a_wrapped_part_keeps_the_space_and_the_wrap_joins_tight(clean):
    doc, _report = clean("\n\n".join(SCIENCE_HEAD) + "\n")
    first = doc.articles[0]
    assert (first.kicker, first.title, first.author) == \
        ("市委常委会召开会议专题研究科技创新工作强调", "以更大力度推进科技创新 为高质量发展注入强劲动能", "本报记者 陈思远 刘佳")


def test_a_byline_cut_after_a_role_keeps_the_space_before_the_name(clean):
    # 「本报记者 田思远 通讯员」 / 「 韩冰 」: the line broke at the space between the role and its name
    doc, _report = clean("\n\n".join(CITY_BRIEFS) + "\n")
    assert "本报记者 田思远 通讯员 韩冰" in [a.author for a in doc.articles]


def test_a_byline_set_without_spaces_gets_none_at_a_line_cut_after_its_role(clean):
    # the same head with the byline set solid, as some papers print it: nothing to put back
    solid = [text.replace("本报记者 田思远 通讯员", "本报记者田思远通讯员") for text in CITY_BRIEFS]
    doc, _report = clean("\n\n".join(solid) + "\n")
    assert "本报记者田思远通讯员韩冰" in [a.author for a in doc.articles]
