"""The cleaner's evaluation in the suite: every family holds its FLOOR; TARGET is what users need.

Each (boundary F1, fidelity, heading F1) triple is scored by ``tests/data/score.py`` over all cases
of a family (``harness.py`` says how cases are made; ``python tests/eval/run.py`` prints the
table with the worst cases).  TARGET comes from issue 10's "Done means"; FLOOR sits just under the
score measured on the cleaner before the generalisation work, so that the suite passes and
catches regressions.  Raise a FLOOR when the cleaner improves; a family is done when FLOOR
reaches TARGET.  Dev families may be tuned on; the held-out and fresh sets are asserted only per
class.
"""

from __future__ import annotations

import re

import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import docs  # noqa: E402
import harness  # noqa: E402
from fonts import missing_fonts  # noqa: E402

# class → TARGET (boundary F1, fidelity, heading F1).  Issue 10 names no heading figure for PDFs
# read directly nor a fidelity for real extractions: the round-trip heading figure and the
# common 0.995 fidelity stand in.
TARGETS = {
    "real": (0.99, 0.995, 0.95),
    "roundtrip": (0.97, 0.995, 0.90),
    "direct": (0.98, 0.995, 0.90),
}

# FLOORS, measured 2026-12-01 on the cleaner before the generalisation work ("measured" in comments),
# raised after issue 10's work (page furniture, columns, runs; block ends, headlines, notes, spaces;
# the PDF reader), measured together on main 2026-12-01 ("issue 10"), then reset when the dev set
# was widened with texts and designs no rule was written from (six texts, eight designs: the
# "generalise" figures, measured with its rules): about 0.01 under each figure (fidelity 0.004), so
# a change that loses ground fails here.  The widened set is harder, so several dev floors are
# lower than the narrow set's were: the figures are not comparable across that change.  Reset again
# (figures in the comments, "newtexts") when seven more texts with structures the set lacked were
# added (interview, dialogue, operations guide, 实施方案, a page of briefs, a party lecture, 简报), and
# raised after the fixes found on them (measured on main 2026-12-01 evening).  Reset once more (figures
# in the comments, branch genres merged with main, 2026-12-01 23:00) when six texts of genres the set lacked came in (摘编
# and 语录 with repeated sources, 现场实录, 办法, a culture page, a local standard; adding texts also
# rotates the gold documents' designs), after the fixes found on them;
# then raised with the held-out floors (23:30, after the pypdf2 and columns2 merges).  Lowered where
# the set widened (branch cols3, 2026-12-02): 55 cases of the design news_three_tight, which brings
# held-out's three-column failure to dev (columns interleaved by every extractor); on the 1039 cases
# before, every family holds its floor and pdfplumber gained (0.923 0.8891 0.862 -> 0.941 0.8939 0.903).
# Reset on main 2026-12-02 02:05 after the cols3, order, pdfium3, newdev and pdfcols3 merges and the
# harness's notes set at the foot of their column (eight more texts and
# two designs no rule was written from: 1358 dev cases), and again at 04:05 after the order4, rows4,
# heads5 and speed5 merges (figures in the comments).  Lowered where the set widened (branch span5,
# 2026-12-02): the design neikan_three_all sets every kind of text in three hung columns (a notice,
# an essay, an appeal, a speech: 44 cases); on the cases without it pdfplumber (0.952 0.9572 0.906)
# and pdftotext (0.953 0.9767 0.898) hold their floors: the drop is the failures the design shows.
# Reset on main 2026-12-02 06:25 after the cols5, turn5, fid5, span5 and speed6 merges (1402 dev cases;
# raised at 06:45 after the heads6 merge where it gained: pdfminer, pypdf, the column designs;
# figures in the comments).  Floors that fell are the 44 neikan cases in every family: without them
# every family is at or above its previous figure (pdfminer 0.977 0.9882 0.955, pdfplumber 0.954
# 0.9583 0.906, pdftotext 0.953 0.9769 0.899, pypdf 0.961 0.9988 0.924, pypdfium2 0.982 0.9996 0.953).
# Raised on main 2026-12-02 09:00 after the pypdf7, layout7, flow7, heads7, order8, flow8, furn8, furn9,
# space9 and title10 merges (same 1402 dev cases; figures in the comments; no floor fell).
# Raised on main 2026-12-02 14:00 after the plain12, heads12, pdfium12, space12, cols12, furn12, clause12,
# loose12 and ends13 merges (1556 dev cases: cols12 added three column designs, floored at their figures).
# Two fidelity floors fell, both on pdfplumber/pdftotext pages whose columns were scrambled before and move
# by chance: news_three_tight (cols12 set 0.904 on its branch from one plain-pdftotext page its order rule
# mended, which plain12's byline rule, merged first, reads otherwise: 0.9005 merged, above the 0.896 before)
# and tabloid_three_columns (0.9651 -> 0.9592: two pdfplumber pages — county, whose page head had opened the
# right column by luck (furn12), and culture_weekly, whose short column ends two rows above the turns' end
# (ends13)); set 0.004 under the merged figures.
# Lowered where the set widened (branch cols12, 2026-12-02): three column designs no rule was written
# from (daily_span_ruled, weekly_two_of_three, neikan_narrow_ruled: a headline across all or two of
# three columns, gutters of 0.8–1.5 em with and without a rule, 11–15 character measures, leading
# 1.2–1.5; 154 cases).  Only the components the new cases pulled under their floor are reset (0.01
# under the figure, fidelity 0.004); on the 1402 cases without them every family holds its previous
# floor (pdfminer 0.990 0.9986 0.983, pdftotext 0.958 0.9799 0.920, pdftotext_layout 0.984 0.9971
# 0.960, pdfplumber 0.955 0.9506 0.907): the drop is the failures the designs show.
# Lowered where the set widened (branch sweep17, 2026-12-02 evening): open_leaded_three, a feature page in
# three 16-character columns at leading 1.7 (the gap between lines over half a line: pdfminer makes every
# line a box of its own), found by a sweep of three-column habits on dev texts; 44 cases.  Only the
# components the new cases pulled under their floor are reset (0.01 under the figure, fidelity 0.004); on
# the 1556 cases without them every family holds its floor (pdfminer 0.977 0.9840 0.970, pdfplumber 0.939
# 0.9396 0.884, pdftotext 0.934 0.9446 0.917).
# Lowered where the set widened (branch sweep20, 2026-12-02 evening): two_columns_open, a two-column page
# at leading 1.75 (the dev two-column designs sit at 1.35 and 1.45: above 1.5 pdfminer makes every line a
# box of its own and reads them out of order, plain pdftotext alternates the columns' lines), found by a
# sweep of one- and two-column habits on dev texts; 44 cases.  Only the two components the new cases
# pulled under their floor are reset (fidelity, 0.004 under the figure); on the 1600 cases without them
# every figure is unchanged (pdfminer 0.964 0.9682 0.962, pdftotext 0.930 0.9379 0.906).
# Lowered where the set widened (branch texts24, 2026-12-02 late evening): five dev texts no rule was
# written from (a news page of five items headed five ways, a 理论文章 with 摘要 and 参考文献, a manual with
# 1/1.1/1.1.1 headings, a 条例 with 第一节 sections, a 经验交流材料 with bold lead-ins), each in five existing
# designs: 275 cases.  Only the components those cases pulled under their floor are reset (0.01 under the
# figure, fidelity 0.004); every one of the 2040 older cases scores as before (the gold documents keep
# their designs: harness.GOLD_ROTATION_START), so on them every floor holds unchanged.
# Lowered where the set widened (branch texts29, 2026-12-03): three column designs no rule was written
# from (dangbao_four_ruled, journal_two_abstract, neikan_three_picture), each set for six existing
# texts: 198 cases.  Only the components those cases pulled under are reset (0.01 under the figure with
# them, fidelity 0.004; figures in the comments); the 2733 older cases score exactly as before (the
# designs are named, rotate=False), and on them every family holds its previous floor (paste_viewer
# 0.993 0.9994 0.982, pdfminer 0.968 0.9636 0.968, pdfplumber 0.942 0.9386 0.908, pdftotext 0.924
# 0.9281 0.893, pdftotext_layout 0.980 0.9853 0.957, pdftotext_raw 0.992 0.9995 0.983,
# plain_ideographic 0.993 0.9997 0.982, pypdfium2 0.992 0.9996 0.983).
# Raised on main 2026-12-03 13:10 after the ptx32, miner32, narrow32, plumb32, speed32, lay32, order32
# and tidy32 merges, and again at 13:45 after plumb33, ptx33 and speed33 (same 2931 dev cases; figures in
# the comments; no floor fell).
# Raised on main 2026-12-03 16:35 after the second afternoon's merges (gate34, ptx34, miner34, speed34, unw34,
# lay35, headline35, narrow35, head35, direct35; 3173 dev cases; figures in the comments).
# Raised on main 2026-12-03 18:35 after the evening's merges (speed36, ptx36, lay36, kicker36, plumb36, and ptx37 at 18:45;
# 3173 dev cases, heading F1 up in every family; no floor fell).
# Raised on main 2026-12-03 22:20 after the merges of flow36 (with its two guards), kicker37 and lay37
# (3173 dev cases, 53 better and 2 worse; no floor fell).
# Raised on main 2026-12-03 23:20 after ptx38, plumb38, miner38 and flow38's headline-group refusal
# (8 better, 2 worse; no floor fell).
# Raised on main 2026-12-04 00:20 after ptx40 and flow39 (3 better, 1 worse; no floor fell).
# Raised on main 2026-12-04 05:50 after lead41, lead42, miner41, ptx41, plumb41 and heads41 (3173 dev cases, 55
# better and 2 worse; held-out identical; no floor fell).
# Raised on main 2026-12-04 06:20 after lead43 (the PDF reader past a picture across all columns; 2 better).
# Raised on main 2026-12-04 09:50 after miner43, heads43 and ptx43 (63 better, 11 worse — heads43's subtitles
# read right from text an upstream order fault had cut; held-out identical; no floor fell).
# Raised on main 2026-12-04 10:25 after ptx44 (plain pdftotext turns inside a block dealt; 2 better, 1 worse).
# Raised on main 2026-12-04 13:30 after miner46 and plumb46 (4 better, 0 worse; held-out identical; no floor fell).
# Raised on main 2026-12-04 15:20 after notes47, miner47, ptx47 and texts48 (18 old dev cases better, 0 worse; held-out
# identical). One floor lowered: kai_16_hei_heads heading F1, which gained texts48's new 大事记 (its pdftotext and pypdf
# cases 0.294 / 0.667, faults written up in docs/cleaner-history.md) — no case got worse; the design got a harder text.
# Lowered on main 2026-12-04 17:30, where the set widened again (texts49: four dev texts with heading shapes dev
# lacked): the heading F1 of word_report and pocket_18_kai_heads, which gained the 学习问答 (its questions 「1.…？」 /
# 「怎样理解…？」 are headings, told from a question set as a paragraph by face alone), and of pocket_19_hung, which
# gained the 心得 (a heading ending in 。; a heading run into a paragraph whose last line filled the measure) —
# 0.01 under the figure with them; no old case of these designs got worse (texts49: 0 old dev cases changed).
# Raised on main 2026-12-04 18:05 after texts49, dates49, layouts49, heads49, glued50, sweep50 and lead51 (on the 3261
# old dev cases 96 better, 6 worse; dev grew to 3778 with texts49's texts and the new designs b5_block_hei_tight,
# pocket_15_bold_set_in, a4_plain_flush_heads, a4_wide_kai_centred_latin; held-out identical; no floor fell).
# Lowered on main 2026-12-04 20:35, where the set widened (marks52: two dev texts with heading conventions dev
# lacked — a 工作简报 with ◆/■ marker heads, 1、 and 【…】 labels, a 学习辅导 in 专题 parts): the fidelity of
# two_columns_open, which gained both (jianbao_marker_heads' two columns still interleaved by pdfminer, pdfplumber and
# plain pdftotext) — 0.004 under the figure with them; no old case of the design got worse (marks52: 0 of 3778 old
# dev cases changed).  Raised the same evening after marks52, qa52, narrow52, news52, order52, head52 and pypdf52
# (dev 3778 → 3899 cases with three new texts; on eval_m14 → m15 152 better, 6 worse; held-out identical).
# Lowered where the set widened (branch design34, 2026-12-03): three news designs no rule was written from
# (wanbao_banner_items, zhoumo_picture_across, jianbao_wide_narrow), each set for the five dev news texts and
# two new ones (the 简报 design also for jianbao_flood_season): 242 cases.  Only the components those cases
# pulled under are reset (0.01 under the figure with them, fidelity 0.004; figures in the comments); the 2931
# older cases score exactly as before (the designs are named, rotate=False), and on them every family holds
# its previous floor (direct 0.988 0.994 0.980, paste_viewer 0.984 0.995 0.974, pdfminer 0.950 0.947 0.952,
# pdfplumber 0.922 0.920 0.873, pdftotext 0.902 0.912 0.872, pdftotext_layout 0.972 0.987 0.943, pdftotext_raw
# 0.983 0.996 0.974, plain_ideographic 0.984 0.996 0.972, pypdf 0.973 0.996 0.964, pypdfium2 0.982 0.996
# 0.971, realstyle 0.988 0.996 0.982).  Raise them back when the new designs are mended.
# Lowered where the set widened (branch kick64, 2026-12-05): three dev news pages no rule was written from
# (news_page_port_economy, news_page_rural_environment, news_page_city_renewal: verbless kickers over
# one-line titles, kicker/title/subtitle leads, items over bylines), each in ten news designs: 330 cases.
# Only the components those cases pulled under are reset (0.01 under the figure with them, fidelity 0.004;
# figures in the comments, the floor before in brackets); the 3932 older cases score exactly as on main
# (eval_m32), so on them every family holds its previous floor.  Raise them back when the pages are mended.
# Lowered where the set widened (branch figkick65, 2026-12-05): one dev news page no rule was written from
# (news_page_economy_figures: kickers stating results in figures, datelines on lines of their own, a title
# with figures wrapped in a 简报's wide column), in ten news designs: 110 cases.  Only the components those
# cases pulled under are reset (0.01 under the figure with them, fidelity 0.004; the floor before, then
# kick64's, in brackets); the 4262 older cases score as on main or better (16 better, 0 worse).
# Lowered where the set widened (branch textb79, 2026-12-06): three dev news pages no rule was written from
# (news_page_winter_warmth, news_page_school_services, news_page_county_fax: 引题 clauses with commas under a
# 栏目 label, two undashed 副题 lines, a 提要题 deck, 地名：主题 items, 短评/编后/记者手记 heads), each in two news
# designs: 66 cases.  Only the components those cases pulled under are reset (0.01 under the figure with them,
# fidelity 0.004; the floor before in brackets); the older cases re-run (the nine texts with labels or news
# items) score as on main or better (2 better, 0 worse), the rest of dev was not re-run.
DEV_FAMILY_FLOORS = {
    "direct": (0.988, 0.993, 0.967),  # 0.992 0.9954 0.977 (kick64: was 0.988 0.993 0.980)
    "gold_real": (0.999, 0.999, 0.999),  # 1.000 1.0000 1.000
    "paste_viewer": (0.985, 0.990, 0.954),  # (news84: 0.988 0.9949 0.965, the set widened by three news pages; was 0.985 0.995 0.967) 0.993 0.9995 0.977 (kick64: was 0.985 0.995 0.982)
    "pdfminer": (0.931, 0.909, 0.919),  # (news84: 0.933 0.9133 0.929, the set widened by three news pages; was 0.931 0.917 0.934) 0.941 0.9215 0.944 (kick64: was 0.952 0.948 0.958)
    "pdfplumber": (0.872, 0.857, 0.794),  # (news84: 0.882 0.8658 0.805, the set widened by three news pages; was 0.872 0.857 0.810) 0.882 0.8608 0.820 (figkick65: was 0.884 0.870 0.829; kick64: 0.917 0.907 0.887)
    "pdftotext": (0.865, 0.865, 0.822),  # (texts85: hF1 lowered — the new poems_song_ci_recitation, report_county_government_work, standard_rural_waste_collection joined, unmended kinds; with them 0.8793 0.8795 0.8322, without them 0.8791 0.8762 0.8426; floor was 0.865 / 0.865 / 0.834) 0.8759 0.8667 0.842 (bull66: bF1 was 0.877, the new jianbao_kicker_items; figkick65: was 0.877 0.875 0.845; kick64: 0.907 0.912 0.889)
    "pdftotext_layout": (0.972, 0.989, 0.907),  # (news84: 0.973 0.9897 0.917, the set widened by three news pages; was 0.972 0.989 0.922) 0.977 0.9906 0.932 (kick64: was 0.972 0.989 0.952)
    "pdftotext_raw": (0.984, 0.996, 0.94),  # (texts85: hF1 lowered — the new poems_song_ci_recitation, report_county_government_work, standard_rural_waste_collection joined, unmended kinds; with them 0.9858 0.9974 0.9509, without them 0.9883 0.9973 0.9604; floor was 0.984 / 0.996 / 0.951) (news84: 0.989 0.9970 0.961, the set widened by three news pages; was 0.984 0.996 0.965) 0.992 0.9993 0.975 (kick64: was 0.984 0.996 0.980)
    "plain_ideographic": (0.984, 0.996, 0.945),  # (news84: 0.987 0.9973 0.956, the set widened by three news pages; was 0.984 0.996 0.958) 0.990 0.9995 0.968 (kick64: was 0.984 0.996 0.975)
    "pypdf": (0.974, 0.996, 0.942),  # (texts85: hF1 lowered — the new poems_song_ci_recitation, report_county_government_work, standard_rural_waste_collection joined, unmended kinds; with them 0.9814 0.9970 0.9523, without them 0.9837 0.9970 0.9602; floor was 0.974 / 0.996 / 0.958) 0.984 0.9992 0.968 (kick64: was 0.974 0.996 0.971)
    "pypdfium2": (0.982, 0.996, 0.944),  # (news84: 0.986 0.9970 0.955, the set widened by three news pages; was 0.982 0.996 0.961) 0.990 0.9992 0.971 (kick64: was 0.982 0.996 0.978)
    "realstyle": (0.987, 0.988, 0.960),  # (news84: 0.990 0.9927 0.971, the set widened by three news pages; was 0.987 0.995 0.971) 0.9935 0.9963 0.9813 (textb79: was 0.987 0.995 0.984)
    # (mupdf84) MuPDF's text (mutool draw -F txt), an extractor no rule was written from: on arrival
    # 0.981 0.9815 0.956 (its column pages' blocks moved by ``order``), with order's outdent reading
    # 0.986 0.9912 0.961; set as the others, 0.01 under (fidelity 0.004) — a reader of a viewer's copy
    # expects what the round-trip families give
    # (the lead, at the merge) news84's three news pages came into the family with mupdf84: 0.9821 0.9887 0.9489
    # with them (their headline structures are the set's hardest: see news84); reset 0.01 under (fidelity 0.004)
    "mupdf": (0.972, 0.984, 0.938),  # 0.9821 0.9887 0.9489 (mupdf84 alone: 0.9863 0.9912 0.9614, floor 0.976 0.987 0.951)
}
# Lowered where the set widened (branch texts24, 2026-12-02 late evening): five dev texts no rule was
# written from (a news page of five items headed five ways, a 理论文章 with 摘要 and 参考文献, a manual with
# 1/1.1/1.1.1 headings, a 条例 with 第一节 sections, a 经验交流材料 with bold lead-ins), each in five existing
# designs: 275 cases.  Only the components those cases pulled under their floor are reset (0.01 under the
# figure, fidelity 0.004); every one of the 2040 older cases scores as before (the gold documents keep
# their designs: harness.GOLD_ROTATION_START), so on them every floor holds unchanged.
# Lowered where the set widened (branch texts25, 2026-12-03): five dev texts no rule was written from (an
# 行政处罚决定书 with its particulars one field a line, a 慰问信 closing 此致/敬礼！ over two signing bodies,
# a 会议通知 with a timed 议程 and a 回执, an 应知应会 问答, a 党课讲稿 quoting a 摘编 with dated attributions),
# each in five existing designs: 275 cases.  Only the components those cases pulled under their floor are
# reset (0.01 under the figure, fidelity 0.004 under); every one of the 2139 older cases scores as before
# or better, so on them every floor holds unchanged.  (Heading F1 of kai_centred_bold, wide_tight and
# pocket_17_hei: the letter's first signing body over the second is read as a heading.)
# Lowered where the set widened (branch texts26, 2026-12-03): two dev texts no rule was written from (a
# 调研报告 whose tables were turned to text: 表N： captions over rows of cells; a 请示 with 附件, 附注 and
# 版记) in four designs each, and three new designs (report16_flush_hei, jianbao_two_span_ruled,
# web_print_ragged) for 5-6 existing texts each: 275 cases.  Only the components those cases pulled under
# are reset (0.01 under the figure, fidelity 0.004); the 2458 older cases score exactly as before
# (the new designs are named, rotate=False), so on them every floor holds unchanged.  (Heading F1 of
# a5_no_indent_larger and bold_wide_plain: the 调研报告's table rows and captions are read as headings.)
# (kick64, 2026-12-05) the news designs' components that kick64's three news pages pulled under, reset as the
# family floors above (0.01 under the figure with them, fidelity 0.004; the floor before in brackets).
# Lowered where the set widened (branch news84, 2026-12-07): three dev news pages no rule was written from
# (news_page_provincial_headlines, news_page_culture_heritage, news_page_county_focus: 肩题 over 主题 over
# 副题, quoted kickers, 对仗 halves, a speech's date-line 副题, 图说 and 声音 labels, a 短评 signed at its end),
# each in five existing news designs: 165 cases (heading F1 0.636 with news84's mends, 0.579 without).
# Only the family and layout components those cases pulled under their floor are reset (0.01 under the
# figure, fidelity 0.004; "news84:" in the comments, the floor before as "was"); every one of the older
# dev cases scores as before or better (3 better), so on them every floor holds unchanged.
DEV_LAYOUT_FLOORS = {
    "a5_book": (0.987, 0.996, 0.962),  # (texts85: hF1 lowered — the new poems_song_ci_recitation joined, unmended kinds; with them 0.9924 0.9998 0.9723, without them 0.9925 0.9997 0.9828; floor was 0.987 / 0.996 / 0.974) 0.995 0.9996 0.984 (lowered 23:10: stop53's commentary joined it)
    "a5_no_indent_larger": (0.986, 0.996, 0.982),  # 0.996 0.9986 0.992
    "academic_16k": (0.963, 0.995, 0.917),  # (texts85: bF1/hF1 lowered — the new standard_rural_waste_collection joined, unmended kinds; with them 0.9733 0.9974 0.9272, without them 0.9887 0.9988 0.9657; floor was 0.985 / 0.995 / 0.957) 0.988 0.9987 0.9675 (texts84: hF1 lowered — the new yearbook_county_agriculture joined, its table pieces, 表 captions and running head read as heads, unmended; without it 0.9955 0.9994 0.9936, floor 0.984)
    "bold_only": (0.987, 0.996, 0.973),  # 0.997 0.9998 0.983 (texta79: hF1 was 0.998; the new reader_chapter_quoted_heads — 上篇 over its title line, （干部读本） — holds it at 0.998 without it)
    "bold_wide_plain": (0.986, 0.996, 0.986),  # 0.996 0.9999 0.996
    "chapter_footnotes": (0.985, 0.995, 0.990),  # 0.995 0.9993 1.000
    # (texts87) hF1 0.989 → 0.968: the new 应急预案 (plan_emergency_decimal_heads, 12 cases, hF1 0.866 — its
    # response-level table turned to text, rows read as heads) pulls the layout to 0.9782 (without it 0.9976);
    # (lead88) raised again: the table's rows are rows (headings._row_among_rows), the layout 0.9890
    "gongwen": (0.988, 0.996, 0.979),  # 0.998 0.9999 0.989
    "kai_centred_bold": (0.984, 0.996, 0.990),  # 0.994 0.9999 1.000
    "larger_headings": (0.984, 0.995, 0.980),  # 0.989 0.9991 0.990
    "narrow_20": (0.985, 0.996, 0.977),  # 0.994 0.9996 0.987 (texta79: hF1 was 0.998; the new reader_chapter_quoted_heads, 0.999 without it)
    "tabloid_three_columns": (0.923, 0.921, 0.875),  # 0.933 0.9246 0.885 (kick64: was 0.940 0.950 0.905)
    "two_columns_hanging": (0.950, 0.936, 0.882),  # 0.9531 0.9407 0.9071 (textb79: was 0.950 0.943 0.882; figkick65: was 0.950 0.948 0.895; kick64: 0.964 0.959 0.952)
    "two_columns_plain": (0.915, 0.900, 0.848),  # 0.925 0.9109 0.858 (kicker81: the check text news_page_district_winter, its errors unread while the change was made, fid 0.52 under pypdf on main and branch alike; was 0.926 0.929 0.860 at 0.9365 0.9334 0.8701 — deck80: the check text news_page_harvest_roads, its errors unread while the change was made; was 0.944 0.941 0.881 — textb79: was 0.944 0.941 0.923; kick64: was 0.961 0.973 0.945)
    "wide_tight": (0.989, 0.996, 0.980),  # 0.997 1.0000 0.983
    "word_report": (0.980, 0.995, 0.974),  # 0.989 0.9992 0.984
    "wps_block_para": (0.985, 0.996, 0.990),  # 0.995 0.9997 1.000
    # pocket designs with larger headings in another face (branch narrow; figures before its fixes
    # 0.884 0.9763 0.552, 0.978 1.0000 0.817, 0.973 0.9983 0.804; reset with the genre texts):
    "pocket_17_hei": (0.988, 0.996, 0.959),  # (texts86: hF1 lowered 0.97 → 0.959 — the new qa_yingzhi_parts_runin joined, its unmended kinds (a question opening 「8.“」 read as an item, run-in 问答 turns cut on narrow pages); with it 0.9958 1.0000 0.9694, without it 0.9969 1.0000 0.9820) (texts85: hF1 lowered — the new report_county_government_work joined, unmended kinds; with them 0.9959 1.0000 0.9810, without them 0.9981 1.0000 1.0000; floor was 0.988 / 0.996 / 0.99) 0.998 1.0000 1.000
    "a6_kai_heads_centred": (0.988, 0.996, 0.934),  # (texts85: hF1 lowered — the new poems_song_ci_recitation joined, unmended kinds; with them 0.9939 0.9999 0.9446, without them 0.9981 1.0000 1.0000; floor was 0.988 / 0.996 / 0.99) 0.998 1.0000 0.999
    "kai_16_hei_heads": (0.973, 0.996, 0.936),  # texts84: 0.9838 0.9992 0.9464, bF1 and hF1 lowered — the new yearbook_county_agriculture joined (its table rows and 表 captions unmended; without it 0.9908 0.9998 0.9686; floor was 0.985 / 0.952); before:  # 0.990 0.9997 0.9628 (texts82: the new dev text lesson_plan_beiying joined, its 板书设计 rows and 执教： byline unmended — without it 0.9834; was 0.994 0.9999 0.983, floor 0.973)
    # designs whose headings differ by face alone (branch newdev, 2026-12-02; measured with its rules,
    # 0.01 under, fidelity 0.004; the lead sets them again at the merge):
    "book32_hei_centred": (0.981, 0.996, 0.968),  # (texts85: hF1 lowered — the new poems_song_ci_recitation joined, unmended kinds; with them 0.9918 0.9998 0.9783, without them 0.9920 0.9998 0.9985; floor was 0.981 / 0.996 / 0.989) 0.991 0.9997 0.999
    "gongwen_kai_heads": (0.983, 0.996, 0.979),  # 0.9915 0.9997 0.9899 (texts82: the new dev text report_duty_agriculture_bureau joined — without it 0.9908; was 0.993 0.9995 0.999, floor 0.990)
    # three 12-character columns one em apart, marks hung in the gutter (branch cols3; on arrival with
    # three news texts 0.771 0.8451 0.494; with five texts and its fixes):
    # (first67: fidelity reset 0.004 under 0.8838 — the page label 「要闻」 over the lead's wrapped title now
    # goes, as its gold has it, on three plain-pdftotext pages whose three columns pdftotext deals row by
    # row; the turn the order rules choose there moves with it: port_economy 0.3985 → 0.2052, economy_figures
    # 0.4528 → 0.5370, rural_environment 0.5634 → 0.5431; the layout's heading F1 0.774 → 0.783)
    "news_three_tight": (0.857, 0.867, 0.728),  # 0.867 0.8770 0.738 (kicker81: the check text news_page_district_winter, its 11 cases the same on main and branch; was 0.872 0.879 0.767 — 0.874 0.8838 0.783, kick64: was 0.906 0.910 0.817)
    "neikan_three_all": (0.954, 0.965, 0.948),  # 0.964 0.9690 0.958
    # column designs no rule was written from (branch cols12, 2026-12-02; on arrival 0.849 0.8190 0.656,
    # 0.863 0.8470 0.755, 0.800 0.8509 0.672; with its fixes):
    "daily_span_ruled": (0.891, 0.885, 0.848),  # 0.896 0.8888 0.855 (figkick65: was 0.891 0.892 0.848; kick64: 0.937 0.943 0.915)
    "weekly_two_of_three": (0.868, 0.855, 0.800),  # 0.874 0.8565 0.810 (figkick65: was 0.868 0.855 0.824; kick64: 0.891 0.870 0.884)
    "open_leaded_three": (0.855, 0.830, 0.798),  # 0.865 0.8339 0.813 (pocket65: boundary was 0.865; figkick65: was 0.865 0.835 0.798; kick64: 0.900 0.861 0.887)
    "neikan_narrow_ruled": (0.894, 0.905, 0.868),  # 0.904 0.9076 0.877
    "two_columns_open": (0.943, 0.925, 0.924),  # 0.9534 0.9360 0.9343 (bull66: was 0.956 0.936 0.961, the new jianbao_kicker_items; lowered 20:35: marks52's texts joined it)
    # (dialog21) a story page at 38 characters: before the fix 0.857 0.9946 0.738 (every PDF reading
    # of the story one paragraph); heading F1 is the title taken for the running head (「{title}|{n}」)
    "dialogue_wide": (0.989, 0.996, 0.977),  # 0.999 0.9998 0.987
    "word_latin_kai": (0.981, 0.994, 0.964),  # 0.991 0.9984 0.974
    # (onecol21) a news page in one 22-character column, Latin digits, the title|page as the head from
    # page 1: before the branch 0.915 0.9174 0.823 (read as merged rows; the head joined to the kicker)
    "news_one_column_a5": (0.984, 0.995, 0.986),  # 0.994 0.9989 0.996
    "pocket_18_kai_heads": (0.978, 0.996, 0.94),  # (texts85: hF1 lowered — the new poems_song_ci_recitation joined, unmended kinds; with them 0.9875 0.9994 0.9504, without them 0.9893 0.9993 0.9667; floor was 0.978 / 0.996 / 0.953) texts84: 0.9883 0.9987 0.9635, bF1 and hF1 lowered — the new yearbook_county_agriculture joined (its table rows wrapped at a pocket measure, unmended; without it 0.9955 0.9997 0.9788; floor was 0.989 / 0.970); before:  # 0.996 0.9998 0.980 (texta79: hF1 was 0.998; the new speech_question_exclaim_heads — an unnumbered 「…！」 head — 0.998 without it)
    "pocket_19_hung": (0.981, 0.996, 0.960),  # 0.991 1.0000 0.970 (lowered 17:30: texts49's 心得 joined it)
    "pocket_18_set_in_heads": (0.983, 0.996, 0.982),  # 0.993 1.0000 0.992
    # (sweep25) a short report at a 40-character measure, bold centred 小标题 at the body size: before
    # the branch 0.954 0.9958 0.903 (every PDF reading but -layout one paragraph a line)
    "wide_40_bold_centred": (0.968, 0.992, 0.946),  # 0.978 0.9958 0.956
    # (texts26) three designs no rule was written from, on arrival (no cleaner change; 0.01 under,
    # fidelity 0.004): a 16开 report with body-size 黑体 headings flush over indented paragraphs; a 简报
    # in two ruled columns under a spanning title group (pdfminer and plain pdftotext interleave the
    # columns, fidelity 0.36-0.53); a browser's print of a web article (its print-time|title head and
    # URL|n/m foot are kept as text)
    # (texts87) hF1 0.986 → 0.969: the new 应急预案 (12 cases, hF1 0.878, its table's rows read as heads) pulls
    # the layout to 0.9797 (without it 0.9978); (lead88) raised again: its table's rows are rows, the layout 0.9900
    "report16_flush_hei": (0.987, 0.995, 0.980),  # 0.998 0.9995 0.990
    "jianbao_two_span_ruled": (0.918, 0.907, 0.905),  # 0.9244 0.9175 0.9151 (bull66: was 0.918 0.920 0.926, the new jianbao_kicker_items)
    "web_print_ragged": (0.977, 0.989, 0.980),  # 0.987 0.9931 0.990
    # (texts29) three column designs no rule was written from, on arrival (no cleaner change; 0.01
    # under, fidelity 0.004): a 党报 page in four ruled 11-character columns under a headline group
    # across three of them, 资料 notes boxed; a 学术期刊 page in two columns under a title/abstract/
    # keywords group spanning both, notes numbered per page; a 内刊 page in three columns with a
    # picture above every caption and boxed notes and quotes
    "dangbao_four_ruled": (0.843, 0.866, 0.714),  # (news84: 0.853 0.8709 0.724, the set widened by three news pages; was 0.858 0.875 0.728) 0.863 0.8793 0.744 (figkick65: was 0.858 0.880 0.728; kick64: 0.910 0.929 0.830)
    "journal_two_abstract": (0.938, 0.917, 0.923),  # 0.948 0.9321 0.947 (texts86: fid 0.928 → 0.917 and hF1 0.937 → 0.923 — the new article_theory_endnotes_wrapped joined, unmended: its pages under the spanning abstract read out of turn by pdftotext, pdfminer and the PDF reader (fid 0.52–0.54); with it 0.9438 0.9276 0.9339, without it 0.9531 0.9407 0.9545)
    "neikan_three_picture": (0.834, 0.827, 0.742),  # (news84: 0.844 0.8316 0.752, the set widened by three news pages; was 0.861 0.835 0.798) 0.862 0.8392 0.808 (figkick65: was 0.861 0.846 0.809; kick64: 0.861 0.857 0.845)
    # (design34) three news designs no rule was written from, on arrival (no cleaner change; 0.01 under,
    # fidelity 0.004): an evening paper's banner over three columns with later items mid-column under a
    # hairline; a weekend page with pictures and captions across two of three ruled columns, the text
    # run round them; a 简报 in 宽窄栏 (a wide column over two grid columns beside a narrow one)
    "wanbao_banner_items": (0.882, 0.881, 0.822),  # (news84: 0.893 0.8965 0.832, the set widened by three news pages; was 0.882 0.881 0.836) 0.8916 0.886 0.8462 (bull66: hF1 was 0.849, the new jianbao_kicker_items)
    "zhoumo_picture_across": (0.876, 0.844, 0.846),  # (news84: 0.878 0.8490 0.859, the set widened by three news pages; was 0.876 0.860 0.846) 0.8799 0.8645 0.8567 (textb79: was 0.876 0.860 0.876; kick64: was 0.876 0.865 0.887)
    "jianbao_wide_narrow": (0.907, 0.922, 0.792),  # (news84: 0.914 0.9270 0.803, the set widened by three news pages; was 0.907 0.927 0.828) 0.927 0.9404 0.838 (figkick65: was 0.907 0.927 0.845; kick64: 0.907 0.927 0.871)
    # (layouts49) three designs where the dev and held-out designs leave holes, measured with that
    # branch's heading fix (0.01 under, fidelity 0.004): block paragraphs at B5 with 黑体 headings at
    # the body's size and no space; a 15-character pocket page with bold headings set in 2 em that
    # wrap; headings typed as plain paragraphs (body face and size), flush over indented paragraphs
    "b5_block_hei_tight": (0.978, 0.993, 0.952),  # (texts85: hF1 lowered — the new standard_rural_waste_collection joined, unmended kinds; with them 0.9807 0.9976 0.9622, without them 0.9874 0.9977 0.9821; floor was 0.978 / 0.993 / 0.98) 0.9895 0.9978 0.9918 (texts83b: the 若干意见's numbered sentence heads read as a series, heading floor back to 0.980); 0.9881 0.9976 0.9748 (texts83: the new dev text opinions_community_workers joined, its three stand-alone numbered heads ending in 。 (「（一）加强组织领导。」) read as paragraphs in every family, unmended — without it 0.9855; was 0.989 0.9968 0.990, floor 0.979 0.993 0.980)
    "pocket_15_bold_set_in": (0.968, 0.989, 0.947),  # (texts85: bF1/hF1 lowered — the new standard_rural_waste_collection joined, unmended kinds; with them 0.9789 0.9975 0.9576, without them 0.9921 0.9982 0.9845; floor was 0.982 / 0.989 / 0.974) 0.992 0.9929 0.983
    # (brack66) designs printing their note markers in brackets; 0.01 under brack66's figures (main
    # gave 0.958 0.9358 0.971 and 0.922 0.8698 0.941 on them)
    "pocket_16_bracket_notes": (0.977, 0.960, 0.963),  # 0.987 0.9709 0.973
    "a5_bracket_notes_by_page": (0.982, 0.988, 0.972),  # 0.992 0.9987 0.982
    # (register80: with the guide_edge_computing_power text 0.993 0.9997 0.982 — its pdftotext case's title
    # and heads read 0.44; floor kept, 0.004 under; the other five layouts its texts joined moved < 0.002)
    "a4_plain_flush_heads": (0.969, 0.996, 0.93),  # (texts85: bF1/hF1 lowered — the new standard_rural_waste_collection joined, unmended kinds; with them 0.9798 0.9990 0.9409, without them 0.9887 0.9993 0.9607; floor was 0.983 / 0.996 / 0.957) 0.9889 0.9997 0.9676 (texts82: the new dev text lesson_plan_beiying joined, its 板书设计 rows and 执教： byline unmended — without it 0.9817; was 0.993 0.9997 0.988, floor 0.978)
    "a4_wide_kai_centred_latin": (0.970, 0.990, 0.946),  # 0.980 0.9943 0.956
}
# held-out, per class: measured 2026-12-01 before the generalisation work real 0.923 0.9851 0.711, round trip
# 0.837 0.9421 0.594, direct 0.902 0.9077 0.808; after the seven-text pass real 0.984 0.9896 0.934, round trip
# 0.961 0.9727 0.896; raised on main 2026-12-01 23:30 after the genres, narrow, pypdf2 and columns2 merges
# (figures in the comments), reset 2026-12-02 06:25 after the cols5, turn5 and fid5 merges, raised 09:00
# after this morning's ten merges:
HELDOUT_CLASS_FLOORS = {
    "direct": (0.990, 0.996, 0.990),  # 1.000 1.0000 1.000 (heading raised 20:35 after qa52: 0.941 → 0.969)
    "real": (0.985, 0.996, 0.985),  # 0.995 1.0000 0.995 (raised 20:35: heading 0.841 → 0.904)
    "roundtrip": (0.977, 0.989, 0.975),  # 0.987 0.9928 0.985 (raised 20:35: heading 0.819 → 0.881)
}
# fresh, per class: set by branch fresh47 (2026-12-04 14:10) 0.01 under (fidelity 0.004) its first figures,
# measured with main's cleaner at 5a08e9e on the set's arrival (ten texts and seven designs no rule was
# written from, 242 cases; figures in the comments).  Raise them as the cleaner gains on the set; never
# tune a rule on its cases.  Raised on main 2026-12-05 13:10 after figkick65, head65 and pocket65 (eval_m37;
# the floor before in brackets), and after brack66, bull66, cols66 and head66 (15:25, eval_m40).
FRESH_CLASS_FLOORS = {
    "direct": (0.977, 0.991, 0.968),  # 0.987 0.9953 0.978 (was 0.977 0.991 0.959)
    "real": (0.971, 0.988, 0.966),  # 0.981 0.9919 0.976 (was 0.959 0.986 0.956)
    "roundtrip": (0.958, 0.981, 0.942),  # 0.968 0.9857 0.952 (was 0.942 0.978 0.921)
}


