"""The document model: the only interface between readers and writers.

Like pandoc's ``Block`` type it is closed: every writer handles every block
kind below, and a test checks that.  All nodes are frozen so a transform
returns a new value instead of mutating shared state.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from operator import attrgetter
from pathlib import Path

# ---------------------------------------------------------------- inlines ---


@dataclass(frozen=True, slots=True)
class Text:
    """Plain running text."""

    text: str


@dataclass(frozen=True, slots=True)
class Bold:
    """Bold text, e.g. a lead-in sentence 「第一，强化……布局。」."""

    text: str


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    """A footnote marker in the text; ``label`` as printed (``①``) or a Markdown key (``1``)."""

    label: str


Inline = Text | Bold | FootnoteRef

# Source line span a block came from: (first, last), 1-based inclusive.
Span = tuple[int, int] | None

# ----------------------------------------------------------------- blocks ---


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading inside an article; level 1 is the highest below the article title."""

    level: int
    inlines: tuple[Inline, ...]
    span: Span = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph, printed with a two-character first-line indent.

    ``run_in`` (set by the presentation layer, ``booklet.present``): the paragraph opens with a
    run-in heading, its leading ``Bold`` inlines (「第一，强化……布局。」) set on the paragraph's
    own line; a paragraph that is nothing but its run-in heading keeps with the next block.
    """

    inlines: tuple[Inline, ...]
    span: Span = None
    run_in: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage (Markdown ``> ``), set off from the body."""

    inlines: tuple[Inline, ...]
    span: Span = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a quotation comes from: 「——在科学家座谈会上的讲话（2020年9月11日）」, right-aligned."""

    text: str
    span: Span = None


@dataclass(frozen=True, slots=True)
class Note:
    """An editorial note such as 「※这是习近平总书记……的讲话。」."""

    inlines: tuple[Inline, ...]
    span: Span = None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption cut out of the text flow (「…… 新华社记者 姚大伟/摄」)."""

    text: str
    span: Span = None


@dataclass(frozen=True, slots=True)
class Separator:
    """A visual break between sections (``* * *``)."""

    span: Span = None


Block = Heading | Paragraph | Quote | Attribution | Note | Caption | Separator
BLOCK_TYPES: tuple[type, ...] = (Heading, Paragraph, Quote, Attribution, Note, Caption, Separator)


@dataclass(frozen=True, slots=True)
class Footnote:
    """A footnote body attached to the ``FootnoteRef`` with the same label."""

    label: str
    inlines: tuple[Inline, ...]
    span: Span = None


# --------------------------------------------------------------- articles ---


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an article came from, for error messages and the build report."""

    path: Path
    select: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One speech or commentary: the unit of the table of contents.

    ``source_line`` is the 来源 line as printed (「（来源：新华社，2026年4月30日）」);
    ``origin``/``date`` are what was parsed from it or set in the manifest.
    Writers print ``source_line`` when present, else compose one from origin/date.
    ``kicker`` is a label or 引题 printed above the title (「材料1」).
    """

    title: str
    blocks: tuple[Block, ...] = ()
    kicker: str | None = None
    subtitle: str | None = None
    author: str | None = None
    origin: str | None = None
    date: str | None = None
    source_line: str | None = None
    footnotes: tuple[Footnote, ...] = ()
    provenance: Provenance | None = None
    # True when the 来源 line stood after the body in the source (seed 000), so the
    # cleaned Markdown keeps it there; writers may ignore it.
    source_at_end: bool = False
    # Photo captions in print: "keep" or "drop" (manifest ``captions:``); None: the booklet's.
    captions: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """What a reader returns for one source file: one or more articles."""

    articles: tuple[Article, ...]


# ---------------------------------------------------------------- booklet ---


@dataclass(frozen=True, slots=True)
class Notice:
    """The 通知 letter that precedes the booklet (GB/T 9704 红头 document)."""

    title: str
    body: tuple[str, ...]
    number: str | None = None
    to: str | None = None
    attachment: str | None = None
    signature: str | None = None
    date: str | None = None
    issuer: str | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A group of articles under an optional part title (a TOC group row)."""

    title: str | None
    articles: tuple[Article, ...]


@dataclass(frozen=True, slots=True)
class Booklet:
    """The whole publication: front matter, optional notice, parts of articles."""

    title: str
    parts: tuple[Part, ...]
    subtitle: str | None = None
    issuer: str | None = None
    date: str | None = None
    notice: Notice | None = None
    layout: str = "gongwen"
    layout_overrides: dict = field(default_factory=dict)
    source_date_epoch: int | None = None
    # Font role ("fangsong", "heiti", …) → font file given in the manifest.
    font_files: dict[str, Path] = field(default_factory=dict)
    # Front matter order: the 通知 first (as a notice sends its booklet as 附件), unless True.
    cover_first: bool = False
    # Photo captions whose photo is not in the booklet: "drop" (print) or "keep".
    captions: str = "drop"

    @property
    def articles(self) -> tuple[Article, ...]:
        """All articles in reading order."""
        return tuple(a for p in self.parts for a in p.articles)


# --------------------------------------------------------------- pickling ---


def pickled_by_fields(cls: type) -> type:
    """``cls`` (a dataclass) pickled as its class and its field values, read in C, and unpickled
    through ``__init__``: the same objects, two to three times faster.

    A frozen dataclass with slots otherwise pickles through ``dataclasses``' own state functions,
    which call ``fields()`` for every node, and a slotted one as a dictionary of its slots: between
    them, most of the time that writing a cleaned source to the cache, reading it back, or sending
    a child's results cleaned ahead (``booklet.ahead``) takes.  Every node below is pickled so."""
    names = [f.name for f in fields(cls)]
    values = attrgetter(*names)
    def reduce_one(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, (values(self),)  # attrgetter of one name gives the value, not a tuple

    def reduce_many(self: object) -> tuple[type, tuple[object, ...]]:
        return cls, values(self)

    setattr(cls, "__reduce__", reduce_one if len(names) == 1 else reduce_many)
    return cls


for _node in [value for value in list(globals().values())
              if isinstance(value, type) and is_dataclass(value) and value.__module__ == __name__]:
    pickled_by_fields(_node)
del _node


# ---------------------------------------------------------------- helpers ---


def plain_text(inlines: tuple[Inline, ...] | list[Inline]) -> str:
    """The visible characters of inlines, footnote markers included as printed."""
    out: list[str] = []
    for node in inlines:
        if isinstance(node, FootnoteRef):
            out.append(node.label)
        else:
            out.append(node.text)
    return "".join(out)


def block_text(block: Block) -> str:
    """The visible text of any block (empty for a separator)."""
    if isinstance(block, (Attribution, Caption)):
        return block.text
    if isinstance(block, Separator):
        return ""
    return plain_text(block.inlines)
