"""Turn the manifest's ``contents`` into parts of articles: read (cached), select, override."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from booklet.cache import SourceCache
from booklet.errors import InputError
from booklet.manifest import EntryRef, Manifest, iter_entries
from booklet.model import Article, Part, Provenance
from booklet.present.source import source_fields
from booklet.readers import ReadOptions, ReadResult, reader_for
from booklet.select import select_article
from booklet.sniff import check_source_bytes, check_suffix, run_reader

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """One manifest entry after reading: the article and where it came from."""

    ref: EntryRef
    path: Path
    article: Article
    cache_key: str


def read_cached(path: Path, options: ReadOptions, cache: SourceCache) -> tuple[ReadResult, str]:
    """Read ``path`` through the cache; returns the result and its cache key."""
    check_suffix(path)  # an unknown suffix fails before reading the bytes
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("source file not found", path=path) from exc
    except IsADirectoryError as exc:
        raise InputError("source is a folder, not a file", path=path) from exc
    except PermissionError as exc:
        raise InputError("source file cannot be read (permission denied)", path=path) from exc
    check_source_bytes(path, data)
    key = cache.key(data, path.suffix, options)
    result = cache.get(key)
    if result is not None:
        cache.hits += 1
        return result, key
    cache.misses += 1
    cache.recleaned.append(path)
    result = run_reader(reader_for(path), path, options)  # imports the reader only now
    cache.put(key, result)
    return result, key


def _entry_error(ref: EntryRef, manifest: Manifest, message: str, key: str) -> InputError:
    return InputError(message, path=manifest.path, line=ref.line, key=key)


def load_entry(ref: EntryRef, manifest: Manifest, cache: SourceCache,
               seen: dict[tuple[Path, str], int | None]) -> LoadedSource:
    """Read one manifest entry (through the cache) and apply its select and overrides.

    ``seen`` maps (source, select) of entries loaded so far to their line, to
    catch an article listed twice.
    """
    entry = ref.entry
    path = manifest.resolve(entry.source)
    if not path.exists():
        raise _entry_error(ref, manifest, f"source file not found: {path}", "source")
    identity = (path, entry.select or "")
    if identity in seen:
        raise _entry_error(ref, manifest, f"duplicate article: {entry.source}"
                           + (f" select '{entry.select}'" if entry.select else "")
                           + f" is already listed at line {seen[identity]}", "source")
    seen[identity] = ref.line
    result, key = read_cached(path, ReadOptions(rules=dict(entry.clean)), cache)
    article = _pick(result, ref, path, manifest)
    article = _apply_overrides(article, ref, path, manifest.root)
    return LoadedSource(ref, path, article, key)


def load_sources(manifest: Manifest, cache: SourceCache,
                 progress: Progress | None = None) -> list[LoadedSource]:
    """Read every entry of the manifest and return its article with overrides applied."""
    loaded: list[LoadedSource] = []
    seen: dict[tuple[Path, str], int | None] = {}
    refs = iter_entries(manifest)
    for number, ref in enumerate(refs, start=1):
        if progress:
            progress(f"reading {number}/{len(refs)}: {ref.entry.source}")
        loaded.append(load_entry(ref, manifest, cache, seen))
    return loaded


def _pick(result: ReadResult, ref: EntryRef, path: Path, manifest: Manifest) -> Article:
    articles = result.document.articles
    if not articles:
        raise InputError("the source holds no text", path=path)
    if ref.entry.select:
        return select_article(articles, ref.entry.select, path=manifest.path, line=ref.line)
    if len(articles) > 1:
        titles = "; ".join(a.title for a in articles)
        raise InputError(f"{ref.entry.source} holds {len(articles)} articles; add 'select:' to "
                         f"pick one, or list each with its own entry ({titles})",
                         path=manifest.path, line=ref.line, key="select")
    return articles[0]


def _apply_overrides(article: Article, ref: EntryRef, path: Path, root: Path) -> Article:
    entry = ref.entry
    changes: dict[str, object] = {"provenance": Provenance(path, entry.select)}
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
