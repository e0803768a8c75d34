"""A book's running heads that name the section in force over its rectos, where the versos carry
the series' name and the page number (verso68, issue 10 family 2): 「二、防灾避险」 at the top of a
recto, 「理论学习丛书  2」 at the top of a verso.

Each section head is printed on a page or two only, so repetition cannot tell it; the habit can —
the line at a page's top copies a heading of the text that stands once, on that page or before.
Three things hid the habit: (1) where the rectos carry no number, only the versos' copies show
the pages, each a spread — their numbers rise by two, and the recto's top stands half a spread
down; (2) the first page prints the head too (the section begun there, over the title); (3) the
column wraps a heading its head prints on one line, or the head carries its number at one end.
And pypdf writes the verso head's number on a line of its own, which the page's next line (「位？」)
made look like a count (「2位」): beside a head's copy the number is the head's.
The inputs are dev texts set in the seed-88 pocketwide designs pw59_01 / _02 / _05 — whole, in
tests/data/extractions (the gold's headings written out below)."""

from __future__ import annotations

import pytest


from booklet.model import block_text

QUIZ = ["基层防汛抗旱应知应会知识问答", "一、基本知识", "1．汛期一般指什么时间？", "2．什么是警戒水位和保证水位？",
        "3．气象灾害预警信号分为几个等级？", "4．防汛抗旱工作实行什么责任制？", "5．山洪灾害有哪些前兆？",
        "二、防灾避险", "问：接到暴雨预警后，居民应当做些什么？", "问：在户外遇到洪水怎么办？",
        "问：发现堤防出现管涌、渗漏等险情，应当如何处置？", "问：干旱期间怎样科学节约用水？",
        "问：台风来临前，渔船和水上作业人员应当怎么做？"]


@pytest.mark.parametrize(("name", "expected", "heads"), [
    # no number on the rectos: the versos' 「理论学习丛书」 / 「2」 (pypdf) show spreads
    ("quiz_qa_knowledge__s88_pw59_02__pypdf.txt", QUIZ, ("理论学习丛书",)),
    ("quiz_qa_knowledge__s88_pw59_02__paste_viewer.txt", QUIZ, ("理论学习丛书",)),
    # form feeds show the pages: the first page's head 「一、…的重要意义」 over the title goes, its
    # heading wrapped 「一、深刻认识作风建设的重」 / 「要意义」 stays
    ("lecture_party_style__s88_pw59_02__pdftotext.txt",
     ["锤炼过硬作风 勇于担当作为", "一、深刻认识作风建设的重要意义", "二、准确把握当前机关作风方面存在的突出问题",
      "三、以实际行动推动作风持续好转"], ()),
    # the number first: 「3      二、让制度管用、让办法好用」 on page 3 only
    ("compilation_grassroots_sayings__s88_pw59_05__paste_viewer.txt",
     ["基层治理工作要论摘编", "一、把群众的事当作自己的事", "二、让制度管用、让办法好用", "三、把力量沉到最基层"],
     ("基层治理工作要论摘编",)),
])
def test_section_heads_go_and_their_headings_stay(extracted, headings_of, name, expected, heads):
    doc = extracted(name)
    assert headings_of(doc) == expected
    assert doc.articles[0].kicker is None   # (the first page's head is no kicker over the title either)
    body = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert not any(head in body for head in heads)


def test_a_recto_head_over_the_versos_heads_page_numbers_stays_no_heading(extracted, headings_of):
    """The rectos carry the section and their number (1, 3, 5, 7: also rising by two): the versos'
    head amid a spread copies no heading, and the last recto's head, past the last whole spread,
    goes with the others."""
    doc = extracted("transcript_reading_month__s88_pw59_01__paste_viewer.txt")
    assert headings_of(doc)[1:] == ["“书要读到手上有温度”", "“孩子们最缺的是时间”", "“书屋的灯要亮到晚上”"]
    body = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert "理论学习丛书" not in body and "谢谢大家！" in body


def test_a_heads_keys_leave_its_number_out():
    from booklet.clean.bands import _section_keys
    assert _section_keys("3      二、让制度管用、让办法好用") == ("3二、让制度管用、让办法好用", "二、让制度管用、让办法好用")
    assert _section_keys("二、基层治理数字化转型的实践逻辑      5")[-1] == "二、基层治理数字化转型的实践逻辑"
    assert "2术语和定义" in _section_keys("2 术语和定义")   # a heading's own number stays one key


def test_a_first_pages_head_over_a_jianbao_leaves_its_baotou(extracted, headings_of):
    """The first page's section head over a 简报 goes; the 报头 under it (「工作简报」 / 「第7期」 / the
    编发 line a 16-character column wrapped, 「青河县农业农村局办公室 2026年11」 / 「月20日」) stays —
    a check draw's page (seed 95, pw59_01, plain pdftotext), where the head had hidden the 报头
    from the masthead rule, which then took the name and the issue for a running band."""
    doc = extracted("jianbao_marker_heads__s95_pw59_01__pdftotext.txt")
    assert headings_of(doc)[:2] == ["工作简报", "全县秋冬种工作进展情况"]
    text = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert "第7期" in text and "青河县农业农村局办公室" in text
    assert "比去年同期快5个百分点" in text   # (the versos' number 「2」 goes with its head)


SPEECH = ["凝心聚力抓落实 奋力开创县域经济高质量发展新局面",   # (the subtitle is the article's, no heading)
          "一、客观看待过去一年的成绩，进一步坚定发展信心", "（一）产业发展势头向好", "（二）改革攻坚持续深化",
          "（三）民生保障更加有力", "二、准确把握形势任务，进一步明确工作重点", "1.着力扩大有效投资", "2.着力培育新兴产业",
          "3.着力优化营商环境", "三、切实转变工作作风，进一步提升落实质效"]


@pytest.mark.parametrize("family", ["pdfminer", "pdfplumber"])
def test_a_section_head_with_its_page_number_written_into_it_goes(extracted, headings_of, family):
    """(book88) The rectos carry the section and the page number at the outer end (「{section}|{n}」),
    the versos 「理论学习丛书  N」; a heading longer than the 16-character measure fills the head's room,
    and the extractor writes the number into its last words — glued (pdfminer: 「…明确工作重点5」) or
    amid them where the two share a place (pdfplumber: 「…明确工作重5 点」).  Each head goes; the
    heading it copies (wrapped in the text, 「二、准确把握形势任务，」 / 「进一步明确工作重点」) stays, once.
    A seed-398 pocketwide draw (pw59_03), whole."""
    doc = extracted(f"speech_county_meeting__pw59_03_s398_pocketwide__{family}.txt")
    assert headings_of(doc) == SPEECH
    body = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert "重点5" not in body and "重5" not in body and "质效7" not in body and "质7" not in body


def test_a_heads_keys_leave_a_glued_number_out():
    from booklet.clean.bands import _section_keys
    assert _section_keys("二、准确把握形势任务，进一步明确工作重点5")[-1] == "二、准确把握形势任务，进一步明确工作重点"
    assert _section_keys("二、准确把握形势任务，进一步明确工作重5 点")[-1] == "二、准确把握形势任务，进一步明确工作重点"
    # refusals: a heading's own figures at its start, and more than FOLIO_OVERLAP_CHARS after the number
    assert _section_keys("2025年工作总结") == ("2025年工作总结",)
    assert _section_keys("一、推进5G网络建设") == ("一、推进5G网络建设",)
    assert _section_keys("第3季度重点") == ("第3季度重点",)
