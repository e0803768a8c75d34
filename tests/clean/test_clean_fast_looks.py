"""(speed81) The cheap looks taken before a costly test give what the plain reading gives.

``bands._exact_key`` leaves white space out by ``str.split`` (the pattern ``\\s+`` before);
``setoff.set_wider`` compares the widths before it counts a slack; ``unwrap._spec_row_any`` takes
the gap's look once for both row shapes; ``pages.lettered_folios`` asks the blank lines and the last
character before its pattern; ``bands._copies_in_text`` picks the lines opening on a key's first
character in one comprehension; ``measured._wrapped_break`` asks ``kicker_over_wrapped_title`` only of
a pair with no clause (it reads no other); (speed82) ``unwrap._row_edge`` asks its kinds only past
one combined first look (``_may_open_row``); ``_wrapped_break`` asks the pause readings past
``setoff.ends_on_pause`` and three more readings past their own first test, and ``join_entry_dates``,
``column_flow`` and ``_join_spaced`` take their callees' first look in the comprehension, and ``quiet_lines``
``_spec_gap``'s as a pattern searched over every line.  Each is held here to the plain reading, written out as it
was, on random text made of the characters that matter.
"""

from __future__ import annotations

import random
import re
import sys

from booklet.clean import bands, pages as pages_mod
from booklet.clean.flow import _lead_space
from booklet.clean.layout import Layout
from booklet.clean.lines import Around, Line, to_lines
from booklet.clean.measured import _narrower_run_ended, _number_under_full_heading
from booklet.clean.pages import LETTERED_PAGE_RE, SEQUENCE_MIN, Pages, em_spaced_piece
from booklet.clean.setoff import (KICKER_WIDER_EM, REST_WIDER_EM, ends_on_pause, kicker_pause_over_topic, left_open,
                                  pause_over_larger, set_wider, title_at_own_measure_under, width_slack)
from booklet.clean.unwrap import ABOVE, FIRST, ROW_KINDS, _SPEC_GAP_RE, _may_open_row, _row_edge, _spec_gap, _spec_row_any
from booklet.rawlines import RawLine
from booklet.shapes import ENTRY_DATE_RE, ENTRY_TIME_RE, SPEC_NAME_MAX, SPEC_ROW_RE, SPEC_ROW_SPACED_RE, entry_lead

ALPHABET = ["字", "服", "务", "器", "台", "核", "一", "，", "、", "。", "：", " ", "\u3000", "\t", "1", "6", "～",
            "A", "B", "I", "“", "”", "（", "）", "\u00a0", "\u2003", "\x1c", "\x85"]


