"""The notice letter's placement decisions both writers share (GB/T 9704-2012).

- The title stands ``title_gap_lines`` grid lines below the last element of the head
  (标题与其上最后一个要素相距二行), one line less when that keeps the letter on one page.
- 署名 and 成文日期 (7.3.5.2): the signature two characters in from the right, the date
  on the next line starting two characters right of the signature's start; a date longer
  than that is set two characters in from the right and the signature moves left.
"""

from __future__ import annotations

import math

from booklet.layout import MM, Profile
from booklet.model import Notice
from booklet.present.breaks import title_lines
from booklet.typeset.cells import cells

RIGHT_CELLS = 2  # 右空二字
DATE_SHIFT = 2  # 成文日期首字比署名首字右移二字
NUMBER_GAP = 7 / 8  # the number sits 7/8 of a 3号 character below the red rule
EM_ASCENT = 0.88  # a line's baseline below the top of its ideographic em box, in em


def head_bottom_pt(profile: Profile) -> float:
    """Distance (pt) from the text block's top down to the bottom of the head's last element
    (the document number), in the 信函格式 or 文件格式 of the profile."""
    g = profile.notice
    num = profile.style("notice_number").size_pt
    if profile.notice_format == "letter":
        masthead = profile.style("notice_masthead").size_pt
        rule = g.masthead_top_mm * MM + masthead + g.rule_gap_mm * MM + g.thick_pt \
            + g.double_gap_pt + g.thin_pt
        return rule + num * NUMBER_GAP + num - profile.margin_top_mm * MM
    masthead = profile.style("notice_masthead").size_pt
    return g.masthead_block_mm * MM + masthead * 1.2 + 2 * profile.line_pitch_pt + num


def title_slot(profile: Profile, notice: Notice) -> int:
    """The grid line of the notice title's first line."""
    head = math.ceil(head_bottom_pt(profile) / profile.line_pitch_pt - 1e-6)
    gap = profile.notice.title_gap_lines
    if _lines(profile, notice) + head + gap > profile.lines_per_page:
        gap -= 1
    return head + gap


def _lines(profile: Profile, notice: Notice) -> int:
    """Grid lines the letter takes below its head (title to date)."""
    per_line = profile.chars_per_line
    count = len(title_lines(profile, "notice_title", notice.title))
    count += 1 + (1 if notice.to else 0)
    for para in notice.body:
        count += math.ceil((cells(para) + profile.first_line_indent_chars) / per_line)
    if notice.attachment:
        count += 1 + math.ceil((cells(notice.attachment) + 5) / (per_line - 5))
    return count + 1 + 2


def signature_columns(signature: str | None, date: str | None) -> tuple[float, float]:
    """Right indents (in body characters) of the signature line and the date line."""
    sig, when = cells(signature or ""), cells(date or "")
    if not signature:
        return 0.0, float(RIGHT_CELLS)
    sig_right = float(RIGHT_CELLS)
    date_right = sig_right + sig - DATE_SHIFT - when
    if date_right < RIGHT_CELLS:  # the date is longer: it keeps 右空二字, the name moves left
        date_right = float(RIGHT_CELLS)
        sig_right = date_right + when + DATE_SHIFT - sig
    return sig_right, date_right


def letter_rules(profile: Profile, page_h: float) -> list[tuple[float, float]]:
    """(y of the line's centre from the page bottom, width) of the 信函格式's four red lines,
    top first: thick over thin under the masthead, thin over thick near the foot; each
    ``rule_length_mm`` long and centred on the paper (居中排布).  Both writers draw these."""
    g = profile.notice
    size = profile.style("notice_masthead").size_pt
    top = page_h - g.masthead_top_mm * MM - size  # the masthead's em box bottom
    thick_y = top - g.rule_gap_mm * MM - g.thick_pt / 2
    thin_y = thick_y - g.thick_pt / 2 - g.double_gap_pt - g.thin_pt / 2
    foot_thick = g.foot_rule_mm * MM + g.thick_pt / 2
    foot_thin = foot_thick + g.thick_pt / 2 + g.double_gap_pt + g.thin_pt / 2
    return [(thick_y, g.thick_pt), (thin_y, g.thin_pt), (foot_thin, g.thin_pt),
            (foot_thick, g.thick_pt)]


def number_align(profile: Profile) -> str:
    """Where the 发文字号 stands: flush right under the rules in the 信函格式 (the DOCX and the
    PDF set it so), as its style says (centred) in the 文件格式."""
    return "right" if profile.notice_format == "letter" else profile.style("notice_number").align
