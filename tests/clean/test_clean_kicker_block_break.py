"""A kicker (引题) set apart from its title by the extractor's block break (issue 10, branch blank59).

pdftotext (plain) and pdfminer group lines into blocks and write a blank line between blocks; the
lines of one wrapped title come in one block, and a kicker set smaller than its title comes as a
block of its own.  A blank line before a block that itself runs on over two lines or more is then
the extractor's block break — a change of size or a gap — and the one-line heading over it is
another element of the headline, however wide (``blocks.block_breaks``, ``Blk.broken_at``,
``headlines._broken_over``).  On the seed-59 news sweep the lines of one heading came apart by such
a break 3 times (all on one page of columns dealt line by line), two heading elements 63 times.

The snippets are real: pages of the news sweep (``tests/eval/heading_sweep.py --kind news --seed 59
--designs 6``) read back by plain pdftotext — deeds_village_doctor × nw54_02 (a 5-character kicker
over a title wrapped at 5: widths cannot tell) and news_page_city_briefs × nw54_04 (the kicker joined
to the title's lines by ``unwrap``; the whole page, ``tests/data/extractions``).  Expected values are what a reader of the printed page sees.
"""

from __future__ import annotations

from pathlib import Path


DOCTOR = """\
综合新闻

第1版

身边的榜样

三十年守护
一方百姓健
康
——记江城县青石镇卫生院乡村医
生刘守山
编者按：乡村医生是农村居民健
康的“守门人”。刘守山同志扎根山

服务，刘守山主动承担了最偏远的五
个村。他给每位签约群众建立健康档
案，定期上门随访，指导用药和康复。
在他的努力下，所负责片区高血
压患者规范管理率达到92%，比全县
平均水平高出近10个百分点。
一颗初心
刘守山毕业于市卫生学校。当年，
不少同学留在了城里，他却选择回到
家乡。
"""

# the whole page: cut to the head group, the page's own reading (its columns dealt row by row) is lost
CARD = (Path(__file__).resolve().parents[1] / "data" / "extractions"
        / "news_page_city_briefs__nw54_04_s59__pdftotext.txt").read_text(encoding="utf-8")

# One title wrapped over three lines in one block, under a blank after a full paragraph line: no kicker.
ONE_TITLE = """\
不少同学留在了城里，他却选择回到
家乡。

三十年守护
一方百姓健
康
——记江城县青石镇卫生院乡村医
生刘守山
刘守山毕业于市卫生学校。当年，
不少同学留在了城里，他却选择回到
家乡。
"""


def test_a_kicker_as_wide_as_its_title_s_lines_stands_apart_by_the_block_break(clean, headline_pieces):
    pieces = headline_pieces(clean(DOCTOR)[0])
    assert "身边的榜样三十年守护一方百姓健康" not in pieces
    assert "身边的榜样" in pieces
    assert "三十年守护一方百姓健康" in pieces


def test_a_kicker_unwrap_joined_to_its_title_stands_apart_by_the_block_break(clean, headline_pieces):
    pieces = headline_pieces(clean(CARD)[0])
    assert "小切口解决大问题一张“明白卡”让办事少跑腿" not in pieces
    assert "小切口解决大问题" in pieces
    assert "一张“明白卡”让办事少跑腿" in pieces


def test_a_title_s_own_lines_stay_one_title(clean, headline_pieces):
    pieces = headline_pieces(clean(ONE_TITLE)[0])
    assert "三十年守护一方百姓健康" in pieces
    assert not any(p in ("三十年守护", "一方百姓健", "康") for p in pieces)
