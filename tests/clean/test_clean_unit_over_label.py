"""A two-line head band printed once at the top of the first page — a unit's name and a publication's
bare label, in either order (「青禾县农业农村局」 / 「工作动态」, 「工作简报」 / 「江城市人民政府办公室」) — over the
text's title or over its own 报头 (bull79, issue 10).  Both lines are the band: a 简报's own 报头 prints
its issue with its name, a label with none is the series' head Word's "different first page" prints
once.  On main the label ran on into the 报头's name as one heading (「工作动态工作简报」, 「信息专报参阅」:
a heading extended by four characters the gold does not hold, every extractor), or stood as the text's
title with the real title a second heading or run into the first paragraph, or the unit did.

Pages are real extractions, whole: the dev texts brief_one_page (one item, no 报头), jianbao_flood_season
and jianbao_kicker_items (their own 报头) set by ``heading_sweep.bulletin_design`` seed 252 with the first
page's head replaced by the pair (``/work/notes/bull79/tools/exp.py``), read by pypdf, PDFium and a saved
copy (realstyle) (``tests/data/extractions/*_s252_label__*``).
"""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("name, band, first", [
    ("brief_one_page__bl66_03v0_s252_label__pypdf.txt", ("青禾县农业农村局", "工作动态"), "市科技局召开一季度重点工作推进会"),
    ("brief_one_page__bl66_00v2_s252_label__pypdfium2.txt", ("工作简报", "江城市人民政府办公室"), "市科技局召开一季度重点工作推进会"),
    ("jianbao_flood_season__bl66_01v0_s252_label__pypdf.txt", ("青禾县农业农村局", "工作动态"), "工作简报"),
    ("jianbao_kicker_items__bl66_02v3_s252_label__pypdfium2.txt", ("江城市委政策研究室", "信息专报"), "参阅"),
    ("jianbao_kicker_items__bl66_04v2_s252_label__realstyle.txt", ("工作简报", "江城市人民政府办公室"), "参阅"),
])
def test_unit_and_label_over_the_text_are_the_band(closed_texts, extracted, headings_of, name, band, first):
    doc = extracted(name)
    heads = ["".join(h.split()) for h in headings_of(doc)]
    assert heads[0] == first
    assert not any(label in h for h in heads for label in band)
    text = closed_texts(doc)
    assert band[0] not in text[:4] and band[1] not in text[:4]   # (a text may sign with the unit at its end)


def test_the_own_masthead_keeps_its_issue(closed_texts, extracted):
    text = closed_texts(extracted("jianbao_flood_season__bl66_01v0_s252_label__pypdf.txt"))
    assert "第12期" in text
    assert not any(t.startswith("工作动态") for t in text)


def _line(text: str):
    from booklet.clean.lines import to_lines
    from booklet.readers.text import raw_lines
    return to_lines(raw_lines(text))[0]


@pytest.mark.parametrize("a, b, pair", [
    ("青禾县农业农村局", "工作动态", True),
    ("工作简报", "江城市人民政府办公室", True),
    ("江城市委政策研究室", "信息专报", True),
    ("江城市委政策研究室", "江城市人民政府办公室", False),   # two bodies: joint issuers
    ("工作简报", "第12期", False),                          # a 报头's name over its issue
    ("青禾县农业农村局", "市科技局召开一季度重点工作推进会", False),   # a unit over a title (unit_over_title's)
])
def test_unit_and_label(a, b, pair):
    from booklet.clean.pagehead import _unit_and_label

    lines = [_line(a), _line(b)]
    assert _unit_and_label(lines, 0, 1) is pair


@pytest.mark.parametrize("name, issuer, number", [
    ("tongbao_safety_inspection__bold_wide_plain_dev__pypdf.txt", "江城市安全生产委员会办公室", "江安委办〔2026〕23号"),
    ("notice_theory_study__neikan_narrow_ruled_dev__pdftotext.txt", "中共江城市委宣传部", "江宣发〔2026〕7号"),
])
def test_a_label_over_the_texts_own_letterhead_leaves_the_issuer(closed_texts, extracted, headings_of, name, issuer,
                                                                 number):
    """The guard (dev, every family on the first page: the first version took the issuer with the
    layout's head 「调研报告」 / 「江城通讯」 over it): a unit with its 发文字号 under it — or its name's rest
    a narrow column wrapped, then the number — is the text's own 版头, kept."""
    doc = extracted(name)
    assert "".join(headings_of(doc)[0].split()) == issuer
    assert number in closed_texts(doc)
