"""A build's new sources cleaned side by side (``booklet.ahead``): the same articles as one
after the other, the cache's counts unchanged, and a bad source failing as it does in order."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from booklet import ahead, parallel
from booklet.cache import SourceCache
from booklet.errors import InputError
from booklet.manifest import load_manifest
from booklet.sources import load_sources

ROOT = Path(__file__).resolve().parents[2]
FORK = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
NAMES = ("000_fd4eaa529b77abe0.txt", "002_c555cb9c51b4d844.txt", "004_d7639a3b45169b27.txt")
SELECT = {"000_fd4eaa529b77abe0.txt": "材料 1", "002_c555cb9c51b4d844.txt": "丁薛祥在调研基础研究时强调"}


def _project(folder: Path, extra: str = "") -> Path:
    (folder / "sources").mkdir(parents=True)
    for name in NAMES:
        shutil.copy(ROOT / "sources" / name, folder / "sources" / name)
    manifest = folder / "booklet.yaml"
    manifest.write_text("title: 学习专刊\ncontents:\n"
                        + "".join(f"  - source: sources/{name}\n"
                                  + (f"    select: {SELECT[name]}\n" if name in SELECT else "")
                                  for name in NAMES) + extra,
                        encoding="utf-8")
    return manifest


@pytest.fixture
def side_by_side(forks: list[int], monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The forks counted (``forks``), with side by side allowed whatever the machine's cores."""
    monkeypatch.setattr(parallel, "concurrent", lambda: True)
    monkeypatch.setattr(ahead, "cores", lambda: 2)
    return forks


def _articles(manifest: Path) -> tuple[list, SourceCache]:
    cache = SourceCache(manifest.parent / ".booklet-cache", enabled=False)
    loaded = load_sources(load_manifest(manifest), cache)
    return [item.article for item in loaded], cache


def test_shares_deal_the_largest_first_to_the_lightest_share() -> None:
    found = [(Path(name), None, name, size) for name, size in
             (("a", 10), ("b", 50), ("c", 30), ("d", 25), ("e", 5))]
    dealt = ahead.shares(found, 2)
    assert [[miss[2] for miss in share] for share in dealt] == [["b", "a"], ["c", "d", "e"]]
    assert [sum(miss[3] for miss in share) for share in dealt] == [60, 60]
    assert ahead.shares(found[:1], 2) == [[found[0]]]   # no empty share


def test_the_first_share_is_dealt_lighter_by_its_head_start() -> None:
    found = [(Path(name), None, name, size) for name, size in
             (("a", 40), ("b", 30), ("c", 20), ("d", 10))]
    assert [[m[2] for m in share] for share in ahead.shares(found, 2)] == [["a", "d"], ["b", "c"]]
    dealt = ahead.shares(found, 2, head_start=20)   # this process also has the in-order pass
    assert [[miss[2] for miss in share] for share in dealt] == [["b", "d"], ["a", "c"]]
    assert [sum(miss[3] for miss in share) for share in dealt] == [40, 60]


@FORK
def test_side_by_side_gives_the_articles_of_one_after_the_other(
        tmp_path: Path, side_by_side: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p")
    side, cache = _articles(manifest)
    assert len(side_by_side) == 1   # two shares: one in a child, one here
    assert (cache.misses, cache.hits, cache.fresh) == (3, 0, {})
    monkeypatch.setattr(parallel, "concurrent", lambda: False)
    in_order, _cache = _articles(manifest)
    assert len(side_by_side) == 1
    assert side == in_order


@FORK
def test_results_cleaned_in_a_child_are_cached_as_in_order(
        tmp_path: Path, side_by_side: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p")
    folder = manifest.parent / ".booklet-cache"
    side = [item.article for item in load_sources(load_manifest(manifest), SourceCache(folder))]
    assert len(side_by_side) == 1 and len(list(folder.glob("*.pickle"))) == 3
    monkeypatch.setattr(parallel, "concurrent", lambda: False)
    again = SourceCache(folder)
    assert [item.article for item in load_sources(load_manifest(manifest), again)] == side
    assert (again.hits, again.misses) == (3, 0)


@FORK
def test_little_text_is_cleaned_in_order(tmp_path: Path, side_by_side: list[int],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead, "AHEAD_MIN_BYTES", 10**9)
    _articles(_project(tmp_path / "p"))
    assert side_by_side == []


@FORK
def test_a_bad_source_fails_as_it_does_in_order(tmp_path: Path, side_by_side: list[int],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    manifest = _project(tmp_path / "p", "  - source: sources/broken.txt\n")
    (tmp_path / "p" / "sources" / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 100)
    with pytest.raises(InputError) as side:
        _articles(manifest)
    assert len(side_by_side) == 1
    monkeypatch.setattr(parallel, "concurrent", lambda: False)
    with pytest.raises(InputError) as in_order:
        _articles(manifest)
    assert "broken.txt" in str(side.value) and str(side.value) == str(in_order.value)


@FORK
def test_a_share_whose_child_dies_is_cleaned_in_order(tmp_path: Path, side_by_side: list[int],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    here = os.getpid()
    real = ahead.clean_share

    def dies_in_a_child(share):
        if os.getpid() != here:
            os._exit(3)
        return real(share)

    monkeypatch.setattr(ahead, "clean_share", dies_in_a_child)
    manifest = _project(tmp_path / "p")
    side, cache = _articles(manifest)
    assert len(side_by_side) == 1 and cache.misses == 3 and cache.fresh == {}
    monkeypatch.setattr(parallel, "concurrent", lambda: False)
    assert side == _articles(manifest)[0]


def test_a_source_edited_during_a_build_is_never_cached_under_its_old_key(tmp_path: Path) -> None:
    from booklet.readers import ReadOptions
    from booklet.sources import read_cached, source_key

    source = tmp_path / "a.txt"
    source.write_text("第一段。\n", encoding="utf-8")
    cache = SourceCache(tmp_path / ".booklet-cache")
    old = source_key(source, ReadOptions(), cache)      # (as ``ahead.misses`` takes it first)
    source.write_text("第二段。\n", encoding="utf-8")   # edited before it is cleaned
    result, key = read_cached(source, ReadOptions(), cache)
    assert key != old and "第二段" in str(result.document)
    assert SourceCache(tmp_path / ".booklet-cache").get(old) is None
