"""A speaker's byline naming several posts, a 顿号 between (issue 10, texts87).

A 主持词's or a speech's title block names the speaker under the title with every post held, the
office last: 「市委常委、宣传部部长　周明远」.  The byline shape (``shapes.BYLINE_LABEL_RE``) took an office
after ideographs alone (「县委书记 周明远」), so the line with a 、 in it was read as a heading on one
page and run into the salutation under it (「…周明远尊敬的各位领导、同志们：」) on another.  Posts before
the office, up to ``shapes.BYLINE_POSTS_MAX`` in all, are now part of the byline; a head numbered
「一、」 is refused.

The pages are real: the dev text ``host_script_awards_meeting`` set on ``tests/eval/heading_sweep.py``
``--kind heading`` designs 0 and 2 of seed 386, read by pypdf.  The page tests fail on main 8fcd3ca1
and pass.
"""

from __future__ import annotations

from booklet.model import Paragraph
from booklet.shapes import BYLINE_LABEL_RE

BYLINE = "市委常委、宣传部部长　周明远"


def _squeezed(items):
    return [t.replace(" ", "").replace("\u3000", "") for t in items]


def test_byline_of_two_posts_is_no_heading(extracted, headings_of, texts):
    doc = extracted("host_script_awards_meeting__sw25_02_s386_heading__pypdf.txt")
    heads = _squeezed(headings_of(doc))
    assert heads == ["在全市新时代文明实践工作推进会暨表彰大会上的主持词"], heads
    assert "市委常委、宣传部部长周明远" in _squeezed(texts(doc, Paragraph))


def test_byline_of_two_posts_stands_apart_from_the_salutation(extracted, texts):
    doc = extracted("host_script_awards_meeting__sw25_00_s386_heading__pypdf.txt")
    paras = _squeezed(texts(doc, Paragraph))
    assert "市委常委、宣传部部长周明远" in paras, paras[:4]
    assert "尊敬的各位领导、同志们：" in paras


def test_several_posts_byline_cases_and_refusals():
    for text in (BYLINE, "市委副书记、市长 王五", "县委常委、组织部部长、党校校长　李华", "县委书记 周明远"):
        assert BYLINE_LABEL_RE.match(text), text
    for text in ("一、市长 王五", "十二、副局长 李四", "各区县委分管负责同志和宣传部部长，市直", "宣传部部长、"):
        assert BYLINE_LABEL_RE.match(text) is None, text
