"""A numbered lead-in opens its paragraph by its numbering (issue 10, branch texts83).

pypdf ends its output line at every change of font, so a bold run-in lead-in arrives as a piece of its
own, and the rest of its printed line as another (「5．提升数字文化服务水平。」 / 「上线“江城文化云”二」 /
「期，整合全市…」).  ``rejoin_runs`` joins the two where the lead-in opened its paragraph — read from the
line above it, a finished sentence.  A 工作要点's points are numbered through the text and stand under a
part's head (「五、强化工作保障」) or an item's bracketed 责任单位 line (「（责任单位：…各区县人民」 /
「政府）」), and a speech's 一是… under a head cut by a running head; neither ends in a stop, so the rest
of the lead-in's line stood as a heading of its own.  ``runs._numbered_lead_in``: a line that is one
sentence opening on a list's numbering opens its paragraph whatever stands above it.

The texts are real: dev texts set on ``tests/eval/heading_sweep.py --kind heading --designs 6 --seed 329``
pages (sw25_00, sw25_02), read back by pypdf — whole documents, ``tests/data/extractions``.  All four
tests fail on main (4bcd890).
"""

from __future__ import annotations


def test_points_under_a_bracketed_line_or_a_head_keep_their_line(extracted, texts):
    blocks = texts(extracted("keypoints_culture_tourism__sw25_00_s329_heading__pypdf.txt"))
    assert any(b.startswith("5．提升数字文化服务水平。上线“江城文化云”二期，整合") for b in blocks)
    assert any(b.startswith("9．加强文物和非遗保护利用。完成第四次全国文物普查市级复核") for b in blocks)
    assert any(b.startswith("13．加强组织领导。各区县、各单位要将本要点纳入年度重点工作") for b in blocks)
    assert not any(b.startswith(("上线", "完成第四次", "各区县、各单位")) for b in blocks)
    # (the points after a finished sentence read as before)
    assert any(b.startswith("2．办好群众性文化活动。举办第六届江城市民文化节") for b in blocks)


def test_a_lead_in_under_a_head_cut_by_the_running_head_keeps_its_line(extracted, texts):
    blocks = texts(extracted("speech_bold_leadins_rural__sw25_00_s329_heading__pypdf.txt"))
    assert any(b.startswith("一是抓产业。围绕茶叶、中药材、肉牛三条产业链，每个县至少培育") for b in blocks)
    assert not any(b.startswith("围绕茶叶") for b in blocks)


# ``runs._under_head``: a head set on lines of its own (a number or an attribution's dash opening it,
# no stop) closes its block, so the lead-in under it opens a paragraph, numbered or not.

def test_a_lead_in_under_a_wrapped_head_keeps_its_line(extracted, texts):
    blocks = texts(extracted("speech_bold_leadins_rural__sw25_02_s329_heading__pypdf.txt"))
    assert any(b.startswith("要压实责任。市县乡村四级书记要亲自抓，党政主要负责同志") for b in blocks)
    assert not any(b.startswith("市县乡村四级书记") for b in blocks)


def test_a_lead_in_under_an_attribution_keeps_its_line(extracted, texts):
    blocks = texts(extracted("exchange_experience_community__sw25_02_s329_heading__pypdf.txt"))
    assert any(b.startswith("把文化阵地用起来，让社区有温度更有凝聚力。街道利用闲置用房改建了8个") for b in blocks)
    assert "街道" not in blocks
