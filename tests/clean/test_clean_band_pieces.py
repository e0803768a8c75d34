"""A Word report's head band read whole where an extractor cut it into pieces (issue 10, branch word71).

A Word report prints the same head on every page: the title's copy (or the unit) over the unit and the
date (「清河镇2025年工作大事记」 / 「江城市委政策研究室  2026年10月」).  pypdf ends a line at every change of
font, so with its figures in a Latin face the head comes as 「清河镇」 / 「2025」 / 「年工作大事记」 /
「江城市委政策研究室」 / 「2026」 / 「年」 / 「10」 / 「月」: the copies found by repetition (「清河镇」,
「年工作大事记」) stood either side of a piece taken as a copy on some pages only, and the unit's line and
the date stood past the band's three lines — kept in the text, and ``rejoin_runs`` glued them into the
sentence the page break cut (「…检修家2025」 / 「江城市委政策研究室」 / 「2026年10月」).  ``bands.band_rest``
now reads a page's band from its edge — the copies in their places, pieces cut off one printed line
counted as one line — and agrees the pages' bands line by line; ``rejoin_runs`` asks the same reading,
so no piece of the band is joined to the text.  A band's middle line between copies taken on both pages
of a two-page text is the band's too (the title's copy under the unit, over the date, pdftotext).

A first page whose head a rule keeps at first (the unit over the title, 「青禾县人民政府办公室」 / 「关于」 /
「2026」 / 「年第三季度…」) shows no copy taken at its edge; a line there reading as a copy taken on the
other pages opens its band too (``bands._edge_copies``), so its pieces stay apart as the other pages' do
and the band's rest is read against theirs.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --word`` pages (seeds
142 and 132) and read back — whole documents, ``tests/data/extractions``.  The first four fail on main
9205e22; the pdfminer 通报 (a date written before the unit's copy on one page and after it on the next)
and the signer's date cut as the head's date was are guards (pass on both).
"""

from __future__ import annotations

import pytest

@pytest.mark.parametrize(("name", "band", "sentence"), [
    ("chronology_town_events__sw25_04_s142_word__pypdf.txt", ("江城市委政策研究室", "2026年10月"),
     "2月10日　全镇春节后第一个工作日召开“项目攻坚年”动员会，镇与各村、站所签订年度目标责任书28份。"),
    ("report_bold_headings__sw25_04_s142_word__pypdf.txt", ("江城市委政策研究室", "2026年10月"),
     "技术合同成交额达到186亿元，同比增长31%。"),
])
def test_a_band_cut_at_its_fonts_goes_whole(extracted, all_text, name, band, sentence):
    text = all_text(extracted(name))
    assert not any(part in text for part in band)
    assert sentence in text.replace("#", "")


def test_the_title_copy_amid_a_two_page_band_goes(extracted, all_text, texts):
    """pdftotext: 「青禾县人民政府办公室」 / 「基层治理工作要论摘编」 / 「2026 年 11 月」 on both pages; the
    title printed once under the first page's band stays, its copy on page 2 goes."""
    doc = extracted("compilation_grassroots_sayings__sw25_02_s142_word__pdftotext.txt")
    assert all_text(doc).count("基层治理工作要论摘编") == 1
    assert any(b.startswith("干部下沉不是换个地方坐办公室。") for b in texts(doc))


def test_the_first_pages_band_read_from_its_pieces_goes(extracted, all_text, texts):
    """pypdf, seed 132: the 通报's first page opens on the head, cut at its fonts, over the issuer;
    the title stands whole under the 发文字号, and no piece of the head's title copy is left."""
    doc = extracted("tongbao_safety_inspection__sw25_05_s132_word__pypdf.txt")
    text = all_text(doc)
    assert text.lstrip().startswith("江城市安全生产委员会办公室")
    assert "关于2026年第三季度安全生产明查暗访情况的通报" in text
    assert "2026年第三季度安全生产明查暗\n" not in text + "\n" and "2026年11月" not in text


def test_a_date_written_on_either_side_of_the_unit_goes(extracted, all_text):
    """pdfminer writes the head's row's boxes sorted: the date before the unit's copy on page 1
    (「关于…明查暗」 / 「2026 年 11 月」 / 「青禾县人民政府办公室」) and after it on page 2."""
    text = all_text(extracted("tongbao_safety_inspection__sw25_02_s142_word__pdfminer.txt"))
    assert "2026年11月" not in text.replace(" ", "")
    assert text.rstrip().endswith("2026年10月12日")


def test_a_last_page_signed_with_a_date_cut_as_the_heads_keeps_it(extracted, all_text):
    """The last page holds only the signer's date, cut by pypdf as the head's date is (「2026」 / 「年」
    / 「10」 / 「月」 / 「28日」): it stands past the band on one page, and no other page's band holds
    it there — text."""
    text = all_text(extracted("insights_phrase_heads__sw25_03_s142_word__pypdf.txt"))
    assert text.rstrip().endswith("2026年10月28日")
