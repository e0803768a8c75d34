"""The headline's next element under a —— subtitle — the speaker, the reporters' byline, a compiler's
note — is a line of its own, never the subtitle's rest (sub74, issue 10).

A headline is set element by element: the title, the subtitle (副题) on a line of its own, then the
byline (「本报记者 …」, the speaker 「市直机关工委书记　林志远」, the body 「市直机关工委理论学习中心组」) and a
整理 note in brackets, each on its own line; none continues the subtitle's sentence.  On main a
subtitle that filled the body's measure ran on into the line under it (``measured_break``, or
``setoff.attribution_goes_on`` reading it as an attribution's first line wrapped), and the headline
reader took 「——在市直机关作风建设专题党课上的讲稿市直机关工委书记」 as the subtitle: the unwrap asked only for
an issuer or a name under a speech's subtitle (``speaker_under_subtitle``).  Now the elements are a
table by whether the subtitle is whole (``setoff._UNDER_SUBTITLE``): under any subtitle's line the
issuer, the reporters' role (``shapes.REPORTERS_OPEN_RE``) and a compiler's note
(``shapes.COMPILER_NOTE_RE``); under one whole by its kind of piece (``shapes.PIECE_SUBTITLE_RE``: a
speech's 讲话 / 讲稿 / 报告 …, a report's 纪实 / 实录 / 见闻 …) also a name and a post
(``shapes.POST_LINE_RE``); and ``headlines`` reads a post or a role alone under a subtitle as its byline.

Pages are real extractions, whole: dev texts set by ``heading_sweep.py --kind bulletin --seed 188`` /
``--seed 189`` (bull74's draws) and read by plain ``pdftotext``, ``pdftotext -layout`` and pasted from a
viewer (``tests/data/extractions``).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("name, subtitle, under", [
    # a speech's subtitle (讲稿) over the speaker's post, the name dropped to the page's end
    ("speech_quoting_sayings__bl66_00_s188_bulletin__pdftotext.txt",
     "——在市直机关作风建设专题党课上的讲稿", "市直机关工委书记"),
    # the body that spoke under a full-measure subtitle (read as an attribution wrapped on main)
    ("lecture_party_style__bl66_02_s188_bulletin__pdftotext_layout.txt",
     "——在市直机关工委专题党课上的辅导报告", "市直机关工委理论学习中心组"),
    # a transcript's subtitle over the compiler's note in brackets
    ("transcript_reading_month__bl66_03_s189_bulletin__paste_viewer.txt",
     "——江城市“全民阅读月”启动仪式暨读书分享会现场实录", "（根据现场录音整理，小标题为编者所加）"),
    # a news report's subtitle over the reporters' role (the name set in another column)
    ("news_page_city_renewal__bl66_00_s188_bulletin__pdftotext_layout.txt",
     "——江城区完成年度老旧小区改造任务见闻", "本报记者"),
])
def test_the_line_under_a_subtitle_is_its_own(extracted, headings_of, all_text, name, subtitle, under):
    doc = extracted(name)
    subtitles = [a.subtitle for a in doc.articles if a.subtitle]
    assert subtitle in subtitles
    lines = [a.author or "" for a in doc.articles] + all_text(doc).splitlines()
    assert any(line.replace(" ", "").startswith(under) for line in lines)
    assert not any(h.startswith(under) for h in headings_of(doc))   # (the byline or a note, not a heading)


def test_a_quotations_attribution_wrapped_at_its_date_stays_whole(extracted, all_text):
    # the same page's attribution under a quotation, cut inside its bracketed date: one line still
    text = all_text(extracted("speech_quoting_sayings__bl66_00_s188_bulletin__pdftotext.txt"))
    assert any(line.startswith("——在全省机关作风建设推进会上的讲话（") and line.endswith("日）")
               for line in text.splitlines())


@pytest.mark.parametrize("subtitle, under", [
    ("——记江城县青石镇", "卫生院乡村医生刘守山"),   # a ——记 subtitle's rest: no kind said, no post read
    ("——在全县经济工作会议上的讲话", "（2026年1月9日）"),   # the speech's date: not a compiler's note
])
def test_a_subtitles_rest_is_no_element(subtitle, under):
    from booklet.shapes import COMPILER_NOTE_RE, PIECE_SUBTITLE_RE, POST_LINE_RE, REPORTERS_OPEN_RE
    assert PIECE_SUBTITLE_RE.match(subtitle) is None or COMPILER_NOTE_RE.match(under) is None
    assert REPORTERS_OPEN_RE.match(under) is None and COMPILER_NOTE_RE.match(under) is None
    assert POST_LINE_RE.match(under) is None or PIECE_SUBTITLE_RE.match(subtitle) is None
