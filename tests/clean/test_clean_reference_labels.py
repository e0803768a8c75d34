"""A reference list under pypdf: each entry's label opens its line, its type code goes on in it
(issue 10, branch pypdf57; dot56's and digit55's left (b)).

GB/T 7714 numbers a reference list 「[1] 王浦劬．…」: the label and its type codes (「[J]」, 「[Z]」,
「[R]」) set in the Latin face, the space after the label too.  pypdf ends its output line at every
change of font, so an entry arrives as 「[1]」 / 「 王浦劬．…相互关系」 / 「[J]」 / 「．国家行政学」 /
「院学报，」 / 「2014」 …  On main three readings went wrong: the lone space after the label was taken
for a page mark (``furniture.mark_page_starts``: a page's first line under some extractors), which
fixed the break after 「[1]」, so the label was regrouped onto the line before (「参考文献[1]」) —
and 「[1]」, shaped as a raised note marker, was read as a piece of that line (``lines.to_lines``'s
``gap_join``) wherever it went; and 「[J]」 was no run (``LATIN_RUN_RE`` holds no brackets), so the
break before it stayed and the entry ran into the next one's label (「…11-17．[2]」) or was cut at its
printed line's end.  Now the label with its space is Word's item number's kin (``pages.spaced_item``:
joined to its text, no page mark, no marker), and a bracketed type code is a run
(``shapes._REFERENCE_TYPE``).

The snippet is real: the dev text article_theory_abstract_refs set on a ``tests/eval/heading_sweep.py
--kind heading`` page (seed 57, design sw25_00: digits in a Latin face) and read back by pypdf — the
article's last paragraph, the reference list and the page's footer.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


# article_theory_abstract_refs × heading_sweep seed 57 sw25_00 × pypdf: the last page
REFERENCES = """\
需要指出的是，数字化转型不是目的，而是手段。推进基层治理数字化转型，必须
始终坚持以人民为中心，把群众满意作为检验成效的根本标准，防止“为数字化而
数字化”，真正让技术为基层减负、为群众造福。
参考文献
[1]
 王浦劬．国家治理、政府治理和社会治理的含义及其相互关系
[J]
．国家行政学
院学报，
2014
（
3
）：
11-17
．
[2]
 郁建兴，黄飚．当代中国地方政府创新的新进展
[J]
．政治学研究，
2017
（
5
）：
88-103
．
[3]
 江城市人民政府．江城市“十四五”数字政府建设规划
[Z]
．
2021
．
[4]
 江城市社会治理研究课题组．数字化转型背景下的基层治理创新研究报告
[R]
．
江城：江城市委党校，
2025
．
[5]
 陈晓晖．数字赋能社区治理的实践困境与优化路径
[J]
．行政管理改革，
2023
（
8
）：
54-62
．
第\x20
3
 页 共\x20
3
 页
"""


def test_a_label_and_the_space_after_it_open_the_entrys_line(rejoined):
    out = rejoined(REFERENCES)
    assert "参考文献" in out
    assert not any(line.endswith("[1]") or line.endswith("[2]") for line in out)
    assert any(line.startswith("[1] 王浦劬．") for line in out)


def test_a_type_code_goes_on_in_its_printed_line(rejoined):
    out = rejoined(REFERENCES)
    assert "[1] 王浦劬．国家治理、政府治理和社会治理的含义及其相互关系[J]．国家行政学" in out
    assert "[3] 江城市人民政府．江城市“十四五”数字政府建设规划[Z]．2021．" in out
    assert not any(line.startswith("[J]") or line.startswith("[R]") for line in out)


def test_each_entry_is_a_paragraph_under_its_heading(clean, texts, reference_entries):
    doc, _ = clean(REFERENCES)
    assert "参考文献" in texts(doc, Heading)
    paragraphs = texts(doc, Paragraph)
    for entry in reference_entries:
        assert entry in paragraphs
