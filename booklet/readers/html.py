"""HTML reader: saved news pages (新华网, 人民网 …) → typed lines.

Parsed with BeautifulSoup over the stdlib ``html.parser``.  The main text is the
``<p>``/``<h1>``–``<h6>`` blocks outside navigation, scripts, styles, share bars and
footers.  ``<h1>`` is a title and ``<h2>``… headings (role and level); ``<strong>``/``<b>``,
``<em>``/``<i>`` and ``<sup>`` become styled runs; a block inside ``<blockquote>`` is a
quote and a ``<figcaption>`` a caption.  Text stays literal: ``**`` or ``# `` in a
paragraph are characters.  Boilerplate lines (责任编辑, 【纠错】, 分享到 …) are left to
the cleaner's ``web_boilerplate`` rule.  ``lineno`` is a running 1-based index over the
text blocks found.
"""

from __future__ import annotations

import re
from pathlib import Path

from booklet.errors import BuildError, InputError
from booklet.i18n import _
from booklet.rawlines import RawLine, Role, Run, plain_runs
from booklet.readers import Extracted
from booklet.report import Report
from booklet.shapes import DATE_THEN_SOURCE_RE

__all__ = ["html_lines", "read_html"]

SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
             "button", "iframe", "svg", "select", "template", "head"}
SKIP_CLASS = re.compile(r"share|nav|menu|footer|breadcrumb|comment|sidebar|related|copyright"
                        r"|advert|\bad\b|toolbar|qrcode|erweima|^header$|site-?header|top-?bar|logo", re.I)
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "td")
SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_STYLE = {"strong": "bold", "b": "bold", "em": "italic", "i": "italic", "sup": "sup"}
_BREAK = Run("\n")


def _soup(path: Path):
    try:
        from bs4 import BeautifulSoup
    except ImportError as exc:   # the lead lists beautifulsoup4 as a dependency
        raise BuildError(_("reading .html sources needs the beautifulsoup4 package "
                           "(pip install beautifulsoup4)"), path=path) from exc
    data = path.read_bytes()
    try:
        return BeautifulSoup(data, "html.parser")
    except (ValueError, AssertionError) as exc:
        raise InputError(_("not a readable HTML file (--verbose shows the details)"),
                         path=path) from exc


def _skipped(tag) -> bool:
    """Inside a navigation/script/share element (by tag, class or id)?"""
    for node in [tag, *tag.parents]:
        if node.name in SKIP_TAGS:
            return True
        attrs = getattr(node, "attrs", None) or {}
        names = [*attrs.get("class", []), str(attrs.get("id", ""))]
        if any(name and SKIP_CLASS.search(name) for name in names):
            return True
    return False


def _runs(tag, style: frozenset[str] = frozenset()) -> list[Run]:
    """The block's text as styled runs, ``<br>`` as a ``"\\n"`` run."""
    from bs4 import NavigableString, Tag

    out: list[Run] = []
    for node in tag.children:
        if isinstance(node, NavigableString):
            if type(node).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                continue
            text = SPACES.sub(" ", str(node))
            if text:
                out.append(Run(text, "bold" in style, "italic" in style, "sup" in style))
        elif isinstance(node, Tag):
            if node.name in SKIP_TAGS:
                continue
            if node.name == "br":
                out.append(_BREAK)
            else:
                out += _runs(node, style | {_STYLE[node.name]} if node.name in _STYLE else style)
    return out


def _lines_of(runs: list[Run]) -> list[list[Run]]:
    """Runs split at ``<br>``, each line's white space collapsed and trimmed."""
    lines: list[list[Run]] = [[]]
    for run in runs:
        if run is _BREAK:
            lines.append([])
        else:
            lines[-1].append(run)
    return [_trim(line) for line in lines]


def _trim(runs: list[Run]) -> list[Run]:
    """Runs with white space collapsed across their joins and trimmed at both ends."""
    out: list[Run] = []
    for run in runs:
        text = run.text
        if out and out[-1].text.endswith(" ") and text.startswith(" "):
            text = text[1:]
        if not out:
            text = text.lstrip()
        if text:
            out.append(Run(text, run.bold, run.italic, run.sup))
    while out and out[-1].text != out[-1].text.rstrip():
        last = out.pop()
        if last.text.rstrip():
            out.append(Run(last.text.rstrip(), last.bold, last.italic, last.sup))
            break
    return out


def _blocks(soup):
    """Innermost text blocks in document order, skipping furniture subtrees."""
    root = soup.body or soup
    for tag in root.find_all(BLOCK_TAGS):
        if tag.find(BLOCK_TAGS) is not None or _skipped(tag):
            continue
        yield tag


def _split_meta(runs: list[Run]) -> list[list[Run]]:
    """「2026-04-30 18:05:12　来源：新华社」 → the date and the 来源 line, each its own line."""
    text = "".join(r.text for r in runs)
    m = DATE_THEN_SOURCE_RE.match(text)
    if not m:
        return [runs]
    return [[Run(m.group(1).strip())], [Run(m.group(2).strip())]]


def _role(tag) -> tuple[Role | None, int | None]:
    if tag.name[0] == "h" and tag.name[1:].isdigit():
        n = int(tag.name[1])
        return (Role.TITLE, None) if n == 1 else (Role.HEADING, n - 1)
    if tag.name == "figcaption":
        return Role.CAPTION, None
    if tag.name == "blockquote" or tag.find_parent("blockquote") is not None:
        return Role.QUOTE, None
    return None, None


def html_lines(path: Path) -> list[RawLine]:
    """Main-text blocks of the page as typed lines."""
    soup = _soup(path)
    lines: list[RawLine] = []
    for tag in _blocks(soup):
        role, level = _role(tag)
        pieces = [q for p in _lines_of(_runs(tag)) if p for q in _split_meta(p)]
        for i, runs in enumerate(pieces):
            text = "".join(r.text for r in runs)
            styled = () if plain_runs(tuple(runs)) or role in (Role.TITLE, Role.HEADING) else tuple(runs)
            start = True if role in (Role.TITLE, Role.HEADING) else (i == 0 or None)
            lines.append(RawLine(text, len(lines) + 1, role=role, level=level, para_start=start,
                                 runs=styled))
    if not lines:
        raise InputError(_("no main text found in the HTML page (no <p> or heading blocks)"),
                         path=path)
    return lines


def read_html(path: Path) -> Extracted:
    """Read a saved web page into typed lines."""
    return Extracted(html_lines(path), Report())
