"""Build a booklet: manifest → articles → PDF / DOCX / Markdown, atomically.

All outputs are first written into a staging folder; only when every one of
them succeeded are they renamed over the previous outputs, so a failed build
leaves the last good PDF and DOCX untouched.  A build whose inputs have not
changed since the last one (same fingerprint) writes nothing at all.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import tempfile
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from booklet.cache import CACHE_DIR_NAME, SourceCache, code_fingerprint
from booklet.errors import BookletError, BuildError, InputError
from booklet.frontmatter import render_cover, render_notice
from booklet.layout import Profile, load_profile
from booklet.manifest import OUTPUT_FORMATS, Manifest, load_manifest
from booklet.model import Booklet
from booklet.sources import LoadedSource, Progress, group_parts, load_sources

if TYPE_CHECKING:
    from booklet.fonts import FontMap

STATE_FILE = ".booklet-state.json"


@dataclass(slots=True)
class BuildOptions:
    """How to build: formats and folder override the manifest; ``force`` ignores up-to-date."""

    formats: list[str] | None = None
    out_dir: Path | None = None
    force: bool = False
    use_cache: bool = True
    strict: bool = False


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


def source_cache(manifest: Manifest, enabled: bool = True) -> SourceCache:
    """The project's cache of cleaned sources (``.booklet-cache/`` beside the manifest)."""
    return SourceCache(manifest.root / CACHE_DIR_NAME, enabled=enabled)


def assemble_booklet(manifest: Manifest, loaded: list[LoadedSource]) -> Booklet:
    """The ``Booklet`` model from the manifest's metadata and the loaded articles."""
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
                   font_files=fonts)


def _formats(manifest: Manifest, options: BuildOptions) -> list[str]:
    formats = options.formats or list(manifest.outputs)
    unknown = [f for f in formats if f not in OUTPUT_FORMATS]
    if unknown:
        raise InputError(f"unknown output format '{unknown[0]}' (known: {', '.join(OUTPUT_FORMATS)})",
                         key="--format")
    return list(dict.fromkeys(formats))


