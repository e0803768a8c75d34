"""The held-out page designs: other designs *and* other parameters than the dev set's
(``layouts.py``), so that a rule tuned on the dev designs meets new numbers here.

Do not read this file to tune a rule, and do not open the held-out cases: the held-out set is
for aggregate figures only (``tests/eval/run.py --set heldout``).
"""

from __future__ import annotations

from layouts import A4, A5, B5, LETTERISH, MM, Layout

HELDOUT_LAYOUTS = (
    Layout("gongwen_tight", margins=(35 * MM, 33 * MM, 27 * MM, 25 * MM), measure=27, leading=1.75,
           title_scale=1.4, footer="－ {n} －", footer_outer=True, header_odd=("内部资料  注意保存",)),
    Layout("word_report_b", page=LETTERISH, margins=(80, 70, 80, 80), measure=29, leading=1.45,
           header_odd=("中共××县委组织部", "组工信息|2026年6月"), header_rule=True,
           footer="第{n}页/共{m}页", latin_font=True, heading_style="bold", centre_headings=True),
    Layout("three_columns_news", page=(300 * MM, 420 * MM), margins=(70, 60, 40, 40), measure=14,
           leading=1.3, columns=3, hanging=True, title_scale=2.0, gutter=1.5,
           header_odd=("2026年6月18日  星期四|第 {n} 版",), footer=""),
    Layout("b5_book_even_odd", page=B5, margins=(58, 56, 62, 46), measure=27, leading=1.7,
           header_odd=("{title}",), header_even=("新时代理论学习丛书",), footer="{n}",
           footer_outer=True, title_scale=1.5, notes_restart=True, heading_style="hei"),
    Layout("narrow_18_kai", page=(130 * MM, 190 * MM), margins=(46, 46, 40, 34), measure=18,
           leading=1.55, footer="{n}", body_face="kai", header_odd=("读书札记",),
           header_on_first=False),
    Layout("bold_only_wide", page=A4, margins=(64, 64, 64, 64), measure=40, leading=1.35,
           heading_style="bold", title_scale=1.0, footer="— {n} —", indent=2.0, latin_font=True),
    Layout("larger_kai_headings", page=A5, margins=(50, 50, 44, 44), measure=25, leading=1.5,
           heading_style="larger", heading_scale=1.08, title_scale=1.2, indent=0.0, para_space=0.6,
           footer="第 {n} 页", header_odd=("学习材料汇编|2026年6月",)),
)
