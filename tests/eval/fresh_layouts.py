"""The fresh page designs (issue 10's "second held-out set of new texts and layouts"): a third
split, made after the held-out one had been checked after every merge for many sessions, with
designs *and* parameters that neither ``layouts.py`` nor ``heldout_layouts.py`` uses (page sizes,
measures, leadings, gutters, margins, the wording and place of heads and feet, heading styles).

Do not read this file to tune a rule, and do not open the fresh cases: like the held-out set,
the fresh set is for aggregate figures only (``tests/eval/run.py --set fresh``).
"""

from __future__ import annotations

from layouts import MM, Layout

FRESH_LAYOUTS = (
    # A 对开 daily's inside page in three 17-character columns (the others' three-column pages set
    # 11–16), 1.8 em apart, no rule, no hung marks, leading 1.42: the lead's kicker, 2.5× headline,
    # subtitle and byline across all three columns; later items start mid-column under a hairline
    # with 1.35× headlines; the paper's name and section left, the date and edition right, no foot.
    Layout("fresh_daily_three", page=(320 * MM, 440 * MM), margins=(66, 58, 44, 44), measure=17,
           columns=3, gutter=1.8, leading=1.42, title_scale=2.5, later_title_scale=1.35,
           span_head=3, item_rule=True, header_odd=("东湖日报·综合新闻|2026年12月4日  星期五  第{n}版",),
           footer="", rotate=False),
    # A 学习参考 bulletin in two 23-character columns 2.6 em apart, marks hung, leading 1.55, headings
    # 1.12× in the body face, the title group in the first column, later items' headlines 1.2×;
    # the bulletin's name on odd pages and its issue on even ones, the page number at the foot's
    # outer corner as 「第N页」.
    Layout("fresh_two_col_bulletin", page=(203 * MM, 276 * MM), margins=(62, 58, 48, 48),
           measure=23, columns=2, gutter=2.6, hanging=True, leading=1.55, heading_style="larger",
           heading_scale=1.12, title_scale=1.7, later_title_scale=1.2, header_odd=("学习参考",),
           header_even=("2026年第24期  总第318期",), footer="第{n}页", footer_outer=True, rotate=False),
    # A 公文 page on A4 at GB/T 9704 margins drawn a millimetre wider (38/36/29/27 mm), 26
    # characters to the line (a 3号 face on a narrower block), leading 1.92, 黑体 一、 and 楷体
    # （一） headings, a 1.45× 小标宋-style title, 「- N -」 (typed hyphens, as Word-made 公文 often
    # have them) at the outer corner, no head.
    Layout("fresh_gongwen_a4", margins=(38 * MM, 36 * MM, 29 * MM, 27 * MM), measure=26,
           leading=1.92, title_scale=1.45, heading_style="hei", footer="- {n} -",
           footer_outer=True, rotate=False),
    # A 小16开 book (150 × 220 mm) in 宋体 at 26 characters, leading 1.62: the chapter's title in the
    # odd head and the book's name in the even head, each over a rule with the page number at its
    # outer end; no foot; footnotes numbered afresh on every page, set at 0.78 of the body.
    Layout("fresh_book_odd_even", page=(150 * MM, 220 * MM), margins=(60, 54, 52, 44), measure=26,
           leading=1.62, title_scale=1.35, heading_style="hei", header_odd=("{title}|{n}",),
           header_even=("{n}|基层治理十讲",), header_rule=True, footer="", note_scale=0.78,
           notes_restart=True, rotate=False),
    # A 口袋书 at a 16-character measure (115 × 170 mm), leading 1.72, headings in synthetic bold,
    # centred, the page number in the middle of the foot in square brackets as Word's and WPS's
    # 「括号」 page-number style sets it (「[N]」), a one-word head from page 2.
    Layout("fresh_pocket_16", page=(115 * MM, 170 * MM), margins=(40, 40, 38, 34), measure=16,
           leading=1.72, heading_style="bold", centre_headings=True, title_scale=1.25,
           header_odd=("党员学习口袋书",), header_on_first=False, footer="[{n}]", rotate=False),
    # A Word report on A4 at 35 characters, leading 1.52: a two-line head (the office and its
    # marking, then the series left and the issue right) over a rule, 「第 N 页，共 M 页」 at the
    # foot, bold headings 1.1×, digits and Latin words in a Latin face.
    Layout("fresh_report_two_head", margins=(86, 80, 72, 72), measure=35, leading=1.52,
           heading_style="bold", heading_scale=1.1, title_scale=1.3, latin_font=True,
           header_odd=("江城市数据资源管理局  内部资料", "数据工作专报|2026年第9期"), header_rule=True,
           footer="第 {n} 页，共 {m} 页", rotate=False),
    # A WPS document on B5 in block paragraphs: no indent, half a line between paragraphs, leading
    # 1.46, 黑体-faced headings 1.15× with more space above than below, the document's title left and
    # the page right in the head.
    Layout("fresh_b5_block_hei", page=(176 * MM, 250 * MM), margins=(64, 60, 56, 56), measure=30,
           leading=1.46, indent=0.0, para_space=0.5, heading_style="larger", heading_face="hei",
           heading_scale=1.15, heading_space=(0.7, 0.2), title_scale=1.5,
           header_odd=("{title}|{n}",), footer="", rotate=False),
)
