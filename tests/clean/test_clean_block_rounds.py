"""A page plain ``pdftotext`` wrote round by round, read column by column (``flow._blocks_round_dealt``:
plain75's trial, its dealt columns ordered as ``order`` orders the columns it splits by height —
plain75b in ``docs/cleaner-history.md``).

At open leading plain ``pdftotext`` writes a column page's lines as blocks of one or a few lines and
takes them up by height, one of each column in turn, round after round.  A block then goes on in the
block a round later, whatever its last line ends on: many of those blocks end at a clause mark
(「各部门应当按照“一数一源、」 / …the other column's block… / 「一源多用”的要求…」), where no join reads a
word across, so moving blocks one by one (``_rejoined_page``) left the two columns' sentences
interleaved.  Dealt by the round, each column reads whole; which dealt column comes first plain
text says as it says it to ``order._height_split`` (``flow._columns_read_on``): words read across
from a column's foot into the next one's top, else the column not opening on a bracket's rest, else
the one opening on a title, else the order the columns' first blocks were written (plain75's trial
used that alone, and read dev's 故乡 page, ``test_clean_order``, right column first).

The input is a real extraction kept in ``tests/data/extractions``: the dev text
``guideline_data_sharing`` set in the news sweep's design nw54_02 (three columns of 14 characters,
leading 1.5; ``heading_sweep.py --kind news --columns 3 --seed 197``), read back by plain
``pdftotext`` as the harness saves it.  Expected values are what a reader of the printed page sees.
Fails on main (the columns' blocks interleaved).
"""

from __future__ import annotations


def test_a_page_written_round_by_round_reads_column_by_column(extracted, read_text):
    found = read_text(extracted("guideline_data_sharing__nw54_02_s197_news__pdftotext.txt"))
    # the first column's sentences whole, none of the second column's lines inside them
    assert "本指南规定了政务数据共享开放的基本原则、目录编制、分级分类、共享流程和安全管理等要求。" in found
    assert "本指南适用于市级各部门、各区（县）人民政府及其工作部门开展政务数据共享开放工作，公共企事业单位参照执行。" in found
    assert "各级行政机关以及履行公共管理和服务职能的事业单位，在依法履职过程中采集和产生的各类数据资源" in found
    # the second column's, its quotation closed by the block a round later
    assert "各部门应当按照“一数一源、一源多用”的要求，依据本部门权责清单编制政务数据资源目录。" in found
    assert "目录内容应包括数据名称、提供单位、数据格式、更新周期、共享属性和开放属性等。" in found
    assert "数据使用部门应当按照授权范围使用共享数据，不得擅自将共享数据用于履行职责以外的用途" in found
    # and the first column before the second
    assert found.index("2.1 政务数据") < found.index("4.1 编制要求") < found.index("5 安全管理")



def test_the_widest_round_shown_over_half_the_best_is_the_period():
    from booklet.clean.flow import _round_period
    # three columns, the third shorter: period 3 above its end, period 2 below, as often
    assert _round_period({2: 20, 3: 20}) == 3
    # two columns: period 3 by chance only
    assert _round_period({2: 20, 3: 4}) == 2
    assert _round_period({}) == 0
