"""Heading conventions of county office papers the dev set had none of (marks52): a marker head
behind any marker of the bullet family (◆ ■ like ★ ●), and a 【…】 label naming a kind of passage
over its text, whose first line is that text's, not a title.

Snippets are real: dev texts jianbao_marker_heads (design narrow_20, a 20-character A5 page) and
study_guide_topic_parts (design pocket_15_bold_set_in, a 15-character pocket page), read back by
pypdf, which drops the paragraphs' first-line indent.  Expected values are what the page shows.
"""

from __future__ import annotations

from booklet.model import Heading

# pypdf, narrow_20: ◆ heads under 「3、下步打算」, then 【经验链接】 over a paragraph whose first line
# fills the first line's measure and holds no pause before its end, and a 【短评】 run in
JIANBAO = """2、存在的问题
部分低洼田块排水不畅，播期推迟；一些
村组劳动力不足，撂荒地复耕难度较大；个别
乡镇技术指导到田不够及时。
3、下步打算
◆抓紧扫尾播种
对未播田块逐块登记，落实专人包保，确
保11月底前全部种上、种足、种好。
◆加强田间管理
组织农技人员分片包干，指导群众开好田
间沟渠，做好冬前化除和防冻准备，促进壮苗
越冬。
【经验链接】
石桥镇组建了由12名农机手组成的代耕服
务队，为外出务工家庭和留守老人提供耕、
种、收全程托管服务，今年已托管田块3600余
亩，群众称之为“田保姆”。
【短评】秋冬种是全年粮食生产的开局之
战，各地要以“时时放心不下”的责任感抓好
落实，决不能误了农时。
"""

# pypdf, pocket_15_bold_set_in: ■ heads between full paragraphs
GUIDE = """专题一：深入学习领会为民办
实事的要求
■为什么要办实事
群众利益无小事。一件件看得
见、摸得着的实事，是党员干部联
系群众最直接的桥梁，也是检验学
习成效的重要标尺。
■办什么样的实事
要从群众最急最忧最盼的问题
入手，多办雪中送炭的事，少搞锦
上添花的事，不能脱离实际、贪大
求全。
【典型案例】
东岗村地处山区，过去村民看
病要走十几里山路。村党支部多方
协调，在村里建起卫生室，每周安
排县医院医生坐诊两天，老人慢性
病不出村就能得到诊治。
"""


def test_diamond_marker_heads_are_headings(clean, texts):
    doc, _ = clean(JIANBAO)
    heads = texts(doc, Heading)
    assert "◆抓紧扫尾播种" in heads
    assert "◆加强田间管理" in heads


def test_square_marker_heads_are_headings(clean, texts):
    doc, _ = clean(GUIDE)
    heads = texts(doc, Heading)
    assert "■为什么要办实事" in heads
    assert "■办什么样的实事" in heads


def test_box_before_a_name_still_signs_a_comment():
    # (the box before a word of a name's length stays a column's or a writer's signature)
    from booklet.shapes import BYLINE_LABEL_RE
    assert BYLINE_LABEL_RE.match("□ 短评") is not None
    assert BYLINE_LABEL_RE.match("■ 记者手记") is not None
    assert BYLINE_LABEL_RE.match("■办什么样的实事") is None


def test_label_over_its_text_keeps_the_first_line_in_the_paragraph(clean, texts):
    doc, _ = clean(JIANBAO)
    every = ["".join(t.split()) for t in texts(doc)]
    assert "【经验链接】" in [t for t in texts(doc, Heading)] + [a.title or "" for a in doc.articles] \
        + [a.kicker or "" for a in doc.articles]
    assert ("石桥镇组建了由12名农机手组成的代耕服务队，为外出务工家庭和留守老人提供耕、种、收全程托管服务，"
            "今年已托管田块3600余亩，群众称之为“田保姆”。") in every
    assert not any(t.startswith("石桥镇") for t in texts(doc, Heading))
    assert any(t.startswith("【短评】秋冬种是全年粮食生产的开局之战") for t in every)   # run in: no heading
