"""A 简报 that signs each item at its end (sign78, issue 10): the contributor's credit in brackets
(「（市医疗保障局供稿）」) stands under the item's last paragraph, over the next item's headline, and no
byline stands under the heads.  A kicker with no reporting verb over its title (「城乡居民医保服务提质增效年」
/ 「医保报销实现一站式结算」) was read as one title on main: bull66's reading of a topic over a clause
is asked only where the headline is closed — by a byline or a subtitle under it.  In a 简报 that signs
its items at their end the item's body closes its headline instead (``headlines.items_signed_at_end``,
``_closed_by_body``).

Pages are real extractions: the dev text jianbao_kicker_items set by ``heading_sweep.py --kind bulletin
--columns 2 --masthead --signed-end --seed 241`` (each item's credit moved under its last paragraph,
print and gold alike) and read by pypdf, PDFium, ``pdftotext -layout``, a viewer's copy and pdfminer
(whole documents in ``tests/data/extractions``).  Expected values are what the printed page shows.
"""

from __future__ import annotations

import pytest

PAIRS = [("优化营商环境三年行动首批成果", "企业开办压缩至半个工作日"),
         ("城乡居民医保服务提质增效年", "医保报销实现一站式结算"),
         ("秋冬季大气污染防治攻坚行动", "全市优良天数比例创新高"),
         ("老旧小区改造民生实事项目", "两千余户居民告别爬楼难"),
         ("农村集体经济发展壮大三年行动", "村级集体收入全部超十万元"),
         ("基层治理网格化服务管理工作", "网格员成了群众贴心人")]
CREDITS = ["（市行政审批服务局供稿）", "（市医疗保障局供稿）", "（市民政局供稿）", "（市生态环境局供稿）"]


def _heads(doc):
    """The document's kickers, titles and headings, as printed (spaces the join kept dropped)."""
    from booklet.model import Heading, block_text
    out = [h for a in doc.articles for h in (a.kicker or "", a.title or "")]
    out += [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    return [h.replace(" ", "") for h in out if h]


@pytest.mark.parametrize("name", ["jianbao_kicker_items__bl66_00_s241_signed__pypdf.txt",
                                  "jianbao_kicker_items__bl66_02_s241_signed__pypdfium2.txt",
                                  "jianbao_kicker_items__bl66_01_s241_signed__pdftotext_layout.txt",
                                  "jianbao_kicker_items__bl66_02_s241_signed__paste_viewer.txt"])
def test_kicker_over_title_apart_where_items_are_signed_at_end(extracted, all_text, name):
    doc = extracted(name)
    heads = _heads(doc)
    for kicker, title in PAIRS:
        assert kicker in heads and title in heads, (kicker, title)
        assert kicker + title not in heads
    text = all_text(doc).replace(" ", "")
    for credit in CREDITS:
        assert credit in text and credit not in heads   # the signature stays the item's text


def test_headline_parted_by_the_run_keeps_its_order(extracted):
    """pdfminer's page loses its 报头 to the band and the first item's kicker and title come as two
    heading runs: the title is not opened as an item of its own under its kicker (``_under_paragraph``),
    so the kicker stays first."""
    doc = extracted("jianbao_kicker_items__bl66_02_s241_signed__pdfminer.txt")
    heads = _heads(doc)
    assert heads.index("优化营商环境三年行动首批成果") < heads.index("企业开办压缩至半个工作日")


def test_signatures_counted_only_under_a_paragraph_over_a_head():
    from booklet.clean.blocks import Blk, Kind
    from booklet.clean.headlines import SIGNED_ITEMS_MIN, items_signed_at_end

    def blk(kind, text):
        return Blk(kind=kind, text=text, first=0, last=0)

    body = blk(Kind.PARA, "今年以来，全市企业开办平均用时压缩到半个工作日。")
    credit = blk(Kind.PARA, "（市医疗保障局供稿）")
    head = blk(Kind.HEADING, "医保报销实现一站式结算")
    signed = [head, body, credit] * SIGNED_ITEMS_MIN + [head, body]
    assert items_signed_at_end(signed)
    # the credit as a byline under each head (the usual 简报): no end signature
    assert not items_signed_at_end([head, credit, body] * 3)
    # one article ending on its credit: no habit
    assert not items_signed_at_end([head, body, credit, head, body])
