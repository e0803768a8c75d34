"""The HTML reader keeps the article's text, headings and bold, and reports boilerplate."""

from __future__ import annotations

import pytest


from booklet.rawlines import Role, Run  # noqa: E402
from booklet.readers.html import html_lines  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>新华网</title>
<style>p {{ color: red }}</style><script>var s = "<p>脚本里的段落</p>";</script></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li>时政</li></ul></div>
<div class="header"><p>新华网 · 客户端</p></div>
<div id="detail"><h1>习近平在加强基础研究座谈会上强调</h1>
<div class="info"><p>2026-04-30 18:05:12　来源：新华社</p></div>
<div class="share-bar">分享到：<a>微信</a><a>微博</a></div>
<p>　　新华社北京4月30日电 中共中央总书记<strong>习近平</strong>30日上午主持召开座谈会。</p>
<p><strong>一、加强基础研究</strong></p>
<p>　　第二段第一句，<br>第二句。</p>
{extra}
<p>【纠错】</p><p>责任编辑：王某</p>
<figure><img src="a.jpg"><figcaption>4月30日，座谈会在京召开。新华社记者 姚大伟/摄</figcaption></figure>
</div><div class="footer"><p>Copyright © 2026 新华网</p></div></body></html>"""


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(extra="<h2>二、小标题</h2>"), encoding="utf-8")
    return path


def test_reader_html_keeps_main_text_headings_and_bold(page):
    lines = html_lines(page)
    texts = [line.text for line in lines]
    assert texts[0] == "习近平在加强基础研究座谈会上强调" and lines[0].role is Role.TITLE
    assert "2026-04-30 18:05:12" in texts and "来源：新华社" in texts
    lead = lines[texts.index("新华社北京4月30日电 中共中央总书记习近平30日上午主持召开座谈会。")]
    assert Run("习近平", bold=True) in lead.runs
    assert lines[texts.index("一、加强基础研究")].bold
    heading = lines[texts.index("二、小标题")]
    assert heading.role is Role.HEADING and heading.level == 1


def test_reader_html_drops_navigation_scripts_share_and_footer(page):
    joined = "\n".join(line.text for line in html_lines(page))
    for gone in ("首页", "脚本里的段落", "分享到", "微信", "Copyright", "color", "客户端"):
        assert gone not in joined


def test_boilerplate_is_left_to_the_cleaner_which_reports_it(page):
    from booklet.sources import load_source
    from booklet.writers.markdown import render_document
    assert {"【纠错】", "责任编辑：王某"} <= {line.text for line in html_lines(page)}
    result = load_source(page)
    removed = {r.text for r in result.report.removals if r.rule == "web_boilerplate"}
    assert removed == {"【纠错】", "责任编辑：王某"}
    text = render_document(result.document)
    assert "纠错" not in text and "责任编辑" not in text


def test_reader_html_line_break_continues_paragraph_and_caption_is_marked(page):
    lines = html_lines(page)
    second = next(i for i, ln in enumerate(lines) if ln.text.startswith("第二段"))
    assert lines[second].para_start is True and lines[second + 1].para_start is None
    assert lines[-1].role is Role.CAPTION and lines[-1].text.endswith("/摄")


def test_reader_html_without_text_is_a_clear_error(tmp_path):
    from booklet.errors import InputError

    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        html_lines(path)
    assert str(path) in info.value.one_line()
