"""Fixtures for the cleaner tests: clean a text snippet, find the seeds and golden files."""

from __future__ import annotations

import re

from pathlib import Path
from typing import Callable, Sequence

import pytest

from booklet.clean import clean_lines
from booklet.clean.columns import split_columns
from booklet.clean.flow import column_flow
from booklet.clean.furniture import mark_page_starts, strip_furniture, strip_web_boilerplate
from booklet.clean.lines import to_lines
from booklet.clean.runs import rejoin_runs
from booklet.clean.separators import mark_separators
from booklet.model import Document, block_text
from booklet.readers.text import raw_lines
from booklet.report import Report

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real seed inputs shipped with the repository."""
    return REPO / "sources"


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    """Golden outputs; regenerate with BOOKLET_UPDATE_GOLDEN=1."""
    return Path(__file__).parent / "golden"


# Whole documents as an extractor wrote them (sweep and dev pages), which tests clean whole.
EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"


@pytest.fixture
def extracted(clean) -> Callable[[str], Document]:
    """``extracted(name)`` → the document ``tests/data/extractions/name`` cleans to."""
    return lambda name: clean((EXTRACTIONS / name).read_text(encoding="utf-8"))[0]


@pytest.fixture(scope="session")
def all_text() -> Callable[[Document], str]:
    """``all_text(doc)`` → every article's title and every block's text, one line each."""
    def run(doc: Document) -> str:
        return "\n".join(line for article in doc.articles
                         for line in [article.title or ""] + [block_text(b) for b in article.blocks])
    return run


@pytest.fixture(scope="session")
def headings_of() -> Callable[[Document], list[str]]:
    """``headings_of(doc)`` → each article's title, then its headings, in order."""
    from booklet.model import Heading
    return lambda doc: [h for a in doc.articles for h in
                        [a.title] * bool(a.title) + [block_text(b) for b in a.blocks if isinstance(b, Heading)]]


@pytest.fixture
def clean() -> Callable[..., tuple[Document, Report]]:
    """``clean(text, markdown=None, **rules)`` → (document, report) for a raw text snippet;
    ``markdown=True`` reads it as a Markdown-flavoured .txt (None: the reader decides)."""
    def run(text: str, markdown: bool | None = None, **rules: bool) -> tuple[Document, Report]:
        report = Report()
        return clean_lines(raw_lines(text, markdown), report, rules=rules or None), report
    return run


@pytest.fixture(scope="session")
def columned() -> Callable[[str], list[str]]:
    """``columned(text)``: the non-blank rows, stripped, as the ``columns`` rule leaves a raw text
    (``pdftotext -layout`` pages read column by column)."""
    def run(text: str) -> list[str]:
        return [line.text.strip() for line in split_columns(raw_lines(text), Report().log("columns"))
                if line.text.strip()]
    return run


@pytest.fixture(scope="session")
def flowed() -> Callable[[str], list[str]]:
    """``flowed(text)``: the texts of a raw text's lines once their page starts are marked and
    ``flow.column_flow`` has dealt them (the lines stage as far as the column flow)."""
    def run(text: str) -> list[str]:
        lines = mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))
        return [line.text for line in column_flow(lines, Report().log("column_flow"))]
    return run


@pytest.fixture(scope="session")
def flowed_unheaded() -> Callable[[str], list[str]]:
    """``flowed_unheaded(text)``: like ``flowed``, the page heads dropped (``strip_furniture``) before
    the column flow, as the cleaner runs."""
    def run(text: str) -> list[str]:
        lines = strip_furniture(mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts")),
                                Report().log("strip_furniture"))
        return [line.text for line in column_flow(lines, Report().log("column_flow"))]
    return run


@pytest.fixture(scope="session")
def dealt() -> Callable[[str], list[str]]:
    """``dealt(text)``: like ``flowed``, after every rule of the lines stage that runs before the
    column flow (separators, web boilerplate, page starts, runs, furniture) — the lines as
    ``column_flow`` meets them in a cleaning."""
    def run(text: str) -> list[str]:
        lines = to_lines(raw_lines(text))
        for rule in (mark_separators, strip_web_boilerplate, mark_page_starts, rejoin_runs, strip_furniture):
            lines = rule(lines, Report().log(rule.__name__))
        return [line.text for line in column_flow(lines, Report().log("column_flow"))]
    return run


@pytest.fixture(scope="session")
def runs_through() -> Callable[[list[str], Sequence[str]], bool]:
    """``runs_through(out, seq)``: the lines ``seq`` stand one after another in ``out``, from where
    its first line stands."""
    def check(out: list[str], seq: Sequence[str]) -> bool:
        k = out.index(seq[0])
        return out[k:k + len(seq)] == list(seq)
    return check


@pytest.fixture(scope="session")
def texts() -> Callable[..., list[str]]:
    """The text of a cleaned document's blocks, in order — of one kind (``Heading``, ``Paragraph``…)
    when ``kind`` is given."""
    def blocks(doc: Document, kind: type | None = None) -> list[str]:
        return [block_text(b) for a in doc.articles for b in a.blocks if kind is None or isinstance(b, kind)]

    return blocks


