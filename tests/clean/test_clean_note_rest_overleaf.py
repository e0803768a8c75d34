"""A page-foot note the page's foot cut, whose rest goes on at the next page's foot (issue 10,
branch notes67).

On a pocket page (13–18 characters) a note set at 0.75–0.85 of the body's size gains two em or less
on the body's measure, and its continued lines hang an em in: 「始于五代，见清光绪《江城县志》卷一《沿」
is 19 on an 18-character page (a hung mark counted), 20 at most — under ``NOTE_WIDER_EM`` (two em
past the measure), so the rest of a note the page's foot cut stayed in the text: above the next
page's notes (「1981年版，第23页。」 under 「…一落千丈[3]。」, and five 20-character lines), or, where the
next page holds no note of its own, at that page's foot (「识产权保护…更为明显。」, 「5—53页。」, and
「页。」 on the document's last page), joined into the running text.  A note's text ends on a stop,
so one that stops inside a word (「…中华书局」, 「…第4」) was cut and its rest comes; once a zone of
the document shows the notes set smaller (a continued line past the measure by half an em,
``notes.SMALLER_PAST_EM``), that width tells its lines: ``notes._rests_on_bare_pages``,
``notes._carried_from``, and ``notes._body_resumes`` for a note's sentence going on in such a line
(「…第15—18页。」 / 「该报告对区域创新体系与国家创新体系的关系作了」).

On the dev page (last test) the notes gain one em on a 15-character page: 「关干部下基层调研次数偏
少、时间偏」 is 16 — past the measure by more than half an em, the note's.  Where a line over the
rest reaches the measure and width cannot tell where the rest starts, it is left where it stands
rather than cut in two.

The texts are real: the dev texts chapter_footnotes_region and essay_canal_history set with bracketed
markers on ``tests/eval/heading_sweep.py --kind pocket --seed 85 --notes bracket`` design pk53_07
(17 em, hung marks, notes at the foot of every page) and read by plain pdftotext, and
lecture_party_style on the dev design pocket_15_bold_set_in (plain_ideographic) — whole documents in
``tests/data/extractions``.  All three fail on main.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading, Paragraph, block_text

DATA = Path(__file__).resolve().parents[1] / "data" / "extractions"
CHAPTER = (DATA / "chapter_footnotes_region__s85_pk53_07__pdftotext_bracket.txt").read_text(encoding="utf-8")
CANAL = (DATA / "essay_canal_history__s85_pk53_07__pdftotext_bracket.txt").read_text(encoding="utf-8")
LECTURE = (DATA / "lecture_party_style__pocket_15_bold_set_in__plain_ideographic.txt").read_text(
    encoding="utf-8")


def _notes(doc) -> list[str]:
    return [block_text(Paragraph(n.inlines)) for a in doc.articles for n in a.footnotes]


def test_a_rest_at_the_foot_of_a_page_without_notes_goes_back_to_its_note(clean, texts):
    doc, _ = clean(CHAPTER)
    notes = _notes(doc)
    assert len(notes) == 7
    assert notes[0].endswith("第15—18页。该报告对区域创新体系与国家创新体系的关系作了系统阐述，并对各地创新体系建设的经验进行了总结。")
    assert notes[2].endswith("检验了知识产权保护、政府补贴和市场化程度对区域创新绩效的影响，发现制度环境的改善对创新产出有显著的正向作用，且这种作用在东部地区更为明显。")
    assert notes[4].endswith("《经济地理》2022年第8期，第45—53页。")
    assert notes[6].endswith("第60—67页。")
    body = "".join(texts(doc, Paragraph))
    assert "该报告" not in body and "识产权保护" not in body and "5—53页" not in body
    assert "三是促进科技成果转化，建设技术转移机构" in body
    assert "科研院所是知识生产和人才培养的主要场所" in body
    assert not body.endswith("页。")


def test_a_rest_above_the_next_pages_notes_goes_back_to_its_note(clean, texts):
    doc, _ = clean(CANAL)
    notes = _notes(doc)
    assert notes[1] == "（明）王士性：《广志绎》卷二，中华书局1981年版，第23页。"
    assert notes[2].startswith("关于咸丰年间漕粮改行海运的经过及其对沿河城市的影响")
    assert notes[2].endswith("卷十二《食货》整理。")
    body = "".join(texts(doc, Paragraph))
    assert "1981年版" not in body and "河城市的影响" not in body
    assert "新式学堂和实业，试图为这座城市寻找新的出路" in body


def test_a_rest_one_em_wider_than_the_body_goes_back_whole(clean, texts):
    doc, _ = clean(LECTURE)
    assert "2025年市直机关工委组织的作风问卷调查显示，有31.2%的基层受访者认为“机关干部下基层调研次数偏少、时间偏短”。" \
        in _notes(doc)
    assert not any("受访者" in b for b in texts(doc, Heading) + texts(doc, Paragraph))
