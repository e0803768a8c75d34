"""Work the cleaner no longer does on lines that cannot change, the output unchanged.

``collapse_spaced_headings`` looks only at the lines it can change (a line before or starting a
run of one-letter lines, a short line holding a space) and hands back the same list when none
changed; ``to_lines`` asks ``_after_label`` only after a line ending in a label's last character.
Each is held to the plain walk it replaced, written out here one line at a time, and to the work
it saves, on snippets cut from the evaluation's dev inputs."""

from __future__ import annotations

import random

import booklet.clean.lines as lines_module
from booklet.clean.lines import Line, to_lines
from booklet.clean.spaced import (_ENDS_ONE, _ONE_CHAR, MIN_SPREAD_LINES, SPACED_LINE_MAX_CHARS,
                                  SPREAD_HEAD_MAX_CHARS, _collapse_inline, collapse_spaced_headings)
from booklet.i18n import _
from booklet.rawlines import RawLine
from booklet.report import Log, Report

# transcript_reading_month, a5_book, pypdf (dev): a speaker's label cut off its line, no one-letter line
TRANSCRIPT = ["——江城市“全民阅读月”启动仪式暨读书分享会", "现场实录", "（根据现场录音整理，小标题为编者所加）",
              "主持人：", "各位领导、各位来宾、各位读者朋友，大", "家上午好！欢迎来到江城市“全民阅读月”启动仪式暨",
              "读书分享会的现场。首先，请市委宣传部分管负责同志"]


def _lines(texts: list[str]) -> list[Line]:
    return to_lines([RawLine(text, k + 1) for k, text in enumerate(texts)])


