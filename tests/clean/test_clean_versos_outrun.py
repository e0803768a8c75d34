"""Folios on the versos only outrun two digits a page apart by chance (issue 10, branch pypdf75).

A pocket design of ``tests/eval/heading_sweep.py --kind pocketwide`` (seed 206, designs pw59_02 and
pw59_04: 16 em, no foot folio) prints its folio in the verso's head beside the title (「{n}|{title}」)
and the book's name or the title alone over the recto.  pypdf cuts the folio off at its Latin face:
「2」 / 「把“小事”办成群众心里的“大事”」 … 「4」 / … 「6」 / … 「8」 / … .  On main
``pages.running_sequence`` took two digits a page apart by chance — the verso folio 「4」 and a count
「5」 cut off its unit further on — as the pages' numbers, so the verso chain 2 … 4 … 6 … 8
(``alternate_sequence``) was never asked and the running heads' copies never found: the title's copy
stayed inside the paragraphs (「我们在每个社区建立把“小事”办成群众心里的“大事”“居民议事厅”…」) and
the folios ran into the text (「江城2关于召开…的市文昌路56号」).  Now ``pages._versos_outrun``: where
the versos' chain is longer, it is the pages' numbers.

The pages are real: the dev texts exchange_experience_community (pw59_04) and notice_meeting_agenda
(pw59_02) read back by pypdf, whole, in ``tests/data/extractions``.  Both tests fail on main.
"""

from __future__ import annotations

from booklet.model import Paragraph

TITLE = "把“小事”办成群众心里的“大事”"


def test_a_verso_head_copy_leaves_the_paragraphs(extracted, texts):
    doc = extracted("exchange_experience_community__s206_pw59_04__pypdf.txt")
    paragraphs = texts(doc, Paragraph)
    assert not any(TITLE in p for p in paragraphs)
    assert any("我们在每个社区建立“居民议事厅”" in p for p in paragraphs)


def test_the_verso_folios_leave_the_text(extracted, texts):
    doc = extracted("notice_meeting_agenda__s206_pw59_02__pypdf.txt")
    paragraphs = texts(doc, Paragraph)
    assert any("江城市委党校学术报告厅（江城市文昌路56号）" in p for p in paragraphs)
    assert not any("干部学习口袋书" in p for p in paragraphs)
    assert any(p.startswith("（三）请各单位于11月12日") for p in paragraphs)
