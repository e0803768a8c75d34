"""The up-to-date check: one hash of everything a build's outputs depend on.

A build whose fingerprint matches the one recorded beside the outputs (and
whose outputs are still there, with the recorded sizes) writes nothing.  The
fingerprint covers the manifest's bytes, the cleaned sources (their cache
keys), the booklet code, the formats, the layout profile after overrides, the
template files the build renders (a project's own, or the built-in ones, and
whatever they include) and the font file serving each role — its path, size
and modification time — so installing fonts after a build, or replacing a
font file, rebuilds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, TypedDict

from booklet.cache import code_fingerprint
from booklet.frontmatter import BUILTIN_TEMPLATES, template_sources
from booklet.layout import Profile
from booklet.manifest import Manifest, iter_entries
from booklet.uptodate import STATE_FILE

if TYPE_CHECKING:
    from booklet.fonts import FontMap


def templates_used(manifest: Manifest, formats: Iterable[str]) -> list[str]:
    """Names of the templates a build of ``manifest`` renders."""
    names = ["cover.yaml.j2"]
    if manifest.notice is not None:
        names.append("notice.yaml.j2")
    if any(ref.entry.origin is not None or ref.entry.date is not None
           for ref in iter_entries(manifest)):
        names.append("source_line.j2")
    if "md" in formats:
        names.append("booklet.md.j2")
    if "html" in formats:
        names.append("booklet.html.j2")
    return names


def _font_stamps(fonts: "FontMap | None") -> list[str]:
    if fonts is None:
        return []
    stamps = []
    for role in fonts.roles():
        font = fonts[role]
        stat = font.path.stat() if font.path is not None and font.path.exists() else None
        stamps.append(f"{role}|{font.path}|{font.index}|{stat and stat.st_size}|"
                      f"{stat and stat.st_mtime_ns}|{font.wanted}|{font.embolden}")
    return stamps


def fingerprint(manifest: Manifest, cache_keys: Iterable[str], formats: list[str],
                source_date_epoch: int | None, profile: Profile,
                fonts: "FontMap | None") -> str:
    """The hash described in the module docstring (``fonts`` is None when no PDF/DOCX is built)."""
    digest = hashlib.sha256(manifest.source_bytes)  # as loaded, not as the file is now
    digest.update(code_fingerprint().encode())
    digest.update(json.dumps([formats, source_date_epoch]).encode())
    for key in cache_keys:
        digest.update(key.encode())
    digest.update(json.dumps(dataclasses.asdict(profile), sort_keys=True, default=str).encode())
    for filename, text in template_sources(templates_used(manifest, formats), manifest.root):
        digest.update(f"{filename}\0{text}\0".encode())
    for stamp in _font_stamps(fonts):
        digest.update(stamp.encode() + b"\0")
    return digest.hexdigest()


def read_inputs(manifest: Manifest) -> list[Path]:
    """The sources the build reads its text from.

    The quick check observes them before they are read (``booklet.uptodate.observe``); the
    manifest, read before them, by the bytes it was loaded from (``manifest_digest``).
    """
    return [manifest.resolve(ref.entry.source) for ref in iter_entries(manifest)]


def manifest_digest(manifest: Manifest) -> dict[Path, str]:
    """The manifest's content as the quick check records it: the hash of the bytes the build
    was made from, which a save since then no longer matches."""
    return {manifest.path: hashlib.sha256(manifest.source_bytes).hexdigest()}


class ObservedInputs(TypedDict):
    """``booklet.uptodate.observe``'s keyword arguments: paths by content, by stat, by folder times."""

    content: list[Path]
    stat: list[Path]
    trees: list[Path]


def observed_inputs(manifest: Manifest, formats: list[str],
                    fonts: "FontMap | None") -> ObservedInputs:
    """The rest of what ``fingerprint`` was computed from, as ``booklet.uptodate.observe``
    takes it once the fonts are resolved (the manifest and sources: ``read_inputs``).

    The project's templates by content (the built-in templates and profiles are package
    files: the quick check's code stamp covers them); the font files by size and time; the
    project's ``templates/`` tree and the font folders by their folders' times (a template
    added, a font installed).
    """
    own = manifest.root / "templates"
    content: list[Path] = []
    if own.is_dir():
        content = [Path(name) for name, _text in
                   template_sources(templates_used(manifest, formats), manifest.root)
                   if not Path(name).is_relative_to(BUILTIN_TEMPLATES)]
    trees = [own]
    stat: list[Path] = []
    if fonts is not None:
        from booklet.fonts.discover import font_trees

        stat = [path for role in fonts.roles() if (path := fonts[role].path) is not None]
        trees += font_trees()
    return {"content": content, "stat": stat, "trees": trees}


def is_up_to_date(out_dir: Path, fingerprint_: str, targets: dict[str, Path]) -> bool:
    """True when the last build recorded ``fingerprint_`` and its outputs are all still there."""
    try:
        state = json.loads((out_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if state.get("fingerprint") != fingerprint_:
        return False
    recorded = state.get("outputs", {})
    for fmt, path in targets.items():
        if not path.is_file() or recorded.get(fmt) != path.stat().st_size:
            return False
    return True


def write_state(out_dir: Path, fingerprint_: str, targets: dict[str, Path]) -> None:
    """Record the fingerprint and the outputs' sizes beside the outputs."""
    state = {"fingerprint": fingerprint_,
             "outputs": {fmt: path.stat().st_size for fmt, path in targets.items()}}
    (out_dir / STATE_FILE).write_text(json.dumps(state, indent=1), encoding="utf-8")
