"""The cover page and the 红头 notice letter, placed as the PDF places them.

Every position comes from the profile (``cover``/``notice`` geometry) through
the same helpers the PDF writer uses (``present.notice``, ``present.breaks``).
The 信函格式 head — masthead 30 mm below the paper's edge, the red double rules
170 mm long, the number flush right — lies above the text block, so each of its
parts is a frame anchored to the page at its measured height; the letter's text
then starts on the grid line the PDF starts it on.
"""

from __future__ import annotations

from booklet.layout import MM, Profile
from booklet.model import Booklet, Notice
from booklet.present.breaks import title_lines
from booklet.present.cover import cover_plan
from booklet.present.notice import (EM_ASCENT, NUMBER_GAP, letter_rules, signature_columns,
                                    title_slot)
from booklet.writers.docx.metrics import Metrics, mm_to_twips
from booklet.writers.docx.props import paragraph, ppr, rpr, run

TWIPS = 20  # per point
# Where a word processor puts the baseline of an exact-height line: LibreOffice 4/5 of the
# way down (Word a little lower), so a frame starts that far above its first baseline.
EXACT_ASCENT = 0.8
COVER_STYLES = {"cover_title": "Title", "cover_subtitle": "Subtitle",
                "cover_issuer": "CoverIssuer", "cover_date": "CoverDate"}
# Word names a double border from the text outwards; LibreOffice and Word draw a top border's
# first-named line nearer the text, so thin-over-thick at the top of a paragraph is
# "thickThin…" and thick-over-thin is "thinThick…".
THICK_OVER_THIN = "thinThickSmallGap"
THIN_OVER_THICK = "thickThinSmallGap"


def cover(booklet: Booklet, profile: Profile, metrics: Metrics, *, first: bool = True) -> list[str]:
    """Title between red rules, issuer and date below, each in a frame at the height
    ``present.cover`` gives (as the PDF draws them), then the empty paragraph the frames are
    anchored to (Word and LibreOffice anchor a frame to the next paragraph in the text), which
    opens the page."""
    red = profile.accent_color.lstrip("#")
    top = metrics.top  # the text block's top edge, twips below the paper's
    out = []
    plan = cover_plan(profile, booklet)
    for below, width in plan.rules:
        edge = top + round((below - width / 2) * TWIPS)
        border = {"val": "single", "sz": round(width * 8), "space": 0, "color": red}
        out.append(paragraph(ppr(frame=_frame(edge, metrics.text_w, 60), top_border=border,
                                 spacing={"line": 60, "lineRule": "exact"}), ""))
    for text in plan.texts:
        lead = round(text.lead * TWIPS)
        y = top + round((text.baseline - EXACT_ASCENT * text.lead) * TWIPS)
        frame = _frame(y, round(text.measure * TWIPS), lead * len(text.lines))
        out.append(paragraph(ppr(style=COVER_STYLES[text.style], frame=frame,
                                 spacing={"before": 0, "line": lead, "lineRule": "exact"}),
                             run("\n".join(text.lines))))
    return out + [paragraph(ppr(page_break_before=not first), "")]


def notice(booklet: Booklet, note: Notice, profile: Profile, metrics: Metrics, *,
           first: bool = False) -> list[str]:
    """The 通知: head (per ``profile.notice_format``), title, salutation, body, 附件, signature;
    ``first``: it opens the document (no page break before it)."""
    issuer = note.issuer or booklet.issuer
    if profile.notice_format == "letter":
        out = _letter_head(issuer, note.number, profile, metrics, not first)
    else:
        out = _standard_head(issuer, note.number, profile, metrics, not first)
    title = "\n".join(title_lines(profile, "notice_title", note.title))
    out.append(paragraph(ppr(style="NoticeTitle",
                             spacing={"before": metrics.lines(title_slot(profile, note))}),
                         run(title)))
    if note.to:  # 标题下空一行; the presentation layer gives it its colon
        out.append(paragraph(ppr(style="NoticeAddressee", spacing={"before": metrics.lines(1)}),
                             run(note.to)))
    out.extend(paragraph(ppr(style="BodyText"), run(text)) for text in note.body)
    if note.attachment:
        out.append(_attachment(note.attachment, metrics))
    out.extend(_signature(note, metrics))
    return out


