"""A part's heading set as its label, a wide space and its title (issue 10, texts82): a 讲解词 heads its
halls 「第一展厅　星火初燃」 and a hall's units 「第一单元　党组织的建立」.  厅 ends a body's name too
(省教育厅), so the hall's line read as a body and a person's name — a byline (``ORG_BYLINE_RE``), never a
heading — under every reader (the new dev text commentary_memorial_hall_tour, seeds 310–313: each of its
three hall heads lost in 203 of 609 cases).  A line opening on a part's label (``shapes.PART_LABEL_OPEN``:
第N and a noun of ``PART_NOUNS``) names no body; a part's heading line under another is a block of its
own, and so is a line of prose under one (``unwrap.ROW_KINDS``).

Each page is real: the text set in a drawn design and read back by pdfminer (seed 311, pk53_02: the hall
and its first unit stacked), pypdf (seed 310, sw25_08) and pdftotext -layout (seed 311, pk53_01: the wide
space written as one space, the hall's first paragraph right under it).
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, block_text

HALLS = ("第一展厅星火初燃", "第二展厅浴血奋战", "第三展厅青川新貌")


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["commentary_memorial_hall_tour__pk53_02_s311_pocket__pdfminer.txt",
                                  "commentary_memorial_hall_tour__sw25_08_s310_heading__pypdf.txt",
                                  "commentary_memorial_hall_tour__pk53_01_s311_pocket__pdftotext_layout.txt"],
                         ids=["pdfminer", "pypdf", "pdftotext-layout"])
def test_hall_heads_are_headings(extracted, name):
    doc = extracted(name)
    heads = [_squeezed(block_text(b)) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    heads += [_squeezed(a.title) for a in doc.articles if a.title]
    for hall in HALLS:
        assert hall in heads, (hall, heads)
    assert "第一单元党组织的建立" in heads, heads
    others = [_squeezed(block_text(b)) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]
    assert not any(t.startswith(("第一展厅", "第二展厅", "第三展厅")) for t in others), others


@pytest.mark.parametrize("line", ["第一展厅　星火初燃", "第二单元　农民运动的兴起", "第二节　整理与移交", "第三讲　党的建设"])
def test_part_heading_line_is_no_byline(line):
    from booklet.shapes import PART_HEAD_RE, looks_like_byline, short_line_role
    assert PART_HEAD_RE.match(line)
    assert not looks_like_byline(line) and short_line_role(line) is None


@pytest.mark.parametrize("line", ["江城市民政局　张晓燕", "江城市第一中学　江城市人民医院", "县委宣传部宣教科 整理"])
def test_bodies_still_read(line):
    from booklet.shapes import short_line_role
    assert short_line_role(line) in ("byline", "list row", "compiler")


@pytest.mark.parametrize("line", ["第二课堂　李明", "第一条　为了规范档案管理", "第二部分　主要做法，成效明显"])
def test_no_part_heading_line(line):
    from booklet.shapes import PART_HEAD_RE
    assert PART_HEAD_RE.match(line) is None
