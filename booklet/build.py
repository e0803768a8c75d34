"""Build a booklet: manifest → articles → PDF / DOCX / Markdown, atomically.

All outputs are first written into a staging folder; only when every one of
them succeeded are they renamed over the previous outputs, so a failed build
leaves the last good PDF and DOCX untouched.  A build whose inputs have not
changed since the last one (same fingerprint) writes nothing at all.
"""

from __future__ import annotations

import gc
import json
import os
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from booklet.errors import BookletError, InputError
from booklet.i18n import _, ngettext
from booklet.uptodate import STATE_FILE, unchanged_outputs

# Everything else is imported where it is used: a build that finds its outputs up to
# date (``booklet.uptodate``) stops before loading pydantic, jinja2, fonts or writers.
if TYPE_CHECKING:
    from booklet.cache import SourceCache
    from booklet.fonts import FontMap
    from booklet.impose import Imposition
    from booklet.layout import Profile
    from booklet.manifest import Manifest
    from booklet.model import Booklet
    from booklet.sources import LoadedSource, Progress
    from booklet.writers import Job
    from booklet.writers.pdf import PdfInfo

__all__ = ["STATE_FILE", "BuildOptions", "BuildResult", "assemble_booklet", "build",
           "resolve_fonts_quietly", "source_cache"]


@dataclass(slots=True)
class BuildOptions:
    """How to build: formats and folder override the manifest; ``force`` ignores up-to-date."""

    formats: list[str] | None = None
    out_dir: Path | None = None
    force: bool = False
    use_cache: bool = True
    strict: bool = False
    impose: str | None = None  # saddle or 2up: over the manifest's ``impose:``


@dataclass(slots=True)
class BuildResult:
    """What a build did, for the CLI's summary and for tests."""

    outputs: dict[str, Path] = field(default_factory=dict)
    up_to_date: bool = False
    cache_hits: int = 0
    cache_misses: int = 0
    recleaned: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_pages: list[int] = field(default_factory=list)
    seconds: float = 0.0
    on_warning: Callable[[str], None] | None = field(default=None, repr=False)

    def warn(self, message: str) -> None:
        """Record a warning, and pass it on at once to whoever is listening (the CLI)."""
        self.warnings.append(message)
        if self.on_warning is not None:
            self.on_warning(message)


def source_cache(manifest: Manifest, enabled: bool = True) -> SourceCache:
    """The project's cache of cleaned sources (``.booklet-cache/`` beside the manifest)."""
    from booklet.cache import SourceCache
    from booklet.uptodate import CACHE_DIR_NAME

    return SourceCache(manifest.root / CACHE_DIR_NAME, enabled=enabled)


def assemble_booklet(manifest: Manifest, loaded: list[LoadedSource]) -> Booklet:
    """The ``Booklet`` model from the manifest's metadata and the loaded articles."""
    from booklet.frontmatter import render_cover, render_notice
    from booklet.model import Booklet
    from booklet.sources import group_parts

    meta = {"title": manifest.title, "subtitle": manifest.subtitle, "issuer": manifest.issuer,
            "date": manifest.date}
    cover = render_cover(meta, manifest.root)
    notice = None
    if manifest.notice is not None:
        notice = render_notice(manifest.notice.model_dump(), meta, manifest.root)
    epoch = manifest.source_date_epoch
    if epoch is None and os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    fonts = {role: manifest.resolve(p) for role, p in manifest.fonts.items()}
    return Booklet(title=cover["title"], subtitle=cover["subtitle"] or None,
                   issuer=cover["issuer"] or None, date=cover["date"] or None, notice=notice,
                   parts=group_parts(loaded), layout=manifest.layout_name,
                   layout_overrides=manifest.layout_overrides, source_date_epoch=epoch,
                   font_files=fonts, cover_first=manifest.cover_first, captions=manifest.captions)


def _formats(manifest: Manifest, options: BuildOptions) -> list[str]:
    from booklet.writers import WRITERS

    formats = options.formats or list(manifest.outputs)
    unknown = [f for f in formats if f not in WRITERS]
    if unknown:
        raise InputError(_("unknown output format '{format}' (known: {known})").format(
            format=unknown[0], known=", ".join(WRITERS)), key="--format")
    return list(dict.fromkeys(formats))


def resolve_fonts_quietly(profile: Profile, files: dict[str, Path]) -> "FontMap":
    """``resolve_fonts`` without Python warnings: its notes come back in ``FontMap.warnings``
    and the CLI prints them as one ``booklet: warning:`` line each."""
    from booklet.fonts import resolve_fonts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return resolve_fonts(profile, files)


