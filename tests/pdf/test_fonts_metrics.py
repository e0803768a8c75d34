"""Font metrics answered by set operations and lazy width look-ups must say exactly what the
per-character questions (and reportlab's own width table) say."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from booklet.fonts.load import load_metrics
from booklet.layout import load_profile

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "sources").glob("002_*.txt"))
RARE = "\U00020000\U0002A6D6\ue000\u2e80\u31c0"  # CJK Ext. B, private use, radicals, strokes


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8")[:3000] + RARE + "ABCxyz，。“”"


def test_lacking_is_exactly_the_uncovered_characters(fonts_or_skip):
    text = _seed_text()
    for role in fonts_or_skip.roles():
        font = fonts_or_skip[role]
        metrics = load_metrics(font.path, font.index)
        expected = {ch for ch in text if not metrics.covers(ch)}
        assert metrics.lacking(text) == expected, role
        assert metrics.lacking(set(text)) == expected, role
    assert load_metrics(None).lacking(text) == set()  # the CID fallback claims everything


def test_widths_are_reportlabs_in_em(fonts_or_skip):
    body = fonts_or_skip[load_profile().body.role]
    metrics = load_metrics(body.path, body.index)
    font = pdfmetrics.getFont(metrics.name)
    for ch in set(_seed_text()):
        units = font.face.charWidths.get(ord(ch), font.face.defaultWidth)
        assert metrics.advance(ch) == units / 1000.0, ch
    assert metrics.advance("\U0010fffd") == metrics.default_width

