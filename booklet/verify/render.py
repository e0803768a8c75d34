"""Showing a ``VerifyReport``: a terminal report (rich), Markdown, HTML (jinja2), JSON.

All four are grouped the same way: counts first, then the repeated texts
with their differences, then the quotations article by article.
"""

from __future__ import annotations

import io
import json
from itertools import groupby
from pathlib import Path
from typing import Callable

import jinja2

from booklet.i18n import N_, _
from booklet.verify.report import Difference, QuoteCheck, VerifyReport

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("text", "md", "html", "json")
VERDICT_WORDS = {"exact": N_("exact"), "differs": N_("differs"), "not_found": N_("not found")}
_STYLE = {"exact": "green", "differs": "yellow", "not_found": "red"}
_MARK = {"exact": "✓", "differs": "≠", "not_found": "✗"}


def by_article(report: VerifyReport) -> list[tuple[str, list[QuoteCheck]]]:
    """Quotations grouped by the article they are in, in reading order."""
    def heading(q: QuoteCheck) -> str:
        ref = q.article
        return f"{ref.describe()} — {ref.label}"
    return [(title, list(items)) for title, items in groupby(report.quotations, key=heading)]


def counts_line(report: VerifyReport) -> str:
    """The summary line plus the texts compared."""
    return (f"{report.summary_line()}; {len(report.same_texts)} repeated text(s); "
            f"{report.articles} article(s), {report.references} reference text(s)")


# ------------------------------------------------------------------ text ---


def render_text(report: VerifyReport, *, color: bool = False) -> str:
    """The terminal report; ``color`` for a terminal, plain for a file."""
    from rich.console import Console
    from rich.markup import escape

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, highlight=False,
                      soft_wrap=True, width=120)
    console.print(_markup("bold", escape(counts_line(report))))
    if report.same_texts:
        console.print("\n" + _markup("bold", escape(_("Repeated texts"))))
    for same in report.same_texts:
        console.print(f"  {escape(same.warning())}")
        for diff in same.differences:
            _print_difference(console, diff, escape)
    for title, items in by_article(report):
        console.print("\n" + _markup("bold", escape(title)))
        for q in items:
            style = _STYLE[q.verdict]
            where = _("line {line}").format(line=q.article.line or "?")
            console.print("  " + _markup(style, f"{_MARK[q.verdict]} {_(VERDICT_WORDS[q.verdict])}")
                          + f" {where}「{escape(_clip(q.quotation))}」")
            if q.attribution:
                console.print(f"      {escape(q.attribution)}")
            console.print(f"      {escape(q.summary())}")
            for diff in q.differences:
                _print_difference(console, diff, escape)
    return buffer.getvalue()


def _markup(style: str, text: str) -> str:
    """``text`` in a rich ``style`` (the markup tags are no message)."""
    return f"[{style}]{text}[/{style}]"


def _print_difference(console, diff: Difference, escape: Callable[[str], str]) -> None:
    console.print("      " + _markup("yellow", escape(diff.describe())))
    if diff.suggestion():
        console.print(f"        → {escape(diff.suggestion() or '')}")


QUOTE_PREVIEW_CHARS = 40  # a quotation is recognised by its opening words


def _clip(text: str) -> str:
    return text if len(text) <= QUOTE_PREVIEW_CHARS else text[:QUOTE_PREVIEW_CHARS] + "…"


# -------------------------------------------------------------- markdown ---


def _md(text: str) -> str:
    """Text safe inside Markdown: markup characters escaped (text stays text)."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def render_markdown(report: VerifyReport) -> str:
    """The report as Markdown (for a review or an issue tracker)."""
    out = ["# booklet verify", "", _md(counts_line(report)), ""]
    if report.same_texts:
        out += ["## Repeated texts", ""]
    for same in report.same_texts:
        out.append(f"- {_md(same.warning())}")
        out += [f"  - {_md(d.describe())}" + (f" — {_md(d.suggestion() or '')}" if d.better else "")
                for d in same.differences]
    for title, items in by_article(report):
        out += ["", f"## {_md(title)}", ""]
        for q in items:
            out.append(f"- **{_(VERDICT_WORDS[q.verdict])}** (line {q.article.line or '?'}) "
                       f"「{_md(_clip(q.quotation))}」 — {_md(q.summary())}")
            if q.attribution:
                out.append(f"  - {_md(q.attribution)}")
            out += [f"  - {_md(d.describe())}" for d in q.differences]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ html ---


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def render_html(report: VerifyReport, title: str = "") -> str:
    """A self-contained HTML page (inline CSS, nothing fetched) a proofreader can print."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, title=title, counts=counts_line(report),
                           groups=by_article(report),
                           verdict_words={key: _(word) for key, word in VERDICT_WORDS.items()})


def render_json(report: VerifyReport) -> str:
    """The report for tools: stable keys, Chinese kept readable."""
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def render(report: VerifyReport, fmt: str, *, color: bool = False, title: str = "") -> str:
    """The report in ``fmt`` (one of ``FORMATS``)."""
    if fmt == "text":
        return render_text(report, color=color)
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report, title)
    return render_json(report)
