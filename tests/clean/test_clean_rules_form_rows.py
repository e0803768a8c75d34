"""Rows of a form or a timetable, and a letter's closing formula: short lines that are no headings
and each a block of their own; and the next item of a list run in, which no line start ends
(issue 10, texts25).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs and read back by the extractor named above it.  Expected values are what a careful
reader of the printed page sees: the particulars heading a 行政处罚决定书 (当事人：…, 住所：…) are
fields, one a line; the rows of a 会议议程 (「9:00—9:10　…」) are rows, one a line; 此致 over 敬礼！ is
the letter's closing.
"""

from __future__ import annotations

from booklet.model import Heading
from booklet.shapes import short_line_role


def _paste(lines: list[str]) -> str:
    """A browser viewer's paste: every line ends in a space, then CRLF, then a blank line."""
    return "".join(f"{line} \r\n\r\n" for line in lines)


# dev text decision_admin_penalty, design gongwen, pdftotext: title, 文号, the party's particulars
# one field a line, then the first paragraph (indent lost)
DECISION_HEAD = """江城市市场监督管理局行政处罚决定书
江市监处罚〔2026〕58号
当事人：江城市绿源食品贸易有限公司
统一社会信用代码：91320500MA1X7K3P2Q
住所：江城市南湖区滨江路188号
法定代表人：周建华
2026年6月12日，本局执法人员根据群众举报，对当事人位
于南湖区滨江路188号的经营场所进行现场检查，发现当事人仓
库内存放的一批预包装食品标签标注的生产日期与实际生产日期
不符。经本局负责人批准，本局于同日对当事人立案调查。
"""

FIELDS = ["当事人：江城市绿源食品贸易有限公司", "统一社会信用代码：91320500MA1X7K3P2Q",
          "住所：江城市南湖区滨江路188号", "法定代表人：周建华"]


def test_particulars_of_a_decision_are_fields_not_headings(texts, clean):
    doc, _ = clean(DECISION_HEAD)
    assert texts(doc, Heading) == []
    out = texts(doc)
    assert out[out.index(FIELDS[0]):out.index(FIELDS[0]) + 4] == FIELDS


# the same text in design two_columns_plain, pasted from a browser's PDF viewer: a blank line after
# every line (no evidence of where a block ends), the code wrapped at the column's edge; the
# text's first paragraphs follow, from which the column's measure is read
DECISION_PASTE = _paste([
    "江市监处罚〔2026〕58号", "当事人：江城市绿源食品贸易有限公司", "统一社会信用代码：91320500MA1X7K3P2", "Q", "住所：江城市南湖区滨江路188号",
    "法定代表人：周建华", "2026年6月12日，本局执法人员根据群众", "举报，对当事人位于南湖区滨江路188号的经营", "场所进行现场检查，发现当事人仓库内存放的一",
    "批预包装食品标签标注的生产日期与实际生产日", "期不符。经本局负责人批准，本局于同日对当事", "人立案调查。", "经查，当事人于2026年4月至6月期间，",
    "从外地购进散装坚果炒货共计1860千克，自行", "分装后加贴“绿源优选”标签对外销售。当事人", "在分装过程中，将部分产品的生产日期标注为分",
    "装日期，而非原生产企业的生产日期，致使标签", "标注的生产日期晚于实际生产日期45天至70天", "不等。截至案发时，当事人已销售上述产品",
    "1320千克，销售金额共计人民币79200元，获", "利人民币15840元；尚未销售的540千克已被本", "局依法扣押。", "另查明，当事人在分装过程中未建立食品进",
    "货查验记录，部分批次产品无法提供原生产企业", "的出厂检验报告。当事人称，分装前曾对产品进", "行过外观检查，但未留存书面记录。本局已就该", "事项另行责令当事人限期改正。",
    "上述事实，有现场检查笔录、询问笔录、进", "货单据、销售台账、产品标签照片、当事人营业", "执照复印件等证据证实，事实清楚，证据确凿。"])


def test_pasted_fields_each_a_block_and_a_wrapped_value_kept_whole(texts, clean):
    doc, _ = clean(DECISION_PASTE)
    out = [t.replace(" ", "") for t in texts(doc)]
    assert texts(doc, Heading) == []
    k = out.index(FIELDS[0])
    assert out[k:k + 4] == FIELDS
    assert out[k + 4].startswith("2026年6月12日") and out[k + 4].endswith("本局于同日对当事人立案调查。")


