"""Cover page and the 红头 notice letter (GB/T 9704-2012 placement).

Vertical positions are whole or half grid lines of spacing so the pages sit
on the same grid as the body.  The notice's gaps are GB/T's blank lines
halved where needed so that a one-paragraph notice like seed 002's fits on
one page, as in the PDF.  The notice's red rule is the bottom border of
the document-number paragraph, 4 mm below it, as wide as the text block.
"""

from __future__ import annotations

from booklet.layout import Profile
from booklet.model import Booklet, Notice
from booklet.typeset.titles import title_lines
from booklet.writers.docx.metrics import Metrics, exact_line, mm_to_twips
from booklet.writers.docx.props import paragraph, ppr, rpr, run

RED = "E60012"
RED_RULE = {"val": "single", "sz": 12, "space": 11, "color": RED}  # 1.5 pt, 4 mm gap
RED_DOUBLE = {"val": "thickThinSmallGap", "sz": 18, "space": 11, "color": RED}  # thick over thin
RED_DOUBLE_FOOT = {"val": "thinThickSmallGap", "sz": 18, "space": 0, "color": RED}


def cover(booklet: Booklet, profile: Profile, metrics: Metrics) -> list[str]:
    """Title a third down between red rules (double above, single below), issuer and date below."""
    top_rule = {"val": "double", "sz": 12, "space": 24, "color": RED}
    title = display_text(booklet.title, profile.style("cover_title").size_pt, metrics.text_w * 0.86)
    out = [paragraph(ppr(style="Title", top_border=top_rule,
                         spacing={"before": metrics.lines(4)}), run(title))]
    if booklet.subtitle:
        out.append(_centered("Subtitle", booklet.subtitle, before=metrics.lines(1)))
    bottom_rule = {"val": "single", "sz": 8, "space": 1, "color": RED}
    size = profile.style("cover_title").size_pt
    extra = exact_line(metrics, size) / metrics.line * (title.count("\n") - 1)  # beyond 2 lines
    out.append(paragraph(ppr(style="CoverIssuer", bottom_border=bottom_rule,
                             spacing={"before": metrics.lines(max(5 - extra, 1))}), ""))
    lower = 2
    if booklet.issuer:
        out.append(_centered("CoverIssuer", booklet.issuer, before=metrics.lines(lower)))
        lower = 0.5
    if booklet.date:
        out.append(_centered("CoverDate", booklet.date, before=metrics.lines(lower)))
    return out


def notice(booklet: Booklet, note: Notice, profile: Profile, metrics: Metrics) -> list[str]:
    """The 通知: head (per ``profile.notice_format``), title, addressee, body, 附件, signature, date."""
    head = _notice_head(note.issuer or booklet.issuer, note.number, profile, metrics)
    out = list(head)
    top = bool(out)
    title = display_text(note.title, profile.style("notice_title").size_pt, metrics.text_w)
    out.append(paragraph(ppr(style="NoticeTitle", page_break_before=not top,
                             spacing={"before": metrics.lines(1)} if top else None),
                         run(title)))
    if note.to:  # 标题下空一行
        to = note.to if note.to.endswith(("：", ":")) else note.to + "："
        out.append(paragraph(ppr(style="NoticeAddressee", spacing={"before": metrics.lines(1)}),
                             run(to)))
    out.extend(paragraph(ppr(style="BodyText"), run(text)) for text in note.body)
    if note.attachment:
        out.append(_attachment(note.attachment, metrics))
    out.extend(_signature(note, metrics, has_attachment=bool(note.attachment)))
    return out


def _notice_head(masthead: str | None, number: str | None, profile: Profile,
                 metrics: Metrics) -> list[str]:
    """Masthead, document number and red rules as the PDF places them."""
    if not (masthead or number):
        return []
    if profile.notice_format == "letter":
        return _letter_head(masthead, number, profile, metrics)
    out = []
    if masthead:  # 文件格式: masthead 35 mm into the block, number two lines below, one red rule
        line = {"before": mm_to_twips(35), "line": metrics.lines(1.5), "lineRule": "exact"}
        out.append(paragraph(ppr(style="NoticeMasthead", page_break_before=True, spacing=line),
                             run(masthead, _fit_size(masthead, profile))))
    out.append(paragraph(ppr(style="NoticeNumber", page_break_before=not masthead,
                             bottom_border=RED_RULE,
                             spacing={"before": metrics.lines(2) if masthead else 0}),
                         run(number or "")))
    return out


