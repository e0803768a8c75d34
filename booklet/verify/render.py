"""Showing a ``VerifyReport``: a terminal report (rich), Markdown, HTML (jinja2), JSON.

All four are grouped the same way: counts first, then the repeated texts
with their differences, then the quotations article by article.  The
wording follows the interface language (``booklet.i18n``), the HTML
template's included (its ``_()`` calls are in the catalog); JSON is data,
the same in every language.
"""

from __future__ import annotations

import io
import json
from itertools import groupby
from pathlib import Path

import jinja2

from booklet.i18n import N_, _, current_language, ngettext
from booklet.verify.report import Difference, QuoteCheck, VerifyReport

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMATS = ("text", "md", "html", "json")
VERDICT_WORDS = {"exact": N_("exact"), "differs": N_("differs"), "not_found": N_("not found")}
QUOTE_KIND_WORDS = {"block": N_("quotation block"), "compilation": N_("compilation item"),
                    "inline": N_("inline quotation")}
HTML_LANG = {"zh": "zh-CN", "en": "en"}  # the page's ``lang``: fonts and line breaking follow it
_STYLE = {"exact": "green", "differs": "yellow", "not_found": "red"}
_MARK = {"exact": "✓", "differs": "≠", "not_found": "✗"}


def verdict_words(verdict: str) -> str:
    """「exact」, 「differs」, 「not found」 in the interface language."""
    return _(VERDICT_WORDS[verdict])


def quote_kind_words(kind: str) -> str:
    """What kind of quotation it is, in the interface language."""
    return _(QUOTE_KIND_WORDS[kind])


def line_words(line: int | None) -> str:
    """「line 12」 (「line ?」 when unknown)."""
    return _("line {number}").format(number=line or "?")


def report_title(title: str = "") -> str:
    """The report's heading: 「booklet verify」, with the project's name when given."""
    if not title:
        return _("booklet verify")
    return _("booklet verify: {project}").format(project=title)


def by_article(report: VerifyReport) -> list[tuple[str, list[QuoteCheck]]]:
    """Quotations grouped by the article they are in, in reading order."""
    def heading(q: QuoteCheck) -> str:
        ref = q.article
        return f"{ref.describe()} — {ref.label}"
    return [(title, list(items)) for title, items in groupby(report.quotations, key=heading)]


def counts_line(report: VerifyReport) -> str:
    """The summary line plus the texts compared."""
    repeated, articles = len(report.same_texts), report.articles
    return _("{summary}; {repeated}; {articles}, {references}").format(
        summary=report.summary_line(),
        repeated=ngettext("{count} repeated text", "{count} repeated texts",
                          repeated).format(count=repeated),
        articles=ngettext("{count} article", "{count} articles", articles).format(count=articles),
        references=ngettext("{count} reference text", "{count} reference texts",
                            report.references).format(count=report.references))


# ------------------------------------------------------------------ text ---


def render_text(report: VerifyReport, *, color: bool = False) -> str:
    """The terminal report; ``color`` for a terminal, plain for a file.

    Text from the sources is handed to rich as ``Text`` (never as markup), so a
    ``[`` in a quotation is printed as it is.
    """
    from rich.console import Console
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, highlight=False,
                      soft_wrap=True, width=120)
    console.print(Text(counts_line(report), style="bold"))
    if report.same_texts:
        console.print(Text("\n" + _("Repeated texts"), style="bold"))
    for same in report.same_texts:
        console.print(Text("  " + same.warning()))
        for diff in same.differences:
            _print_difference(console, diff)
    for title, items in by_article(report):
        console.print(Text("\n" + title, style="bold"))
        for q in items:
            console.print(Text.assemble(
                "  ", (f"{_MARK[q.verdict]} {verdict_words(q.verdict)}", _STYLE[q.verdict]),
                f" {line_words(q.article.line)}「{_clip(q.quotation)}」"))
            if q.attribution:
                console.print(Text("      " + q.attribution))
            console.print(Text("      " + q.summary()))
            for diff in q.differences:
                _print_difference(console, diff)
    return buffer.getvalue()


def _print_difference(console, diff: Difference) -> None:
    from rich.text import Text

    console.print(Text("      " + diff.describe(), style="yellow"))
    suggestion = diff.suggestion()
    if suggestion:
        console.print(Text("        → " + suggestion))


QUOTE_PREVIEW_CHARS = 40  # a quotation is recognised by its opening words


def _clip(text: str) -> str:
    return text if len(text) <= QUOTE_PREVIEW_CHARS else text[:QUOTE_PREVIEW_CHARS] + "…"


# -------------------------------------------------------------- markdown ---


def _md(text: str) -> str:
    """Text safe inside Markdown: markup characters escaped (text stays text)."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def render_markdown(report: VerifyReport) -> str:
    """The report as Markdown (for a review or an issue tracker)."""
    out = [f"# {_md(report_title())}", "", _md(counts_line(report)), ""]
    if report.same_texts:
        out += [f"## {_md(_('Repeated texts'))}", ""]
    for same in report.same_texts:
        out.append(f"- {_md(same.warning())}")
        out += [f"  - {_md(d.describe())}" + (f" — {_md(d.suggestion() or '')}" if d.better else "")
                for d in same.differences]
    for heading, items in by_article(report):
        out += ["", f"## {_md(heading)}", ""]
        for q in items:
            out.append(f"- **{_md(verdict_words(q.verdict))}** ({_md(line_words(q.article.line))}) "
                       f"「{_md(_clip(q.quotation))}」 — {_md(q.summary())}")
            if q.attribution:
                out.append(f"  - {_md(q.attribution)}")
            out += [f"  - {_md(d.describe())}" for d in q.differences]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ html ---


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(_, ngettext, newstyle=False)  # type: ignore[attr-defined]
    return env


def render_html(report: VerifyReport, title: str = "") -> str:
    """A self-contained HTML page (inline CSS, nothing fetched) a proofreader can print,
    headed by ``title`` (default: the booklet's)."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, title=report_title(title or report.title),
                           counts=counts_line(report),
                           groups=by_article(report), verdict_words=verdict_words,
                           quote_kind_words=quote_kind_words, line_words=line_words,
                           lang=HTML_LANG[current_language()])


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
