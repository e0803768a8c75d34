"""The grid pager's keep rules and 缩行/伸行 refitting, on synthetic chunks and on seed 002."""

from __future__ import annotations

from booklet.layout import load_profile
from booklet.model import Article, Attribution, Booklet, Paragraph, Part, Text
from booklet.writers.pdf.article import article_chunks, block_chunk
from booklet.writers.pdf.pages import Chunk, Flow, Geometry, Page
from booklet.writers.pdf.refit import refit_lines
from booklet.writers.pdf.text import Line, Run, Shaper

PROFILE = load_profile("gongwen")
GEO = Geometry.of(PROFILE)
TEXT = ("基础研究是整个科学体系的源头，是所有技术问题的总机关。要以更大力度、更实举措加强基础研究，"
        "提升我国原始创新能力，进一步打牢科技强国建设根基。")


def lines(n: int, tag: str = "行") -> list[Line]:
    return [Line((Run("F", 16, f"{tag}{i}"),), 0, 0, 32) for i in range(n)]


def flow_at(slot: int) -> tuple[Flow, list[Page]]:
    pages: list[Page] = []
    flow = Flow(GEO, pages, "body")
    flow.place_all([Chunk(lines(slot, "前"))])
    assert flow.slot == slot
    return flow, pages


def texts(page: Page) -> list[str]:
    return [p.line.text for p in page.placed]


def test_heading_may_close_a_page_with_the_first_line_of_its_paragraph():
    flow, pages = flow_at(20)
    flow.place_all([Chunk(lines(1, "题"), keep_next=True, splittable=False), Chunk(lines(5, "文"))])
    assert texts(pages[0])[-2:] == ["题0", "文0"]
    assert texts(pages[1])[0] == "文1"


def test_heading_is_never_left_alone_at_a_page_bottom():
    flow, pages = flow_at(21)
    flow.place_all([Chunk(lines(1, "题"), keep_next=True, splittable=False), Chunk(lines(5, "文"))])
    assert texts(pages[0])[-1] == "前20" and texts(pages[1])[:2] == ["题0", "文0"]


def test_a_paragraph_last_line_never_stands_alone_at_a_page_top():
    flow, pages = flow_at(18)
    flow.place_all([Chunk(lines(5, "文"))])
    assert texts(pages[1]) == ["文3", "文4"]


def test_a_credited_quote_splits_with_two_lines_each_side_and_its_attribution_last(fonts_or_skip):
    shaper = Shaper(PROFILE, fonts_or_skip)
    quote = Paragraph((Text(TEXT * 2),))
    attribution = Attribution("——在加强基础研究座谈会上的讲话（2026年4月30日）")
    chunks = list(article_chunks(Article("题目", (quote, attribution)), 0, shaper, 0))
    body = chunks[1]
    n = len(body.lines)
    assert n >= 6 and body.orphans == 2 and body.widows == 3
    for slot in range(GEO.lines - n + 1, GEO.lines):
        flow, pages = flow_at(slot)
        flow.place_all([Chunk(body.lines, orphans=body.orphans, widows=body.widows)])
        tail = [t for t in texts(pages[-1]) if not t.startswith("前")]
        head = [t for t in texts(pages[0]) if not t.startswith("前")]
        assert len(pages) == 2 or not head or len(head) == n
        assert tail[-1].startswith("——") and (len(tail) == n or len(tail) >= 3)
        assert len(head) in (0, n) or len(head) >= 2


def test_refit_sets_a_paragraph_one_line_shorter_or_longer_changing_only_its_end(fonts_or_skip):
    shaper = Shaper(PROFILE, fonts_or_skip)
    inlines = (Text(TEXT * 3),)
    base = shaper.set("body", inlines, first_indent=2)
    measure = shaper.measure
    for delta in (-1, 1):
        alt = refit_lines(shaper, "body", inlines, base, 2, delta)
        if alt is None:
            continue
        assert len(alt) == len(base) + delta
        assert "".join(l.text for l in alt) == "".join(l.text for l in base)
        changed = [i for i, (a, b) in enumerate(zip(alt, base)) if a.text != b.text]
        assert changed and min(changed) >= 1  # the paragraph's opening lines keep their grid
        for line in alt[:-1]:
            assert abs(line.x + line.width - measure) < 0.05
            assert abs(len(line.text) - 28) <= 1 or line is alt[0]