def _render_outputs(booklet: Booklet, formats: list[str], staging: dict[str, Path],
                    manifest: Manifest, result: BuildResult, options: BuildOptions,
                    progress: Progress | None, profile: Profile, fonts: "FontMap | None",
                    imposition: Imposition | None = None) -> None:
    from booklet.present import present
    from booklet.writers import Job

    printed = present(booklet, project_dir=manifest.root, edition="print")
    if fonts is not None:
        if progress:
            progress(_("checking that the fonts have every character"))
        _check_fonts(printed, fonts, profile, manifest, result, options.strict)
    job = Job(printed, printed, profile, fonts, None, manifest.root, None,
              options=manifest.format_options, progress=progress)

    def with_text(job: Job) -> Job:  # the Markdown edition's own presentation, set where it runs
        if "md" not in formats:
            return job
        return replace(job, text=present(booklet, project_dir=manifest.root, edition="text"))

    _write_side_by_side(job, formats, staging, result, progress, imposition, with_text)


def _check_fonts(printed: Booklet, fonts: "FontMap", profile: Profile, manifest: Manifest,
                 result: BuildResult, strict: bool) -> None:
    """Warn about substitute fonts and characters the fonts lack (an error when ``strict``)."""
    from booklet.fonts import check_glyphs, substitutes_note

    for warning in fonts.warnings:
        result.warn(warning)
    note = substitutes_note(fonts, profile)
    if note:
        result.warn(note)
    missing = check_glyphs(printed, fonts, profile)
    if missing and strict:
        raise InputError(ngettext("{count} character missing from the fonts, first: {first}",
                                  "{count} characters missing from the fonts, first: {first}",
                                  len(missing)).format(count=len(missing), first=missing[0]),
                         path=manifest.path)
    for glyph in missing:
        result.warn(str(glyph))


def _write_side_by_side(job: Job, formats: list[str], staging: dict[str, Path],
                        result: BuildResult, progress: Progress | None,
                        imposition: Imposition | None, with_text: Callable[[Job], Job]) -> None:
    """Every writer, each into its own staging file: the ones that need no pagination start
    at once (presenting the text edition there, off this process's path), the DOCX beside
    the PDF once the layout exists (``booklet.parallel``)."""
    from booklet.parallel import Steps
    from booklet.writers import NEEDS_LAYOUT, NEEDS_WORDS
    from booklet.writers.pdf import paginate

    early = [fmt for fmt in formats if fmt not in NEEDS_LAYOUT]
    late = [fmt for fmt in formats if fmt in NEEDS_LAYOUT]
    with Steps() as steps:
        if steps.parallel and NEEDS_WORDS & set(formats):  # one dictionary for every process
            from booklet.typeset import segment  # (cleaning has usually loaded it already)

            segment.load()
        if early:  # the phone and Markdown editions
            _say(progress, early)
            steps.start(lambda: _write(with_text(job), early, staging))
        if not late and imposition is None:
            return
        assert job.fonts is not None  # resolved for every format in NEEDS_FONTS, the paged ones among them
        info = paginate(job.booklet, profile=job.profile, fonts=job.fonts, progress=progress)
        result.article_pages = list(info.article_pages)
        job = replace(job, pages=info.article_pages, layout=info.layout)
        _say(progress, late)
        others = [fmt for fmt in late if fmt != "pdf"]
        if others:  # the DOCX beside the PDF, which this process draws from its layout
            steps.start(lambda: _write(job, others, staging))
        if "pdf" in late:
            _write(job, ["pdf"], staging)
        if imposition is not None:
            _impose(imposition, staging, info, progress, result.warn)


def _write(job: Job, formats: list[str], staging: dict[str, Path]) -> None:
    """Write ``formats`` of ``job`` into their staging files, one after the other."""
    from booklet.writers import WRITERS

    for fmt in formats:
        WRITERS[fmt](job, staging[fmt])


def _say(progress: Progress | None, formats: list[str]) -> None:
    """Name on the progress line the writers now running."""
    from booklet.writers import LABELS

    if progress:
        progress(", ".join(_(LABELS[fmt]) if fmt in LABELS else fmt for fmt in formats))


def _impose(imposition: Imposition, staging: dict[str, Path], info: PdfInfo,
            progress: Progress | None, warn: Callable[[str], None]) -> None:
    """The staged PDF imposed beside it; padding blanks go after the last article."""
    from booklet.impose import facing_warning, impose_pdf

    warning = facing_warning(imposition, info.page_numbers)
    if warning:
        warn(warning)
    if progress:
        progress(_("imposing the PDF for printing"))
    starts = [info.page_numbers.index(number) for number in info.article_pages]
    impose_pdf(staging["pdf"], staging[imposition.mode], imposition,
               page_kinds=info.page_kinds, article_starts=starts)


def in_manifest(exc: BookletError, manifest: Manifest) -> BookletError:
    """An input error raised without a file (layout, fonts, formats), placed at its manifest key.

    Output errors (``BuildError``) are about files the build writes, not the manifest.
    """
    if exc.path or not isinstance(exc, InputError):
        return exc
    top = (exc.key or "").split(".")[0]
    return type(exc)(exc.message, path=manifest.path, line=manifest.key_line(top), key=exc.key)


