"""Word's next item number, cut from its stop, opens its printed line after a line that ended on words
(issue 10, branch runs74).

pypdf ends its output line at every change of font, so Word's numbering in a Latin face arrives cut
from its stop: 「专题二：提升基层治理能力」 / 「1」 / 「、学会做群众工作」, 「…调整测算表」 / 「2」 / 「．周边
城市城乡低保标准情况」.  ``runs.rejoin_runs`` regroups the pieces into the lines that best fill the measure,
each line stopping short mid-sentence paying alike, so a heading and the item under it, or two items of
an attachment list, that fill one line together cost less run into one.  After a finished sentence the
number already opens its line (``regroup._items_after_sentence``); after words that end on an ideograph,
no mark, the line before was a heading's or an item's whole, and the number with its item's words after
the stop opens the next (``regroup._items_after_words``).  A typed list after a colon runs on in its
lead's line (「附件：」 / 「1」 / 「．…」 stays 「附件：1．…」).

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --word --designs 3 --seed 192`` pages
(sw25_01, sw25_00), read back by pypdf, whole (``tests/data/extractions``).  Both tests fail on main
(a86c9b8).
"""

from __future__ import annotations


def test_a_numbered_heading_under_a_topic_heading_opens_its_line(extracted, texts):
    blocks = texts(extracted("study_guide_topic_parts__sw25_01_s192_word__pypdf.txt"))
    assert "专题二：提升基层治理能力" in blocks
    assert "1、学会做群众工作" in blocks


def test_an_attachment_list_keeps_one_item_a_line(extracted, texts):
    blocks = texts(extracted("request_qingshi_banji__sw25_00_s192_word__pypdf.txt"))
    assert "附件：1．江城市城乡低保标准调整测算表" in blocks
    assert "2．周边城市城乡低保标准情况" in blocks
