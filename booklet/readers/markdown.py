"""Cleaned-Markdown reader: the contract of ``booklet clean`` taken strictly, as written.

People hand-correct this Markdown, so nothing is reflowed or guessed beyond the
conventions documented in ``booklet.writers.markdown``: ``# `` lines are article
titles (two in a row: kicker + title), ``##``… headings, ``> `` quotes, ``**bold**``,
``[^n]`` footnotes, and paragraphs recognised by their first characters (※ note,
—— attribution, 来源 line, byline) or last ones (photo credit → caption).
Soft line breaks inside a paragraph join without a space between CJK characters;
a hard break (two trailing spaces or a backslash) is kept as a newline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from booklet.cjk import join_two
from booklet.encoding import decode_text
from booklet.errors import InputError
from booklet.i18n import _
from booklet.mdsyntax import ATX_HEADING, FOOTNOTE_DEF, INLINE_TOKEN, THEMATIC_BREAK
from booklet.model import (Article, Attribution, Block, Bold, Caption, Document, Footnote,
                           FootnoteRef, Heading, Inline, Note, Paragraph, Provenance, Quote,
                           Separator, Text)
from booklet.readers import ReadResult
from booklet.yamlcheck import check_expansion
from booklet.report import Report
from booklet.shapes import (NOTE_LEAD_RE, SOURCE_LINE_RE, is_attribution, is_caption,
                            looks_like_byline, parse_source)

_FRONT_KEYS = ("title", "kicker", "subtitle", "author", "origin", "date", "source_line")


@dataclass(slots=True)
class _Raw:
    """A Markdown block before interpretation: kind (h, p, q, def, rule), level, lines."""

    kind: str
    lines: list[str] = field(default_factory=list)
    level: int = 0
    key: str = ""
    lineno: int = 0


def read_markdown(path: Path) -> ReadResult:
    """Read a cleaned-Markdown file (cleaning rules do not apply: nothing is cleaned)."""
    text = decode_text(path.read_bytes(), path)
    if not text.strip():
        raise InputError(_("empty file: no text to read"), path=path)
    return ReadResult(parse_markdown(text, source=path), Report())


def parse_markdown(text: str, source: Path | None = None) -> Document:
    """Parse cleaned-Markdown ``text`` into a document (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    front, body, offset = _front_matter(text, source)
    raws = _blocks(body.split("\n"), offset)
    definitions = {r.key: r for r in raws if r.kind == "def"}
    articles = _articles(raws, definitions, source)
    if front:
        articles = _apply_front(articles, front)
    return Document(tuple(articles))


def _front_matter(text: str, source: Path | None) -> tuple[dict, str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            front = "\n".join(lines[1:i])
            try:
                check_expansion(front, source or Path("-"))  # no alias bomb in front matter either
                data = yaml.safe_load(front) or {}
            except yaml.YAMLError as exc:
                raise InputError(_("front matter is not valid YAML"), path=source, line=1) from exc
            if not isinstance(data, dict):
                raise InputError(_("front matter must be a mapping of keys"), path=source, line=1)
            return data, "\n".join(lines[i + 1:]), i + 1
    return {}, text, 0


def _blocks(lines: list[str], offset: int) -> list[_Raw]:
    out: list[_Raw] = []
    cur: _Raw | None = None
    for n, line in enumerate(lines, offset + 1):
        if not line.strip():
            cur = None
            continue
        heading = ATX_HEADING.match(line)
        definition = FOOTNOTE_DEF.match(line)
        if heading:
            marks = heading.group(1) or heading.group(3)
            out.append(_Raw("h", [heading.group(2) or ""], len(marks), lineno=n))
            cur = None
        elif THEMATIC_BREAK.match(line):
            out.append(_Raw("rule", lineno=n))
            cur = None
        elif definition:
            cur = _Raw("def", [definition.group(2)], key=definition.group(1), lineno=n)
            out.append(cur)
        elif cur is not None and cur.kind in ("p", "q", "def"):
            cur.lines.append(line.lstrip(">").lstrip() if cur.kind == "q" else line.lstrip())
        else:
            quote = line.startswith(">")
            cur = _Raw("q" if quote else "p", [line.lstrip(">").lstrip() if quote else line],
                       lineno=n)
            out.append(cur)
    return out


def _joined(lines: list[str]) -> str:
    out = ""
    for k, line in enumerate(lines):
        hard = k + 1 < len(lines) and (line.endswith("  ") or (line.endswith("\\") and not line.endswith("\\\\")))
        piece = line.rstrip()
        if hard and piece.endswith("\\"):
            piece = piece[:-1]
        out = join_two(out, piece.lstrip() if k else piece)
        if hard:
            out += "\n"
    return out


class _Notes:
    """Footnote definitions by key; each reference takes its definition's printed label."""

    def __init__(self, definitions: dict[str, _Raw]) -> None:
        self.definitions = definitions
        self.used: dict[str, None] = {}  # keys in first-use order

    def label(self, key: str) -> str | None:
        raw = self.definitions.get(key)
        if raw is None:
            return None
        self.used.setdefault(key)
        circled = NOTE_LEAD_RE.match(_joined(raw.lines))
        return circled.group(1) if circled else key

    def footnotes(self, keys: list[str]) -> tuple[Footnote, ...]:
        """Footnotes for the definitions ``keys`` (those printed with the article), in order."""
        out = []
        for key in keys:
            raw = self.definitions[key]
            text = _joined(raw.lines)
            circled = NOTE_LEAD_RE.match(text)
            label = circled.group(1) if circled else key
            body = text[circled.end():] if circled else text
            out.append(Footnote(label, parse_inlines(body, None), (raw.lineno, raw.lineno)))
        return tuple(out)


def parse_inlines(text: str, notes: _Notes | None) -> tuple[Inline, ...]:
    """``**bold**``, ``[^n]`` references and backslash escapes → inlines (adjacent text merged)."""
    out: list[Inline] = []
    buf: list[str] = []
    bold = False

    def flush() -> None:
        if buf:
            chunk = "".join(buf)
            out.append(Bold(chunk) if bold else Text(chunk))
            buf.clear()

    pos = 0
    while pos < len(text):
        match = INLINE_TOKEN.match(text, pos)
        assert match is not None  # its last alternative takes any character the others leave
        escaped, star, ref, plain = match.groups()
        pos = match.end()
        if star:
            flush()
            bold = not bold
        elif ref is not None:
            label = notes.label(ref) if notes is not None else None
            if label is None:   # not a known footnote: plain "[" and read on after it
                buf.append("[")
                pos = match.start() + 1
            else:
                flush()
                out.append(FootnoteRef(label))
        else:
            buf.append(escaped if escaped is not None else plain)
    flush()
    return tuple(out)


def _plain(raw: _Raw) -> str:
    return "".join(i.text if not isinstance(i, FootnoteRef) else i.label
                   for i in parse_inlines(_joined(raw.lines), None))


def _articles(raws: list[_Raw], definitions: dict[str, _Raw], source: Path | None) -> list[Article]:
    chunks: list[list[_Raw]] = [[]]
    for k, raw in enumerate(raws):
        starts = raw.kind == "h" and raw.level == 1 and not (
            k > 0 and raws[k - 1].kind == "h" and raws[k - 1].level == 1 and chunks[-1] == [raws[k - 1]])
        if starts and chunks[-1]:
            chunks.append([])
        chunks[-1].append(raw)
    notes = _Notes(definitions)
    out = [_article(chunk, notes, source) for chunk in chunks if chunk]
    return out or [Article(title="")]


def _article(chunk: list[_Raw], notes: _Notes, source: Path | None) -> Article:
    keys = [r.key for r in chunk if r.kind == "def"]
    chunk = [r for r in chunk if r.kind != "def"]
    meta: dict[str, object] = {"title": ""}
    i = 0
    if chunk and chunk[i].kind == "h" and chunk[i].level == 1:
        if len(chunk) > 1 and chunk[1].kind == "h" and chunk[1].level == 1:
            meta["kicker"] = _plain(chunk[0])
            i += 1
        meta["title"] = _plain(chunk[i])
        i += 1
    if i < len(chunk) and chunk[i].kind == "h" and chunk[i].level == 2 \
            and _joined(chunk[i].lines).startswith("——") and "**" not in _joined(chunk[i].lines):
        meta["subtitle"] = _plain(chunk[i])
        i += 1
    if i < len(chunk) and chunk[i].kind == "p" and looks_like_byline(_joined(chunk[i].lines)):
        meta["author"] = _plain(chunk[i])
        i += 1
    rest = chunk[i:]
    if rest and rest[0].kind == "p" and SOURCE_LINE_RE.match(_joined(rest[0].lines)):
        meta["source_line"] = _plain(rest.pop(0))
    elif rest and rest[-1].kind == "p" and SOURCE_LINE_RE.match(_joined(rest[-1].lines)):
        meta["source_line"] = _plain(rest.pop())
        meta["source_at_end"] = True
    local = _Notes(notes.definitions)
    blocks = tuple(_block(raw, local) for raw in rest)
    if meta.get("source_line"):
        meta["origin"], meta["date"] = parse_source(str(meta["source_line"]))
    return Article(blocks=blocks, footnotes=local.footnotes(keys),
                   provenance=Provenance(source) if source else None, **meta)  # type: ignore[arg-type]


def _block(raw: _Raw, notes: _Notes) -> Block:
    span = (raw.lineno, raw.lineno + max(0, len(raw.lines) - 1))
    if raw.kind == "rule":
        return Separator(span)
    text = _joined(raw.lines)
    if raw.kind == "h":
        return Heading(max(1, raw.level - 1), parse_inlines(text, notes), span)
    if raw.kind == "q":
        return Quote(parse_inlines(text, notes), span)
    if text.startswith("※"):
        return Note(parse_inlines(text, notes), span)
    plain = _plain(raw)
    if is_attribution(plain) and "**" not in text and "[^" not in text:
        return Attribution(plain, span)
    if is_caption(plain) and "**" not in text and "[^" not in text:
        return Caption(plain, span)
    return Paragraph(parse_inlines(text, notes), span)


def _apply_front(articles: list[Article], front: dict) -> list[Article]:
    """Front-matter keys fill what the first article's body did not say."""
    from dataclasses import replace

    first = articles[0]
    changes: dict[str, Any] = {k: str(front[k]) for k in _FRONT_KEYS
               if front.get(k) is not None and not getattr(first, k)}
    if "source" in front and not first.source_line:
        changes["source_line"] = str(front["source"])
    return [replace(first, **changes)] + articles[1:]