@pytest.fixture(scope="session")
def eval_rows(tmp_path_factory) -> list[dict]:
    """Every case of the three sets, built once per session (about 60 s on two idle cores)."""
    lacking = missing_fonts()
    if lacking:
        pytest.skip(f"fonts for the evaluation PDFs not installed: {', '.join(lacking)} "
                    "(fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-liberation)")
    return harness.evaluate(tmp_path_factory.mktemp("eval"))


def _check(rows: list[dict], floor: tuple[float, float, float], target: tuple[float, float, float],
           what: str) -> None:
    agg = harness.aggregate(rows)
    got = (agg["boundary_f1"], agg["fidelity"], agg["heading_f1"] if agg["heading_gold"] else 1.0)
    # a held-out or fresh case is never named: aggregate figures only
    unseen = any(r["split"] in harness.UNSEEN for r in rows)
    worst = "-" if unseen else ", ".join(r["name"] for r in harness.worst(rows, 3))
    for name, value, low, aim in zip(("boundary F1", "fidelity", "heading F1"), got, floor, target):
        assert value >= low, (f"{what}: {name} {value:.4f} fell below its floor {low} "
                              f"(target {aim}); worst cases: {worst}")


def _rows(eval_rows: list[dict], split: str, key: str, value: str) -> list[dict]:
    rows = [r for r in eval_rows if r["split"] == split and r[key] == value]
    if not rows:
        why = harness.missing_tools().get(value, "no case was built")
        pytest.skip(f"{split} {key} {value}: {why}")
    return rows


