"""A unit's name printed once at the top of the first page straight over the text's title, with no
报头 of the text's own under it (bull69, issue 10): 「青禾县农业农村局」 over 「致全市广大教师和教育工作者的
慰问信」.  The unit's line is the page's head band, as ``unit_over_masthead`` reads it over a 报头: a
document names its issuer under its title, at its end or in its own 版头 — and a 版头 sets its 发文字号
or issue under the name.  On main the unit stayed a heading of its own, or ran on into the title
(「江城市人民政府办公室江城市档案管理条例」).

Pages are real extractions, whole: the dev texts letter_teachers_day, briefs_county_work_digest,
speech_county_meeting and regulation_archives_sections set by ``heading_sweep.py --kind bulletin
--seed 110`` (designs bl66_01/02/03/05) and read by PDFium, pypdf, a saved copy (realstyle) and
``pdftotext -layout`` (``tests/data/extractions``).  The counter-examples are the dev texts' own
版头 (a body's name over its 发文字号).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, unit, first", [
    ("letter_teachers_day__bl66_03_s110_bulletin__pypdfium2.txt", "青禾县农业农村局", "致全市广大教师和教育工作者的慰问信"),
    ("briefs_county_work_digest__bl66_01_s110_bulletin__pypdf.txt", "青禾县农业农村局", "抓好冬春农田水利建设夯实明年粮食丰收基础"),
    ("speech_county_meeting__bl66_02_s110_bulletin__realstyle.txt", "中共江城市委办公室", "凝心聚力抓落实奋力开创县域经济高质量发展新局面"),
    ("regulation_archives_sections__bl66_05_s110_bulletin__pdftotext_layout.txt", "江城市人民政府办公室", "江城市档案管理条例"),
])
def test_unit_over_the_title_is_the_band(closed_texts, extracted, name, unit, first):
    doc = extracted(name)
    texts = closed_texts(doc)
    assert not any(unit in t for t in texts)
    assert texts[0] == first   # the kicker or the title opens the text, alone


def test_a_letterhead_over_its_document_number_stays(clean, closed_texts):
    doc, _ = clean("中共江城市委宣传部\n江宣发〔2026〕7号\n关于开展2026年度理论学习中心组专题学习的通知\n"
                   "各区委宣传部，市直各单位党组（党委）：\n为深入学习党的创新理论，现就有关事项通知如下。\n")
    assert "中共江城市委宣传部" in closed_texts(doc)



# (unit73) A 发文字号's 机关代字 abbreviates its issuer (GB/T 9704: 江民 ← 江城市民政局, 江宣 ← 中共江城市委
# 宣传部): under a unit whose name holds none of its characters past the region's, the number is another
# body's document and the unit over it the band — alone over the number, or over that body's own 版头.
# Pages: ``heading_sweep.py --kind bulletin --seed 184`` (bl66_00) as a saved Word file (realstyle) and
# pasted from a viewer; the guard is dev's own 版头 cut by a narrow column (neikan_narrow_ruled, pdfminer).
@pytest.mark.parametrize("name, unit, first", [
    ("request_qingshi_banji__bl66_00_s184_bulletin__paste_viewer.txt", "江城市委政策研究室", "江民〔2026〕47号"),
    ("notice_theory_study__bl66_00_s184_bulletin__realstyle.txt", "江城市委政策研究室", "中共江城市委宣传部"),
    # (unit74) over another body's whole 版头, its name a name of its own or wrapped by the column
    # (``test_clean_unit_over_letterhead.py``; seeds 188, 189)
    ("notice_theory_study__bl66_02_s188_bulletin__pypdf.txt", "青禾县农业农村局", "中共江城市委宣传部"),
    ("notice_theory_study__bl66_00_s189_bulletin__paste_viewer.txt", "青禾县农业农村局", "中共江城市委宣传部"),
    ("tongbao_safety_inspection__bl66_03_s188_bulletin__pypdf.txt", "青禾县农业农村局", "江城市安全生产委员会办公室"),
    ("tongbao_safety_inspection__bl66_01_s189_bulletin__realstyle.txt", "江城市人民政府办公室", "江城市安全生产委员会办公室"),
    ("tongbao_safety_inspection__bl66_02_s189_bulletin__paste_viewer.txt", "江城市委政策研究室", "江城市安全生产委员会办公室"),
])
def test_a_unit_over_another_bodys_number_is_the_band(closed_texts, extracted, name, unit, first):
    texts = closed_texts(extracted(name))
    assert not any(unit in t for t in texts)
    assert texts[0] == first


def test_a_letterhead_cut_by_a_narrow_column_stays(closed_texts, extracted):
    texts = closed_texts(extracted("notice_theory_study__neikan_narrow_ruled__pdfminer.txt"))
    assert texts[:2] == ["中共江城市委宣传部", "江宣发〔2026〕7号"]


@pytest.mark.parametrize("number, unit, another", [
    ("江民〔2026〕47号", "江城市委政策研究室", True),
    ("江民〔2026〕47号", "江城市民政局", False),
    ("江政办发〔2026〕41号", "江城市人民政府办公室", False),
    ("粤府函〔2026〕3号", "广东省人民政府", False),     # the region's character need not be the name's
    ("国办发〔2026〕5号", "国务院办公厅", False),
    ("江教发〔2026〕7号", "中共江城市委办公室", True),
])
def test_a_document_number_names_its_issuer(number, unit, another):
    from booklet.clean.pagehead import _numbers_another
    assert _numbers_another(number, unit) is another
