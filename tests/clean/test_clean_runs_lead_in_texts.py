"""A lead-in's edge is read only in a text that shows lead-ins (issue 10, branch meas74).

pypdf ends its output line at every change of font, so a Word page with its figures in a Latin face
arrives in runs, and ``rejoin_runs`` reads such a text as cut at every change of font — bold lead-ins
too: a break after a finished sentence where the next piece fits the same printed line may be a
lead-in's edge (``runs._sharing``).  The runs show only that the extractor cut the text at its fonts,
not that the text sets any lead-in: in a page with none, a paragraph's end and the short block after
it — a headline, a note in brackets, a label — were run into one line wherever the widths let them
(「会议还研究了其他事项。」 / 「江城高新区：」, 「谢谢大家给我这个机会。」 / 「（发言内容经本人审阅，刊发时
有删节）」).  ``runs._shows_lead_ins`` asks the text for its lead-ins first: a lead-in and its
paragraph's text filling one printed line (``_filled_pairs``), or a list's numbering (「一是」, Word's
「1.」) after finished sentences, or a speaker's label alone on its piece, twice or more.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --word --designs 3 --seed 186`` pages
(sw25_01, sw25_00, sw25_02) and a dev layout (larger_headings), read back by pypdf — whole documents,
``tests/data/extractions``.  The first two tests fail on main (0c3860b); the last three are guards (the
lead-ins of a 一是 list, of Word's numbered items and of a transcript's speakers still read).
"""

from __future__ import annotations


def test_paragraph_end_before_a_headline_stays_a_break(extracted, texts):
    blocks = texts(extracted("news_page_science__sw25_01_s186_word__pypdf.txt"))
    assert any(b.endswith("会议还研究了其他事项。") for b in blocks)
    assert not any("其他事项。江城高新区" in b for b in blocks)


def test_paragraph_end_before_an_editor_note_stays_a_break(extracted, texts):
    blocks = texts(extracted("symposium_speeches_excerpts__sw25_01_s186_word__pypdf.txt"))
    assert any(b.endswith("谢谢大家给我这个机会。") for b in blocks)
    assert "（发言内容经本人审阅，刊发时有删节）" in blocks
    assert not any("机会。（发言内容" in b for b in blocks)


def test_numbered_lead_ins_still_share_their_line(extracted, texts):
    blocks = texts(extracted("lecture_party_style__sw25_00_s186_word__pypdf.txt"))
    assert any("不容忽视的问题。一是有的同志担当意识不强。遇到矛盾绕着走" in b for b in blocks)


def test_word_item_lead_ins_still_share_their_line(extracted, texts):
    blocks = texts(extracted("jianbao_flood_season__sw25_02_s186_word__pypdf.txt"))
    assert any(b.startswith("1.责任体系压得更实。汛前，") for b in blocks)
    assert any(b.startswith("2.隐患排查改得更早。4月至5月，") for b in blocks)


def test_speaker_labels_still_open_their_turns(extracted, texts):
    blocks = texts(extracted("transcript_reading_month__larger_headings__pypdf.txt"))
    assert any(b.startswith("李秀兰：我在图书馆工作了三十一年。") for b in blocks)
    assert any(b.startswith("陈小燕：我们村的书屋原来只在白天开门") for b in blocks)
