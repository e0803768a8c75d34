"""Page setup, line grid, sections and footers, schema order, reproducible bytes, speed."""

from __future__ import annotations

import dataclasses
import io
import time
import zipfile

from lxml import etree

from booklet.layout import load_profile
from booklet.writers.docx import render_docx
from booklet.writers.docx.ooxml import (
    PPR_ORDER, RPR_ORDER, SECTPR_ORDER, SETTINGS_ORDER, STYLE_ORDER, in_order, local,
)

from .conftest import W, docx_xml

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MEMBERS = ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml",
           "word/settings.xml")


def _sections(path):
    return list(docx_xml(path).iter(f"{W}sectPr"))


def test_a4_page_with_gongwen_margins_and_mirrored_binding(seed_docx):
    for sect in _sections(seed_docx):
        size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
        assert (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
        assert margins.get(f"{W}top") == "2098"  # 37 mm
        assert margins.get(f"{W}left") == "1587"  # 28 mm binding edge
        assert int(margins.get(f"{W}right")) + 1587 + 8844 == 11906  # 156 mm text block


def test_exact_line_pitch_fits_22_lines_and_grid_declares_28_characters(seed_docx):
    styles = docx_xml(seed_docx, "word/styles.xml")
    spacing = styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}spacing")
    assert spacing.get(f"{W}lineRule") == "exact"
    line = int(spacing.get(f"{W}line"))
    text_height = 16838 - 2098 - int(_sections(seed_docx)[-1].find(f"{W}pgMar").get(f"{W}bottom"))
    assert 22 * line <= text_height < 23 * line
    for sect in _sections(seed_docx):
        grid = sect.find(f"{W}docGrid")
        assert grid.get(f"{W}type") == "linesAndChars" and grid.get(f"{W}linePitch") == str(line)
        pitch_pt = 16 + int(grid.get(f"{W}charSpace")) / 4096
        assert int(8844 / 20 / pitch_pt) == 28
    # The body is tracked so that 28 characters fit the measure and 29 do not.
    tracking = int(styles.find(f"{W}style[@{W}styleId='Normal']/{W}rPr/{W}spacing").get(f"{W}val"))
    advance = 16 * 20 + tracking
    assert 28 * advance <= 8844 < 29 * advance


def test_front_matter_has_no_footer_and_body_restarts_at_1_with_odd_even_footers(seed_docx):
    front, body = _sections(seed_docx)
    assert front.find(f"{W}footerReference") is None
    kinds = {ref.get(f"{W}type") for ref in body.iter(f"{W}footerReference")}
    assert kinds == {"default", "even"}
    assert body.find(f"{W}pgNumType").get(f"{W}start") == "1"


def test_footers_hold_a_page_field_between_dashes_on_the_outer_side(seed_docx):
    alignments = {}
    for member in ("word/footer1.xml", "word/footer2.xml"):
        root = docx_xml(seed_docx, member)
        instr = "".join(t.text for t in root.iter(f"{W}instrText"))
        assert instr.strip().startswith("PAGE")
        text = "".join(t.text for t in root.iter(f"{W}t"))
        assert text == "— 1 —"
        alignments[member] = root.find(f".//{W}jc").get(f"{W}val")
    assert sorted(alignments.values()) == ["left", "right"]


def test_property_elements_are_in_schema_order(seed_docx):
    orders = {"pPr": PPR_ORDER, "rPr": RPR_ORDER, "sectPr": SECTPR_ORDER, "style": STYLE_ORDER,
              "settings": SETTINGS_ORDER}
    with zipfile.ZipFile(seed_docx) as zf:
        for member in MEMBERS:
            root = etree.fromstring(zf.read(member))
            for node in root.iter():
                name = local(node.tag) if isinstance(node.tag, str) else ""
                if name in orders:
                    children = [local(c.tag) for c in node if isinstance(c.tag, str)]
                    assert in_order(children, orders[name]), (member, name, children)


def test_same_input_gives_identical_bytes(seed):
    booklet, pages = seed
    profile = load_profile("gongwen")
    first = render_docx(booklet, profile=profile, toc_pages=pages)
    time.sleep(1.1)  # zip timestamps have a 2-second resolution; cross a boundary if any leaked
    second = render_docx(booklet, profile=profile, toc_pages=pages)
    assert first == second


def test_zip_members_carry_the_source_date(seed_docx):
    with zipfile.ZipFile(seed_docx) as zf:
        dates = {info.date_time for info in zf.infolist()}
        assert dates == {(2026, 5, 12, 0, 0, 0)}
        assert zf.namelist()[0] == "[Content_Types].xml"
        assert "word/stylesWithEffects.xml" not in zf.namelist()


def test_a5_profile_sets_its_own_page_and_grid(seed):
    booklet, pages = seed
    data = render_docx(booklet, profile=load_profile("a5-booklet"), toc_pages=pages)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    sect = root.find(f".//{W}body/{W}sectPr")
    assert sect.find(f"{W}pgSz").get(f"{W}w") == "8391"
    line = int(sect.find(f"{W}docGrid").get(f"{W}linePitch"))
    assert 24 * line <= round(170 * 1440 / 25.4) < 25 * line


def test_articles_start_recto_makes_each_article_an_odd_page_section(seed):
    booklet, pages = seed
    profile = dataclasses.replace(load_profile("gongwen"), articles_start_recto=True)
    data = render_docx(booklet, profile=profile, toc_pages=pages)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    sections = list(root.iter(f"{W}sectPr"))
    assert len(sections) == 1 + len(booklet.articles)  # front matter + one per article
    assert [s.find(f"{W}type").get(f"{W}val") for s in sections[1:]] == ["oddPage"] * 9
    assert sections[1].find(f"{W}pgNumType").get(f"{W}start") == "1"
    assert len(list(sections[1].iter(f"{W}footerReference"))) == 2