def build(manifest_path: Path, options: BuildOptions | None = None,
          progress: Progress | None = None,
          on_warning: Callable[[str], None] | None = None) -> BuildResult:
    """Build the booklet described by ``manifest_path``; see the module docstring.

    Warnings are collected in ``BuildResult.warnings`` and, as they happen,
    passed to ``on_warning`` (a large source warns before it is cleaned).
    """
    options = options or BuildOptions()
    started = time.perf_counter()
    context = quick_context(options)
    if not options.force and options.use_cache:
        outputs = unchanged_outputs(manifest_path, context)
        if outputs is not None:
            return BuildResult(outputs=outputs, up_to_date=True,
                               seconds=time.perf_counter() - started)
    from booklet.manifest import load_manifest

    with collector_paused():
        manifest = load_manifest(manifest_path)
        try:
            return _build(manifest, options, progress, BuildResult(on_warning=on_warning),
                          context)
        except BookletError as exc:
            located = in_manifest(exc, manifest)
            if located is exc:
                raise
            raise located from exc


def quick_context(options: BuildOptions) -> str:
    """What the outputs depend on besides files: the options that choose them, and
    ``SOURCE_DATE_EPOCH`` (the quick up-to-date check keeps its observations per context)."""
    out_dir = str(options.out_dir.resolve()) if options.out_dir else None
    return json.dumps([options.formats, out_dir, options.impose,
                       os.environ.get("SOURCE_DATE_EPOCH")])


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one build.

    A build allocates millions of objects that never form cycles (glyph tables
    of three 20 MB fonts, characters, lines), and each full collection re-walks
    all of them: about a seventh of a cold build's CPU time, for nothing to
    collect.  Reference counting still frees everything as usual; the few
    cycles left (reportlab's canvas) go at the next collection after the
    build, so peak memory is unchanged.  A ``--watch`` loop collects between
    builds.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _repeats(loaded: list[LoadedSource], manifest: Manifest) -> list[str]:
    """One warning per article that repeats an earlier one (a text printed twice)."""
    from booklet.verify.same import repeated_articles

    return [same.warning() for same in repeated_articles(loaded, manifest.root)]


def _note_cache(cache: SourceCache, result: BuildResult) -> None:
    """What the source cache did, for ``-v``; a cache that could not be written warns."""
    result.cache_hits, result.cache_misses = cache.hits, cache.misses
    result.recleaned = list(cache.recleaned)
    if cache.write_error:
        result.warn(cache.write_error)


def _build(manifest: Manifest, options: BuildOptions, progress: Progress | None,
           result: BuildResult, context: str) -> BuildResult:
    from booklet.fingerprint import (fingerprint, is_up_to_date, manifest_digest,
                                     observed_inputs, read_inputs, write_state)
    from booklet.impose import imposition_for
    from booklet.layout import load_profile
    from booklet.parallel import Steps
    from booklet.publish import publish
    from booklet.sources import load_sources, outside_project
    from booklet.uptodate import observe, record

    started = time.perf_counter()
    formats = _formats(manifest, options)
    imposition = imposition_for(manifest.impose, options.impose, formats)
    profile = load_profile(manifest.layout_name, manifest.layout_overrides)  # a bad layout fails first
    out_dir = options.out_dir or manifest.resolve(manifest.out_dir)
    cache = source_cache(manifest, enabled=options.use_cache)
    as_read = observe(content=read_inputs(manifest),  # before reading: a later save
                      read=manifest_digest(manifest))  # rebuilds; the manifest as loaded
    loaded = load_sources(manifest, cache, progress, warn=result.warn)
    booklet = assemble_booklet(manifest, loaded)
    _note_cache(cache, result)
    from booklet.writers import NEEDS_FONTS, output_files

    fonts = None
    if NEEDS_FONTS & set(formats):  # resolved before the check: fonts installed since
        fonts = resolve_fonts_quietly(profile, booklet.font_files)  # the last build rebuild
    targets = output_files(formats, out_dir, manifest.name, manifest.format_options)
    if imposition is not None:
        targets[imposition.mode] = out_dir / imposition.file_name(manifest.name)
    stamp = fingerprint(manifest, (item.cache_key for item in loaded), list(targets),
                        booklet.source_date_epoch, profile, fonts)
    as_fingerprinted = observe(**observed_inputs(manifest, list(targets), fonts))

    def remember() -> None:  # what the fingerprint came from, for the next quick check
        record(manifest.path, context, stamp, targets, as_read, as_fingerprinted)

    def finish() -> None:
        write_state(out_dir, stamp, targets)
        remember()

    if not options.force and is_up_to_date(out_dir, stamp, targets):
        remember()
        result.outputs, result.up_to_date = targets, True
        result.seconds = time.perf_counter() - started
        return result
    for where, message in outside_project(manifest):
        result.warn(f"{where}: {message}")
    with Steps() as steps:  # comparing texts (numpy, rapidfuzz) beside the writing
        repeats = steps.start(lambda: _repeats(loaded, manifest))
        publish(out_dir, targets,
                lambda staging: _render_outputs(booklet, formats, staging, manifest, result,
                                                options, progress, profile, fonts, imposition),
                after=finish)
    for repeat in repeats.value:  # like glyph warnings: only when building
        result.warn(repeat)
    result.outputs = targets
    result.seconds = time.perf_counter() - started
    return result
