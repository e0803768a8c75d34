"""A web page printed from a browser (issue 10, design ``web_print_ragged``): the browser prints the
moment of printing with the page's title at the head of every page and the page's address with
``n/m`` at the foot — furniture, a one-page print too (``pagehead.browser_print``).

Snippets are the dev text ``letter_teachers_day`` as the harness's extractors read it back
(pdftotext with form feeds and the head's row cut in two; a viewer's copy gluing the count to the
address; pdfplumber's one row per printed line), the body shortened; the expected values are what
the printed letter holds, read from its structure.
"""

from __future__ import annotations

from booklet.model import block_text

TITLE = "致全市广大教师和教育工作者的慰问信"
ADDRESS = "https://www.jiangcheng.gov.cn/art/2026/11/30/art_1029_58213.html"
BODY = ("全市广大教师、教育工作者和离退休教职工：\n"
        "金秋九月，硕果飘香。在第四十二个教师节到来之际，中共江城市委、江城市人民政府向辛\n"
        "勤耕耘在全市各级各类学校的广大教师和教育工作者，向为我市教育事业作出贡献的离退休\n"
        "教职工，致以节日的问候和崇高的敬意！\n")
CLOSE = "此致\n敬礼！\n中共江城市委\n江城市人民政府\n2026年9月9日\n"


def kept(doc):
    """The titles and every block's text: what the reader keeps."""
    return "\n".join([a.title or "" for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks])


def test_pdftotext_print_head_cut_in_two_and_foot_with_count_on_its_own_line(clean, furniture_removed):
    # pdftotext: 「2026/11/30 15:42」 / the head's title / the title; 「<address>」 / 「1/2」 at the foot
    pages = [f"2026/11/30 15:42\n\n{TITLE}\n\n{TITLE}\n{BODY}{ADDRESS}\n\n1/2\n\n",
             f"2026/11/30 15:42\n\n{TITLE}\n\n{CLOSE}\n{ADDRESS}\n\n2/2\n\n"]
    doc, report = clean("\f".join(pages))
    assert doc.articles[0].title == TITLE
    out = kept(doc)
    assert "15:42" not in out and "https" not in out and "/2" not in out
    assert out.count(TITLE) == 1
    assert furniture_removed(report).count("2026/11/30 15:42") == 2 and furniture_removed(report).count(ADDRESS) == 2
    assert "此致" in out and "2026年9月9日" in out


def test_viewer_copy_glues_the_count_to_the_address(clean, furniture_removed):
    # a viewer's copy: the head's two ends a wide gap apart, the foot's count glued to the address
    text = (f"2026/11/30 15:42      {TITLE} \n\n{TITLE} \n\n{BODY}\n{ADDRESS}1/2 \n\n"
            f"2026/11/30 15:42      {TITLE} \n\n{CLOSE}\n{ADDRESS}2/2 \n")
    doc, report = clean(text)
    assert doc.articles[0].title == TITLE
    out = kept(doc)
    assert "15:42" not in out and "https" not in out
    assert f"{ADDRESS}1/2" in [t.strip() for t in furniture_removed(report)]


def test_one_page_print_is_furniture_too(clean, furniture_removed):
    # pdfplumber, a one-page print: the count 「1/1」 beside the address is the browser's signature
    text = f"2026/11/30 15:42 {TITLE}\n{TITLE}\n{BODY}{CLOSE}{ADDRESS} 1/1\n"
    doc, report = clean(text)
    assert doc.articles[0].title == TITLE
    out = kept(doc)
    assert "15:42" not in out and "https" not in out
    assert f"2026/11/30 15:42 {TITLE}" in furniture_removed(report)


def test_an_address_and_a_time_without_the_browser_foot_are_text(clean, furniture_removed):
    # an address the text cites on a line of its own and a date with a time stay: no page count
    # beside the address, so nothing says a browser printed the page
    text = (f"{TITLE}\n{BODY}网上报名入口：\n{ADDRESS}\n报名截止时间：\n2026/11/30 15:42\n{CLOSE}")
    doc, report = clean(text)
    out = kept(doc)
    assert ADDRESS.replace("_", "") in out.replace("\\", "").replace("_", "") and "2026/11/30 15:42" in out
    assert not any("https" in t or "15:42" in t for t in furniture_removed(report))


