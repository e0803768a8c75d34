"""A trailing space that marks a block's end (issue 10, family 4): files saved from a real extraction
end each block with a space — after a sentence, and after a title, subtitle or byline that ends where
its words do, however wide (a headline in a newspaper column is set larger than the measure).  A viewer
that pads every line with one marks nothing."""

from __future__ import annotations

from booklet.clean.layout import study_layout
from booklet.clean.lines import to_lines
from booklet.clean.unwrap import group_lines
from booklet.readers.text import raw_lines

# dev news_page_county, daily_span_ruled, realstyle: the head of the page's first article as the
# extractor's text reads (a blank line after every line, a space after every block's last line).
COUNTY_HEAD = [
    ' 第 1 版  综合      江城日报  2026 年 11 月 20 日 ',
    '省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会',
    '上作出批示 ',
    '把园区建成现代农业的示范窗口 ',
    '——江城县农业科技园区建设纪实 ',
    '本报记者 何静怡 通讯员 吴志强 ',
    '深秋时节，走进江城县农业',
    '科技园区，智能温室里番茄挂满',
    '枝头，水肥一体化设备按照预设',
    '程序精准滴灌。园区管委会负责',
    '人告诉记者，园区已引进农业科',
    '技企业 43 家，建成各类科研平台',
    '17 个，去年实现总产值 58 亿元。 ',
    '“过去种地靠经验，现在靠',
    '数据。”种植大户老陈指着手机',
    '上的监测画面说，土壤湿度、光',
    '照、温度一目了然，哪块地该浇',
    '水、该施肥，系统都会提醒。 ',
    '园区智能温室内，技术人员正在查',
    '看番茄长势。 本报记者 何静怡/摄 ',
    '园区建设过程中，县里与省',
    '农科院、农业大学共建 3 个专家',
    '工作站，每年组织技术培训 60 余',
    '场次，带动周边农户 1.2 万户增',
    '收。下一步，园区将重点发展种',
    '业研发、智慧农业和农产品精深',
    '加工，力争三年内总产值突破百',
    '亿元。 ',
    '县城新增 3 条公',
    '交线路 ',
]


def _lines(texts: list[str]):
    return to_lines(raw_lines("\n\n".join(texts) + "\n", False))


def test_trailing_spaces_after_headline_lines_mark_block_ends():
    lines = _lines(COUNTY_HEAD)
    layout = study_layout(lines)
    assert layout.trail_marks_end
    groups = ["".join(ln.text for ln in g.lines).replace(" ", "") for g in group_lines(lines, layout)]  # (blocks, not spacing)
    # title (two lines, the second carries the mark), 主题, ——副题, byline, then the body's paragraphs
    assert groups[1:6] == [
        "省委主要负责同志致信祝贺江城县农业科技园区获批国家级园区并在全县乡村振兴工作推进会上作出批示",
        "把园区建成现代农业的示范窗口",
        "——江城县农业科技园区建设纪实",
        "本报记者何静怡通讯员吴志强",
        "深秋时节，走进江城县农业科技园区，智能温室里番茄挂满枝头，水肥一体化设备按照预设程序精准滴灌。"
        "园区管委会负责人告诉记者，园区已引进农业科技企业43家，建成各类科研平台17个，去年实现总产值58亿元。",
    ]


def test_a_trailing_space_on_every_line_marks_nothing():
    padded = [text.rstrip() + " " for text in COUNTY_HEAD]
    lines = _lines(padded)
    assert not study_layout(lines).trail_marks_end
