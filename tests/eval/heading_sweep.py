"""A sweep of heading typography no cleaner rule was written from (branch sweep25; not run by the suite).

Draws ``--designs`` random one-column page designs (seeded) that vary how headings are set — face
(黑体, 楷体, synthetic bold, the body face), size ratio, centred / set in like the paragraphs / flush
over indented paragraphs, space above and below, first-line indent or block paragraphs, title size —
together with the page habits around them (page size, measure, leading, body face, Latin digits,
hung marks, running heads), sets dev texts with numbered headings in each, reads every PDF with the
harness's extractors and scores each case with the gold scorer.

    python tests/eval/heading_sweep.py --json /tmp/sweep25/sweep.json
    python tests/eval/heading_sweep.py --designs 60 --seed 25 --only pypdf

(habits90) ``--habits book`` gives each drawn design a book's odd and even heads that differ (the book's
title over the versos, the section in force over the rectos, the folio beside them or at the foot, no
head on the opener, centred headings); ``--habits gongwen`` sets it on the GB/T 9704 A4 page and gives
公文 texts an 附件说明 and a 版记 (see ``book_habits``, ``gongwen_habits``, ``gongwen_doc``).

Dev texts only: the held-out set is never set here.  Prints heading F1 and boundary F1 per design
and per family, and the designs' parameters, so that failures can be sorted into kinds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, replace
from multiprocessing import get_context
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # this work tree's booklet

import harness  # noqa: E402
from docs import load_docs  # noqa: E402
from layouts import A4, A5, B5, MM, Layout  # noqa: E402

# dev texts with numbered headings at one or more levels (一、/（一）/1./第X章): an outline lecture, an
# implementation plan, a local standard, a regulation in sections, a county speech with 小标题, a
# report with bold headings, a notice
TEXTS = ("outline_plenary_lecture", "plan_elderly_care_implementation", "standard_reading_room",
         "regulation_archives_sections", "speech_county_meeting", "report_bold_headings",
         "notice_theory_study")
# texts written after the sweep was (texts48, texts49): a chronology, a speech with bold lead-ins,
# excerpts with long attributions, a four-level notice, study questions, symposium speeches, a reader in
# parts, heads that are phrases
NEW_TEXTS = ("chronology_town_events", "speech_bold_leadins_rural", "excerpts_long_attributions",
             "notice_four_levels_training", "qa_study_questions", "symposium_speeches_excerpts",
             "reader_parts_documents", "insights_phrase_heads")
FAMILIES = ("pypdf", "pypdfium2", "pdfminer", "pdftotext", "pdftotext_layout", "pdfplumber",
            "plain_ideographic")
# (pocket53) boundaries on pocket pages are decided by every reader of the page
# (saved54) the saved-text variants (harness TEXT_VARIANTS: realstyle, paste_viewer, plain_ideographic);
# every kind reads them with `--saved` or by name in `--only`; the default families are unchanged so
# that older seeds' tables reprint
SAVED_FAMILIES = ("realstyle", "paste_viewer", "plain_ideographic")
POCKET_FAMILIES = ("pdftotext", "pdftotext_layout", "pdftotext_raw", "pdfminer", "pdfplumber", "pypdf",
                   "pypdfium2", "plain_ideographic", "paste_viewer", "direct")
PAGES = {"A4": A4, "A5": A5, "B5": B5, "32k": (130 * MM, 184 * MM), "64k": (105 * MM, 150 * MM),
         "16k": (185 * MM, 260 * MM)}
MEASURES = {"A4": (28, 42), "A5": (18, 26), "B5": (24, 36), "32k": (20, 27), "64k": (15, 20),
            "16k": (26, 38)}
HEADS = ((), ("{title}",), ("工作简报|2026年第7期",), ("{title}|{n}",), ("学习资料",))
FOOTS = ("{n}", "— {n} —", "第{n}页", "- {n} -", "{n}/{m}", "第 {n} 页 共 {m} 页", "")
# (pocket53) pocket pages: 64开, 小32开, A6 and a narrow 64开; measures 13–18 characters
POCKET_PAGES = {"64k": (105 * MM, 150 * MM), "s32k": (120 * MM, 178 * MM), "A6": (105 * MM, 148 * MM),
                "64k_narrow": (100 * MM, 140 * MM)}
POCKET_HEADS = ((), ("{title}",), ("{title}",), ("干部学习口袋书",), ("{n}|学习手册",))
POCKET_EVEN = (None, ("干部学习口袋书",), ("理论学习丛书",), ("{n}",))
POCKET_FOOTS = ("{n}", "{n}", "— {n} —", "- {n} -", "")
# (cols53, ``--kind columns``) pages set in columns, as a 简报 / 内刊 / 理论周刊 is: the texts with
# headings and the three bulletin-like dev texts; A4/B5/16k/A5 pages, a column measure of 11–22
# characters, and the running heads and folios of a bulletin (a 期号 line, a unit name | date, 第 N 页)
COLUMN_TEXTS = TEXTS + NEW_TEXTS + ("jianbao_marker_heads", "study_guide_topic_parts",
                                    "qa_law_consumer_rights")
COLUMN_PAGES = ("A4", "A4", "B5", "16k", "A5")
COLUMN_HEADS = ((), ("{title}",), ("工作简报|2026年第7期",), ("江城市委办公室|2026年11月20日",),
                ("情况交流", "第12期|江城市委办公室编  2026年11月20日"), ("内部刊物|{title}",),
                ("理论周刊|2026年5月12日  星期二",))
COLUMN_FOOTS = ("第 {n} 页", "第{n}页", "—{n}—", "{n}", "- {n} -", "")
# (pypdf59, ``--word``) a Word report's page furniture over any drawn design: a two-line head (the
# unit, then a 简报 / title with its issue or date at the right edge), with or without a rule under it,
# and Word's 「第 N 页 共 M 页」 field at the foot; Word sets the digits in a Latin face.  Drawn from
# a second stream seeded by the design's own, so a seed draws the same designs with or without it.
WORD_HEADS = (("江城市发展和改革委员会办公室", "工作简报|2026年第9期"),
              ("青禾县人民政府办公室", "{title}|2026年11月"),
              ("××区教育局", "内部资料|注意保存"),
              ("{title}", "江城市委政策研究室|2026年10月"))
# (head65, ``--word --periodical``) a periodical's two-line Word head: the unit's name (about six
# ideographs) over the periodical's name and its issue at the row's two ends — names beyond the usual
# endings (简报, 动态, …) as well as one of them, so a rule cannot read the head by its vocabulary.
PERIODICAL_HEADS = (("江城市财政局", "财政工作交流|2026年第3期"),
                    ("青禾县教育局", "教育督导通报|2026年第11期"),
                    ("江城市委组织部", "组工情况反映|第27期"),
                    ("江城市科技局", "科技工作动态|2026年第8期"))
WORD_FOOTS = ("第 {n} 页 共 {m} 页", "第 {n} 页 共 {m} 页", "第{n}页 共{m}页", "第 {n} 页，共 {m} 页")


def design(k: int, rng: random.Random) -> Layout:
    """One random one-column design with random heading habits."""
    page = rng.choice(tuple(PAGES))
    lo, hi = MEASURES[page]
    w, h = PAGES[page]
    side = rng.uniform(0.09, 0.16) * w
    vert = rng.uniform(0.08, 0.13) * h
    style = rng.choice(("hei", "hei", "bold", "larger", "larger"))
    face = rng.choice((None, None, "kai", "hei")) if style != "bold" else rng.choice((None, None, "kai"))
    indent = rng.choice((2.0, 2.0, 2.0, 0.0))
    para_space = 0.0 if indent and rng.random() < 0.7 else rng.choice((0.3, 0.5, 1.0))
    centre = rng.random() < 0.35
    head_indent = None if centre or rng.random() < 0.5 else rng.choice((0.0, 0.0, 2.0, 1.0))
    space = None if rng.random() < 0.4 else (rng.choice((0.0, 0.3, 0.5, 1.0)), rng.choice((0.0, 0.2, 0.5)))
    scale = rng.choice((1.0, 1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3, 1.4))
    if style == "larger" and face is None and scale < 1.05:
        scale = rng.choice((1.05, 1.1, 1.2))  # the body face at the body size is no heading at all
    return Layout(
        f"sw25_{k:02d}", page=(w, h), margins=(vert, vert, side, side), measure=rng.randint(lo, hi),
        leading=round(rng.uniform(1.3, 1.85), 2), indent=indent, para_space=para_space,
        hanging=rng.random() < 0.25, justify=rng.random() < 0.85,
        title_scale=rng.choice((1.0, 1.2, 1.3, 1.4, 1.5, 1.7)), heading_scale=scale, heading_style=style,
        heading_face=face, centre_headings=centre, heading_indent=head_indent, heading_space=space,
        header_odd=rng.choice(HEADS), footer=rng.choice(FOOTS), footer_outer=rng.random() < 0.3,
        latin_font=rng.random() < 0.3, body_face=rng.choice(("ming", "ming", "ming", "kai")),
        rotate=False)


def pocket_design(k: int, rng: random.Random) -> Layout:
    """(pocket53) One random pocket design: a 13–18-character measure on a 64开, 小32开 or A6 page,
    with the habits such books vary — indent or block paragraphs, hung marks, ragged or justified,
    Latin digits, folios centred / outside / ``— N —``, running heads (odd/even), headings set in,
    centred, larger or bold at the body's size; footnotes come with the texts that have them."""
    page = rng.choice(tuple(POCKET_PAGES))
    w, h = POCKET_PAGES[page]
    side = rng.uniform(0.10, 0.17) * w
    vert = rng.uniform(0.08, 0.12) * h
    style = rng.choice(("hei", "bold", "larger", "larger"))
    face = rng.choice((None, None, "kai", "hei")) if style != "bold" else rng.choice((None, None, "kai"))
    indent = rng.choice((2.0, 2.0, 2.0, 0.0))
    para_space = 0.0 if indent and rng.random() < 0.75 else rng.choice((0.3, 0.5, 0.8))
    centre = rng.random() < 0.35
    head_indent = None if centre or rng.random() < 0.5 else rng.choice((0.0, 2.0, 2.0))
    space = None if rng.random() < 0.5 else (rng.choice((0.0, 0.3, 0.5)), rng.choice((0.0, 0.2)))
    scale = rng.choice((1.0, 1.0, 1.1, 1.15, 1.2, 1.3)) if style != "bold" else 1.0
    if style == "larger" and face is None and scale < 1.05:
        scale = rng.choice((1.1, 1.2))  # the body face at the body size is no heading at all
    head = rng.choice(POCKET_HEADS)
    return Layout(
        f"pk53_{k:02d}", page=(w, h), margins=(vert, vert, side, side), measure=rng.randint(13, 18),
        leading=round(rng.uniform(1.3, 1.9), 2), indent=indent, para_space=para_space,
        hanging=rng.random() < 0.4, justify=rng.random() < 0.75,
        title_scale=rng.choice((1.0, 1.2, 1.3, 1.4)), heading_scale=scale, heading_style=style,
        heading_face=face, centre_headings=centre, heading_indent=head_indent, heading_space=space,
        header_odd=head, header_even=rng.choice(POCKET_EVEN) if head else None,
        header_on_first=rng.random() < 0.5, footer=rng.choice(POCKET_FOOTS),
        footer_outer=rng.random() < 0.4, note_scale=rng.choice((0.75, 0.8, 0.85)),
        latin_font=rng.random() < 0.4, body_face=rng.choice(("ming", "ming", "kai")), rotate=False)


