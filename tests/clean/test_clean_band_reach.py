"""A running head's lines the top band's reach missed (issue 10, branches band70 and date70).

A page's top and bottom bands hold ``bands.BAND_LINES`` lines each; a line in both is counted where it
is nearer.  Two heads' copies stood outside the band they shared with the other pages' copies:

- (band70) a Word report's three-line head (the unit, the title, the date: 「青禾县人民政府办公室」 /
  「上海市公共图书馆条例」 / 「2026 年 11 月」, as pdfminer writes it) over a last page holding one line
  of text — the date second from the foot, third from the top, and it stood in the last sentence
  (「第三十八条 本条例自2025年1月」 / 「2026年11月」 / 「1日起施行。」).  A line in both bands is the
  head's where the other pages show the head at that edge (``bands._heads``' ``farther``);
- (date70) the head's second row set in two parts, the unit at the left and the date at the right end:
  pdfminer sorts the parts' boxes, so on a page whose first body line is short (「报送电子文档。」, a
  sentence's rest) that line comes before the date, one line past the band.  A line of a head's dates
  only is looked for ``bands.DATED_PART_REACH`` line further from the edge; a body line there is not.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages (seed
132) and read back by pdfminer — whole documents, ``tests/data/extractions``.  Both page tests fail on
main fe7d732; the 通报 is the guard (passes on both).
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "date", "sentence"), [
    ("law_library_regulation__sw25_05_s132_word__pdfminer.txt", "2026年11月",
     "第三十八条 本条例自2025年1月1日起施行。"),
    ("notice_meeting_agenda__sw25_03_s132_word__pdfminer.txt", "2026年10月",
     "书面材料请于11月13日前报送，同时报送电子文档。"),
])
def test_the_head_date_outside_the_band_goes(clean, texts, name, date, sentence):
    blocks = texts(clean(_text(name))[0])
    assert not any(date in b for b in blocks)
    assert any(b.endswith(sentence) for b in blocks)


def test_the_issuer_over_the_first_page_and_signing_a_short_last_page_stays(clean, texts):
    """The dev 通报 on a 16-mo report page (pypdf): its issuer opens the first page and signs the
    second, which holds four lines — the signature stands in both the page's bands.  One copy at
    the top shows no habit of a head there, so the signature is text."""
    blocks = texts(clean(_text("tongbao_safety_inspection__report16_flush_hei__pypdf.txt"))[0])
    assert blocks[-2:] == ["江城市安全生产委员会办公室", "2026年10月12日"]
