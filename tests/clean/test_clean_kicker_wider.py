"""A 简报's or a news page's kicker (引题) set smaller and wider than the title's first line under it,
where the title, set large in a narrow column, wrapped at its own measure (bull74, issue 10):
「市政府新闻办召开新闻发布会介绍」 (15 em) over 「前三季度全市经济运行稳」 (11) / 「中向好」.

A line that wraps onto a rest of its own ran to its measure, so the title's measure is its first
line's, and a line over it wider than that was set on another measure, in another size: no line of
the title.  On main ``unwrap`` read the title's first line as the kicker's rest set larger
(``setoff.rest_of_larger_line``), or ran the kicker on into it as a full line, ``merge_titles`` read a
kicker line over the title's two lines as one title wrapped, and the headline reader took the whole
as one title — or the kicker and the title's first line as a kicker over a title 「中向好」
(``extended``: 「市民服务热线工单办理质效提升专项行动市民诉求件件有回音事事」 over 「有着落」).  Now
``setoff.kicker_over_wrapped_title`` (``set_wider``, ``title_wraps_on``), ``titles.wider_than_own_wrap``
and ``headlines._wider_over_wrapped`` read it.

Pages are real extractions, whole: the dev texts news_page_port_economy, news_page_city_renewal and
news_page_economy_figures set by ``heading_sweep.py --kind bulletin --seed 188`` / ``--seed 189``
(designs bl66_01/02) and read by pypdf, ``pdftotext -layout`` and pasted from a viewer
(``tests/data/extractions``).  The guard is a two-line title whose first line counts wider only by the
spaces a saved copy writes beside its figures (「全县 148 个」: a width unsure, ``KICKER_WIDER_EM``), and a
kicker wrapped over a title set larger still in a narrow column (dev, ``TAIL_MAX_EM``).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, kicker, title", [
    ("news_page_port_economy__bl66_02_s188_bulletin__pypdf.txt",
     "市政府新闻办召开新闻发布会介绍", "前三季度全市经济运行稳中向好"),
    ("news_page_port_economy__bl66_01_s189_bulletin__paste_viewer.txt",
     "市政府新闻办召开新闻发布会介绍", "前三季度全市经济运行稳中向好"),
    ("news_page_city_renewal__bl66_02_s189_bulletin__paste_viewer.txt",
     "市民服务热线工单办理质效提升专项行动", "市民诉求件件有回音事事有着落"),
    ("news_page_economy_figures__bl66_02_s188_bulletin__pdftotext_layout.txt",
     "前三季度全市规上工业增加值同比增长6.8%", "制造业高质量发展势头稳中向好"),
])
def test_a_kicker_wider_than_the_wrapped_title_stands_apart(closed_texts, extracted, name, kicker, title):
    texts = closed_texts(extracted(name))
    assert kicker in texts
    assert title in texts


def test_a_title_wider_only_by_its_figures_spaces_stays_whole(closed_texts, extracted):
    texts = closed_texts(extracted("news_page_grassroots_items__bl66_01_s189_bulletin__realstyle.txt"))
    assert texts[0].startswith("全面推进城乡社区治理现代化全县148个村（社区）完成党群服务中心提档升级")   # (not cut after 148个)



def test_a_kicker_wrapped_over_a_title_set_larger_still_stays_whole(closed_texts, extracted):
    # dev's four-column page: the kicker wrapped (「第二届长江中游城市群」 / 「青年创新创业大赛」) over a
    # title of four characters a line (「八十个青」 / 「年创业项」 …) — no short tail, so no width reading
    texts = closed_texts(extracted("news_page_city_renewal__dangbao_four_ruled__pypdf.txt"))
    assert "第二届长江中游城市群" not in texts
    assert not any(t.startswith("青年创新创业大赛") for t in texts)