@pytest.mark.parametrize("family", sorted(DEV_FAMILY_FLOORS))
def test_dev_family_holds_its_floor(eval_rows, family):
    rows = _rows(eval_rows, "dev", "family", family)
    _check(rows, DEV_FAMILY_FLOORS[family], TARGETS[harness.CLASSES[family]], f"dev family {family}")


@pytest.mark.parametrize("layout", sorted(DEV_LAYOUT_FLOORS))
def test_dev_layout_holds_its_floor(eval_rows, layout):
    rows = _rows(eval_rows, "dev", "layout", layout)
    _check(rows, DEV_LAYOUT_FLOORS[layout], TARGETS["roundtrip"], f"dev layout {layout}")


@pytest.mark.parametrize("klass", sorted(HELDOUT_CLASS_FLOORS))
def test_heldout_class_holds_its_floor(eval_rows, klass):
    rows = _rows(eval_rows, "heldout", "class", klass)
    _check(rows, HELDOUT_CLASS_FLOORS[klass], TARGETS[klass], f"held-out class {klass}")


@pytest.mark.parametrize("klass", sorted(FRESH_CLASS_FLOORS))
def test_fresh_class_holds_its_floor(eval_rows, klass):
    rows = _rows(eval_rows, "fresh", "class", klass)
    _check(rows, FRESH_CLASS_FLOORS[klass], TARGETS[klass], f"fresh class {klass}")


