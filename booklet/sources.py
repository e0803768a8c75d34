"""Turn the manifest's ``contents`` into parts of articles: read (cached), select, override."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from booklet.ahead import clean_ahead
from booklet.cache import SourceCache
from booklet.errors import InputError
from booklet.fileio import display_path
from booklet.i18n import _
from booklet.manifest import EntryRef, Manifest, ReferenceEntry, iter_entries
from booklet.model import Article, Part, Provenance
from booklet.present.source import source_fields
from booklet.readers import READERS, Extracted, ReadOptions, ReadResult, reader_for
from booklet.report import Imbalance
from booklet.select import select_article
from booklet.sniff import check_source_bytes, check_suffix, run_reader

if TYPE_CHECKING:
    from booklet.clean.guard import Accounting

Progress = Callable[[str], None]
Warn = Callable[[str], None]

# A speech, or a whole year of them in one compilation, is well under 2 MB of text;
# a full build takes about 5 s per MB of source (239 s for 50 MB, issue 13), so from
# 5 MB on a person should hear that the wait is expected, before it starts.
LARGE_SOURCE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """One manifest entry after reading: the article and where it came from."""

    ref: EntryRef
    path: Path
    article: Article
    cache_key: str
    lost: Imbalance | None = None   # the nothing-lost guard's finding (``ReadResult.lost``)


def load_source(path: Path, options: ReadOptions | None = None,
                progress: Progress | None = None) -> ReadResult:
    """Read one source with the reader its suffix selects, and clean what it read.

    This is the one place the cleaner runs: readers only read.  A line reader's lines are
    cleaned with the source's rule switches; the reader's own report comes first in the
    result's report.  A ``.md`` file (the cleaned-Markdown contract) is read as it stands.
    ``progress`` hears each cleaning step (``load_sources`` passes it for a large source).

    Every cleaning is balanced by the nothing-lost guard (a count per character, a few per
    cent of the cleaning's time): a mismatch — a rule's bug, never the input's — is kept in
    the result's ``lost`` for the build to warn about, so the booklet is still made and the
    person hears which file to report.  ``BOOKLET_VERIFY=1`` (the test suite) makes it an error.
    """
    return _cleaned(path, options, progress, strict=os.environ.get("BOOKLET_VERIFY") == "1")[0]


def verify_source(path: Path, options: ReadOptions | None = None) -> tuple[ReadResult, "Accounting | None"]:
    """``load_source`` with the nothing-lost guard strict: the result and the balance of its
    characters (None for a ``.md`` source, which is read as it stands); a ``guard.LostText`` error
    when a character went missing."""
    return _cleaned(path, options, None, strict=True)


def _cleaned(path: Path, options: ReadOptions | None, progress: Progress | None,
             strict: bool) -> tuple[ReadResult, "Accounting | None"]:
    from booklet.clean import clean
    from booklet.clean.guard import account, lost_text

    options = options or ReadOptions()
    product = _read(path)
    if not isinstance(product, Extracted):
        return product, None
    cleaned = clean(product.lines, options.rules, source=path, progress=progress, verify=False)
    balance = account(product.lines, cleaned.document, cleaned.report)
    lost = None if balance.ok else balance.imbalance(product.lines)
    if lost and strict:
        raise lost_text(lost, path)
    report = product.report
    report.extend(cleaned.report)
    return ReadResult(cleaned.document, report, lost), balance


def lost_text_warning(path: Path, lost: Imbalance) -> str:
    """The build's one-line warning for a source whose cleaning lost or invented characters."""
    return _("{path}: cleaning {what} — the booklet was made all the same; please report this "
             "file").format(path=display_path(path), what=lost.describe())


def _read(path: Path) -> Extracted | ReadResult:
    if not path.exists():
        raise InputError(_("source file not found"), path=path)
    if path.is_dir():
        raise InputError(_("source is a folder, not a file"), path=path)
    return run_reader(reader_for(path), path)  # imports the reader only now


def source_key(path: Path, options: ReadOptions, cache: SourceCache, again: bool = False) -> str:
    """The cache key of ``path`` read with ``options``: the file is read and checked, not cleaned —
    once per build (an entry with ``select`` names its file again, and ``ahead`` asked first),
    unless ``again``: a source about to be cleaned is keyed by its bytes as they are then."""
    known = (path, json.dumps(options.rules, sort_keys=True))
    if known in cache.keys and not again:
        return cache.keys[known]
    check_suffix(path)  # an unknown suffix fails before reading the bytes
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(_("source file not found"), path=path) from exc
    except IsADirectoryError as exc:
        raise InputError(_("source is a folder, not a file"), path=path) from exc
    except PermissionError as exc:
        raise InputError(_("source file cannot be read (permission denied)"), path=path) from exc
    check_source_bytes(path, data)
    cache.keys[known] = key = cache.key(data, path.suffix, options)
    return key


def read_cached(path: Path, options: ReadOptions, cache: SourceCache,
                key: str | None = None, progress: Progress | None = None) -> tuple[ReadResult, str]:
    """Read ``path`` through the cache; returns the result and its cache key (``key``, when the
    caller has it from ``source_key``); ``progress`` hears the cleaning steps of a miss."""
    if key is None:
        key = source_key(path, options, cache)
    result = cache.get(key)
    if result is not None:
        cache.hits += 1
        return result, key
    cache.misses += 1
    cache.recleaned.append(path)
    result = cache.take(key)
    if result is None:   # (the file may have been edited since its key was taken: never store
        key = source_key(path, options, cache, again=True)   # what it says now under its old key)
        result = load_source(path, options, progress)
        cache.put(key, result)
    return result, key


def _entry_error(ref: EntryRef, manifest: Manifest, message: str, key: str) -> InputError:
    return InputError(message, path=manifest.path, line=ref.line, key=key)


def load_entry(ref: EntryRef, manifest: Manifest, cache: SourceCache,
               seen: dict[tuple[Path, str], int | None], progress: Progress | None = None) -> LoadedSource:
    """Read one manifest entry (through the cache) and apply its select and overrides.

    ``seen`` maps (source, select) of entries loaded so far to their line, to
    catch an article listed twice; ``progress`` hears the cleaning steps.
    """
    entry = ref.entry
    path = manifest.resolve(entry.source)
    if not path.exists():
        raise _entry_error(ref, manifest, _("source file not found: {path}").format(
            path=display_path(path)), "source")
    identity = (path, entry.select or "")
    if identity in seen:
        if entry.select:
            message = _("duplicate article: {source} select '{select}' is already listed at "
                        "line {line}")
        else:
            message = _("duplicate article: {source} is already listed at line {line}")
        raise _entry_error(ref, manifest, message.format(source=entry.source, select=entry.select,
                                                         line=seen[identity]), "source")
    seen[identity] = ref.line
    result, key = read_cached(path, ReadOptions(rules=dict(entry.clean)), cache, progress=progress)
    article = _pick(result, ref, path, manifest)
    article = _apply_overrides(article, ref, path, manifest.root)
    return LoadedSource(ref, path, article, key, result.lost)


def load_sources(manifest: Manifest, cache: SourceCache, progress: Progress | None = None,
                 warn: Warn | None = None) -> list[LoadedSource]:
    """Read every entry of the manifest and return its article with overrides applied.

    A large source is announced through ``warn`` before it is read, and the
    progress line names it while it is cleaned, with each cleaning step.
    """
    loaded: list[LoadedSource] = []
    seen: dict[tuple[Path, str], int | None] = {}
    refs = iter_entries(manifest)
    notes = [large_source_note(manifest.resolve(ref.entry.source)) for ref in refs]
    for note in notes:
        if note and warn:
            warn(note)
    clean_ahead(manifest, refs, cache, progress)
    for number, (ref, note) in enumerate(zip(refs, notes), start=1):
        if progress:
            step = _("reading {number}/{total}: {source}").format(
                number=number, total=len(refs), source=ref.entry.source)
            progress(step + (" — " + _("a large file, cleaning takes a while") if note else ""))
        steps = _cleaning_steps(progress, step) if progress and note else None
        item = load_entry(ref, manifest, cache, seen, steps)
        if item.lost and warn:
            warn(lost_text_warning(item.path, item.lost))
        loaded.append(item)
    return loaded


def _cleaning_steps(progress: Progress, step: str) -> Progress:
    """The progress line for a large source's cleaning: its reading step, then the rule."""
    return lambda rule: progress(step + " — " + rule)


def large_source_note(path: Path) -> str | None:
    """A warning for a source over ``LARGE_SOURCE_BYTES``, else None."""
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it will say what is wrong
    if size < LARGE_SOURCE_BYTES:
        return None
    return _("{path}: a large source ({size:.0f} MB); cleaning and typesetting it take a "
             "while").format(path=display_path(path), size=size / 2**20)


def outside_project(manifest: Manifest) -> list[tuple[str, str]]:
    """(manifest:line, message) for every source that lies outside the manifest's folder."""
    found = []
    root = manifest.root.resolve()
    for ref in iter_entries(manifest):
        if manifest.resolve(ref.entry.source).is_relative_to(root):
            continue
        where = f"{manifest.path}:{ref.line}" if ref.line else str(manifest.path)
        found.append((where, _("source {source} is outside the project folder; copy it into "
                               "sources/ so the project travels as one folder").format(
                                   source=ref.entry.source)))
    return found


def _pick(result: ReadResult, ref: EntryRef, path: Path, manifest: Manifest) -> Article:
    articles = result.document.articles
    if not articles:
        raise InputError(_("the source holds no text"), path=path)
    if ref.entry.select:
        return select_article(articles, ref.entry.select, path=manifest.path, line=ref.line)
    if len(articles) > 1:
        titles = "; ".join(a.title for a in articles)
        raise InputError(_("{source} holds {count} articles; add 'select:' to pick one, or list "
                           "each with its own entry ({titles})").format(
                               source=ref.entry.source, count=len(articles), titles=titles),
                         path=manifest.path, line=ref.line, key="select")
    return articles[0]


def _apply_overrides(article: Article, ref: EntryRef, path: Path, root: Path) -> Article:
    entry = ref.entry
    changes: dict[str, Any] = {"provenance": Provenance(path, entry.select)}
    for name in ("title", "kicker", "author", "origin", "date"):
        value = getattr(entry, name)
        if value is not None:
            changes[name] = value
    if entry.origin is not None or entry.date is not None:
        # the manifest's who/when win over the printed line's; the presentation layer words it
        origin, when = source_fields(article)
        changes.update(origin=entry.origin or origin, date=entry.date or when, source_line=None)
    if entry.captions is not None:
        changes["captions"] = entry.captions
    return dataclasses.replace(article, **changes)


def group_parts(loaded: list[LoadedSource]) -> tuple[Part, ...]:
    """Consecutive entries with the same part title become one ``Part``."""
    parts: list[Part] = []
    for item in loaded:
        if parts and parts[-1].title == item.ref.part:
            parts[-1] = Part(parts[-1].title, parts[-1].articles + (item.article,))
        else:
            parts.append(Part(item.ref.part, (item.article,)))
    return tuple(parts)


# ------------------------------------------------------------- references ---


@dataclass(frozen=True, slots=True)
class ReferenceFile:
    """One reference file, read and checked but not yet cleaned: ``read_reference`` gives its
    articles (through the cache).  ``booklet verify`` keeps what it derives from them under
    ``cache_key``, so a later run need not load the articles at all."""

    entry: ReferenceEntry
    path: Path
    options: ReadOptions
    cache_key: str


def _readable_files(folder: Path) -> list[Path]:
    """Files in ``folder`` (and below) a reader exists for, in name order; hidden ones skipped."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in READERS
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def _reference_error(manifest: Manifest, line: int | None, index: int, message: str) -> InputError:
    return InputError(message, path=manifest.path, line=line, key=f"references.{index}")


def reference_paths(manifest: Manifest) -> list[tuple[ReferenceEntry, Path]]:
    """Every reference file the manifest names, folders expanded; missing ones are errors."""
    out: list[tuple[ReferenceEntry, Path]] = []
    for index, (entry, line) in enumerate(manifest.reference_entries()):
        path = manifest.resolve(entry.source)
        if path.is_dir():
            files = _readable_files(path)
            if not files:
                raise _reference_error(manifest, line, index, _(
                    "reference folder holds no readable file: {folder}").format(
                        folder=entry.source))
            out.extend((entry, f) for f in files)
        elif path.is_file():
            out.append((entry, path))
        else:
            missing = _("reference folder not found: {path}") \
                if entry.source.endswith(("/", "\\")) \
                else _("reference file or folder not found: {path}")
            raise _reference_error(manifest, line, index, missing.format(path=entry.source))
    return out


def load_references(manifest: Manifest, cache: SourceCache) -> list[ReferenceFile]:
    """Every reference file, read and checked (its cache key known), not cleaned yet."""
    files: list[ReferenceFile] = []
    for entry, path in reference_paths(manifest):
        options = ReadOptions(rules=dict(entry.clean))
        files.append(ReferenceFile(entry, path, options, source_key(path, options, cache)))
    return files


def read_reference(reference: ReferenceFile, cache: SourceCache) -> tuple[Article, ...]:
    """The articles of a reference file (cleaned and cached like sources)."""
    result, _key = read_cached(reference.path, reference.options, cache, key=reference.cache_key)
    return tuple(dataclasses.replace(a, provenance=Provenance(reference.path))
                 for a in result.document.articles)


def load_comparison(item: LoadedSource, manifest: Manifest,
                    cache: SourceCache) -> tuple[Path, tuple[Article, ...]] | None:
    """The articles of an entry's ``compare_with:`` file, or None when it has none."""
    other = item.ref.entry.compare_with
    if not other:
        return None
    path = manifest.resolve(other)
    if not path.is_file():
        raise _entry_error(item.ref, manifest,
                           _("compare_with file not found: {path}").format(path=other),
                           "compare_with")
    result, _key = read_cached(path, ReadOptions(), cache)
    return path, tuple(dataclasses.replace(a, provenance=Provenance(path))
                       for a in result.document.articles)
