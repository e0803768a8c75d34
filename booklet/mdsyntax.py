"""Markdown syntax, in one place: what the ``.md`` reader and the Markdown-flavoured ``.txt``
path parse, and what the Markdown writer must escape so that text stays text.

Only these two readers parse Markdown; every other reader hands literal text to the
cleaner.  The writer escapes (``escape_text``) so that reading its output back gives the
same text, and so that a Markdown viewer shows it as written (no heading, list, quote,
emphasis, link or raw HTML appears that was not in the document).
"""

from __future__ import annotations

import re

# ATX heading as the .md reader takes it: ``## 小标题`` (closing #s are part of the text).
ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$|^(#{1,6})$")
# ATX heading in Markdown-flavoured plain text: a closing run of #s is dropped.
ATX_HEADING_LOOSE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
# A block quote line: ``> 引文``.
QUOTE_LINE = re.compile(r"^>[ \t]?(.*)$")
# A thematic break (``* * *``, ``---``) as the .md reader takes it.
THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# A footnote definition: ``[^1]: 戚聿东…``.
FOOTNOTE_DEF = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]?(.*)$")
# Inline tokens of the .md reader: an escape, a bold delimiter, a footnote reference, text.
INLINE_TOKEN = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~<:—&=])|(\*\*)|\[\^([^\]\s]+)\]|([^\\*\[]+|.)")
# A bold stretch in Markdown-flavoured plain text (one line; an unpaired ``**`` stays text).
BOLD_PAIR = re.compile(r"\*\*(.+?)\*\*")
# A hard line break: two trailing spaces (or a trailing backslash in Markdown).
HARD_BREAK_SPACES = "  "

# ------------------------------------------------------------------------------ escaping ---

# Inline characters that always start markup: escape, emphasis, code.
_INLINE = re.compile(r"([\\*_`])")
# Raw HTML (a tag, comment, declaration), an entity, strikethrough, a footnote reference,
# a link or image: only these forms need a backslash, so ordinary text stays readable.
_HTML_OR_ENTITY = re.compile(r"(<)(?=[A-Za-z/!?])|(&)(?=#?\w+;)|(~)(?=~)|(\[)(?=\^)|(\])(?=[(\[:])")
# Line starts that open a block: heading, quote, list item (``-``/``+``; ``*`` is escaped
# inline anyway), ordered list item, thematic break or setext underline (``---``, ``===``).
_LINE_START = re.compile(r"^(?:[#>]|[-+](?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$)|(?=(?:=+|-+)[ \t]*$))")
# A closing sequence of #s at a heading's end would be dropped by CommonMark.
_CLOSING_HASHES = re.compile(r"([ \t])(#+)([ \t]*)$")


def _escape_inline(text: str) -> str:
    text = _INLINE.sub(r"\\\1", text)
    return _HTML_OR_ENTITY.sub(lambda m: "\\" + m.group(0), text)


def _escape_start(line: str) -> str:
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1):   # ordered list "1." / "1)": escape the delimiter
        return match.group(1) + "\\" + match.group(2) + line[match.end():]
    return "\\" + line


def escape_text(text: str, at_line_start: bool = True) -> str:
    """``text`` as Markdown that shows, and reads back as, exactly ``text``.

    Inline markup characters get a backslash (``\\*``, ``\\_``, ``\\```, and ``<`` / ``&`` /
    ``[`` / ``]`` / ``~`` where they would start HTML, an entity, a link, a footnote
    reference or strikethrough); each physical line that would open a block (``#``, ``>``,
    ``-``/``+`` list items, ``1.``, ``===``) is escaped at its start — the first line only
    when ``at_line_start``.
    """
    lines = _escape_inline(text).split("\n")
    return "\n".join(_escape_start(ln) if (k or at_line_start) else ln for k, ln in enumerate(lines))


def escape_closing_hashes(text: str) -> str:
    """A heading's trailing `` #`` run escaped: CommonMark would drop it as a closing sequence."""
    return _CLOSING_HASHES.sub(lambda m: m.group(1) + "\\" + m.group(2) + m.group(3), text)


def escape_heading(text: str) -> str:
    """Escaped text for a ``#`` heading line (it follows the ``# ``, so no line-start escape)."""
    return escape_closing_hashes(escape_text(text, at_line_start=False))