# (pocket59, ``--kind pocketwide``) the habits pocket books vary that `pocket_design` draws seldom or
# never: folios 「第5页」 and 「5/40」 as well as 「5」, 「— 5 —」 and none, centred or at the outer
# corner; running heads of the chapter in force on the rectos and the book on the versos
# (``{section}``), the folio in the head with no foot; hung marks or characters pushed down (a short
# line inside a ragged paragraph); block paragraphs with or without space; headings in bold at the
# body's size, centred or flush; measures of 15–17 characters (the 16-character page most)
WIDE_HEADS = ((), ("{title}",), ("干部学习口袋书",), ("{section}",), ("{section}",), ("{n}|{section}",),
              ("{section}|{n}",))
WIDE_EVEN = (None, ("{title}",), ("干部学习口袋书",), ("{n}|{title}",), ("理论学习丛书|{n}",))
WIDE_FOOTS = ("{n}", "— {n} —", "第{n}页", "第 {n} 页", "- {n} -", "{n}/{m}", "")


def pocket_wide_design(k: int, rng: random.Random) -> Layout:
    """(pocket59) One random pocket design over the wider habits above."""
    page = rng.choice(tuple(POCKET_PAGES))
    w, h = POCKET_PAGES[page]
    side = rng.uniform(0.10, 0.17) * w
    vert = rng.uniform(0.08, 0.12) * h
    style = rng.choice(("hei", "bold", "bold", "larger"))
    face = rng.choice((None, None, "kai", "hei")) if style != "bold" else rng.choice((None, None, "kai"))
    paragraphs = rng.choice(("indent", "indent", "indent_space", "block_space", "block"))
    indent = 2.0 if paragraphs.startswith("indent") else 0.0
    para_space = rng.choice((0.3, 0.5, 0.8)) if paragraphs.endswith("space") else 0.0
    centre = rng.random() < 0.45
    head_indent = None if centre or rng.random() < 0.5 else rng.choice((0.0, 2.0))
    space = None if rng.random() < 0.5 else (rng.choice((0.0, 0.3, 0.5)), rng.choice((0.0, 0.2)))
    scale = rng.choice((1.0, 1.0, 1.1, 1.2)) if style != "bold" else 1.0
    if style == "larger" and face is None and scale < 1.05:
        scale = rng.choice((1.1, 1.2))  # the body face at the body size is no heading at all
    head = rng.choice(WIDE_HEADS)
    even = rng.choice(WIDE_EVEN) if head else None
    folio_in_head = any("{n}" in part for part in head + (even or ()))
    foot = "" if folio_in_head and rng.random() < 0.7 else rng.choice(WIDE_FOOTS)
    return Layout(
        f"pw59_{k:02d}", page=(w, h), margins=(vert, vert, side, side),
        measure=rng.choice((15, 16, 16, 16, 17)),
        leading=round(rng.uniform(1.3, 1.9), 2), indent=indent, para_space=para_space,
        hanging=rng.random() < 0.5, justify=rng.random() < 0.5,
        title_scale=rng.choice((1.0, 1.2, 1.3, 1.4)), heading_scale=scale, heading_style=style,
        heading_face=face, centre_headings=centre, heading_indent=head_indent, heading_space=space,
        header_odd=head, header_even=even, header_on_first=rng.random() < 0.5, footer=foot,
        footer_outer=rng.random() < 0.5, note_scale=rng.choice((0.75, 0.8, 0.85)),
        latin_font=rng.random() < 0.4, body_face=rng.choice(("ming", "ming", "kai")), rotate=False)


