"""Two-column 简报 pages, a headline's elements each on its own line (bullet76, issue 10).

(1) A kicker ending on a count after the noun it counts (「今年新增城镇就业岗位2.1万个」) over a title that
wrapped onto a tail (「零工市场让求职招工两头方」 / 「便」).  On main the kicker's 「万个」 read as a
numeral waiting for its noun (``setoff.stops_in_phrase``), and its counted width (13.5 em, the digits
unsure) was neither within ``REST_WIDER_EM`` of the title's line (12) for the words' reading nor past
``KICKER_WIDER_EM`` for the widths': no reading asked, and kicker and title were one title.  Now a count
after its noun closes the phrase (``shapes.count_after_noun``) and the words read every pair the widths
cannot part (``setoff.width_slack``).

(2) A title that wrapped and ended (「青石镇十二个行政村换了新」 / 「颜」) over a line wider than its measure
(「全镇农村生活污水治理率达到九成」, an undashed subtitle set smaller) over the byline: on main
``headlines`` joined the subtitle to the title; now it stands apart (``headlines._wider_under_wrapped``).

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --kind bulletin --seed 217``
(design bl66_00) and read by pypdf (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest

from booklet.shapes import count_after_noun
from booklet.typeset.segment import words


def test_a_kicker_ending_on_a_count_stands_over_its_wrapped_title(extracted):
    doc = extracted("news_page_economy_figures__bl66_00_s217_bulletin__pypdf.txt")
    pairs = [(a.kicker, a.title) for a in doc.articles]
    assert ("今年新增城镇就业岗位2.1万个", "零工市场让求职招工两头方便") in pairs


def test_an_undashed_subtitle_wider_than_the_wrapped_title_stands_apart(extracted):
    doc = extracted("news_page_rural_environment__bl66_00_s217_bulletin__pypdf.txt")
    heads = [(a.kicker, a.title, a.subtitle) for a in doc.articles]
    assert ("和美乡村建设暨农村人居环境整治提升行动", "青石镇十二个行政村换了新颜",
            "全镇农村生活污水治理率达到九成") in heads


@pytest.mark.parametrize("text, closed", [
    ("今年新增城镇就业岗位2.1万个", True),     # a count after its noun
    ("全年接待游客120万人次", True),
    ("改造老旧小区42个", True),
    ("今年新增岗位2.1", False),                # a bare figure waits for its measure word
    ("新建三个", False),                       # a count before its noun (「新建」 tagged a place name)
    ("城乡居民医保服务提质增效年", False),     # a named year, no count
])
def test_count_after_noun(text, closed):
    assert count_after_noun(words(text)) is closed
