"""(speed83) Normalise's passes decided in one loop and its spans moved afterwards, and the typical
measure read once for the same lines, give what the plain readings gave.

``normalise._apply`` finds each pass's matches with ``finditer`` and decides them in one loop, then
reports the changes and puts the text together (it was one ``pattern.sub`` whose callback reported
each change); ``normalise_stage`` moves a block's bold spans and line starts over the passes' edits
only when its text changed (``_spans_moved``; every block's were carried through every pass).  The
reading as it was is written out below and both are run on random texts made of the characters the
passes read, with random bold spans and line starts: the texts, the spans and every ``Change``
reported are the same.  ``layout.typical_measure`` keeps the lines it last measured
(``_measured``): asked again of the same ``Line`` objects — footnotes' body measure, the lines the
notes carried over, the layout study, one after another — it reads them once; other lines (a copy
of one line among them) are read anew.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from itertools import accumulate

import pytest

from booklet.clean import layout as layout_module, normalise as N
from booklet.clean.blocks import Blk, Kind
from booklet.clean.layout import _Cut, _typical, study_layout, typical_measure
from booklet.clean.lines import to_lines
from booklet.clean.stages import Blocks
from booklet.rawlines import RawLine
from booklet.report import Change, Log, Report

ALPHABET = ["字", "服", "务", "器", "一", "，", "。", "：", "“", "（", "）", " ", " ", " ", "\t", "\u00a0", "(", ")",
            ",", ";", ":", "?", "!", ".", ".", "。", "…", "-", "－", "—", "1", "2", "A", "b", "%", "图", "表"]


def _texts(seed: str, count: int, longest: int = 24) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))
        if rng.random() < 0.15:   # a section number's kept space (``_protect``), sometimes several
            text = rng.choice(["1.1", "2", "3.2.1"]) + " " * rng.randint(1, 3) + text
        if rng.random() < 0.05:   # a table row's cells (``_cells_kept``)
            text = "主城区 172 2036 9860"
        if rng.random() < 0.02:   # a text holding normalise's own markers: left as it is, the others not
            text += rng.choice([N._SEP, N._KEEP])
        out.append(text)
    return out


def _spans(rng: random.Random, text: str) -> tuple[tuple[int, int], ...]:
    cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.choice([0, 0, 2, 4]))))
    return tuple((a, b) for a, b in zip(cuts[::2], cuts[1::2]))


# ---- the reading as it was (normalise before speed83): one ``sub`` a pass, spans carried through ----

def _plain_texts(items, log):
    texts = [text for text, _, _ in items]
    if any(N._SEP in text or N._KEEP in text for text in texts):
        todo = [k for k, text in enumerate(texts) if N._SEP not in text and N._KEEP not in text]
        done = _plain_texts([items[k] for k in todo], log)
        out = [(text, spans) for text, _, spans in items]
        for k, result in zip(todo, done):
            out[k] = result
        return out
    starts = [item[1] or ((0, 0),) for item in items]
    spans = {k: list(item[2]) for k, item in enumerate(items) if item[2]}
    doc = N._SEP.join([_plain_protect(text, spans.get(k)) if text[:1].isdigit() or text[:1] in "图表"
                       else N._cells_kept(text) if " " in text else text for k, text in enumerate(texts)])
    for (pattern, make), needed in zip(N._RULES, N._NEEDED):
        if needed(doc):
            doc = _plain_apply(pattern, make, doc, starts, spans, log)
    return [(text, tuple(spans[k]) if k in spans else ())
            for k, text in enumerate(doc.replace(N._KEEP, " ").split(N._SEP))]


def _plain_protect(text, spans):
    number = N.SECTION_NUMBER_RE.match(text)
    if not number:
        return text
    kept = number.group(0).rstrip()
    if spans and len(kept) + 1 != number.end():
        spans[:] = N._shift(spans, [(len(kept), number.end(), 1)])
    return kept + N._KEEP + text[number.end():]


def _plain_line_of(starts, offset):
    k = bisect_right(starts, (offset, float("inf"))) - 1
    return starts[k][1] if k >= 0 else starts[0][1]


def _plain_apply(pattern, make, src, starts, spans, log):
    seps = list(accumulate(map(lambda n: n + 1, map(len, src.split(N._SEP))), initial=-1))[1:-1]
    edits = {}
    keep = N._KEEP in src

    def sub(match):
        new = make(match, src)
        old = match.group(0)
        if new == old:
            return new
        start, end = match.span()
        block = bisect_right(seps, start)
        base = seps[block - 1] + 1 if block else 0
        left = src[max(base, start - N.CONTEXT_CHARS):start]
        right = src[end:end + N.CONTEXT_CHARS].partition(N._SEP)[0]
        before, after = left + old + right, left + new + right
        if keep:
            before, after = before.replace(N._KEEP, " "), after.replace(N._KEEP, " ")
        log.report.changes.append(Change(_plain_line_of(starts[block], start - base), before, after, log.rule, old, new))
        if block in spans:
            edits.setdefault(block, []).append((start - base, end - base, len(new)))
        return new
    out = pattern.sub(sub, src)
    for block, local in edits.items():
        spans[block] = N._shift(spans[block], local)
    return out


def _items(seed: str, count: int):
    rng = random.Random(seed)
    items = []
    for text in _texts(seed, count):
        lines = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.choice([1, 1, 2, 3]))))
        starts = tuple((offset, 10 + n) for n, offset in enumerate([0] + lines[1:]))
        items.append((text, starts, _spans(rng, text)))
    return items


@pytest.mark.parametrize("seed", ["passes-a", "passes-b", "passes-c", "passes-d"])
def test_the_passes_give_what_one_sub_a_pass_gave(seed: str) -> None:
    for size in (1, 3, 40):   # (one text alone, a few, many: the document's separators)
        items = _items(f"{seed}-{size}", 200)
        for at in range(0, len(items), size):
            chunk = items[at:at + size]
            plain, ours = Log(Report(), "normalise"), Log(Report(), "normalise")
            assert N.normalise_texts(chunk, ours) == _plain_texts(chunk, plain), chunk
            assert ours.report.changes == plain.report.changes, chunk


def test_the_stage_moves_spans_only_of_changed_blocks_as_before() -> None:
    rng = random.Random("stage")
    items = _items("stage", 300)
    blocks = []
    for text, starts, bold in items:
        starts = tuple((offset, line) for offset, line in starts)
        blocks.append(Blk(Kind.PARA, text, starts[0][1], starts[-1][1], bold=bold,
                          starts=starts if len(starts) > 1 or rng.random() < 0.5 else ()))
    stage = Blocks(blocks, (), None)   # (normalise reads no layout)
    ours = N.normalise_stage(stage, Log(Report(), "normalise"))
    plain = _plain_texts([(b.text, b.starts or ((0, b.first),), b.bold + N._line_marks(b.starts)) for b in blocks],
                         Log(Report(), "normalise"))
    for blk, new, (text, spans) in zip(blocks, ours.blocks, plain):
        assert new.text == text
        if text == blk.text:
            assert new is blk
        else:
            k = len(blk.bold)
            assert new.bold == tuple((a, b) for a, b in spans[:k] if b > a)
            assert new.starts == blk.starts[:1] + tuple((offset, line) for (offset, _end), (_old, line)
                                                        in zip(spans[k:], blk.starts[1:]))


def _lines(texts: list[str]):
    return to_lines([RawLine(text, n + 1) for n, text in enumerate(texts)])


BODY = ["习近平指出，要深化教育科技人才体制机制一体改", "革，完善科教协同育人机制，加快培养造就一支规模宏",
        "大、结构合理、素质优良的创新型人才队伍。优化高等", "学校学科设置，创新人才培养模式，提高人才自主培养",
        "水平和质量。加快建设国家战略人才力量，着力培养造", "就卓越工程师、大国工匠、高技能人才。加强青年科技",
        "会。", "各省区市和计划单列市、新疆生产建设兵团，中央", "和国家机关有关部门、有关人民团体、军队有关单位主",
        "要负责同志，两院院士、部分外籍院士，国家科学技术", "奖获奖代表等约3000人参加大会。"]


def test_the_same_lines_are_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(BODY)
    expected = _typical(lines, _Cut.of(lines))
    read: list[int] = []

    def counting(lines, cut):
        read.append(len(lines))
        return _typical(lines, cut)

    monkeypatch.setattr(layout_module, "_typical", counting)
    monkeypatch.setattr(layout_module, "_last_measured", [None])
    assert typical_measure(lines) == expected
    assert typical_measure(list(lines)) == expected   # (another list of the same lines: the same lines)
    study_layout(lines)
    assert read == [len(lines)]
    other = list(lines)
    other[3] = other[3].but(text=other[3].text)   # (an equal copy: other lines all the same)
    assert typical_measure(other) == expected
    assert read == [len(lines)] * 2
    assert typical_measure(lines[:-1]) == _typical(lines[:-1], _Cut.of(lines[:-1]))
    assert read[2:3] == [len(lines) - 1]


# block paragraphs (no indent, none lost): the study asks ``_firsts_full`` after the lost indent
BLOCK = ["加快建设国家战略人才力量，着力培养造就卓越工程师大国", "加快建设国家战略人才力量，着力培养造就卓越工程师大国",
         "高技能人才。"] * 6


@pytest.mark.parametrize("texts", [BLOCK, BODY * 3], ids=["block", "indent-lost"])
def test_the_study_reads_the_first_lines_rooms_once_a_measure(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    lines = _lines(texts)
    monkeypatch.setattr(layout_module, "_last_measured", [None])
    expected = study_layout(lines)
    asked: list[tuple[float, bool]] = []
    read = layout_module._first_lines

    def counting(body, measure, going_on=False):
        asked.append((measure, going_on))
        return read(body, measure, going_on)

    monkeypatch.setattr(layout_module, "_first_lines", counting)
    monkeypatch.setattr(layout_module, "_last_measured", [None])
    assert study_layout(lines) == expected
    assert asked and len(asked) == len(set(asked))
    body = [ln for ln in lines if not ln.given_heading]
    firsts = read(body, expected.measure)
    assert layout_module._firsts_full(firsts, expected.measure, layout_module._rooms(firsts)) \
        == layout_module._firsts_full(firsts, expected.measure)


def test_a_cleaning_holds_no_lines_measured_past_its_end() -> None:
    from booklet.clean import pipeline
    from booklet.readers.text import raw_lines

    pipeline.clean(raw_lines("\n".join(BODY * 3) + "\n"))
    assert layout_module._last_measured == [None]
