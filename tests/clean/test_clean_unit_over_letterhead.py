"""A unit's name printed once at the top of the first page over another body's 版头 (unit74, issue 10):
「青禾县农业农村局」 over 「中共江城市委宣传部」 / 「江宣发〔2026〕7号」.  unit73b read the unit as the band where
the body's number is the body's and not the unit's, unless the two lines read as one name a narrow
column cut (「中共江城市委」 / 「宣传部」) — and asked that by matching the two joined, which two whole names
run together match as well (「青禾县农业农村局中共江城市委宣传部」 has a body's shape).  A cut-off rest never
opens on a name of its own (a place and its level, 「中共」); a second body's name does.  The same reading
joins a 版头's name a narrow column wrapped (「江城市安全生产委员会办」 / 「公室」) over its number, and between
the two names the number is the one's that holds its whole 机关代字 (「江安委办」: not 「江城市人民政府办公室」's,
which shares 「办」 only).  On main the unit ran into the body's name as one title, or stood as a heading.

Pages are real extractions, whole: ``heading_sweep.py --kind bulletin --designs 4 --seed 188`` (pypdf)
and ``--columns 2 --seed 189`` (pasted from a viewer, a saved Word file), bull74's draws; the pages
whole stand in ``test_clean_unit_over_title.py``'s table of units over another body's number or 版头.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("unit, body, two", [
    ("青禾县农业农村局", "中共江城市委宣传部", True),     # two whole names: the joined read as one by shape
    ("江城市人民政府办公室", "中共江城市委宣传部", True),
    ("青禾县农业农村局", "江城市安全生产委员会办", True),
    ("中共江城市委", "宣传部", False),                   # one name a narrow column cut
    ("江城市人民政府", "办公室", False),
])
def test_a_second_name_opens_on_its_own_region_or_party(unit, body, two):
    from booklet.clean.pagehead import _two_names
    assert _two_names(unit, body) is two


@pytest.mark.parametrize("name, rest, wrapped", [
    ("江城市安全生产委员会办", "公室", True),
    ("江城市市场监督管理局行政处", "罚决定书", False),   # a title's rest: the two make no body's name
    ("中共江城市委", "江城市人民政府", False),           # joint issuers stacked: a name of its own
    ("江城市民政局", "江民〔2026〕47号", False),
])
def test_a_letterheads_name_wrapped_by_the_column(name, rest, wrapped):
    from booklet.clean.pagehead import _name_wrapped
    assert _name_wrapped(name, rest) is wrapped


@pytest.mark.parametrize("number, name, holds", [
    ("江安委办〔2026〕23号", "江城市安全生产委员会办公室", True),
    ("江安委办〔2026〕23号", "江城市人民政府办公室", False),
    ("江安委办〔2026〕23号", "江城市委政策研究室", False),
    ("江发〔2026〕1号", "中共江城市委", False),           # no 代字 past the region and the kind
])
def test_the_name_that_holds_the_whole_code(number, name, holds):
    from booklet.clean.pagehead import _holds_code
    assert _holds_code(number, name) is holds


def test_joint_issuers_over_the_firsts_number_stay(clean, closed_texts):
    doc, _ = clean("中共江城市委\n江城市人民政府\n江发〔2026〕1号\n关于推进城乡社区治理现代化的意见\n"
                   "各区县党委和人民政府，市直各单位：\n为深入推进城乡社区治理，现提出如下意见。\n")
    texts = closed_texts(doc)
    assert texts[0].startswith("中共江城市委") and "江城市人民政府" in texts[0]   # the 版头 kept (how its two
    assert texts[1] == "江发〔2026〕1号"                                          # names join is another matter)