LEADINGS = {"any": (1.3, 1.8), "open": (1.51, 1.8), "tight": (1.3, 1.5)}
"""Leading ranges of `--leading`: above 1.5 plain pdftotext and pdfminer set every line a block (gutter53)."""


def column_design(k: int, rng: random.Random, leading: str = "any") -> Layout:
    """One random design in columns (two mostly, some three) with random heading habits.

    `leading` draws the leading from one of `LEADINGS`' ranges; the draw takes the same place in
    the stream whatever the range, so a seed gives the same designs but for their leading.

    Headings are centred in the column, flush, or set in like the paragraphs, in 黑体, synthetic
    bold, a larger size, or the body face at body size with space above; the title spans the
    columns or opens the first one; gutter 1–3 em with or without a rule; hung marks on or off.
    """
    page = rng.choice(COLUMN_PAGES)
    w, h = PAGES[page]
    columns = rng.choice((2, 2, 2, 3))
    measure = rng.randint(11, 16) if columns == 3 else rng.randint(13, 22)
    side = rng.uniform(0.07, 0.12) * w
    vert = rng.uniform(0.07, 0.11) * h
    style = rng.choice(("hei", "hei", "hei", "bold", "bold", "larger", "plain"))
    face = None
    scale = rng.choice((1.0, 1.0, 1.05, 1.1, 1.2))
    space = None if rng.random() < 0.5 else (rng.choice((0.3, 0.5, 1.0)), rng.choice((0.0, 0.2, 0.5)))
    if style == "plain":  # the body face at body size, told from the text by space above only
        style, scale, space = "larger", 1.0, (rng.choice((0.8, 1.0)), rng.choice((0.0, 0.3)))
    elif style == "larger":
        face = rng.choice((None, "kai", "hei"))
        if face is None and scale < 1.05:
            scale = rng.choice((1.1, 1.2))
    centre = rng.random() < 0.35
    head_indent = None if centre or rng.random() < 0.5 else 0.0
    indent = rng.choice((2.0, 2.0, 2.0, 0.0))
    para_space = 0.0 if indent else rng.choice((0.3, 0.5))
    return Layout(
        f"col53_{k:02d}", page=(w, h), margins=(vert, vert, side, side), measure=measure,
        columns=columns, gutter=rng.choice((1.0, 1.5, 2.0, 3.0)), column_rule=rng.random() < 0.4,
        leading=round(rng.uniform(*LEADINGS[leading]), 2), indent=indent, para_space=para_space,
        hanging=rng.random() < 0.4, justify=rng.random() < 0.9,
        title_scale=rng.choice((1.2, 1.4, 1.6, 1.9)), heading_scale=scale, heading_style=style,
        heading_face=face, centre_headings=centre, heading_indent=head_indent, heading_space=space,
        span_head=columns if rng.random() < 0.5 else 0, header_odd=rng.choice(COLUMN_HEADS),
        header_rule=rng.random() < 0.4, footer=rng.choice(COLUMN_FOOTS),
        latin_font=rng.random() < 0.3, body_face=rng.choice(("ming", "ming", "ming", "kai")),
        rotate=False)


# (news54, ``--kind news``) a 日报/周刊 page: several short articles, each opened by a headline block
# (引题 kicker, 主题 title, ——副题 subtitle) and a byline or 本报讯 line, closed by a 来源 line: the six
# news pages and the three texts with kickers (a digest of briefs, a 先进事迹 feature, a 访谈)
NEWS_TEXTS = ("news_page_city_briefs", "news_page_county", "news_page_culture_weekly",
              "news_page_district_livelihood", "news_page_grassroots_items", "news_page_science",
              "briefs_county_work_digest", "deeds_village_doctor", "interview_rural_revitalization")
# every extractor and the PDF reader: a newspaper page is brought as a PDF
NEWS_FAMILIES = ("pdftotext", "pdftotext_layout", "pdftotext_raw", "pdfminer", "pdfplumber", "pypdf",
                 "pypdfium2", "direct")
# 对开/4开 and tabloid pages (mm) as papers print them, and an A3 内刊
NEWS_PAGES = {"4k": (250 * MM, 350 * MM), "4k_tall": (260 * MM, 370 * MM),
              "tabloid": (240 * MM, 340 * MM), "A3": (297 * MM, 420 * MM)}
# a paper's head: its name, the date, the edition and section, in one or two parts
NEWS_HEADS = (("江城日报|2026年5月3日  星期日  第{n}版",), ("第{n}版  要闻|江城日报  2026年5月3日",),
              ("2026年5月8日  星期五|文化周刊",), ("江城晚报  城事|2026年5月3日  A{n}",),
              ("综合新闻|第{n}版",), ("江城周刊  2026年第18期|第{n}版",))
NEWS_FOOTS = ("", "", "", "{n}", "第{n}版")


def news_design(k: int, rng: random.Random) -> Layout:
    """(news54) One random newspaper page: two to four columns of 10–22 characters, the lead's
    headline block (kicker, title, subtitle, byline) across all the columns, across all but one, or
    in the first column; the other items' headlines at the lead's scale or smaller (a paper sets
    only the lead large); a hairline between items or none; gutters 0.8–2 em with or without a
    rule; hung marks or not; tight to open leading; pictures over captions on some pages."""
    w, h = NEWS_PAGES[rng.choice(tuple(NEWS_PAGES))]
    columns = rng.choice((2, 3, 3, 3, 4))
    measure = {2: rng.randint(16, 22), 3: rng.randint(12, 16), 4: rng.randint(10, 13)}[columns]
    side = rng.uniform(0.05, 0.09) * w
    vert = rng.uniform(0.05, 0.08) * h
    span = rng.choice((columns, columns, max(columns - 1, 2), 0))
    title_scale = rng.choice((1.6, 1.8, 2.0, 2.2, 2.4, 2.8))
    later = rng.choice((0.0, 1.3, 1.5, 1.6))
    return Layout(
        f"nw54_{k:02d}", page=(w, h), margins=(vert, vert * 0.9, side, side), measure=measure,
        columns=columns, gutter=rng.choice((0.8, 1.0, 1.2, 1.5, 2.0)), column_rule=rng.random() < 0.5,
        leading=round(rng.uniform(1.2, 1.6), 2), indent=2.0, para_space=0.0,
        hanging=rng.random() < 0.5, justify=True, title_scale=title_scale,
        later_title_scale=later if later < title_scale else 0.0,
        heading_style=rng.choice(("hei", "hei", "bold")), span_head=span,
        item_rule=rng.random() < 0.4, picture_lines=rng.choice((0.0, 0.0, 4.0, 5.0)),
        header_odd=rng.choice(NEWS_HEADS), header_rule=rng.random() < 0.5,
        footer=rng.choice(NEWS_FOOTS), latin_font=rng.random() < 0.3,
        body_face=rng.choice(("ming", "ming", "ming", "kai")), rotate=False)


