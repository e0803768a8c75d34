"""A row of two columns' lines on a loose page, parted at its gutter, read back as its pieces
(issue 10, branch lead54).

At leading above 1.5 plain ``pdftotext`` sets a blank line before most lines of a page in columns
(blocks of one or two lines taking turns between the columns), and where two columns' baselines
meet it writes their lines as one row, one space apart (「归档范围和档案保管期限表由各单位制定， 线查询服务；」).
``order`` reads such a loose page from its rebuilt blocks and reads its lines back by their number
and text (``order._ordered_loose``); the split by height parts a row of two at its gutter first
(``order._rows_parted``), and its pieces, no written line's text, raised a KeyError: the whole
document was lost (internal error).  The pieces now stand as themselves.

The snippet is real: the dev text regulation_archives_sections set in design col53_00 of the column
sweep (``tests/eval/heading_sweep.py --kind columns --leading open --seed 53``: two columns of 20
characters, gutter 1.5 em, leading 1.61) and read back by plain pdftotext — its first page's blocks
cut down to the eight that still part the row.  On main it fails with the KeyError.
"""

from __future__ import annotations

ARCHIVES = """\
济社会发展的作用，根据《中华人民共和国档
案法》等法律、行政法规，结合本市实际，制

第六条

第七条
本市行政区域内档案的收集、整

列入档案馆接收范围的单位，应

经济和社会发展规划，所需经费列入本级财政

第一节

档案数字化工作委托社会机构承担的，委
托单位应当与其签订保密协议，并对工作过程

（二）建设档案信息化利用平台，提供在
归档范围和档案保管期限表由各单位制定， 线查询服务；
"""


def test_a_row_parted_at_its_gutter_on_a_loose_page_is_read_as_its_pieces(clean, texts):
    doc, _ = clean(ARCHIVES)
    body = "".join(texts(doc))
    assert "提供在线查询服务；" in body
    assert "归档范围和档案保管期限表由各单位制定，" in body
