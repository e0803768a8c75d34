"""The pieces of ``booklet verify`` alone: folding, alignment, the index, the quotation finder,
the attribution grammar and the fit rule."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from booklet.model import Article, Attribution, Bold, Heading, Paragraph, Quote, Text
from booklet.verify.align import best_end, place
from booklet.verify.fold import fold, fold_text
from booklet.verify.locate import fits
from booklet.verify.ngram import NgramIndex
from booklet.verify.quotes import find_quotations
from booklet.verify.citations import PartialDate, parse_attribution
from booklet.verify.texts import TextMeta, make_text

SPEECH = "基础研究处于从研究到应用、再到生产的科研链条起始端，地基打得牢，科技事业大厦才能建得高。"


def _find(*blocks, title="汇编") -> list:
    """The quotations of an article made of ``blocks``."""
    article = Article(title, tuple(blocks))
    return find_quotations(make_text(article, key="t", kind="article", label="t.txt",
                                     path=Path("t.txt"), number=1), article)


def _p(text: str) -> Paragraph:
    return Paragraph((Text(text),))


def test_width_spaces_and_line_breaks_fold_away_and_positions_map_back():
    folded = fold("第一颗 6G\n卫星，发射")
    assert folded.text == "第一颗6G卫星,发射"
    assert fold_text("“两弹一星”") == fold_text("‘两弹一星’") == fold_text('"两弹一星"')
    assert folded.original_index(4) == 5 and folded.folded_index(5) == 4


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="甲乙丙丁戊ab", min_size=1, max_size=30),
       st.text(alphabet="甲乙丙丁戊ab", max_size=60))
def test_the_bit_parallel_search_agrees_with_the_textbook_recurrence(pattern, text):
    distance, end = best_end(pattern, text)
    # Sellers' dynamic programme: the best distance of pattern to any substring of text.
    best = min(Levenshtein.distance(pattern, text[i:j])
               for i in range(len(text) + 1) for j in range(i, len(text) + 1))
    assert distance == best
    assert min(Levenshtein.distance(pattern, text[i:end]) for i in range(end + 1)) == distance


def test_place_ignores_the_window_around_a_passage():
    window = "第四，加强基础研究人才队伍建设。加强基础研究，归根结底要靠高水平人才。近年来"
    placed = place("加强基础研究，归根结底要靠高水平人才", window)
    assert placed.edits == () and window[placed.start:placed.end].startswith("加强基础研究，归根")


def test_the_index_places_a_passage_with_dropped_characters():
    texts = ["无关的文字" * 40, "前文" * 30 + SPEECH + "后文" * 30]
    index = NgramIndex.build(texts)
    damaged = SPEECH.replace("科研链条", "科研")
    best = index.candidates(damaged)[0]
    assert best.text == 1 and best.start <= 60 <= best.end
    assert SPEECH in texts[1][best.start:best.end]


_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


# Prose-like texts without a gram common enough to be skipped (``MAX_POSTINGS``).
_TEXT = st.lists(_CJK, min_size=50, max_size=400, unique=True).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=5), st.data())
def test_every_position_is_indexed_so_a_short_passage_with_a_wrong_character_is_placed(texts, data):
    """Ten characters with one of them wrong still share three grams with their place: the
    index keeps every gram (a sampled index could miss them)."""
    index = NgramIndex.build(texts)
    number = data.draw(st.integers(0, len(texts) - 1))
    text = texts[number]
    length = data.draw(st.integers(10, 40))
    start = data.draw(st.integers(0, len(text) - length))
    wrong = data.draw(st.integers(start, start + length - 1))
    passage = text[start:wrong] + "〇" + text[wrong + 1:start + length]
    places = [c for c in index.candidates(passage) if c.text == number]
    assert any(c.start <= start and start + length <= c.end for c in places)


def test_attributions_and_list_items():
    source = parse_attribution("——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）")
    assert source and source.date == PartialDate(2023, 2, 21)
    assert source.occasion == "二十届中央政治局第三次集体学习"
    assert parse_attribution("——在上海出席座谈会时的讲话").occasion == "上海出席座谈会"
    assert parse_attribution("——坚持“四个面向”，坚持目标导向和自由探索“两条腿走路”。") is None
    assert parse_attribution("——加快培育世界一流科技期刊，发起高水平国际学术会议。") is None


def test_compilation_items_with_a_heading_left_as_a_bold_paragraph():
    quotes = _find(Heading(1, (Text("★标题"),)), _p(SPEECH),
                   Attribution("——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）"),
                   Paragraph((Bold("★让投身基础研究成为更多青少年的人生追求"),)),
                   _p("弘扬科学家精神，加强科普宣传。"),
                   Attribution("——在加强基础研究座谈会上强调（2026年4月30日）"))
    assert [q.kind for q in quotes] == ["compilation", "compilation"]
    assert quotes[1].passage == "弘扬科学家精神,加强科普宣传"  # the bold ★ line is not quoted
    assert quotes[1].source.occasion == "加强基础研究座谈会"


def test_an_attribution_left_as_a_paragraph_and_wrapped_onto_two_lines():
    (quote,) = _find(_p(SPEECH), _p("——在二十届中央政治局第三次集体学习时的讲话"), _p("（2023年2月21日）"))
    assert quote.source.date == PartialDate(2023, 2, 21)
    assert quote.passage.startswith("基础研究处于")


def test_a_quotation_split_over_two_quote_blocks_is_one():
    (quote,) = _find(Quote((Text("基础研究处于从研究到应用、"),)), Quote((Text("再到生产的科研链条起始端。"),)),
                     Attribution("——在科学家座谈会上的讲话（2020年9月11日）"))
    assert quote.kind == "block" and quote.passage == "基础研究处于从研究到应用、再到生产的科研链条起始端"


def test_inline_quotations_after_a_speaker():
    quotes = _find(_p("2020年9月，习近平总书记在科学家座谈会上强调，“甲乙丙丁戊己庚辛壬癸”，“子丑寅卯”。"
                      "会议要求“不是引文”。他指出：“第一段没有结束"),
                   _p("“第二段在这里结束。”"))
    assert [q.passage for q in quotes] == ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯", "第一段没有结束\"第二段在这里结束"]
    assert quotes[0].source.date == PartialDate(2020, 9) and quotes[0].source.occasion == "科学家座谈会"
    assert quotes[2].source.date is None


def test_a_quotation_fits_only_a_text_of_its_date_or_occasion():
    source = parse_attribution("——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）")
    speech = TextMeta(event_dates=(PartialDate(2023, 2, 21),), occasions=("二十届中央政治局第三次集体学习",))
    other_speech = TextMeta(event_dates=(PartialDate(2020, 9, 11),), occasions=("科学家座谈会",))
    commentary = TextMeta(published=PartialDate(2026, 5, 2), descriptors=("坚定信心",))
    report = TextMeta(published=PartialDate(2023, 2, 22), descriptors=("新闻",))
    assert fits(source, speech)[0]
    assert not fits(source, other_speech)[0] and not fits(source, commentary)[0]
    assert fits(source, report)[0]  # printed the day after the speech
    assert fits(None, commentary)[0]
    by_title = TextMeta(published=PartialDate(2026, 4, 30), descriptors=("习近平在加强基础研究座谈会上强调",))
    assert fits(parse_attribution("——在加强基础研究座谈会上强调（2026年4月30日）"), by_title) == (True, 3)