def test_no_input_crashes_the_cleaner(eval_rows):
    crashes = [r for r in eval_rows if r["status"] != "ok"]
    seen = [r for r in crashes if r["split"] not in harness.UNSEEN]
    unseen = [harness.masked(r["name"]) for r in crashes if r["split"] in harness.UNSEEN]
    assert not crashes, "\n\n".join([f"{r['name']}:\n{r['error']}" for r in seen[:3]]
                                      + [f"{name} (held-out or fresh: no traceback shown)"
                                         for name in unseen[:3]])


def test_every_family_and_layout_has_a_floor(eval_rows):
    """A family or layout added to the harness must be given its floor here."""
    dev = [r for r in eval_rows if r["split"] == "dev"]
    assert set(harness.group(dev, "family")) <= set(DEV_FAMILY_FLOORS)
    assert set(harness.group(dev, "layout")) - {"real"} <= set(DEV_LAYOUT_FLOORS)
    assert set(DEV_LAYOUT_FLOORS) == {layout.name for layout in harness.DEV_LAYOUTS}


# ---------------------------------------------------------------- the instrument itself ----

def test_dev_and_heldout_share_no_text_and_no_layout():
    dev, held = docs.load_docs("dev"), docs.load_docs("heldout")
    assert {d.name for d in dev}.isdisjoint(d.name for d in held)
    dev_paragraphs = {b.plain for d in dev for b in d.blocks if len(b.plain) > 12}
    assert dev_paragraphs.isdisjoint(b.plain for d in held for b in d.blocks)
    assert {l.name for l in harness.DEV_LAYOUTS}.isdisjoint(l.name for l in harness.HELDOUT_LAYOUTS)
    unnamed = lambda layouts: {replace(layout, name="") for layout in layouts}  # noqa: E731
    assert unnamed(harness.DEV_LAYOUTS).isdisjoint(unnamed(harness.HELDOUT_LAYOUTS))