def _plain_collapse(lines: list[Line], log: Log) -> list[Line]:
    """The walk ``collapse_spaced_headings`` made before, line by line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and len(lines[j].text) == 1 and _ONE_CHAR.match(lines[j].text):
            j += 1
        if j - i >= MIN_SPREAD_LINES and _ENDS_ONE.search(line.text) and len(line.text) <= SPREAD_HEAD_MAX_CHARS:
            joined = line.text + "".join(ln.text for ln in lines[i + 1:j])
            log.decided(line.lineno, "merged", _("{count} spread-out lines into {text!r}").format(count=j - i,
                                                                                                  text=joined))
            out.append(line.but(text=joined, spaced_heading=True))
            i = j
            continue
        if len(line.text) <= SPACED_LINE_MAX_CHARS and " " in line.text:
            line = _collapse_inline(line, log)
        out.append(line)
        i += 1
    return out


def test_no_spread_heading_gives_the_same_list_back() -> None:
    lines = _lines(TRANSCRIPT)
    assert collapse_spaced_headings(lines, Log(Report(), "collapse_spaced_headings")) is lines


def test_spread_headings_collapse_as_the_plain_walk_does() -> None:
    rng = random.Random("spread")
    pieces = ["研", "究", "背", "景", "1.1 研", "一、总", "字", "a", "1", "研 究 背 景", "第 一 章", "主持人：",
              "读书分享会的现场。首先，请市委宣传部分管负责同志", "（五）法律、法规规定的其他职责。", "）", "、"]
    for _ in range(300):
        lines = _lines([rng.choice(pieces) for _ in range(rng.randint(1, 30))])
        fast, plain = Report(), Report()
        got = collapse_spaced_headings(lines, Log(fast, "collapse_spaced_headings"))
        want = _plain_collapse(lines, Log(plain, "collapse_spaced_headings"))
        assert [(ln.text, ln.lineno, ln.spaced_heading) for ln in got] == \
            [(ln.text, ln.lineno, ln.spaced_heading) for ln in want]
        assert repr(fast) == repr(plain)   # the same decisions and changes, in the same order


def test_seed_spread_heading_still_collapses() -> None:
    lines = _lines(["1.1 研", "究", "背", "景", "本研究的背景如下。"])
    out = collapse_spaced_headings(lines, Log(Report(), "collapse_spaced_headings"))
    assert [ln.text for ln in out] == ["1.1 研究背景", "本研究的背景如下。"]


def test_the_label_test_is_asked_only_after_a_labels_last_character(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    plain = lines_module._after_label

    def spy(before: list[str], raw: RawLine) -> bool:
        asked.append(before[-1])
        return plain(before, raw)

    monkeypatch.setattr(lines_module, "_after_label", spy)
    lines = _lines(TRANSCRIPT)
    assert asked == ["主持人："]   # (the one line a label's last character ends)
    joined = [ln.text for ln in lines if ln.gap_join]
    assert joined == ["各位领导、各位来宾、各位读者朋友，大"]   # the words after the label still join it


def _plain_split(join, n: int, start: int, before: float, *, junction: bool) -> tuple[float, list[int]]:
    """``order._split`` as it was written before: ``join`` asked at every state of every step."""
    states = {(1, start - 1): before} if junction else {(0, -1): before}
    backs = []
    for i in range(start, n - 1):
        ahead: dict[tuple[int, int], float] = {}
        back: dict[tuple[int, int], tuple[int, int]] = {}
        for (s, j), score in states.items():
            for key, value in (((s, j), score + join(i, i + 1)),
                               ((1 - s, i), score + (join(j, i + 1) if j >= 0 else 0.0))):
                if value > ahead.get(key, float("-inf")):
                    ahead[key], back[key] = value, (s, j)
        backs.append(back)
        states = ahead
    ends = {key: score + join(n - 1 if key[0] == 0 else key[1], start) for key, score in states.items()} \
        if junction else states
    state = max(ends, key=ends.__getitem__)
    best = ends[state]
    labels = [0] * n
    for i in range(n - 1, start, -1):
        labels[i] = state[0]
        state = backs[i - start - 1][state]
    labels[start] = state[0]
    return best, labels


def test_the_two_stream_split_reads_its_joins_from_columns_and_splits_as_before() -> None:
    from booklet.clean.order import _split
    rng = random.Random("split")
    for trial in range(200):
        n = rng.randint(2, 14)
        # small whole numbers and halves: many ties, which the first state met must still win
        values = {(a, b): rng.choice([-2.0, -0.5, 0.0, 0.0, 0.5, 1.0, 3.0]) for a in range(n) for b in range(n)}
        asked: list[tuple[int, int]] = []

        def join(a: int, b: int) -> float:
            asked.append((a, b))
            return values[a, b]

        def column(b: int) -> list[float]:
            return [values[a, b] for a in range(b)]

        for start, junction in [(0, False)] + [(f, True) for f in range(1, n)]:
            before = rng.choice([0.0, 1.5])
            asked.clear()
            got = _split(join, n, start, before, junction=junction, column=column)
            steps = max(0, n - 1 - start)
            assert len(asked) <= steps + 2 * n   # (the stay join a step and the ends: no join a state)
            assert got == _plain_split(lambda a, b: values[a, b], n, start, before, junction=junction), (trial, start)


def test_normalise_finds_the_separators_once_a_pass_in_a_single_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A text of one block (no separator in the pass's string) asks ``_separators`` once per pass
    that changes anything, not once per change (it was searched for at every change: quadratic in a
    long paragraph); the changes, with their lines and context, are as before.  Snippet: dev
    ``real_004_chapter1`` (ASCII commas between ideographs), lines joined as one paragraph."""
    import booklet.clean.normalise as normalise_module

    text = ("重要指示,指出要加快推动科技成果转化应用,加快建设高水平技术交易市"
            "场,加大金融投资对科技成果转化和产业化的支持,把科技成果转化绩效纳")
    asked: list[str] = []
    find = normalise_module._separators
    monkeypatch.setattr(normalise_module, "_separators", lambda src: asked.append(src) or find(src))
    report = Report()
    out = normalise_module.normalise_text(text, 12, report.log("normalise"))
    assert out == text.replace(",", "，")
    assert len(asked) == 1   # one pass (``_HALF``) changed the text: four changes, one search
    assert [(c.lineno, c.before, c.after) for c in report.changes] == [
        (12, "指示,指出", "指示，指出"), (12, "应用,加快", "应用，加快"),
        (12, "市场,加大", "市场，加大"), (12, "支持,把科", "支持，把科")]
