"""Final step: bold markup, footnotes/captions moved out of the running text, RawLines.

A caption printed in the middle of a paragraph (image between two halves) is
held back until the next line that surely starts a block, so the two halves
of the paragraph stay adjacent and can be rejoined.  Footnotes are held until
the next title or heading (or the end): the cleaner collects a run of footnote
bodies up to a heading, and this keeps them inside their article.
Lines keep their original ``lineno`` when moved.  A title or heading wrapped
over several lines becomes one line, marked up ``# ``/``## `` like the DOCX and
HTML readers do.
"""

from __future__ import annotations

from dataclasses import replace

from booklet.rawlines import RawLine
from booklet.readers.pdf.blocks import FLOW_ASIDE
from booklet.readers.pdf.geometry import Geometry
from booklet.readers.pdf.rows import PLine


def _wrap(text: str, open_: bool, close: bool) -> str:
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()):]
    return lead + ("**" if open_ else "") + core + ("**" if close else "") + tail


def markup(lines: list[PLine], roles: list[tuple[str | None, int | None]],
           para: list[bool | None], geo: Geometry) -> list[str]:
    """Line texts with ``**bold**`` runs; a run wrapped onto the next line is not closed and reopened."""
    runs_of = [geo.bold_runs(ln) for ln in lines]
    plain = [roles[i][0] in ("title", "heading") or not any(b for _, b in runs_of[i])
             for i in range(len(lines))]
    texts: list[str] = []
    for i, line in enumerate(lines):
        if plain[i]:
            texts.append(line.text.strip())
            continue
        runs = runs_of[i]
        joins_prev = (i > 0 and not plain[i - 1] and para[i] is not True and roles[i][0] is None
                      and runs_of[i - 1][-1][1] and runs[0][1])
        joins_next = (i + 1 < len(lines) and not plain[i + 1] and para[i + 1] is not True
                      and roles[i + 1][0] is None and runs[-1][1] and runs_of[i + 1][0][1])
        parts = []
        for k, (text, bold) in enumerate(runs):
            if bold:
                text = _wrap(text, not (k == 0 and joins_prev), not (k == len(runs) - 1 and joins_next))
            parts.append(text)
        texts.append("".join(parts).strip())
    return texts


def _raw(line: PLine, text: str, role, level, start, geo: Geometry) -> RawLine:
    left, right = geo.block(line)
    return RawLine(text=text, lineno=line.lineno, page=line.page, x0=round(line.x0 - left, 2),
                   x1=round(line.x1 - left, 2), y=round(line.top, 2), size=line.size,
                   bold=geo.all_bold(line), page_width=round(right - left, 2),
                   para_start=start, role=role, level=level)


def emit(lines: list[PLine], texts: list[str], roles: list[tuple[str | None, int | None]],
         para: list[bool | None], geo: Geometry) -> list[RawLine]:
    """RawLines in reading order, captions and footnotes moved out of the running text."""
    out: list[RawLine] = []
    held: list[RawLine] = []
    notes: list[RawLine] = []
    for line, text, (role, level), start in zip(lines, texts, roles, para):
        raw = _raw(line, text, role, level, start, geo)
        if role in ("title", "heading") and start is False and out and out[-1].role == role:
            out[-1] = replace(out[-1], text=join_text(out[-1].text, text))
            continue
        if role == "footnote":
            notes.append(raw)
            continue
        if role in FLOW_ASIDE:
            held.append(raw)
            continue
        if start is True and held:
            out += held
            held = []
        if role in ("title", "heading") and notes:
            out += notes
            notes = []
        out.append(raw)
    return [_heading_markup(raw) for raw in out + held + notes]


def join_text(left: str, right: str) -> str:
    """Join a wrapped line: no space between CJK, one between Latin words."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return left + " " + right
    return left + right


def _heading_markup(raw: RawLine) -> RawLine:
    """``# `` for a title, one more ``#`` per heading level, as the cleaner reads Markdown."""
    if raw.role == "title":
        return replace(raw, text="# " + raw.text)
    if raw.role == "heading":
        return replace(raw, text="#" * ((raw.level or 1) + 1) + " " + raw.text)
    return raw
