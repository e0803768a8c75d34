"""Fixtures for the phone edition: a booklet with every block kind, and the example built as HTML."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from booklet.build import BuildOptions, build
from booklet.model import (Article, Attribution, Bold, Booklet, Caption, Footnote, FootnoteRef,
                           Heading, Note, Notice, Paragraph, Part, Quote, Separator, Text)
from booklet.present import present

ROOT = Path(__file__).resolve().parents[2]
BODY = "基础研究是整个科学体系的源头，是所有技术问题的总机关。" * 3
HOSTILE = "<script>alert('x')</script> & <b>粗</b>"


def every_block_article(title: str = "加强基础研究") -> Article:
    """One article holding every block kind of the model, two footnotes and hostile text."""
    blocks = (Heading(1, (Text("一、总体要求"),)), Heading(2, (Text("（一）基本原则"),)),
              Heading(3, (Text("1.坚持问题导向"),)), Heading(5, (Text("（1）突出原创"),)),
              Paragraph((Bold("第一，强化布局。"), Text(BODY), FootnoteRef("①"), Text("CO₂排放。"))),
              Paragraph((Text(HOSTILE), FootnoteRef("②"), Text("第一行\n第二行"))),
              Quote((Text("核心技术的根源问题是基础研究问题。"),)),
              Attribution("——在中央人才工作会议上的讲话（2021年9月27日）"),
              Note((Text("※这是一段编者按。"),)), Caption("新华社记者 摄"), Separator(),
              Paragraph((Text("最后一段。"),)))
    return Article(title, blocks, kicker="材料1", subtitle="——副标题", author="本报评论员",
                   origin="新华社", date="2026年4月30日",
                   footnotes=(Footnote("①", (Text("戚聿东.数字经济[J].2023."),)),
                              Footnote("②", (Text(HOSTILE),))))


def every_block_booklet(**kw) -> Booklet:
    """Every block kind in a notice-led booklet of two parts, presented for print, captions kept."""
    notice = Notice("关于发布学习专刊的通知", ("现将学习专刊印发给你们。",), number="宣〔2026〕11号",
                    to="各基层党组织", attachment="学习专刊", signature="党委宣传部",
                    date="2026年5月12日", issuer="某某大学党委宣传部")
    raw = Booklet("学习专刊", parts=(Part(None, (every_block_article(),)),
                                      Part("延伸阅读", (every_block_article("第二篇"),
                                                    every_block_article("第三篇")))),
                  subtitle="师生理论学习指南", issuer="党委宣传部", date="2026年5月",
                  notice=notice, captions="keep", **kw)
    return present(raw)


@pytest.fixture(scope="session")
def example_html(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example project built as HTML only, with the inline-styles edition: {"html", "inline"}."""
    folder = tmp_path_factory.mktemp("example-html")
    manifest = (ROOT / "booklet.yaml").read_text(encoding="utf-8")
    (folder / "booklet.yaml").write_text(manifest + "\nhtml: {inline_styles: true}\n",
                                         encoding="utf-8")
    shutil.copytree(ROOT / "sources", folder / "sources")
    result = build(folder / "booklet.yaml", BuildOptions(formats=["html"]))
    return {"html": result.outputs["html"], "inline": result.outputs["html.inline"],
            "manifest": folder / "booklet.yaml"}



@pytest.fixture()
def every_block() -> Booklet:
    """``every_block_booklet()``."""
    return every_block_booklet()
