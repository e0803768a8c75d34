"""The 通知 letter as a GB/T 9704 红头 document: masthead, number, red rule, then text on the grid."""

from __future__ import annotations

from dataclasses import replace

from booklet.layout import MM
from booklet.model import Booklet, Notice
from booklet.present.notice import (EM_ASCENT, NUMBER_GAP, letter_rules, signature_columns,
                                    title_slot)
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page, Placed
from booklet.writers.pdf.text import Shaper


def notice_pages(booklet: Booklet, geo: Geometry, shaper: Shaper) -> list[Page]:
    """Pages of the notice letter (usually one)."""
    notice = booklet.notice
    assert notice is not None
    chunks = _chunks(notice, shaper)
    pages: list[Page] = []
    flow = Flow(geo, pages, "notice")
    issuer = notice.issuer or booklet.issuer
    if shaper.profile.notice_format == "letter":
        _letter_head(issuer, notice.number, flow.page, geo, shaper)
    else:
        _head(issuer, notice.number, flow.page, geo, shaper)
    flow.slot = title_slot(shaper.profile, notice)  # the DOCX puts the title on this line too
    flow.place_all(chunks)
    return pages


def _letter_head(issuer: str | None, number: str | None, page: Page, geo: Geometry,
                 shaper: Shaper) -> float:
    """信函格式: masthead's upper edge 30 mm below the paper edge, red double rules (thick over
    thin) 4 mm under it and 20 mm above the foot (thin over thick), 170 mm long and centred on
    the paper; the number flush right under the first rule, 7/8 of a 3号 character below it."""
    profile = shaper.profile
    red = profile.accent_color
    size = profile.style("notice_masthead").size_pt
    y = geo.page_h - profile.notice.masthead_top_mm * MM - size * EM_ASCENT  # em box's top edge
    for line in shaper.set("notice_masthead", issuer or "")[:1]:  # GB/T: one line
        page.placed.append(Placed(line, y=y))
    rules = letter_rules(profile, geo.page_h)
    for rule_y, width in rules:  # 线长均为170mm，居中排布: centred on the paper
        page.page_rules.append((profile.notice.rule_length_mm * MM, rule_y, width, red))
    num = profile.style("notice_number").size_pt
    thin_y, thin = rules[1][0], rules[1][1]
    base = thin_y - thin / 2 - num * NUMBER_GAP - num * 0.88  # 与该线的距离为3号汉字高度的7/8
    if number:
        page.placed.append(Placed(shaper.set("notice_number", number, align="right")[0], y=base))
    return base - num * 0.12


def _head(issuer: str | None, number: str | None, page: Page, geo: Geometry, shaper: Shaper) -> float:
    """文件格式: masthead 35 mm below the block top, number two lines below, red rule under it."""
    y = geo.block_top - shaper.profile.notice.masthead_block_mm * MM
    if issuer:
        size = shaper.profile.style("notice_masthead").size_pt
        for line in shaper.set("notice_masthead", issuer):
            y -= size * 0.88
            page.placed.append(Placed(line, y=y))
            y -= size * 0.12 + size * 0.2
    size = shaper.profile.style("notice_number").size_pt
    y -= 2 * geo.pitch + size * 0.88  # 发文机关标志下空二行
    if number:
        for line in shaper.set("notice_number", number):
            page.placed.append(Placed(line, y=y))
    red_y = y - size * 0.12 - shaper.profile.notice.rule_gap_mm * MM
    page.rules.append((0, geo.measure, red_y, shaper.profile.notice.thick_pt,
                       shaper.profile.accent_color))
    return red_y


def _chunks(notice: Notice, shaper: Shaper) -> list[Chunk]:
    indent = shaper.profile.first_line_indent_chars
    chunks = [Chunk(shaper.set("notice_title", notice.title), keep_next=True, splittable=False)]
    if notice.to:
        chunks.append(Chunk(shaper.set("body", notice.to, align="left"), space_before=1))
    for i, para in enumerate(notice.body):
        chunk = Chunk(shaper.set("body", para, first_indent=indent))
        chunk.space_before = 1 if i == 0 and not notice.to else 0
        chunks.append(chunk)
    if notice.attachment:
        label = "附件："
        lines = shaper.set("body", label + notice.attachment, first_indent=indent,
                           indent=indent + len(label), align="left")
        chunks.append(Chunk(lines, splittable=False, space_before=1))
    chunks.append(_signature(notice, shaper))
    return chunks


def _signature(notice: Notice, shaper: Shaper) -> Chunk:
    """署名 and 成文日期 as GB/T 9704 7.3.5.2 places them (``present.notice.signature_columns``:
    the same right indents the DOCX writes)."""
    pitch = shaper.pitch(shaper.profile.body)
    sig_right, date_right = signature_columns(notice.signature, notice.date)
    lines = []
    for text, right in ((notice.signature, sig_right), (notice.date, date_right)):
        if text:
            line = shaper.set("body", text, align="left")[0]
            lines.append(replace(line, x=shaper.measure - right * pitch - line.width))
    return Chunk(lines, splittable=False, space_before=1)
