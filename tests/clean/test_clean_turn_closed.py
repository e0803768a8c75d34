"""A one-page column text turned to end where it closes: on its 来源 line or its signature's date
(``turn._closed_by``, a tie-break of ``turn.turn``; branch cols66).

pdfminer writes a column page by its boxes: a later column whose box starts higher comes first, so
the text opens in the middle of an item and ``turn`` reads it from an item's headline on.  Where
several items' headlines give a turn with no fault of the item grammar, the one whose reading ends
on the line that closes a text — the page's 来源 line, a document's signature date (落款) — is the
page read from its lead; a turn that leaves that line inside the text ends on a column's paragraph.

The inputs are real extractions kept in ``tests/data/extractions``: the dev text
``news_page_port_economy`` set in the dev design ``two_columns_plain``, and ``plan_elderly_care_implementation``
set in the column sweep's design col53_02 (``heading_sweep.py --kind columns --seed 75``), each
read back by pdfminer as the harness saves it.  Expected values are what a reader of the printed
page sees.  Both tests fail on main.
"""

from __future__ import annotations


def test_a_news_page_ends_on_its_source_line(extracted, read_text):
    found = read_text(extracted("news_page_port_economy__two_columns_plain__pdfminer.txt"))
    # the lead opens the text, its kicker first; the page's 来源 line closes it
    assert found.index("长江中游航运中心建设三年行动收官之年") < found.index("江城港年内开通两条近洋航线") \
        < found.index("全市一般公共预算收入") < found.index("二十三个项目集中落户江北")
    assert found.rstrip().endswith("来源：《江城日报》（2026年11月27日第3版）")
    # the press conference's item reads whole: its column's first lines go on from its headline
    assert "11月25日，市政府新闻办召开新闻发布会。市统计局负责人介绍" in found


def test_a_document_ends_on_its_signature_date(extracted, read_text):
    found = read_text(extracted("plan_elderly_care_implementation__col53_02_s75__pdfminer.txt"))
    assert found.index("江政办发〔2026〕41号") < found.index("为贯彻落实国家和省") < found.index("三、保障措施")
    assert found.rstrip().endswith("江城市人民政府办公室2026年11月20日")
