"""The cleaner: raw extracted lines → a ``Document`` of articles, as an ordered list of named rules.

Pipeline (each step small functions in this package; every name in ``RULE_NAMES`` can be
switched off per source, manifest ``clean: {merge_titles: false}``):

0. (with ``unwrap``) two-column ``pdftotext -layout`` pages split at the gutter (``columns``)
1. ``web_boilerplate``  drop 责任编辑/【纠错】/分享到/扫一扫/打印 lines (``furniture``)
2. ``strip_furniture``  page numbers (26, — 3 —, 第3页, 3/20, a footer carrying the number) and
                        running heads/footers (``furniture``)
3. ``collapse_spaced_headings``  ``1.1 研`` / ``究`` / ``背`` / ``景`` → ``1.1 研究背景`` (``spaced``)
4. ``footnotes``        page-bottom ①②③ bodies out of the flow, attached to their markers (``notes``)
5. ``captions``         photo credits (…新华社记者 姚大伟/摄) and 图1-1 titles out of the flow (``notes``)
6. ``unwrap``           lines → blocks from combined evidence: measure, final punctuation,
                        indents, blank-line pattern, page breaks (``lines``, ``paragraphs``)
7. ``headings``         short unpunctuated lines and numbered shapes → headings (``blocks``)
8. ``normalise``        punctuation width, CJK–digit spaces, ……/—— (``normalise``)
9. ``split_articles``   材料 N, title + 来源 runs → several articles (``articles``)
10. ``merge_titles``    wrapped title lines joined; 第1章 + its title one heading (``articles``)
11. ``bold_leadins``    「第一，…。」 at a paragraph start → bold (``inlines``)
12. ``bold_sibling_headings`` (off by default) a one-line all-bold paragraph shaped like the
                        article's headings (``**★…**`` among ``### ★…``) → heading (``blocks``)

Reader hints on ``RawLine`` are used when present: ``para_start`` (True starts a block —
checked against ``x0``/``size``/``y`` when the line before stops mid-sentence, since a ragged
right edge is no paragraph end —, False continues one unless a heading shape follows a
finished sentence), ``role`` (title/heading/footnote/caption), ``page`` (page breaks);
Markdown markup in lines (``# ``, ``**``, ``> ``) is understood, and when a file without
geometry (Markdown, DOCX, HTML) has Markdown headings they are trusted instead of guessing
headings from shapes.

``tests/clean/robust_cases.py`` re-typesets the gold documents as PDFs and damaged text and
scores every extraction family (run it as a script for the table).

``CLEANER_VERSION`` is part of the build cache key: bump it whenever output may change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

from booklet.clean import columns, furniture, notes, spaced
from booklet.clean.articles import (Draft, fold_empty, merge_captions, merge_chapter_headings,
                                    merge_wrapped_headings, promote_titles, split_articles)
from booklet.clean.blocks import classify, promote_bold_siblings
from booklet.clean.build import build_article, notes_for
from booklet.clean.lines import Line, to_lines
from booklet.clean.normalise import normalise_texts
from booklet.clean.paragraphs import Layout, group_lines, study_layout
from booklet.errors import InputError
from booklet.i18n import _
from booklet.model import Document
from booklet.rawlines import RawLine
from booklet.report import Report

CLEANER_VERSION = "1.3.0"
RULE_NAMES: tuple[str, ...] = (
    "web_boilerplate", "strip_furniture", "collapse_spaced_headings", "footnotes", "captions",
    "unwrap", "headings", "normalise", "split_articles", "merge_titles", "bold_leadins",
    "bold_sibling_headings",
)
# Off unless a source asks for it: the dev gold keeps an author's bold ★ paragraphs as paragraphs.
OFF_BY_DEFAULT: frozenset[str] = frozenset({"bold_sibling_headings"})


def resolve_rules(rules: Mapping[str, bool] | None) -> dict[str, bool]:
    """All rule switches, defaults on; an unknown name is an ``InputError`` listing the known ones."""
    chosen = {name: name not in OFF_BY_DEFAULT for name in RULE_NAMES}
    for name, value in (rules or {}).items():
        if name not in chosen:
            raise InputError(_("unknown cleaning rule '{name}' (known: {known})").format(
                name=name, known=", ".join(RULE_NAMES)), key="clean")
        chosen[name] = bool(value)
    return chosen


def clean_lines(lines: Sequence[RawLine], report: Report, *, rules: Mapping[str, bool] | None = None,
                source: Path | None = None) -> Document:
    """Clean raw lines into a document; removals and changes go to ``report``."""
    on = resolve_rules(rules)
    work = _line_rules(to_lines(columns.split_columns(lines) if on["unwrap"] else lines), report, on)
    work, side_notes = notes.extract_footnotes(work) if on["footnotes"] else (work, [])
    layout = study_layout(work)
    if on["captions"]:
        notes.mark_captions(work, separated=not layout.wrapped)
    if not on["unwrap"]:
        layout = Layout(layout.measure, False, False, False)
        for line in work:
            line.blanks_before = max(1, line.blanks_before)
    # Markdown headings given (Markdown, DOCX, HTML): trust them.  A PDF reader marks only the
    # headings its font sizes show, so shapes (1.1 研究背景) are still read there.
    marked_up = any(line.md_level for line in work) and not any(ln.raw.x0 is not None for ln in work[:40])
    shape = layout if on["headings"] and not marked_up else Layout(-1.0, False, False, False)
    blocks = merge_captions(classify(group_lines(work, layout), shape))
    if on["bold_sibling_headings"]:
        promote_bold_siblings(blocks)
    if on["normalise"]:
        texts = normalise_texts([(b.text, b.starts or ((0, b.first),)) for b in blocks]
                                + [(n.text, ((0, n.first),)) for n in side_notes], report)
        for blk, text in zip(blocks, texts):
            blk.text = text
        side_notes = [notes.SideNote(n.label, text, n.first, n.last)
                      for n, text in zip(side_notes, texts[len(blocks):])]
    if on["headings"] and not marked_up:
        promote_titles(blocks)
    if on["merge_titles"]:
        blocks = merge_wrapped_headings(merge_chapter_headings(blocks))
    drafts = split_articles(blocks, merge_titles=on["merge_titles"], by_shape=on["split_articles"])
    drafts = fold_empty(drafts) or [Draft()]
    per_article = notes_for(drafts, side_notes)
    return Document(tuple(build_article(d, n, source, on["bold_leadins"])
                          for d, n in zip(drafts, per_article)))


def _line_rules(work: list[Line], report: Report, on: Mapping[str, bool]) -> list[Line]:
    if on["web_boilerplate"]:
        work = furniture.strip_web_boilerplate(work, report)
    furniture.mark_page_starts(work)
    if on["strip_furniture"]:
        work = furniture.strip_page_numbers(work, report)
        work = furniture.strip_running_heads(work, report)
    if on["collapse_spaced_headings"]:
        work = spaced.collapse_spaced_headings(work, report)
    return work
