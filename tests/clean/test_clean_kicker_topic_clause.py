"""A verbless kicker (引题) about as wide in characters as its title, over a one-line title closed by a
byline, in a 简报's column (bull66, issue 10): widths cannot tell it from the first line of a title set
at 1.7× that wrapped (a 13-character line over a 12-character one in a column of 23), but its words
can — the kicker names a topic (it ends on a noun, holds no preposition, conjunction or adverb, leaves
nothing open), the title under it is a clause of its own (a subject and its verb).

Pages are real extractions: the dev text jianbao_kicker_items set by ``heading_sweep.py --kind bulletin
--seed 77`` (designs bl66_02, bl66_05, bl66_03) and read by PDFium, pypdf and ``pdftotext -layout``
(whole documents in ``tests/data/extractions``); the counter-examples are the dev news pages'
pypdfium2 extractions (news_page_rural_environment × two_columns_hanging, news_page_district_livelihood
× ``--kind news --seed 78`` nw54_03).  Expected values are what the printed page shows.
"""

from __future__ import annotations

import pytest

PAIRS = [("优化营商环境三年行动首批成果", "企业开办压缩至半个工作日"),
         ("秋冬季大气污染防治攻坚行动", "全市优良天数比例创新高"),
         ("老旧小区改造民生实事项目", "两千余户居民告别爬楼难"),
         ("农村集体经济发展壮大三年行动", "村级集体收入全部超十万元"),
         ("基层治理网格化服务管理工作", "网格员成了群众贴心人")]
# the titles the column wrapped, with no kicker: one title each
WRAPPED = ["全市首批二十个智慧社区建设试点项目通过验收", "市科技局开展科技特派员进企业服务活动"]


def _heads(doc):
    """The document's kickers, titles and headings, as printed (spaces the join kept dropped)."""
    from booklet.model import Heading, block_text
    out = [h for a in doc.articles for h in (a.kicker or "", a.title or "")]
    out += [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    return [h.replace(" ", "") for h in out if h]


# (bl66_05 sets its titles at 1.5× in a column of 23, so 「全市首批二十个智慧社区建设试点」 / 「项目通过验收」
# is a title wrapped between two nouns of a compound the dictionary does not hold — a topic over a
# clause by the words, parted: the reading's limit, so its wrapped titles are not asserted there.)
@pytest.mark.parametrize("name, wrapped", [("jianbao_kicker_items__bl66_02_s77_bulletin__pypdfium2.txt", WRAPPED),
                                           ("jianbao_kicker_items__bl66_05_s77_bulletin__pypdf.txt", WRAPPED[1:]),
                                           ("jianbao_kicker_items__bl66_03_s77_bulletin__pdftotext_layout.txt", WRAPPED)])
def test_topic_kicker_over_its_clause_title_is_apart(extracted, name, wrapped):
    heads = _heads(extracted(name))
    for kicker, title in PAIRS:
        assert kicker in heads and title in heads, (kicker, title)
        assert kicker + title not in heads
    for title in wrapped:
        assert title in heads


# news_page_rural_environment × two_columns_hanging × pypdfium2: a title the column cut in
# 「省人民医院」 (a word the dictionary does not hold) over its byline — one title
HOSPITAL_PYPDFIUM2 = """来水普及率达到98.5%，山区群众终于喝上
了安全放心的自来水。
县第一人民医院与省人民
医院共建专科联盟
本报讯（通讯员 刘晓燕）
日前，县第一人民医院与省人民医院签
订协议，共建心血管、神经内科两个专科联
盟。省人民医院将每周派出专家到县里坐诊、
查房和带教，县里的疑难病人可以通过绿色
通道转诊。
"""

# news_page_district_livelihood × seed-78 nw54_03 × pypdfium2: a title cut inside its date
MARATHON_PYPDFIUM2 = """成居民家门口的“幸福驿 站”。
江城马拉松12月14
日鸣枪开跑
本报讯（记者 赵航）
记者从市体育
局获悉
，
2026江城马拉松
将于12月14
日7
时30分在
"""


@pytest.mark.parametrize("text, title", [(HOSPITAL_PYPDFIUM2, "县第一人民医院与省人民医院共建专科联盟"),
                                         (MARATHON_PYPDFIUM2, "江城马拉松12月14日鸣枪开跑")])
def test_title_cut_in_a_word_or_a_date_stays_one(clean, text, title):
    doc, _ = clean(text)
    assert title in _heads(doc)


def test_names_topic_and_clause_of_its_own():
    from booklet.clean.setoff import clause_of_its_own, names_topic
    for kicker, title in PAIRS:
        assert names_topic(kicker, title) and clause_of_its_own(title)
    assert names_topic("长江中游航运中心建设三年行动收官之年", "江城港年内开通两条近洋航线")
    assert not clause_of_its_own("集中挂牌运营")        # 「百家示范家庭农场」 / 「集中挂牌运营」: the predicate
    assert not names_topic("让干净整洁成为", "乡村的常态")   # a verb waits for its object
    assert not names_topic("县第一人民医院与省人民", "医院共建专科联盟")   # 与 links on
    assert not names_topic("明年将实现非遗工坊", "街道全覆盖")   # an adverb marks a predicate
    assert not names_topic("江城马拉松12月14日", "鸣枪开跑")     # a date says when
    assert not names_topic("江城马拉松12月14", "日鸣枪开跑")     # a figure waits for its unit
