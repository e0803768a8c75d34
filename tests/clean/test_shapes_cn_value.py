"""``shapes.cn_value``: the one reading of a count in Chinese numerals, shared by the list ordinals
(``shapes.ordinal``: 「二十三、」, 「（十二）」) and the through-counted numbers of a regulation
(``shapes.series_ordinal``: 「第一百零五条」) — the lead's review of ordinal82, which had written a second one."""

from __future__ import annotations

import pytest

from booklet.shapes import cn_value, ordinal, series_ordinal


@pytest.mark.parametrize(("digits", "value"), [
    ("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("一十", 10), ("一百", 100), ("一百零五", 105),
    ("百二十", 120), ("12", 12),
])
def test_a_count_reads_its_value(digits: str, value: int) -> None:
    assert cn_value(digits) == value


@pytest.mark.parametrize("digits", ["十十", "一二", "二十十", "十二十", "一二十", "百百", "十百"])
def test_numerals_that_make_no_number_read_none(digits: str) -> None:
    assert cn_value(digits) is None


def test_the_ordinals_and_the_articles_read_alike() -> None:
    assert ordinal("二十三、加强组织领导") == (0, 23)
    assert ordinal("（十二）完善制度") == (1, 12)
    assert ordinal("十十、") is None
    assert series_ordinal("第一百零五条　本条例自公布之日起施行。") == ("条", 105)
    assert series_ordinal("第十十条　…") is None
