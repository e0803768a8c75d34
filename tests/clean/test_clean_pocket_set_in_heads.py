"""Numbered headings set in like the paragraphs on a pocket measure (issue 10, branch layouts49).

A 64开 pocket book on a 15-character measure sets its 小标题 at the body's size, in by 2 em like
the paragraphs (the dev design ``pocket_15_bold_set_in``).  Two facts of such a page, each read by
the module that owns the decision:

- a numbered heading that reads whole, of full-width characters only, stops short of a first
  line's width by as little as one or two em (「（一）产业发展势头向好」, 11 where a first line
  holds 13; 「三、以钉钉子精神抓落实」): where the widths are exact, a line that left room for the next
  line's first unit ended there, as a sentence's last line does (``measured._numbered_whole``);
- the line under it is no rest of a heading set larger when a sentence stops inside it
  (「我们党历来重视作风建设。作」) or goes on into a full body line that opens on its tail
  (「作风问题具有反复性和顽固」 / 「性，抓一抓就好转，…」) (``setoff._plain_rest``, ``setoff._goes_on_in``);
- (narrow52) a first line kinsoku cut a character early — the line under it opens on a character
  and a mark no line may start with (「作风问题，说到底是党性问」 / 「题、宗旨问题。…」) or on an opening
  mark no line may end on (「今年以来，市直机关开展了」 / 「“作风建设提升年”活动…」) — shows its room
  less that character (``layout._first_rooms``): read bare, three of this text's five first lines
  made the indent pypdfium2 dropped 3 em where it is 2, and 「一、作风建设关系人心向背」 (12 em) read
  as a full first line and ran into its paragraph;
- (narrow52) a title of two full lines set larger, both narrower than a first line's room, ends
  where a line wider than they are follows (``measured._narrower_run_ended``): the notice's
  title no longer runs into its salutation.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in the
design ``pocket_15_bold_set_in`` (``tests/eval/layouts.py``) and read back by pypdfium2, page
furniture and all.
"""

from __future__ import annotations

import pytest

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.setoff import rest_of_larger_line
from booklet.model import Heading
from booklet.readers.text import raw_lines

# speech_quoting_sayings × pocket_15_bold_set_in × pypdfium2: the whole text (its three pages).
SPEECH = """\
以优良作风凝聚干事创业合力
以优良作风凝聚干事创业合
力
——在市直机关作风建设专题党
课上的讲稿
市直机关工委书记　林志远
同志们：
作风问题，说到底是党性问
题、宗旨问题。今天，我结合学习
有关论述，和大家一起谈谈如何以
优良作风推动各项工作落地见效。
一、作风建设关系人心向背
我们党历来重视作风建设。作
风好，党群关系就紧密；作风不
好，就会失去群众的信任。有关论
述对此讲得十分透彻：
机关的作风就是党和政府的形
象。群众看我们，不是看文件写得
多好、口号喊得多响，而是看我们
1
干部学习口袋书
办事公道不公道、作风扎实不扎
实、为群众解决了多少实际问题。
——在全省机关作风建设推进会上
的讲话（2025年3月6日）
这段话告诉我们，作风建设不
是小事，而是关系党的执政根基的
大事。机关干部离群众远一些，更
要时时提醒自己，想问题、作决
策、办事情都要从群众利益出发。
二、作风建设要常抓长效
作风问题具有反复性和顽固
性，抓一抓就好转，松一松就反
弹。
作风问题从来不是一阵风就能
刮干净的。今天整治了，明天可能
换个样子又冒出来。必须抓常抓细
抓长，既要集中整治突出问题，更
要建立管用的制度，让好作风成为
习惯。
——在省纪委全体会议上的讲话
2
以优良作风凝聚干事创业合力
（2025年1月16日）
今年以来，市直机关开展了
“作风建设提升年”活动，梳理出
文山会海、多头报表、调研走过场
等5类突出问题，逐项明确整改责
任和时限。到目前为止，机关发文
数量同比减少三成，会议数量减少
四分之一，基层反映的重复填报问
题基本得到解决。但也要清醒看
到，一些问题还没有从根本上解
决，有的单位改了又犯、边改边
犯。对照这一要求，我们要把作风
建设融入日常、抓在经常，对反映
出来的苗头性、倾向性问题早发
现、早提醒、早纠正，防止小问题
演变成大问题。
三、以钉钉子精神抓落实
作风好不好，最终要看工作落
实得好不好。现在有的同志习惯于
以会议落实会议、以文件落实文
3
干部学习口袋书
件，工作停留在表面，群众并不买
账。省里的有关论述讲得很明白：
部署了的事情，不能一开会就
算落实、一发文就算完成。要盯住
不放，一件一件抓，一抓到底，抓
出成效，让群众看得见、摸得着、
感受得到。
——在全省重点工作推进落实情况
汇报会上的讲话（2025年7月22
日）
同志们，作风建设只有进行
时，没有完成时。让我们以更加务
实的作风、更加扎实的举措，把各
项工作抓实抓好，以优良作风展现
机关干部的良好形象。
※本文引文均摘自省委办公厅
编印的《关于加强作风建设论述摘
编》（2025年12月），引用时有删
节。
4"""