def word_report(lay: Layout, seed: int, heads: tuple = WORD_HEADS) -> Layout:
    """(pypdf59) `lay` with a Word report's furniture (`WORD_HEADS`, or `heads`: head65's
    `PERIODICAL_HEADS`; `WORD_FOOTS`, Latin digits)."""
    from dataclasses import replace

    rng = random.Random(f"word{seed}{lay.name}")
    return replace(lay, header_odd=rng.choice(heads), header_even=None, header_on_first=True,
                   header_rule=rng.random() < 0.6, footer=rng.choice(WORD_FOOTS), footer_outer=False,
                   latin_font=True)


# (edge70, ``--edges``) what a real 16-mo / 32-mo pocket book prints at its page edges that the pocket
# draws lack: the folio beside the running head on one line at the outer edge (「12      学习读本」 on the
# verso, 「第一章 总论      13」 on the recto), the folio alone at the top outer corner, a short book or
# part title of 2–4 characters as the head (「读本」, 「党课」, 「学习」), a Latin line (「XUEXI DUBEN」),
# the verso and recto heads differing, and folios in dots or brackets (「·12·」, 「〔12〕」, 「（12）」,
# 「[12]」, 「-12-」) or none at the foot.  Drawn from a second stream seeded by the design's own name, so
# a seed draws the same designs with or without it; the gold is unchanged (all of it is furniture).
EDGE_HEADS = (  # (verso, recto)
    (("{n}|学习读本",), ("{section}|{n}",)),
    (("{n}|理论学习口袋书",), ("{title}|{n}",)),
    (("{n}|",), ("|{n}",)),
    (("读本",), ("党课",)),
    (("学习",), ("学习",)),
    (("{n}|党课",), ("党课|{n}",)),
    (("XUEXI DUBEN",), ("{section}",)),
    (("手册",), ("{section}",)),
    (("{n}",), ("{n}",)),
)
EDGE_FOOTS = ("·{n}·", "〔{n}〕", "（{n}）", "[{n}]", "-{n}-", "· {n} ·", "{n}", "")


def edge_habits(lay: Layout, seed: int) -> Layout:
    """(edge70) `lay` with a pocket book's edge furniture (`EDGE_HEADS`, `EDGE_FOOTS`): the head on
    the verso and the recto, the folio in the head (then mostly no foot) or at the foot, centred or
    at the outer edge."""
    from dataclasses import replace

    rng = random.Random(f"edge{seed}{lay.name}")
    even, odd = rng.choice(EDGE_HEADS)
    folio_in_head = any("{n}" in part for part in odd + even)
    foot = "" if folio_in_head and rng.random() < 0.7 else rng.choice(EDGE_FOOTS)
    # (the composer's page 0 is a recto: ``header_odd`` prints on pages 1, 3, …, ``header_even`` on 2, 4, …)
    return replace(lay, header_odd=odd, header_even=even, header_on_first=rng.random() < 0.5,
                   footer=foot, footer_outer=rng.random() < 0.5)


# (onepage64, ``--first-head``) Word's "different first page" and the one-page document: the drawn
# design's head (or the Word head of ``--word``) printed on the first page only; the later pages print
# none or the title (``FIRST_ONLY_LATER``), so no repetition marks the first page's band.
FIRST_ONLY_LATER = ((), (), ("{title}",))


# (pocket90, ``--plain-heads``) the pocket-book heading the pocket draws never set: the 小标题 in the
# body's own face and size, neither bold nor larger, set apart only by space around it (a blank line
# or half of one), by centring, or by standing flush at the margin over indented paragraphs — the
# cheapest pocket books and Word files saved small set headings so.  A 楷体 heading at the body's
# size is among them (the face differs, the size not).  Drawn from a second stream seeded by the
# design's own name, so a seed draws the same designs with or without it; the gold is unchanged.
PLAIN_HEAD_FACES = (None, None, None, "kai")
PLAIN_HEAD_SPACES = ((1.0, 0.0), (1.0, 0.5), (0.5, 0.5), (0.5, 0.0), (1.0, 1.0))


def plain_heads(lay: Layout, seed: int) -> Layout:
    """(pocket90) `lay` with its headings in the body's face (or 楷体) at the body's size, set apart
    by space above (and below) and by centring or a flush start, never by weight or size."""
    from dataclasses import replace

    rng = random.Random(f"plain{seed}{lay.name}")
    centre = rng.random() < 0.4
    head_indent = None if centre else rng.choice((0.0, 0.0, None))
    return replace(lay, heading_style="larger", heading_scale=1.0, heading_face=rng.choice(PLAIN_HEAD_FACES),
                   centre_headings=centre, heading_indent=head_indent,
                   heading_space=rng.choice(PLAIN_HEAD_SPACES))


def first_head_only(lay: Layout, seed: int) -> Layout:
    """(onepage64) `lay` with its head printed once, on the first page (Word's different first
    page); a text that fits one page is a one-page document under that head."""
    from dataclasses import replace

    rng = random.Random(f"first{seed}{lay.name}")
    head = lay.header_odd or rng.choice(COLUMN_HEADS[1:])
    return replace(lay, header_first=head, header_on_first=True, header_odd=rng.choice(FIRST_ONLY_LATER),
                   header_even=None)


# (bull66, ``--kind bulletin``) a 简报 in two columns as an office prints it: the issuing unit's name
# (about nine ideographs) printed once at the top of the first page over the text's own 报头 (a short
# name set very large, 「第N期」, the 编发 line), later pages with no head or the unit again; items
# opened by a kicker (set at the body's size) over a title set 1.5–1.9× in a column of 20–24
# characters, over a 供稿 byline — so a kicker about as wide in characters as a title's first line.
BULLETIN_TEXTS = ("jianbao_kicker_items", "briefs_county_work_digest", "jianbao_flood_season",
                  "jianbao_marker_heads")
BULLETIN_UNITS = ("中共江城市委办公室", "江城市委政策研究室", "江城市人民政府办公室", "青禾县农业农村局")
BULLETIN_LATER = ((), (), ("{title}",))
BULLETIN_FOOTS = ("—{n}—", "第{n}页", "- {n} -", "{n}", "")


def bulletin_design(k: int, rng: random.Random) -> Layout:
    """(bull66) One random two-column 简报 page with its unit line printed once (see above)."""
    page = rng.choice(("A4", "A4", "16k", "B5"))
    w, h = PAGES[page]
    measure = rng.randint(20, 24) if page != "B5" else rng.randint(18, 21)
    side = rng.uniform(0.07, 0.11) * w
    vert = rng.uniform(0.07, 0.10) * h
    return Layout(
        f"bl66_{k:02d}", page=(w, h), margins=(vert, vert, side, side), measure=measure,
        columns=2, gutter=rng.choice((1.5, 2.0, 2.5)), column_rule=rng.random() < 0.5,
        leading=round(rng.uniform(1.35, 1.7), 2), indent=2.0, para_space=0.0,
        hanging=rng.random() < 0.4, justify=rng.random() < 0.9,
        title_scale=rng.choice((1.5, 1.6, 1.7, 1.7, 1.8, 1.9)), heading_style=rng.choice(("hei", "hei", "bold")),
        span_head=2 if rng.random() < 0.4 else 0, header_first=(rng.choice(BULLETIN_UNITS),),
        header_on_first=True, header_odd=rng.choice(BULLETIN_LATER), header_rule=rng.random() < 0.5,
        footer=rng.choice(BULLETIN_FOOTS), latin_font=rng.random() < 0.3,
        body_face=rng.choice(("ming", "ming", "kai")), rotate=False)


