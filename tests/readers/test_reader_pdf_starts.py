"""``para_start`` in a layout with neither first-line indents nor extra leading between blocks."""

from __future__ import annotations

from booklet.readers.pdf.blocks import _start, standalone
from booklet.readers.pdf.geometry import Geometry
from booklet.readers.pdf.rows import PLine

SIZE = 12.0
GEO = Geometry(body_size=SIZE, pitch=20.0, blocks={(1, 0): (72.0, 72.0 + 30 * SIZE)},
               uses_indent=False, heading_sizes=())


def _line(text: str, row: int, width_em: float) -> PLine:
    top = 100.0 + row * GEO.pitch
    return PLine(text, [(text, "SimSun", False)], 1, 0, 72.0, 72.0 + width_em * SIZE, top, top + SIZE, SIZE,
                 "SimSun", lineno=row + 1)


def test_short_line_ending_a_sentence_starts_a_block() -> None:
    prev = _line("基础研究整体水平和国际影响力显著提升。", 0, 20)
    cur = _line("我们要坚持“四个面向”，坚持目标导向和自由探索", 1, 30)
    assert _start(cur, prev, None, GEO) is True


def test_short_line_stopping_mid_sentence_is_left_to_the_cleaner() -> None:
    # seed 001: 「…基础研究整体研究实力和」 falls short only because it holds half-width digits
    prev = _line("我国基础研究取得重要进展，2012 年以来基础研究整体研究实力和", 0, 26)
    cur = _line("学术水平显著增强。", 1, 9)
    assert _start(cur, prev, None, GEO) is None


def test_full_line_continues() -> None:
    prev = _line("我国基础研究取得重要进展，基础研究整体研究实力和学术水平显著增强，原始", 0, 30)
    cur = _line("创新能力不断提升。", 1, 9)
    assert _start(cur, prev, None, GEO) is False


INDENTING = Geometry(body_size=SIZE, pitch=20.0, blocks={(1, 0): (72.0, 72.0 + 30 * SIZE)},
                     uses_indent=True, heading_sizes=())


def _at(text: str, row: int, x0_em: float, x1_em: float) -> PLine:
    top = 100.0 + row * INDENTING.pitch
    return PLine(text, [(text, "SimSun", False)], 1, 0, 72.0 + x0_em * SIZE, 72.0 + x1_em * SIZE, top, top + SIZE,
                 SIZE, "SimSun", lineno=row + 1)


def test_indented_line_short_by_two_em_is_not_centred() -> None:
    # seed 002: 「附件：…精神”学习」 (indented 2 em, 2 em short) wraps onto 「专刊」
    prev = _at("附件：“习近平总书记在加强基础研究座谈会上的重要讲话 精神”学习", 0, 2.01, 28.0)
    assert not standalone(prev, INDENTING)
    assert _start(_at("专刊", 1, 0, 2), prev, None, INDENTING) is False


def test_line_after_a_far_short_line_is_left_to_the_cleaner() -> None:
    # 「宣〔2026〕11号」 ends its block; the flush title after it is no continuation
    prev = _at("宣〔2026〕11号", 0, 2, 9.5)
    cur = _at("关于发布《师生理论学习指南》“习近平总书记 在加强基础研究座谈会上的", 1, 0.25, 29)
    assert _start(cur, prev, None, INDENTING) is None


def test_title_wrapped_over_a_page_break_is_one_title() -> None:
    from booklet.readers.pdf.blocks import starts
    geo = Geometry(body_size=SIZE, pitch=20.0, blocks={(2, 0): (72.0, 432.0), (3, 0): (72.0, 432.0)},
                   uses_indent=True, heading_sizes=(15.4,))
    foot = PLine("习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基础研究 进一步打牢科技", [], 2, 0,
                 76.0, 373.0, 540.0, 555.4, 15.4, "SimSun")
    head = PLine("强国建设根基", [], 3, 0, 180.0, 272.0, 58.0, 73.4, 15.4, "SimSun")
    source = PLine("（来源：新华社，2026年4月30日）", [], 3, 0, 96.0, 288.0, 83.0, 94.8, 11.8, "SimSun")
    roles = [("title", None), ("title", None), (None, None)]
    assert starts([foot, head, source], roles, geo) == [True, False, True]