def test_fresh_shares_no_text_and_no_layout_with_dev_or_heldout():
    """(fresh47) The fresh set is a third held-out set: its texts, paragraphs and designs appear in
    neither other set, not even as a renamed copy of a design, and its texts name fresh designs."""
    fresh = docs.load_docs("fresh")
    others = docs.load_docs("dev") + docs.load_docs("heldout")
    assert len(fresh) >= 8 and {d.name for d in others}.isdisjoint(d.name for d in fresh)
    paragraphs = {b.plain for d in others for b in d.blocks if len(b.plain) > 12}
    assert paragraphs.isdisjoint(b.plain for d in fresh for b in d.blocks)
    old = harness.DEV_LAYOUTS + harness.HELDOUT_LAYOUTS
    assert {l.name for l in old}.isdisjoint(l.name for l in harness.FRESH_LAYOUTS)
    unnamed = lambda layouts: {replace(layout, name="") for layout in layouts}  # noqa: E731
    assert unnamed(old).isdisjoint(unnamed(harness.FRESH_LAYOUTS))
    fresh_names = {l.name for l in harness.FRESH_LAYOUTS}
    for doc in fresh:
        named = {n.strip() for n in doc.meta.get("layouts", "").split(",") if n.strip()}
        assert named and named <= fresh_names, doc.name
    used = {layout.name for _, layout in harness.plan("fresh")}
    assert used == fresh_names, "every fresh design sets at least one fresh text"


