"""Font roles → files, bad font files as clear input errors, and the glyph coverage report."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from booklet.errors import InputError
from booklet.fonts import check_glyphs, describe_fonts, resolve_fonts
from booklet.fonts.sfnt import CFF, NOT_A_FONT, TRUETYPE, sfnt_kind
from booklet.layout import FONT_ROLES, LATIN_ROLE, load_profile
from booklet.model import Article, Booklet, Paragraph, Part, Text

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")


def fake_otf(path: Path) -> Path:
    """A minimal CFF-flavoured sfnt header, like Noto Sans CJK's .otf."""
    path.write_bytes(b"OTTO" + struct.pack(">HHHH", 1, 16, 0, 0) + b"CFF " + b"\0" * 12)
    return path


def test_sfnt_kind_tells_truetype_from_cff_and_junk(tmp_path):
    assert sfnt_kind(fake_otf(tmp_path / "a.otf")) == CFF
    junk = tmp_path / "b.ttf"
    junk.write_text("not a font")
    assert sfnt_kind(junk) == NOT_A_FONT
    if UMING.is_file():
        assert sfnt_kind(UMING, 2) == TRUETYPE


def test_cff_override_is_an_input_error_that_explains(tmp_path):
    path = fake_otf(tmp_path / "NotoSansCJK.otf")
    with pytest.raises(InputError) as err:
        resolve_fonts(load_profile(), {"fangsong": path})
    msg = str(err.value)
    assert str(path) in msg and "CFF" in msg and "TrueType" in msg
    assert err.value.exit_code == 2


def test_missing_and_non_font_overrides_name_the_path(tmp_path):
    with pytest.raises(InputError, match="not found") as err:
        resolve_fonts(load_profile(), {"heiti": tmp_path / "nope.ttf"})
    assert "nope.ttf" in str(err.value)
    junk = tmp_path / "junk.ttf"
    junk.write_text("hello")
    with pytest.raises(InputError, match="not a TrueType"):
        resolve_fonts(load_profile(), {"heiti": junk})
    with pytest.raises(InputError, match="unknown font role"):
        resolve_fonts(load_profile(), {"comic": junk})


def test_every_role_resolves_and_substitutes_are_named(fonts_or_skip):
    fonts = fonts_or_skip
    assert set(fonts.roles()) - {LATIN_ROLE} == set(FONT_ROLES)
    text = describe_fonts(fonts)
    for role in fonts.roles():
        assert role in text
        assert str(fonts[role].path) in text
    for role in FONT_ROLES:
        if not fonts[role].wanted:
            assert "SUBSTITUTE" in text


@pytest.mark.skipif(not UMING.is_file(), reason="fonts-arphic-uming not installed")
def test_debian_substitutes_follow_the_brief(fonts_or_skip):
    fonts = fonts_or_skip
    if fonts["kaiti"].wanted or fonts["heiti"].wanted:
        pytest.skip("real Windows fonts installed")
    assert fonts["kaiti"].family.startswith("AR PL UKai")
    assert fonts["songti"].family.startswith("AR PL UMing")
    assert fonts["fangsong"].family.startswith("AR PL UMing")
    assert fonts["fangsong"].index == 0  # the CN face of the collection
    if shutil.which("fc-list") and fonts["heiti"].path and "wqy" in str(fonts["heiti"].path):
        assert fonts["heiti"].family == "WenQuanYi Zen Hei"


def test_manifest_override_wins(fonts_or_skip):
    kai = fonts_or_skip["kaiti"].path
    fonts = resolve_fonts(load_profile(), {"fangsong": kai})
    assert fonts["fangsong"].path == kai and fonts["fangsong"].origin == "manifest"


def test_missing_glyph_is_reported_with_article_block_and_codepoint(fonts_or_skip):
    odd = "\U000F0001"  # supplementary private use: no font has it
    article = Article("第一篇", blocks=(Paragraph((Text("正文"),)), Paragraph((Text(f"基础{odd}研究★"),))))
    booklet = Booklet("专刊", parts=(Part(None, (article,)),))
    missing = check_glyphs(booklet, fonts_or_skip, load_profile())
    hits = [m for m in missing if m.char == odd]
    assert len(hits) == 1
    report = str(hits[0])
    assert "U+F0001" in report and "第一篇" in report and "block 2" in report and "Paragraph" in report
    assert "仿宋" in report and "no installed font" in report  # the role by its font-menu name
    assert not [m for m in missing if m.char == "★"]  # ★ is in the substitute Song font


def test_wanted_face_installed_only_as_cff_is_explained(monkeypatch, fonts_or_skip):
    import booklet.fonts.discover as discover

    noto = discover.FontFace(Path("/fonts/FangSong.otf"), 0, ("FangSong",), truetype=False)
    faces = discover.fontconfig_faces()
    monkeypatch.setattr(discover, "fontconfig_faces",
                        lambda lang="zh": (noto, *faces) if lang == "zh" else ())
    fonts = resolve_fonts(load_profile())
    assert fonts["fangsong"].path != noto.path
    assert any("FangSong.otf" in w and "CFF" in w for w in fonts.warnings)


LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")


@pytest.mark.skipif(not LIBERATION.is_file(), reason="fonts-liberation not installed")
def test_latin_face_is_times_new_roman_or_its_regular_metric_twin(fonts_or_skip):
    latin = fonts_or_skip.latin()
    assert latin is not None and latin.role == LATIN_ROLE
    if latin.wanted:
        assert latin.family == "Times New Roman"
    else:  # fontconfig lists the Bold and Italic files first; the upright regular face is taken
        assert latin.family == "Liberation Serif" and latin.path.name == LIBERATION.name
    text = describe_fonts(fonts_or_skip)
    assert "latin" in text and "西文" in text and str(latin.path) in text
    if not latin.wanted:
        assert "SUBSTITUTE for Times New Roman" in text


def test_the_latin_face_can_be_given_in_the_manifest_and_is_checked(tmp_path, fonts_or_skip):
    face = fonts_or_skip["kaiti"].path  # any TrueType file will do
    fonts = resolve_fonts(load_profile(), {"latin": face})
    assert fonts.latin().path == face and fonts.latin().origin == "manifest"
    with pytest.raises(InputError, match="CFF"):
        resolve_fonts(load_profile(), {"latin": fake_otf(tmp_path / "Times.otf")})


def test_without_a_latin_serif_the_chinese_faces_set_latin_and_a_warning_says_so(monkeypatch,
                                                                                  fonts_or_skip):
    import booklet.fonts.discover as discover

    faces = discover.fontconfig_faces()
    monkeypatch.setattr(discover, "fontconfig_faces", lambda lang="zh": faces if lang == "zh" else ())
    fonts = resolve_fonts(load_profile())
    assert fonts.latin() is None and LATIN_ROLE not in fonts.roles()
    assert any("Latin serif" in w for w in fonts.warnings)
