"""Lead-ins of one series read as run in where one of them showed it (issue 10, pypdf's paragraph
boundaries).  pypdf starts a line at every change of font, so a bold lead-in and the rest of its
printed line are two lines.  Where the lead-in wraps onto a second printed line that its last two
characters end (「第二，深化基础研究体制机制改」 / 「革。」 / 「世界已经进入大科学时代，基础」), the rest of
that line is as wide as an indented first line: the widths alone cannot tell it from a paragraph's
end, and the lead-in stood as a paragraph of its own.  A list's items are set alike: where one
lead-in of the series (「第一，」) showed itself run in, its siblings (「第二，」) are too.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are written from the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading, block_text
from booklet.shapes import series_key


def paragraphs(doc) -> list[str]:
    return [block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]


# dev gold document real_002 (a 读书会材料), design kai_16_hei_heads (16 characters a line), read
# by pypdf: 「第一，…布局。」 wraps onto a second line whose rest (「基础研究处于从」) stops short, the
# lead-in shown run in; 「第二，…改革。」 wraps onto a second line whose rest fills it as an indented
# first line would; 「…战略牵引作」 / 「用。」 / 「要稳步增加基础研究财政投入，」 fills a line too, but
# there a paragraph ends (its last sentence opened no paragraph: no lead-in)
BOOKLET = """鼓励自由探索，作出战略部署，要切
实落实到位。
第一，强化基础研究前瞻性、战
略性、系统性布局。
基础研究处于从
研究到应用、再到生产的科研链条起
始端，地基打得牢，科技事业大厦才
14
北京理工大学党委宣传部
能建得高。加强基础研究要突出前瞻
性、战略性需求导向，优化资源配置
和布局结构，为创新发展提供基础理
论支撑和技术源头供给。
要坚持“四个面向”，坚持目标
导向和自由探索“两条腿走路”，把
世界科技前沿同国家重大战略需求和
经济社会发展目标结合起来，统筹遵
循科学发展规律提出的前沿问题和重
大应用研究中抽象出的理论问题，凝
练基础研究关键科学问题。要把握科
技发展趋势和国家战略需求，加强基
础研究重大项目可行性论证和遴选评
估，充分尊重科学家意见，把握大趋
势、下好“先手棋”。要强化国家战
15
读书会材料
略科技力量，有组织推进战略导向的
体系化基础研究、前沿导向的探索性
基础研究、市场导向的应用性基础研
究，注重发挥国家实验室引领作用、
国家科研机构建制化组织作用、高水
平研究型大学主力军作用和科技领军
企业“出题人”、“答题人”、“阅
卷人”作用。要优化基础学科建设布
局，支持重点学科、新兴学科、冷门
学科和薄弱学科发展，推进学科交叉
融合和跨学科研究，构筑全面均衡发
展的高质量学科体系。
第二，深化基础研究体制机制改
革。
世界已经进入大科学时代，基础
研究组织化程度越来越高，制度保障
16
北京理工大学党委宣传部
和政策引导对基础研究产出的影响越
来越大。我国支持基础研究和原始创
新的体制机制已基本建立但尚不完
善，必须优化细化改革方案，发挥好
制度、政策的价值驱动和战略牵引作
用。
要稳步增加基础研究财政投入，
通过税收优惠等多种方式激励企业加
大投入，鼓励社会力量设立科学基
金、科学捐赠等多元投入，提升国家
自然科学基金及其联合基金资助效
能，建立完善竞争性支持和稳定支持
相结合的基础研究投入机制。
"""
FURNITURE = ("14\n北京理工大学党委宣传部\n", "15\n读书会材料\n", "16\n北京理工大学党委宣传部\n")


def test_a_sibling_lead_in_rejoins_the_rest_of_its_last_line(rejoined):
    out = rejoined(BOOKLET)
    assert "略性、系统性布局。基础研究处于从" in out          # (the lead-in that shows it)
    assert "革。世界已经进入大科学时代，基础" in out           # (its sibling)
    assert "用。" in out and "要稳步增加基础研究财政投入，" in out   # (a paragraph's end stays)


def test_a_sibling_lead_in_opens_its_paragraph(clean):
    text = BOOKLET
    for furniture in FURNITURE:
        text = text.replace(furniture, "")
    doc, _ = clean(text)
    paras = paragraphs(doc)
    assert not any(p.startswith("世界已经进入") for p in paras)
    assert any(p.startswith("第二，深化基础研究体制机制改革。世界已经进入大科学时代，基础研究组织化程度越来越高，")
               and p.endswith("发挥好制度、政策的价值驱动和战略牵引作用。") for p in paras)
    assert any(p.startswith("要稳步增加基础研究财政投入，") for p in paras)


def test_a_lead_in_of_another_series_is_left_to_the_widths(rejoined):
    # 「二、」 numbers another list than 「第一，」: the pair stays a paragraph's end and a first line
    text = BOOKLET.replace("第二，深化基础研究", "二、深化基础研究")
    out = rejoined(text)
    assert "革。" in out and "世界已经进入大科学时代，基础" in out


def test_series_keys():
    assert series_key("第二，深化") == series_key("第十，加强") == series_key("第一、")
    assert series_key("二是有的同志") == series_key("一是")
    assert series_key("（二）完善") == series_key("（一）") != series_key("（2）具体")
    assert series_key("2.调研选题") == series_key("1．") != series_key("二、加强")
    assert series_key("2025年") is None and series_key("2.5亿元") is None and series_key("第十条　") is None