def _texts(seed: str, count: int = 3000, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_exact_key_leaves_out_what_the_pattern_left_out() -> None:
    spaces = re.compile(r"\s+")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert bands._exact_key(every) == spaces.sub("", every)
    for text in _texts("keys"):
        assert bands._exact_key(text) == spaces.sub("", text)
        assert bands.number_key(text) == re.sub(r"\d+", "#", spaces.sub("", text))


def test_set_wider_is_the_plain_reading() -> None:
    rng = random.Random("wider")
    texts = _texts("wider", 600)
    for upper in texts:
        first = rng.choice(texts)
        for wider in (0.0, 0.5, REST_WIDER_EM, REST_WIDER_EM + 0.5, KICKER_WIDER_EM, KICKER_WIDER_EM + 0.5, -2.0):
            plain = wider > width_slack(upper, first) and not left_open(upper, upper, first)
            assert set_wider(upper, 10.0 + wider, first, 10.0) == plain, (upper, first, wider)


def test_spec_row_any_is_either_shape_past_the_gap() -> None:
    texts = _texts("spec") + ["服务器　8～16台，单台不少于64核、512 GB内存", "交换机 2 台，万兆、48口", "服务器 8～16台，单台"]
    for text in texts:
        plain = (_spec_gap(text) and SPEC_ROW_RE.match(text) is not None) \
            or (_spec_gap(text) and SPEC_ROW_SPACED_RE.match(text) is not None)
        assert _spec_row_any(text) == plain, text


def _line(text: str, blanks: int = 0) -> Line:
    return Line(text=text, lineno=1, raw=RawLine(text, 1), blanks_before=blanks)


def _plain_lettered(lines: list[Line]) -> set[int]:
    found = [(i, m) for i, line in enumerate(lines)
             if (m := LETTERED_PAGE_RE.match(line.text.strip())) is not None and not line.given_heading
             and (i == 0 or line.blanks_before > 0) and (i + 1 == len(lines) or lines[i + 1].blanks_before > 0)]
    if len(found) < SEQUENCE_MIN or len({m.group(0)[0] for _i, m in found}) != 1:
        return set()
    values = [int(m["n"]) for _i, m in found]
    return {i for i, _m in found} if values == list(range(1, len(values) + 1)) else set()


def test_lettered_folios_is_the_plain_reading() -> None:
    rng = random.Random("lettered")
    pieces = ["A1", "A2", "A3", "A4", "B2", "A١", "A2 ", " A3", "A1\u3000", "正文一行", "A12", "H9", "I1"]
    for _ in range(400):
        lines = [_line(rng.choice(pieces), rng.choice((0, 0, 1))) for _ in range(rng.randint(1, 14))]
        assert pages_mod.lettered_folios(lines) == _plain_lettered(lines)


def _plain_copies(lines: list[Line], pages: Pages, keys: set[str], skip: set[int]) -> dict[str, list[tuple[int, int]]]:
    found: dict[str, list[tuple[int, int]]] = {}
    firsts = {key[:1] for key in keys}
    for page in range(len(pages.starts)):
        for k in pages.span(page, len(lines)):
            if k in skip or lines[k].text.lstrip()[:1] not in firsts:
                continue
            key = bands._exact_key(lines[k].text)
            if key in keys:
                found.setdefault(key, []).append((page, k))
            elif k + 1 < len(lines) and k + 1 not in skip:
                key = bands._exact_key(lines[k].text + lines[k + 1].text)
                if key in keys:
                    found.setdefault(key, []).append((page, k))
    return found


def test_copies_in_text_is_the_plain_reading() -> None:
    rng = random.Random("copies")
    pieces = ["三、以实际行动推动作风持", "续好转", "三、以实际行动推动作风持续好转", "正文", "二、 让制度管用", "让办法好用", "学习"]
    keys = {"三、以实际行动推动作风持续好转", "二、让制度管用让办法好用", "学习", "正文正文"}
    for _ in range(300):
        lines = [_line(rng.choice(pieces)) for _ in range(rng.randint(1, 20))]
        starts = tuple(sorted({0, *rng.sample(range(len(lines)), min(len(lines), rng.randint(0, 4)))}))
        if rng.random() < 0.2:
            starts = tuple(s for s in starts if s) or starts   # (a text whose first page starts later)
        skip = set(rng.sample(range(len(lines)), min(len(lines), rng.randint(0, 3))))
        pages = Pages(starts, frozenset(), True)
        assert bands._copies_in_text(lines, pages, keys, skip) == _plain_copies(lines, pages, keys, skip)


def test_kicker_over_wrapped_title_reads_no_pair_holding_a_clause() -> None:
    """``_wrapped_break`` asks it only of pairs with no clause: it must say no to every other."""
    from booklet.clean.layout import Layout
    from booklet.clean.lines import Around
    from booklet.clean.setoff import kicker_over_wrapped_title
    layout = Layout(18.0, True, False, False)
    texts = ["市民服务热线工单办理质效提升专项行动", "市民诉求件件有回音事事", "有着落", "破解难题，", "江北区：一张课表"]
    for upper in texts:
        for below in texts:
            for clauses in ((True, False), (False, True), (True, True)):
                prev = Line(text=upper, lineno=1, raw=RawLine(upper, 1), width=float(len(upper)), clause=clauses[0])
                cur = Line(text=below, lineno=2, raw=RawLine(below, 2), width=float(len(below)), clause=clauses[1])
                nxt = _line("有着落")
                assert not kicker_over_wrapped_title(prev, cur, layout, Around(nxt, prev, None, None))


def test_bracketed_numbers_counted_over_the_joined_lines_are_each_lines() -> None:
    """``pages.bracketed_once`` counts the bracketed numbers in one scan over the lines joined by NUL:
    no number runs across two lines (``\\s*`` inside the brackets would take a line end)."""
    from collections import Counter
    from booklet.shapes import BRACKETED_NUMBER_RE
    rng = random.Random("bracketed")
    pieces = ["[1]", "[", "1]", "［2］", "〔3 〕", "【4】", "正文[1]。", " ", "\u3000", "[ 12 ]", "\x00", "2]"]
    for _ in range(500):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(1, 8))]
        plain = Counter(mark for text in texts for mark in BRACKETED_NUMBER_RE.findall(text))
        assert Counter(BRACKETED_NUMBER_RE.findall("\x00".join(texts))) == plain, texts