def test_counts_that_do_not_number_the_pages_are_no_browser_foot(clean, furniture_removed):
    # an address followed by a fraction once (「3/5」 of a list) is no page count of a print
    text = f"{TITLE}\n{BODY}{ADDRESS} 3/5\n{CLOSE}"
    doc, report = clean(text)
    assert not any("https" in t for t in furniture_removed(report))


def test_pdf_reader_lines_the_foot_read_as_a_note_and_the_unflagged_head_go(clean, furniture_removed):
    # the PDF reader (dev decision_commendation_list, direct): the head set close over the title is
    # no band of its own, and the first page's foot under the notes' zone is read as a footnote
    from booklet.clean import clean_lines
    from booklet.rawlines import Box, RawLine, Role
    from booklet.report import Report

    def line(text, lineno, page, y, size=12.4, role=None):
        return RawLine(text=text, lineno=lineno, page=page, role=role, para_start=True,
                       box=Box(x0=0.0, x1=495.28, y=y, size=size, block_width=495.28, page_height=841.89))

    head = "2026/11/30 15:42 关于表彰2026年度江城市文明单位和"
    lines = [line(head, 1, 1, 25.42, 9.9),
             line("关于表彰2026年度江城市文明单位和文明家庭的决定", 2, 1, 101.26, 18.6, Role.TITLE),
             line("各区（县）精神文明建设委员会，市文明委各成员单位：", 3, 1, 148.78),
             line("2026年，全市各级各部门深入开展群众性精神文明创建活动。", 4, 1, 184.58),
             line(f"{ADDRESS} 1/2", 5, 1, 809.65, 10.5, Role.FOOTNOTE),
             line(head, 6, 2, 25.42, 9.9),
             line("江城市自来水有限公司\u3000江城市档案馆\u3000江城市博物馆", 7, 2, 56.18),
             line(f"{ADDRESS} 2/2", 8, 2, 809.65, 10.5, Role.FURNITURE)]
    report = Report()
    doc = clean_lines(lines, report)
    out = kept(doc)   # (notes are blocks of the article)
    assert doc.articles[0].title == "关于表彰2026年度江城市文明单位和文明家庭的决定"
    assert "15:42" not in out and "https" not in out
    assert furniture_removed(report).count(head) == 2


# dev text jianbao_flood_season, design jianbao_two_span_ruled (a one-page 简报 whose design prints
# its running head from page 2 on), copied from a viewer: the 简报's own 报头 — name, 第12期 on a
# line of its own, and its 编发 line (the editing office and the day) — heads a page of its own
JIANBAO_ONE_PAGE = """工作简报 

第12期 

江城市水利局办公室编 2026年10月15日 

全市2026年防汛工作 

情况通报 

今年汛期，全市共经历强降雨过程9 

次，平均降雨量较常年偏多23%。 

在各级各部门共同努力下，全市未发生 

人员伤亡。 

—1— 
"""


def test_one_page_jianbao_keeps_its_own_masthead(clean, texts, furniture_removed):
    doc, report = clean(JIANBAO_ONE_PAGE)
    out = kept(doc).replace(" ", "")
    for part in ("工作简报", "第12期", "江城市水利局办公室编2026年10月15日"):
        assert part in out
        assert not any(part == r.replace(" ", "").strip() for r in furniture_removed(report))
    # the 编发 line closes the 报头: the title under it is a block of its own, not run on into it
    blocks = [t.replace(" ", "") for t in [a.title or "" for a in doc.articles] + texts(doc)]
    assert "江城市水利局办公室编2026年10月15日" in blocks
    assert "全市2026年防汛工作情况通报" in blocks


def test_one_page_band_cut_in_two_without_an_edit_line_is_still_a_band(clean, furniture_removed):
    # the same page under a design's band (「××市科学技术局办公室」 / 「工作简报|2026年第5期」) that an
    # extractor cut at the gap: the issue stands alone, but no 编发 line closes it — a running band
    text = JIANBAO_ONE_PAGE.replace("工作简报 \n\n第12期 \n\n江城市水利局办公室编 2026年10月15日 \n\n",
                                    "××市科学技术局办公室\n\n工作简报\n\n2026年第5期\n\n")
    doc, report = clean(text)
    assert "2026年第5期" in [r.strip() for r in furniture_removed(report)]
    assert "全市2026年防汛工作" in kept(doc)
