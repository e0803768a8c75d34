"""A text set in columns opens on its title, not on the foot of a paragraph another column began
(``flow._title_first``).

A title set in the first column, in larger type, stands with its first baseline below the first
lines of the later columns, which start at the top margin; pdfplumber writes by baselines, so the
page's first line is the second column's (「答：主要靠合作社和龙头企业带动。」, the answer run on from
the first column's foot) and the title's kicker 「高端访谈」 comes after it.  The dealing opened one
column on that foot and another on the kicker, and the page was read from the answer's end.  The
snippet is real: the dev text interview_rural_revitalization set in the dev design
``two_columns_hanging`` read by pdfplumber (its first 30 rows).
"""

from __future__ import annotations

PAGE = (
    '理论周刊 2026年5月12日 星期二\n'
    '答：主要靠合作社和龙头企业带动。\n'
    '高端访谈\n'
    '比如在南岭镇，蓝莓合作社统一供苗、\n'
    '让农民在产业发展中得到 统一技术、统一收购，农户只管按标准种。\n'
    '去年入社的312户，户均增收1.4万元。\n'
    '更多实惠\n'
    '记者：会不会出现企业赚大头、农民赚\n'
    '小头的情况？\n'
    '——访江城市农业农村局主要负责同志\n'
    '答：会有这个风险，所以利益联结机制\n'
    '本刊记者 孙雅琴\n'
    '一定要实。\n'
    '编者按：今年以来，江城市把发展乡村\n'
    '我们推广“保底收益＋按股分红”的办\n'
    '特色产业作为乡村振兴的重要抓手，全市农\n'
    '法，并把带农增收情况作为财政补助的前置\n'
    '村居民人均可支配收入增速连续三个季度高\n'
    '条件。带动农户少、联结不紧的，不能享受\n'
    '于城镇居民。围绕产业发展中的新情况新问\n'
    '扶持政策。\n'
    '题，本刊记者采访了市农业农村局主要负责\n'
    '记者：明年有什么新打算？\n'
    '同志。\n'
    '答：三件事。\n'
    '记者：今年全市乡村产业发展总体情况\n'
    '一是抓品牌，重点培育5个区域公用品\n'
    '怎么样？\n'
    '牌；二是抓人才，每年培训高素质农民3000\n'
    '答：总的看，态势是好的。前三季度，\n'
)



def test_the_text_opens_on_its_title_not_on_a_paragraphs_foot(dealt) -> None:
    out = dealt(PAGE)
    assert out[0] == "高端访谈"
    foot = out.index("答：主要靠合作社和龙头企业带动。")
    assert foot > 0 and out[foot - 1] != "高端访谈"   # (the foot tops the column the title had opened)


def test_a_text_opening_on_its_title_is_read_as_dealt(dealt) -> None:
    # (the same page without the other column's foot written first: no column opens on a paragraph's end)
    out = dealt(PAGE.replace("答：主要靠合作社和龙头企业带动。\n", "", 1))
    assert out[0] == "高端访谈"
