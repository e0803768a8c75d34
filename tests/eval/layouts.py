"""Page designs for the harness: the typographic habits of the PDFs users bring.

Every number here is a parameter of a real habit (GB/T 9704 公文, Word reports, newspaper pages,
B5/A5 books); the dev and held-out sets use different designs *and* different parameters, so that
a rule tuned on the dev designs meets new numbers on the held-out ones.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
A5 = (148 * MM, 210 * MM)
B5 = (176 * MM, 250 * MM)
LETTERISH = (200 * MM, 280 * MM)


@dataclass(frozen=True)
class Layout:
    """One page design.

    ``measure`` is characters per line (the font size follows from the text width);
    ``header_odd``/``header_even`` are running-head lines (``{title}`` is the document's title,
    ``{n}``/``{m}`` page and page count), a ``|`` splits one line into a left and a right part;
    ``footer`` is the page-number line; ``heading_style`` says how headings differ from the body:
    ``hei`` (a 黑体 face), ``bold`` (synthetic bold of the body face, as Word makes it), or
    ``larger`` (the body face half a point larger); ``heading_face``, when set, is the face the
    headings are set in whatever the style (a 楷体 or 黑体 heading over a 宋体 body); a design with
    ``rotate`` off sets only the texts that name it (a newspaper page fits news, not a 公文);
    ``span_head`` (a page in columns): the headline group that opens the document (kicker, title,
    subtitle, byline) is set across that many columns at the top of the first page, the columns it
    spans starting below it and the others at the top, as a newspaper sets its lead story;
    ``column_rule`` draws a thin rule down the middle of each gutter.
    """

    name: str
    page: tuple[float, float] = A4
    margins: tuple[float, float, float, float] = (72.0, 72.0, 72.0, 72.0)  # top, bottom, inner, outer
    measure: int = 30
    leading: float = 1.5
    indent: float = 2.0
    para_space: float = 0.0
    columns: int = 1
    gutter: float = 2.0  # em
    hanging: bool = False
    justify: bool = True
    title_scale: float = 1.5
    heading_scale: float = 1.0
    heading_style: str = "hei"
    centre_headings: bool = False
    header_odd: tuple[str, ...] = ()
    header_even: tuple[str, ...] | None = None
    header_rule: bool = False
    header_on_first: bool = True
    # (onepage64) Word's "different first page": the head the first page prints instead of
    # ``header_odd`` (None: the running head, as ``header_on_first`` says) — a head printed once
    header_first: tuple[str, ...] | None = None
    # (bull67) how the text's own 报头 (its ``masthead`` name, ``docno`` issue and 编发 ``byline``) is
    # set, beyond the name centred over the issue over the 编发 line: "beside", the issue on the name's
    # row at the measure's right end (「简报」 … 「第15期」); "spaced", the name spaced out (「简　报」);
    # "row", the 编发 line as one row with the office at the left end and the day at the right (a
    # 报头's date-and-office row); "red_unit", the first page's head (``header_first``, the unit) in
    # red.  The gold is unchanged (the harness sweep draws "no_byline" and "dated_issue", which change
    # the document itself, in ``heading_sweep.masthead_doc``).
    masthead_shape: frozenset[str] = frozenset()
    footer: str = "{n}"
    footer_outer: bool = False
    note_scale: float = 0.8
    notes_restart: bool = False
    # (brack66) how a note's marker is printed, in the text (raised) and at the note's start:
    # "circled" (①) or "bracket" (「[1]」, as books numbering many notes print them — a Latin
    # run of three characters an extractor may cut off, space or lower onto the line)
    note_marks: str = "circled"
    latin_font: bool = False
    body_face: str = "ming"
    heading_face: str | None = None
    rotate: bool = True
    span_head: int = 0
    column_rule: bool = False
    # (sweep25) heading habits the designs above share: ``heading_indent`` (em) sets a left-aligned
    # heading in by its own amount (None: like the paragraphs — 0 sets it flush at the margin over
    # indented paragraphs, as Word's heading styles do); ``heading_space`` (before, after) in lines,
    # None: the paragraphs' own space before and none after.
    heading_indent: float | None = None
    heading_space: tuple[float, float] | None = None
    # (texts29) habits of pages in columns the designs above lack: ``span_kinds``, the block kinds
    # the opening group spanning ``span_head`` columns may hold (None: typeset.SPAN_KINDS, the
    # headline group; a journal also spans its abstract, keywords and fund note, up to the first
    # section heading); ``box_kinds``, kinds set in a ruled frame inset from the column (a 相关链接 or
    # 短评 box); ``picture_lines``, the height in body lines of a picture set above every caption
    # (a frame the width of the column: the extractors read no text from it).
    span_kinds: frozenset[str] | None = None
    box_kinds: frozenset[str] = frozenset()
    picture_lines: float = 0.0
    # (design34) habits of news pages the designs above lack: ``item_rule``, a hairline across the
    # column above every item after the first (papers part the stories set in one column so);
    # ``caption_span``, the columns a picture and its caption stand across (the columns beside it
    # run round them: the next column's text stops above the picture and goes on under the
    # caption); ``column_units``, the grid columns each column of the flow takes (``(2, 1)``: a wide
    # column over two grid columns and a narrow one, the 宽窄栏 of a 简报; empty: one each);
    # ``lead_alone``, the first item keeps its column to itself, the second starting the next one
    # (a lead story in the wide column, the briefs in the narrow one).
    item_rule: bool = False
    caption_span: int = 1
    column_units: tuple[int, ...] = ()
    lead_alone: bool = False
    # ``later_title_scale``: the headline of every item after the first at this scale (0: at
    # ``title_scale``): a paper sets its lead's headline large and the others' smaller.
    later_title_scale: float = 0.0

    @property
    def text_width(self) -> float:
        """Width of the text block in points."""
        return self.page[0] - self.margins[2] - self.margins[3]

    @property
    def size(self) -> float:
        """Body font size (pt) that sets ``measure`` characters per column line."""
        return self.text_width / (self.columns * self.measure + (self.columns - 1) * self.gutter)

    @property
    def column_width(self) -> float:
        """Width of one column in points."""
        return self.measure * self.size

    @property
    def flow_columns(self) -> int:
        """Columns the text flows through on a page (fewer than ``columns`` when some are wide)."""
        return len(self.column_units) if self.column_units else self.columns

    def units(self, column: int) -> int:
        """Grid columns the flow's column ``column`` takes."""
        return self.column_units[column] if self.column_units else 1

    def span_width(self, columns: int) -> float:
        """Width of ``columns`` adjacent columns and the gutters between them, in points."""
        return columns * self.column_width + (columns - 1) * self.gutter * self.size


