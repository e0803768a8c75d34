"""The cleaned-Markdown reader on hand-written input: taken as written, never reflowed."""

from __future__ import annotations

import pytest

from booklet.errors import InputError
from booklet.model import (Attribution, Bold, Caption, FootnoteRef, Heading, Note, Paragraph, Quote,
                           Separator, Text, block_text)
from booklet.readers import ReadOptions, read_source
from booklet.readers.markdown import parse_markdown

DESIGN_EXAMPLE = """---
title: 习近平：加强基础研究 实现高水平科技自立自强
origin: 求是网
date: 2023-02-21
---

# 习近平：加强基础研究 实现高水平科技自立自强

今天，中央政治局进行第三次集体学习，……

**第一，强化基础研究前瞻性、战略性、系统性布局。**基础研究处于……

## 小标题

> 引文段落

——在科学家座谈会上的讲话（2020年9月11日）

※这是习近平总书记2023年2月21日在二十届中央政治局第三次集体学习时的讲话。

正文中的脚注标记[^1]……

[^1]: 戚聿东，杜博.数字经济、高质量发展与推进中国式现代化[J].……
"""


def test_design_example_parses_into_every_block_kind():
    art = parse_markdown(DESIGN_EXAMPLE).articles[0]
    assert (art.title, art.origin, art.date) == ("习近平：加强基础研究 实现高水平科技自立自强", "求是网", "2023-02-21")
    kinds = [type(b) for b in art.blocks]
    assert kinds == [Paragraph, Paragraph, Heading, Quote, Attribution, Note, Paragraph]
    assert art.blocks[1].inlines[0] == Bold("第一，强化基础研究前瞻性、战略性、系统性布局。")
    assert art.blocks[-1].inlines[1] == FootnoteRef("1")
    assert block_text(art.footnotes[0]).startswith("戚聿东")


def test_several_titles_are_several_articles_and_kicker_pairs():
    doc = parse_markdown("# 材料1\n\n# 标题甲\n\n正文甲。\n\n# 标题乙\n\n正文乙。\n")
    assert [(a.kicker, a.title) for a in doc.articles] == [("材料1", "标题甲"), (None, "标题乙")]


def test_byline_source_line_top_and_end():
    doc = parse_markdown("# 标题\n\n习近平\n\n来源：《人民日报》（2024年06月25日02版）\n\n正文。\n\n"
                         "# 标题二\n\n正文二。\n\n来源 | 求是网\n")
    first, second = doc.articles
    assert (first.author, first.origin, first.date, first.source_at_end) == ("习近平", "《人民日报》", "2024-06-25", False)
    assert (second.source_line, second.source_at_end) == ("来源 | 求是网", True)
    assert [block_text(b) for b in second.blocks] == ["正文二。"]


def test_soft_breaks_join_cjk_without_space_and_keep_hard_breaks():
    art = parse_markdown("# 标题\n\n加强基础研究，是实现高水平科技自立自强的迫切\n要求。Latin words\nwrap here.\n\n"
                         "党委宣传部  \n2026年5月12日\n").articles[0]
    assert block_text(art.blocks[0]) == "加强基础研究，是实现高水平科技自立自强的迫切要求。Latin words wrap here."
    assert block_text(art.blocks[1]) == "党委宣传部\n2026年5月12日"


def test_text_is_taken_as_written_not_normalised():
    art = parse_markdown("# 标题\n\n2023 年 2 月 21 日,习近平主持会议\n").articles[0]
    assert block_text(art.blocks[0]) == "2023 年 2 月 21 日,习近平主持会议"


def test_caption_separator_and_escapes():
    art = parse_markdown("# 标题\n\n图为会场。新华社记者 姚大伟/摄\n\n* * *\n\n\\# 不是标题 \\*号\n").articles[0]
    assert isinstance(art.blocks[0], Caption) and isinstance(art.blocks[1], Separator)
    assert art.blocks[2] == Paragraph((Text("# 不是标题 *号"),), art.blocks[2].span)


def test_spans_are_markdown_line_numbers():
    art = parse_markdown("# 标题\n\n第一段。\n\n第二段第一行\n第二行。\n").articles[0]
    assert [b.span for b in art.blocks] == [(3, 3), (5, 6)]


def test_front_matter_errors_are_input_errors(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n\n正文。\n", encoding="utf-8")
    with pytest.raises(InputError, match="front matter"):
        read_source(path, ReadOptions())


def test_empty_markdown_file_is_an_input_error(tmp_path):
    path = tmp_path / "empty.md"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty file"):
        read_source(path, ReadOptions())


def test_front_matter_fills_missing_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: 前言标题\nauthor: 习近平\n---\n\n正文。\n", encoding="utf-8")
    art = read_source(path, ReadOptions()).document.articles[0]
    assert (art.title, art.author, art.provenance.path) == ("前言标题", "习近平", path)
