"""``miner_order.written_order`` gives the order pdfminer writes text boxes in, from their rectangles
alone (sim71): pdfminer's own ``group_textboxes``, group sort and index assignment are run on text
boxes set at the same rectangles, as one loose page of columns would hold them."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from miner_order import written_order  # noqa: E402

pytest.importorskip("pdfminer")

EM = 10.0


def _pdfminer_order(rects: list[tuple[float, float, float, float]]) -> list[int]:
    """pdfminer's written order of text boxes at ``rects`` (in creation order), its ties broken in
    creation order as the harness breaks them (``extract._creation_order_ids``)."""
    import pdfminer.layout as layout
    from extract import _creation_order_ids

    boxes = []
    for rect in rects:
        box = layout.LTTextBoxHorizontal()
        box.set_bbox(rect)
        boxes.append(box)
    page = layout.LTPage(1, (0, 0, 600, 800))
    params = layout.LAParams()
    layout.id = _creation_order_ids()
    try:
        groups = page.group_textboxes(params, boxes)
        assigner = layout.IndexAssigner()
        for group in groups:
            group.analyze(params)
            assigner.run(group)
    finally:
        del layout.id
    return sorted(range(len(boxes)), key=lambda k: boxes[k].index)


def _column_page(rng: random.Random, columns: int, lines: int, leading: float) -> list[tuple[float, float, float, float]]:
    """One line a box, ``columns`` columns of ``lines`` lines each at ``leading``: a paragraph's
    last line short, and a paragraph opening now and then with space above (half a line) — the
    columns' lines fall out of level with each other from there."""
    measure, gutter = 12 * EM, rng.choice((1.0, 1.5, 2.0)) * EM
    rects = []
    for c in range(columns):
        x0, y = 40 + c * (measure + gutter), 760.0
        for k in range(lines):
            short = rng.random() < 0.2
            width = rng.randint(1, 11) * EM if short else measure
            rects.append((x0, y - EM, x0 + width, y))
            y -= leading * EM * (1.5 if short and rng.random() < 0.5 else 1.0)
    return rects


def test_level_rows_of_three_columns_are_written_row_by_row():
    # three full columns in phase: each row's three lines stand closer across the gutters than a
    # column's lines stand to each other, so each row is one group, written left to right
    rects = [(40 + c * 130, 700 - k * 17 - EM, 40 + c * 130 + 120, 700 - k * 17) for c in range(3) for k in range(4)]
    order = written_order(rects)
    assert order == _pdfminer_order(rects)
    assert order == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]


@pytest.mark.parametrize("seed", range(12))
def test_the_simulated_order_is_pdfminers_on_loose_column_pages(seed):
    rng = random.Random(seed)
    rects = _column_page(rng, rng.choice((2, 3)), rng.randint(8, 14), rng.choice((1.55, 1.7, 1.8)))
    assert written_order(rects) == _pdfminer_order(rects)
