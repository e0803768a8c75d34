"""Headline elements read by the measures they were set on, and the byline under the whole headline
(news86, issue 10; news84–news85b's left).

A newspaper sets its kicker smaller than its title, so more characters to a line, and a line that wraps
runs to its measure: (1) a kicker wrapped in a narrow column over a title wrapped in turn is two elements
on two measures, 「市民服务热线工单办」 / 「理质效提升专项行动」 over 「市民诉求件件有」 / 「回音事事有着落」
(``titles.wrapped_over_narrower_wrap``; on main ``merge_titles`` joined the two and the headline reader
cut the title's first line into the kicker); (2) a kicker's later line that had room for the next line's
first ideograph ended the kicker, 「全县农村供水保障工」 / 「程建设推进现场会」 / 「山区群众喝上了」
(news86's ``measured._ended_with_room``, taken out at the merge: it made a held-out text worse — an expected
failure here); (3) a kicker ending on a comma over a title set large whose first line
goes on in its words, 「盘活闲置农房，」 / 「山村民宿带」 / 「火乡村游」 (``measured._title_goes_on``);
(4) the byline stands under the —— 副题, so a short line over the 副题 is the title's rest, never the
byline: 「老街区焕发」 / 「新活力」 / 「——江州市推进城市更新行动综述」 (``headlines._over_piece_subtitle``).

Pages are real extractions, whole: ``heading_sweep.py --kind news --designs 5 --seed 371``.
"""

from __future__ import annotations

import pytest


def _article(doc, title):
    return next(a for a in doc.articles if title[-3:] in (a.title or "").replace(" ", ""))


@pytest.mark.parametrize("name, kicker, title", [
    ("news_page_city_renewal__nw54_00_s371_news__pypdf.txt",          # (1)
     "市民服务热线工单办理质效提升专项行动", "市民诉求件件有回音事事有着落"),
    pytest.param("news_page_rural_environment__nw54_00_s371_news__pypdf.txt",     # (2)
                 "全县农村供水保障工程建设推进现场会", "山区群众喝上了安全放心水",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "news86's measured._ended_with_room mended this page, but on the held-out set it made one "
                     "text in one layout worse in all ten families (heading F1 1.000 → 0.769; aggregate only, "
                     "cause unread) — taken out at the merge"))),
    ("news_page_county_focus__nw54_01_s371_news__pypdf.txt",          # (3)
     "盘活闲置农房，", "山村民宿带火乡村游"),
])
def test_kicker_and_title_on_their_measures(extracted, name, kicker, title):
    article = _article(extracted(name), title)
    assert article.title.replace(" ", "") == title
    assert (article.kicker or "").replace(" ", "") == kicker


def test_the_byline_stands_under_the_subtitle(extracted):
    article = _article(extracted("news_page_provincial_headlines__nw54_01_s371_news__pypdf.txt"), "老街区焕发新活力")
    assert article.title.replace(" ", "") == "老街区焕发新活力"
    assert article.subtitle == "——江州市推进城市更新行动综述"
    assert "本报记者" in (article.author or "")


def _blk(lines):
    from booklet.clean.blocks import Blk, Kind
    text = "".join(lines)
    starts, at = [], 0
    for n, line in enumerate(lines):
        starts.append((at, n))
        at += len(line)
    return Blk(Kind.HEADING, text, 0, len(lines) - 1, starts=tuple(starts))


@pytest.mark.parametrize("over, under", [
    (["市民服务热线工单办", "理质效提升专项行动"], ["市民诉求件件有", "回音事事有着落"]),
    (["第二届长江中游城市群", "青年创新创业大赛"], ["八十个青年", "创业项目同"]),
])
def test_wrapped_over_narrower_wrap(over, under):
    from booklet.clean.titles import wrapped_over_narrower_wrap
    assert wrapped_over_narrower_wrap(_blk(over), _blk(under))


@pytest.mark.parametrize("over, under", [
    (["市民服务热线工单办", "理质效提升专项行动"], ["市民诉求件件有回", "音事事有着落"]),   # a unit narrower: one measure
    (["全市新增城市书房", "十五家市民阅读更"], ["加便利"]),                              # under: one line, no measure of its own
    (["县政府召开", "常务会议研究部署"], ["今冬明春安全", "生产工作"]),                  # over: its first line no widest
    (["市民服务热线工单办", "理质效提升专项行动"], ["市民诉求件件", "有回音事事有着落"]),  # under: its first line no widest
    (["家门口就能办成事，", "社区政务服"], ["务驿站覆盖", "全区"]),    # over's last line on under's measure
])
def test_wrapped_over_narrower_wrap_refusals(over, under):
    from booklet.clean.titles import wrapped_over_narrower_wrap
    assert not wrapped_over_narrower_wrap(_blk(over), _blk(under))


def _line(text):
    from booklet.cjk import width
    from booklet.clean.lines import Line
    return Line(text=text, lineno=0, raw=None, width=width(text))


@pytest.mark.parametrize("cur, nxt, goes_on", [
    ("山村民宿带", "火乡村游", True),       # 带 waits for its object
    ("让文化遗产在传承", "中焕发光彩", True),
    ("山村民宿带", "火乡村游活动中心", False),  # the rest wider than its line
    ("专家团队下田指导", "小麦播种", False),  # the words cannot tell: left to the widths
    ("山村民宿带，", "火乡村游", False),     # a mark
])
def test_title_goes_on(cur, nxt, goes_on):
    from booklet.clean.measured import _title_goes_on
    assert _title_goes_on(_line(cur), _line(nxt)) is goes_on
