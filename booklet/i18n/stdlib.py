"""Messages of the standard library that reach our users, so the catalog translates them too.

argparse words its usage lines, group titles and command-line errors itself
(``usage:``, ``options``, ``the following arguments are required: %s``); while
a command runs, ``booklet.i18n.use_language`` points argparse at our catalog,
and these are the texts it looks up there (Python 3.11–3.13).  The catalog
tool adds them to the ones it extracts from booklet's own code.  Messages that
only a programming mistake can trigger (``dest= is required …``) are left out.
"""

from __future__ import annotations

ARGPARSE_MESSAGES: tuple[str, ...] = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "%(prog)s: error: %(message)s\n",
    "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "unrecognized arguments: %s",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "can't open '%(filename)s': %(error)s",
)

ARGPARSE_PLURALS: tuple[tuple[str, str], ...] = (
    ("expected %s argument", "expected %s arguments"),
)