# speech_county_meeting × pocket_15_bold_set_in × pypdfium2: its first sixty lines.
COUNTY = """\
凝心聚力抓落实
凝心聚力抓落实 奋力开创
县域经济高质量发展新局面
——在全县经济工作暨优化营商
环境推进大会上的讲话
（2026年1月9日）
县委书记 周明远
同志们：
这次会议的主要任务是，深入
贯彻中央和省委、市委经济工作会
议精神，总结2025年全县经济工
作，分析当前面临的形势，部署
2026年重点任务，动员全县上下进
一步解放思想、真抓实干，推动县
域经济高质量发展迈上新台阶。刚
才，李县长作了很好的工作报告，
我完全同意，请大家认真抓好落
实。下面，我讲三点意见。
一、客观看待过去一年的成
1
干部学习口袋书
绩，进一步坚定发展信心
过去的一年，面对复杂多变的
外部环境和艰巨繁重的改革发展任
务，全县上下咬定目标不放松，攻
坚克难勇向前，经济社会发展取得
了来之不易的成绩。全县地区生产
总值达到386.5亿元，同比增长6.
2%；一般公共预算收入完成21.3亿
元，增长5.8%；城乡居民人均可支
配收入分别增长4.9%和7.1%。
（一）产业发展势头向好
新签约亿元以上项目47个，总
投资达到312亿元，其中10亿元以
上项目9个。新能源装备、绿色食
品两个主导产业产值分别突破百亿
元，规模以上工业企业新增28家，
总数达到316家。
（二）改革攻坚持续深化
我们在全市率先推行“一件事
一次办”改革，企业开办时间压缩
2
凝心聚力抓落实
到1个工作日以内，工程建设项目
审批时间压缩到60个工作日以内。
县属国有企业整合重组基本完成，
平台公司市场化转型迈出实质性步
伐。
（三）民生保障更加有力
全年民生支出占一般公共预算
支出的比重达到81.4%。新建改扩
建中小学和幼儿园12所，新增学位
5400个；县人民医院新院区投入使
用，县域就诊率提高到92%。
成绩来之不易，是全县广大干
部群众团结奋斗的结果。在这里，
我代表县委，向大家表示衷心的感
谢！
二、准确把握形势任务，进一
步明确工作重点
"""


def _line(lines, text):
    return next(ln for ln in lines if ln.text == text)


@pytest.mark.parametrize("text, heading", [
    (SPEECH, "一、作风建设关系人心向背"),   # (narrow52: 12 em where a first line holds 13)
    (SPEECH, "二、作风建设要常抓长效"),   # (right on main too: the rest check below must not lose it)
    (SPEECH, "三、以钉钉子精神抓落实"),
    (COUNTY, "（一）产业发展势头向好"),
])
def test_a_numbered_heading_set_in_on_a_pocket_measure_stands_alone(clean, texts, text, heading):
    assert heading in texts(clean(text)[0], Heading)


