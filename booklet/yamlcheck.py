"""YAML read with care: alias bombs and runaway nesting refused, parser problems worded for people.

PyYAML shares an aliased node rather than copying it, so loading a "billion
laughs" document is cheap — but every walk over the loaded data (the line
tables, validation) visits each alias again, and nine levels of ten aliases
are a billion visits: the tool hangs and eats memory.  The event stream, which
libyaml parses without building anything, gives the expanded size exactly (an
alias counts as much as what its anchor holds), so a manifest whose aliases
expand beyond ``MAX_ALIAS_EXPANSION`` values, or that nests deeper than
``MAX_DEPTH``, is refused before it is loaded, naming the line that crossed
the limit.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from booklet.errors import InputError
from booklet.i18n import N_, _, current_language

# A manifest may reuse a mapping through an alias (``clean: *raw``) a few hundred times;
# a hundred thousand values is far past any real use and still checks in a moment.
MAX_ALIAS_EXPANSION = 100_000
# contents → part → contents → entry → clean is five levels; 64 is only a guard.
MAX_DEPTH = 64

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def check_expansion(text: str, path: Path) -> None:
    """Raise an ``InputError`` at the line where aliases or nesting pass the limits."""
    sizes: dict[str, int] = {}
    stack: list[list] = []  # per open collection: [expanded size so far, anchor]
    expanded = 0
    for event in yaml.parse(text, Loader=_Parser):
        size = 0
        if isinstance(event, _STARTS):
            stack.append([1, event.anchor])
            if len(stack) > MAX_DEPTH:
                raise InputError(_("the YAML nests more than {limit} levels deep").format(
                    limit=MAX_DEPTH), path=path, line=event.start_mark.line + 1)
            continue
        if isinstance(event, _ENDS):
            size, anchor = stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            size, anchor = 1, event.anchor
        elif isinstance(event, yaml.AliasEvent):
            size, anchor = sizes.get(event.anchor or "", 1), None
            expanded += size
            if expanded > MAX_ALIAS_EXPANSION:
                raise InputError(_("YAML aliases (*{name}) expand to more than {limit} values; "
                                   "write the entries out instead").format(
                                       name=event.anchor, limit=MAX_ALIAS_EXPANSION),
                                 path=path, line=event.start_mark.line + 1)
        else:
            continue
        if anchor:
            sizes[anchor] = size
        if stack:
            stack[-1][0] += size


# PyYAML's and libyaml's words for common mistakes → what to do about them.
_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("'\\t'", N_("a tab character: indent with spaces")),
    ("cannot start any token", N_("a character that cannot start a value here: put the value in "
                                  "quotes")),
    ("mapping values are not allowed", N_("a colon where none may be: put a value that holds "
                                          "': ' in quotes")),
    ("',' or ']'", N_("a [ list ] that is not closed")),
    ("',' or '}'", N_("a mapping in curly brackets that is not closed")),
    ("could not find expected ':'", N_("a key without its colon")),
    ("expected '-' indicator", N_("the items of a list are not indented alike")),
    ("did not find expected key", N_("the keys are not indented alike")),
    ("expected <block end>", N_("the keys are not indented alike")),
    ("undefined alias", N_("an alias (*name) without its anchor (&name)")),
    ("unexpected end of stream", N_("the file ends inside a quote or a bracket")),
    ("unknown escape", N_("an unknown escape (\\) inside double quotes: use single quotes")),
)


def describe_yaml_problem(exc: yaml.YAMLError) -> str:
    """``malformed YAML: …`` for a parser error, in the interface language."""
    raw = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    known = next((advice for needle, advice in _PROBLEMS if needle in raw), None)
    if known is not None:
        problem = _(known)
    elif current_language() == "en":
        problem = raw  # the parser's own words are English
    else:
        problem = _("check the colons, indentation and brackets on this line and the one before")
    return _("malformed YAML: {problem}").format(problem=problem)