GONGWEN_MARGINS = (37 * MM, 35 * MM, 28 * MM, 26 * MM)

DEV_LAYOUTS = (
    Layout("gongwen", margins=GONGWEN_MARGINS, measure=28, leading=1.81, title_scale=1.375,
           footer="— {n} —", footer_outer=True, body_face="ming"),
    Layout("word_report", margins=(72, 72, 90, 90), measure=32, leading=1.5,
           header_odd=("××市科学技术局办公室", "工作简报|2026年第5期"), header_rule=True,
           footer="第 {n} 页 共 {m} 页", latin_font=True, heading_style="bold"),
    Layout("two_columns_hanging", margins=(60, 60, 50, 50), measure=19, leading=1.35, columns=2,
           hanging=True, title_scale=1.6, header_odd=("理论周刊|2026年5月12日  星期二",),
           footer="{n}", para_space=0.0),
    Layout("chapter_footnotes", page=B5, margins=(62, 60, 58, 50), measure=30, leading=1.6,
           header_odd=("{title}",), header_even=("科技创新与区域发展",), footer="·{n}·",
           footer_outer=True, title_scale=1.4, heading_style="hei"),
    Layout("a5_book", page=A5, margins=(52, 50, 46, 40), measure=24, leading=1.55,
           header_odd=("{title}",), header_even=("理论学习读本",), footer="{n}", footer_outer=True,
           title_scale=1.3),
    Layout("narrow_20", page=A5, margins=(50, 50, 72, 72), measure=20, leading=1.6,
           footer="- {n} -", header_odd=("学习参考",)),
    Layout("bold_only", measure=34, leading=1.45, heading_style="bold", title_scale=1.0,
           indent=2.0, footer="{n} / {m}", header_odd=("党委宣传部 编|2026年第3期",)),
    Layout("larger_headings", measure=36, leading=1.4, heading_style="larger", heading_scale=1.05,
           title_scale=1.15, indent=0.0, para_space=0.5, footer="{n}",
           header_odd=("专题学习资料",), latin_font=True),
    # Added for the generalisation work (issue 10): designs no cleaner rule was written from.
    # WPS report with block paragraphs: no indent, a blank line between paragraphs, date-only
    # header part, page number as 第N页.
    Layout("wps_block_para", margins=(80, 76, 80, 80), measure=33, leading=1.6, indent=0.0,
           para_space=1.0, heading_scale=1.1, title_scale=1.6,
           header_odd=("江城市发展和改革委员会|2026年11月",), footer="第{n}页"),
    # 16开 academic book: page number in the running head (outer side), no footer at all.
    Layout("academic_16k", page=(185 * MM, 260 * MM), margins=(66, 62, 60, 52), measure=36,
           leading=1.55, title_scale=1.35, header_odd=("{title}|{n}",),
           header_even=("{n}|当代区域发展研究",), footer="", note_scale=0.75),
    # 大32开 popular book in 楷体, headings bold and centred, no head on the first page.
    Layout("kai_centred_bold", page=(140 * MM, 203 * MM), margins=(48, 48, 42, 38), measure=22,
           leading=1.65, body_face="kai", heading_style="bold", centre_headings=True,
           title_scale=1.25, header_odd=("{title}",), header_on_first=False, footer="{n}",
           footer_outer=True),
    # A society bulletin in two columns, no hanging punctuation, a wide gutter and a two-line
    # header band (second line in two parts).
    Layout("two_columns_plain", margins=(64, 60, 56, 56), measure=21, columns=2, gutter=3.0,
           leading=1.45, heading_style="larger", heading_scale=1.1, latin_font=True,
           header_odd=("科技工作动态", "2026年第11期|江城市科学技术协会"), header_rule=True,
           footer="— {n} —"),
    # Word document on narrow margins: a 42-character measure, tight leading, bold headings.
    Layout("wide_tight", margins=(54, 54, 54, 54), measure=42, leading=1.25, heading_style="bold",
           title_scale=1.2, footer="{n}/{m}", latin_font=True),
    # A tabloid page in three narrow columns (13 characters), no hanging punctuation, the page's
    # edition and section in the head, no footer.
    Layout("tabloid_three_columns", page=(265 * MM, 380 * MM), margins=(62, 56, 36, 36), measure=13,
           columns=3, gutter=2.0, leading=1.35, title_scale=1.8, header_odd=("第{n}版|要闻",),
           footer=""),
    # An A5 booklet from WPS: no first-line indent, a little space between paragraphs, headings
    # only slightly larger than the body.
    Layout("a5_no_indent_larger", page=A5, margins=(48, 48, 40, 40), measure=23, leading=1.5,
           indent=0.0, para_space=0.4, heading_style="larger", heading_scale=1.06, title_scale=1.25,
           footer="· {n} ·"),
    # A research report in Word: bold headings on a 38-character measure, a one-word head.
    Layout("bold_wide_plain", margins=(60, 60, 70, 70), measure=38, leading=1.5, heading_style="bold",
           title_scale=1.1, header_odd=("调研报告",), footer="{n}"),
    # Added for the narrow-measure work (issue 10, families 4, 5, 8): pocket booklets whose
    # headings are set larger than the body in another face, so that a heading wraps onto two
    # lines each shorter (in characters) than the body's measure.
    # A 小32开 study handbook: a 17-character measure, headings in 黑体 at 1.2×, no head on page 1.
    Layout("pocket_17_hei", page=(120 * MM, 178 * MM), margins=(44, 44, 38, 32), measure=17,
           leading=1.55, heading_style="hei", heading_scale=1.2, title_scale=1.35,
           header_odd=("学习手册",), header_on_first=False, footer="{n}", footer_outer=True),
    # An A6 leaflet: few lines a page, no first-line indent (space before paragraphs only),
    # headings in 楷体 at 1.25× and centred over a 宋体 body, a 19-character measure.
    Layout("a6_kai_heads_centred", page=(105 * MM, 148 * MM), margins=(36, 36, 30, 30), measure=19,
           leading=1.45, indent=0.0, para_space=0.5, heading_style="larger", heading_face="kai",
           heading_scale=1.25, centre_headings=True, title_scale=1.4, footer="— {n} —"),
    # A 64开 reader in 楷体 with 黑体 headings at 1.15×, set in like the paragraphs: a
    # 16-character measure, odd/even running heads.
    Layout("kai_16_hei_heads", page=(110 * MM, 160 * MM), margins=(40, 40, 34, 30), measure=16,
           leading=1.6, body_face="kai", heading_style="hei", heading_scale=1.15, title_scale=1.3,
           header_odd=("{title}",), header_even=("读书会材料",), footer="{n}"),
    # Added for the newdev work (issue 10, second held-out set): headings told apart by face alone.
    # A 32开 book: headings in 黑体 at the body's size, centred, odd/even heads, the number outside.
    Layout("book32_hei_centred", page=(130 * MM, 184 * MM), margins=(50, 48, 44, 38), measure=24,
           leading=1.6, heading_style="hei", heading_scale=1.0, centre_headings=True,
           title_scale=1.3, header_odd=("{title}",), header_even=("机关读书会文丛",), footer="{n}",
           footer_outer=True),
    # A 公文 whose headings are 楷体 at the body's size, set in like paragraphs, page numbers
    # as —3— with no spaces on the outer side, a 29-character measure.
    Layout("gongwen_kai_heads", margins=(36 * MM, 34 * MM, 28 * MM, 26 * MM), measure=29,
           leading=1.78, heading_style="larger", heading_scale=1.0, heading_face="kai",
           title_scale=1.4, footer="—{n}—", footer_outer=True),
    # Added for the three-column work (issue 10, family 1): a news page whose three 12-character
    # columns stand one em apart with punctuation hung in the gutter, so that at many rows the
    # columns' glyphs nearly touch and extractors that build lines from glyph gaps (pdftotext
    # plain, pdfminer) merge the columns' lines into one row; tight leading, a tall headline.
    Layout("news_three_tight", page=(240 * MM, 340 * MM), margins=(58, 52, 34, 34), measure=12,
           columns=3, gutter=1.0, hanging=True, leading=1.25, title_scale=2.2,
           header_odd=("要闻|第{n}版  2026年9月8日",), footer="", rotate=False),
    # Added for the all-texts three-column work (issue 10, family 1): a 4开 内刊 theory page that
    # sets every kind of text (speeches, notices, essays) in three 16-character columns, 1.75 em
    # apart, punctuation hung into the gutter, a 2.4× headline, a one-line head with the issue and
    # date, no footer; a short text fills less than a page and leaves its last column short.  Set for
    # the texts that name it (a notice, an essay, an appeal, a speech): in the rotation it would move
    # every gold document to another design.
    Layout("neikan_three_all", page=(270 * MM, 390 * MM), margins=(64, 58, 46, 42), measure=16,
           columns=3, gutter=1.75, hanging=True, leading=1.45, title_scale=2.4,
           header_odd=("理论学习|第{n}版  2026年10月15日  星期四",), footer="", rotate=False),
    # Added for the column-design work (issue 10, cols12): column pages whose parameters differ from
    # the three-column designs above in the ways real pages do.  Set for the texts that name them.
    # A daily's news page: the lead story's kicker, 2.0× headline, subtitle and byline set across all
    # three 14-character columns, the columns under it; a gutter of only 0.8 em with a thin rule down
    # its middle (dailies save width with a rule in a narrow gutter), no hanging punctuation, tight
    # 1.2 leading, the edition, section and date in the head, no footer.
    Layout("daily_span_ruled", page=(250 * MM, 350 * MM), margins=(60, 54, 40, 40), measure=14,
           columns=3, gutter=0.8, column_rule=True, leading=1.2, title_scale=2.0, span_head=3,
           header_odd=("第{n}版  综合|江城日报  2026年11月20日",), footer="", rotate=False),
    # A weekly's feature page: a 2.6× headline over the first two of three 15-character columns,
    # the third column starting at the top beside it; a 1.5 em gutter without a rule, punctuation
    # hung in it, open 1.5 leading, a date head and the page number at the foot.
    Layout("weekly_two_of_three", page=(260 * MM, 370 * MM), margins=(62, 56, 44, 44), measure=15,
           columns=3, gutter=1.5, hanging=True, leading=1.5, title_scale=2.6, span_head=2,
           header_odd=("2026年11月27日  星期五|文化周刊",), footer="{n}", rotate=False),
    # A county 内刊 in small format: three 11-character columns 1.2 em apart with a rule between
    # them, punctuation hung, 1.35 leading, a 1.8× headline across the three columns, the issue in a
    # one-part head and the page number in the outer corner of the foot.
    Layout("neikan_narrow_ruled", page=(190 * MM, 270 * MM), margins=(50, 46, 32, 30), measure=11,
           columns=3, gutter=1.2, column_rule=True, hanging=True, leading=1.35, title_scale=1.8,
           span_head=3, header_odd=("江城通讯  2026年第22期",), footer="{n}", footer_outer=True,
           rotate=False),
    # (sweep17) a feature page at open leading: three 16-character columns
    # 1.5 em apart, marks hung, leading 1.7 (the gap between lines over half a line: pdfminer makes
    # every line a box of its own), a 2.2× headline in one column, a one-line head.
    Layout("open_leaded_three", page=(250 * MM, 350 * MM), margins=(60, 54, 40, 40), measure=16,
           columns=3, gutter=1.5, hanging=True, leading=1.7, title_scale=2.2,
           header_odd=("第{n}版  专题|2026年12月1日",), footer="", rotate=False),
    # (sweep20) a two-column 内刊/bulletin page at the open leading of ordinary one-column documents:
    # two 20-character columns 2 em apart, leading 1.75 (the dev two-column designs sit at 1.35 and
    # 1.45; above 1.5 the gap between lines is over half a line, so pdfminer makes every line a box
    # of its own and reads the page's boxes out of order, and plain pdftotext alternates the two
    # columns' lines a few at a time), no hung marks, 黑体 headings 1.1×, the title in the head,
    # 第N页 at the foot.  Set for the texts that name it (a 通报, an essay with notes, a report with
    # bold headings, a story).
    Layout("two_columns_open", margins=(70, 64, 56, 56), measure=20, columns=2, gutter=2.0,
           leading=1.75, heading_style="hei", heading_scale=1.1, title_scale=1.5,
           header_odd=("{title}",), footer="第{n}页", rotate=False),
    # (dialog21, from sweep20's sw2004) a B5 story page at a wide measure: 38 characters, leading
    # 1.48, the title and page number in the running head, 第N页 共M页 at the foot, 楷体 headings
    # centred at body size.  In dialogue most paragraphs are one short line, so at this measure few
    # lines run on (4 in 38 for the story) and the file was read as one paragraph a line — every PDF
    # extractor's text came out as one paragraph.  Set for the texts of short dialogue turns (the
    # story, 《故乡》, the 访谈).
    Layout("dialogue_wide", page=B5, margins=(81, 82, 36, 30), measure=38, leading=1.48,
           centre_headings=True, heading_face="kai", title_scale=1.0, note_scale=0.75,
           header_odd=("{title}|{n}",), footer="第{n}页 共{m}页", footer_outer=True, rotate=False),
    # (latin21, from sweep20's sw2035) a one-column B5 Word document in 楷体 with its digits and Latin
    # words in a Latin face (Word's Times New Roman beside a Chinese face): pypdf ends a line at every
    # change of font, so a clause number and the ideographic space after it come apart (「4.1」 /
    # 「　选址」), and so do dates and counts (「2026」 / 「年」); open leading 1.76, larger centred
    # headings, a rule under an empty head, the page number alone at the foot.  Set for the texts
    # that name it (a local standard, a data-sharing guideline, a library regulation, a one-page brief).
    Layout("word_latin_kai", page=B5, margins=(58, 58, 53, 57), measure=25, leading=1.76,
           title_scale=1.27, heading_style="larger", centre_headings=True, header_rule=True,
           header_on_first=False, footer="{n}", latin_font=True, body_face="kai", rotate=False),
    # (onecol21, from sweep20's one-column sweep) a news page set in ONE column, as a county office
    # reprints a paper's items in its A5 bulletin: 22 characters to the line (a column's width: the
    # dev news texts otherwise get only column designs), digits in a Latin face (extractors set them
    # apart by spaces: ``开课 260 多场``), the first item's title with the page number as the head on
    # every page from the first, —N— at the foot, 黑体 heads, a 1.6× title.  Set for the news texts
    # that name it (a culture page, a county page, briefs, a science page).
    Layout("news_one_column_a5", page=A5, margins=(64, 72, 62, 62), measure=22, leading=1.35,
           title_scale=1.6, heading_style="hei", header_odd=("{title}|{n}",), footer="—{n}—",
           latin_font=True, rotate=False),
    # (heads21) a pocket reader on an 18-character measure with its headings in 楷体 at 1.1× over a
    # 宋体 body, set in like the paragraphs: a heading of 15 characters or more fills its line or
    # wraps onto a second one, and a shorter one of two phrases (「坚持人才引领，优化创新生态」) falls
    # within the slack of a line cut inside a sentence, so "a short line ends its block" does not
    # cut it from the paragraph under it.  Set for the texts that name it (an outline lecture, a report,
    # a notice, a county speech).
    Layout("pocket_18_kai_heads", page=(125 * MM, 180 * MM), margins=(44, 42, 40, 36), measure=18,
           leading=1.6, heading_style="larger", heading_face="kai", heading_scale=1.1, title_scale=1.3,
           header_odd=("{title}",), footer="{n}", rotate=False),
    # (narrow22) a 64开 pocket reader on a 19-character measure that hangs its line-end marks past
    # the measure (行尾悬挂) and sets its 楷体 小标题 at the body size, set in like the paragraphs: a
    # paragraph's first line ending in a hung comma runs one em past a first line's width, and a
    # heading stopping two em short of a first line's room sits just inside a cut line's slack.
    # Set for the texts that name it (a study essay, a report, a notice).
    Layout("pocket_19_hung", page=(105 * MM, 150 * MM), margins=(37, 35, 42.5, 42.5), measure=19,
           leading=1.67, para_space=0.3, hanging=True, heading_style="larger", heading_face="kai",
           heading_scale=1.0, title_scale=1.3, footer="{n}", rotate=False),
    # (heads24) a 64开 pocket reader on an 18-character measure whose 黑体-style 楷体 小标题 are set 1.28×
    # and set in like the paragraphs: a heading of more than twelve characters wraps, its first line
    # set in, its rest from the margin and so wider; a 问答's numbered questions end their rest on ？.
    # Set for the texts that name it (an implementation plan, a policy Q&A).
    Layout("pocket_18_set_in_heads", page=(105 * MM, 150 * MM), margins=(36, 49, 42, 42), measure=18,
           leading=1.58, heading_style="hei", heading_face="kai", heading_scale=1.28, title_scale=1.42,
           header_odd=("{title}",), footer="- {n} -", rotate=False),
    # (sweep25, from the heading sweep's sw25_35) a Word report on A4 at a wide 40-character measure,
    # ragged right with hung marks, open leading 1.8, its 小标题 in synthetic bold at the body size,
    # centred, 0.3 line above: a short report whose paragraphs have two lines each has more headings
    # than lines the measure cut, and every extractor's text was read as one paragraph a line (the
    # headings run into the paragraphs above).  Set for the texts that name it (a report with bold
    # headings, an implementation plan, a regulation in sections, a local standard).
    Layout("wide_40_bold_centred", margins=(76, 76, 79, 79), measure=40, leading=1.8, hanging=True,
           justify=False, title_scale=1.4, heading_style="bold", centre_headings=True,
           heading_space=(0.3, 0.0), footer="第{n}页", rotate=False),
    # (texts26) three designs no cleaner rule was written from, each a habit real publications have
    # and the designs above lack.  Set for the texts that name them (rotate=False: no old case moves).
    # A 16开 office report: numbered 小标题 in 黑体 at the body's size set FLUSH at the margin over
    # paragraphs indented two em (Word's heading style, heading_indent 0), a tight 1.25 leading, no
    # running head, 「- 3 -」 centred at the foot.  A heading differs from a paragraph's first line by
    # its face and its missing indent only.
    Layout("report16_flush_hei", page=(185 * MM, 260 * MM), margins=(68, 64, 62, 62), measure=31,
           leading=1.25, heading_style="hei", heading_scale=1.0, heading_indent=0.0,
           title_scale=1.5, footer="- {n} -", rotate=False),
    # A 简报 in two columns with a ruled gutter: the title group (kicker, title, subtitle, byline) set
    # across both 19-character columns at the top of the first page, the columns under it (a text that
    # opens with its own masthead and 期号 line sets them in the first column, which ends the span, as
    # typeset.SPAN_KINDS has it); from page 2 a one-line head (the bulletin's name|issue) over a
    # rule (page 1 carries the masthead itself), 黑体 headings at 1.05×, leading 1.5, —N— at the foot.
    # The dev two-column designs never span or rule.
    Layout("jianbao_two_span_ruled", margins=(70, 62, 56, 56), measure=19, columns=2, gutter=1.6,
           column_rule=True, span_head=2, leading=1.5, heading_style="hei", heading_scale=1.05,
           title_scale=1.9, header_odd=("简报|2026年第12期",), header_rule=True,
           header_on_first=False, footer="—{n}—", rotate=False),
    # A web page printed from a browser (a 政府网站 article saved as PDF): a 40-character measure,
    # ragged right, no first-line indent and space between paragraphs (0.7 line), bold headings 1.15×
    # with more space above than below, the print date and time with the page title as the head on
    # every page, the page's URL and n/m at the foot.
    Layout("web_print_ragged", margins=(46, 46, 50, 50), measure=40, leading=1.7, indent=0.0,
           para_space=0.7, justify=False, heading_style="bold", heading_scale=1.15,
           heading_space=(0.9, 0.3), title_scale=1.5, header_odd=("2026/11/30 15:42|{title}",),
           footer="https://www.jiangcheng.gov.cn/art/2026/11/30/art_1029_58213.html|{n}/{m}",
           rotate=False),
    # (texts29) three designs for pages in columns no cleaner rule was written from, each from what
    # real Chinese publications print and the eleven column designs above lack.  Set for the texts
    # that name them (rotate=False: no old case moves).
    # A 党报 page in FOUR ruled columns of 11 characters, 1 em apart, no hung marks, leading 1.3: the
    # lead story's kicker, 2.4× headline, subtitle and byline across the first three columns while
    # the fourth starts at the top beside them (the dev column designs span one, two of three or
    # all); a 资料/相关链接 note set in a ruled box inset ¾ em from its column; the paper's name and
    # date with the edition in the head, no footer.
    Layout("dangbao_four_ruled", margins=(54, 48, 30, 30), measure=11, columns=4, gutter=1.0,
           column_rule=True, leading=1.3, title_scale=2.4, span_head=3,
           box_kinds=frozenset({"note"}), header_odd=("江城日报|2026年12月3日  星期四  第{n}版",),
           footer="", rotate=False),
    # A 学术期刊 page (大16开) in two 22-character columns 2 em apart: the title, authors, unit,
    # 摘要, 关键词 and 基金项目 note set across both columns up to the first section heading
    # (span_kinds), 黑体 section heads at the body's size flush left (1 / 1.1 or 一、), footnotes
    # numbered afresh on every page at the foot of the column citing them, leading 1.4, the journal
    # and issue in the even head and the article's title in the odd head with the page number, no
    # footer.
    Layout("journal_two_abstract", page=(210 * MM, 285 * MM), margins=(66, 56, 50, 50), measure=22,
           columns=2, gutter=2.0, leading=1.4, heading_style="hei", heading_scale=1.0,
           heading_indent=0.0, title_scale=1.6, span_head=2,
           span_kinds=frozenset({"kicker", "title", "subtitle", "byline", "p", "note", "source"}),
           notes_restart=True, header_odd=("{title}|{n}",),
           header_even=("{n}|江城行政学院学报  2026年第6期",), footer="", rotate=False),
    # A 内刊 page in three 15-character columns 1.5 em apart, marks hung, leading 1.5: a picture
    # five lines tall stands above every caption inside its column (a grey frame: no text), notes and
    # quotations are set in ruled boxes inset ¾ em, a 2.0× headline in one column, the issue and page
    # in a two-part head, no footer.
    Layout("neikan_three_picture", page=(250 * MM, 350 * MM), margins=(60, 56, 42, 42), measure=15,
           columns=3, gutter=1.5, hanging=True, leading=1.5, title_scale=2.0, picture_lines=5.0,
           box_kinds=frozenset({"note", "quote"}), header_odd=("学习参考  2026年第11期|第{n}页",),
           footer="", rotate=False),
    # (design34) three column designs no cleaner rule was written from, each a page real papers and
    # 简报 print and the designs above lack.  Set for the texts that name them (rotate=False).
    # An evening paper's city page: the lead's kicker, 2.8× banner headline, subtitle and byline
    # across all three 13-character columns; the other items start where the one above ends,
    # mid-column, under a hairline across the column, their headlines at 1.6× (a paper sets only
    # the lead's headline large); a 4-line picture over every caption; a 1.2 em gutter without a
    # rule, no hung marks, tight 1.3 leading; the paper, date, section and page in the head.
    Layout("wanbao_banner_items", page=(250 * MM, 350 * MM), margins=(58, 50, 38, 38), measure=13,
           columns=3, gutter=1.2, leading=1.3, title_scale=2.8, later_title_scale=1.6, span_head=3,
           item_rule=True, picture_lines=4.0,
           header_odd=("江城晚报  城事|2026年12月3日  星期四  A{n}",), footer="", rotate=False),
    # A weekend page in three ruled 16-character columns 1.6 em apart, marks hung, leading 1.45: the
    # headline in the first column at 2.2× (1.5× for the later items), every picture six lines tall
    # across TWO columns with its caption under it, the next column's text running round it (stopping
    # above the picture, going on under the caption); notes (相关链接) and quotations (短评) boxed
    # inside their column; the section and the date with the page in the head, no footer.
    Layout("zhoumo_picture_across", page=(260 * MM, 370 * MM), margins=(60, 54, 42, 42), measure=16,
           columns=3, gutter=1.6, column_rule=True, hanging=True, leading=1.45, title_scale=2.2,
           later_title_scale=1.5, caption_span=2, picture_lines=6.0,
           box_kinds=frozenset({"note", "quote"}), header_odd=("周末·城乡|第{n}版  2026年12月5日",),
           footer="", rotate=False),
    # A 简报 on A4 in 宽窄栏: a three-column grid of 12-character columns 1.5 em apart set as a wide
    # column over two of them (25 characters) and a narrow one, a rule between; the lead item alone
    # in the wide column (1.8× 黑体 headline), the briefs from the top of the narrow column (1.2×
    # headlines), a page that runs over going on wide then narrow; leading 1.5, the bulletin's name
    # and issue over a rule in the head, —N— at the foot.
    Layout("jianbao_wide_narrow", margins=(68, 60, 54, 54), measure=12, columns=3, gutter=1.5,
           column_units=(2, 1), column_rule=True, leading=1.5, heading_style="hei", title_scale=1.8,
           later_title_scale=1.2, lead_alone=True, header_odd=("工作动态|2026年第23期",),
           header_rule=True, footer="—{n}—", rotate=False),
    # (layouts49) three designs where the dev and held-out designs leave holes in the parameter
    # space, each a habit real documents have.  Set for the texts that name them (rotate=False).
    # A B5 office handbook set in block paragraphs (WPS's "no first-line indent, space after"):
    # indent 0, 0.6 line between paragraphs, 小标题 in 黑体 at the body's size with NO space above
    # or below (the block designs give headings a larger size, space or both), a 26-character
    # measure; a heading differs from a one-line paragraph by its face only.
    Layout("b5_block_hei_tight", page=B5, margins=(68, 62, 70, 70), measure=26, leading=1.6,
           indent=0.0, para_space=0.6, heading_style="hei", heading_scale=1.0,
           heading_space=(0.0, 0.0), title_scale=1.35, header_odd=("{title}",), header_rule=True,
           header_on_first=False, footer="- {n} -", rotate=False),
    # A 64开 pocket book of study notes on a 15-character measure (no single-column design is
    # narrower than 16), its 小标题 in synthetic bold at the body's size set in by 2 em like the
    # paragraphs: a heading of more than 13 characters wraps, its rest from the margin; at this
    # measure many paragraphs end on a short line.
    Layout("pocket_15_bold_set_in", page=(100 * MM, 140 * MM), margins=(40, 40, 64, 62),
           measure=15, leading=1.5, heading_style="bold", heading_scale=1.0, heading_indent=2.0,
           title_scale=1.25, header_odd=("{title}",), header_even=("干部学习口袋书",),
           footer="{n}", footer_outer=True, rotate=False),
    # (brack66) Books that number many notes print their markers in brackets (「[1]」, raised in the
    # text and as each note's label).  A 小64开 theory pocket book on a 16-character measure, notes at
    # 0.8 at the page's foot numbered on through the text, 黑体 headings at the body's size, the
    # series' name as the running head, the folio 「— n —」 centred at the foot.
    Layout("pocket_16_bracket_notes", page=(105 * MM, 150 * MM), margins=(42, 44, 34, 34), measure=16,
           leading=1.5, heading_style="hei", heading_scale=1.0, title_scale=1.3, note_marks="bracket",
           header_odd=("理论学习口袋书",), footer="— {n} —", rotate=False),
    # An A5 book numbering its notes afresh on every page in brackets, at 0.75, a 24-character
    # measure, the title as the odd head and the book's name as the even, the folio outside.
    Layout("a5_bracket_notes_by_page", page=A5, margins=(52, 50, 46, 40), measure=24, leading=1.55,
           note_scale=0.75, notes_restart=True, note_marks="bracket", title_scale=1.3,
           header_odd=("{title}",), header_even=("学习参考读本",), footer="{n}", footer_outer=True,
           rotate=False),
    # A Word document whose author typed the headings as plain paragraphs (the Normal style in the
    # body face and size, only the first-line indent taken off, no space): flush at the margin over
    # paragraphs indented 2 em, a 35-character measure.  Only a heading's shape and its neighbours
    # tell it: a short line, flush, with no closing stop.
    Layout("a4_plain_flush_heads", margins=(72, 72, 80, 80), measure=35, leading=1.5,
           heading_style="larger", heading_scale=1.0, heading_indent=0.0, heading_space=(0.0, 0.0),
           title_scale=1.3, footer="{n}", rotate=False),
    # (sweep50, from heading_sweep's seed-50 design sw25_14) A wide A4 page, 38 characters, whose
    # digits Word sets in a Latin face, 小标题 centred in 楷体 at the body's size with a line's space
    # above and half below, 「3/4」 at the foot: a schedule's leads (a chronology's dates, an agenda's
    # times) then stand several cells before their text, which ``pdftotext -layout`` pads with spaces
    # a column's gutter might have, and pypdf cuts at every digit.
    Layout("a4_wide_kai_centred_latin", margins=(80, 80, 70, 70), measure=38, leading=1.75, hanging=True,
           title_scale=1.2, heading_style="hei", heading_face="kai", centre_headings=True,
           heading_space=(1.0, 0.5), footer="{n}/{m}", latin_font=True, rotate=False),
)
