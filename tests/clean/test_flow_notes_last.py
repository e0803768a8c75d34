"""A page's foot notes set under one column of a column page are read after the page's text
(``flow._notes_last``).

The page is pdfplumber's reading of the dev text ``essay_canal_history`` set in the design
``two_columns_open``: the essay's notes (``①`` … ``④``, set smaller, so their lines hold more
characters than a column's) stand at the foot of the left column, and the right column runs the
essay on from the left column's last line (``进入新世纪，运河的文化价值重新被人们`` / ``认识。2014年…``).
Dealt column by column, the notes stood between the two halves of that sentence, and the right
column's text was read as the end of note ④.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean.flow import _notes_last
from booklet.clean.lines import to_lines
from booklet.model import Paragraph, Text
from booklet.readers.text import raw_lines

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"
CANAL = EXTRACTIONS / "essay_canal_history__two_columns_open__pdfplumber.txt"

LEFT_END = "进入新世纪，运河的文化价值重新被人们"
RIGHT_START = "认识。2014年，大运河列入世界遗产名录，江"
RIGHT_END = "的开拓。"
NOTE_ONE = "①《元和郡县图志》卷二十五。一说江城之名始于五代，"
NOTE_LAST = "社2010年版，第645页。"


def test_notes_under_the_left_column_follow_the_right_column(flowed, runs_through) -> None:
    out = flowed(CANAL.read_text(encoding="utf-8"))
    assert runs_through(out, [LEFT_END, RIGHT_START])
    assert out.index(NOTE_ONE) > out.index(RIGHT_END)
    assert out.index(NOTE_LAST) > out.index(NOTE_ONE)


def test_the_sentence_the_notes_cut_is_one_paragraph_and_no_note_holds_the_text(clean, texts) -> None:
    doc, _report = clean(CANAL.read_text(encoding="utf-8"))
    paragraphs = texts(doc, Paragraph)
    assert any("运河的文化价值重新被人们认识。2014年，大运河列入世界遗产名录" in p for p in paragraphs)
    assert any(p.endswith("也离不开面向未来的开拓。") for p in paragraphs)
    notes = [inline.text for a in doc.articles for note in a.footnotes for inline in note.inlines
             if isinstance(inline, Text)]
    assert len([a for a in doc.articles for _note in a.footnotes]) == 4
    assert not any("世界遗产名录" in text for text in notes)


def test_a_circled_list_in_the_body_width_stays_in_its_column() -> None:
    # (a ①② list set at the body's size is the text's, not notes: it stays where it was dealt)
    left = ["各地要做好以下工作：", "①加强组织领导，压实", "工作责任；", "②强化督促检查。"]
    right = ["会议要求，各部门要", "切实抓好落实。"]
    columns = [to_lines(raw_lines("\n".join(col))) for col in (left, right)]
    assert [[line.text for line in col] for col in _notes_last(columns)] == [left, right]



# (lines of the canal essay's page: its notes are set smaller, wider in characters than a column's
# line; the same lines are a list in the text where a heading stands over them, or where the next
# column goes on with the run)
BODY = ["清代中叶以后，黄河屡次决口，运河淤塞", "日益严重，漕运时断时续。咸丰年间，漕粮改",
        "由海运，运河的地位一落千丈③。城中依赖漕", "运为生的船户、脚夫纷纷失业，会馆逐渐冷",
        "落，昔日繁华的码头杂草丛生。", "光绪末年铁路通车，交通格局彻底改变。", "旧时“因河而兴”的城市，如果不能及时转",
        "型，便难免“因河而衰”。江城的一些有识之", "士开始兴办新式学堂和实业，试图为这座城市",
        "寻找新的出路④。"]
NOTES = ["①《元和郡县图志》卷二十五。一说江城之名始于五代，", "见清光绪《江城县志》卷一《沿革》，此从前说。",
         "②（明）王士性：《广志绎》卷二，中华书局1981年版，", "第23页。"]
NOTES_ON = ["③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影", "响，学界已有较多研究。"]
RIGHT = ["认识。2014年，大运河列入世界遗产名录，江", "城段的古码头、古纤道和沿岸历史街区得到系",
         "统保护。"]


def _columns(*texts: list[str]) -> list:
    return [to_lines(raw_lines("\n".join(col))) for col in texts]


def _texts(columns: list) -> list[list[str]]:
    return [[line.text for line in col] for col in columns]


def test_notes_under_running_text_go_after_the_next_column() -> None:
    assert _texts(_notes_last(_columns(BODY + NOTES, RIGHT))) == [BODY, RIGHT, NOTES]


def test_a_numbered_run_under_its_heading_stays_in_its_column() -> None:
    left = BODY + ["注释"] + NOTES
    assert _texts(_notes_last(_columns(left, RIGHT))) == [left, RIGHT]


def test_a_run_the_next_column_goes_on_with_stays_in_its_column() -> None:
    left, right = BODY + NOTES, NOTES_ON + RIGHT
    assert _texts(_notes_last(_columns(left, right))) == [left, right]
