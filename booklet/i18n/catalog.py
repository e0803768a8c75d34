"""Keep the message catalog in step with the code: ``python -m booklet.i18n.catalog``.

A developer's tool (it needs Babel, from the ``test`` extra; an installed
booklet only reads the compiled ``.mo`` with the standard library):

1. extracts every ``_()``, ``N_()`` and ``ngettext()`` message from the package
   (its Python code and the interface's templates, ``INTERFACE_TEMPLATES``),
   plus argparse's messages (``booklet.i18n.stdlib``);
2. merges them into ``locale/zh_CN/LC_MESSAGES/booklet.po`` — translations kept,
   new messages added with an empty ``msgstr`` for you to write, vanished ones
   dropped;
3. compiles the ``.mo`` beside it;
4. lists what is still wrong (untranslated, placeholders that differ), exit 1 if any.

The suite runs ``problems()``, so a message without its Chinese, or a ``.mo``
older than its ``.po``, fails the tests.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from string import Formatter

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from booklet.i18n import CATALOG_LOCALE, DOMAIN, LOCALE_DIR
from booklet.i18n.stdlib import ARGPARSE_MESSAGES, ARGPARSE_PLURALS

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LOCALE = CATALOG_LOCALE["zh"]
PO_PATH = LOCALE_DIR / LOCALE / "LC_MESSAGES" / f"{DOMAIN}.po"
MO_PATH = PO_PATH.with_suffix(".mo")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
# Templates that speak the interface language (the verify report).  The document's own
# templates (cover, notice, 来源 line) hold the booklet's wording, never translated.
INTERFACE_TEMPLATES = "verify/templates/*.j2"
METHODS = [("**.py", "python"), (INTERFACE_TEMPLATES, "jinja2.ext:babel_extract")]
_PERCENT = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdrfx%]")


def template() -> Catalog:
    """Every message the code (and argparse, for us) can show, with where it is used."""
    catalog = Catalog(project="booklet", locale=None)
    for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE_DIR, method_map=METHODS, keywords=KEYWORDS,
            options_map={INTERFACE_TEMPLATES: {"silent": "false"}},
            comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
        catalog.add(message, None, [(f"booklet/{filename}", lineno)],
                    auto_comments=comments, context=context)
    for message in ARGPARSE_MESSAGES:
        catalog.add(message, None, [("argparse", 0)], flags=("python-format",))
    for plural in ARGPARSE_PLURALS:
        catalog.add(plural, None, [("argparse", 0)], flags=("python-format",))
    return catalog


def read_catalog(path: Path = PO_PATH) -> Catalog:
    """The Chinese catalog as committed."""
    with path.open("rb") as fh:
        return read_po(fh, locale=LOCALE, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    """The ``.po`` text of ``catalog``, in a stable form (sorted, no dates, no line numbers)."""
    out = io.BytesIO()
    write_po(out, catalog, width=100, sort_output=True, omit_header=False, include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    """The compiled ``.mo`` of ``catalog`` (what gettext reads at run time)."""
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update() -> Catalog:
    """Merge the code's messages into the ``.po`` and compile the ``.mo``; see the module docstring."""
    catalog = read_catalog()
    created = catalog.creation_date
    catalog.update(template(), no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    # No churn in the header on every run (update() takes the template's date): a header
    # line rewritten by each developer's run would only make merges conflict.
    catalog.creation_date = catalog.revision_date = created
    PO_PATH.write_bytes(po_bytes(catalog))
    MO_PATH.write_bytes(mo_bytes(read_catalog()))
    return catalog


def _fields(text: str) -> list[str]:
    """The placeholders of a message: ``{name}`` fields and ``%`` conversions, sorted."""
    braces = [name for _, name, _, _ in Formatter().parse(text) if name is not None]
    return sorted(braces + _PERCENT.findall(text))


def _pairs(message) -> list[tuple[str, str]]:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return [(ids[min(i, len(ids) - 1)], s) for i, s in enumerate(strings)]


def problems() -> list[str]:
    """What keeps the catalog from matching the code, one line each; empty when all is well."""
    catalog = read_catalog()
    wanted = {m.id for m in template() if m.id}
    have = {m.id for m in catalog if m.id}
    found = [f"not in the catalog (run python -m booklet.i18n.catalog): {m!r}"
             for m in sorted(wanted - have, key=str)]
    found += [f"no longer used: {m!r}" for m in sorted(have - wanted, key=str)]
    for message in catalog:
        if not message.id:
            continue
        if "fuzzy" in message.flags:
            found.append(f"marked fuzzy: {message.id!r}")
        for msgid, msgstr in _pairs(message):
            if not msgstr:
                found.append(f"untranslated: {msgid!r}")
            elif _fields(msgid) != _fields(msgstr):
                found.append(f"placeholders differ: {msgid!r} → {msgstr!r}")
    if not MO_PATH.is_file() or MO_PATH.read_bytes() != mo_bytes(catalog):
        found.append(f"{MO_PATH.name} is stale: run python -m booklet.i18n.catalog")
    return found


def main() -> int:
    """Update and compile the catalog, then list what still needs a translator."""
    update()
    remaining = problems()
    for line in remaining:
        print(line, file=sys.stderr)
    print(f"{PO_PATH}: {len(remaining)} problem(s)", file=sys.stderr)
    return 1 if remaining else 0


if __name__ == "__main__":
    sys.exit(main())
