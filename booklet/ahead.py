"""Clean a build's new sources side by side, one share per core, before they are read in order.

A cold build (or one after a cleaner upgrade) cleans every source, one after the other, and
cleaning is single-threaded Python: on a 2-core machine half the machine waits.  Sources are
cleaned independently of each other, so the misses of the cache can be split into one share
per core, each cleaned in a forked child (``booklet.parallel``) while this process cleans the
first share itself (dealt lighter, as it has the in-order pass still to do).  A child's results
come back as the bytes the cache stores.  The results go into ``SourceCache.fresh``; the
in-order pass (``sources.load_sources``) then takes each one where it would have cleaned it, so
its counting, its cache writes (a child's bytes written as they came), its select and its error
messages (with the manifest's line) are unchanged.

Nothing here decides anything a user sees: a source that fails to read or clean is left out
of the shares' results and fails again, in order, in the in-order pass, with its own message.
The results are the same bytes as the in-order cleaning (the cleaner is deterministic; a test
compares both ways).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from booklet.errors import BookletError
from booklet.i18n import _

if TYPE_CHECKING:
    from booklet.cache import SourceCache
    from booklet.manifest import EntryRef, Manifest
    from booklet.readers import ReadOptions, ReadResult

Progress = Callable[[str], None]
Miss = tuple["Path", "ReadOptions", str, int]  # path, options, cache key, size in bytes

# Forking a child with everything imported costs a few milliseconds (page tables, copy-on-write
# faults), and its results come back pickled: about what cleaning 30 KB of text costs at 3 MB/s.
# Below twice that, a second core cannot win its start back, so small builds stay in order.
AHEAD_MIN_BYTES = 64 * 1024

# After cleaning its own share, this process unpickles the children's results, and its in-order
# pass writes every result to the cache (pickling its own) and picks each entry's article:
# measured on the example's sources (20 files, CPU time), about a fifth of what cleaning them all
# costs.  Its share is dealt as if it held that fraction of all the bytes more: with it, both
# cores finish together (without, the child waited a quarter of its time for this process).
IN_ORDER_SHARE = 0.2


def cores() -> int:
    """How many cores this process may use (its affinity, where the system tells)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def misses(manifest: "Manifest", refs: list["EntryRef"], cache: "SourceCache") -> list[Miss]:
    """The entries whose cleaned result is in no cache yet, once each (a file listed twice, or a
    bad entry, is left to the in-order pass, which says what is wrong)."""
    from booklet.readers import ReadOptions
    from booklet.sources import source_key

    found: dict[str, Miss] = {}
    for ref in refs:
        path = manifest.resolve(ref.entry.source)
        options = ReadOptions(rules=dict(ref.entry.clean))
        try:
            key = source_key(path, options, cache)
            size = path.stat().st_size
        except (BookletError, OSError):
            continue
        if key not in found and cache.get(key) is None:
            found[key] = (path, options, key, size)
    return list(found.values())


def shares(found: list[Miss], count: int, head_start: int = 0) -> list[list[Miss]]:
    """``found`` dealt into ``count`` shares of about equal size: largest first, each to the
    lightest share so far, the first share counted ``head_start`` bytes heavier from the start
    (this process's own, which has more to do after it); empty shares dropped."""
    dealt: list[list[Miss]] = [[] for _ in range(count)]
    weight = [head_start] + [0] * (count - 1)
    for miss in sorted(found, key=lambda m: (-m[3], str(m[0]))):
        lightest = weight.index(min(weight))
        dealt[lightest].append(miss)
        weight[lightest] += miss[3]
    return [share for share in dealt if share]


def clean_share(share: list[Miss]) -> dict[str, "ReadResult"]:
    """Each source of ``share`` read and cleaned, by cache key; one that fails is left out."""
    from booklet.sources import load_source

    done: dict[str, ReadResult] = {}
    for path, options, key, _size in share:
        try:
            done[key] = load_source(path, options)
        except Exception:  # noqa: BLE001 - the in-order pass meets it again and reports it
            continue
    return done


def _pickled(done: dict[str, "ReadResult"]) -> dict[str, bytes]:
    """A child's results as the cache stores them: pickled once there, they cross the pipe as
    bytes and are written to the cache as they are; only their unpickling is left to us."""
    from booklet.cache import dump

    return {key: dump(result) for key, result in done.items()}


def _cleaned_pickled(share: list[Miss]) -> dict[str, bytes]:
    """One child's work: its share cleaned, pickled for the pipe."""
    return _pickled(clean_share(share))


def clean_ahead(manifest: "Manifest", refs: list["EntryRef"], cache: "SourceCache",
                progress: Progress | None = None) -> None:
    """Clean the cache misses among ``refs`` side by side into ``cache.fresh`` — when there is
    more than one core, fork is usable, and enough text to clean (``AHEAD_MIN_BYTES``)."""
    from booklet.parallel import Steps, concurrent

    if not concurrent():
        return
    found = misses(manifest, refs, cache)
    if len(found) < 2 or sum(miss[3] for miss in found) < AHEAD_MIN_BYTES:
        return
    total = sum(miss[3] for miss in found)
    dealt = shares(found, min(cores(), len(found)), round(total * IN_ORDER_SHARE))
    if progress:
        progress(_("cleaning {count} sources on {cores} cores").format(count=len(found),
                                                                       cores=len(dealt)))
    try:
        with Steps(parallel=True) as steps:
            started = [steps.start(partial(_cleaned_pickled, share)) for share in dealt[1:]]
            cache.fresh.update(clean_share(dealt[0]))
    except Exception:  # noqa: BLE001 - a child that died: the in-order pass cleans its share
        return
    for step in started:
        cache.fresh.update(step.value or {})
