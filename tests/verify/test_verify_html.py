"""The HTML report: escaped, self-contained, and opened in a real browser with differences marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.cli import run
from booklet.verify.render import render_html
from booklet.verify.report import Difference, QuoteCheck, TextRef, VerifyReport

from .test_verify_altered import altered_project


def test_text_from_the_sources_is_escaped():
    ref = TextRef("sources/a.txt", "<script>alert(1)</script>", "article", 1, 3)
    diff = Difference("substitution", "text", "<b>", "&", "“", "”", 3, 4)
    report = VerifyReport(quotations=[QuoteCheck(ref, "inline", "<i>引文</i>", None, "differs",
                                                 found_in=ref, similarity=0.9,
                                                 differences=(diff,))])
    page = render_html(report)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<i>引文" not in page and "<mark class=\"ours\">&lt;b&gt;</mark>" in page
    assert "http://" not in page and "https://" not in page  # nothing fetched


@pytest.mark.parametrize(("lang", "page_lang", "differs", "counted"), [
    ("en", "en", "differs", "2 differs"), ("zh", "zh-CN", "有出入", "2 处有出入")])
def test_the_report_opens_in_chromium_with_the_differences_highlighted(
        tmp_path: Path, browser, capsys: pytest.CaptureFixture[str], lang: str,
        page_lang: str, differs: str, counted: str):
    manifest = altered_project(tmp_path)
    out = tmp_path / "report.html"
    assert run(["--lang", lang, "verify", str(manifest), "--format", "html", "-o", str(out)]) == 0
    with browser.chromium_session() as driver:
        driver.get(out.as_uri())
        assert driver.title.startswith("booklet verify")
        assert driver.execute_script("return document.documentElement.lang") == page_lang
        marks = driver.find_elements("css selector", "section.differs mark")
        texts = {m.text for m in marks}
        assert {"连", "链", "牵头实施"} <= texts
        for mark in marks:
            colour = mark.value_of_css_property("background-color")
            assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour
            assert mark.is_displayed()
        verdicts = [e.text for e in driver.find_elements("css selector", "section.check .verdict")]
        assert verdicts.count(differs) == 2
        counts = driver.find_element("css selector", ".counts").text
        assert counted in counts
        driver.save_screenshot(str(tmp_path / "report.png"))
    assert (tmp_path / "report.png").stat().st_size > 10_000
