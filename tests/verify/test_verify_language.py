"""``booklet verify`` speaks the interface language: reports, the ``check`` summary, ``build``'s warnings.

The report holds codes (``exact``, ``missing``, ``latin``); the wording is made
when it is rendered, so one report renders in either language and its JSON is
the same in both.
"""

from __future__ import annotations

import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from booklet.cli import run
from booklet.i18n import use_language
from booklet.verify.render import render

from .conftest import REPO


def _english_words():
    spec = importlib.util.spec_from_file_location("booklet_tests_messages",
                                                  REPO / "tests" / "core" / "messages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.english_words


english_words = _english_words()


class _Visible(HTMLParser):
    """The text a reader sees in a page (no markup, no style sheet)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self._hidden += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return " ".join(parser.parts)


@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_the_chinese_report_has_no_english(example_report, fmt: str):
    with use_language("zh"):
        page = render(example_report, fmt)
    shown = visible(page) if fmt == "html" else page
    assert not english_words(shown), sorted(english_words(shown))
    assert "引文核对：共 62 处引文" in shown and "重复的文本" in shown
    assert "一致" in shown and "未找到" in shown and "第 3 篇「" in shown


def test_the_same_report_renders_in_english(example_report):
    with use_language("en"):
        page = render(example_report, "text")
    assert page.startswith("verify: 62 quotations — ")
    assert "Repeated texts" in page and "✓ exact line " in page
    assert "引文核对" not in page


def test_differences_and_suggestions_in_chinese(example_report):
    same = next(s for s in example_report.same_texts
                if s.second.label == "sources/003_8089adc89d669a0a.txt")
    g = next(d for d in same.differences if d.ours == "G")
    with use_language("zh"):
        assert g.describe() == ("多出字母：…展，第一颗6[G]卫星发射成功… ↔ …展，第一颗6[]卫星发射成功…"
                                "（第 46 行 / 第 50 行）")
        assert g.suggestion() == "建议采用 …展，第一颗6G卫星发射成功…（另一版本漏掉了字母或数字）"
        assert same.warning() == ("sources/003_8089adc89d669a0a.txt 与第 13 篇「习近平：在全国科技大会、国家…」"
                                  "重复（99.7 %，2 处差异）")
    assert g.describe().startswith("extra Latin letters: …")


def test_json_is_data_the_same_in_both_languages(example_report):
    with use_language("zh"):
        chinese = render(example_report, "json")
    with use_language("en"):
        assert render(example_report, "json") == chinese


@pytest.mark.parametrize(("lang", "attribute", "heading"), [
    ("zh", "zh-CN", "booklet verify 核对报告："), ("en", "en", "booklet verify: ")])
def test_the_html_page_declares_its_language(example_report, lang: str, attribute: str,
                                             heading: str):
    with use_language(lang):
        page = render(example_report, "html")
    assert f'<html lang="{attribute}">' in page
    assert f"<h1>{heading}习近平总书记在加强基础研究座谈会上" in page  # the booklet's title


def test_check_and_build_speak_chinese(example: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]):
    assert run(["--lang", "zh", "check", str(example)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"booklet: 引文核对：共 (\d+) 处引文，(\d+) 处一致，(\d+) 处有出入，(\d+) 处未找到"
                     r"（详见 booklet verify）", out), out
    assert "警告: sources/000_fd4eaa529b77abe0.txt（材料1） 与第 2 篇「习近平：加强基础研究" in out
    assert run(["--lang", "zh", "build", str(example), "--format", "md",
                "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "重复（99.7 %，2 处差异）" in err and "repeats" not in err


def test_verify_reference_errors_speak_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "a.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "booklet.yaml").write_text(
        "title: 测试\noutputs: [md]\ncontents:\n  - source: a.md\nreferences:\n  - refs/\n",
        encoding="utf-8")
    assert run(["--lang", "zh", "verify", str(tmp_path / "booklet.yaml")]) == 2
    err = capsys.readouterr().err
    assert "booklet: 错误: " in err and "'references.0': 找不到参考文本文件夹：refs/" in err
