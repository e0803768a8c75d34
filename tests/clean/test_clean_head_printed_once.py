"""A running head that copies a heading of the text, printed once because the text runs to two
pages (once69, issue 10 family 2: "headers on a one-page document … judge by position and shape
when repetition is impossible").

A short 简报 or story prints its lead's title (or its own) over the second page only, so the head
has one copy and ``section_heads`` never read it: the habit it asks for (a page's top copying a
heading printed once before it, on two pages or more) cannot show.  With one later page there is
nothing to repeat, and the one top is judged alone — it copies a heading printed once before it,
on an earlier page, so it is the head.  The first page's top is not asked then: with no habit
shown, nothing says a title over the text is a head.
Inputs whole in tests/data/extractions: a bulletin sweep's saved copy (seed 120, design bl66_00)
and a dev story read by pdfminer."""

from __future__ import annotations

from booklet.model import block_text


def _all_text(doc) -> list[str]:
    return [t for a in doc.articles for t in [a.title or "", *(block_text(b) for b in a.blocks)]]


def test_the_lead_titles_copy_over_the_second_page_goes(extracted, headings_of):
    doc = extracted("briefs_county_work_digest__s120_bl66_00__realstyle.txt")
    texts = _all_text(doc)
    assert sum(t.replace(" ", "").count("全县冬修水利工程全面开工") for t in texts) == 1
    # the items' own titles stay, the last ones on the second page
    heads = headings_of(doc)
    assert "冬季森林防火进入关键期" in heads and "城区新增公共停车泊位1200个" in heads


def test_a_storys_title_over_its_second_page_goes_and_its_title_stays(extracted, headings_of):
    doc = extracted("story_ferry_dialogue__dialogue_wide_dev__pdfminer.txt")
    assert headings_of(doc) == ["渡口", "一", "二"]
    assert not any("渡口" == t.strip() for t in _all_text(doc)[1:])


def test_a_numbered_section_head_holding_a_comma_goes(extracted, headings_of):
    """A pocket book's odd pages print the section in force (seed-99 design pw59_04, a saved copy):
    the numbered heading holds a comma (「一、客观看待过去一年的成绩，进一步坚定发展信心」), which no
    running head repeated page after page holds — but the head copying the heading whole is the
    evidence, and a refrain or a sentence is never numbered so.  It went into a sentence before
    (「…新能源」 + the head + 「值分别突破百亿元」)."""
    doc = extracted("speech_county_meeting__s99_pw59_04__realstyle.txt")
    assert headings_of(doc)[1:] == [
        "一、客观看待过去一年的成绩，进一步坚定发展信心", "（一）产业发展势头向好", "（二）改革攻坚持续深化",
        "（三）民生保障更加有力", "二、准确把握形势任务，进一步明确工作重点", "1.着力扩大有效投资", "2.着力培育新兴产业",
        "3.着力优化营商环境", "三、切实转变工作作风，进一步提升落实质效"]
    body = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert body.count("进一步坚定发展信心") == 1 and body.count("进一步提升落实质效") == 1
