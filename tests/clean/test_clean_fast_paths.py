"""The cleaner's fast paths give what the plain way gives, on random text made of the characters
that matter.

``to_lines`` reads the evidence of all lines at once (``lines._evidence_all``, ``cjk.widths``) with
prefilters on the first and last characters; the layout study counts widths by distinct width and
tests line ends and narrow characters with one character class; a boundary no evidence can speak
for goes straight to the measure (``unwrap.quiet_lines``); ``to_blocks`` runs the lines of a group together when
every break is tight (``blocks.join_group``).  These tests hold each to the plain reading, written
out here one line (or one break) at a time.
"""

from __future__ import annotations

import random
from collections import Counter

from booklet import shapes
from booklet.cjk import join_two, width, widths
from booklet.clean.blocks import join_group
from booklet.clean.layout import MEASURE_BIN_EM, Layout, _bins, _commonest
from booklet.clean.lines import Around, _evidence_all, to_lines
from booklet.clean.measured import soft_join_break
from booklet.clean.unwrap import _EVIDENCE, Group, _sibling_rows, quiet_lines
from booklet.rawlines import RawLine, Role

# Ideographs, the first characters of numbered, labelled and opener shapes, clause and final
# punctuation, narrow characters of one to four UTF-8 bytes (and a lone surrogate), a hyphen.
ALPHABET = ["字", "一", "、", "（", "）", "1", "2", ".", "材", "料", "来", "源", "：", "※", "【", "】", "第",
            "号", "期", "，", "。", "？", "”", "①", " ", "a", "b", "-", "·", "é", "\U0001f600", "\ud800", "是"]
SNIPPETS = ["一、坚持创新、协调发展", "（一）加强基础研究", "1.1 研究背景", "材料1", "来源：人民日报",
            "※ 本文有删节", "【学习要点】", "国办发〔2024〕12号", "第一，强化布局。", "2026年4月30日",
            "当前，发展环境中的有利条件和不利因素并", "……”", "①戚聿东,杜博.", "二是加强", "12、保障",
            "重要讲话 .....35", "总则……12", "pro-", "gress"]


