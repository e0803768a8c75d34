"""Another column's line stuck to a heading on a two-column 简报 page (bull75, issue 10; a diagnosis,
no rule changed).  On the seed-204 bulletin draw (``heading_sweep.py --kind bulletin --designs 6
--seed 204``) 78 of 173 ``extended`` headings are joined by ``unwrap``: a prose line of the other
column that the box extractor's order or the dealing put straight over an item's title (「意见还要求，
党员干部要带头执行，不得变」 / 「总体要求和基本原则」, pdfminer), or the unit printed once over the page's
first title (「青禾县农业农村局」 / 「身边的榜样」).  Two readings were tried in ``measured`` and measured
worse than main (``docs/cleaner-history.md``, bull75): parting the line leaves it where the deal put
it, between two headings, so the heading is won and a boundary lost.  These guards hold what the
tries broke first and any next try must keep (they pass on main).

Pages are real extractions, whole, from that draw: pdfminer's numbered heading wrapped after its
comma, a saved copy's caption whose credit the line cut inside the name, pdfminer's unit over a
deeds page's kicker and title.
"""

from __future__ import annotations


def test_a_numbered_heading_wrapped_after_its_comma_stays_whole(closed_texts, extracted):
    # 「（三）加强人才队伍建设，全面提升养老护理员」 / (blank) / 「职业技能水平和职业吸引力」: pdfminer writes the
    # heading's two lines as boxes apart; the rest has a title's shape, but the block is numbered
    texts = closed_texts(extracted("plan_elderly_care_implementation__bl66_02_s204_bulletin__pdfminer.txt"))
    assert "（三）加强人才队伍建设，全面提升养老护理员职业技能水平和职业吸引力" in texts
    assert "职业技能水平和职业吸引力" not in texts


def test_a_caption_cut_inside_its_credit_stays_whole(closed_texts, extracted):
    # a saved copy sets a blank after every line: a blank line there is no evidence of a block end
    # (「…在社区工坊指导学员。 郑雨」 / 「桐 摄」)
    texts = closed_texts(extracted("news_page_culture_weekly__bl66_01_s204_bulletin__realstyle.txt"))
    assert "剪纸艺人王桂芳（右）在社区工坊指导学员。郑雨桐摄" in texts
    assert "摄" not in texts and "桐摄" not in texts


def test_the_deeds_title_stands_alone_under_the_unit_and_kicker(closed_texts, extracted):
    # the unit printed once runs into the kicker (「青禾县农业农村局身边的榜样」, left); parting the two in
    # ``unwrap`` alone made the headline reader run unit, kicker and title into one title
    texts = closed_texts(extracted("deeds_village_doctor__bl66_00_s204_bulletin__pdfminer.txt"))
    assert "三十年守护一方百姓健康" in texts
    assert not any(t.endswith("三十年守护一方百姓健康") and t != "三十年守护一方百姓健康" for t in texts)