# dev text notice_meeting_agenda, design a5_no_indent_larger, pasted from a browser's viewer: the
# notice's opening down to the 会议议程 section, a timed row a line, between two 一、 headings
AGENDA_PASTE = _paste([
    "关于召开全市基层理论宣讲工作推进会的", "通知", "各区县委宣传部，市直各有关单位：", "为深入总结今年以来全市基层理论宣讲工作，交流推",
    "广各地好经验好做法，研究部署下一阶段重点任务，", "经研究，决定召开全市基层理论宣讲工作推进会。现", "将有关事项通知如下。", "一、会议时间",
    "2026年11月18日（星期三）上午9:00，会期半天。", "二、会议地点", "江城市委党校学术报告厅（江城市文昌路56号）。会", "场周边停车位有限，请参会人员尽量乘坐公共交通工",
    "具前往，可乘坐地铁2号线至文昌路站，由3号出口步", "行约5分钟到达。", "三、参会人员", "各区县委宣传部分管副部长、理论科科长；市直各有",
    "关单位分管负责同志；市委宣讲团成员；受表扬的基", "· 1 ·", "层宣讲集体和个人代表。", "四、会议议程", "9:00—9:10\u3000主持人介绍会议有关情况",
    "9:10—9:40\u3000观看基层理论宣讲工作专题片", "9:40—10:40\u30005个单位作交流发言", "10:40—10:50\u3000宣读表扬决定并颁发证书",
    "10:50—11:30\u3000市委宣传部负责同志讲话", "五、有关要求", "（一）请各单位高度重视，严格按照参会人员范围安", "排人员参会，确需请假的，须经单位主要负责同志同",
    "意后报市委宣传部理论处。", "（二）作交流发言的单位请提前准备发言材料，发言", "时间控制在12分钟以内，书面材料请于11月13日前报", "送，同时报送电子文档。",
    "（三）请各单位于11月12日下午5:00前将参会回执", "（见附件）传真或发送电子邮件至市委宣传部理论", "处。"])

ROWS = ["9:00—9:10\u3000主持人介绍会议有关情况", "9:10—9:40\u3000观看基层理论宣讲工作专题片",
        "9:40—10:40\u30005个单位作交流发言", "10:40—10:50\u3000宣读表扬决定并颁发证书",
        "10:50—11:30\u3000市委宣传部负责同志讲话"]


def test_rows_of_a_timetable_are_rows_not_headings(texts, clean):
    doc, _ = clean(AGENDA_PASTE)
    heads = texts(doc, Heading)
    assert "四、会议议程" in heads and "五、有关要求" in heads
    assert not any(h[:1].isdigit() for h in heads)
    out = [t.replace(" ", "\u3000") for t in texts(doc)]
    k = out.index(ROWS[0])
    assert out[k:k + 5] == ROWS


# dev text letter_teachers_day, design narrow_20, pypdfium2: the letter's last paragraphs, the
# closing formula 此致 / 敬礼！
LETTER_END = """各级党委和政府要始终把教育摆在优先发
展的战略位置，在政治上关心教师、在工作上
支持教师、在生活上关怀教师，切实保障教师
工资待遇，减轻教师非教学负担，大力营造尊
师重教的良好社会氛围，让广大教师安心从
教、热心从教、舒心从教、静心从教。
衷心祝愿全市广大教师和教育工作者节日
快乐、身体健康、工作顺利、阖家幸福！
此致
敬礼！
"""


def test_closing_formula_of_a_letter_is_no_heading(texts, clean):
    doc, _ = clean(LETTER_END)
    assert texts(doc, Heading) == []
    assert texts(doc)[-2:] == ["此致", "敬礼！"]


# dev text quiz_qa_knowledge, design two_columns_hanging, pdftotext: numbered questions and their
# answers, then a 问：/答： turn whose answer runs its items in (「…减少外出；（2）检查房屋…」); the
# line before 「（3）」 fell short because the item's number could not be cut
QUIZ_RUN_IN = """气象灾害预警信号一般分为四级，按照
灾害的严重性和紧急程度，依次用蓝色、黄
色、橙色和红色表示，红色为最高级别。
4．防汛抗旱工作实行什么责任制？
防汛抗旱工作实行各级人民政府行政首
长负责制，统一指挥、分级分部门负责。乡
镇、村（社区）要明确防汛责任人，落实巡
查值守、预警转移等各项措施，做到责任到
人、措施到位。
5．山洪灾害有哪些前兆？
山洪暴发前，往往会出现连续降雨或者
短时强降雨，溪沟水位突然上涨、水流变得
浑浊，山体出现裂缝、坡脚渗水，有时还能
听到山谷中传来沉闷的轰鸣声。发现这些前
兆，应立即向高处转移。
二、防灾避险
问：接到暴雨预警后，居民应当做些什
么？
答：（1）关注天气预报和预警信息，
尽量减少外出；（2）检查房屋，特别是低
洼地带和危旧房屋，必要时提前转移；
（3）把贵重物品放到高处，准备好手电筒、
1
"""


def test_next_item_of_a_run_in_list_goes_on_in_its_paragraph(texts, clean):
    doc, _ = clean(QUIZ_RUN_IN)
    out = texts(doc)
    assert out[-1].startswith("答：（1）关注天气预报和预警信息，尽量减少外出；（2）检查房屋")
    assert out[-1].endswith("必要时提前转移；（3）把贵重物品放到高处，准备好手电筒、")
    assert out[-2] == "问：接到暴雨预警后，居民应当做些什么？"


def test_roles_of_form_and_timetable_rows():
    assert short_line_role("法定代表人：周建华") == "field"
    assert short_line_role("统一社会信用代码：91320500MA1X7K3P2Q") == "field"
    assert short_line_role("参会人员姓名：\u3000\u3000职务：\u3000\u3000联系电话：") == "field"
    assert short_line_role("9:00—9:10\u3000主持人介绍会议有关情况") == "schedule"
    assert short_line_role("下午2:30—4:00\u3000分组讨论") == "schedule"
    assert short_line_role("此致") == "closing"
    # a headline's phrase before a colon is no field's label; nor is a speaker's name over a title
    assert short_line_role("大山里的守望人：记乡村教师") is None
    assert short_line_role("习近平：加强基础研究 实现高水平科技自立自强") is None
    # a heading that names a time is no timetable row
    assert short_line_role("一、会议时间") is None