def _texts(seed: str, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    texts = list(SNIPPETS)
    for _ in range(count):
        texts.append("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 12))))
    return texts


def test_widths_are_the_width_of_each_text() -> None:
    texts = _texts("widths") + [""]
    assert widths(texts) == [width(text) for text in texts]


def _plain_evidence(text: str) -> tuple[float, bool, bool, bool, bool]:
    """A line's evidence read with each shape's regex alone (no prefilter)."""
    number = shapes.ORDINAL_PREFIX_RE.match(text)
    return (width(text), shapes.SENTENCE_END_RE.search(text) is not None,
            shapes.CLAUSE_RE.search(text, number.end() if number else 0) is not None,
            shapes.BLOCK_OPENER_RE.match(text) is not None, shapes.LIST_START_RE.match(text) is not None)


def test_evidence_of_all_lines_is_each_lines_plain_reading() -> None:
    texts = [text.strip() for text in _texts("evidence")]
    texts = [text for text in texts if text]
    read = list(zip(*_evidence_all(texts)))
    for text, got in zip(texts, read):
        assert got == _plain_evidence(text), text


def _plain_join(group: Group) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The group's text and line starts, joined one break at a time with ``join_two``."""
    out, starts, prev = group.lines[0].text, [(0, group.lines[0].lineno)], group.lines[0]
    for line in group.lines[1:]:
        out = out + "\n" + line.text if soft_join_break(prev) else join_two(out, line.text)
        starts.append((len(out) - len(line.text), line.lineno))
        prev = line
    return out, tuple(starts)


def test_a_group_of_lines_joins_as_one_break_at_a_time() -> None:
    rng = random.Random("join")
    texts = [text.strip() or "字" for text in _texts("join", 600)]
    for _ in range(600):
        raws = [RawLine(rng.choice(texts), k + 1, hard_break=rng.random() < 0.05)
                for k in range(rng.randint(2, 5))]
        group = Group(to_lines(raws))
        if len(group.lines) < 2:
            continue
        text, starts, bold = join_group(group)
        assert (text, starts) == _plain_join(group), [ln.text for ln in group.lines]
        assert bold == ()


def _plain_ends_mid_word(text: str) -> bool:
    """The last character is an ideograph (U+3400–U+9FFF, U+F900–U+FAFF), an ASCII letter or
    digit, or a comma or 、, tested one comparison at a time."""
    last = text[-1:]
    return ("\u3400" <= last <= "\u9fff" or "\uf900" <= last <= "\ufaff" or (last in "，、," and last != "")
            or (last.isascii() and last.isalnum()))


def test_line_end_and_narrow_character_tests_are_the_plain_readings() -> None:
    texts = _texts("ends") + ["", " ", "字 ", "a1", "é", "\u4dc0", "\uf900", "\ufb00", "~", "\x7f", "，"]
    for text in texts:
        assert shapes.ends_mid_word(text) == _plain_ends_mid_word(text), text
        assert shapes.full_width_only(text) == (shapes.NARROW_RUN_RE.search(text) is None and " " not in text), text


def test_width_bins_are_counted_as_width_by_width() -> None:
    rng = random.Random("bins")
    for _ in range(200):
        widths = [rng.choice([0.5, 1.0, 6.5, 7.25, 28.0, 28.5, 29.0, 29.75, 31.0]) for _ in range(rng.randint(1, 60))]
        plain = Counter([int(w / MEASURE_BIN_EM + 0.5) for w in widths])
        counted = _bins(widths)
        assert counted == plain and list(counted) == list(plain)   # (the same bins, first seen first)
        assert _commonest(counted) == plain.most_common(1)[0][0]


# Line texts for the evidence screen: prose, and every shape some evidence reads — openers (材料, 来源,
# ※), list and chapter shapes, dash-led and closed attributions, addressees, a speaker's label, rows,
# open brackets and quotes, lines with no clause punctuation.
EVIDENCE_TEXTS = ["基础研究是科技创新的源头，要加强", "布局。", "材料1", "来源：人民日报", "※ 本文有删节",
                  "一、坚持创新、协调发展", "第一章", "——在中国科协第十", "次全国代表大会上的讲话（2021年5月28日）",
                  "——摘自《江城市行政执法人员培训读本》", "（2024年11月28日）", "各区县人民政府，市政府各部门：",
                  "记者：", "页面显示空白：清除浏览器缓存后重试。", "待办数量不更新：重新登录。", "他说“", "（一",
                  "加强基础研究", "二是加强", "1.1 研究背景", "", "研究背景：", "（2019年4月）",
                  "江城市民政局", "2026年10月20日", "特此通知。"]   # (a signature under a body's end)


def test_a_boundary_the_screen_calls_quiet_is_one_no_evidence_speaks_for() -> None:
    rng = random.Random("quiet")
    layout = Layout(measure=20.0, wrapped=True, uses_indent=False, trail_marks_end=False)
    roles = [None, None, None, Role.HEADING, Role.QUOTE, Role.TITLE]
    raws = [RawLine(rng.choice(EVIDENCE_TEXTS) or "字", k + 1, role=rng.choice(roles),
                    para_start=rng.choice([None, None, True, False]), hard_break=rng.random() < 0.1)
            for k in range(800)]
    lines = [ln.but(separator=rng.random() < 0.05, spaced_heading=rng.random() < 0.05, quote=rng.random() < 0.1,
                    indent=rng.random() < 0.2) for ln in to_lines(raws)]
    before, after = quiet_lines(lines)
    quiet = 0
    for _ in range(20000):
        i, k, h = rng.randrange(len(lines)), rng.randrange(len(lines)), rng.randrange(len(lines))
        prev, cur = lines[i], lines[k]
        nxt, after_next = lines[rng.randrange(len(lines))], lines[rng.randrange(len(lines))]
        for head in (prev, lines[h], None):
            if before[i] and after[k] and not (prev.final and _sibling_rows(head, cur)):
                quiet += 1
                around = Around(nxt, head, None, after_next)
                assert [evidence(prev, cur, layout, around) for evidence in _EVIDENCE] == [None] * len(_EVIDENCE), \
                    (prev.text, cur.text, head and head.text)
    assert quiet > 100   # (the screen let pairs through: the test saw some)
