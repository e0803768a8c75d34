"""The interface language: gettext catalogs shipped in the package, chosen once per command.

Every message a person reads — ``--help``, errors, warnings, ``check`` hints,
progress, summaries — goes through ``_`` (or ``ngettext`` for counts), and is
Simplified Chinese under a Chinese locale, English otherwise.

Adding a message::

    from booklet.i18n import _
    raise InputError(_("cannot read {name}").format(name=name), path=path)

* Translate at the moment the message is made, inside a function: a module-level
  table of messages marks its strings with ``N_`` and calls ``_`` when it uses one.
* Placeholders are ``{name}`` fields filled with ``str.format`` (never an f-string
  inside ``_``: the catalog looks the text up before the values are filled in).
* Then run ``python -m booklet.i18n.catalog`` (needs the ``test`` extra, Babel):
  it extracts the new text into ``booklet/locale/zh_CN/LC_MESSAGES/booklet.po``,
  where you write the Chinese, and compiles the ``.mo`` beside it.  The suite
  fails while a message has no translation or the ``.mo`` is stale.

The language is decided by the CLI (``--lang``, ``BOOKLET_LANG``, then the
locale, see ``language_from_environment``) and held in a context variable for
the length of one command; library calls outside ``use_language`` speak English.
"""

from __future__ import annotations

import argparse
import gettext
import os
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping

DOMAIN = "booklet"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"  # package data
LANGUAGES = ("en", "zh")
CATALOG_LOCALE = {"zh": "zh_CN"}  # the one Chinese catalog: Simplified Chinese
# Windows has no LANG: the user's display language (a LANGID) says Chinese by its
# primary language 0x04 (zh-CN 0x0804, zh-TW 0x0404, zh-HK 0x0C04, zh-SG 0x1004).
_WINDOWS_PRIMARY_CHINESE = 0x04

_NULL = gettext.NullTranslations()
_current: ContextVar[gettext.NullTranslations] = ContextVar("booklet_language", default=_NULL)


def _(message: str) -> str:
    """``message`` in the current language."""
    return _current.get().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a counted message, in the current language."""
    return _current.get().ngettext(singular, plural, n)


def join(items: Iterable[str]) -> str:
    """Items of a list in running text: ``a, b, c`` in English, ``a、b、c`` in Chinese."""
    # TRANSLATORS: the separator between the items of a list in a sentence.
    return _(", ").join(items)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet (module-level tables)."""
    return message


def normalise_language(value: str | None) -> str | None:
    """``zh``/``en`` for a language or locale name (``zh_CN.UTF-8``, ``zh-Hans``, ``C``), else None."""
    if not value:
        return None
    code = value.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if code.startswith("zh") or code.startswith("chinese"):
        return "zh"
    if code in ("c", "posix") or code.startswith("en"):
        return "en"
    return None


def language_from_environment(environ: Mapping[str, str] | None = None,
                              windows_ui_language: int | None = None) -> str:
    """The language the environment asks for: ``BOOKLET_LANG``, else the locale, else English.

    The locale follows gettext's rules: the first of ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG`` that is set; ``LANGUAGE`` (a list such as ``zh_CN:en``) refines it
    unless the locale is C.  On Windows without those variables, the user's
    display language decides.
    """
    env = os.environ if environ is None else environ
    chosen = normalise_language(env.get("BOOKLET_LANG"))
    if chosen:
        return chosen
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale.split(".")[0].upper() in ("C", "POSIX"):
        return "en"
    if locale:
        for item in env.get("LANGUAGE", "").split(":"):
            if normalise_language(item):
                return normalise_language(item) or "en"
        return normalise_language(locale) or "en"
    if windows_ui_language is None and sys.platform == "win32":
        windows_ui_language = _windows_ui_language()
    if windows_ui_language is not None and windows_ui_language & 0x3FF == _WINDOWS_PRIMARY_CHINESE:
        return "zh"
    return "en"


def _windows_ui_language() -> int | None:
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError):
        return None


@cache
def translation(language: str) -> gettext.NullTranslations:
    """The catalog of ``language``; English (the messages as written) needs none."""
    locale = CATALOG_LOCALE.get(language)
    if locale is None:
        return _NULL
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[locale],
                               fallback=True)


def current_language() -> str:
    """``zh`` or ``en``: the language messages are being made in."""
    return "en" if _current.get() is _NULL else "zh"


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Make messages in ``language`` (``zh`` or ``en``) inside the block, argparse's included."""
    token = _current.set(translation(normalise_language(language) or "en"))
    try:
        with _argparse_speaks_ours():
            yield
    finally:
        _current.reset(token)


@contextmanager
def _argparse_speaks_ours() -> Iterator[None]:
    """Point argparse's own messages (``usage:``, ``options``, its errors) at our catalog.

    argparse fetches them through the module globals ``_`` and ``ngettext`` it
    imported from gettext, which read the process-wide gettext domain and the
    environment, not ``--lang``; swapping those two names for the length of a
    command is the only way to reach them.  They are restored afterwards.
    """
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
