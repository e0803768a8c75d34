"""A title wrapped at its own measure over a contributor's credit is one headline (issue 10, branch credit57).

A 简报 or a news page signs each item with its contributor's credit in brackets, set on a line of its
own under the headline, where a byline stands (「（县卫生健康局供稿）」).  In a narrow column a title
set large wraps at its own measure into three or four lines of one width (split55): 「县人民医院」 /
「开通“一站」 / 「式”出院结」 / 「算」.  ``titles._own_measure_run`` leaves a run over a byline to
``headlines``, but ``headlines._byline`` knew names and an issuing body, not the credit, so the run
opened no article and its four lines stayed four headings.  The credit now signs the item as a
byline does (``headlines._SIGNING_LINES``).  And a 稿 after 供 or 撰 is a credit, not a draft's
status: ``shapes.EDITION_NOTE_RE`` read 「（县卫生健康局供稿）」 as an edition note and set it as the
title's subtitle once the headline was read.

The snippet is real: briefs_county_work_digest in design nw54_03 of the news sweep
(``tests/eval/heading_sweep.py --kind news --designs 6 --seed 57``, three 14-character columns,
titles at 2.8×) read by pdftotext -raw.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading
from booklet.shapes import CONTRIBUTOR_LINE_RE, EDITION_NOTE_RE

# briefs_county_work_digest × nw54_03 × pdftotext -raw: two items, each title over its credit
BRIEFS_RAW = "\n".join([
    '中心还设立了“办不成事”',
    '反映窗口，由科室负责人轮流值',
    '守，专门受理群众在办事过程中',
    '遇到的疑难问题。窗口运行以来，',
    '共协调解决各类问题 137 件，办',
    '结率达 96%。今年 1 至 11 月，',
    '全县新设立市场主体 4260 户，',
    '同比增长 14.8%。',
    '县人民医院',
    '开通“一站',
    '式”出院结',
    '算',
    '（县卫生健康局供稿）',
    '11 月 20 日起，县人民医院',
    '在住院部设立“一站式”结算窗',
    '口，患者出院时可同步完成医保',
    '报销、大病保险和医疗救助结算，',
    '平均办理时间由原来的 40 分钟',
    '缩短到 10 分钟以内。',
    '冬季森林防',
    '火进入关键',
    '期',
    '（县应急管理局供稿）',
    '我县已于 11 月 1 日进入森',
    '林防火紧要期。全县组织护林员',
    '1260 名，设立临时检查站 75 个，',
    '对进山入林人员实行登记管理，',
    '严禁携带火种进山。请广大群众',
    '自觉遵守有关规定，发现火情立',
    '即拨打森林火警电话。',
]) + "\n"


def test_a_title_over_its_credit_is_one_headline(clean, texts):
    doc, _ = clean(BRIEFS_RAW)
    titles = [a.title for a in doc.articles]
    assert "县人民医院开通“一站式”出院结算" in titles
    assert "冬季森林防火进入关键期" in titles
    pieces = {"县人民医院", "开通“一站", "式”出院结", "算", "冬季森林防", "火进入关键", "期"}
    assert not pieces & set(texts(doc, Heading) + titles)


def test_the_credit_is_no_heading_nor_subtitle(clean, texts):
    doc, _ = clean(BRIEFS_RAW)
    credits = {"（县卫生健康局供稿）", "（县应急管理局供稿）"}
    assert not credits & set(texts(doc, Heading) + [a.subtitle for a in doc.articles])
    assert credits <= set(texts(doc) + [a.author for a in doc.articles])


@pytest.mark.parametrize("line", ["（县卫生健康局供稿）", "（市科技局办公室撰稿）"])
def test_a_credit_is_no_edition_note(line):
    assert CONTRIBUTOR_LINE_RE.match(line)
    assert not EDITION_NOTE_RE.match(line)


@pytest.mark.parametrize("line", ["（征求意见稿）", "（送审稿）", "（2026年修订版）", "（试行）"])
def test_a_drafts_status_is_still_an_edition_note(line):
    assert EDITION_NOTE_RE.match(line)
