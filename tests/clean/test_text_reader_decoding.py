"""The .txt reader: encodings, line ends, bad input, form feeds, the CLI path."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.errors import InputError
from booklet.model import block_text
from booklet.readers import ReadOptions, read_source
from booklet.readers.text import raw_lines

SAMPLE = ("习近平：加强基础研究 实现高水平科技自立自强\n"
          "今天，中央政治局进行第三次集体学习，内容是加强基础研究。\n")


def _texts(path: Path) -> list[str]:
    doc = read_source(path, ReadOptions()).document
    return [a.title for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks]


@pytest.mark.parametrize("encoding,bom,newline", [
    ("utf-8", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\n"), ("gb18030", b"", "\n"), ("gbk", b"", "\r\n"),
    ("utf-8", b"", "\r"), ("utf-16-le", b"\xff\xfe", "\r\n"),
])
def test_encodings_and_line_ends_read_alike(tmp_path, encoding, bom, newline):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + SAMPLE.replace("\n", newline).encode(encoding))
    assert _texts(path) == ["习近平：加强基础研究 实现高水平科技自立自强",
                            "今天，中央政治局进行第三次集体学习，内容是加强基础研究。"]


@pytest.mark.parametrize("data,message", [
    (b"", "empty file"), (b"  \n\n \t\n", "empty file"),
    (b"%PDF-1.7\n\x00\x01\x02binary", "binary file"), (b"\xff\xff\xff\xff", "cannot decode"),
])
def test_bad_text_files_are_input_errors_naming_the_file(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_source(path, ReadOptions())
    assert message in str(err.value) and "bad.txt" in str(err.value)
    assert "\n" not in err.value.one_line()


def test_unknown_rule_in_options_is_an_input_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    with pytest.raises(InputError, match="unknown cleaning rule"):
        read_source(path, ReadOptions(rules={"no_such_rule": False}))


def test_rules_from_options_switch_a_rule_off(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("今天，向获得 2023 年度国家科学技术奖励的集体和个人表示热烈祝贺！\n", encoding="utf-8")
    on = read_source(path, ReadOptions()).document.articles[0]
    off = read_source(path, ReadOptions(rules={"normalise": False})).document.articles[0]
    assert "2023年度" in block_text(on.blocks[0]) and "2023 年度" in block_text(off.blocks[0])


def test_form_feeds_become_page_numbers():
    lines = raw_lines("第一页正文\n\f第二页正文\n第二页续\f第三页")
    assert [(ln.text, ln.page) for ln in lines] == [
        ("第一页正文", 1), ("第二页正文", 2), ("第二页续", 2), ("第三页", 3)]


def test_page_split_at_form_feed_rejoins(tmp_path):
    path = tmp_path / "p.txt"
    body = "加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界科技强国的必由之路。党和国家历来重视基础研究工作。\n"
    path.write_text(body * 3 + "新中国成立后，党中央发出“向科学进军”号召，广大科技工作者自力\n2\n\f更生、艰苦奋斗。\n",
                    encoding="utf-8")
    texts = _texts(path)
    assert texts[-1].endswith("广大科技工作者自力更生、艰苦奋斗。")


def test_cli_clean_report_lists_removed_lines_with_numbers(tmp_path, capsys, seeds_dir):
    from booklet.cli import run
    assert run(["clean", str(seeds_dir / "000_fd4eaa529b77abe0.txt"), "--report"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# 材料1\n\n# 习近平：加强基础研究 实现高水平科技自立自强\n")
    assert "1054: removed [strip_furniture] '主题教育学习资料'" in err
    assert "1056: removed [strip_furniture] '26'" in err
