"""Heading rules from the cover and notice pages of seed 002 as PDF extractors print them."""

from __future__ import annotations

from booklet.model import Heading, block_text

# seed 002's notice page, A5, as pdftotext prints it (title wrapped, signature over its date)
NOTICE = """北京理工大学党委宣传部
  宣〔2026〕11号
关于发布《师生理论学习指南》“习近平总书记 在加强基
础研究座谈会上的重要讲话精神”学习专刊的通知
  各基层党委、党总支、直属党支部：
  为深入学习贯彻习近平总书记在加强基础研究座谈会上
的重要讲话精神，进一步统一思想，凝聚共识，为建设科技
强国贡献北理工力量，党委宣传部特发布“习近平总书记在
加强基础研究座谈会上的重要讲话精神”学习专刊。
习近平总书记在加强基础研究座谈会上的重要
讲话精神学习专刊
  党委宣传部
  2026年5月
"""


def headings(doc) -> list[str]:
    out = []
    for article in doc.articles:
        out += [article.title] if article.title else []
        out += [block_text(b) for b in article.blocks if isinstance(b, Heading)]
    return out


def test_letter_title_after_document_number_is_a_heading_however_long(clean):
    doc, _ = clean(NOTICE)
    assert "关于发布《师生理论学习指南》“习近平总书记 在加强基础研究座谈会上的重要讲话精神”学习专刊的通知" \
        in headings(doc)


def test_issuer_over_a_date_line_is_a_signature_not_a_heading(clean):
    doc, _ = clean(NOTICE)
    found = headings(doc)
    assert "党委宣传部" not in found
    assert "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊" in found  # the wrapped cover title, whole


def test_short_heading_over_a_date_stays_when_not_an_issuer(clean):
    doc, _ = clean("一、总体要求\n  2026年5月\n  为深入学习贯彻习近平总书记在加强基础研究座谈会上的重要讲话精神，"
                   "进一步统一思想。\n")
    assert "一、总体要求" in headings(doc)
