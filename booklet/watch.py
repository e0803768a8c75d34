"""``booklet build --watch``: rebuild whenever the manifest, a source, a template or a font changes.

Polling ``os.stat`` twice a second costs nothing for a few dozen files and
needs no extra dependency.  ``sleep`` and ``max_builds`` are parameters so a
test can drive the loop without waiting or threads.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

from booklet.errors import BookletError
from booklet.manifest import DEFAULT_MANIFEST, iter_entries, load_manifest

Snapshot = dict[Path, tuple[int, int] | None]


def watched_files(manifest_path: Path) -> list[Path]:
    """The files a build depends on; just the manifest while it does not load."""
    if manifest_path.is_dir():
        manifest_path = manifest_path / DEFAULT_MANIFEST
    files = [manifest_path]
    try:
        manifest = load_manifest(manifest_path)
    except BookletError:
        return files
    files.extend(manifest.resolve(ref.entry.source) for ref in iter_entries(manifest))
    templates = manifest.root / "templates"
    if templates.is_dir():
        files.extend(sorted(p for p in templates.iterdir() if p.is_file()))
    files.extend(manifest.resolve(p) for p in manifest.fonts.values())
    return list(dict.fromkeys(files))


def snapshot(paths: list[Path]) -> Snapshot:
    """(mtime, size) of each path, None for a missing one."""
    state: Snapshot = {}
    for path in paths:
        try:
            st = os.stat(path)
        except OSError:
            state[path] = None
        else:
            state[path] = (st.st_mtime_ns, st.st_size)
    return state


def changed(before: Snapshot, after: Snapshot) -> list[Path]:
    """Paths whose stat differs between two snapshots (added and removed ones included)."""
    return [p for p in sorted(set(before) | set(after), key=str) if before.get(p) != after.get(p)]


def watch(manifest_path: Path, build_once: Callable[[], int], *,
          on_change: Callable[[list[Path]], None] | None = None, interval: float = 0.5,
          max_builds: int | None = None, sleep: Callable[[float], None] | None = None) -> int:
    """Build now, then again after every change, until ``max_builds`` or Ctrl-C.

    ``build_once`` reports its own errors and returns an exit code; the loop
    keeps watching after a failed build, so fixing the input rebuilds.  Returns
    the exit code of the last build.
    """
    sleep = sleep or time.sleep
    builds, code = 0, 0
    while True:
        state = snapshot(watched_files(manifest_path))
        code = build_once()
        builds += 1
        if max_builds is not None and builds >= max_builds:
            return code
        while True:
            sleep(interval)
            current = snapshot(watched_files(manifest_path))
            diff = changed(state, current)
            if diff:
                break
        if on_change is not None:
            on_change(diff)
