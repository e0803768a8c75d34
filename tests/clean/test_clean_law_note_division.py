"""A law's bracketed 题注 and the division under it (issue 10, texts81): a 条例 or a 办法 sets its adoption
note wholly in brackets under the title (「（2026年8月27日…会议通过　2026年9月29日…批准）」) and opens
its first chapter or article on the next line (「第一章　总　　则」, 「第一条　为了…」).  Where the note's
last line filled the measure, the measure said "runs on" and the chapter head or the article ran into
the note (「（…批准）第一章　总　　则」: the chapter head lost).  Swept on seeds 296–299 (the new dev
text regulation_mountain_fire_prevention, 20 of 223 cases) and, in the older law texts, seeds 297 and
299 (measures_rural_water_supply, law_library_regulation, regulation_archives_sections,
measures_volunteer_service: 52 of 584 cases better, none worse); ``unwrap.ROW_KINDS`` "law division
after its bracketed note", ``shapes.DIVISION_OPEN_RE``.

Each page is real: the text set in a design of those sweeps and read back by the extractor named.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading

CASES = [
    # (extraction, the note's last words, the division's first words, a chapter head or None)
    ("regulation_mountain_fire_prevention__pk53_01_s296_pocket__pypdf.txt", "批准）", "第一章", "第一章　总　　则"),
    ("regulation_mountain_fire_prevention__pk53_00_s296_pocket__pdfminer.txt", "批准）", "第一章", "第一章　总　　则"),
    ("measures_rural_water_supply__pk53_00_s299_pocket__pdfminer.txt", "审议通过）", "第一章", "第一章　总则"),
    ("regulation_archives_sections__sw25_02_s297_heading__pdfplumber.txt", "会议通过）", "第一章", "第一章 总则"),
    ("law_library_regulation__pk53_04_s299_pocket__pypdf.txt", "会议通过）", "第一条", None),
]


def _squeeze(text: str) -> str:
    return text.replace(" ", "").replace("\u3000", "")


@pytest.mark.parametrize("name,note_end,division,chapter", CASES, ids=[c[0].split("__")[0] for c in CASES])
def test_note_closes_before_the_division(extracted, headings_of, all_text, name, note_end, division, chapter):
    doc = extracted(name)
    lines = all_text(doc).splitlines()
    notes = [line for line in lines if line.startswith(("（", "(")) and _squeeze(line).endswith(note_end)]
    assert notes, lines[:6]
    assert not any(division in line for line in notes), notes
    if chapter is not None:
        assert _squeeze(chapter) in [_squeeze(h) for h in headings_of(doc)], headings_of(doc)[:4]
    else:
        assert any(line.startswith(division) for line in lines), lines[:6]


@pytest.mark.parametrize("line", ["第一章　总　　则", "第一章", "第二节 安全管理", "第一条　为了有效预防",
                                  "第十六条 本条例自2027年1月1日起施行。"])
def test_division_shape(line):
    from booklet.shapes import DIVISION_OPEN_RE   # (here: the cleaning tests above run on a tree without it)
    assert DIVISION_OPEN_RE.match(line)


@pytest.mark.parametrize("line", ["第十一条和有关法律、法规的规定执行；", "第二章规定的情形", "第七条规定，在山林防火区"])
def test_cited_division_is_no_opening(line):
    from booklet.shapes import DIVISION_OPEN_RE
    assert DIVISION_OPEN_RE.match(line) is None


# pdftotext writes the wide space after an article's label as a line's end (「第八条」 / 「志愿服务组织…」)
# and a chapter's title as a line of its own under its label: the label alone is the article's first
# piece, never the rest of the chapter title over it (``unwrap.ROW_KINDS`` "article label alone").
LABEL_CASES = [
    # (extraction, a chapter head, the article under it)
    ("measures_volunteer_service__sw25_08_s297_heading__pdftotext.txt", "第三章志愿服务活动", "第八条"),
    ("measures_rural_water_supply__pk53_06_s299_pocket__pdftotext.txt", "第二章工程运行与维护", "第五条"),
    ("measures_rural_water_supply__pk53_06_s299_pocket__pdftotext.txt", "第四章水价与经费", "第十二条"),
]


@pytest.mark.parametrize("name,chapter,article", LABEL_CASES, ids=[f"{c[0].split('__')[0]}-{c[2]}" for c in LABEL_CASES])
def test_article_label_alone_opens_its_article(extracted, headings_of, all_text, name, chapter, article):
    doc = extracted(name)
    assert chapter in [_squeeze(h) for h in headings_of(doc)], headings_of(doc)
    assert any(line.startswith(article) for line in all_text(doc).splitlines())