# (bull67, ``--masthead``) the 简报's own 报头 set otherwise than name / issue / 编发 line, each design
# one arrangement in turn (``MASTHEAD_SHAPES``), the name spaced out on every other design (the shapes
# are seven, an odd number, so each comes spaced and unspaced over a draw of fourteen) and the unit in
# red drawn apart:
# the issue beside the name on its row; that issue dated (「2026年第15期」); no 编发 line; the 编发
# line as a row, the office at one end and the day at the other.  "no_byline" and "dated_issue"
# change the document (``masthead_doc``: the gold drops the 编发 line, or reads the dated issue, as
# the print does); the others only the print, the gold unchanged in meaning.
#
# (mast68) and the arrangements bull67 named and did not draw, seven more (``--masthead mast68`` draws
# these alone, ``--masthead bull67`` bull67's seven, a bare ``--masthead`` all fourteen): the issue
# between the office and the day on the 编发 line's one row (「江城市委办公室编　第15期　2026年11月25
# 日」: "issue_row", the document's own line, gold alike); the issue over the name ("issue_over", the
# document's order, gold alike); the name set across two lines (「工作」 / 「简报」: "two_line", print
# only); a 「内部资料　注意保存」 or 「秘密」 mark at the top left corner of the first page ("mark",
# print furniture, as the unit over the 报头); the issue with its running count (「第15期　总第123期」:
# "total_issue", the document's line).
MASTHEAD_SHAPES = (("beside",), ("beside", "dated_issue"), ("no_byline",), ("row",), ("beside", "no_byline"),
                   ("dated_issue", "row"), ("beside", "dated_issue", "no_byline"),
                   ("issue_row",), ("issue_over",), ("two_line",), ("mark",), ("total_issue",),
                   ("issue_row", "mark", "two_line"), ("issue_over", "total_issue", "no_byline"),
                   ("long_name",), ("long_name", "issue_row"), ("long_name", "no_byline"))
# (mast68) "long_name": the publication named by its trade before its kind, longer than a bare
# section's four characters (``LONG_NAMES``: 「宣传工作简报」, 「江城政研参考」), the document's own name,
# gold alike — ``--masthead long`` draws it alone.
MASTHEAD_SETS = {"all": MASTHEAD_SHAPES, "bull67": MASTHEAD_SHAPES[:7], "mast68": MASTHEAD_SHAPES[7:14],
                 "long": MASTHEAD_SHAPES[14:]}
LONG_NAMES = {"工作简报": ("宣传工作简报", "江城水利工作简报", "农业农村工作动态", "纪检监察工作简报"),
              "参阅": ("江城政研参考", "决策咨询参阅", "市委政研信息")}


def masthead_variant(lay: Layout, seed: int, k: int, shapes: tuple = MASTHEAD_SHAPES[:7]) -> Layout:
    """(bull67) `lay` with its text's 报头 set in the `k`-th arrangement of `MASTHEAD_SHAPES` (the
    draw of the design itself unchanged)."""
    from dataclasses import replace

    rng = random.Random(f"mast{seed}{lay.name}")
    shape = set(shapes[k % len(shapes)])
    shape |= {"spaced"} if k % 2 == 1 else set()
    shape |= {"red_unit"} if rng.random() < 0.5 else set()
    return replace(lay, masthead_shape=frozenset(shape))


def masthead_doc(doc, lay: Layout):
    """(bull67) The document as a design's ``masthead_shape`` prints it: "no_byline" drops the 编发
    line under the issue (the gold with it), "dated_issue" prints the issue with its year
    (「2026年第15期」: the year of the 编发 line's day, else 2026) in print and gold alike."""
    from dataclasses import replace

    from docs import Block

    shape, blocks = lay.masthead_shape, list(doc.blocks)
    k = next((j for j, b in enumerate(blocks) if b.kind == "docno"), None)
    if k is None or k == 0 or blocks[k - 1].kind != "masthead":
        return doc
    after = blocks[k + 1] if k + 1 < len(blocks) else None
    if "dated_issue" in shape and blocks[k].text.startswith("第"):
        year = re.search(r"(\d{4})年", after.text) if after is not None and after.kind == "byline" else None
        blocks[k] = Block("docno", f"{year.group(1) if year else '2026'}年{blocks[k].text}")
    if "total_issue" in shape and blocks[k].text.startswith(("第", "20")):  # (mast68)
        count = 100 + sum(map(ord, doc.name)) % 80 + int(re.sub(r"\D", "", blocks[k].text)[-2:] or 0)
        blocks[k] = Block("docno", f"{blocks[k].text} 总第{count}期")
    if "long_name" in shape and blocks[k - 1].text in LONG_NAMES:  # (mast68)
        names = LONG_NAMES[blocks[k - 1].text]
        blocks[k - 1] = Block("masthead", names[sum(map(ord, lay.name + doc.name)) % len(names)])
    if "no_byline" in shape and after is not None and after.kind == "byline":
        del blocks[k + 1]
    elif "issue_row" in shape and after is not None and after.kind == "byline" and " " in after.text:
        office, _, day = after.text.rpartition(" ")  # (mast68) the issue on the 编发 line's row
        blocks[k] = Block("byline", f"{office} {blocks[k].text} {day}")
        del blocks[k + 1]
    if "issue_over" in shape and blocks[k].kind == "docno":  # (mast68) the issue over the name
        blocks[k - 1], blocks[k] = blocks[k], blocks[k - 1]
    return replace(doc, blocks=tuple(blocks))


# (sign78, ``--signed-end``) a 简报 that signs each item at its end: the contributor's credit in
# brackets (「（市医疗保障局供稿）」), which these texts set as the item's byline under its head, moved
# under the item's last paragraph as a signature set flush right (print and gold alike), the next
# item's head straight under it — as many 信息简报 print their items.
SIGNED_END_RE = re.compile(r"^[（(][^（）()]+(?:供稿|整理|撰稿|执笔)[）)]$")
ITEM_HEAD_KINDS = ("kicker", "title", "h1", "h2", "masthead", "label")


def signed_end_doc(doc):
    """(sign78) The document with each item's bracketed credit moved from under its head to its
    end (kind ``sign``, under the last paragraph, before the next head, the document's own signature
    or the closing note)."""
    from dataclasses import replace

    from docs import Block

    blocks, out, held = list(doc.blocks), [], None
    for b in blocks:
        if b.kind == "byline" and SIGNED_END_RE.match(b.text):
            if held is not None:
                out.append(held)
            held = Block("sign", b.text)
            continue
        if held is not None and (b.kind in ITEM_HEAD_KINDS or b.kind == "sign" or b.text.startswith(("编者按", "来源"))):
            out.append(held)
            held = None
        out.append(b)
    if held is not None:
        out.append(held)
    return replace(doc, blocks=tuple(out))


