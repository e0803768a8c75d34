"""The layout study's search for merged columns (``layout._narrow_stretches``) asks its two
patterns only of the full lines that hold a space — both patterns match one, so a line without
(most lines of Chinese) cannot count — and counts the same lines as before, on snippets cut from
the evaluation's dev inputs.

And the work the layout study and the furniture's page search no longer do twice or per line
(speed38b): the widths' bins counted once for the plain reading, a line's last character judged
once per character, the numbered-heading shape asked only of lines without clause punctuation, the
repeat search's head shapes asked only of lines of a head's width holding no prose mark — each with
the same answer as before."""

from __future__ import annotations

import re
from collections import Counter

import pytest

import booklet.clean.bands as bands_module
import booklet.clean.layout as layout_module
from booklet.clean.bands import pages_from_repeats
from booklet.clean.layout import MEASURE_BIN_EM, _bins, _commonest, _Cut, _narrow_stretches, is_wrapped, typical_measure
from booklet.clean.lines import Line, to_lines
from booklet.rawlines import RawLine
from booklet.shapes import IDEOGRAPH_SPACE_RE, MID_WORD_LAST_RE, PROSE_PUNCT_RE, SPACE_AFTER_MARK_RE

# appeal_civilised_city, book32_hei_centred, pdftotext (dev): one column, no line holds a space
APPEAL = ["广大市民朋友们：", "文明是一座城市的灵魂，也是每一位市民的名片。",
          "当前，我市正在全力争创全国文明城市，这既是提升城", "市品质的重要机遇，也是增进民生福祉的民心工程。创",
          "建文明城市，人人都是参与者，人人都是受益者。为", "此，我们向全市广大市民发出如下倡议：",
          "一、做文明风尚的倡导者！自觉践行社会主义核心", "价值观，讲文明话、办文明事、做文明人。尊老爱幼，",
          "邻里和睦，见义勇为，乐于助人。", "二、做城市环境的守护者！爱护公共设施，不乱扔",
          "垃圾，不随地吐痰，不乱贴乱画。积极参与垃圾分类，", "从我做起，从现在做起，让城市更加干净整洁。",
          "三、做交通秩序的维护者！自觉遵守交通法规，行", "车不闯红灯，行人走斑马线，停车入位，礼让斑马线，",
          "四、做志愿服务的参与者！积极加入志愿服务队", "伍，利用业余时间参与社区服务、关爱帮扶、环境整治"]
# briefs_county_work_digest, wanbao_banner_items, pdfplumber (dev): two columns merged into rows
MERGED = ["11月以来，我县抢抓秋收 心将企业登记、公章刻制、申", "后农田空闲、降雨偏少的有利 领发票、社保登记和公积金开",
          "时机，组织开展冬春农田水利 户等5个环节整合为“一件", "基本建设。截至11月30日，全 事”，企业只需在一个窗口提",
          "县首批38个冬修水利项目已全 交一套材料，当天即可领取营", "部开工，完成投资1.6亿元， 业执照和公章，开办时间由原",
          "占年度计划的41%。 来的3个工作日压缩到1个工作", "今年的冬修水利突出“补 日以内。",
          "短板、强弱项”，重点实施小 中心还设立了“办不成", "型水库除险加固、灌区渠系配 事”反映窗口，由科室负责人",
          "套、山塘清淤整治和高标准农 轮流值守，专门受理群众在办", "田建设四类工程。各乡镇坚持 事过程中遇到的疑难问题。窗"]


def _lines(texts: list[str]) -> list[Line]:
    return to_lines([RawLine(text, k + 1) for k, text in enumerate(texts)])


