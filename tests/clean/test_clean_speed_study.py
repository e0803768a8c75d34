"""The layout study's search for merged columns (``layout._narrow_stretches``) asks its two
patterns only of the full lines that hold a space — both patterns match one, so a line without
(most lines of Chinese) cannot count — and counts the same lines as before, on snippets cut from
the evaluation's dev inputs."""

from __future__ import annotations

import re

import pytest

import booklet.clean.layout as layout_module
from booklet.clean.layout import _Cut, _narrow_stretches, typical_measure
from booklet.clean.lines import Line, to_lines
from booklet.rawlines import RawLine
from booklet.shapes import IDEOGRAPH_SPACE_RE, SPACE_AFTER_MARK_RE

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
