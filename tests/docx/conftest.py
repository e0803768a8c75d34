"""Fixtures for the DOCX writer tests: seed 002 turned into a Booklet without the cleaner.

The seed is already Markdown; a dozen lines of parsing here keep these tests
independent of the reader and cleaner being written in parallel.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from booklet.layout import load_profile
from booklet.model import (
    Article, Attribution, Bold, Booklet, Footnote, FootnoteRef, Heading, Note, Notice, Paragraph,
    Part, Quote, Separator, Caption, Text,
)
from booklet.writers.docx import write_docx

ROOT = Path(__file__).resolve().parents[2]
SEED_002 = next((ROOT / "sources").glob("002_*.txt"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def _inlines(text: str) -> tuple:
    out = []
    pos = 0
    for match in BOLD_RE.finditer(text):
        if match.start() > pos:
            out.append(Text(text[pos:match.start()]))
        out.append(Bold(match.group(1)))
        pos = match.end()
    if pos < len(text):
        out.append(Text(text[pos:]))
    return tuple(out)


def _block(lines: list[str]):
    text = "".join(line.strip() for line in lines)
    if text.startswith("#"):
        marks, _, rest = text.partition(" ")
        return Heading(len(marks) - 1, _inlines(rest.replace("**", "")))
    if text.startswith("——"):
        return Attribution(text)
    if text.startswith("※"):
        return Note(_inlines(text))
    if text.startswith(">"):
        return Quote(_inlines(text.lstrip("> ")))
    return Paragraph(_inlines(text))


def _sections(path: Path) -> list[tuple[str, list[list[str]]]]:
    blocks = [b.splitlines() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))]
    sections: list[tuple[str, list[list[str]]]] = []
    for lines in blocks:
        lines = [line.rstrip() for line in lines if line.strip()]
        if not lines:
            continue
        if lines[0].startswith("# "):
            sections.append((lines[0][2:].strip(), []))
        else:
            sections[-1][1].append(lines)
    return sections


def _article(title: str, blocks: list[list[str]]) -> Article:
    source = None
    body = []
    for lines in blocks:
        text = "".join(lines)
        if source is None and not body and text.startswith("（来源"):
            source = text
        else:
            body.append(_block(lines))
    return Article(title=title, blocks=tuple(body), source_line=source)


def seed_booklet() -> tuple[Booklet, list[int]]:
    """Seed 002 as a Booklet, and the page numbers its own TOC printed."""
    sections = _sections(SEED_002)
    (masthead, notice_blocks), (title, cover_blocks), (_, toc_blocks) = sections[:3]
    texts = ["".join(lines) for lines in notice_blocks]
    notice = Notice(title=texts[1].lstrip("# "), number=texts[0], to=texts[2].rstrip("："),
                    body=(texts[3],), attachment=texts[4].removeprefix("附件："),
                    signature=notice_blocks[5][0].strip(), date=notice_blocks[5][1].strip(),
                    issuer=masthead)
    pages = [int(line.rsplit(None, 1)[-1]) for line in toc_blocks[0]]
    articles = tuple(_article(t, b) for t, b in sections[3:])
    booklet = Booklet(title=title, parts=(Part(None, articles),), issuer=cover_blocks[0][0],
                      date=cover_blocks[1][0], notice=notice, source_date_epoch=1778544000)
    return booklet, pages


@pytest.fixture(scope="session")
def seed() -> tuple[Booklet, list[int]]:
    """(Booklet of seed 002, its printed TOC page numbers)."""
    return seed_booklet()


@pytest.fixture(scope="session")
def gongwen():
    """The default GB/T 9704 profile."""
    return load_profile("gongwen")


@pytest.fixture(scope="session")
def seed_docx(tmp_path_factory, seed, gongwen) -> Path:
    """Seed 002 written once for the read-back tests."""
    booklet, pages = seed
    target = tmp_path_factory.mktemp("docx") / "seed002.docx"
    write_docx(booklet, target, profile=gongwen, toc_pages=pages)
    return target


def every_block_booklet() -> Booklet:
    """A small booklet using every block and inline kind, in two titled parts."""
    first = Article(
        title="习近平：加强基础研究 实现高水平科技自立自强", kicker="材料1",
        subtitle="——在二十届中央政治局第三次集体学习时的讲话", author="习近平",
        origin="《求是》", date="2023年第15期",
        blocks=(Heading(1, (Text("基础研究是整个科学体系的源头"),)),
                Paragraph((Bold("第一，强化基础研究前瞻性、战略性、系统性布局。"),
                           Text("基础研究处于从研究到应用、再到生产的科研链条起始端"),
                           FootnoteRef("1"), Text("。"))),
                Heading(2, (Text("★核心技术的根源问题是基础研究问题"),)),
                Quote((Text("我国面临的很多“卡脖子”技术问题，根子是基础理论研究跟不上。"),)),
                Attribution("——在科学家座谈会上的讲话（2020年9月11日）"),
                Heading(3, (Text("三级标题"),)), Heading(4, (Text("四级标题"),)),
                Separator(), Caption("新华社记者 姚大伟/摄"),
                Note((Text("※这是习近平总书记2023年2月21日的讲话。"),))),
        footnotes=(Footnote("1", (Text("戚聿东，杜博.数字经济、高质量发展与推进中国式现代化[J]."),)),),
    )
    second = Article(title="走好建设科技强国的必由之路", origin="人民日报",
                     blocks=(Paragraph((Text("新时代以来，我国基础研究实现新飞跃。"),)),))
    from booklet.present import present

    return present(Booklet(title="学习专刊", subtitle="第1期", issuer="党委宣传部", date="2026年5月",
                           parts=(Part("重要讲话", (first,)), Part("延伸阅读", (second,))),
                           captions="keep"))


def docx_xml(path: Path, member: str = "word/document.xml") -> etree._Element:
    """A part of the package, parsed."""
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(member))
