"""A notice's closing matter is no heading (issue 10, sign82): the 附件说明 (GB/T 9704 7.3.4) opens a
list under the body — 「附件：1．…测算表」, each later item on a line of its own, numbered on (「2．…情况」),
an item's title wrapped under it where the measure cut it — and the signature (落款: the bodies'
names, one or a joint row, over the date) closes the text.  On main the second item was read as a
heading wherever the reader set its figure off with a space (「2 ．周边…」: the item's number was not
read through it), wherever the list ran in (pypdf: 「附件：1.…申请表2.…标准」 / 「3.…目录」) or its first
number was taken for a folio (「附件：」 / 「1」 / 「．…测算表」); an item's wrapped rest cut off by the
reader's blank line was a heading of its own (「附件：2026年度江城市文」 / 「明单位和文明家庭名单」); and a
signature's body under an item ran on into it (「2．…情况江城市民政局」).  ``headings._annex_list``
(``shapes.ANNEX_LINE_RE``, ``shapes.LIST_ITEM_RE``), ``unwrap._signature_under``
(``shapes.SIGNING_BODIES_RE``).

Each page is real: a dev text set in a design of sign82's draws (seeds 314 ``--kind heading``, 315
``--kind pocket``, 316 ``--kind pocket --word``) and read back by the extractor named.
"""

from __future__ import annotations

import pytest

CASES = [
    # (extraction, the closing lines that stand as paragraphs, whole)
    ("request_qingshi_banji__sw25_06_s314_heading__pdfminer.txt",
     ["附件：1．江城市城乡低保标准调整测算表", "2．周边城市城乡低保标准情况", "江城市民政局"]),
    ("request_qingshi_banji__pk53_06_s315_pocket__pdfminer.txt",
     ["2．周边城市城乡低保标准情况", "江城市民政局", "2026年10月20日"]),
    ("request_qingshi_banji__pk53_05_s315_pocket__pdfminer.txt",
     ["附件：1．江城市城乡低保标准调整测算表", "2．周边城市城乡低保标准情况"]),
    ("request_qingshi_banji__sw25_08_s314_heading__pypdf.txt", ["2．周边城市城乡低保标准情况", "江城市民政局"]),
    ("qa_policy_interpretation__sw25_09_s314_heading__pypdf.txt", ["3.居家养老服务项目和价格目录", "江城市民政局"]),
    ("decision_commendation_list__pk53_00_s316_pocketword__pypdf.txt", ["附件：2026年度江城市文明单位和文明家庭名单"]),
]


@pytest.mark.parametrize("name,closing", CASES, ids=["_".join(c[0].split("__")[:2]) for c in CASES])
def test_annex_list_and_signature_are_no_headings(extracted, headings_of, all_text, name, closing):
    doc = extracted(name)
    heads = headings_of(doc)
    lines = all_text(doc).splitlines()
    for text in closing:
        assert text in lines, (text, lines[-12:])
        assert text not in heads, heads
    assert not any("附件" in h or "测算表" in h or "名单" == h[-2:] and "附件" in h for h in heads), heads


@pytest.mark.parametrize("text,item", [
    ("附件： 1 ．江城市城乡低保标准调整测算表", (1, ".")),   # the reader's space before the full-width stop
    ("2 ．周边城市城乡低保标准情况", (2, ".")),
    ("2．周边城市城乡低保标准情况", (2, ".")),
    ("3.居家养老服务项目和价格目录", (3, ".")),
    ("2 .5万元用于补贴", None),                               # a Latin point after a space may be a figure's
])
def test_list_item_through_a_space(text, item):
    from booklet.shapes import list_item
    assert list_item(text) == item


@pytest.mark.parametrize("text,signs", [
    ("江城市民政局", True),
    ("县委农办　县商务局联合调研组", True),          # a joint signature's names side by side
    ("青禾县司法局 青禾县市场监督管理局", True),
    ("周边城市城乡低保标准情况", False),
    ("县委农办、县商务局组成联合调研组", False),
])
def test_signing_bodies_shape(text, signs):
    from booklet.shapes import SIGNING_BODIES_RE
    assert (SIGNING_BODIES_RE.match(text) is not None) is signs


def _line(text: str):
    from booklet.clean.lines import Line
    from booklet.rawlines import RawLine
    from booklet.shapes import CLAUSE_RE
    return Line(text=text, lineno=1, raw=RawLine(text, 1), final=text[-1:] in "。！？；：",
                clause=CLAUSE_RE.search(text) is not None)


@pytest.mark.parametrize("head,prev,cur,nxt,after,opens", [
    (None, "2 ．周边城市城乡低保标准情况", "江城市民政局", "2026 年 10 月 20 日", None, True),
    ("附件： 1 ．江城市城乡低保标", "准调整测算表", "江城市民政局", "2026年10月20日", None, True),
    (None, "特此通知。", "中共江城市委", "江城市人民政府", "2026年9月9日", True),   # stacked joint signature
    (None, "江城市精神文明", "建设委员会", "2026年12月1日", None, False),         # a name the measure wrapped
    (None, "2．周边城市城乡低保标准情况", "江城市民政局", "（联系人：周立新）", None, False),   # no date under it
])
def test_signature_under(head, prev, cur, nxt, after, opens):
    from booklet.clean.lines import Around
    from booklet.clean.unwrap import _signature_under
    around = Around(_line(nxt), _line(head) if head else None, None, _line(after) if after else None)
    from booklet.clean.layout import Layout
    # (an entry of ``unwrap._EVIDENCE``: True where a block starts, None where it cannot tell)
    assert _signature_under(_line(prev), _line(cur), Layout(18.0, True, False, False), around) is (True if opens else None)