class _SpaceOnly:
    """A pattern that refuses a text without a space (where it cannot match), else searches as ``pattern``."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked = 0

    def search(self, text: str) -> re.Match[str] | None:
        assert " " in text, f"searched a line with no space: {text!r}"
        self.asked += 1
        return self.pattern.search(text)


def _stretches(lines: list[Line]) -> list[tuple[int, int, float]]:
    measure, compressed = typical_measure(lines)
    return _narrow_stretches(lines, _Cut.of(lines), measure, compressed)


@pytest.mark.parametrize("texts", [APPEAL, MERGED, APPEAL + MERGED])
def test_merged_column_search_skips_lines_without_a_space(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> None:
    lines = _lines(texts)
    plain = _stretches(lines)
    ideograph, after_mark = _SpaceOnly(IDEOGRAPH_SPACE_RE), _SpaceOnly(SPACE_AFTER_MARK_RE)
    monkeypatch.setattr(layout_module, "IDEOGRAPH_SPACE_RE", ideograph)
    monkeypatch.setattr(layout_module, "SPACE_AFTER_MARK_RE", after_mark)
    assert _stretches(lines) == plain
    if texts is MERGED:
        assert ideograph.asked   # (the merged rows are still searched: they hold the space)


def test_both_patterns_need_a_space() -> None:
    """The screen is exact: neither pattern matches a line of the snippets with its spaces taken out."""
    for text in APPEAL + MERGED:
        bare = text.replace(" ", "")
        assert IDEOGRAPH_SPACE_RE.search(bare) is None and SPACE_AFTER_MARK_RE.search(bare) is None
    assert SPACE_AFTER_MARK_RE.search(MERGED[1]) or IDEOGRAPH_SPACE_RE.search(MERGED[0])


# gold_real_001_news, book32_hei_centred, pdfminer (dev; benchmarks/data/columns): three pages'
# lines around the running head 「机关读书会文丛」, the form feeds taken out (no page marks left)
PAGES = ["丁薛祥宣读《中共中央、国务院关于2023年度国家", "科学技术奖励的决定》。", "1", "机关读书会文丛",
         "仪式号角响起，习近平首先向获得2023年度国家最", "高科学技术奖的武汉大学李德仁院士和清华大学薛其坤",
         "院士颁发奖章、证书，同他们热情握手表示祝贺。随", "后，习近平等党和国家领导人同两位最高奖获得者一",
         "道，为获得国家自然科学奖、国家技术发明奖、国家科", "学技术进步奖和中华人民共和国国际科学技术合作奖的",
         "代表颁发证书。",
         "科技创新布局，改进科技计划管理，提升科技创新投入", "效能。加快健全符合科研活动规律的分类评价体系和考",
         "3", "机关读书会文丛", "核机制，完善激励制度，释放创新活力。", "习近平指出，要深化教育科技人才体制机制一体改",
         "革，完善科教协同育人机制，加快培养造就一支规模宏", "大、结构合理、素质优良的创新型人才队伍。优化高等",
         "学校学科设置，创新人才培养模式，提高人才自主培养", "水平和质量。加快建设国家战略人才力量，着力培养造",
         "就卓越工程师、大国工匠、高技能人才。加强青年科技",
         "会。", "各省区市和计划单列市、新疆生产建设兵团，中央", "5", "机关读书会文丛",
         "和国家机关有关部门、有关人民团体、军队有关单位主", "要负责同志，两院院士、部分外籍院士，国家科学技术",
         "奖获奖代表等约3000人参加大会。", "2023年度国家科学技术奖共评选出250个项目和12",
         "名科技专家。其中，国家最高科学技术奖2人；国家自", "然科学奖49项，其中一等奖1项、二等奖48项；国家技",
         "术发明奖62项，其中一等奖8项、二等奖54项；国家科"]


def test_the_plain_widths_are_binned_once(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(APPEAL)
    cut = _Cut.of(lines)
    expected = typical_measure(lines, _Cut.of(lines))
    counted: list[list[float]] = []

    def counting(widths):
        widths = list(widths)
        counted.append(widths)
        return _bins(widths)

    monkeypatch.setattr(layout_module, "_bins", counting)
    assert typical_measure(lines, cut) == expected
    assert [w for w in counted if w == cut.plain] == [cut.plain]   # (the plain reading's bins: counted once)


def test_bins_are_a_plain_dictionary_read_as_the_counter_was() -> None:
    widths = _Cut.of(_lines(APPEAL)).plain
    plain = Counter([int(w / MEASURE_BIN_EM + 0.5) for w in widths])
    counted = _bins(iter(widths))   # (any iterable: the owned widths come as a ``compress``)
    assert type(counted) is dict and counted == plain and list(counted) == list(plain)
    assert _commonest(counted) == plain.most_common(1)[0][0]


class _CountingPattern:
    """``MID_WORD_LAST_RE``, counting the texts it is asked of."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def match(self, text: str):
        self.asked.append(text)
        return MID_WORD_LAST_RE.match(text)


def test_a_lines_last_character_is_judged_once_per_character(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(APPEAL + APPEAL)
    plain = [i for i, ln in enumerate(lines) if not ln.final and ln.span_width >= layout_module.MEASURE_MIN_EM
             and not ln.given_heading and MID_WORD_LAST_RE.match(ln.text[-1:]) is not None]
    pattern = _CountingPattern()
    monkeypatch.setattr(layout_module, "MID_WORD_LAST_RE", pattern)
    layout_module._mid_word_last.cache_clear()
    try:
        assert _Cut.of(lines).at == plain
    finally:
        layout_module._mid_word_last.cache_clear()
    assert len(pattern.asked) == len(set(pattern.asked))   # (the second copy's lines: all remembered)


def test_the_numbered_heading_shape_is_asked_only_of_lines_without_a_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(APPEAL)
    cut = _Cut.of(lines)
    measure, compressed = typical_measure(lines, cut)
    expected = is_wrapped(lines, measure, compressed, cut)
    asked: list[Line] = []
    shape = layout_module.numbered_heading

    def counting(line: Line) -> bool:
        asked.append(line)
        return shape(line)

    monkeypatch.setattr(layout_module, "numbered_heading", counting)
    assert is_wrapped(lines, measure, compressed, cut) == expected
    assert asked == [lines[i] for i in cut.at if not lines[i].clause]
    assert any(lines[i].clause for i in cut.at)   # (the snippet's cut lines hold clauses: a real screen)


def test_the_repeat_search_asks_a_heads_shape_only_of_lines_without_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(PAGES)
    assert lines[0].raw.page is None
    asked: list[Line] = []
    shape = bands_module.lone_head_shape

    def counting(line: Line) -> bool:
        asked.append(line)
        return shape(line)

    monkeypatch.setattr(bands_module, "lone_head_shape", counting)
    starts = pages_from_repeats(lines)
    heads = [i for i, ln in enumerate(lines) if ln.text == "机关读书会文丛"]
    assert set(heads) <= set(starts)   # (the head's three copies a page apart start the pages)
    assert asked and all(PROSE_PUNCT_RE.search(ln.text) is None for ln in asked)
