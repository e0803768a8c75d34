"""（N） heads read by their series, not their width (issue 10, branch series81; ``clean.series``).

On pocket pages (heading_sweep.py --kind pocketwide) a （N） head stops so little short of the
measure that ``measured.stops_short`` reads it as a line the measure cut and the head runs into its
paragraph; a list item's first line may be as wide.  The series tells them apart: heads are set
alike (each head-shaped, one of them already alone over its paragraph), items end on ；/。 or hold a
run-in label, or some member holds a clause.  Each extraction is real (pdftotext of the drawn design).
"""

from __future__ import annotations


def test_cn_paren_heads_of_a_tongbao_by_their_series(extracted, headings_of):
    # seed 287, pw59_02: 「（二）隐患排查治理不彻底」 stood alone, its siblings ran into their paragraphs
    heads = headings_of(extracted("tongbao_safety_inspection__pw59_02_s287_pocketwide__pdftotext.txt"))
    for head in ("（一）企业主体责任落实不到位", "（二）隐患排查治理不彻底", "（三）部门监管存在薄弱环节"):
        assert head in heads


def test_paren_head_over_a_number_run(extracted, headings_of):
    # seed 270, pw59_03 (a 15.5-em measure): 「（ 1 ） 12345 热线接入智能助手」 over 「12345 政务服务…」 —
    # the 2.5-em number would not have fitted, so only the series says the head ended
    heads = headings_of(extracted("report_latin_digit_heads__pw59_03_s270_pocketwide__pdftotext.txt"))
    for head in ("（1）5G网络实现乡镇全覆盖", "（1）公共数据授权运营起步", "（1）12345热线接入智能助手",
                 "（2）“一网通办”事项再扩容", "（3）基层数据减负见到实效", "（2）深化公共数据开放利用"):
        assert head in heads


def test_item_series_stays_whole(extracted, all_text, headings_of):
    # seed 287, pw59_04: the 要求 items 「（一）各地各部门要对照本通报反」 / 「映的问题，…」 stop short as
    # the heads above them do, but their series holds a member left open (「…组织“回头」); (the measure
    # alone sets the first apart, on main too: 「（一）各地各部门要对照本通报反」 is left)
    doc = extracted("tongbao_safety_inspection__pw59_04_s287_pocketwide__pdftotext.txt")
    assert not any(h.startswith(("（二）对检查", "（三）市安委办")) for h in headings_of(doc))
    assert "（二）对检查发现的重大事故隐患，实行挂牌督办，整改不到位的一律停产停业整顿。" in all_text(doc).splitlines()


def test_items_cut_inside_a_word_stay_whole(extracted, all_text, headings_of):
    # seed 289, pw59_00: a 请示's items 「（一）城市低保标准由每人每」 / 「月 960 元提高到…」 stop 3 em short
    # of a 16-em measure, each line clause-free like a head; the break splits 「每月」 (``series.cut_in_word``)
    doc = extracted("request_qingshi_banji__pw59_00_s289_pocketwide__pdftotext.txt")
    assert not any(h.startswith(("（一）城市", "（二）农村", "（三）特困")) for h in headings_of(doc))
    assert "（一）城市低保标准由每人每月960元提高到1000元，增加40元，增幅4.2%。" in all_text(doc).splitlines()


def test_titled_paren_heads_by_their_series(extracted, headings_of):
    # seed 287, pw59_04 (colon81): 「（一）建强组织：把支部建在小区上」 — a theme, a colon and a phrase, each
    # member over a one-sentence paragraph; a run-in label made every member an item, so all three ran in
    heads = headings_of(extracted("exchange_anyu_numbered_bold__pw59_04_s287_pocketwide__pdftotext.txt"))
    for head in ("（一）建强组织：把支部建在小区上", "（二）健全机制：让三方拧成一股绳", "（三）办好实事：把群众的心焐热"):
        assert head in heads


def test_titled_paren_head_filling_its_line(extracted, headings_of):
    # seed 287, pw59_05 under pdfminer: 「（一）技术逻辑：从信息化到智能化」 fills the measure (its siblings
    # wrap and stand apart); the titled series, not the width, says it ended
    heads = headings_of(extracted("article_theory_abstract_refs__pw59_05_s287_pocketwide__pdfminer.txt"))
    assert "（一）技术逻辑：从信息化到智能化" in heads



_RUN_ON_ITEMS = "plan_community_canteen_labelled_items__pw59_01_s308_pocketwide__pdftotext_first27.txt"


def _items_whole(doc, all_text, headings_of):
    assert not any(h.startswith(("（一）指导思想", "（二）基本原则")) for h in headings_of(doc))
    lines = all_text(doc).splitlines()
    assert any(line.startswith("（二）基本原则：坚持政府引导和市场运作相结合，") for line in lines)


# seed 308, pw59_01 (a 14-em measure; the first 27 lines, the 总体要求 items, of the check text
# plan_community_canteen_labelled_items under pdftotext): a 实施方案's run-in items 「（一）指导思想：坚持以人民为」
# / 「中心的发展思想，…」 and 「（二）基本原则：坚持政府引导」 / 「和市场运作相结合，…」 — a label, a colon and a
# clause-free line ending at a word's end, as a titled head's is (colon81 read both as heads).  Two tells
# part them from a titled series (colon82), each enough alone:

def test_labelled_items_whose_lines_run_on_stay_whole(extracted, all_text, headings_of):
    _items_whole(extracted(_RUN_ON_ITEMS), all_text, headings_of)


def test_labelled_items_by_the_bound_word_under_one(extracted, all_text, headings_of, monkeypatch):
    # the line under the second opens on 「和」, bound to the phrase above (``series.runs_on``), even where the
    # series' blocks said nothing
    from booklet.clean import series
    monkeypatch.setattr(series, "_heads_sections", lambda groups: True, raising=False)
    _items_whole(extracted(_RUN_ON_ITEMS), all_text, headings_of)


def test_labelled_items_by_their_blocks(extracted, all_text, headings_of, monkeypatch):
    # the items run one after another, each one block (``series._heads_sections``), even where no word
    # under a member were read as bound
    from booklet.clean import series
    monkeypatch.setattr(series, "opens_bound", lambda under: False, raising=False)
    _items_whole(extracted(_RUN_ON_ITEMS), all_text, headings_of)
