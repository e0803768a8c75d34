"""The cleaning rules, in the order they run.  This table *is* the order.

Each row names a rule, its stage, whether it is on by default, the function, and one line
saying what it does (``booklet clean --rules`` prints them; the README lists the same).
A rule of a stage takes that stage's data and a ``Log`` for its report entries, and returns
the new data; it never changes what it was given.  Stages (``booklet.clean.stages``):

- ``raw``: the reader's lines (``list[RawLine]``);
- ``lines``: ``Lines`` — working lines with their evidence, notes cut out of the flow;
- ``blocks``: ``Blocks`` — lines grouped and joined into typed blocks;
- ``articles``: ``Articles`` — blocks cut into article drafts.

To add a rule: write the function (in the module of its topic), add a row here at the
place it must run, and a test that runs it alone.  Every rule can be switched off per
source (manifest ``clean: {name: false}``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from booklet.clean import (articles, brackets, captions, cells, clauses, columns, flow, furniture, headings, headlines, inlines,
                           normalise, notes, order, runs, separators, spaced, titles, unwrap)
from booklet.clean.stages import over_lines
from booklet.i18n import N_
from booklet.report import Log

STAGES = ("raw", "lines", "blocks", "articles")


@dataclass(frozen=True, slots=True)
class Rule:
    """One cleaning rule: its name (the manifest switch), stage, function and description."""

    name: str
    stage: str
    apply: Callable[[Any, Log], Any]
    summary: str          # marked for translation: shown with ``_(rule.summary)``
    default: bool = True


RULES: tuple[Rule, ...] = (
    Rule("columns", "raw", columns.split_columns,
         N_("two-column pages of `pdftotext -layout` text read column by column")),
    Rule("separators", "lines", over_lines(separators.mark_separators),
         N_("a line that is only `* * *`, `---` or `＊＊＊` becomes a section break")),
    Rule("web_boilerplate", "lines", over_lines(furniture.strip_web_boilerplate),
         N_("web-page furniture dropped: 责任编辑, 【纠错】, 分享到, 扫一扫, 打印/关闭窗口, 上一篇")),
    Rule("page_starts", "lines", over_lines(furniture.mark_page_starts),
         N_("page starts marked from the reader's pages and a lone leading space")),
    Rule("table_cells", "lines", over_lines(cells.cell_rows),
         N_("a table pdftotext wrote a cell a line (`主城区` / `172` / `2036`) read back as its rows, never headings")),
    Rule("clause_numbers", "lines", over_lines(clauses.join_leads),
         N_("a clause number, a dated entry's date or an agenda's time alone (`4.1` / `选址`) joined to its text")),
    Rule("rejoin_runs", "lines", over_lines(runs.rejoin_runs),
         N_("pieces extractors cut off printed lines rejoined: pypdf's font runs, PDFium's characters set apart")),
    Rule("strip_furniture", "lines", over_lines(furniture.strip_furniture),
         N_("page numbers where pages end (26, — 3 —, 第3页) and heads repeating at page tops or feet dropped")),
    Rule("column_flow", "lines", over_lines(flow.column_flow),
         N_("columns an extractor interleaved row by row (pdfplumber: rows merged or taking turns) read in order")),
    Rule("collapse_spaced_headings", "lines", over_lines(spaced.collapse_spaced_headings),
         N_("spread-out headings collapsed: `1.1 研` / `究` / `背` / `景` → `1.1 研究背景`")),
    Rule("footnotes", "lines", notes.extract_footnotes,
         N_("page-bottom notes (①, [1]) taken out of the text flow, to be attached to their markers")),
    Rule("order_blocks", "lines", over_lines(order.order_blocks),
         N_("column-page blocks an extractor wrote out of turn read in order: open lines go on, lists count up")),
    Rule("band_units", "lines", over_lines(furniture.band_units),
         N_("the unit printed once over a dealt page's column (the first page's band) dropped after the columns")),
    Rule("captions", "lines", captions.mark_captions,
         N_("photo credits (…/摄) and figure titles (图1-1 …) kept out of the paragraph they interrupt")),
    Rule("spread_lines", "lines", over_lines(spaced.close_spread_lines),
         N_("gaps an extractor read as spaces in a spread-out line closed: `终 于 忍不住` → `终于忍不住`")),
    Rule("unwrap", "lines", unwrap.unwrap,
         N_("hard-wrapped lines joined into paragraphs (measure, punctuation, indents, page breaks)")),
    Rule("bracket_rests", "blocks", brackets.join_bracket_rests,
         N_("a block closing a bracket the block above left open joined to it: （…人民代表大 / 会…通过）")),
    Rule("block_shapes", "blocks", headings.classify_shapes,
         N_("材料 N / 【…】 labels, 来源 lines, ※ notes and ——attributions recognised by shape")),
    Rule("headings", "blocks", headings.guess_headings,
         N_("short unpunctuated blocks or numbered questions in no other role become headings; levels by 一、（一）1.1")),
    Rule("letter_shapes", "blocks", headings.letter_shapes,
         N_("a letter's title after its 发文字号 or before its salutation; issuer over date is no heading")),
    Rule("merge_captions", "blocks", captions.merge_captions,
         N_("a paragraph interrupted by a caption joined up again, the caption after it")),
    Rule("bold_sibling_headings", "blocks", headings.promote_bold_siblings,
         N_("a lone bold line shaped like its article's headings (**★…** among ### ★…) becomes one"),
         default=False),
    Rule("normalise", "blocks", normalise.normalise_stage,
         N_("punctuation width, CJK–digit spaces, ……/—— normalised; wording never touched")),
    Rule("source_titles", "blocks", titles.source_titles,
         N_("a long unpunctuated block right before a 来源 line is a title")),
    Rule("merge_titles", "blocks", titles.merge_titles,
         N_("第1章 + its title one heading; a title wrapped over two heading lines one heading")),
    Rule("split_articles", "blocks", headlines.split_articles,
         N_("a run of headings before a byline, a 来源 line or a —— subtitle starts a new article")),
    Rule("headlines", "blocks", headlines.headlines,
         N_("each article's kicker, title lines, —— subtitle, byline and 来源 line read as its headline")),
    Rule("fold_empty", "articles", articles.fold_empty,
         N_("an article with nothing but a title becomes a heading of its neighbour")),
    Rule("closing_lines", "articles", articles.closing_lines,
         N_("a guessed heading that ends the text, with nothing under it, read as a paragraph")),
    Rule("bold_leadins", "articles", inlines.bold_leadins,
         N_("「第一，…。」 at a paragraph start set bold")),
)

RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in RULES)
