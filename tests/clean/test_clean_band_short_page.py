"""A running head's line on a short last page, nearer the foot than the top (issue 10, branch band70).

A page's top and bottom bands hold ``bands.BAND_LINES`` lines each; a line in both is counted where it
is nearer.  A Word report's three-line head (the unit, the title, the date: 「青禾县人民政府办公室」 /
「上海市公共图书馆条例」 / 「2026 年 11 月」, as pdfminer writes it) over a last page holding one line of
text has its date second from the foot (the folio not counted) and third from the top — so the date's
copies, taken at the top on every other page, missed that one, and it stood in the last sentence:
「第三十八条 本条例自2025年1月」 / 「2026年11月」 / 「1日起施行。」.  A line in both bands is the head's
where the head's copies stand (``bands._heads``' ``farther``).

The text is real: the dev text law_library_regulation set on a ``tests/eval/heading_sweep.py --kind
heading --word`` page (seed 132, design sw25_05) and read back by pdfminer — the whole document,
``tests/data/extractions``.  The test fails on main fe7d732.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
LAW = (DATA / "law_library_regulation__sw25_05_s132_word__pdfminer.txt").read_text(encoding="utf-8")


def test_the_head_date_on_a_one_line_last_page_goes(clean, texts):
    doc, _ = clean(LAW)
    blocks = texts(doc)
    assert not any("2026年11月" in b for b in blocks)
    assert blocks[-1] == "第三十八条 本条例自2025年1月1日起施行。"


TONGBAO = (DATA / "tongbao_safety_inspection__report16_flush_hei__pypdf.txt").read_text(encoding="utf-8")


def test_the_issuer_over_the_first_page_and_signing_a_short_last_page_stays(clean, texts):
    """The dev 通报 on a 16-mo report page (pypdf): its issuer opens the first page and signs the
    second, which holds four lines — the signature stands in both the page's bands.  One copy at
    the top shows no habit of a head there, so the signature is text."""
    doc, _ = clean(TONGBAO)
    blocks = texts(doc)
    assert blocks[-2:] == ["江城市安全生产委员会办公室", "2026年10月12日"]
