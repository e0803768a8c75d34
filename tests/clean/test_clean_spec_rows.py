"""A specification list turned to text (issue 10, register80): a technical guide's 配置表 set as one
row a line — the item's name, the wide space where the table's rule stood, its figures and units
(「服务器　8～16台，单台不少于64核、512 GB内存」).  Swept in new texts of other registers (seed 272,
``--kind heading --designs 14``), the rows ran into one paragraph under every extractor and the last
row, short and unpunctuated, was promoted to a heading (82 of 126 cases); ``shapes.SPEC_ROW_RE`` reads
the row's shape, a short line's role (never a heading) and a row of its own in ``unwrap``.

Each snippet is real: the dev text guide_edge_computing_power set in a design of that sweep (sw25_04:
a 27-character page; sw25_00: a 20-character page whose rows wrap) and read back by the extractor
named — pdfminer keeps the ideographic space, pdfplumber writes it as one space; and (seed 274,
sw25_09: a 30-character page with a Latin face) pdfplumber setting every figure off by spaces, where
the space before a figure is the gap or the figure's spacing (``shapes.SPEC_ROW_SPACED_RE``: a row only
beside a row ``SPEC_ROW_RE`` reads).
"""

from __future__ import annotations

import pytest

from booklet.model import Heading, Paragraph, block_text

ROWS = ("服务器", "存储", "交换机", "安全设备")

# sw25_04 read by pdfminer: the rows whole, an ideographic space after each name
SPEC_PDFMINER = """3　设备配置
3.1　典型配置

单个标准节点的典型配置如下：
服务器　8～16台，单台不少于64核、512 GB内存
存储　有效容量不少于200 TB，支持NVMe高速缓存
交换机　2台，上联端口不低于100 Gbit/s
安全设备　防火墙、入侵防御系统各1套
配置可根据业务规模增减，但网络和安全设备应保持冗余。
3.2　网络接入

节点应接入不少于2个运营商的传输网络，并与5G核心网的用户
面功能（UPF）就近对接，保证终端到节点的往返时延低于10 ms。
"""

# sw25_04 read by pdfplumber: the ideographic space written as one space
SPEC_PDFPLUMBER = """3 设备配置
3.1 典型配置
单个标准节点的典型配置如下：
服务器 8～16台，单台不少于64核、512 GB内存
存储 有效容量不少于200 TB，支持NVMe高速缓存
交换机 2台，上联端口不低于100 Gbit/s
安全设备 防火墙、入侵防御系统各1套
配置可根据业务规模增减，但网络和安全设备应保持冗余。
3.2 网络接入
节点应接入不少于2个运营商的传输网络，并与5G核心网的用户
面功能（UPF）就近对接，保证终端到节点的往返时延低于10 ms。
"""

# sw25_00 read by pdfminer: a 20-character page, each row wrapped, a blank line after every line
SPEC_WRAPPED = (
    "3　设备配置\n\n3.1　典型配置\n\n单个标准节点的典型配置如下：\n\n服务器　8～16台，单台不少于64核、512\n\n"
    " GB内存\n\n存储　有效容量不少于200 TB，支持NVMe\n\n高速缓存\n\n交换机　2台，上联端口不低于100 \n\n"
    "Gbit/s\n\n安全设备　防火墙、入侵防御系统各1套\n\n配置可根据业务规模增减，但网络和安全\n\n设备应保持冗余。\n")


# seed 274 sw25_09 read by pdfplumber: a Latin face, every figure set off by spaces, a folio between rows
SPEC_SPACED_FIGURES = """3 设备配置
3.1 典型配置
单个标准节点的典型配置如下：
服务器 8 ～ 16 台，单台不少于 64 核、 512 GB 内存
存储 有效容量不少于 200 TB ，支持 NVMe 高速缓存
交换机 2 台，上联端口不低于 100 Gbit/s
— 2 —
安全设备 防火墙、入侵防御系统各 1 套
配置可根据业务规模增减，但网络和安全设备应保持冗余。
3.2 网络接入
节点应接入不少于 2 个运营商的传输网络，并与 5G 核心网的用
户面功能（ UPF ）就近对接，保证终端到节点的往返时延低于 10 ms 。
"""


def _row_blocks(doc):
    return [(type(b), block_text(b)) for a in doc.articles for b in a.blocks
            if block_text(b).startswith(ROWS)]


@pytest.mark.parametrize("text", [SPEC_PDFMINER, SPEC_PDFPLUMBER, SPEC_SPACED_FIGURES],
                         ids=["pdfminer", "pdfplumber", "pdfplumber-spaced-figures"])
def test_each_row_a_paragraph_of_its_own(clean, text):
    doc, _ = clean(text)
    rows = _row_blocks(doc)
    assert [kind for kind, _ in rows] == [Paragraph] * 4, rows
    assert [body.replace(" ", "").replace("\u3000", "")[:4] for _, body in rows] == \
        ["服务器8", "存储有效", "交换机2", "安全设备"]
    assert all(not isinstance(b, Heading) or not block_text(b).startswith(ROWS)
               for a in doc.articles for b in a.blocks)


def test_wrapped_rows_keep_their_tails(clean):
    doc, _ = clean(SPEC_WRAPPED)
    rows = dict((body.split("\u3000")[0], (kind, body)) for kind, body in _row_blocks(doc))
    assert rows["服务器"] == (Paragraph, "服务器　8～16台，单台不少于64核、512 GB内存")
    assert rows["存储"] == (Paragraph, "存储　有效容量不少于200 TB，支持NVMe高速缓存")
    assert rows["交换机"][0] is Paragraph and rows["交换机"][1].startswith("交换机　2台，上联端口不低于100")
    assert not any(isinstance(b, Heading) and block_text(b).startswith(ROWS)
                   for a in doc.articles for b in a.blocks)


@pytest.mark.parametrize("line", [
    "服务器　8～16台，单台不少于64核、512 GB内存",
    "安全设备 防火墙、入侵防御系统各1套",
    "交换机 2台，上联端口不低于100 Gbit/s",
    "存储 有效容量不少于 200 TB ，支持",
])
def test_spec_row_shape(line):
    from booklet.shapes import SPEC_ROW_RE   # (imported here: the cleaning tests above run on a tree without it)
    assert SPEC_ROW_RE.match(line)


@pytest.mark.parametrize("line", [
    "第一章　总则",                        # a numbered heading, no figure
    "专题一　5G网络建设，推进",             # a name holding its number
    "重点任务　5G网络建设",                  # a spaced title: no list's clause
    "总体目标　到2027年，建成5个示范区。",  # a run-in lead-in ends its sentence
    "今年 3 月，小区被列入区级改造",         # pdftotext's figures set off by spaces in prose
    "同比增长 5.9%，其中农村居民",           # a space before a figure a Latin sign closes
    "邓佳琪 11月25日，市政府新闻",           # a date is no measure
    "应急 演 练，巡 检记录 保存不 少于 3",    # a line set letter-spaced
])
def test_not_spec_rows(line):
    from booklet.shapes import SPEC_ROW_RE
    assert SPEC_ROW_RE.match(line) is None
