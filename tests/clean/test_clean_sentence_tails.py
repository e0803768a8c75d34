"""A line opening on the tail of a sentence goes on from the line above (issue 10, branch heads48).

A line the measure cut inside a sentence may look short — a bold lead-in set in a wider face, a
line pushed short by the characters no line may start with (clreq 禁则: 「实。」 goes down whole),
a justified line the extractor spread out — and the measure then ended its block there, and the
short block became a heading (「1. 责任体系压得更」 / 「实。汛前，…」).  No paragraph, heading or item
opens on a character or few and a sentence's stop, nor on one character and a comma: the next
line is the same sentence (``unwrap._opens_on_tail``, ``shapes.opens_on_tail``), and a spread
line before such a tail is a justified body line, not a heading spaced out
(``spaced.collapse_spaced_headings``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
"""

from __future__ import annotations

import pytest

from booklet.clean.lines import to_lines
from booklet.clean.unwrap import _opens_on_tail
from booklet.model import Heading, Paragraph, block_text
from booklet.readers.text import raw_lines

# jianbao_flood_season × jianbao_wide_narrow × pypdfium2: each item's bold lead-in is set wider
# than the count reads it, so its first line looks short of the 12 em measure.
BOLD_LEAD_INS = """\
在各级各部门共同努力
下，全市未发生人员伤亡。
现将主要情况通报如
下。
1. 责任体系压得更
实。汛前，全市逐级明确防
汛行政责任人1426名，水
库、堤防、山洪灾害危险区
等重点部位责任人全部落实
到岗，并在媒体上公布。
2. 隐患排查改得更
早。4月至5月，各地共排查
防汛隐患318处，已完成整
改311处。其余7处均落实了
临时度汛措施。
"""

# deeds_village_doctor × dangbao_four_ruled × pdftotext -raw: a justified line spread out over a
# line opening on a word's last character and its comma.
SPREAD_OVER_WORD_TAIL = """\
三十年守护一方百姓健康
——记江城县青石镇卫生院乡村医生刘守山
编者按：乡村医
生是农村居民健康的
“守门人”。刘守山
同 志 扎 根 山 区 三 十
年，走遍全镇二十一
个自然村，用实际行
动诠释了医者仁心。
现将他的先进事迹刊
发，供大家学习。
"""

# deeds_village_doctor × neikan_narrow_ruled × pdftotext -raw: 「难」 went down with 「。”」, and the
# line it left was spread to the measure.
SPREAD_OVER_SENTENCE_TAIL = """\
刘守山毕业于市卫生
学校。当年，不少同学留
在了城里，他却选择回到
家乡。
“我是山里长大的，
知 道 山 里 人 看 病 有 多
难。”他说，“当初选择
学医，就是想让乡亲们少
受病痛的苦。”
"""

# letter_teachers_day × narrow_20 × pdftotext -raw: a closing formula's two lines stay apart.
CLOSING_FORMULA = """\
衷心祝愿全市广大教师和教育工作者节日
快乐、身体健康、工作顺利、阖家幸福！
此致
敬礼！
中共江城市委
江城市人民政府
2026年9月9日
"""


def _blocks(clean, text):
    doc, _ = clean(text)
    return [b for a in doc.articles for b in a.blocks]


def test_a_bold_lead_in_cut_before_its_stop_is_no_heading(clean):
    blocks = _blocks(clean, BOLD_LEAD_INS)
    assert not any(isinstance(b, Heading) for b in blocks)
    texts = [block_text(b) for b in blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("1. 责任体系压得更实。汛前，") for t in texts)
    assert any(t.startswith("2. 隐患排查改得更早。4月至5月，") for t in texts)


@pytest.mark.parametrize("text, sentence", [
    (SPREAD_OVER_WORD_TAIL, "刘守山同志扎根山区三十年，走遍全镇二十一个自然村"),
    (SPREAD_OVER_SENTENCE_TAIL, "“我是山里长大的，知道山里人看病有多难。”他说，"),
])
def test_a_spread_line_over_a_tail_is_prose(clean, text, sentence):
    blocks = _blocks(clean, text)
    assert not any(isinstance(b, Heading) and ("扎根" in block_text(b) or "看病" in block_text(b)) for b in blocks)
    assert any(isinstance(b, Paragraph) and sentence in block_text(b) for b in blocks)


def test_a_closing_formula_stays_two_lines(clean):
    texts = [block_text(b) for b in _blocks(clean, CLOSING_FORMULA)]
    assert "此致" in texts and not any(t.startswith("此致敬礼") for t in texts)


@pytest.mark.parametrize("above, below, goes_on", [
    ("1. 责任体系压得更", "实。汛前，全市逐级明确防", True),
    ("“我是山里长大的，知道山里人看病有多", "难。”他说，“当初选择", True),
    ("“守门人”。刘守山同志扎根山区三十", "年，走遍全镇二十一", True),
    # a title's line, unnumbered and holding no clause: the tail under it is another column's
    ("产明查暗访情况的通报", "纠，并将整改情况报送市安委办。", False),
    # a verse's line ends on its pause: the next line is a line of its own (「谁怕？」)
    ("竹杖芒鞋轻胜马，", "谁怕？", False),
    # a closing formula's first line
    ("此致", "敬礼！", False),
    # a numbered item opens on a numeral and 、, not on a word's tail
    ("现将有关情况通报如下", "一、总体情况", False),
    # a heading over a paragraph opening on a word and its comma of two characters or more
    ("一、总体情况", "近年来，全市上下", False),
])
def test_a_line_opening_on_a_tail(above, below, goes_on):
    prev, cur = to_lines(raw_lines(f"{above}\n{below}\n"))
    assert _opens_on_tail(prev, cur, None) is goes_on
