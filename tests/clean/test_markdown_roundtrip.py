"""Cleaned Markdown round trip: read_markdown(render_document(d)) == d (spans, provenance ignored)."""

from __future__ import annotations

import dataclasses
import os

from hypothesis import given, settings
from hypothesis import strategies as st

from booklet.model import (Article, Attribution, Bold, Caption, Document, Footnote, FootnoteRef,
                           Heading, Note, Paragraph, Quote, Separator, Text)
from booklet.readers.markdown import parse_markdown
from booklet.shapes import parse_source
from booklet.writers.markdown import render_document

WORD = st.text(alphabet="加强基础研究科技自立自强国家发展创新人才a1", min_size=2, max_size=10).filter(
    lambda w: "\u4e00" <= w[0] <= "\u9fff")
SENTENCE = st.builds(lambda a, b, p: f"{a}，{b}{p}", WORD, WORD, st.sampled_from("。！？；"))
NAME = st.text(alphabet="习近平李强丁薛祥", min_size=2, max_size=3)


def _merge(inlines):
    out = []
    for node in inlines:
        if out and isinstance(node, Text) and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + node.text)
        else:
            out.append(node)
    return tuple(out)


INLINE = st.one_of(st.builds(Text, SENTENCE), st.builds(Bold, SENTENCE))
PARAGRAPH = st.lists(INLINE, min_size=1, max_size=4).map(lambda xs: Paragraph(_merge(xs)))
BLOCK = st.one_of(
    PARAGRAPH,
    st.builds(lambda lv, w: Heading(lv, (Text(w),)), st.integers(1, 4), WORD),
    st.builds(lambda lv, w: Heading(lv, (Text("——" + w),)), st.integers(1, 2), WORD),   # (a dash-led head)
    st.builds(lambda s: Quote((Text(s),)), SENTENCE),
    st.builds(lambda s: Note((Text("※" + s),)), SENTENCE),
    st.builds(lambda w: Attribution(f"——在{w}上的讲话（2020年9月11日）"), WORD),
    st.builds(lambda s, n: Caption(f"{s}新华社记者 {n}/摄"), SENTENCE, NAME),
    st.just(Separator()),
)
SOURCE = st.sampled_from([None, "来源：新华社", "来源 | 求是网", "（来源：新华社，2026年4月30日）",
                          "来源：《人民日报》（2024年06月25日02版）"])


@st.composite
def articles(draw) -> Article:
    blocks = draw(st.lists(BLOCK, min_size=1, max_size=6))
    labels = draw(st.lists(st.sampled_from("①②③"), max_size=3))
    if labels:  # markers at the end of the first paragraph-like block, bodies in order
        para = Paragraph(tuple([Text(draw(SENTENCE))] + [FootnoteRef(lb) for lb in labels]))
        blocks = [para] + blocks
    source = draw(SOURCE)
    origin, date = parse_source(source) if source else (None, None)
    return Article(
        title=draw(WORD), blocks=tuple(blocks),
        kicker=draw(st.one_of(st.none(), st.sampled_from(["材料1", "材料2"]), WORD)),
        subtitle=draw(st.one_of(st.none(), WORD.map(lambda w: "——" + w))),
        author=draw(st.one_of(st.none(), NAME)), origin=origin, date=date, source_line=source,
        source_at_end=bool(source) and draw(st.booleans()),
        footnotes=tuple(Footnote(lb, (Text(draw(SENTENCE)),)) for lb in labels))


def _strip(document: Document) -> Document:
    def block(b):
        return dataclasses.replace(b, span=None)
    return Document(tuple(
        dataclasses.replace(a, blocks=tuple(block(b) for b in a.blocks), provenance=None,
                            footnotes=tuple(dataclasses.replace(f, span=None) for f in a.footnotes))
        for a in document.articles))


@settings(max_examples=int(os.environ.get("BOOKLET_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(st.lists(articles(), min_size=1, max_size=3).map(lambda xs: Document(tuple(xs))))
def test_render_then_read_gives_the_same_document(document):
    text = render_document(document)
    assert _strip(parse_markdown(text)) == _strip(document), text


@settings(max_examples=100, deadline=None)
@given(st.lists(articles(), min_size=1, max_size=3).map(lambda xs: Document(tuple(xs))))
def test_rendering_is_stable(document):
    text = render_document(document)
    assert render_document(parse_markdown(text)) == text


def test_a_dash_led_heading_after_a_byline_is_written_as_it_stands():
    """A 「## ——…」 line is the subtitle only right after the title, so after a byline the heading
    needs no escape (the scorer and a reader of the Markdown see 「——致…」, not 「\\——致…」); right
    after the title it is escaped, and both read back as written."""
    heading = Heading(1, (Text("——致全市广大市民的倡议书"),))
    body = Paragraph((Text("广大市民朋友们："),))
    bylined = Article(title="共建文明城市 共享美好家园", author="本刊记者 姚志英 林晓敏", blocks=(heading, body))
    bare = dataclasses.replace(bylined, author=None)
    assert "\n## ——致全市广大市民的倡议书\n" in render_document(Document((bylined,)))
    assert "\n## \\——致全市广大市民的倡议书\n" in render_document(Document((bare,)))
    for article in (bylined, bare):
        assert _strip(parse_markdown(render_document(Document((article,))))) == _strip(Document((article,)))