# (deal70, ``--spaced``) lines that hold spaces between Chinese characters as a saved copy keeps them,
# set into each drawn text (the draw of the designs unchanged, and without the option every seed's
# cases as before): a byline naming its reporters one space apart under an item's title
# (「本刊记者 张明 李华」), a names list set two spaces apart over several lines (「张建国  李红梅  …」)
# under the paragraph that announces it, a heading set as a couplet in two halves
# (「坚持人民至上  守护万家平安」), and a schedule's rows (「9:00  报到  一楼大厅」 without the digits:
# 「上午  报到  一楼大厅」).  Drawn from a stream seeded by the seed, the design and the text.
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国红梅志强秀英晓东丽华海涛春燕文军玉兰明辉桂芳永刚淑珍德明小平国庆雪峰立新慧敏"
COUPLETS = (("坚持人民至上", "守护万家平安"), ("聚焦主责主业", "推动提质增效"), ("深化改革创新", "激发发展活力"),
            ("守牢安全底线", "护航高质量发展"), ("党建引领聚合力", "为民服务办实事"))
SCHEDULE_ROWS = ("上午  报到  一楼大厅", "上午  开幕式  二楼会议室", "下午  分组讨论  各小组会议室",
                 "下午  大会交流  二楼会议室", "晚上  自学  各自住地")


# (short80, ``--short N``) a short one-page text: each drawn text cut to its first N characters at a
# block boundary (print and gold alike; the draw of the designs otherwise unchanged).  The held-out and
# fresh column pages that lose fidelity hold 640–710 gold characters: their columns are a few lines each,
# unequal, the last short, under the headline — the column statistics have few lines to read.
def short_doc(doc, n: int):
    """(short80) The document cut to the blocks whose printed text fits in its first ``n`` characters
    (at least the first block that is not a heading); headings left at the end dropped (a text does not
    end on a heading), and the notes whose marks the kept text still holds."""
    from dataclasses import replace

    from docs import MARK

    kept, size = [], 0
    for b in doc.body:
        if size + len(b.plain) > n and any(not k.is_heading for k in kept):
            break
        kept.append(b)
        size += len(b.plain)
    while kept and kept[-1].is_heading:
        kept.pop()
    marks = sum(len(MARK.findall(b.text)) for b in kept)
    return replace(doc, blocks=tuple(kept) + tuple(doc.notes[:marks]))


def _names(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
            for _ in range(n)]


def spaced_doc(doc, lay: Layout, seed: int):
    """(deal70) The document with spaced lines set into it (see ``SURNAMES`` above): print and gold alike."""
    from docs import Block

    rng = random.Random(f"spaced{seed}{lay.name}{doc.name}")
    blocks = list(doc.blocks)
    heads = [k for k, b in enumerate(blocks) if b.kind in ("title", "h1", "h2") and k + 1 < len(blocks)]
    paras = [k for k, b in enumerate(blocks) if b.kind == "p"]
    inserts: dict[int, list] = {}
    for k in rng.sample(heads, min(len(heads), rng.randint(1, 3))):
        after = blocks[k + 1].kind
        if after == "byline":
            continue
        inserts.setdefault(k + 1, []).append(Block("byline", "本刊记者 " + " ".join(_names(rng, rng.randint(1, 3)))))
    if paras:
        k = rng.choice(paras)
        inserts.setdefault(k + 1, []).extend(
            [Block("p", rng.choice(("受表彰人员名单如下：", "参加会议的有：", "获奖个人名单："))),
             Block("p", "  ".join(_names(rng, rng.randint(12, 36))))])
    if len(paras) > 2:
        k = rng.choice(paras[1:])
        first, second = rng.choice(COUPLETS)
        inserts.setdefault(k + 1, []).append(Block("h1", f"{first}  {second}"))
    if len(paras) > 3 and rng.random() < 0.5:
        k = rng.choice(paras)
        inserts.setdefault(k + 1, []).extend([Block("p", "会议日程安排如下："), *[Block("p", r) for r in SCHEDULE_ROWS[:rng.randint(3, 5)]]])
    out = []
    for k, b in enumerate(blocks):
        out.extend(inserts.get(k, []))
        out.append(b)
    out.extend(inserts.get(len(blocks), []))
    return replace(doc, blocks=tuple(out))


# (habits90, ``--habits book|gongwen``) page habits real books and GB/T 9704 公文 have that the kinds
# above never draw together.  book: the verso heads the book (its series title), the recto the
# chapter in force (``{section}``) or the piece's title, a rule under the head or not, no head on the
# opening page (a chapter opener), the folio on every page, in the head at the outer edge (none at the
# foot) or at the foot's outer corner; headings centred with space about them (「第一节」 as books set it);
# on any of the kinds' measures, not only a pocket's.  gongwen: the A4 公文 page of GB/T 9704 — 37 mm
# top, 28 mm inner margin, 28 characters (27–29 as offices' templates set it) by 22 lines (leading
# 1.75–1.85), no running head, 「— N —」 folios at the outer edge (alternating sides), 一、 in 黑体 and
# （一） in 楷体 set in like the paragraphs; and in the text (print and gold alike, ``gongwen_doc``):
# an 附件说明 (「附件：1.…」 with its later items set in to the number) before the signature and a 版记
# after it (抄送 line, the 印发机关 and 印发日期 on one row), as the texts' own 附件 and 抄送 lines are
# read: paragraphs; the 印发 row a right-set line (``sign``) as notice_gongshi_cadres reads it.  Drawn
# from a stream seeded by the seed and the design's name: without the option every seed draws as
# before.
BOOK_VERSO = ("理论学习读本", "{title}", "干部读本", "学习贯彻全会精神辅导读本")
BOOK_RECTO = ("{section}", "{section}", "{title}")
BOOK_FOOTS = ("{n}", "·{n}·", "— {n} —", "{n}")


def book_habits(lay: Layout, seed: int) -> Layout:
    """(habits90) `lay` with a book's page habits (see above): verso and recto heads that differ,
    the folio on every page — beside the head at the outer edge (「12  理论学习读本」, 「第一章 总论  13」)
    or at the foot's outer corner —, a head rule, an opener without a head, centred headings with
    space about them."""
    rng = random.Random(f"book{seed}{lay.name}")
    even, odd = rng.choice(BOOK_VERSO), rng.choice(BOOK_RECTO)
    if rng.random() < 0.6:  # the folio in the head, at the outer edge of both pages
        even, odd, foot = (f"{{n}}|{even}",), (f"{odd}|{{n}}",), ""
    else:
        even, odd, foot = (even,), (odd,), rng.choice(BOOK_FOOTS)
    centre = rng.random() < 0.6
    space = rng.choice(((1.0, 0.5), (1.5, 1.0), (0.8, 0.3))) if centre else lay.heading_space
    return replace(lay, header_odd=odd, header_even=even, header_rule=rng.random() < 0.5,
                   header_on_first=False, footer=foot, footer_outer=True, centre_headings=centre,
                   heading_indent=None if centre else lay.heading_indent, heading_space=space,
                   title_scale=rng.choice((1.4, 1.6, 1.8)))


