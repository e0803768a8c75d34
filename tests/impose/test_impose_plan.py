"""The imposition plan: page order on the sheets, padding blanks, creep — no PDF involved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from booklet.impose.plan import (Side, blank_position, padded_order, plan_sides, saddle_sides,
                                 two_up_sides, wrong_side)


def _printed(side: Side) -> tuple[int | None, int | None]:
    """1-based page numbers on a side (None: blank)."""
    return tuple(None if i is None else i + 1 for i in (side.left, side.right))


def test_saddle_eight_pages_is_the_textbook_order() -> None:
    sides = saddle_sides(list(range(8)))
    assert [(_printed(s), s.sheet, s.face) for s in sides] == [
        ((8, 1), 1, "front"), ((2, 7), 1, "back"),
        ((6, 3), 2, "front"), ((4, 5), 2, "back")]


@pytest.mark.parametrize("pages", [4, 12, 120])
def test_every_saddle_side_faces_pages_that_sum_to_last_plus_one(pages: int) -> None:
    sides = saddle_sides(list(range(pages)))
    assert len(sides) == pages // 2
    assert all(sum(_printed(s)) == pages + 1 for s in sides)
    fronts = [s for s in sides if s.face == "front"]
    assert [_printed(s)[1] for s in fronts] == list(range(1, pages // 2, 2))  # 1, 3, 5 … right


def test_two_up_reads_in_order() -> None:
    assert [_printed(s) for s in two_up_sides(list(range(6)))] == [(1, 2), (3, 4), (5, 6)]
    assert {s.face for s in two_up_sides(list(range(6)))} == {"front"}


def test_saddle_refuses_a_count_that_does_not_fold() -> None:
    with pytest.raises(ValueError):
        saddle_sides(list(range(6)))


def test_padding_goes_after_the_last_article_and_before_a_back_cover() -> None:
    kinds = ["cover", "toc", "body", "body", "body", "body", "body", "back", "back"]
    position = blank_position(len(kinds), kinds, article_starts=[2, 4])
    assert position == 7
    assert padded_order(len(kinds), 4, position) == [0, 1, 2, 3, 4, 5, 6, None, None, None, 7, 8]
    assert padded_order(8, 4, 7) == list(range(8))  # already a multiple of 4: no blank


def test_padding_goes_at_the_end_without_a_back_cover_or_without_page_knowledge() -> None:
    kinds = ["cover", "toc", "body", "body", "body"]
    assert blank_position(5, kinds, [2, 3]) == 5
    assert blank_position(5) == 5
    assert padded_order(5, 4, 5) == [0, 1, 2, 3, 4, None, None, None]


def test_saddle_plan_of_a_booklet_with_a_back_cover_keeps_it_on_the_outside() -> None:
    kinds = ["cover", "body", "body", "body", "body", "back"]  # 6 pages: 2 blanks needed
    sides = plan_sides("saddle", 6, page_kinds=kinds, article_starts=[1, 3])
    front = sides[0]
    assert (front.left, front.right) == (5, 0)  # back cover | cover, on the outside of sheet 1
    assert (sides[1].left, sides[1].right) == (1, None)  # the blank before the back cover


@given(st.lists(st.integers(1, 9), min_size=1, max_size=12), st.integers(0, 3),
       st.sampled_from(["saddle", "2up"]))
def test_blanks_never_fall_inside_an_article(lengths: list[int], back: int, mode: str) -> None:
    """Articles of any lengths, any closing pages: each article's pages stay consecutive."""
    kinds, starts = ["cover", "toc"], []
    for length in lengths:
        starts.append(len(kinds))
        kinds += ["body"] * length
    kinds += ["back"] * back
    sides = plan_sides(mode, len(kinds), page_kinds=kinds, article_starts=starts)
    order = _reading_order(sides)
    assert [i for i in order if i is not None] == list(range(len(kinds)))
    assert len(order) % (4 if mode == "saddle" else 2) == 0
    ends = starts[1:] + [len(kinds) - back]
    for start, end in zip(starts, ends):
        at = order.index(start)
        assert order[at:at + end - start] == list(range(start, end))
    if back:
        assert order[-back:] == list(range(len(kinds) - back, len(kinds)))


def _reading_order(sides: list[Side]) -> list[int | None]:
    """Unfold the sides back into reading order (what the folded booklet shows)."""
    n = 2 * len(sides)
    order: list[int | None] = [None] * n
    if all(s.face == "front" for s in sides):  # two-up
        return [i for s in sides for i in (s.left, s.right)]
    for s in sides:
        k = s.sheet - 1
        if s.face == "front":
            order[n - 1 - 2 * k], order[2 * k] = s.left, s.right
        else:
            order[2 * k + 1], order[n - 2 - 2 * k] = s.left, s.right
    return order


def test_creep_moves_inner_sheets_towards_the_fold_in_even_steps() -> None:
    sides = saddle_sides(list(range(16)), creep_pt=3.0)  # 4 sheets
    by_sheet = {s.sheet: s.inward for s in sides}
    assert by_sheet == {1: 0.0, 2: 1.0, 3: 2.0, 4: 3.0}
    assert saddle_sides(list(range(4)), creep_pt=3.0)[0].inward == 0.0  # one sheet: nothing to do


def test_numbered_pages_on_the_wrong_side_of_the_leaf_are_found() -> None:
    # cover, toc, then page 1 at index 2: a right-hand page, as drawn
    assert wrong_side([None, None, 1, 2, 3]) == []
    # cover, notice, toc, then page 1 at index 3: a left-hand page drawn as a right-hand one
    assert wrong_side([None, None, None, 1, 2, 3]) == [1, 2, 3]
    # a blank verso before page 1 (articles_start_recto) puts it right again
    assert wrong_side([None, None, None, None, 1, 2]) == []
