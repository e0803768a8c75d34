"""A head band printed once, on the first page of a text of several pages, is no heading (issue 10, branch head65).

Word's "different first page" prints a band over the first page only, so nothing repeats to say what it
is.  Three shapes of it are read now:

* a bare name over the band's row holding the issue, the editing office and the day (「情况交流」 /
  「第12期  江城市委办公室编  2026年11月20日」), written whole by PDFium, ``-raw``, ``-layout`` and a
  viewer's copy: before, only a one-page text's band was read so (``pagehead._band_pair``);
* the same band cut by pypdf into a 报头's shape, stacked over the 简报's own 报头 (「工作简报」 /
  「第7期」): a document prints one 报头, so the upper is the band (``pagehead.stacked_band``);
* the unit's name over a periodical's head row, its name and its issue at the row's ends
  (「江城市委组织部」 / 「组工情况反映  第27期」), whatever the periodical is called
  (``shapes.PERIODICAL_ROW_RE``, read by ``pagehead.masthead``).

The inputs are real (``tests/data/extractions/*_s70_first__*``, ``*_s69_per__*``): dev texts set on
``tests/eval/heading_sweep.py --first-head`` pages (seed 70 ``--kind columns --columns 2``; seed 69
``--word --periodical``) and read back as the harness saves them.  The page tests fail on main.
"""

from __future__ import annotations

import pytest

from booklet.shapes import PERIODICAL_ROW_RE

@pytest.mark.parametrize("name, first", [
    ("briefs_county_work_digest__col53_00_s70_first__pypdfium2.txt", "全县冬修水利工程全面开工"),
    ("jianbao_flood_season__col53_04_s70_first__pypdfium2.txt", "工作简报"),
])
def test_a_band_row_printed_once_goes_with_its_name(extracted, headings_of, titles_and_blocks, name, first):
    doc = extracted(name)
    assert headings_of(doc)[0] == first
    text = titles_and_blocks(doc)
    assert "情况交流" not in text
    assert "江城市委办公室编" not in text


@pytest.mark.parametrize("name, own, title", [
    ("jianbao_marker_heads__col53_01_s70_first__pypdf.txt", "第7期", "全县秋冬种工作进展情况"),
    ("jianbao_flood_season__col53_00_s70_first__pypdf.txt", "第12期", "全市2026年防汛工作情况通报"),
])
def test_a_band_stacked_over_the_bulletins_own_masthead_goes(extracted, headings_of, titles_and_blocks, name, own, title):
    doc = extracted(name)
    heads = headings_of(doc)
    assert heads[0] == "工作简报"
    assert any(title in h for h in heads)
    text = titles_and_blocks(doc)
    assert "情况交流" not in text
    assert "江城市委办公室编" not in text
    assert own in text   # the 简报's own 报头 stays


@pytest.mark.parametrize("row", ["财政工作交流  2026年第3期", "组工情况反映 第27期", "2026年第3期  教育督导通报",
                                 "第12期  江城市委办公室编"])
def test_a_periodicals_head_row(row):
    assert PERIODICAL_ROW_RE.match(row)


@pytest.mark.parametrize("line", ["关于2026年第三季度安全生产明查暗访情况的通报", "全县秋冬种工作进展情况",
                                  "第12期", "今年第3期，共印发1000份", "江城市委办公室编  2026年11月20日"])
def test_no_periodicals_head_row(line):
    assert not PERIODICAL_ROW_RE.match(line)


@pytest.mark.parametrize("family", ["pypdfium2", "pypdf", "pdfminer"])
def test_a_periodicals_head_band_goes_whatever_it_is_called(extracted, headings_of, titles_and_blocks, family):
    # 「江城市委组织部」 / 「组工情况反映  第27期」: whole (PDFium), the row cut at its issue (pypdf),
    # the row read before the unit (pdfminer)
    doc = extracted(f"appeal_civilised_city__sw25_00_s69_per__{family}.txt")
    assert headings_of(doc)[0] == "共建文明城市 共享美好家园"
    text = titles_and_blocks(doc)
    assert "组工情况反映" not in text
    assert "江城市委组织部" not in text
    assert "第27期" not in text


@pytest.mark.parametrize("family", ["pypdfium2", "pdftotext"])
def test_the_bulletins_own_masthead_under_a_periodicals_band_stays(extracted, headings_of, titles_and_blocks, family):
    doc = extracted(f"jianbao_flood_season__sw25_00_s69_per__{family}.txt")
    assert headings_of(doc)[0] == "工作简报"
    text = titles_and_blocks(doc)
    assert "第12期" in text
    assert "组工情况反映" not in text