def gongwen_habits(lay: Layout, seed: int) -> Layout:
    """(habits90) `lay` replaced by a GB/T 9704 公文 page (see above): the design's name kept."""
    from layouts import GONGWEN_MARGINS

    rng = random.Random(f"gongwen{seed}{lay.name}")
    top, bottom, inner, outer = GONGWEN_MARGINS
    jitter = rng.uniform(-2, 2) * MM
    return replace(lay, page=A4, margins=(top + jitter, bottom - jitter, inner, outer), columns=1,
                   measure=rng.choice((27, 28, 28, 28, 29)), leading=round(rng.uniform(1.75, 1.85), 2),
                   indent=2.0, para_space=0.0, hanging=rng.random() < 0.5, justify=True,
                   title_scale=rng.choice((1.375, 1.375, 1.25)), heading_scale=1.0, heading_style="hei",
                   heading_face=None, centre_headings=False, heading_indent=None, heading_space=None,
                   header_odd=(), header_even=None, header_rule=False, header_first=None,
                   footer=rng.choice(("— {n} —", "— {n} —", "－{n}－", "-{n}-")), footer_outer=True,
                   latin_font=rng.random() < 0.5, body_face=rng.choice(("ming", "ming", "kai")),
                   span_head=0)


ANNEXES = ("江城市{topic}任务分解表", "江城市{topic}工作联系人名单", "{topic}情况统计表", "{topic}工作进度安排")
COPIES = ("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
          "抄送：省人民政府办公厅。")


def gongwen_doc(doc, seed: int):
    """(habits90) A 公文 (a text with a 主送 line or a 文号 and a signature) with an 附件说明 before
    its signature and a 版记 after it (print and gold alike); other texts as they are."""
    from docs import Block

    blocks = list(doc.blocks)
    kinds = [b.kind for b in blocks]
    if "sign" not in kinds or not ({"to", "docno"} & set(kinds)) or any(b.text.startswith("附件") for b in blocks):
        return doc
    rng = random.Random(f"gwdoc{seed}{doc.name}")
    first = kinds.index("sign")
    last = max(k for k, kind in enumerate(kinds) if kind == "sign")
    topic = re.sub(r"^(关于|江城市)|的?(通知|意见|方案|实施方案|若干意见|决定)$", "", doc.title)[:10] or "重点工作"
    names = [a.format(topic=topic) for a in rng.sample(ANNEXES, rng.randint(1, 3))]
    annex = [Block("p", f"附件：{'1.' if len(names) > 1 else ''}{names[0]}")]
    annex += [Block("p", f"{k}.{n}") for k, n in enumerate(names[1:], 2)]
    signer = blocks[first].text.split("　")[0]
    day = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", blocks[last].text)
    issued = f"{day.group(1)}年{day.group(2)}月{int(day.group(3)) + 1}日印发" if day else "2026年11月21日印发"
    office = signer if signer.endswith("办公室") else f"{signer}办公室"
    record = [Block("p", rng.choice(COPIES)), Block("sign", f"{office}  {issued}")]
    return replace(doc, blocks=tuple(blocks[:first] + annex + blocks[first:last + 1] + record + blocks[last + 1:]))


KINDS = {"heading": design, "pocket": pocket_design, "pocketwide": pocket_wide_design, "columns": column_design, "news": news_design,
         "bulletin": bulletin_design}


def traits(lay: Layout) -> dict:
    """The heading-relevant parameters of a design, for sorting failures into kinds."""
    keys = ("measure", "leading", "indent", "para_space", "hanging", "justify", "title_scale",
            "heading_scale", "heading_style", "heading_face", "centre_headings", "heading_indent",
            "heading_space", "body_face", "latin_font", "footer", "columns", "gutter", "column_rule",
            "span_head", "header_odd", "header_even", "footer_outer", "header_first")
    d = asdict(lay)
    out = {k: d[k] for k in keys}
    if lay.masthead_shape:  # (bull67)
        out["masthead_shape"] = sorted(lay.masthead_shape)
    return out


def _saved_cases(doc, lay: Layout, work: Path, families: tuple) -> list:
    """(saved54) Only saved-text variants asked for: set the pages and write the variants, without
    rendering the PDF and running every extractor on it (the cases are the ones `harness.build` makes)."""
    from typeset import compose

    stem = f"{doc.split}__{doc.name}__{lay.name}"
    pages, gold, cases = compose(doc, lay), harness.gold_markdown(doc), []
    for family in families:
        path = work / f"{stem}__{family}.txt"
        path.write_text(harness.TEXT_VARIANTS[family](pages), encoding="utf-8", newline="")
        cases.append(harness.Case(doc.split, doc.name, lay.name, family, path, gold))
    return cases


