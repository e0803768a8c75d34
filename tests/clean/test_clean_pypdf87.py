"""Block ends a reader cannot see in pypdf's and plain pdftotext's lines, read from how the page was set
(issue 10, branch pypdf87).

- Word's item number set solid with its point in a Latin face (「2.」) is a run pypdf writes alone; after
  words that end on an ideograph the line before was an item's or a heading's whole, and the number opens
  the next printed line (``regroup._solid_item_number`` in ``_items_after_words``), as the number cut from
  its full-width stop did already: 「…补贴申请表」 / 「2.」 / 「江城市老年人能力评估标准」, 「专栏1　…民生实事」 /
  「1.」 / 「新增城镇就业」.
- A line opening on a label of words in 【】 with its text run in after it (a 年鉴's 条目) opens a block
  after a finished sentence, however full the line before (``shapes.BRACKET_LABEL_OPEN_RE`` in
  ``measured._label_opens``), plain pdftotext's lines and pypdf's alike.
- A numbered heading whole set in its own face, after a piece that finished a sentence, whose siblings
  stand as lines of their own, ends its printed line (``runs._opens_after_sentence`` in ``_series_alone``;
  「（2）…」 is a heading's number there, ``shapes.ARABIC_PAREN_OPEN_RE``): not a bold lead-in run in.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --seed 388`` pages (``--kind heading``,
``pocket``, ``pocketwide``), read back by pypdf or plain pdftotext, whole (``tests/data/extractions``).
Every test fails on main (8fcd3ca1).
"""

from __future__ import annotations

from booklet.shapes import BRACKET_LABEL_OPEN_RE


def test_an_attachment_list_item_numbered_solid_opens_its_line(extracted, texts):
    blocks = texts(extracted("qa_policy_interpretation__pk53_00_s388_pocket__pypdf.txt"))
    assert "附件：1.江城市居家养老服务补贴申请表" in blocks
    assert "2.江城市老年人能力评估标准" in blocks


def test_a_box_title_stays_apart_from_the_first_item_under_it(extracted, texts):
    blocks = texts(extracted("report_county_government_work__sw25_00_s388_heading__pypdf.txt"))
    assert "1.新增城镇就业5000人以上，开展职业技能培训8000人次。" in blocks
    assert not any(block.endswith("民生实事1.新增城镇就业5000人以上，开展职业技能培训8000人次。") for block in blocks)


def test_yearbook_entries_open_on_their_bracketed_titles_plain_pdftotext(extracted, texts):
    blocks = texts(extracted("yearbook_county_agriculture__pk53_03_s388_pocket__pdftotext.txt"))
    entries = [block for block in blocks if block.startswith("【")]
    for title in ("【蔬菜产业】", "【动物防疫】", "【农村土地承包】", "【农田水利】"):
        assert any(block.startswith(title) for block in entries), title
    assert not any("。【" in block for block in blocks)


def test_yearbook_entries_open_on_their_bracketed_titles_pypdf(extracted, texts):
    blocks = texts(extracted("yearbook_county_agriculture__pw59_00_s388_pocketwide__pypdf.txt"))
    for title in ("【农村土地承包】", "【农业保险】", "【和美乡村建设】"):
        assert any(block.startswith(title) for block in blocks), title


def test_numbered_heads_in_their_own_face_are_not_lead_ins(extracted, texts):
    blocks = texts(extracted("report_latin_digit_heads__sw25_01_s388_heading__pypdf.txt"))
    for head in ("（2）深化公共数据开放利用", "（3）推进AI+政务应用", "（4）加强数据安全保障"):
        assert head in blocks, head
    assert "年内完成二期工程主体建设，新增标准机架1500个，力争总算力翻一番，上架率达到80%以上。" in blocks


def test_bracket_label_open_shape():
    for text in ("【蔬菜产业】全县蔬菜种植面积11.8万亩", "【农村集体产权制度改革】全县312个村", "【注释】"):
        assert BRACKET_LABEL_OPEN_RE.match(text), text
    for text in ("【2024】3号文件", "见【蔬菜产业】条", "〔蔬菜产业〕全县", "【】"):
        assert BRACKET_LABEL_OPEN_RE.match(text) is None, text


def test_a_pinyin_tone_vowel_goes_on_with_the_run_before_it(extracted, texts):
    # (pypdf cuts 「xi」 off at the Latin face and 「ù」 with it, the face lacking the tone vowel:
    # 「读」 / 「xi」 / 「ù。」 is one printed line, the note's last)
    blocks = texts(extracted("poems_song_ci_recitation__pw59_00_s388_pocketwide__pypdf.txt"))
    assert "xi" not in blocks and "ù。" not in blocks
    assert any(block.endswith("岫，读xiù。") for block in blocks)


def test_cjk_at_start_skips_marked_latin_letters():
    from booklet.shapes import CJK_AT_START_RE
    for text in ("ù。", "ǔ。〔2〕乱红", "02”强降雨"):
        assert CJK_AT_START_RE.match(text), text
    for text in ("abc", "×2", "ù"):
        assert CJK_AT_START_RE.match(text) is None, text


def test_the_annex_label_opens_its_line_under_the_body(extracted, texts):
    # (GB/T 9704 7.3.4: 「附件：」 under the body's last sentence is a line of its own, its items each one too —
    # the dev suite's word_report page, read by pypdf)
    blocks = texts(extracted("qa_policy_interpretation__word_report__pypdf.txt"))
    assert "附件：1.江城市居家养老服务补贴申请表" in blocks
    assert "2.江城市老年人能力评估标准" in blocks
    assert "3.居家养老服务项目和价格目录" in blocks
    assert any(block.endswith("不需要本人重新申请。") for block in blocks)