def _letter_head(masthead: str | None, number: str | None, profile: Profile,
                 metrics: Metrics) -> list[str]:
    """信函格式: masthead at the block top under red double lines (thick over thin), the number
    flush right one character in below them, and red double lines (thin over thick) 20 mm
    above the foot of the page, drawn by a frame anchored to the page."""
    line = {"line": metrics.lines(1.5), "lineRule": "exact"}
    out = [paragraph(ppr(style="NoticeMasthead", page_break_before=True, bottom_border=RED_DOUBLE,
                         spacing=line), run(masthead or "", _fit_size(masthead or "", profile)))]
    char = metrics.char_twips
    out.append(paragraph(ppr(style="NoticeNumber", spacing={"before": metrics.lines(0.3)},
                             ind={"right": char, "rightChars": 100}, jc="right"),
                         run(number or "")))
    foot = metrics.page_h - mm_to_twips(min(20, profile.margin_bottom_mm - 8)) - 60  # as the PDF
    frame = {"w": metrics.text_w, "h": 120, "hRule": "exact", "wrap": "around",
             "vAnchor": "page", "hAnchor": "margin", "xAlign": "center", "y": foot}
    out.append(paragraph(ppr(frame=frame, top_border=RED_DOUBLE_FOOT,
                             spacing={"line": 120, "lineRule": "exact"}), ""))
    return out


def display_text(text: str, size_pt: float, width_twips: float) -> str:
    """A centred title with line breaks where the PDF's cover breaks it (after 的/在, at
    punctuation), so Word does not split 座谈会 or a name; widths in cells of ``size_pt``."""
    cells = [0.5 if ord(c) < 0x2000 else 1.0 for c in text]
    measure = width_twips / (size_pt * 20) - 0.5  # half a cell of slack for Word's spacing
    return "\n".join(title_lines(text, cells, measure, 1.0))


def _centered(style: str, text: str, *, before: int) -> str:
    return paragraph(ppr(style=style, spacing={"before": before}), run(text))


def _fit_size(text: str, profile: Profile) -> str:
    """A smaller size when the masthead would not fit on one line (GB/T: one line, scaled)."""
    style = profile.style("notice_masthead")
    measure_pt = profile.text_width_mm * 72 / 25.4
    if len(text) * style.size_pt <= measure_pt:
        return ""
    return rpr(size_pt=max(int(measure_pt / len(text) * 2) / 2, 10))


def _attachment(text: str, metrics: Metrics) -> str:
    """附件说明: one line below the body, 2 characters in, wrapped lines under the name."""
    label = "" if text.startswith("附件") else "附件："
    char = metrics.char_twips
    ind = {"leftChars": 500, "left": 5 * char, "hangingChars": 300, "hanging": 3 * char}
    if label == "":
        ind = {"firstLineChars": 200, "firstLine": 2 * char}
    return paragraph(ppr(style="NoticeAttachment", keep_next=True,
                         spacing={"before": metrics.lines(0.5)}, ind=ind),
                     run(label + text))


def _width_chars(text: str) -> float:
    """Printed width in body characters: ASCII is half width."""
    return sum(0.5 if ord(c) < 128 else 1 for c in text)


def _signature(note: Notice, metrics: Metrics, *, has_attachment: bool) -> list[str]:
    """Date 4 characters in from the right; the signature centred above it."""
    if not (note.signature or note.date):
        return []
    out = []
    date_width = _width_chars(note.date or "")
    before = metrics.lines(0.5 if has_attachment else 1)
    if note.signature:
        shift = max(date_width - _width_chars(note.signature), 0) / 2 + (4 if note.date else 2)
        out.append(paragraph(
            ppr(style="NoticeSignature", keep_next=True, spacing={"before": before},
                ind={"rightChars": round(shift * 100), "right": round(shift * metrics.char_twips)}),
            run(note.signature)))
        before = 0
    if note.date:
        out.append(paragraph(
            ppr(style="NoticeSignature", spacing={"before": before} if before else None,
                ind={"rightChars": 400, "right": 4 * metrics.char_twips}),
            run(note.date)))
    return out
