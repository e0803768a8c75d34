"""``booklet check``: everything a build would trip over, and what to look at, in one pass.

Unlike ``build``, which stops at the first bad input, ``check`` keeps going
and lists every problem: manifest, layout, each source, fonts and glyph
coverage, plus hints about suspicious cleaning.  Errors make the exit code 2;
warnings and hints do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from booklet.build import assemble_booklet, in_manifest, resolve_fonts_quietly, source_cache
from booklet.cache import SourceCache
from booklet.errors import BookletError
from booklet.i18n import N_, _, ngettext
from booklet.layout import Profile, load_profile
from booklet.manifest import Manifest, iter_entries, load_manifest
from booklet.ahead import clean_ahead
from booklet.sources import LoadedSource, large_source_note, load_entry, lost_text_warning, outside_project
from booklet.suspicious import article_hints

if TYPE_CHECKING:
    from booklet.fonts import MissingGlyph

LEVELS = ("error", "warning", "hint")
_LEVEL_WORDS = {"error": N_("error"), "warning": N_("warning"), "hint": N_("hint")}


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the check's output."""

    level: str
    where: str
    message: str

    def __str__(self) -> str:
        level = _(_LEVEL_WORDS[self.level])
        return f"{self.where}: {level}: {self.message}" if self.where else f"{level}: {self.message}"


@dataclass(slots=True)
class CheckResult:
    """All findings, in the order they were found, and how many articles were read."""

    findings: list[Finding] = field(default_factory=list)
    articles: int = 0
    verify_summary: str | None = None  # ``verify: 25 quotations — 19 exact, …``

    def add(self, level: str, where: str, message: str) -> None:
        """Record a finding."""
        self.findings.append(Finding(level, where, message))

    def error(self, exc: BookletError) -> None:
        """Record an input error with its own file/line/key."""
        self.findings.append(Finding("error", "", exc.one_line()))

    def count(self, level: str) -> int:
        """Number of findings of ``level``."""
        return sum(1 for f in self.findings if f.level == level)

    @property
    def exit_code(self) -> int:
        """2 when anything would stop a build, else 0."""
        return 2 if self.count("error") else 0

    def summary(self) -> str:
        """``3 articles read: 0 errors, 2 warnings, 5 hints``."""
        errors, warnings, hints = (self.count(level) for level in LEVELS)
        return _("{articles}: {errors}, {warnings}, {hints}").format(
            articles=ngettext("{count} article read", "{count} articles read",
                              self.articles).format(count=self.articles),
            errors=ngettext("{count} error", "{count} errors", errors).format(count=errors),
            warnings=ngettext("{count} warning", "{count} warnings", warnings).format(
                count=warnings),
            hints=ngettext("{count} hint", "{count} hints", hints).format(count=hints))


def check_project(manifest_path: Path, *, use_cache: bool = True) -> CheckResult:
    """Check the project whose manifest is ``manifest_path``.

    A manifest that does not load is raised as an ``InputError`` (nothing else
    can be checked without it); every later problem is collected.
    """
    manifest = load_manifest(manifest_path)
    result = CheckResult()
    profile = _check_layout(manifest, result)
    cache = source_cache(manifest, enabled=use_cache)
    loaded = _check_sources(manifest, result, cache)
    result.articles = len(loaded)
    if profile is not None:
        _check_fonts(manifest, profile, loaded, result)
    if loaded:
        _check_quotations(manifest, loaded, result, cache)
    return result


def _check_quotations(manifest: Manifest, loaded: list[LoadedSource], result: CheckResult,
                      cache: SourceCache) -> None:
    """``booklet verify`` in brief: repeated articles as warnings, the quotation counts."""
    from booklet.verify.project import Others, load_for_verify, verify_loaded

    try:
        others = load_for_verify(manifest, loaded, cache)
    except BookletError as exc:
        result.error(exc)
        others = Others()
    report = verify_loaded(loaded, others, manifest.root, cache)
    for same in report.same_texts:
        if same.second.kind == "article" and not same.declared:
            result.add("warning", "", same.warning())
    result.verify_summary = report.summary_line()


def _check_layout(manifest: Manifest, result: CheckResult) -> Profile | None:
    try:
        return load_profile(manifest.layout_name, manifest.layout_overrides)
    except BookletError as exc:
        result.error(in_manifest(exc, manifest))
        return None


def _check_sources(manifest: Manifest, result: CheckResult,
                   cache: SourceCache) -> list[LoadedSource]:
    seen: dict[tuple[Path, str], int | None] = {}
    loaded: list[LoadedSource] = []
    outside = dict(outside_project(manifest))
    refs = iter_entries(manifest)
    clean_ahead(manifest, refs, cache)
    for ref in refs:
        where = f"{manifest.path}:{ref.line}" if ref.line else str(manifest.path)
        if where in outside:
            result.add("warning", where, outside[where])
        note = large_source_note(manifest.resolve(ref.entry.source))
        if note:
            result.add("warning", where, note)
        try:
            item = load_entry(ref, manifest, cache, seen)
        except BookletError as exc:
            result.error(exc)
            continue
        loaded.append(item)
        if item.lost:
            result.add("warning", where, lost_text_warning(item.path, item.lost))
        for hint in article_hints(item.article, item.path):
            result.add("hint", hint.where(), hint.message)
    return loaded


def _check_fonts(manifest: Manifest, profile: Profile, loaded: list[LoadedSource],
                 result: CheckResult) -> None:
    from booklet.fonts import check_glyphs, substitutes_note

    where = str(manifest.path)
    try:
        booklet = assemble_booklet(manifest, loaded)
        fonts = resolve_fonts_quietly(profile, booklet.font_files)
    except BookletError as exc:
        result.error(in_manifest(exc, manifest))
        return
    for warning in fonts.warnings:
        result.add("warning", where, warning)
    note = substitutes_note(fonts, profile)
    if note:
        result.add("warning", where, note)
    if not loaded:
        return
    by_title = {item.article.title: item for item in loaded}
    for missing in check_glyphs(booklet, fonts, profile):
        result.add("warning", _glyph_place(missing, by_title) or where, str(missing))


def _glyph_place(missing: "MissingGlyph", by_title: dict[str, LoadedSource]) -> str | None:
    """``source:line`` of the block holding a missing glyph, when the block knows its lines."""
    item = by_title.get(missing.article or "")
    if item is None or missing.block_index is None:
        return None
    blocks = item.article.blocks
    if missing.block_index >= len(blocks):
        return str(item.path)
    span = blocks[missing.block_index].span
    return f"{item.path}:{span[0]}" if span else str(item.path)
