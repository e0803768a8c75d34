"""``booklet add``: put a new source into ``booklet.yaml`` without disturbing the rest.

The manifest is edited with ruamel.yaml's round-trip mode, so comments, key
order, quoting and block scalars stay as the person wrote them.  The edited
text is validated before it replaces the file (atomically), so ``add`` never
leaves a manifest that no longer loads.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from booklet.errors import InputError
from booklet.fileio import write_text_atomic
from booklet.manifest import (DEFAULT_MANIFEST, Manifest, iter_entries, load_manifest,
                              parse_manifest, read_manifest_text)
from booklet.readers import READERS

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class AddResult:
    """What ``add_source`` wrote: the manifest, the entry's path text and its line."""

    manifest: Path
    source: str
    line: int | None
    part: str | None


def _yaml(text: str) -> YAML:
    """A round-trip YAML that writes sequences indented the way ``text`` does."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a long title
    offset = 2
    match = re.search(r"^( *)contents:\s*(?:#.*)?\n(?:\s*#.*\n|\s*\n)*( *)- ", text, re.MULTILINE)
    if match:
        offset = max(0, len(match.group(2)) - len(match.group(1)))
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


def relative_source(source: Path, root: Path) -> str:
    """``source`` written relative to the manifest's folder, with forward slashes."""
    return Path(os.path.relpath(source.resolve(), root.resolve())).as_posix()


def _norm(text: Any) -> str:
    return _SPACE.sub("", str(text or "")).replace("：", ":").casefold()


def _entry_matches(entry: Any, wanted: str) -> bool:
    if not isinstance(entry, dict) or "source" not in entry:
        return False
    names = (entry.get("title"), entry.get("select"), entry.get("source"),
             Path(str(entry.get("source"))).name, Path(str(entry.get("source"))).stem)
    return any(n and _norm(n) == wanted for n in names)


def _locate(contents: CommentedSeq, after: str,
            titles_of: Callable[[], list[str]]) -> tuple[CommentedSeq, int]:
    """The list holding the entry ``after`` names, and that entry's index.

    ``titles_of`` gives the articles' printed titles in manifest order; it is
    called (reading sources through the cache) only when no entry field
    (title, select, file name) matches.
    """
    wanted = _norm(after)
    places: list[tuple[CommentedSeq, int]] = []
    for i, item in enumerate(contents):
        if isinstance(item, dict) and "part" in item:
            places.extend((item["contents"], j) for j in range(len(item.get("contents") or [])))
        else:
            places.append((contents, i))
    for seq, i in places:
        if _entry_matches(seq[i], wanted):
            return seq, i
    titles = titles_of()
    for (seq, i), title in zip(places, titles):
        if _norm(title) == wanted or wanted in _norm(title):
            return seq, i
    raise InputError(f"--after '{after}' matches no entry; titles: {'; '.join(titles)}",
                     key="--after")


def _new_entry(source: str, title: str | None, select: str | None) -> CommentedMap:
    entry = CommentedMap()
    entry["source"] = source
    if select:
        entry["select"] = select
    if title:
        entry["title"] = title
    return entry


def _part_list(contents: CommentedSeq, part: str) -> CommentedSeq:
    """The ``contents`` list of the part named ``part``, created at the end when absent."""
    for item in contents:
        if isinstance(item, dict) and _norm(item.get("part")) == _norm(part):
            return item["contents"]
    group = CommentedMap()
    group["part"] = part
    group["contents"] = CommentedSeq()
    contents.append(group)
    return group["contents"]


def _check_duplicate(manifest: Manifest, source: Path, select: str | None) -> None:
    for ref in iter_entries(manifest):
        if manifest.resolve(ref.entry.source) == source.resolve() and \
                _norm(ref.entry.select) == _norm(select):
            raise InputError(f"duplicate article: {ref.entry.source}"
                             + (f" select '{select}'" if select else "")
                             + " is already listed", path=manifest.path, line=ref.line,
                             key="source")


def _article_titles(manifest: Manifest) -> list[str]:
    """Printed titles of every entry (read through the cache), for ``--after``."""
    from booklet.build import source_cache
    from booklet.sources import load_sources

    return [item.article.title for item in load_sources(manifest, source_cache(manifest))]


def _check_readable(source: Path, select: str | None) -> None:
    """Read the new source once (not into the cache) so a bad file or select fails now.

    A file holding several articles needs ``--select``; the message lists them.
    """
    from booklet.cache import SourceCache
    from booklet.readers import ReadOptions
    from booklet.select import select_article
    from booklet.sources import read_cached

    result, _ = read_cached(source, ReadOptions(), SourceCache(source.parent, enabled=False))
    articles = result.document.articles
    if not articles:
        raise InputError("the source holds no text", path=source)
    if select:
        select_article(articles, select, path=source)
    elif len(articles) > 1:
        titles = "; ".join(a.title for a in articles)
        raise InputError(f"holds {len(articles)} articles; add one at a time with --select "
                         f"(titles: {titles})", path=source, key="--select")


def add_source(manifest_path: Path, source: Path, *, title: str | None = None,
               select: str | None = None, after: str | None = None,
               part: str | None = None) -> AddResult:
    """Add ``source`` to the manifest; see the module docstring.

    By default the entry goes to the end of ``contents``; ``after`` puts it
    behind the entry whose title, select or file name matches; ``part`` puts it
    at the end of that part (created when missing).
    """
    if after and part:
        raise InputError("give either --after or --part, not both", key="--part")
    if manifest_path.is_dir():
        manifest_path = manifest_path / DEFAULT_MANIFEST
    if not source.is_file():
        raise InputError("source file not found" if not source.exists()
                         else "source is not a file", path=source)
    if source.suffix.lower() not in READERS:
        raise InputError(f"cannot read '{source.suffix or 'no suffix'}' files "
                         f"(known: {', '.join(sorted(READERS))})", path=source)
    manifest = load_manifest(manifest_path)
    _check_duplicate(manifest, source, select)
    _check_readable(source, select)
    text = read_manifest_text(manifest_path)  # written back as UTF-8
    yaml = _yaml(text)
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", path=manifest_path) from exc
    rel = relative_source(source, manifest.root)
    entry = _new_entry(rel, title, select)
    contents = data["contents"]
    if after:
        seq, index = _locate(contents, after, lambda: _article_titles(manifest))
        seq.insert(index + 1, entry)
    elif part:
        _part_list(contents, part).append(entry)
    else:
        contents.append(entry)
    out = io.StringIO()
    yaml.dump(data, out)
    edited = parse_manifest(out.getvalue(), manifest_path)  # never write a manifest that fails
    write_text_atomic(manifest_path, out.getvalue())
    line = next((r.line for r in iter_entries(edited)
                 if r.entry.source == rel and r.entry.select == select), None)
    owner = next((r.part for r in iter_entries(edited) if r.entry.source == rel), None)
    return AddResult(manifest_path, rel, line, owner)

