"""Paragraph boundaries in single-column designs (issue 10): join or break, found on dev texts.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of the harness designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Paragraph, block_text


def paragraphs(doc):
    return [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]


# dev text guide_office_system_ops, design a5_no_indent_larger (no paragraph indent, 23 characters),
# pdftotext: a FAQ whose rows are 「problem：remedy。」, the third as wide as the measure
GUIDE_FAQ = """发文办理分为拟稿、核稿、签发、编号、用印、分发
六个环节。各环节操作要点如下：
（1）拟稿：使用系统内置的公文模板，不得自行修
改版头、字体和页边距；
（2）核稿：核稿人应重点检查文种、主送机关、附
件说明和印发日期；
（3）签发：签发人在手机端或电脑端均可签批，签
批后不可撤回；
（4）编号：由办公室统一编号，系统自动生成发文
字号；
（5）用印：电子印章仅限本单位授权人员使用；
（6）分发：选择分发范围后点击“发送”，系统记
录每个单位的签收时间。

五、常见问题
页面显示空白：清除浏览器缓存后重试。
附件无法打开：安装版式文件阅读器。
证书无法识别：重新插拔UKey或更换USB接口。
待办数量不更新：按F5刷新页面。
打印格式错乱：使用“导出版式文件”后再打印。
"""


def test_row_after_a_full_row_of_the_same_shape_starts_a_block(clean):
    doc, _ = clean(GUIDE_FAQ)
    rows = paragraphs(doc)[-5:]
    assert rows == ["页面显示空白：清除浏览器缓存后重试。", "附件无法打开：安装版式文件阅读器。",
                    "证书无法识别：重新插拔UKey或更换USB接口。", "待办数量不更新：按F5刷新页面。",
                    "打印格式错乱：使用“导出版式文件”后再打印。"]