def _job(args: tuple) -> list[dict]:
    doc, lay, work, families, keep, spaced, signed_end, short, habits = args
    if habits and habits[0] == "gongwen":  # (habits90) the 附件说明 and the 版记
        doc = gongwen_doc(doc, f"{habits[1]}{lay.name}")
    if short:
        doc = short_doc(doc, short)
    doc = masthead_doc(doc, lay)
    if signed_end:
        doc = signed_end_doc(doc)
    if spaced is not None:
        doc = spaced_doc(doc, lay, spaced)
    if all(f in SAVED_FAMILIES for f in families):
        cases = _saved_cases(doc, lay, work, families)
    else:
        cases = [c for c in harness.build(doc, lay, work) if c.family in families]
    rows = harness.evaluate_cases(cases, work, keep)
    for r in rows:
        r["traits"] = traits(lay)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--designs", type=int, default=60)
    ap.add_argument("--kind", choices=tuple(KINDS), default="heading",
                    help="heading: one-column heading habits (sweep25); pocket: 13–18-character pocket "
                         "pages, every family including the PDF reader (pocket53); columns: pages in two "
                         "or three columns, the PDF reader too (cols53); pocketwide: pocket pages over wider habits — "
                         "chapter running heads, 第N页 folios, pushed-down marks, block paragraphs (pocket59); news: newspaper pages of several "
                         "articles with headline blocks, every extractor and the PDF reader (news54); bulletin: two-column 简报 "
                         "pages with the unit printed once over the 报头 and kicker / title / byline items (bull66)")
    ap.add_argument("--leading", choices=tuple(LEADINGS), default="any",
                    help="--kind columns only: draw the leading above 1.5 (open) or at most 1.5 (tight)")
    ap.add_argument("--saved", action="store_true",
                    help="add the three saved-text variants (realstyle, paste_viewer, plain_ideographic) "
                         "to the kind's families")
    ap.add_argument("--columns", type=int,
                    help="--kind columns/news only: keep the drawn designs set in this many columns (the draw "
                         "is unchanged, so the designs keep their names: bulletin59)")
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--only", help="one design name (sw25_NN), or families separated by commas")
    ap.add_argument("--texts", help="dev texts separated by commas ('new' for NEW_TEXTS, 'all' for every "
                                    "dev text); default TEXTS")
    ap.add_argument("--word", action="store_true",
                    help="(pypdf59) give every drawn design a Word report's two-line head, 第 N 页 共 M 页 "
                         "foot and Latin digits (the designs are drawn as without it)")
    ap.add_argument("--periodical", action="store_true",
                    help="(head65) with --word: the head is a periodical's (PERIODICAL_HEADS: the unit over "
                         "the periodical's name and issue), the draw otherwise unchanged")
    ap.add_argument("--edges", action="store_true",
                    help="(edge70) give every drawn design a pocket book's edge furniture (EDGE_HEADS, "
                         "EDGE_FOOTS: the folio beside the head at the outer edge, dotted or bracketed "
                         "folios, 2–4-character heads; the draw otherwise unchanged)")
    ap.add_argument("--first-head", action="store_true",
                    help="(onepage64) print each design's head (after --word) on the first page only, "
                         "Word's different first page; later pages print none or the title")
    ap.add_argument("--plain-heads", action="store_true",
                    help="(pocket90) set every drawn design's headings in the body's face (or 楷体) at the body's "
                         "size, neither bold nor larger, set apart only by space above (and below), centring or "
                         "a flush start over indented paragraphs (PLAIN_HEAD_SPACES; the draw otherwise unchanged)")
    ap.add_argument("--notes", choices=("circled", "bracket"),
                    help="(brack66) print every design's note markers so: 「①」 or 「[1]」 (the draw otherwise "
                         "unchanged); 'notes' in --texts takes the dev texts that have notes")
    ap.add_argument("--masthead", nargs="?", const="all", choices=tuple(MASTHEAD_SETS),
                    help="(bull67) set each design's text 报头 in one arrangement of MASTHEAD_SHAPES in turn (the issue "
                         "beside the name, dated, no 编发 line, the 编发 line as a row; the name spaced and the unit "
                         "red drawn apart); the draw otherwise unchanged; (mast68) bull67: its seven; mast68: the "
                         "seven more (issue on the 编发 row, issue over the name, two-line name, corner mark, 总第 count); "
                         "bare: all fourteen")
    ap.add_argument("--spaced", action="store_true",
                    help="(deal70) set spaced lines into every text: reporters' bylines, a names list two spaces "
                         "apart, a couplet heading in two halves, a schedule's rows (print and gold alike; the "
                         "draw otherwise unchanged)")
    ap.add_argument("--signed-end", action="store_true",
                    help="(sign78) sign each item at its end: a text's bracketed 供稿 credit, set as the byline "
                         "under an item's head, moved under the item's last paragraph as a signature set flush "
                         "right (print and gold alike; the draw otherwise unchanged)")
    ap.add_argument("--short", type=int, metavar="N",
                    help="(short80) cut each text to its first N characters at a block boundary (print and "
                         "gold alike; headings left at the end dropped; the draw otherwise unchanged): a "
                         "short one-page text, its columns a few lines each")
    ap.add_argument("--habits", choices=("book", "gongwen"),
                    help="(habits90) book: verso and recto heads that differ (the book's title / the chapter, "
                         "the folio beside them at the outer edge), a head rule, no head on the opener, centred "
                         "headings with space about them; gongwen: a GB/T 9704 A4 page (28 characters by 22 "
                         "lines, 「— N —」 folios alternating sides, no head) and, in 公文 texts, an 附件说明 and a "
                         "版记 (抄送, 印发 row) — print and gold alike; the draw otherwise unchanged")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--keep", type=Path, help="keep input, gold and output per case here")
    args = ap.parse_args(argv)
    import booklet.cli  # noqa: F401 - imported once before forking
    rng = random.Random(args.seed)
    if args.kind == "columns":
        designs = [column_design(k, rng, args.leading) for k in range(args.designs)]
    else:
        designs = [KINDS[args.kind](k, rng) for k in range(args.designs)]
    if args.word:
        designs = [word_report(d, args.seed, PERIODICAL_HEADS if args.periodical else WORD_HEADS) for d in designs]
    if args.edges:
        designs = [edge_habits(d, args.seed) for d in designs]
    if args.habits == "book":
        designs = [book_habits(d, args.seed) for d in designs]
    elif args.habits == "gongwen":
        designs = [gongwen_habits(d, args.seed) for d in designs]
    if args.masthead:
        shapes = MASTHEAD_SETS[args.masthead]
        designs = [masthead_variant(d, args.seed, k, shapes) for k, d in enumerate(designs)]
    if args.plain_heads:
        designs = [plain_heads(d, args.seed) for d in designs]
    if args.first_head:
        designs = [first_head_only(d, args.seed) for d in designs]
    if args.columns:
        designs = [d for d in designs if d.columns == args.columns]
    if args.notes:
        designs = [replace(d, note_marks=args.notes) for d in designs]
    texts = {"columns": COLUMN_TEXTS, "news": NEWS_TEXTS, "bulletin": BULLETIN_TEXTS}.get(args.kind, TEXTS)
    if args.texts:
        texts = tuple(t for part in args.texts.split(",")
                      for t in (NEW_TEXTS if part == "new" else (part,)))
    docs = load_docs("dev")
    if args.texts != "all":
        docs = [d for d in docs if d.name in texts or ("notes" in texts and d.notes)]
    families = FAMILIES[:-1]
    if args.kind in ("pocket", "pocketwide"):
        families = POCKET_FAMILIES
    elif args.kind == "columns":
        families = FAMILIES[:-1] + ("direct",)
    elif args.kind == "news":
        families = NEWS_FAMILIES
    elif args.kind == "bulletin":  # (bull66) every extractor, the saved variants and the PDF reader
        families = NEWS_FAMILIES + SAVED_FAMILIES
    if args.saved:
        families = families + tuple(f for f in SAVED_FAMILIES if f not in families)
    # (mupdf84) MuPDF's text is read by name in `--only`, so that older seeds' tables reprint
    known = FAMILIES + POCKET_FAMILIES + SAVED_FAMILIES + ("direct", "mupdf")
    only = tuple(args.only.split(",")) if args.only else ()
    if only and all(f in known for f in only):
        families = only
    elif args.only and "," in args.only:  # a design and families: col53_04,pypdf
        name, *families_only = only
        designs, families = [d for d in designs if d.name == name], tuple(families_only)
    elif args.only:
        designs = [d for d in designs if d.name == args.only]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        jobs = [(doc, lay, work, families, args.keep, args.seed if args.spaced else None,
                 args.signed_end, args.short, (args.habits, args.seed) if args.habits else None)
                for lay in designs for doc in docs]
        rows: list[dict] = []
        with ProcessPoolExecutor(2, mp_context=get_context("fork")) as pool:
            for part in pool.map(_job, jobs):
                rows += part
    for r in rows:
        r["split"] = "sweep"
    print(f"{'':28} {'files':>5} {'bP':>6} {'bR':>6} {'bF1':>6} {'fid':>7} {'hF1':>6}")
    for key in ("family", "layout"):
        for label, group in harness.group(rows, key).items():
            a = harness.aggregate(group)
            print(f"  {label[:26]:26} {a['files']:5d} {a['boundary_p']:6.3f} {a['boundary_r']:6.3f} "
                  f"{a['boundary_f1']:6.3f} {a['fidelity']:7.4f} {a['heading_f1']:6.3f}")
    a = harness.aggregate(rows)
    print(f"all {a['files']} cases: {a['boundary_f1']:.3f} {a['fidelity']:.4f} {a['heading_f1']:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"designs": [dict(name=d.name, **traits(d)) for d in designs],
                                         "rows": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