def test_unseen_cases_are_masked_wherever_named():
    """(fresh47) A held-out or fresh case's document is never named in a listing; a dev case is."""
    assert harness.masked("dev__essay__a5_book__pypdf") == "dev__essay__a5_book__pypdf"
    for split in ("heldout", "fresh"):
        shown = harness.masked(f"{split}__some_text__a_layout__pypdf")
        assert "some_text" not in shown and shown.startswith(f"{split}__doc-")
        assert shown.endswith("__a_layout__pypdf")
        assert shown == harness.masked(f"{split}__some_text__a_layout__pypdf")  # stable


def test_run_sets_and_the_json_mask_fresh_names():
    """(fresh47) ``run.py --set both`` stays dev and held-out, ``all`` adds fresh; the JSON keeps a
    fresh row's figures but not its document's name nor its traceback."""
    import run

    assert run.SET_SPLITS["both"] == ("dev", "heldout")
    assert run.SET_SPLITS["all"] == ("dev", "heldout", "fresh") == harness.SPLITS
    row = {"name": "fresh__some_text__a_layout__pypdf", "split": "fresh", "doc": "some_text",
           "layout": "a_layout", "error": "Traceback … some_text", "fidelity": 0.5}
    listed = run._listed(row)
    assert "some_text" not in repr(listed) and listed["fidelity"] == 0.5
    assert listed["layout"] == "a_layout"
    dev = {**row, "name": "dev__some_text__a_layout__pypdf", "split": "dev"}
    assert run._listed(dev) == dev


