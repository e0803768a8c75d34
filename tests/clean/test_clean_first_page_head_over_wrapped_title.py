"""A running head printed on the first page too, over a title wrapped in a narrow column, is a head
(first67, issue 10): 「干部学习口袋书」 / 「协同办公系统公文流转操作」 / 「指南」.

Word prints a page header on the first page unless told otherwise.  The first copy of the head is
the text's own title only where the body stands right under it; a title set a little larger than
the body wraps into lines as full as a body line in a 14-character column, so width cannot tell —
but a title's lines run to their short rest with no clause or stop, and a paragraph shows one.
The inputs are two dev texts set in the seed-73 pocketwide design pw59_03 (the series' name as the
head on every page, 「— N —」 folios), read by a viewer's paste — whole, in tests/data/extractions.
"""

from __future__ import annotations

import pytest

from booklet.clean.bands import _prose_follows, _title_note
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.model import Heading, block_text

HEAD = "干部学习口袋书"


@pytest.mark.parametrize(("name", "opening"), [
    ("guide_office_system_ops__s73_pw59_03__paste_viewer.txt", "协同办公系统公文流转操作指南"),
    ("briefs_county_work_digest__s73_pw59_03__paste_viewer.txt", "抓好冬春农田水利建设 夯实明年粮食丰收基础"),
])
def test_the_head_over_a_wrapped_title_goes(extracted, headings_of, name, opening):
    doc = extracted(name)
    first = doc.articles[0]
    assert HEAD not in headings_of(doc) and first.kicker != HEAD
    assert (first.kicker or first.title) == opening   # the title, or the kicker over the news item's title
    assert not any(HEAD in block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading))


def _lines(*texts: str):
    return to_lines(raw_lines("\n".join(texts)))


# a 14-character column: the body's lines run to the measure, the title's first line nearly so
BODY = ["本指南适用于全市各级机关使用", "协同办公系统办理收文、发文、", "督办等公文流转业务。系统管理", "员的配置操作另见《系统管理员"]


def test_a_wrapped_title_runs_to_a_short_rest_with_no_punctuation():
    lines = _lines("全市协同办公系统公文流转操作", "指南", "（2026年修订版）", *BODY)
    assert lines[0].width >= 0.9 * 14   # as full as a body line: width alone would call it body
    assert not _prose_follows(lines, 0)


def test_a_paragraph_under_a_title_shows_its_clause():
    lines = _lines("运河与江城的兴衰", "江城地处长江与大运河交汇之处", "自古以来商旅往来不绝城市因河",
                   "而兴，盛于明清两代。", *BODY)
    assert _prose_follows(lines, 1)   # its first clause ends on its third line
    assert not _prose_follows(lines, 0)   # the title's one line is short


def test_a_title_over_its_note_in_brackets_stays(extracted):
    """The dev 办法 in a B5 design whose running head is the text's title: the first line is the
    title itself, over its 题注 wrapped as full as a body line (「（2026年3月18日…会议通」 / 「过）」)."""
    doc = extracted("measures_volunteer_service__b5_block_hei_tight__pypdf.txt")
    assert doc.articles[0].title == "江城市志愿服务管理办法"


def test_a_note_in_brackets_is_a_title_note():
    lines = _lines("江城市志愿服务管理办法", "（2026年3月18日江城市人民政府第二十九次常务会", "议通过）", *BODY)
    assert _title_note(lines, 1)
    assert not _title_note(lines, 0)
