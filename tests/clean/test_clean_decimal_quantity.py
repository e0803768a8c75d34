"""A decimal the measure brings to a line's start is a quantity, never a list number (issue 10, branch news57).

A newspaper sets Latin digits in a Latin face, and a decimal with them is one word no line breaks
inside: in a narrow column the measure brings 「1.2」 to a line's start (「今年以来，县里统筹资金」 /
「1.2 亿元，按照…」), and every extractor writes a space between the Latin digits and the ideograph
after them.  ``shapes.LIST_START_RE`` read 「1.2 亿元」 as a clause number 「1.2 」 opening an item,
so ``unwrap`` started a block there after the short first line above it (a paragraph's first line
is short by its indent), the first line became a heading (no stop in it) and the number kept its
space (``SECTION_NUMBER_RE``).  A decimal followed by its magnitude or a multiple
(``shapes.DECIMAL_MAGNITUDES``: 万 亿 兆 倍) is a quantity: no clause's title opens on a number word.

The snippets are real: news_page_grassroots_items × daily_span_ruled × realstyle (dev), and
briefs_county_work_digest × nw54_02 × pdftotext -raw from the news sweep
(``tests/eval/heading_sweep.py --kind news --designs 6 --seed 57``: two 19-character columns, Latin
digits).  Expected values are what a reader of the printed page sees.
"""

from __future__ import annotations

import pytest

from booklet.model import Heading
from booklet.shapes import LIST_START_RE, SECTION_NUMBER_RE

# news_page_grassroots_items × daily_span_ruled × realstyle: the page's head and the first item (a
# blank line between lines; a trailing space marks a block's end)
GRASSROOTS = "\n\n".join([
    ' 第 1 版  综合      江城日报  2026 年 11 月 20 日 ',
    '全面推进城乡社区治理现代化\u3000全县 148 个村（社区）完成党群服务中心提档升级 ',
    '家门口的服务更暖心 ',
    '本报记者 沈佳宁 通讯员 邹立平 ',
    '走进城关镇东门社区党群服',
    '务中心，一楼是便民服务大厅，',
    '社保、医保、民政等 28 项事项可',
    '以“一窗受理”；二楼设有老年',
    '食堂、儿童之家和图书室，每天',
    '来这里的居民有三四百人次。 ',
    '“以前办个事要跑好几个部',
    '门，现在在楼下就能办好，工作',
    '人员还会上门帮我们这些腿脚不',
    '便的老人代办。”72 岁的居民周',
    '桂英说。 ',
    '今年以来，县里统筹资金',
    '1.2 亿元，按照“一中心多站',
    '点”的思路，对全县 148 个村',
    '（社区）党群服务中心进行提档',
    '升级，新增服务面积 3.6 万平方',
    '米，推动各类服务资源向基层下',
    '沉。 ',
]) + "\n"

# briefs_county_work_digest × nw54_02 × pdftotext -raw: three brief items of a 简报 page
BRIEFS = "\n".join([
    '人已成为工坊的技术骨干。',
    '优化营商环境',
    '企业开办实现',
    '“一日办结”',
    '——县政务服务中心推行“一窗通办”改',
    '革',
    '（县行政审批服务局供稿）',
    '今年以来，县政务服务中心将企业登记、',
    '公章刻制、申领发票、社保登记和公积金开',
    '户等 5 个环节整合为“一件事”，企业只需',
    '在一个窗口提交一套材料，当天即可领取营',
    '业执照和公章，开办时间由原来的 3 个工作',
    '日压缩到 1 个工作日以内。',
    '中心还设立了“办不成事”反映窗口，',
    '由科室负责人轮流值守，专门受理群众在办',
    '事过程中遇到的疑难问题。窗口运行以来，',
    '共协调解决各类问题 137 件，办结率达 9',
    '6%。今年 1 至 11 月，全县新设立市场主体',
    '4260 户，同比增长 14.8%。',
    '\x0c江城日报 2026 年 5 月 3 日 星期日 第 2 版',
    '县人民医院开通',
    '“一站式”出院',
    '结算',
    '（县卫生健康局供稿）',
    '11 月 20 日起，县人民医院在住院部设',
    '立“一站式”结算窗口，患者出院时可同步',
    '完成医保报销、大病保险和医疗救助结算，',
    '平均办理时间由原来的 40 分钟缩短到 10 分',
    '钟以内。',
    '全县完成首批',
    '“小个专”党组',
    '织规范提升',
    '（县委组织部供稿）',
    '我县以小微企业、个体工商户和专业市',
    '场为重点，排查摸底“小个专”经营主体',
    '1.2 万家，新组建党组织 43 个，选派党建指',
    '导员 86 名，推动党建工作与经营发展深度',
    '融合。',
    '冬季森林防火进',
    '入关键期',
    '（县应急管理局供稿）',
    '我县已于 11 月 1 日进入森林防火紧要',
    '期。全县组织护林员 1260 名，设立临时检',
    '查站 75 个，对进山入林人员实行登记管理，',
    '严禁携带火种进山。请广大群众自觉遵守有',
]) + "\n"


def test_a_paragraph_goes_on_into_a_decimal_at_a_lines_start(clean, texts):
    doc, _ = clean(GRASSROOTS)
    out = texts(doc)
    assert any(t.startswith("今年以来，县里统筹资金1.2亿元，按照“一中心多站点”的思路") for t in out)
    assert "今年以来，县里统筹资金" not in texts(doc, Heading)


def test_a_brief_items_paragraph_is_not_cut_before_its_quantity(clean, texts):
    doc, _ = clean(BRIEFS)
    out = texts(doc)
    assert any(t.startswith("我县以小微企业、个体工商户和专业市场为重点，排查摸底“小个专”经营主体1.2万家，新组建") for t in out)
    assert not any(t.startswith("我县以小微企业") for t in texts(doc, Heading))


@pytest.mark.parametrize("text", ["1.2 亿元，按照“一中心多站", "1.2 万家，新组建党组织 43 个", "46.8 亿元，涵盖新能源", "1.3 倍"])
def test_a_decimal_before_its_magnitude_is_no_number(text):
    assert LIST_START_RE.match(text) is None
    assert SECTION_NUMBER_RE.match(text) is None


@pytest.mark.parametrize("text", ["1.2 研究背景", "3.1 区域协调发展", "4.1 编制依据", "2.1 政策要点"])
def test_a_clause_number_still_opens_an_item(text):
    assert LIST_START_RE.match(text) is not None
    assert SECTION_NUMBER_RE.match(text) is not None