@pytest.mark.parametrize("split", harness.SPLITS)
def test_typesetting_prints_every_character_of_the_gold(split):
    """The PDFs and text variants are honest: their body and note lines hold exactly the gold's
    characters (furniture aside), so every loss the scorer finds is the cleaner's."""
    if missing_fonts():
        pytest.skip(f"fonts for the evaluation PDFs not installed: {', '.join(missing_fonts())}")
    from typeset import compose

    scorer = harness.load_scorer()
    for doc, layout in harness.plan(split):
        pages = compose(doc, layout)
        printed = "".join(_printed_text(line, layout) for page in pages for line in page.lines
                          if line.role not in ("header", "footer"))
        gold = docs.gold_markdown(doc)
        if layout.notes_restart or layout.note_marks != "circled":
            # markers renumbered per page, or printed in brackets (left out of ``printed``): the
            # scorer ignores markers
            printed, gold = docs.MARK.sub("", printed), docs.MARK.sub("", gold)
        assert sorted(scorer.content(printed)) == sorted(scorer.content(gold)), (doc.name, layout.name)


def _printed_text(line, layout) -> str:
    """A printed line's text; under bracketed markers (``Layout.note_marks``) without them — the raised
    ones in the text and the label a note's line opens with (a 参考文献 list's 「[1]」 is text)."""
    if layout.note_marks == "circled":
        return line.text
    text = "".join(seg.text for seg in line.segs if not seg.rise)
    return re.sub(r"^\[\d{1,3}\]", "", text) if line.role == "note" else text


def test_pictures_and_boxes_are_frames_round_no_text():
    """(texts29) A picture stands above its caption as a filled frame the column's width; a boxed
    kind is set inset in an open frame round its lines; neither prints a character."""
    from typeset import BOX_INSET, compose

    layout = harness.LAYOUTS["neikan_three_picture"]
    doc = docs.parse_doc("title 标题\np 正文一段。\ncaption 图为示意。\nnote 资料：一条背景材料。\n",
                         "t", "dev")
    [page] = compose(doc, layout)
    caption = next(ln for ln in page.lines if ln.text == "图为示意。")
    note = next(ln for ln in page.lines if ln.text.startswith("资料"))
    picture = [f for f in page.frames if f[4]]
    box = [f for f in page.frames if not f[4]]
    assert len(picture) == 1 and len(box) == 1
    x0, y0, x1, y1, _ = picture[0]
    assert y0 > caption.y and round(x1 - x0, 3) == round(layout.column_width, 3)
    x0, y0, x1, y1, _ = box[0]
    assert y0 < note.y < y1 and x0 < note.segs[0].x and x1 <= x0 + layout.column_width + 0.01
    assert note.segs[0].x >= x0 + BOX_INSET * layout.size
    printed = "".join(ln.text for ln in page.lines if ln.role not in ("header", "footer"))
    assert printed == "标题正文一段。图为示意。资料：一条背景材料。"



