"""Chinese line breaking (clreq) and justification, independent of reportlab."""

from booklet.typeset.clreq import NO_END, NO_START, can_break_before
from booklet.typeset.display import balanced_lines, split_before_bracket
from booklet.typeset.justify import char_spacing
from booklet.typeset.linebreak import LineSpan, break_lines

__all__ = ["NO_END", "NO_START", "LineSpan", "balanced_lines", "break_lines", "can_break_before",
           "char_spacing", "split_before_bracket"]
