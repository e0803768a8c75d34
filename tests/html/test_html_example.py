"""The example booklet's phone edition, read back: valid, complete, small, the same every build."""

from __future__ import annotations

from pathlib import Path

import html5lib
import pytest

from booklet.build import BuildOptions, build
from booklet.errors import InputError
from booklet.manifest import iter_entries, load_manifest

NS = "{http://www.w3.org/1999/xhtml}"
MAX_BYTES = 1_000_000  # the issue: "the example well under 1 MB"


def _parse(path: Path):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(
        path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("edition", ["html", "inline"])
def test_the_example_validates_and_stays_small(example_html: dict, edition: str):
    path = example_html[edition]
    root = _parse(path)  # strict: any parse error raises
    assert path.stat().st_size < MAX_BYTES / 2
    assert root.find(f".//{NS}title").text.endswith("学习专刊")


def test_the_example_has_every_article_in_its_contents_and_body(example_html: dict):
    root = _parse(example_html["html"])
    articles = root.findall(f".//{NS}article")
    entries = iter_entries(load_manifest(example_html["manifest"]))
    assert len(articles) == len(entries) == 16
    links = [a for a in root.iter(f"{NS}a") if a.get("class") == "toc_link"]
    assert [a.get("href") for a in links] == ["#" + a.get("id") for a in articles]
    parts = [a for a in root.iter(f"{NS}a") if a.get("class") == "toc_part"]
    assert ["".join(p.itertext()) for p in parts] == ["延伸阅读"]
    notes = [li for li in root.iter(f"{NS}li") if li.get("class") == "footnote"]
    refs = [a for a in root.iter(f"{NS}a") if a.get("class") == "fn_ref"]
    assert len(notes) == len(refs) == 15  # seed 004's chapter, every note paired


def test_a_second_build_is_byte_identical(example_html: dict, tmp_path: Path):
    again = build(example_html["manifest"], BuildOptions(formats=["html"], out_dir=tmp_path,
                                                         force=True))
    assert again.outputs["html"].read_bytes() == example_html["html"].read_bytes()
    assert again.outputs["html.inline"].read_bytes() == example_html["inline"].read_bytes()


def test_an_unchanged_project_is_not_rebuilt(example_html: dict):
    result = build(example_html["manifest"], BuildOptions(formats=["html"]))
    assert result.up_to_date and set(result.outputs) == {"html", "html.inline"}


def test_a_misspelt_html_setting_is_named(tmp_path: Path):
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 刊\nhtml: {inline_style: true}\ncontents:\n  - source: a.txt\n",
                        encoding="utf-8")
    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_manifest(manifest)
    assert "html.inline_style" in str(caught.value) and "inline_styles" in str(caught.value)


def test_without_the_setting_only_the_phone_edition_is_written(tmp_path: Path):
    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 刊\noutputs: [html]\ncontents:\n  - source: a.txt\n",
                        encoding="utf-8")
    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    result = build(manifest)
    assert set(result.outputs) == {"html"}
    assert sorted(p.name for p in (tmp_path / "build").glob("*.html")) == ["booklet.html"]
