"""A manifest's validation errors in words: which line, which key, what is wrong.

pydantic names an error's place as a tuple of keys and list indexes (with the union branch it
tried: ``SourceEntry``, ``PartEntry``) and says what is wrong in English.  The manifest's YAML
is loaded with the line of every key (``manifest._LineLoader``), so the place becomes a line
and a dotted key, and the error type becomes a sentence in the user's language; an unknown key
is answered with the closest known key of its mapping (``sorce`` → 'source').
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any

from pydantic_core import ErrorDetails

from booklet.errors import InputError
from booklet.i18n import N_, _


def _line_of(data: Any, loc: tuple[Any, ...]) -> int | None:
    """Best line number for a pydantic error location in the line-annotated data."""
    line = data.get("__line__") if isinstance(data, dict) else None
    node = data
    for part in loc:
        if isinstance(node, dict):
            if part in node.get("__lines__", {}):
                line = node["__lines__"][part]
            if part not in node:
                continue  # union branch names like 'SourceEntry' are not data keys
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            if isinstance(node, dict):
                line = node.get("__line__", line)
    return line


def _suggest(key: str, candidates: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), candidates, n=1, cutoff=0.6)
    return _("unknown key (did you mean '{key}'?)").format(key=close[0]) if close \
        else _("unknown key")


# pydantic's error types → what the value must be (its own messages are English).
_VALUE_PROBLEMS = {
    "missing": N_("required key is missing"),
    "string_type": N_("must be text"),
    "int_type": N_("must be a whole number"),
    "int_parsing": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "bool_type": N_("must be true or false"),
    "bool_parsing": N_("must be true or false"),
    "float_type": N_("must be a number"),
    "float_parsing": N_("must be a number"),
    "list_type": N_("must be a list: [a, b], or one '- ' line per item"),
    "dict_type": N_("must be a mapping of keys and values"),
    "model_type": N_("must be a mapping of keys and values"),
    "model_attributes_type": N_("must be a mapping of keys and values"),
}


def _context_of(loc: tuple[Any, ...], known: dict[str, tuple[str, ...]]) -> str:
    if len(loc) > 1 and loc[0] in known:  # a top-level mapping of its own: notice, html, impose
        return loc[0]
    if "ReferenceEntry" in loc:
        return "ReferenceEntry"
    for i in range(len(loc) - 1, -1, -1):
        if loc[i] in ("SourceEntry", "PartEntry"):
            nested = loc[i] == "PartEntry" and loc[i + 1:i + 2] == ("contents",) and len(loc) > i + 3
            return "SourceEntry" if nested else loc[i]
    return "top" if len(loc) == 1 else ""


def format_error(err: ErrorDetails, data: Any, path: Path, known: dict[str, tuple[str, ...]]) -> InputError:
    """The pydantic error ``err`` as a person reads it: file, line, key path and what is wrong
    (an unknown key with the closest of ``known``'s keys for its mapping, by context)."""
    loc = tuple(err["loc"])
    key_path = ".".join(str(p) for p in loc if p not in ("SourceEntry", "PartEntry", "str",
                                                          "LayoutSpec", "ReferenceEntry"))
    line = _line_of(data, loc)
    kind = err["type"]
    if kind == "extra_forbidden":
        message = _suggest(str(loc[-1]), known.get(_context_of(loc, known), ()))
    elif kind in ("model_type", "dict_type") and "contents" in loc:
        message = _("each entry must be a mapping with 'source:' (or 'part:' and 'contents:')")
    elif kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        message = _("must be one of: {choices}").format(choices=", ".join(choices))
    elif kind in _VALUE_PROBLEMS:
        message = _(_VALUE_PROBLEMS[kind])
    else:
        message = _("this value is not allowed here")
    return InputError(message, path=path, line=line, key=key_path or None)


def _entry_branch(data: Any, loc: tuple[Any, ...]) -> str | None:
    """Which union branch the entry at ``loc`` means: a dict with 'part' is a part."""
    node = data
    for i, part in enumerate(loc):
        if part in ("SourceEntry", "PartEntry"):
            return "PartEntry" if isinstance(node, dict) and "part" in node else "SourceEntry"
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
    return None


def pick_error(errors: list[ErrorDetails], data: Any) -> ErrorDetails:
    """The error a person should see first.

    Errors from the union branch the entry does not mean are dropped (an entry
    with ``source:`` is not a malformed part), and an unknown key is shown before
    the "missing" error it usually causes (``sorce:`` → 'source' missing).
    """
    def meant(err: ErrorDetails) -> bool:
        loc = tuple(err["loc"])
        for i, part in enumerate(loc):
            if part in ("SourceEntry", "PartEntry"):
                if _entry_branch(data, loc[: i + 1]) != part:
                    return False
        return True

    relevant = [e for e in errors if meant(e)] or errors
    order = {"extra_forbidden": 0}
    return min(relevant, key=lambda e: order.get(e["type"], 1))