def test_a_picture_across_two_columns_is_run_round():
    """(design34) A caption's picture set across two columns: the frame and the caption's line span
    both; the next column's text stops above the frame and goes on under the caption, and the
    column rule is interrupted there."""
    from typeset import compose

    layout = harness.LAYOUTS["zhoumo_picture_across"]
    body = "p " + "江城区推行政务服务一次告知，群众办事少跑腿。" * 10 + "\n"
    doc = docs.parse_doc("title 标题\n" + body + "caption 图为示意。\n" + body * 8, "t", "dev")
    [page] = compose(doc, layout)
    caption = next(ln for ln in page.lines if ln.text == "图为示意。")
    [picture] = [f for f in page.frames if f[4]]
    x0, y0, x1, y1, _ = picture
    assert round(x1 - x0, 3) == round(layout.span_width(2), 3) and y0 > caption.y
    second = x0 + layout.column_width + layout.gutter * layout.size  # the column it reaches into
    beside = [ln for ln in page.lines if ln.role == "body" and second - 1 < ln.segs[0].x < x1]
    assert beside and not any(caption.y - 1 < ln.y < y1 + layout.size for ln in beside)
    assert any(ln.y > y1 for ln in beside) and any(ln.y < caption.y for ln in beside)
    rule_x = second - layout.gutter * layout.size / 2
    assert not any(abs(r[0] - rule_x) < 0.01 and min(r[1], r[3]) < (y0 + y1) / 2 < max(r[1], r[3])
                   for r in page.rules)


def test_a_wide_and_a_narrow_column_with_the_lead_alone():
    """(design34) 宽窄栏: the lead is set in the wide column (two grid columns), the next item
    starts at the top of the narrow one; a paragraph running into the narrow column is set anew to
    its width; a later item's headline is set smaller than the lead's."""
    from typeset import compose

    layout = harness.LAYOUTS["jianbao_wide_narrow"]
    doc = docs.parse_doc("title 头条标题\np 头条正文，共两句。第二句。\ntitle 简讯标题\np "
                         + "简讯正文很长，需要转栏。" * 120 + "\n", "t", "dev")
    pages = compose(doc, layout)
    lines = [ln for page in pages for ln in page.lines if ln.role != "header" and ln.role != "footer"]
    lead = next(ln for ln in lines if ln.text == "头条标题")
    brief = next(ln for ln in lines if ln.text == "简讯标题")
    narrow_x = layout.margins[3] + layout.span_width(2) + layout.gutter * layout.size
    assert brief.segs[0].x > narrow_x - 0.01 and brief.segs[0].size < lead.segs[0].size
    assert brief.y > lead.y - 2 * lead.segs[0].size  # at the top of its column
    narrow = [ln for ln in pages[0].lines if ln.role == "body" and ln.segs[0].x > narrow_x - 0.01]
    wide = [ln for ln in pages[1].lines if ln.role == "body" and ln.segs[0].x < narrow_x - 0.01]
    assert narrow and wide
    assert max(len(ln.text) for ln in narrow) <= layout.measure + 1
    assert max(len(ln.text) for ln in wide) >= 2 * layout.measure


def test_items_after_the_first_are_parted_by_a_hairline():
    """(design34) ``item_rule``: an item starting mid-column has a rule across the column above its
    headline group; the lead (under the banner) has none."""
    from typeset import compose

    layout = harness.LAYOUTS["wanbao_banner_items"]
    doc = docs.parse_doc("kicker 引题\ntitle 主题\nbyline 本报记者 张三\np 正文一段。\n"
                         "title 第二条\nbyline 本报讯\np 正文二段。\n", "t", "dev")
    [page] = compose(doc, layout)
    second = next(ln for ln in page.lines if ln.text == "第二条")
    first = next(ln for ln in page.lines if ln.text == "正文一段。")
    flat = [r for r in page.rules if abs(r[1] - r[3]) < 0.01]
    assert len(flat) == 1 and second.y < flat[0][1] < first.y
    assert round(flat[0][2] - flat[0][0], 3) == round(layout.column_width, 3)

def test_gold_is_written_from_the_structure():
    doc = docs.parse_doc("kicker 引题强调\ntitle 主题\nsubtitle ——副题\nbyline 本报记者 张三\n"
                         "h1 一、标题\np **第一，要点。**正文①。\nquote 引文。\nattr ——在会上的讲话\n"
                         "fn ①注释。\n", "t", "dev")
    assert docs.gold_markdown(doc) == (
        "# 引题强调\n\n# 主题\n\n## ——副题\n\n本报记者 张三\n\n## 一、标题\n\n"
        "**第一，要点。**正文①。\n\n> 引文。\n\n——在会上的讲话\n\n①注释。\n")
    with pytest.raises(ValueError, match="t:1"):
        docs.parse_doc("headline 不是一种块\n", "t", "dev")


def test_a_crash_is_a_failed_case_with_its_traceback(tmp_path, monkeypatch):
    import booklet.cli

    def boom(argv):
        raise RuntimeError("cleaner exploded")
    monkeypatch.setattr(booklet.cli, "run", boom)
    source = tmp_path / "in.txt"
    source.write_text("正文。\n", encoding="utf-8")
    status, text, error = harness.clean(source, tmp_path / "out.md")
    assert (status, text) == ("crash", "")
    assert "RuntimeError: cleaner exploded" in error and "Traceback" in error
    case = harness.Case("dev", "d", "l", "pdftotext", source, "# 标题\n\n正文。\n")
    row = harness.score(case, status, text, error)
    assert row["status"] == "crash" and row["fidelity"] == 0.0
    assert row["boundary"]["f1"] == 0.0 and row["headings"]["f1"] == 0.0


def test_the_cleaner_runs_as_booklet_clean_does(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text("第一段，\n接续。\n\n第二段。\n", encoding="utf-8")
    status, text, _ = harness.clean(source, tmp_path / "out.md")
    assert status == "ok" and "第一段，接续。" in text


def test_pdfminer_reads_one_pdf_as_one_text_whatever_the_memory_addresses(tmp_path, monkeypatch):
    """pdfminer breaks ties between equally close text boxes by ``id``; the harness pins that
    tie-break to creation order, so a case's input cannot depend on the process's allocation
    history (it did: this dev case read back in two orders under different ``PYTHONHASHSEED``).
    Reversing every ``id`` stands in for another allocation history."""
    if missing_fonts() or harness.missing_tools().get("pdfminer"):
        pytest.skip("fonts or pdfminer for the evaluation PDFs not installed")
    import builtins

    from extract import pdfminer_text
    from render import render_pdf
    from typeset import compose

    doc = next(d for d in docs.load_docs("dev") if d.name == "news_page_grassroots_items")
    layout = harness.LAYOUTS["weekly_two_of_three"]  # two equal columns: equal box distances tie
    pdf = tmp_path / "page.pdf"
    render_pdf(compose(doc, layout), layout, pdf)
    first = pdfminer_text(pdf)
    real_id = builtins.id
    monkeypatch.setattr(builtins, "id", lambda obj: -real_id(obj))
    reversed_addresses = pdfminer_text(pdf)
    monkeypatch.undo()
    assert reversed_addresses == first
