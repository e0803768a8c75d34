"""Visual regression: key pages rendered with pdftoppm against committed reference PNGs.

Regenerate deliberately after a wanted change of look:
    BOOKLET_UPDATE_REFERENCE=1 pytest tests/pdf -k visual
References are tied to the fonts they were made with (reference/fonts.txt);
with other fonts installed the comparison is skipped, not failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from booklet.fonts import resolve_fonts
from booklet.layout import load_profile
from booklet.writers.pdf import write_pdf

REFERENCE = Path(__file__).parent / "reference"
UPDATE = os.environ.get("BOOKLET_UPDATE_REFERENCE") == "1"
DPI = 30
# (profile, page name, which page): front matter by kind, body pages by article index
PAGES = [("gongwen", "cover", "cover"), ("gongwen", "notice", "notice"), ("gongwen", "toc", "toc"),
         ("gongwen", "body", 0), ("gongwen", "quotes", 2), ("a5-booklet", "cover", "cover"),
         ("a5-booklet", "body", 0)]


def render_page(pdf: Path, page: int, out: Path) -> Image.Image:
    """Page ``page`` (1-based) of ``pdf`` as a greyscale image."""
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(out.with_suffix(""))], check=True)
    return Image.open(out).convert("L")


def difference(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that differ clearly (0..1); different sizes count as totally different."""
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 64 else 0)
    clear = diff.histogram()[255]
    return clear / (a.size[0] * a.size[1])


def font_signature(fonts) -> str:
    return "\n".join(f"{r} {fonts[r].family} {fonts[r].path and fonts[r].path.name}:{fonts[r].index}"
                     for r in fonts.roles()) + "\n"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, seed_booklet_factory, fonts_or_skip):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) not installed")
    signature = font_signature(fonts_or_skip)
    ref_fonts = REFERENCE / "fonts.txt"
    if not UPDATE and (not ref_fonts.is_file() or ref_fonts.read_text() != signature):
        pytest.skip("reference images were made with other fonts (see tests/pdf/reference/fonts.txt)")
    out = tmp_path_factory.mktemp("visual")
    pdfs = {}
    for name in {p for p, _, _ in PAGES}:
        profile = load_profile(name)
        path = out / f"{name}.pdf"
        info = write_pdf(seed_booklet_factory(layout=name), path, profile=profile,
                         fonts=resolve_fonts(profile))
        pdfs[name] = (path, info)
    if UPDATE:
        REFERENCE.mkdir(exist_ok=True)
        ref_fonts.write_text(signature)
    return out, pdfs


@pytest.mark.parametrize("profile,name,which", PAGES, ids=[f"{p}-{n}" for p, n, _ in PAGES])
def test_visual_page_matches_reference(rendered, profile, name, which):
    out, pdfs = rendered
    path, info = pdfs[profile]
    if isinstance(which, int):
        page = info.page_numbers.index(info.article_pages[which]) + 1
    else:
        page = info.page_kinds.index(which) + 1
    image = render_page(path, page, out / f"{profile}-{name}.png")
    ref = REFERENCE / f"{profile}-{name}.png"
    if UPDATE:
        image.save(ref, optimize=True)
        return
    if not ref.is_file():
        pytest.fail(f"no reference image {ref.name}; run BOOKLET_UPDATE_REFERENCE=1 pytest tests/pdf")
    share = difference(image, Image.open(ref).convert("L"))
    assert share < 0.005, f"{ref.name}: {share:.2%} of pixels differ (look at {out})"
