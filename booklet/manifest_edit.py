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
from ruamel.yaml.tokens import CommentToken

from booklet.errors import InputError
from booklet.i18n import _
from booklet.fileio import write_text_atomic
from booklet.manifest import (DEFAULT_MANIFEST, Manifest, iter_entries, load_manifest,
                              parse_manifest, read_manifest_text)
from booklet.sniff import check_suffix
from booklet.yamlcheck import describe_yaml_problem

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
    raise InputError(_("--after '{after}' matches no entry; titles: {titles}").format(
        after=after, titles="; ".join(titles)), key="--after")


def _new_entry(source: str, title: str | None, select: str | None) -> CommentedMap:
    entry = CommentedMap()
    entry["source"] = source
    if select:
        entry["select"] = select
    if title:
        entry["title"] = title
    return entry


def _is_part(item: Any) -> bool:
    return isinstance(item, dict) and "part" in item


def _part_list(contents: CommentedSeq, part: str) -> CommentedSeq:
    """The ``contents`` list of the part named ``part``, created at the end when absent."""
    for item in contents:
        if _is_part(item) and _norm(item.get("part")) == _norm(part):
            return item["contents"]
    group = CommentedMap()
    group["part"] = part
    group["contents"] = CommentedSeq()
    contents.append(group)  # below any closing comment block: it may well introduce parts
    return group["contents"]


def _last_top_level(contents: CommentedSeq) -> int:
    """Index of the last entry outside every part; -1 (the front) when all items are parts.

    A new article goes there by default: appended behind a part it would read
    as that part's last article in the table of contents.
    """
    return max((i for i, item in enumerate(contents) if not _is_part(item)), default=-1)


def _insert_after(seq: CommentedSeq, index: int, item: CommentedMap) -> None:
    """Insert ``item`` right behind ``seq[index]`` (at the front for -1).

    The comment lines below ``seq[index]`` describe what follows it (the next
    entry, a part, a commented-out example), so they move below the new item
    and stay above what they describe; a comment at the end of the line stays.
    """
    if index >= 0:
        moved = _take_following_comment(seq[index])
        if moved is not None:
            last = list(item)[-1]
            item.ca.items[last] = [None, None, moved, None]
    seq.insert(index + 1, item)


def _comment_slot(node: Any) -> tuple[Any, Any, int] | None:
    """(container, key, slot) where ruamel keeps the comment after ``node``'s last line.

    It hangs on the last key of the innermost block collection that ends there:
    slot 2 of a mapping key's comment list, slot 0 of a sequence index's.
    """
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        key = list(node)[-1] if isinstance(node, CommentedMap) else len(node) - 1
        child = node[key]
        if isinstance(child, (CommentedMap, CommentedSeq)) and len(child) \
                and not child.fa.flow_style():
            node = child
            continue
        return node, key, 2 if isinstance(node, CommentedMap) else 0
    return None


def _take_following_comment(node: Any) -> CommentToken | None:
    """Detach the full comment lines that follow ``node`` (its end-of-line comment stays)."""
    slot = _comment_slot(node)
    if slot is None:
        return None
    holder, key, index = slot
    comments = holder.ca.items.get(key)
    token = comments[index] if comments and len(comments) > index else None
    if not isinstance(token, CommentToken):
        return None
    same_line, newline, following = token.value.partition("\n")
    if not following:
        return None
    if same_line.strip():
        comments[index] = CommentToken(same_line + newline, token.start_mark, None)
    else:
        comments[index] = None
    return CommentToken("\n" + following, token.start_mark, None)


def _check_duplicate(manifest: Manifest, source: Path, select: str | None) -> None:
    for ref in iter_entries(manifest):
        if manifest.resolve(ref.entry.source) == source.resolve() and \
                _norm(ref.entry.select) == _norm(select):
            message = _("duplicate article: {source} select '{select}' is already listed") \
                if select else _("duplicate article: {source} is already listed")
            raise InputError(message.format(source=ref.entry.source, select=select),
                             path=manifest.path, line=ref.line, key="source")


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

    result, _key = read_cached(source, ReadOptions(), SourceCache(source.parent, enabled=False))
    articles = result.document.articles
    if not articles:
        raise InputError(_("the source holds no text"), path=source)
    if select:
        select_article(articles, select, path=source)
    elif len(articles) > 1:
        raise InputError(_("holds {count} articles; add one at a time with --select (titles: "
                           "{titles})").format(count=len(articles),
                                               titles="; ".join(a.title for a in articles)),
                         path=source, key="--select")


def add_source(manifest_path: Path, source: Path, *, title: str | None = None,
               select: str | None = None, after: str | None = None,
               part: str | None = None) -> AddResult:
    """Add ``source`` to the manifest; see the module docstring.

    By default the entry goes to the top level, behind the last entry outside
    any part; ``after`` puts it behind the entry whose title, select or file
    name matches; ``part`` puts it at the end of that part (created when
    missing).  Comments stay with the entries they describe.
    """
    if after and part:
        raise InputError(_("give either --after or --part, not both"), key="--part")
    if manifest_path.is_dir():
        manifest_path = manifest_path / DEFAULT_MANIFEST
    if not source.is_file():
        raise InputError(_("source file not found") if not source.exists()
                         else _("source is not a file"), path=source)
    check_suffix(source)
    manifest = load_manifest(manifest_path)
    _check_duplicate(manifest, source, select)
    _check_readable(source, select)
    text = read_manifest_text(manifest_path)  # written back as UTF-8
    yaml = _yaml(text)
    try:
        data = yaml.load(text)
    except YAMLError as exc:
        raise InputError(describe_yaml_problem(exc), path=manifest_path) from exc
    rel = relative_source(source, manifest.root)
    entry = _new_entry(rel, title, select)
    contents = data["contents"]
    if after:
        seq, index = _locate(contents, after, lambda: _article_titles(manifest))
    elif part:
        seq = _part_list(contents, part)
        index = len(seq) - 1
    else:
        seq, index = contents, _last_top_level(contents)
    _insert_after(seq, index, entry)
    out = io.StringIO()
    yaml.dump(data, out)
    edited_text = out.getvalue().rstrip("\n") + "\n"
    edited = parse_manifest(edited_text, manifest_path)  # never write a manifest that fails
    write_text_atomic(manifest_path, edited_text)
    line = next((r.line for r in iter_entries(edited)
                 if r.entry.source == rel and r.entry.select == select), None)
    owner = next((r.part for r in iter_entries(edited) if r.entry.source == rel), None)
    return AddResult(manifest_path, rel, line, owner)

