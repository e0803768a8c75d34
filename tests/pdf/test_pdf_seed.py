"""Seed 002's study issue written as PDF (gongwen) and read back as a reader would.

Positions come from pdfplumber: line starts are exact; ends are not (pdfminer
drops the character spacing between reportlab's font subsets), so line length
is measured in grid cells instead of by its right edge.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from booklet.layout import MM, load_profile
from booklet.model import block_text
from booklet.typeset import NO_END, NO_START

PROFILE = load_profile("gongwen")
NUMBER = re.compile(r"^— (\d+) —$")


def body_rows(rows):
    """Text rows of a page without its footer."""
    return [r for r in rows if not NUMBER.match(r.text)]


def printed_number(rows) -> int | None:
    found = [int(m.group(1)) for r in rows if (m := NUMBER.match(r.text))]
    return found[0] if found else None


def test_toc_numbers_are_the_pages_where_titles_are_printed(seed_pdf, seed):
    _, info, pages = seed_pdf
    toc = [r for p, kind in zip(pages, info.page_kinds) if kind == "toc" for r in p]
    numbers = [int(m.group(1)) for r in toc if (m := re.search(r"(\d+)$", r.text))]
    assert len(numbers) == len(seed.articles) == 9
    for article, number in zip(seed.articles, numbers):
        page = next(p for p in pages if printed_number(p) == number)
        title_rows = "".join(r.text for r in page if r.size == PROFILE.style("title").size_pt)
        assert article.title.replace(" ", "") in title_rows.replace(" ", "")
    assert numbers == info.article_pages
    assert numbers[0] == 1


def test_outline_has_one_entry_per_article_and_title_metadata(seed_pdf, seed):
    path, _, _ = seed_pdf
    reader = PdfReader(path)
    titles = [item.title for item in reader.outline]
    assert titles == [a.title for a in seed.articles]
    assert reader.metadata.title == seed.title


def test_body_lines_fill_28_cells_except_paragraph_ends(seed_pdf, latin_cells):
    _, info, pages = seed_pdf
    latin = latin_cells(PROFILE)
    left = {PROFILE.margin_left_mm * MM, (PROFILE.page_width_mm - PROFILE.margin_left_mm
                                          - PROFILE.text_width_mm) * MM}
    rows = [r for p, kind in zip(pages, info.page_kinds) if kind == "body" for r in body_rows(p)
            if r.size == PROFILE.body.size_pt]
    full = []  # (cells including the indent, text) of lines followed by more of their paragraph
    for row, nxt in zip(rows, rows[1:]):
        continues = any(abs(nxt.x0 - x) < 1 for x in left) and nxt.font == row.font
        indent = min(abs(row.x0 - x) for x in left) / PROFILE.char_pitch_pt
        if continues and indent < 2.5:
            full.append((round(row.cells(latin), 1) + round(indent), row.text))
    assert len(full) > 300
    # a Latin word or number that may not be split can leave a line a cell or so short
    low = [t for c, t in full if not (27 if t.isascii() or not any(ch.isascii() for ch in t) else 26) <= c <= 29]
    assert low == []
    exact = [t for c, t in full if 27.5 <= c <= 29]
    assert len(exact) / len(full) > 0.85


def test_full_pages_hold_22_lines_on_the_grid(seed_pdf):
    _, info, pages = seed_pdf
    pitch = PROFILE.line_pitch_pt
    size = PROFILE.body.size_pt
    body16 = [r for p in pages[info.front_pages:] for r in body_rows(p) if r.size == size]
    top0 = min(r.top for r in body16)
    for r in body16:  # every body baseline sits on the same grid, page after page
        slot = (r.top - top0) / pitch
        assert abs(slot - round(slot)) < 0.02 and 0 <= round(slot) < PROFILE.lines_per_page
    starts = set(info.article_pages)
    filled = []
    for rows, number in zip(pages, info.page_numbers):
        if number is None or number + 1 in starts or number == max(n or 0 for n in info.page_numbers):
            continue  # front matter and an article's last page
        last = max(r.top for r in body_rows(rows) if r.size == size)
        filled.append(round((last - top0) / pitch) + 1)
    # the widow rule leaves at most a slot empty; a heading kept with two lines of its text
    # (plus its blank line above) at most four; a heading kept with a credited passage too
    # short to split (two lines each side, then its attribution) at most that block: once here
    lines = PROFILE.lines_per_page
    assert filled and all(lines - 7 <= n <= lines for n in filled), str(filled)
    assert sum(n < lines - 4 for n in filled) <= 1, str(filled)
    # (credited passages keep their attribution, broken where words end, so a few pages end short)
    assert filled.count(PROFILE.lines_per_page) / len(filled) > 0.7, str(filled)


def test_no_line_starts_or_ends_with_a_forbidden_mark(seed_pdf, seed):
    """clreq line rules; a paragraph may open with —— and a title's ——副题 may open its line
    (in the TOC too, where an entry's ——副题 hangs under its title)."""
    _, info, pages = seed_pdf
    starts = {block_text(b)[:4] for a in seed.articles for b in a.blocks}
    bad = []
    for rows, kind in zip(pages, info.page_kinds):
        for r in body_rows(rows):
            text = r.text.strip()
            subtitle = text.startswith("——") and (r.size == PROFILE.style("title").size_pt
                                                   or kind == "toc")
            if text and text[0] in NO_START and text[:4] not in starts and not subtitle:
                bad.append(text)
            if text and text[-1] in NO_END:
                bad.append(text)
    assert bad == []


def test_page_numbers_sit_on_the_outer_side(seed_pdf):
    _, info, pages = seed_pdf
    seen = 0
    for rows in pages:
        for r in rows:
            m = NUMBER.match(r.text)
            if not m:
                continue
            seen += 1
            n = int(m.group(1))
            centre = r.x0 + 25
            assert (centre > PROFILE.page_width_mm * MM / 2) == (n % 2 == 1), (n, r.x0)
            assert r.size == PROFILE.style("page_number").size_pt
    assert seen == sum(1 for k in info.page_kinds if k == "body")
    first_body = info.page_kinds.index("body")
    assert all(printed_number(p) is None for p in pages[:first_body])


def test_fonts_are_embedded_subsets(seed_pdf):
    path, _, _ = seed_pdf
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages[:8]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font.get("/BaseFont") in ("/Helvetica",):
                continue
            desc = font.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = desc is not None and "/FontFile2" in desc.get_object()
    assert fonts and all(fonts.values()), fonts
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in fonts)


def test_same_input_gives_identical_bytes(seed_pdf, seed, fonts_or_skip, tmp_path):
    from booklet.writers.pdf import write_pdf

    path, _, _ = seed_pdf
    again = tmp_path / "again.pdf"
    write_pdf(seed, again, profile=PROFILE, fonts=fonts_or_skip)
    assert again.read_bytes() == path.read_bytes()


def test_paginate_agrees_with_write(seed_pdf, seed, fonts_or_skip):
    from booklet.writers.pdf import paginate

    _, info, _ = seed_pdf
    assert paginate(seed, profile=PROFILE, fonts=fonts_or_skip).article_pages == info.article_pages


@pytest.mark.parametrize("needle", ["宣〔2026〕11号", "各基层党委、党总支、直属党支部：", "附件："])
def test_notice_letter_is_printed_before_the_toc(seed_pdf, needle):
    _, info, pages = seed_pdf
    text = "".join(r.text for p, k in zip(pages, info.page_kinds) if k == "notice" for r in p)
    assert needle in text
