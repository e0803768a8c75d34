"""HTML reader: saved news pages (新华网, 人民网 …) → hinted RawLines.

Parsed with BeautifulSoup over the stdlib ``html.parser``.  The main text is
the ``<p>``/``<h1>``–``<h6>`` blocks outside navigation, scripts, styles,
share bars and footers; ``<strong>``/``<b>`` become ``**…**``, headings ``# ``.
Boilerplate lines (责任编辑, 【纠错】, 分享到, 扫一扫 …) are dropped and reported
with rule ``html_boilerplate``; 来源 and date lines stay as text so the cleaner
turns them into metadata.  ``lineno`` is a running 1-based index over the
text blocks found, dropped ones included.
"""

from __future__ import annotations

import re
from pathlib import Path

from booklet.errors import BuildError, InputError
from booklet.i18n import _
from booklet.rawlines import RawLine
from booklet.readers import ReadOptions, ReadResult
from booklet.report import Report

__all__ = ["html_lines", "read_html"]

SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
             "button", "iframe", "svg", "select", "template", "head"}
SKIP_CLASS = re.compile(r"share|nav|menu|footer|breadcrumb|comment|sidebar|related|copyright"
                        r"|advert|\bad\b|toolbar|qrcode|erweima|^header$|site-?header|top-?bar|logo", re.I)
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "td")
BOILERPLATE = re.compile(
    r"^\s*(?:【\s*纠错\s*】.*|\[\s*纠错\s*\].*|[(（]?\s*责任编辑\s*[:：].*|[(（]?\s*编辑\s*[:：].{0,20}"
    r"|分享到\s*[:：]?.*|扫一扫.*|打印(?:本页)?|关闭(?:窗口)?|字号\s*[:：].*|【\s*(?:打印|关闭)\s*】.*"
    r"|返回顶部|上一篇.*|下一篇.*|相关(?:新闻|阅读|链接)\s*[:：]?)\s*$")
DATE_THEN_SOURCE = re.compile(r"^(.*?\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?[\d:\s]*?)[\s\u3000|｜]+"
                              r"(来源\s*[:：].*)$")
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


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


def _inline_text(tag) -> str:
    """Text of a block with ``**`` around bold stretches and line breaks as ``\\n``."""
    from bs4 import NavigableString, Tag

    parts: list[str] = []
    for node in tag.children:
        if isinstance(node, NavigableString):
            if type(node).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                continue
            parts.append(SPACES.sub(" ", str(node).replace("\n", " ")))
        elif isinstance(node, Tag):
            if node.name in SKIP_TAGS:
                continue
            if node.name == "br":
                parts.append("\n")
            elif node.name in ("strong", "b"):
                inner = _inline_text(node).strip()
                parts.append(f"**{inner}**" if inner and "**" not in inner else inner)
            else:
                parts.append(_inline_text(node))
    return "".join(parts)


def _blocks(soup):
    """Innermost text blocks in document order, skipping furniture subtrees."""
    root = soup.body or soup
    for tag in root.find_all(BLOCK_TAGS):
        if tag.find(BLOCK_TAGS) is not None or _skipped(tag):
            continue
        yield tag


def _split_meta(text: str) -> list[str]:
    """「2026-04-30 18:05:12　来源：新华社」 → the date and the 来源 line, each its own line."""
    m = DATE_THEN_SOURCE.match(text)
    return [m.group(1).strip(), m.group(2).strip()] if m else [text]


def html_lines(path: Path, report: Report) -> list[RawLine]:
    """Main-text blocks of the page as RawLines; boilerplate goes to ``report``."""
    soup = _soup(path)
    lines: list[RawLine] = []
    lineno = 0
    for tag in _blocks(soup):
        heading = tag.name[0] == "h" and tag.name[1:].isdigit()
        pieces = [SPACES.sub(" ", s).strip() for s in _inline_text(tag).split("\n")]
        pieces = [q for p in pieces if p and p != "****" for q in _split_meta(p)]
        for i, piece in enumerate(pieces):
            lineno += 1
            if BOILERPLATE.match(piece.replace("**", "")):
                report.removed(lineno, piece, "html_boilerplate")
                continue
            if heading:
                n = int(tag.name[1])
                text = piece.replace("**", "")
                lines.append(RawLine("#" * n + " " + text, lineno, para_start=True,
                                     role="title" if n == 1 else "heading",
                                     level=None if n == 1 else n - 1))
            else:
                lines.append(RawLine(piece, lineno, para_start=i == 0 or None,
                                     bold=piece.startswith("**") and piece.endswith("**"),
                                     role="caption" if tag.name == "figcaption" else None))
    if not lines:
        raise InputError(_("no main text found in the HTML page (no <p> or heading blocks)"),
                         path=path)
    return lines


def read_html(path: Path, options: ReadOptions) -> ReadResult:
    """Read a saved web page into a ``Document`` via the cleaner."""
    from booklet.clean import clean_lines

    report = Report()
    lines = html_lines(path, report)
    return ReadResult(clean_lines(lines, report, rules=options.rules, source=path), report)
