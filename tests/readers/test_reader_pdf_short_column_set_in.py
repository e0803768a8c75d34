"""The PDF reader on a page whose second column holds only a text's end beside the first column's head
(daily78): the short column's lines set in from its edge are its lines too.

Where no valley shows, a short second column is found from the rows that go on past the first column's
edge a gutter's width on (``gutters._short_second_column``); a row whose piece past the edge stands
beside a body-size line ending short of the edge is one of them when the piece starts where the
column's lines do (``_opens_beside``, daily77).  A short column of a few lines holds as many lines set
in as flush with its edge — a paragraph's first line two ems in (「谢谢大家给我这个机会。」), a note
centred (「（本书编写组）」) — and counted only at the edge those rows stood between the column's rows
as rows across the page: the page got no gutter, and the short column was read row by row into the
first column's head and opening lines (「11月下旬，县委宣传部召开庭，现在每次都有二十多个。」).  A piece
set in from the column's start by an indent at most is the column's line (``_in_short_column``).

The PDFs are the heading sweep's own pages (``tests/eval/heading_sweep.py --kind news --columns 3
--only direct``: seed 236 design nw54_05, seed 237 design nw54_06; dev texts, pages drawn after the
rules were written), copied into ``tests/data/pdf``.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def symposium(pdf_page_lines) -> list[str]:
    # speeches' excerpts under a head across the page, the last speech's end at the second column's top
    return pdf_page_lines("symposium_speeches_excerpts__s236_nw54_05.pdf")


@pytest.fixture(scope="module")
def reader(pdf_page_lines) -> list[str]:
    # a reader's parts under its title, the last part's end at the second column's top beside the part's heads
    return pdf_page_lines("reader_parts_documents__s237_nw54_06.pdf")


def test_the_opening_is_read_whole_before_the_short_column(symposium):
    at = symposium.index
    assert at("11月下旬，县委宣传部召开") + 1 == at("全县农家书屋提质增效座谈会，部") \
        < at("登如下。") < at("周海林（柳湾镇党委副书记）：")


def test_the_short_column_ends_the_text(symposium):
    at = symposium.index
    assert at("周海林（柳湾镇党委副书记）：") < at("庭，现在每次都有二十多个。") < at("谢谢大家给我这个机会。") \
        < at("（发言内容经本人审阅，刊发") < at("时有删节）")
    assert symposium[-1].startswith("县委宣传部宣教科")


def test_the_parts_heads_are_read_whole_before_the_short_column(reader):
    at = reader.index
    assert at("乡村治理学习读本（节选）") < at("第一部分") < at("总体要求和基本原则") \
        < at("一、深刻认识加强和改进乡村治") < at("理对推进乡村全面振兴的重要意义") < at("乡村治理是国家治理的基石。村")
    assert at("乡村治理是国家治理的基石。村") < at("由红白理事会负责监督落实。") < at("意见还要求，党员干部要带头执") \
        < at("行，不得变相突破村里定下的标准。") < at("（本书编写组）")


def test_a_signature_set_right_in_the_short_column_leaves_it_whole(pdf_page_lines):
    # the guard: the short column ends on its issuers and date set right; the longer unit's line starts
    # four ems in, within an indent's reach but not where a paragraph's first line does (seed 226, nw54_08;
    # read across with 「一、购物消费」 by the first version, which took any start within the reach)
    lines = pdf_page_lines("qa_law_consumer_rights__s226_nw54_08.pdf")
    at = lines.index
    assert at("编写了这份问答。") + 1 == at("一、购物消费") < at("损害以及义务人之日起计算。") \
        < at("青禾县司法局") < at("青禾县市场监督管理局") < at("2026年11月")
