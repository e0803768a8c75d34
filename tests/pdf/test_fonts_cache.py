"""The per-user face cache returns a face reportlab cannot tell from a freshly parsed one, and
never serves a stale, corrupt or unwritable entry."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from booklet.fonts import facecache
from booklet.fonts.facecache import CachedTTFont, open_ttfont

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
SAMPLE = "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊，ABC123“”"

pytestmark = pytest.mark.skipif(not UMING.is_file(), reason="fonts-arphic-uming not installed")


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "booklet" / "fonts"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.is_dir() else []


def _loads(monkeypatch) -> list[str]:
    """Record whether each open_ttfont call parsed the file or read the cache."""
    calls: list[str] = []
    real = facecache._read

    def spy(entry, stamp):
        font = real(entry, stamp)
        calls.append("cache" if font is not None else "parse")
        return font

    monkeypatch.setattr(facecache, "_read", spy)
    return calls


def test_cached_face_is_the_parsed_face(cache_home, monkeypatch):
    calls = _loads(monkeypatch)
    parsed = open_ttfont("TestParsed", UMING, 0)
    assert len(_entries(cache_home)) == 1
    cached = open_ttfont("TestCached", UMING, 0)
    assert calls == ["parse", "cache"]
    assert isinstance(cached, CachedTTFont) and cached.fontName == "TestCached"
    skip = {"_ttf_data", "_pdfScale"}
    assert set(facecache.PACKED) - set(facecache.EAGER) <= set(cached.face._packed)  # not read yet
    names = set(vars(parsed.face)) - skip  # the packed tables are read as attributes too
    expected = {k: vars(parsed.face)[k] for k in names}
    assert {k: getattr(cached.face, k) for k in names} == expected
    for name in facecache.PACKED:  # exactly: an advance of 1000 is not one of 1000.0
        assert facecache._types(getattr(cached.face, name)) == \
            facecache._types(getattr(parsed.face, name))
    assert cached.face._ttf_data == parsed.face._ttf_data
    assert cached.face._pdfScale(1234) == parsed.face._pdfScale(1234)
    codes = [ord(c) for c in SAMPLE]
    assert cached.face.makeSubset(codes) == parsed.face.makeSubset(codes)
    again = pickle.loads(pickle.dumps(open_ttfont("TestAgain", UMING, 0)))  # tables not yet read
    assert {k: getattr(again.face, k) for k in names} == expected
    assert cached.stringWidth(SAMPLE, 16) == parsed.stringWidth(SAMPLE, 16)


def test_changed_font_file_is_parsed_again(cache_home, tmp_path, monkeypatch):
    font = shutil.copy(UMING, tmp_path / "copy.ttc")
    calls = _loads(monkeypatch)
    open_ttfont("TestCopyA", Path(font), 0)
    stat = os.stat(font)
    os.utime(font, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    open_ttfont("TestCopyB", Path(font), 0)
    open_ttfont("TestCopyC", Path(font), 0)
    assert calls == ["parse", "parse", "cache"]
    assert len(_entries(cache_home)) == 1  # refreshed in place, not piling up


def test_corrupt_entry_is_a_miss_and_is_rewritten(cache_home, monkeypatch):
    open_ttfont("TestCorruptA", UMING, 0)
    (entry,) = _entries(cache_home)
    entry.write_bytes(b"\x80\x05not a pickle")
    calls = _loads(monkeypatch)
    font = open_ttfont("TestCorruptB", UMING, 0)
    assert calls == ["parse"] and font.face.charToGlyph
    assert open_ttfont("TestCorruptC", UMING, 0).face.charToGlyph
    assert calls == ["parse", "cache"]


def test_unwritable_cache_still_loads(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    font = open_ttfont("TestNoCache", UMING, 0)
    assert font.face.charWidths[ord("中")] > 0


def test_another_format_keeps_its_own_entry(cache_home, monkeypatch):
    """Two booklet versions on one machine (a shared server) must not rewrite each other's
    entry on every build: the format is part of the entry's name."""
    open_ttfont("TestFormatA", UMING, 0)
    (entry,) = _entries(cache_home)
    monkeypatch.setattr(facecache, "FORMAT", facecache.FORMAT + 1)
    calls = _loads(monkeypatch)
    open_ttfont("TestFormatB", UMING, 0)
    assert calls == ["parse"] and len(_entries(cache_home)) == 2
    monkeypatch.setattr(facecache, "FORMAT", facecache.FORMAT - 1)
    open_ttfont("TestFormatC", UMING, 0)
    assert calls == ["parse", "cache"] and entry.is_file()
