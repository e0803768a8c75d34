"""The quick up-to-date check: a no-op build decided before the build's modules load.

The full check (``booklet.fingerprint``) needs the manifest validated (pydantic), the
templates found (jinja2), the sources hashed and the fonts resolved (fontconfig) — most
of a no-op build's time is importing and asking for those.  So whenever the full check
has been computed, the build also records *what it was computed from*, as observations a
later build can repeat with the standard library alone:

- ``content``: the SHA-256 of each input file the user edits — the manifest, the
  sources, the project's own templates (or that a file is absent); the manifest and
  sources are observed before they are read, so one saved while the build runs is
  rebuilt next time rather than taken as built;
- ``stat``: size and modification time of the font files (as the full check has them);
- ``trees``: the modification time of every folder in the trees where a file appearing
  would change the build — the project's ``templates/`` and the font folders, so that a
  font installed after the build, or a template added, is noticed (the way fontconfig
  validates its own cache);
- ``code``: size and modification time of every file of the booklet package (how Python
  validates its ``.pyc`` files), and ``context``: the command's options and
  ``SOURCE_DATE_EPOCH``.

When every observation is as recorded, the outputs are still there with their sizes and
the state file beside them still holds the recorded fingerprint, the full check would
find the same fingerprint: the build stops.  When anything differs, the full check
decides as before (and records fresh observations).  This module imports nothing beyond
the standard library.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, Mapping

PACKAGE_DIR = Path(__file__).resolve().parent
CACHE_DIR_NAME = ".booklet-cache"
STATE_FILE = ".booklet-state.json"
RECORD_VERSION = 1
# Package files that decide what a build writes: code, layout profiles, built-in templates.
CODE_SUFFIXES = (".py", ".yaml", ".j2")


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes, or None when it is absent or unreadable."""
    try:
        with path.open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


def stat_stamp(path: Path) -> list[int] | None:
    """[size, mtime_ns] of a file, or None when it is absent."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def tree_stamp(root: Path) -> dict[str, int] | None:
    """Modification time of ``root`` and of every folder below it (None when absent).

    A file added to or removed from a folder changes that folder's time, so this notices
    fonts installed or templates added anywhere in the tree without reading a file.
    """
    if not root.is_dir():
        return None
    stamps: dict[str, int] = {}
    for folder, subfolders, _files in os.walk(root):
        try:
            stamps[folder] = os.stat(folder).st_mtime_ns
        except OSError:
            continue
        subfolders.sort()
    return stamps


def code_stamp() -> str:
    """Hash of the name, size and modification time of every package file in ``CODE_SUFFIXES``."""
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(PACKAGE_DIR):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(CODE_SUFFIXES):
                stat = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}|{stat.st_size}|{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def record_path(manifest_path: Path, context: str) -> Path:
    """Where the observations of a build of ``manifest_path`` with ``context`` are kept."""
    key = hashlib.sha256(f"{manifest_path.resolve()}\0{context}".encode()).hexdigest()[:20]
    return manifest_path.parent / CACHE_DIR_NAME / "builds" / f"{key}.json"


Observations = dict[str, dict[str, object]]


def observe(*, content: Iterable[Path] = (), stat: Iterable[Path] = (),
            trees: Iterable[Path] = (), read: Mapping[Path, str] | None = None) -> Observations:
    """The inputs as they are now: ``content`` by hash, ``stat`` by size and time, ``trees``
    by their folders' times (see the module docstring); ``read``: hashes of files already
    read, of the bytes the build holds (they win over ``content``).

    Taken *before* the build reads them: a file saved while the build runs then differs
    from its observation, and the next build does not take it as built.
    """
    digests = {os.path.abspath(p): file_digest(p) for p in sorted(set(content))}
    digests.update((os.path.abspath(p), digest) for p, digest in (read or {}).items())
    return {
        "content": dict(sorted(digests.items())),
        "stat": {os.path.abspath(p): stat_stamp(p) for p in sorted(set(stat))},
        "trees": {os.path.abspath(p): tree_stamp(p) for p in sorted(set(trees))},
    }


def record(manifest_path: Path, context: str, fingerprint: str, outputs: Mapping[str, Path],
           *observations: Observations) -> None:
    """Keep the observations behind ``fingerprint``, with the outputs as they now stand.

    A path observed twice keeps its first (earliest) observation.  Best effort: a project
    folder that cannot be written only loses the quick check.
    """
    observed: dict[str, object] = {
        "version": RECORD_VERSION, "context": context, "code": code_stamp(),
        "fingerprint": fingerprint,
        "outputs": {fmt: [os.path.abspath(path), stat_stamp(path)] for fmt, path in outputs.items()},
    }
    for kind in ("content", "stat", "trees"):
        merged: dict[str, object] = {}
        for observation in observations:
            for path, stamp in observation[kind].items():
                merged.setdefault(path, stamp)
        observed[kind] = dict(sorted(merged.items()))
    target = record_path(manifest_path, context)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(observed), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # the next build runs the full check: slower, never wrong


def unchanged_outputs(manifest_path: Path, context: str) -> dict[str, Path] | None:
    """The outputs of the last build when nothing it depends on has changed, else None."""
    try:
        observed = json.loads(record_path(manifest_path, context).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(observed, dict) or observed.get("version") != RECORD_VERSION \
            or observed.get("context") != context or observed.get("code") != code_stamp():
        return None
    outputs = {fmt: (Path(path), stamp) for fmt, (path, stamp) in observed["outputs"].items()}
    if not outputs or not _state_matches(observed["fingerprint"], outputs):
        return None
    if any(file_digest(Path(p)) != digest for p, digest in observed["content"].items()):
        return None
    if any(stat_stamp(Path(p)) != stamp for p, stamp in observed["stat"].items()):
        return None
    if any(tree_stamp(Path(p)) != stamp for p, stamp in observed["trees"].items()):
        return None
    return {fmt: path for fmt, (path, _stamp) in outputs.items()}


def _state_matches(fingerprint: str, outputs: Mapping[str, tuple[Path, list[int] | None]]) -> bool:
    """The outputs are the ones that build left: untouched, and its state file still beside them
    (another build with other options, or a failed one, in between rewrote or kept it)."""
    if any(stat_stamp(path) != stamp or stamp is None for path, stamp in outputs.values()):
        return False
    folder = next(iter(outputs.values()))[0].parent
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(state, dict) and state.get("fingerprint") == fingerprint