# (speed82) ``unwrap._may_open_row``: the combined first look before ``ROW_KINDS``.  Rows of every kind, as
# the kinds' reasons and the dev texts set them, and random lines of the characters their shapes read.
_ROWS = [
    "王建国家庭（东湖区东湖街道）　李秀英家庭（东湖区长青街道）", "张德明家庭（西山区青石镇）　刘芳家庭（北塘县）",
    "北塘县人民检察院　北塘县农村信用合作联社", "江城经济技术开发区管委会政务服务中心",
    "9:00—9:10　主持人介绍参会领导", "9:40", "—", "10:40", "上午　开幕式", "当事人：江城市某某有限公司",
    "统一社会信用代码：91420100MA4K3P2", "Q", "妥否，请批示。", "特此报告。", "此致", "敬礼！", "报：市委办公室",
    "抄送：市人大常委会办公室", "印发：2026年5月", "工作简报", "工　作　简　报", "2026年第12期", "第12期",
    "（总第1234期）", "江城市科学技术协会编　2026年6月1日", "服务器　8～16台，单台不少于64核、512 GB内存",
    "存储　有效容量不少于2 PB", "交换机 2 台，万兆、48口", "单个标准节点的典型配置如下：", "第八条",
    "第一章　总　　则", "第一条　为了规范志愿服务", "（2026年8月27日江城市第十六届人民代表大会常务委员会第三十次会议通过）",
    "区域　设施数量（个）　面积（平方米）", "主城区　172　2036　9860",
    "各级党组织要把学习贯彻作为重要政治任务，", "结合实际抓好落实，推动各项工作取得新成效。",
    "第二展厅　浴血奋战", "第一单元　党组织的建立", "各位观众，第二展厅展示的是这段历史。",
]
_ROW_ALPHABET = ["字", "第", "条", "章", "期", "年", "报", "抄", "送", "此", "特", "：", ":", "，", "。", "（", "）", "　", " ",
                 "\t", "1", "9", "—", "上", "午", "院", "校", "心", "家", "庭", "区", "台", "核", "A", "“",
                 "展", "厅", "单", "元"]


def _row_line(text: str, lineno: int) -> Line:
    return Line(text="", lineno=lineno, raw=RawLine(text, lineno)).but(text=text)   # (``but`` reads the evidence off the text)


def _row_edge_plain(prev: Line, cur: Line, head: Line | None) -> bool:
    """``unwrap._row_edge`` as written before speed82: every kind of the table asked in turn."""
    for kind in ROW_KINDS:
        other = prev if kind.compared is ABOVE else head if kind.compared is FIRST else None
        if (other is None and kind.compared) or not kind.row(cur.text):
            continue
        if other is not None and not kind.pair(other.text):  # type: ignore[misc]
            continue
        if kind.ended is None or kind.ended(prev):
            return True
    return False