def test_refit_fills_the_page_a_widow_would_leave_short(fonts_or_skip):
    shaper = Shaper(PROFILE, fonts_or_skip)
    filled = []
    for n in range(2, 9):
        text = TEXT * n
        set_ = shaper.set("body", text, first_indent=2)
        chunk = block_chunk(Paragraph((Text(text),)), shaper)
        flow, pages = flow_at(GEO.lines - len(set_) + 1)  # one line too many: a widow
        flow.place_all([chunk])
        filled.append(len(pages[0].placed) == GEO.lines)
    assert sum(filled) >= 3, filled



def test_an_earlier_paragraph_on_the_page_is_refitted_when_the_split_one_cannot_be(fonts_or_skip):
    shaper = Shaper(PROFILE, fonts_or_skip)
    earlier = block_chunk(Paragraph((Text(TEXT * 2),)), shaper)  # 5 lines, the last nearly full
    assert earlier.refit and earlier.refit(1) is not None
    flow, pages = flow_at(GEO.lines - len(earlier.lines) - 3)
    flow.place_all([earlier, Chunk(lines(4, "文"))])  # 3 free slots, 4 lines: a widow
    assert len(pages[0].placed) == GEO.lines
    assert texts(pages[1]) == ["文2", "文3"]
    assert [p.slot for p in pages[0].placed] == list(range(GEO.lines))


def test_footnotes_are_set_closer_than_the_body_grid(fonts_or_skip, pdf_rows, tmp_path):
    from booklet.model import Footnote, FootnoteRef
    from booklet.present import present
    from booklet.writers.pdf import write_pdf

    note = "戚聿东，肖旭.数字经济时代的企业管理变革[J].管理世界，2020，36(6)：135-152."
    notes = tuple(Footnote(str(i), (Text(note * 2),)) for i in range(1, 4))
    refs = tuple(x for i in range(1, 4) for x in (Text(TEXT), FootnoteRef(str(i))))
    article = Article("题目", (Paragraph(refs),), footnotes=notes)
    path = tmp_path / "notes.pdf"
    write_pdf(present(Booklet("书", (Part(None, (article,)),))), path, profile=PROFILE,
              fonts=fonts_or_skip)
    rows = [r for page in pdf_rows(path) for r in page if r.size == PROFILE.style("footnote").size_pt]
    gaps = [b.top - a.top for a, b in zip(rows, rows[1:])]
    assert len(rows) >= 6 and all(abs(g - 0.75 * PROFILE.line_pitch_pt) < 0.1 for g in gaps), gaps


def test_a_one_line_all_bold_paragraph_is_kept_with_the_next_like_a_heading(fonts_or_skip):
    from booklet.model import Bold, Caption

    shaper = Shaper(PROFILE, fonts_or_skip)
    runin = block_chunk(Paragraph((Bold("★地基打得牢，科技事业大厦才能建得高"),), run_in=True), shaper)
    assert runin.keep_next and not runin.splittable
    lead_in = block_chunk(Paragraph((Bold("第一，强化布局。"), Text(TEXT)), run_in=True), shaper)
    assert not lead_in.keep_next and lead_in.splittable
    long_caption = block_chunk(Caption(TEXT * 2), shaper)  # a kept caption never splits
    assert len(long_caption.lines) >= 4 and not long_caption.splittable
    assert not block_chunk(Caption("新华社记者 摄"), shaper).splittable


def test_a_paragraph_carried_over_is_refitted_without_touching_its_lines_on_the_page_before(
        fonts_or_skip):
    shaper = Shaper(PROFILE, fonts_or_skip)
    carried = block_chunk(Paragraph((Text(TEXT * 2),)), shaper)  # 5 lines: 2 here, 3 over
    head = list(carried.lines[:2])
    flow, pages = flow_at(GEO.lines - 2)
    flow.place_all([carried, Chunk(lines(GEO.lines - 3 + 1, "文"))])  # a widow on page 2
    assert [p.line for p in pages[0].placed[-2:]] == head
    assert len(pages[1].placed) == GEO.lines and len(carried.lines) == 6
    assert texts(pages[2]) == [f"文{GEO.lines - 3 - 1}", f"文{GEO.lines - 3}"]
    assert [p.slot for p in pages[1].placed] == list(range(GEO.lines))
