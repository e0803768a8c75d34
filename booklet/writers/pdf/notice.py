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
    pages: list[Page] = []
    flow = Flow(geo, pages, "notice")
    red_y = _head(notice.issuer or booklet.issuer, notice.number, flow.page, geo, shaper)
    flow.slot = math.ceil((geo.block_top - red_y) / geo.pitch) + 2  # 红色分隔线下空二行
    flow.place_all(_chunks(notice, shaper))
    return pages


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
