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
from booklet.writers.docx.metrics import Metrics
from booklet.writers.docx.props import paragraph, ppr, rpr, run

RED = "E60012"
RED_RULE = {"val": "single", "sz": 12, "space": 11, "color": RED}  # 1.5 pt, 4 mm gap


def cover(booklet: Booklet, metrics: Metrics) -> list[str]:
    """Title a third down between red rules (double above, single below), issuer and date below."""
    top_rule = {"val": "double", "sz": 12, "space": 24, "color": RED}
    out = [paragraph(ppr(style="Title", top_border=top_rule,
                         spacing={"before": metrics.lines(4)}), run(booklet.title))]
    if booklet.subtitle:
        out.append(_centered("Subtitle", booklet.subtitle, before=metrics.lines(1)))
    bottom_rule = {"val": "single", "sz": 8, "space": 1, "color": RED}
    out.append(paragraph(ppr(style="CoverIssuer", bottom_border=bottom_rule,
                             spacing={"before": metrics.lines(5)}), ""))
    lower = 2
    if booklet.issuer:
        out.append(_centered("CoverIssuer", booklet.issuer, before=metrics.lines(lower)))
        lower = 0.5
    if booklet.date:
        out.append(_centered("CoverDate", booklet.date, before=metrics.lines(lower)))
    return out


def notice(booklet: Booklet, note: Notice, profile: Profile, metrics: Metrics) -> list[str]:
    """The 通知: masthead, number and red rule, title, addressee, body, 附件, signature, date."""
    out: list[str] = []
    masthead = note.issuer or booklet.issuer
    if masthead:
        line = {"line": metrics.lines(1.5), "lineRule": "exact"}
        out.append(paragraph(ppr(style="NoticeMasthead", page_break_before=True, spacing=line),
                             run(masthead, _fit_size(masthead, profile))))
    if note.number or masthead:
        before = metrics.lines(0.5) if masthead else 0
        out.append(paragraph(ppr(style="NoticeNumber", page_break_before=not masthead,
                                 bottom_border=RED_RULE, spacing={"before": before}),
                             run(note.number or "")))
    top = bool(out)
    out.append(paragraph(ppr(style="NoticeTitle", page_break_before=not top,
                             spacing={"before": metrics.lines(1)} if top else None),
                         run(note.title)))
    if note.to:
        to = note.to if note.to.endswith(("：", ":")) else note.to + "："
        out.append(paragraph(ppr(style="NoticeAddressee"), run(to)))
    out.extend(paragraph(ppr(style="BodyText"), run(text)) for text in note.body)
    if note.attachment:
        out.append(_attachment(note.attachment, metrics))
    out.extend(_signature(note, metrics, has_attachment=bool(note.attachment)))
    return out


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