def test_may_open_row_turns_away_no_row_of_any_kind() -> None:
    rng = random.Random("rows")
    texts = _ROWS + ["".join(rng.choice(_ROW_ALPHABET) for _ in range(rng.randint(1, 24))) for _ in range(1500)]
    lines = [_row_line(text, k) for k, text in enumerate(texts)]
    rows = 0
    for _ in range(60000):
        prev, cur = rng.choice(lines), rng.choice(lines)
        head = rng.choice((None, prev, rng.choice(lines)))
        plain = _row_edge_plain(prev, cur, head)
        rows += plain
        assert _row_edge(prev, cur, head) == plain, (prev.text, cur.text, head and head.text)
        if plain:
            assert _may_open_row(prev, cur, head), (prev.text, cur.text, head and head.text)
    for prev, cur in zip(lines, lines[1:len(_ROWS)]):   # (the rows in their order, each under the one before)
        for head in (None, prev, lines[0]):
            assert _row_edge(prev, cur, head) == _row_edge_plain(prev, cur, head), (prev.text, cur.text)
    assert rows > 100   # (the draw meets rows of the kinds: the look is tested where it matters)


# (speed82) The first looks ``measured._wrapped_break``, ``dated.join_entry_dates``, ``flow.column_flow`` and
# ``runs._join_spaced`` take before a call: each is the callee's own first test, so a line it turns away is
# one the callee turns away.
_KICKERS = [("农村学校因地制宜，", "田间地头成了孩子们的", "“第二课堂”"), ("破解“放学早、接娃难”，", "江北区：一张课表管到", "晚六点"),
            ("农村学校因地制宜，\u3000", "田间地头成了孩子", "们的“第二课堂”")]
_PAUSE_ALPHABET = ["字", "学", "校", "，", ",", "。", "：", "、", " ", "\u3000", "“", "”", "区", "1"]


def test_pause_readings_open_on_the_pause_look() -> None:
    rng = random.Random("pause")
    texts = [text for kicker in _KICKERS for text in kicker]
    texts += ["".join(rng.choice(_PAUSE_ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(1500)]
    for upper, first, rest in _KICKERS:
        assert ends_on_pause(upper)
    assert kicker_pause_over_topic(*_KICKERS[1][:2]) and pause_over_larger(*_KICKERS[0])
    for _ in range(20000):
        upper, first, rest = rng.choice(texts), rng.choice(texts), rng.choice((None, *texts[:40]))
        if not ends_on_pause(upper):
            assert not kicker_pause_over_topic(upper, first), (upper, first)
            assert not pause_over_larger(upper, first, rest), (upper, first, rest)


def test_wrapped_break_first_looks_are_the_callees_own() -> None:
    rng = random.Random("wrapped")
    texts = _texts("wrapped", 400) + _ROWS + [text for kicker in _KICKERS for text in kicker] \
        + ["1月6日 镇党委召开会议", "9:00 主持人介绍", "4.1", "\u3000选址", "GB/T", "\u3000公共图书馆服务规范", "一、作风建设关系人心向背"]
    raws = [(" " * rng.randint(0, 3) + text) if rng.random() < 0.3 else text for text in texts]
    lines = to_lines([RawLine(text, k + 1) for k, text in enumerate(raws)])
    layouts = [Layout(measure, True, uses, False, indent_lost=lost, measure_exact=exact)
               for measure in (9.0, 13.0, 16.0) for uses in (False, True) for lost in (0.0, 2.0) for exact in (False, True)]
    for _ in range(20000):
        a, b, c, d = (rng.choice(lines) for _ in range(4))
        layout = rng.choice(layouts)
        if not layout.measure_exact:
            assert not _narrower_run_ended(a, b, c, layout)
        if b.clause:
            assert not title_at_own_measure_under(b, c, Around(d, a, None, rng.choice(lines)))
        assert not _number_under_full_heading(b, c, False)
    for k, line in enumerate(lines):
        if not line.text[:1].isdigit():
            assert not _lead_space(line), line.text
            assert entry_lead(ENTRY_DATE_RE, line.text) is None and entry_lead(ENTRY_TIME_RE, line.text) is None
        if not line.indent:
            assert not em_spaced_piece(lines, k), line.text


def test_spec_gap_pattern_is_the_gap_look() -> None:
    for text in _texts("gap", 5000, 24) + ["服务器　8～16台", "交换机 2 台", "不间断电源系统　2套"]:
        assert (_SPEC_GAP_RE.search(text, 0, SPEC_NAME_MAX + 2) is not None) == _spec_gap(text), text