@pytest.fixture(scope="session")
def closed_texts() -> Callable[[Document], list[str]]:
    """Each article's kicker and title, then every block's text, in order, with the spaces taken
    out (a 报头's name set spaced out, 「工　作　简　报」, reads 「工作简报」); empty ones left out."""
    def run(doc: Document) -> list[str]:
        out = [h for a in doc.articles for h in (a.kicker or "", a.title or "")]
        out += [block_text(b) for a in doc.articles for b in a.blocks]
        return ["".join(t.split()) for t in out if t]
    return run


@pytest.fixture(scope="session")
def titles_and_blocks() -> Callable[[Document], str]:
    """The document's text in reading order — each article's title, then its blocks — one string."""
    def run(doc: Document) -> str:
        return "".join(a.title + "".join(block_text(b) for b in a.blocks) for a in doc.articles)

    return run


@pytest.fixture(scope="session")
def bare_texts() -> Callable[..., list[str]]:
    """``texts`` with every space removed: what a block says, whatever spacing the cleaner kept
    (「1月6日　镇党委…」 and 「1月6日镇党委…」 alike)."""
    def blocks(doc: Document, kind: type | None = None) -> list[str]:
        return [re.sub(r"\s", "", block_text(b)) for a in doc.articles for b in a.blocks
                if kind is None or isinstance(b, kind)]

    return blocks


@pytest.fixture(scope="session")
def read_text() -> Callable[[Document], str]:
    """A cleaned document's text in reading order, one string: each article's kicker, title,
    subtitle, byline, 来源 line where it opens the article, its blocks, and the 来源 line where it
    closes it (the order pages of columns are checked in)."""
    def run(doc: Document) -> str:
        return "".join((a.kicker or "") + a.title + (a.subtitle or "") + (a.author or "")
                       + (a.source_line or "" if not a.source_at_end else "")
                       + "".join(block_text(b) for b in a.blocks)
                       + (a.source_line or "" if a.source_at_end else "") for a in doc.articles)

    return run


@pytest.fixture(scope="session")
def headline_pieces() -> Callable[[Document], list[str]]:
    """A document's kickers and titles, then its blocks' texts: where a headline's elements went."""
    def run(doc: Document) -> list[str]:
        return [t for a in doc.articles for t in (getattr(a, "kicker", None), a.title) if t] \
            + [block_text(b) for a in doc.articles for b in a.blocks]

    return run


@pytest.fixture(scope="session")
def rejoined() -> Callable[[str], list[str]]:
    """A text's lines after ``rejoin_runs`` (page starts marked first), as the cleaner rebuilds the
    printed lines an extractor such as pypdf cut at every change of font."""
    def run(text: str) -> list[str]:
        lines = mark_page_starts(to_lines(raw_lines(text)), Report().log("page_starts"))
        return [line.text for line in rejoin_runs(lines, Report().log("rejoin_runs"))]

    return run


@pytest.fixture(scope="session")
def furniture_removed() -> Callable[[Report], list[str]]:
    """``furniture_removed(report)``: the texts of the lines ``strip_furniture`` removed, in order."""
    def lines(report: Report) -> list[str]:
        return [r.text for r in report.removals if r.rule == "strip_furniture"]

    return lines


# The 参考文献 of article_theory_abstract_refs (a dev text), each entry as the gold writes it: the
# reference-list tests read them under every extractor (test_clean_reference_list, _labels).
@pytest.fixture
def reference_entries() -> list[str]:
    return [
        "[1] 王浦劬．国家治理、政府治理和社会治理的含义及其相互关系[J]．国家行政学院学报，2014（3）：11-17．",
        "[2] 郁建兴，黄飚．当代中国地方政府创新的新进展[J]．政治学研究，2017（5）：88-103．",
        "[3] 江城市人民政府．江城市“十四五”数字政府建设规划[Z]．2021．",
        "[4] 江城市社会治理研究课题组．数字化转型背景下的基层治理创新研究报告[R]．江城：江城市委党校，2025．",
        "[5] 陈晓晖．数字赋能社区治理的实践困境与优化路径[J]．行政管理改革，2023（8）：54-62．",
    ]


@pytest.fixture(scope="session")
def reads_in_order() -> Callable[[Document, Sequence[str]], bool]:
    """``reads_in_order(doc, marks)``: the pieces of text ``marks`` stand in this order in everything a reader
    sees — each article's kicker, title, subtitle, byline, blocks and 来源 line, white space taken out."""
    def check(doc: Document, marks: Sequence[str]) -> bool:
        flat = re.sub(r"\s", "", "".join(part for a in doc.articles for part in [
            a.kicker or "", a.title or "", a.subtitle or "", a.author or "",
            *(block_text(b) for b in a.blocks), a.source_line or ""]))
        at = [flat.find(mark) for mark in marks]
        return all(k >= 0 for k in at) and at == sorted(at)
    return check
