"""Signs that cleaning went wrong, for ``booklet check``.

Each test is a cheap heuristic over the cleaned blocks of one article: a very
short or very long paragraph (a missed or a false paragraph break), text that
looks like leftover page furniture (page numbers, running heads), and quotes
or brackets that do not pair up.  They are hints for a person to look at,
never errors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from booklet.i18n import _
from booklet.model import Article, Paragraph, Quote, block_text
from booklet.shapes import FINISHED_END, GLUED_PAGE_NUMBER_RE, is_page_number

SHORT_PARAGRAPH = 6  # characters; shorter body paragraphs are usually broken lines
LONG_PARAGRAPH = 1200  # characters; longer ones usually swallowed several paragraphs
# A paragraph repeated this often, shorter than this, unfinished: a running head left in.
REPEATED_COPIES = 3
REPEATED_MAX_CHARS = 40
PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("‘", "’"), ("「", "」"), ("【", "】"))


@dataclass(frozen=True, slots=True)
class Hint:
    """One suspicious spot: where (file, line, article, paragraph) and what."""

    path: Path | None
    line: int | None
    article: str
    paragraph: int
    message: str

    def where(self) -> str:
        """``file:line`` when the block knows its source lines, else the article and paragraph."""
        place = f"《{self.article}》" + (" " + _("paragraph {number}").format(number=self.paragraph)
                                       if self.paragraph else "")
        if self.path is None:
            return place
        return f"{self.path}:{self.line}" if self.line else f"{self.path} ({place})"


def _unbalanced(text: str) -> list[str]:
    problems = []
    for left, right in PAIRS:
        depth = 0
        for ch in text:
            if ch == left:
                depth += 1
            elif ch == right:
                depth -= 1
                if depth < 0:
                    break
        if depth != 0:
            problems.append(f"{left}{right}")
    return problems


def _paragraph_hints(text: str) -> list[str]:
    compact = text.strip()
    hints = []
    if is_page_number(compact):
        return [_("looks like a leftover page number: {text!r}").format(text=compact)]
    if len(compact) < SHORT_PARAGRAPH and compact[-1:] not in FINISHED_END:
        hints.append(_("very short paragraph ({count} characters): {text!r}").format(
            count=len(compact), text=compact))
    if len(compact) > LONG_PARAGRAPH:
        hints.append(_("very long paragraph ({count} characters): missed paragraph breaks?")
                     .format(count=len(compact)))
    glued = GLUED_PAGE_NUMBER_RE.search(compact)
    if glued:
        hints.append(_("page number inside the text: {text!r}").format(text=glued.group(0)))
    unbalanced = _unbalanced(compact)
    if unbalanced:
        hints.append(_("unmatched {pairs} in: {excerpt}").format(pairs=" ".join(unbalanced),
                                                                  excerpt=_excerpt(compact)))
    return hints


def _excerpt(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def article_hints(article: Article, path: Path | None = None) -> list[Hint]:
    """Every suspicious paragraph or quote of ``article``, in reading order."""
    hints: list[Hint] = []
    texts: Counter[str] = Counter()
    for index, block in enumerate(article.blocks, start=1):
        if not isinstance(block, (Paragraph, Quote)):
            continue
        text = block_text(block)
        texts[text.strip()] += 1
        line = block.span[0] if block.span else None
        hints.extend(Hint(path, line, article.title, index, message)
                     for message in _paragraph_hints(text))
    for text, count in texts.items():
        if count >= REPEATED_COPIES and len(text) < REPEATED_MAX_CHARS and text[-1:] not in FINISHED_END:
            hints.append(Hint(path, None, article.title, 0,
                              _("the same paragraph appears {count} times (a running head?): "
                                "{text!r}").format(count=count, text=_excerpt(text))))
    return hints
