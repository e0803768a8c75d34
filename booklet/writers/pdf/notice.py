"""The 通知 letter as a GB/T 9704 红头 document: masthead, number, red rule, then text on the grid."""

from __future__ import annotations

import math
from dataclasses import replace

from booklet.layout import MM
from booklet.model import Booklet, Notice
from booklet.writers.pdf.cover import RED
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page, Placed
from booklet.writers.pdf.text import Shaper


def notice_pages(booklet: Booklet, geo: Geometry, shaper: Shaper) -> list[Page]:
    """Pages of the notice letter (usually one)."""
    notice = booklet.notice
    assert notice is not None
    chunks = _chunks(notice, shaper)
    pages: list[Page] = []
    for gap in (2, 1):  # 下空二行; one line less when that keeps the letter on one page (§7.3.5)
        pages = []
        flow = Flow(geo, pages, "notice")
        issuer = notice.issuer or booklet.issuer
        if shaper.profile.notice_format == "letter":
            last_y = _letter_head(issuer, notice.number, flow.page, geo, shaper)
        else:
            last_y = _head(issuer, notice.number, flow.page, geo, shaper)
        flow.slot = max(math.ceil((geo.block_top - last_y) / geo.pitch), 0) + gap
        flow.place_all(chunks)
        if len(pages) == 1:
            break
    return pages


def _letter_head(issuer: str | None, number: str | None, page: Page, geo: Geometry,
                 shaper: Shaper) -> float:
    """信函格式: masthead 30 mm below the paper edge, red double rules (thick over thin) 4 mm under
    it and 20 mm above the foot (thin over thick), number flush right under the first rule."""
    y = geo.page_h - 30 * MM
    size = shaper.profile.style("notice_masthead").size_pt
    for line in shaper.set("notice_masthead", issuer or ""):
        y -= size * 0.88
        page.placed.append(Placed(line, y=y))
        y -= size * 0.32
    rule_y = y - 4 * MM + size * 0.2
    overhang = 7 * MM  # rules are 170 mm on A4: the 156 mm block plus 7 mm each side
    foot = min(20 * MM, geo.block_top - geo.block_h - 8 * MM)  # 20 mm above the foot (A4)
    page.rules += [(-overhang, geo.measure + overhang, rule_y, 1.5, RED),
                   (-overhang, geo.measure + overhang, rule_y - 2.5, 0.5, RED),
                   (-overhang, geo.measure + overhang, foot + 2.5, 0.5, RED),
                   (-overhang, geo.measure + overhang, foot, 1.5, RED)]
    num = shaper.profile.style("notice_number").size_pt
    base = rule_y - 2.5 - num * 0.875 - num * 0.88  # 与该线的距离为3号汉字高度的7/8
    if number:
        page.placed.append(Placed(shaper.set("notice_number", number, align="right")[0], y=base))
    return base - num * 0.12


def _head(issuer: str | None, number: str | None, page: Page, geo: Geometry, shaper: Shaper) -> float:
    """Masthead 35 mm below the block top, number two lines below, red rule 4 mm under it."""
    y = geo.block_top - 35 * MM
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
    red_y = y - size * 0.12 - 4 * MM
    page.rules.append((0, geo.measure, red_y, 1.5, RED))
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
    """署名 and 成文日期: right with two characters blank, the date's first character two to the
    right of the signature's (or, with a longer date, the date right-aligned and the name moved left)."""
    pitch = shaper.pitch(shaper.profile.body)
    right = shaper.measure - 2 * pitch
    sig = shaper.set("body", notice.signature, align="left") if notice.signature else []
    date = shaper.set("body", notice.date, align="left") if notice.date else []
    sig_w = sig[0].width if sig else 0.0
    date_w = date[0].width if date else 0.0
    if date_w + 2 * pitch > sig_w:
        date_x = right - date_w
        sig_x = date_x - 2 * pitch
    else:
        sig_x = right - sig_w
        date_x = sig_x + 2 * pitch
    lines = [replace(line, x=sig_x) for line in sig[:1]] + [replace(line, x=date_x) for line in date[:1]]
    return Chunk(lines, splittable=False, space_before=1)
