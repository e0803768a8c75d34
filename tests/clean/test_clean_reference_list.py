"""A 参考文献 list numbered [1] [2] … under its heading is text, not page-foot notes (branch texts24):
real snippets — the dev text article_theory_abstract_refs as pdftotext -raw reads it in the design
academic_16k.  The expected blocks are the text's structure (its gold), not the cleaner's output."""

from __future__ import annotations

from booklet.model import block_text
from booklet.shapes import LIST_START_RE, ends_sentence

# design academic_16k, pdftotext -raw: the article's last section, its 参考文献 heading and the list,
# each entry wrapped at the measure (the wrap of [2] brings the issue 「（5）：」 to a line's start)
TAIL = """四、推进基层治理数字化转型的路径
一是加强统筹规划，坚持“一张蓝图绘到底”，避免重复建设。二是打通数据
壁垒，建立统一的数据资源目录和共享责任清单。三是丰富应用场景，围绕群众办
事、矛盾调解、应急处置等高频事项开发实用功能。四是强化能力建设，分层分类
开展数字技能培训，切实为基层减负赋能。
需要指出的是，数字化转型不是目的，而是手段。推进基层治理数字化转型，
必须始终坚持以人民为中心，把群众满意作为检验成效的根本标准，防止“为数字
化而数字化”，真正让技术为基层减负、为群众造福。
参考文献
[1] 王浦劬．国家治理、政府治理和社会治理的含义及其相互关系[J]．国家
行政学院学报，2014（3）：11-17．
[2] 郁建兴，黄飚．当代中国地方政府创新的新进展[J]．政治学研究，2017
（5）：88-103．
[3] 江城市人民政府．江城市“十四五”数字政府建设规划[Z]．2021．
[4] 江城市社会治理研究课题组．数字化转型背景下的基层治理创新研究报告
[R]．江城：江城市委党校，2025．
[5] 陈晓晖．数字赋能社区治理的实践困境与优化路径[J]．行政管理改革，
2023（8）：54-62．
"""


def blocks(doc):
    return [(type(b).__name__, block_text(b)) for a in doc.articles for b in a.blocks]


def test_a_reference_list_under_its_heading_stays_in_the_text_one_entry_a_paragraph(clean, reference_entries):
    doc, _ = clean(TAIL)
    out = blocks(doc)
    assert ("Heading", "参考文献") in out
    assert out[out.index(("Heading", "参考文献")) + 1:] == [("Paragraph", e) for e in reference_entries]
    assert not [n for a in doc.articles for n in a.footnotes]


def test_a_page_foot_note_above_the_list_is_still_a_note(clean, reference_entries):
    # the page before: its last text line, the page's note ①, then the list's page
    page = ("数字技术降低了群众参与的门槛。通过“随手拍”小程序、社区微信群等渠\n"
            "道，居民可以随时反映身边的问题、参与社区事务的讨论，形成了政府、社会组织\n"
            "①本文所称基层，主要指街道（乡镇）和社区（村）两级。\n\f"
            "和居民共同参与的治理格局。\n")
    doc, _ = clean(page + TAIL)
    notes = [(n.label, "".join(i.text for i in n.inlines)) for a in doc.articles for n in a.footnotes]
    assert notes == [("①", "本文所称基层，主要指街道（乡镇）和社区（村）两级。")]
    paras = [t for kind, t in blocks(doc) if kind == "Paragraph"]
    assert paras[-5:] == reference_entries
    assert paras[0].endswith("形成了政府、社会组织和居民共同参与的治理格局。")


def test_a_list_introduced_by_a_colon_is_no_notes_either(clean, reference_entries):
    # the list's heading replaced by a sentence leading in to it (a short snippet: too few lines to
    # learn the measure from, so only where the entries go is asserted — into the text, in order)
    lead = "本文主要参考了以下文献：\n"
    doc, _ = clean("推进基层治理数字化转型，必须始终坚持以人民为中心，把群众满意作为检验成效的根本标准。\n"
                   + lead + TAIL[TAIL.index("[1]"):])
    assert not [n for a in doc.articles for n in a.footnotes]
    text = "".join(t for _, t in blocks(doc))
    first, second, last = (text.index(reference_entries[k]) for k in (0, 1, 4))
    assert text.index("本文主要参考了以下文献：") < first < second < last


def test_the_full_width_point_ends_a_sentence_but_not_an_item_number():
    assert ends_sentence("行政学院学报，2014（3）：11-17．")
    assert ends_sentence("江城市“十四五”数字政府建设规划[Z]．2021．")
    assert not ends_sentence("1．") and not ends_sentence("12．")


def test_a_bracketed_number_followed_by_a_mark_opens_no_item():
    assert LIST_START_RE.match("（5）：88-103．") is None
    assert LIST_START_RE.match("（1）打开机柜总电源，确认不间断电源（UPS）指示灯为绿色；") is not None
    assert LIST_START_RE.match("（一）技术逻辑：从信息化到智能化") is not None