def _frame(y_twips: int, width_twips: int, height_twips: int, *,
           on: str = "margin") -> dict[str, object]:
    """A frame at ``y`` from the page's top edge, centred on the text block (``on="margin"``,
    as all text is) or on the page (``on="page"``: the 170 mm rules, wider than the block)."""
    return {"w": width_twips, "h": height_twips, "hRule": "exact", "wrap": "around",
            "vAnchor": "page", "hAnchor": on, "xAlign": "center", "y": y_twips}


def _letter_head(masthead: str | None, number: str | None, profile: Profile,
                 metrics: Metrics, new_page: bool) -> list[str]:
    """信函格式, from the profile's ``notice`` geometry: masthead frame, two double rules, number."""
    red = profile.accent_color.lstrip("#")
    size = profile.style("notice_masthead").size_pt
    page_h = profile.page_height_mm * MM
    em = round(size * TWIPS)
    # the em box's top at masthead_top_mm: its baseline EM_ASCENT em down, as the PDF sets it
    top = mm_to_twips(profile.notice.masthead_top_mm) + round((EM_ASCENT - EXACT_ASCENT) * em)
    head = [paragraph(ppr(style="NoticeMasthead", page_break_before=new_page,
                          frame=_frame(top, metrics.text_w, em),
                          spacing={"line": em, "lineRule": "exact"}),
                      run(masthead or "", _fit_size(masthead or "", profile)))]
    rules = letter_rules(profile, page_h)
    length = mm_to_twips(profile.notice.rule_length_mm)
    for kind in (THICK_OVER_THIN, THIN_OVER_THICK):
        upper = rules[0] if kind == THICK_OVER_THIN else rules[2]
        edge = page_h - upper[0] - upper[1] / 2  # the double rule's top edge, pt from the top
        border = {"val": kind, "sz": round(profile.notice.thick_pt * 8), "space": 0, "color": red}
        head.append(paragraph(ppr(frame=_frame(round(edge * TWIPS), length, 60, on="page"),
                                  top_border=border,
                                  spacing={"line": 60, "lineRule": "exact"}), ""))
    num = profile.style("notice_number").size_pt
    below = page_h - (rules[1][0] - rules[1][1] / 2) + num * NUMBER_GAP
    head.append(paragraph(ppr(style="NoticeNumber", frame=_frame(round(below * TWIPS),
                                                                 metrics.text_w, round(num * TWIPS)),
                              spacing={"line": round(num * TWIPS), "lineRule": "exact"},
                              jc="right"), run(number or "")))
    return head


def _standard_head(masthead: str | None, number: str | None, profile: Profile,
                   metrics: Metrics, new_page: bool) -> list[str]:
    """文件格式: masthead 35 mm into the block, number two lines below, one red rule."""
    red = profile.accent_color.lstrip("#")
    rule = {"val": "single", "sz": 12, "space": 11, "color": red}
    out = []
    if masthead:
        line = {"before": mm_to_twips(profile.notice.masthead_block_mm), "line": metrics.lines(1.5),
                "lineRule": "exact"}
        out.append(paragraph(ppr(style="NoticeMasthead", page_break_before=new_page, spacing=line),
                             run(masthead, _fit_size(masthead, profile))))
    out.append(paragraph(ppr(style="NoticeNumber", page_break_before=new_page and not masthead,
                             bottom_border=rule,
                             spacing={"before": metrics.lines(2) if masthead else 0}),
                         run(number or "")))
    return out


def _fit_size(text: str, profile: Profile) -> str:
    """A smaller size when the masthead would not fit on one line (GB/T: one line, scaled)."""
    style = profile.style("notice_masthead")
    measure_pt = profile.text_width_mm * MM
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
                         spacing={"before": metrics.lines(1)}, ind=ind),
                     run(label + text))


def _signature(note: Notice, metrics: Metrics) -> list[str]:
    """署名 and 成文日期 at the right indents ``present.notice.signature_columns`` gives, in grid
    cells as the PDF sets them (absolute twips: Word would size ``rightChars`` by its own
    character unit and LibreOffice ignores it)."""
    if not (note.signature or note.date):
        return []
    sig_right, date_right = signature_columns(note.signature, note.date)
    out = []
    before = metrics.lines(1)
    for text, right in ((note.signature, sig_right), (note.date, date_right)):
        if not text:
            continue
        out.append(paragraph(
            ppr(style="NoticeSignature", keep_next=text is note.signature,
                spacing={"before": before} if before else None,
                ind={"right": round(right * metrics.pitch)}),
            run(text)))
        before = 0
    return out
