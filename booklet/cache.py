"""Cache of cleaned sources, so a rebuild re-reads only what changed.

The key is the source's content hash, the reading options and a fingerprint
of the reader/cleaner code, so editing the cleaner invalidates old entries.
Entries are pickles of ``ReadResult`` written atomically; the folder
(``.booklet-cache/`` beside the manifest) can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Callable

from booklet import __version__
from booklet.errors import describe_os_error
from booklet.i18n import _
from booklet.fileio import atomic_path
from booklet.readers import ReadOptions, ReadResult

PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def code_fingerprint(*subdirs: str) -> str:
    """Hash of the package's Python sources under ``subdirs`` (all of them when empty)."""
    digest = hashlib.sha256(__version__.encode())
    roots = [PACKAGE_DIR / d for d in subdirs] if subdirs else [PACKAGE_DIR]
    for root in roots:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def reader_fingerprint() -> str:
    """Fingerprint of everything that decides what a reader produces."""
    return code_fingerprint("readers", "clean", "model.py", "rawlines.py", "report.py", "shapes.py",
                            "cjk.py", "mdsyntax.py", "sources.py")


def dump(result: ReadResult) -> bytes:
    """``result`` as the cache stores it (and as a child process cleaning ahead sends it back)."""
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


@dataclass(slots=True)
class SourceCache:
    """Read-through cache of ``ReadResult`` per (source bytes, options, code)."""

    folder: Path
    enabled: bool = True
    hits: int = 0
    misses: int = 0
    recleaned: list[Path] = field(default_factory=list)
    memory: dict[str, ReadResult] = field(default_factory=dict)  # one build reads a file once
    derived_memory: dict[str, Any] = field(default_factory=dict)
    keys: dict[tuple[Path, str], str] = field(default_factory=dict)  # a build hashes a file once
    # Results cleaned ahead, side by side, in this build (``ahead.clean_ahead``): not yet counted
    # as misses nor written; ``read_cached`` takes each one (``take``) as it comes to it.  A result
    # a child process cleaned arrives as the bytes the cache stores (``dump``), written as they are.
    fresh: dict[str, ReadResult | bytes] = field(default_factory=dict)
    write_error: str | None = None

    def key(self, data: bytes, suffix: str, options: ReadOptions) -> str:
        """Cache key for a source's bytes read with ``options``."""
        digest = hashlib.sha256(data)
        digest.update(suffix.lower().encode())
        digest.update(json.dumps(options.rules, sort_keys=True).encode())
        digest.update(reader_fingerprint().encode())
        return digest.hexdigest()

    def get(self, key: str) -> ReadResult | None:
        """The cached result, or None when absent or unreadable (a stale format)."""
        if key in self.memory:
            return self.memory[key]
        if not self.enabled:
            return None
        path = self.folder / f"{key}.pickle"
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except OSError:  # absent, or the cache folder is unusable: a miss
            return None
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None  # written by another version: treat as a miss, it is rewritten
        if not isinstance(result, ReadResult):
            return None
        self.memory[key] = result
        return result

    def put(self, key: str, result: ReadResult, data: bytes | None = None) -> None:
        """Store a result (atomically, so a crash never leaves half a pickle); ``data``, when
        given, is ``result`` already pickled (``dump``) and is written as it is."""
        self.memory[key] = result
        if not self.enabled:
            return
        try:
            with atomic_path(self.folder / f"{key}.pickle") as tmp:
                tmp.write_bytes(dump(result) if data is None else data)
        except OSError as exc:  # a read-only project still builds, just without a cache
            self.enabled = False
            self.write_error = _("cannot write the cache in {folder}: {reason}").format(
                folder=self.folder, reason=describe_os_error(exc))

    def take(self, key: str) -> ReadResult | None:
        """The result cleaned ahead for ``key`` (``fresh``), stored as a miss's result is; None
        when there is none.  One that came pickled is unpickled once and written as it came."""
        fresh = self.fresh.pop(key, None)
        if fresh is None:
            return None
        if isinstance(fresh, ReadResult):
            self.put(key, fresh)
            return fresh
        result = pickle.loads(fresh)
        self.put(key, result, fresh)
        return result

    def derived(self, key: str, kind: str, make: Callable[[], Any]) -> Any:
        """A value computed from cached material (e.g. ``booklet verify``'s n-gram index):
        loaded when stored under (``key``, ``kind``), else made, stored and returned.

        ``key`` must change whenever the value would (hash the inputs and the code).
        """
        name = f"{key}.{kind}"
        if name in self.derived_memory:
            return self.derived_memory[name]
        path = self.folder / f"{name}.pickle"
        value: Any = None
        if self.enabled:
            try:
                with path.open("rb") as fh:
                    value = pickle.load(fh)
            except OSError:
                value = None
            except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
                value = None
        if value is None:
            value = make()
            if self.enabled:
                try:
                    with atomic_path(path) as tmp:
                        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
                except OSError as exc:
                    self.enabled = False
                    self.write_error = _("cannot write the cache in {folder}: {reason}").format(
                        folder=self.folder, reason=describe_os_error(exc))
        self.derived_memory[name] = value
        return value
