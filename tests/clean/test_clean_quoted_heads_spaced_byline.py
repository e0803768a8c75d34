"""A 人物通讯's quoted-saying heads and its spaced byline (issue 10, branch texts86b).

A 人物通讯 (先进事迹) heads its parts with the person's own words in quotes, set apart on a line of
their own over the paragraph under them (「“这块地，我得亲自看看”」): one quotation whole, a comma
inside, no stop before its close.  On pocket pages where the extractor dropped the first-line indents
the head ran into the paragraph under it (the measure could not say the line ended: a first line
whose indent was lost is as short), and a head wrapped over two lines ran on from the paragraph
above it (after a sentence's end, a line opening 「“」 is as likely a line of dialogue).  A line of
dialogue closes its sentence inside the quotes (「“先别急，我下田看看再说。”」); a head ends on no stop
(``shapes.QUOTED_HEAD_RE``, read by ``measured.quoted_head`` and ``measured.quoted_head_wrapped``).

Its byline 「本报记者　陆晓川　通讯员　何　芸」 spaces a two-character name out to the width of three;
plain pdftotext cuts the line at each wide gap, so 「通讯员」 「何」 「芸」 stood on lines of their own
and were read as three headings.  ``shapes.spaced_name_cut`` reads the role and the name's two
characters as one byline (``unwrap._spaced_name_goes_on``).

The pages are real: the dev text ``deeds_tongxun_quoted_heads`` set on ``tests/eval/heading_sweep.py``
pages of seed 374 (``--kind pocket`` design 0, ``--kind heading`` design 0), read by pdftotext,
``tests/data/extractions``.  Both fail on main 4cf7390f and pass.
"""

from __future__ import annotations

from booklet.model import Paragraph
from booklet.shapes import QUOTED_HEAD_RE, spaced_name_cut

HEADS = ["“这块地，我得亲自看看”", "“农民不看你说得多好，只看你种得多好”", "一本泛黄的笔记",
         "“只要农民需要，我就一直干下去”"]


def _paragraphs(doc, texts):
    return [t.replace(" ", "") for t in texts(doc, Paragraph)]


def _heads(doc, headings_of):
    return [h.replace(" ", "") for h in headings_of(doc)]


def test_quoted_heads_stand_apart_on_a_pocket_page(extracted, texts, headings_of):
    doc = extracted("deeds_tongxun_quoted_heads__pk53_00_s374_pocket__pdftotext.txt")
    heads = _heads(doc, headings_of)
    assert all(h in heads for h in HEADS), heads
    paras = _paragraphs(doc, texts)
    # the paragraphs under the heads and over the wrapped one keep their own words
    assert any(p.startswith("2019年3月，城南镇几个村的早稻秧苗大面积发黄。") for p in paras)
    assert any(p.endswith("一周后秧苗重新返青。") for p in paras)
    # lines of dialogue stay paragraphs
    assert "“先别急，我下田看看再说。”" in paras
    assert any(p.startswith("“农民不看你说得多好，只看你种得多好。”这是她") for p in paras)
    # the byline's spaced name is no heading
    assert not {"通讯员", "何", "芸"} & set(heads)


def test_spaced_byline_cut_by_its_gaps_is_no_heading(extracted, texts, headings_of):
    doc = extracted("deeds_tongxun_quoted_heads__sw25_00_s374_heading__pdftotext.txt")
    heads = _heads(doc, headings_of)
    assert not {"通讯员", "何", "芸"} & set(heads), heads
    assert any("通讯员" in p and p.replace("　", "").endswith("何芸") for p in _paragraphs(doc, texts))
    assert "“这块地，我得亲自看看”" in heads


def test_quoted_head_shape():
    assert QUOTED_HEAD_RE.match("“这块地，我得亲自看看”")
    assert QUOTED_HEAD_RE.match("“只要农民需要，我就一直干下去”")
    # refusals: dialogue closes its sentence inside; a quotation that goes on; two quotations
    assert not QUOTED_HEAD_RE.match("“先别急，我下田看看再说。”")
    assert not QUOTED_HEAD_RE.match("“沈老师，是不是种子出了问题？”")
    assert not QUOTED_HEAD_RE.match("“今年这块田，亩产能到六百三十公斤左右。”她抬起头")
    assert not QUOTED_HEAD_RE.match("“放管服”和“最多跑一次”")


def test_spaced_name_cut():
    assert spaced_name_cut("通讯员", "何", "芸")
    assert spaced_name_cut("本报记者", "韩", "冰")
    # refusals: no role before; a name of two characters on one line; not one ideograph each
    assert not spaced_name_cut("一本泛黄的笔记", "何", "芸")
    assert not spaced_name_cut("通讯员", "何芸", "芸")
    assert not spaced_name_cut("通讯员", "1", "芸")


# A pocket page (15 characters, first-line indents dropped): a paragraph whose first line is filled
# by a quotation with no stop runs on into its second line — the line reached the measure.
_FULL = """上个月，全县召开了秋粮收购工作会议。
“绿水青山就是金山银山，金山银山”
的道理，如今在村里人人都懂。会上，
县里还表彰了一批种粮大户。
"""


def test_full_line_quotation_runs_on(clean, texts):
    doc, _ = clean(_FULL)
    paras = _paragraphs(doc, texts)
    assert any("“绿水青山就是金山银山，金山银山”的道理" in p for p in paras), paras