def _fingerprint(manifest: Manifest, loaded: list[LoadedSource], formats: list[str],
                 booklet: Booklet) -> str:
    digest = hashlib.sha256(manifest.path.read_bytes())
    digest.update(code_fingerprint().encode())
    digest.update(json.dumps([formats, booklet.source_date_epoch]).encode())
    for item in loaded:
        digest.update(item.cache_key.encode())
    templates = manifest.root / "templates"
    if templates.is_dir():
        for path in sorted(templates.rglob("*")):
            if path.is_file():
                digest.update(path.name.encode() + path.read_bytes())
    for role, path in sorted(booklet.font_files.items()):
        stat = path.stat() if path.exists() else None
        digest.update(f"{role}:{path}:{stat and stat.st_size}:{stat and stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _is_up_to_date(out_dir: Path, fingerprint: str, targets: dict[str, Path]) -> bool:
    try:
        state = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if state.get("fingerprint") != fingerprint:
        return False
    recorded = state.get("outputs", {})
    for fmt, path in targets.items():
        if not path.is_file() or recorded.get(fmt) != path.stat().st_size:
            return False
    return True


def _write_state(out_dir: Path, fingerprint: str, targets: dict[str, Path]) -> None:
    state = {"fingerprint": fingerprint,
             "outputs": {fmt: path.stat().st_size for fmt, path in targets.items()}}
    (out_dir / STATE_FILE).write_text(json.dumps(state, indent=1), encoding="utf-8")


def resolve_fonts_quietly(profile: Profile, files: dict[str, Path]) -> "FontMap":
    """``resolve_fonts`` without Python warnings: its notes come back in ``FontMap.warnings``
    and the CLI prints them as one ``booklet: warning:`` line each."""
    from booklet.fonts import resolve_fonts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return resolve_fonts(profile, files)


def _render_outputs(booklet: Booklet, formats: list[str], staging: dict[str, Path],
                    manifest: Manifest, result: BuildResult, options: BuildOptions,
                    progress: Progress | None) -> None:
    profile: Profile = load_profile(booklet.layout, booklet.layout_overrides)
    fonts = None
    if "pdf" in formats or "docx" in formats:
        from booklet.fonts import check_glyphs

        fonts = resolve_fonts_quietly(profile, booklet.font_files)
        result.warnings.extend(fonts.warnings)
        missing = check_glyphs(booklet, fonts, profile)
        if missing and options.strict:
            raise InputError(f"{len(missing)} character(s) missing from the fonts, first: "
                             f"{missing[0]}", path=manifest.path)
        result.warnings.extend(str(m) for m in missing)
    info = None
    if "pdf" in formats:
        from booklet.writers.pdf import write_pdf

        if progress:
            progress("PDF")
        info = write_pdf(booklet, staging["pdf"], profile=profile, fonts=fonts)
    if "docx" in formats:
        from booklet.writers.docx import write_docx

        if info is None:
            from booklet.writers.pdf import paginate

            info = paginate(booklet, profile=profile, fonts=fonts)
        if progress:
            progress("DOCX")
        write_docx(booklet, staging["docx"], profile=profile, toc_pages=info.article_pages)
    if "md" in formats:
        from booklet.writers.booklet_markdown import write_markdown

        if progress:
            progress("Markdown")
        write_markdown(booklet, staging["md"], project_dir=manifest.root)
    if info is not None:
        result.article_pages = list(info.article_pages)


def _publish(out_dir: Path, targets: dict[str, Path], fingerprint: str,
             render: Callable[[dict[str, Path]], None]) -> None:
    """Render every output into a staging folder, then rename them all over the old ones."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging_dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    except OSError as exc:
        raise BuildError(f"cannot create the output folder: {exc.strerror or exc}",
                         path=out_dir) from exc
    try:
        staging = {fmt: staging_dir / path.name for fmt, path in targets.items()}
        render(staging)
        for fmt, path in targets.items():
            if not staging[fmt].is_file():
                raise BuildError(f"the {fmt} writer produced no file", path=path)
        for fmt, path in targets.items():
            os.replace(staging[fmt], path)
        _write_state(out_dir, fingerprint, targets)
    except OSError as exc:  # disk full, permissions: the build failed, the inputs are fine
        raise BuildError(f"could not write the outputs: {exc.strerror or exc}",
                         path=exc.filename or out_dir) from exc
    finally:
        shutil.rmtree(staging_dir, ignore_errors=True)


def in_manifest(exc: BookletError, manifest: Manifest) -> BookletError:
    """An error raised without a file (layout, fonts, formats), placed at its manifest key."""
    if exc.path:
        return exc
    top = (exc.key or "").split(".")[0]
    return type(exc)(exc.message, path=manifest.path, line=manifest.key_line(top), key=exc.key)


def build(manifest_path: Path, options: BuildOptions | None = None,
          progress: Progress | None = None) -> BuildResult:
    """Build the booklet described by ``manifest_path``; see the module docstring."""
    options = options or BuildOptions()
    with collector_paused():
        manifest = load_manifest(manifest_path)
        try:
            return _build(manifest, options, progress)
        except BookletError as exc:
            located = in_manifest(exc, manifest)
            if located is exc:
                raise
            raise located from exc


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


def _repeats(loaded: list[LoadedSource], manifest: Manifest, cache: SourceCache) -> list[str]:
    """One warning per article that repeats an earlier one (a text printed twice)."""
    from booklet.verify.same import repeated_articles

    return [same.warning() for same in repeated_articles(loaded, manifest.root, cache)]


def _build(manifest: Manifest, options: BuildOptions, progress: Progress | None) -> BuildResult:
    started = time.perf_counter()
    formats = _formats(manifest, options)
    load_profile(manifest.layout_name, manifest.layout_overrides)  # a bad layout fails first
    out_dir = options.out_dir or manifest.resolve(manifest.out_dir)
    cache = source_cache(manifest, enabled=options.use_cache)
    loaded = load_sources(manifest, cache, progress)
    booklet = assemble_booklet(manifest, loaded)
    result = BuildResult(cache_hits=cache.hits, cache_misses=cache.misses,
                         recleaned=list(cache.recleaned))
    if cache.write_error:
        result.warnings.append(cache.write_error)
    targets = {fmt: out_dir / f"{manifest.name}.{fmt}" for fmt in formats}
    fingerprint = _fingerprint(manifest, loaded, formats, booklet)
    if not options.force and _is_up_to_date(out_dir, fingerprint, targets):
        result.outputs, result.up_to_date = targets, True
        result.seconds = time.perf_counter() - started
        return result
    result.warnings.extend(_repeats(loaded, manifest, cache))  # like glyph warnings: when building
    _publish(out_dir, targets, fingerprint,
             lambda staging: _render_outputs(booklet, formats, staging, manifest, result,
                                             options, progress))
    result.outputs = targets
    result.seconds = time.perf_counter() - started
    return result
