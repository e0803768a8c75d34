"""Chinese line breaking (clreq) and justification, independent of reportlab."""

from booklet.typeset.clreq import NO_END, NO_START, can_break_before
from booklet.typeset.justify import char_spacing
from booklet.typeset.linebreak import LineSpan, break_lines

__all__ = ["NO_END", "NO_START", "LineSpan", "break_lines", "can_break_before", "char_spacing"]
