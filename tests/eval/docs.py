"""Harness documents: a list of typed blocks, read from ``texts/*/NAME.txt``, and their gold Markdown.

A text file holds one block per line, ``KIND text`` (``//`` starts a comment line, ``@key value``
sets document metadata such as the running head).  The kinds are the structure a careful person
sees on the printed page; the gold Markdown is written from them alone, in the contract of
``booklet clean`` (README "Cleaned Markdown", tests/data/gold/README.md), never from a cleaner's
output.  Headings are ``#`` lines (level not scored); byline, 来源, attribution, note, caption and
signature lines are blocks of their own; footnote bodies follow the body text with their printed
marker; a bold lead-in is written ``**…**`` inside its paragraph.  A 问答's question set as a block
of its own over its answer (「1.…？」, 「问：…？」, or unnumbered) is a heading, as the booklet sets it
apart and lists it in its contents; a 问： run on into its answer on one line, an interviewer's 记者：
turn, a rhetorical question inside prose are paragraphs (qa52).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CIRCLED = "\u2460-\u2473\u24eb-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
MARK = re.compile(f"[{CIRCLED}]")


def circled_number(ch: str) -> int:
    """The number a circled marker stands for (① → 1, ㉑ → 21)."""
    return int(unicodedata.numeric(ch))


# kind → Markdown prefix of its gold block; None: a paragraph-like block (written as it is).
HEADING_PREFIX = {
    "masthead": "# ", "label": "# ", "kicker": "# ", "title": "# ", "subtitle": "## ",
    "h1": "## ", "h2": "### ", "h3": "#### ",
}
# (news86) "dateline": the 题注 a headline carries under its title or —— subtitle, the speech's date in
# brackets 「（2026年11月30日）」: set as the subtitle is (centred, 楷体, in the headline block), read as
# the older speech texts type their date line (``attr``): a block of its own, no heading — it names no
# part of the piece, and the booklet's contents never list it.
PLAIN_KINDS = frozenset({"p", "to", "byline", "source", "docno", "sign", "attr", "note", "caption",
                         "quote", "fn", "dateline"})
KINDS = frozenset(HEADING_PREFIX) | PLAIN_KINDS
TEXTS = Path(__file__).parent / "texts"
# A running head holds at most this many characters: it fits the narrowest page's measure.
RUNNING_MAX_CHARS = 18


@dataclass(frozen=True)
class Block:
    """One block of a harness document: its kind (see ``KINDS``) and its literal text."""

    kind: str
    text: str

    @property
    def plain(self) -> str:
        """The printed text (bold markers removed)."""
        return self.text.replace("**", "")

    @property
    def is_heading(self) -> bool:
        """True for the kinds the gold writes as ``#`` lines."""
        return self.kind in HEADING_PREFIX


@dataclass(frozen=True)
class Doc:
    """A harness document: name, set (dev, heldout or fresh), blocks and metadata."""

    name: str
    split: str
    blocks: tuple[Block, ...]
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> tuple[Block, ...]:
        """Blocks printed in the running text (all but footnote bodies)."""
        return tuple(b for b in self.blocks if b.kind != "fn")

    @property
    def notes(self) -> tuple[Block, ...]:
        """Footnote bodies, in order."""
        return tuple(b for b in self.blocks if b.kind == "fn")

    @property
    def title(self) -> str:
        """The running head of layouts that print the title there: ``@running``, else the first
        title that is more than a label (材料1), else the first heading — shortened as a book
        designer shortens a long title for the head (its first phrase, else its first
        ``RUNNING_MAX_CHARS`` characters), never left to run off the page."""
        heads = [b.plain for b in self.blocks if b.kind in ("title", "h1")]
        title = self.meta.get("running") or next((h for h in heads if len(h) > 6),
                                                 heads[0] if heads else self.name)
        if len(title) <= RUNNING_MAX_CHARS:
            return title
        phrase = re.split(r"[ \u3000：:]", title)[0]
        return phrase if 4 <= len(phrase) <= RUNNING_MAX_CHARS else title[:RUNNING_MAX_CHARS]


def parse_doc(text: str, name: str, split: str) -> Doc:
    """Blocks and metadata of a harness text file; an unknown kind is an error naming the line."""
    blocks: list[Block] = []
    meta: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        kind, _, rest = line.partition(" ")
        if kind.startswith("@"):
            meta[kind[1:]] = rest.strip()
            continue
        if kind not in KINDS or not rest.strip():
            raise ValueError(f"{name}:{number}: unknown block kind or empty block: {line[:40]!r}")
        blocks.append(Block(kind, rest.strip()))
    return Doc(name, split, tuple(blocks), meta)


def gold_markdown(doc: Doc) -> str:
    """The gold: one block per paragraph, headings as ``#`` lines, footnote bodies last.  Markers
    and a note's label are marker syntax to the scorer however a design prints them (①, 「[1]」,
    ``Layout.note_marks``), as a cleaner's ``[^1]`` is: the gold keeps them circled."""
    out = []
    for blk in doc.body:
        if blk.is_heading:
            out.append(HEADING_PREFIX[blk.kind] + blk.plain)
        elif blk.kind == "quote":
            out.append("> " + blk.text)
        else:
            out.append(blk.text)
    out += [blk.text for blk in doc.notes]
    return "\n\n".join(out) + "\n"


def load_docs(split: str) -> list[Doc]:
    """The documents of one set (``dev``, ``heldout`` or ``fresh``), sorted by name."""
    return [parse_doc(p.read_text(encoding="utf-8"), p.stem, split)
            for p in sorted((TEXTS / split).glob("*.txt"))]


def from_gold(markdown: str, name: str, limit: int = 7000) -> Doc:
    """A dev gold pair's gold Markdown as a document (cut after about ``limit`` characters), so that
    the real gold texts can be typeset again in new layouts."""
    text = re.sub(r"^---\n.*?\n---\n", "", markdown.replace("\r\n", "\n"), flags=re.S)
    body: list[Block] = []
    notes: list[Block] = []
    size = 0
    for chunk in re.split(r"\n\s*\n", text):
        chunk = " ".join(ln.strip() for ln in chunk.strip().split("\n")).replace("\\", "")
        chunk = re.sub(r"\s+", " ", chunk)  # a tab (table-of-contents leader) prints as a space
        if not chunk:
            continue
        if chunk.startswith("#"):
            level = len(chunk) - len(chunk.lstrip("#"))
            kind = "title" if level == 1 else ("h1" if level == 2 else "h2")
            body.append(Block(kind, chunk.lstrip("#").strip().replace("**", "")))
        elif MARK.match(chunk) or chunk.startswith("[^"):
            notes.append(Block("fn", re.sub(r"^\[\^[^\]]+\]:\s*", "", chunk).replace(" ", "", 1)))
        elif chunk.startswith(">"):
            body.append(Block("quote", chunk.lstrip("> ").strip()))
        else:
            body.append(Block("p", re.sub(r"\[\^[^\]\s]+\]", "", chunk)))
        size += len(chunk)
        if size > limit and body[-1].kind == "p":
            break
    used = sum(len(MARK.findall(b.text)) for b in body)
    return Doc(name, "dev", tuple(body + notes[:used]))