def _three(heading, below, after):
    lines = to_lines(raw_lines(SPEECH))
    return study_layout(lines), *(_line(lines, t) for t in (heading, below, after))


def test_a_line_with_a_sentence_stop_inside_is_no_rest_of_a_heading():
    layout, prev, cur, _ = _three("一、作风建设关系人心向背", "我们党历来重视作风建设。作", "风好，党群关系就紧密；作风不")
    assert not rest_of_larger_line(prev, cur, layout, prev)


def test_a_line_going_on_into_a_full_body_line_is_no_rest_of_a_heading():
    layout, prev, cur, nxt = _three("二、作风建设要常抓长效", "作风问题具有反复性和顽固", "性，抓一抓就好转，松一松就反")
    # (widths alone no longer allow it either since pypdf54: 12 ideographs, an exact width, are an
    # em wider than the heading's line of 11 — ``setoff._rest_slack``)
    assert not rest_of_larger_line(prev, cur, layout, prev)
    assert not rest_of_larger_line(prev, cur, layout, prev, nxt)


def test_a_wrapped_heading_rest_is_still_read_as_one():
    """(guard) the rest of a heading set larger, with no stop in it, over a line that starts afresh."""
    lines = to_lines(raw_lines("""\
关于做好2026年度全市中小
学教师全员培训工作的通知
各县（市、区）教育局，市直各学
校：
为进一步提升全市中小学教师
的育人能力和专业水平，经研究，
决定在全市组织开展2026年度教
师全员培训。现将有关事项通知如
下。
"""))
    prev, cur, nxt = lines[0], lines[1], lines[2]
    assert rest_of_larger_line(prev, cur, study_layout(lines), prev, nxt)


# notice_four_levels_training × pocket_15_bold_set_in × pdftotext: the whole text.
NOTICE = """\
关于做好2026年度全市中小学教师全

江教发〔2026〕7号

关于做好2026年度全市中小
学教师全员培训工作的通知
各县（市、区）教育局，市直各学
校：
为进一步提升全市中小学教师
的育人能力和专业水平，经研究，
决定在全市组织开展2026年度教师
全员培训。现将有关事项通知如
下。
一、培训对象和主要内容
（一）培训对象
全市公办和民办中小学、幼儿
园在职在岗教师，重点是教龄五年
以内的青年教师和新任班主任。
（二）主要内容
1.师德师风专题
以案例教学为主，结合本地先
1

干部学习口袋书

进典型事迹，引导教师自觉践行教
书育人的职业操守，每人不少于12
学时。
2.学科教学能力
（1）课程标准研读。各学科
组织新课标解读，帮助教师把握学
段目标和内容要求。（2）课堂教
学改进。采取听课评课、同课异构
等方式，每名教师至少上一节公开
课。
二、关于建立健全市县校三级
联动的培训管理机制和培训质量跟
踪评价制度的具体要求
市教育局负责统筹规划和督导
评估，县级教育部门负责组织实
施，学校负责校本研修和日常管
理。培训结束后，由市教师发展中
心对参训教师进行抽样回访。
三、工作要求
各地各校要高度重视，确保工
2

关于做好2026年度全市中小学教师全

学兼顾、按时参训。培训学时纳入
教师继续教育学分管理，作为职称
评聘和评先评优的重要依据。请于
3月31日前将培训实施方案报市教
育局教师工作科。
江城市教育局
2026年2月20日

3


"""


def test_a_title_of_two_full_lines_does_not_run_into_the_salutation(clean, texts):
    """(narrow52) the title set 1.25×, two lines of 12 em where a body first line holds 13
    (「关于做好2026年度全市中小」 / 「学教师全员培训工作的通知」), ends where the salutation, 15 em, is set
    to the body's measure: it stands alone (``measured._narrower_run_ended``)."""
    blocks = texts(clean(NOTICE)[0])
    assert "关于做好2026年度全市中小学教师全员培训工作的通知" in blocks
    assert "各县（市、区）教育局，市直各学校：" in blocks
