"""A 报头's name with its issue on its row, in a PDF the reader reads itself (sign78, issue 10): the
reader marks the row a title by its largest type — the name's — and the issue set in the body's type
on the same baseline came with it (「工作简报 第12期」, 「参　阅 2026年第15期」 as one title).  bull67's
``pagehead.part_masthead_row`` parts such a row for the text extractors; it now parts the row the reader
marked too (``_marked_name_row``), and is asked on the PDF reader's path of ``strip_furniture``.

PDFs are the heading sweep's pages (``heading_sweep.py --kind bulletin --columns 2 --masthead
--seed 240 --only direct``: designs bl66_00 and bl66_01, the issue beside the name), copied into
``tests/data/pdf``.  Expected values are what the printed page shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PDF_DATA = Path(__file__).resolve().parent.parent / "data" / "pdf"


def _read(name: str):
    from booklet.clean.pipeline import clean
    from booklet.sources import _read as read_source
    return clean(read_source(PDF_DATA / name).lines).document


def _heads(doc) -> list[str]:
    from booklet.model import Heading, block_text
    out = [h for a in doc.articles for h in (a.kicker or "", a.title or "")]
    out += [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    return [h.replace(" ", "").replace("\u3000", "").replace("*", "") for h in out if h]


def _text(doc) -> str:
    from booklet.model import block_text
    return "\n".join(block_text(b) for a in doc.articles for b in a.blocks)


@pytest.mark.parametrize("name, masthead, issue", [("jianbao_flood_season__s240_bl66_00.pdf", "工作简报", "第12期"),
                                                   ("jianbao_kicker_items__s240_bl66_01.pdf", "参阅", "2026年第15期")])
def test_name_and_issue_on_a_marked_row_are_parted(name, masthead, issue):
    doc = _read(name)
    heads = _heads(doc)
    assert masthead in heads
    assert not any(issue in h for h in heads)
    assert issue in _text(doc).split("\n")
