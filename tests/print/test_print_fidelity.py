"""Print and Word fidelity of the example booklet, read back as a reader would.

The example project builds once; its DOCX is converted by LibreOffice once (the
slowest step of the suite on a small machine), and every check reads the files:
footnotes on the page of their marker with markers unique per page, one Word
footnote per note, no line past the right margin, the same 来源 wording in both
files, only embedded fonts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from booklet.build import BuildOptions, build
from booklet.layout import MM, load_profile
from booklet.model import Article, Booklet, Part, Paragraph, Text
from booklet.present import present
from booklet.typeset import NO_START

ROOT = Path(__file__).resolve().parents[2]
CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PROFILE = load_profile("gongwen")


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fidelity")
    shutil.copy(ROOT / "booklet.yaml", folder / "booklet.yaml")
    shutil.copytree(ROOT / "sources", folder / "sources")
    result = build(folder / "booklet.yaml", BuildOptions(formats=["pdf", "docx"]))
    return result.outputs


def _convert(source: Path, out: Path, fmt: str = "pdf") -> Path:
    """``source`` converted by a headless LibreOffice with a profile of its own."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{out / 'profile'}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{source.stem}.{fmt}"


@pytest.fixture(scope="module")
def via_libreoffice(example, tmp_path_factory) -> Path:
    """The example DOCX as LibreOffice lays it out (converted once per module)."""
    return _convert(example["docx"], tmp_path_factory.mktemp("lo"))


@pytest.fixture(scope="module")
def as_word_reads_it(example, tmp_path_factory) -> Path:
    """The example DOCX as LibreOffice lays it out once it reads ``w:overflowPunct`` as Word does.

    LibreOffice 7.4's DOCX reader (writerfilter, ``LN_CT_PPrBase_overflowPunct``) sets
    ParaIsHangingPunctuation to ``val == 0``: the opposite of ECMA-376 §17.3.1.21 (0: punctuation
    never extends past the margin) and of LibreOffice's own DOCX export.  This copy carries the
    flag the way that reader needs it; nothing else changes.
    """
    folder = tmp_path_factory.mktemp("lo-flag")
    copy = folder / example["docx"].name
    with zipfile.ZipFile(example["docx"]) as src, zipfile.ZipFile(copy, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename in ("word/styles.xml", "word/document.xml"):
                data = data.replace(b'<w:overflowPunct w:val="0"/>', b'<w:overflowPunct w:val="1"/>')
            dst.writestr(item, data)
    return _convert(copy, folder)


def _marks_per_page(path: Path) -> list[tuple[list[str], list[str]]]:
    """Per page: (markers in the text, labels starting the notes at the foot), by type size."""
    pdfplumber = pytest.importorskip("pdfplumber")
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if CIRCLED.match(c["text"])]
            rule = _note_rule(page)  # notes sit below the short rule over them
            body = [c for c in chars if rule is None or c["top"] < rule]
            foot = [c for c in chars if c not in body]
            out.append(([c["text"] for c in sorted(body, key=lambda c: (round(c["top"]), c["x0"]))],
                        [c["text"] for c in sorted(foot, key=lambda c: c["top"])]))
    return out


def _note_rule(page) -> float | None:
    """The top of the short black rule over the notes (a quarter of the measure, or Word's and
    LibreOffice's separator), None on a page without one."""
    measure = PROFILE.text_width_mm * MM
    short = [e for e in page.lines + page.rects
             if 20 < e["x1"] - e["x0"] < measure * 0.6 and e["bottom"] - e["top"] < 3
             and not (e.get("stroking_color") and e["stroking_color"][0] > 0.8 and
                      len(e["stroking_color"]) == 3 and e["stroking_color"][1] < 0.2)
             and e["top"] > page.height * 0.3]
    return max((e["top"] for e in short), default=None)


def _check_notes_on_their_pages(path: Path) -> int:
    pages = _marks_per_page(path)
    total = 0
    for number, (body, foot) in enumerate(pages, 1):
        assert len(set(body)) == len(body), f"page {number}: markers {body} repeat"
        assert sorted(body) == sorted(foot), f"page {number}: markers {body}, notes {foot}"
        total += len(foot)
    return total


def test_every_pdf_footnote_sits_on_its_markers_page_with_unique_markers(example):
    assert _check_notes_on_their_pages(example["pdf"]) == 15  # seed 004's chapter


def test_docx_has_one_word_footnote_per_note_numbered_per_page(example):
    with zipfile.ZipFile(example["docx"]) as zf:
        notes = zf.read("word/footnotes.xml").decode("utf-8")
        body = zf.read("word/document.xml").decode("utf-8")
        settings = zf.read("word/settings.xml").decode("utf-8")
    ids = re.findall(r'<w:footnote w:id="(\d+)"', notes)
    assert len(ids) == 15 and len(set(ids)) == 15
    assert sorted(re.findall(r'w:footnoteReference w:id="(\d+)"', body)) == sorted(ids)
    assert 'w:numRestart w:val="eachPage"' in settings and "decimalEnclosedCircle" in settings
    assert "注释" not in re.sub(r"<[^>]+>", "", body)


def test_libreoffice_puts_every_footnote_on_its_markers_page(via_libreoffice):
    assert _check_notes_on_their_pages(via_libreoffice) == 15


def _past_the_margin(path: Path) -> list[tuple[int, str, float]]:
    """(page, character, pt past the right margin) of every glyph of body size beyond it."""
    pdfplumber = pytest.importorskip("pdfplumber")
    inner, text_w = PROFILE.margin_left_mm * MM, PROFILE.text_width_mm * MM
    page_w = PROFILE.page_width_mm * MM
    over = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            left = min((c["x0"] for c in page.chars if c["text"].strip()), default=inner)
            block_left = inner if abs(left - inner) < abs(left - (page_w - inner - text_w)) \
                else page_w - inner - text_w
            right = block_left + text_w
            over += [(number, c["text"], round(c["x1"] - right, 1)) for c in page.chars
                     if c["text"].strip() and c["x1"] > right + 1.0 and c["size"] < 30]
    return over


def test_no_libreoffice_line_runs_past_the_right_margin(as_word_reads_it):
    """Indents, tracking, Latin widths, tabs and frames all keep inside the measure."""
    assert _past_the_margin(as_word_reads_it) == []


def test_libreoffice_overruns_only_by_hanging_the_punctuation_its_reader_allows(via_libreoffice):
    over = _past_the_margin(via_libreoffice)
    assert all(ch in NO_START and ch not in "—…" and 0 < extra <= PROFILE.body.size_pt + 0.5
               for _, ch, extra in over), over


def test_libreoffice_still_reads_overflow_punct_inverted(tmp_path):
    """Pins the LibreOffice bug the two tests above work around: the DOCX says no punctuation
    past the margin (``w:overflowPunct w:val="0"`` on Normal), LibreOffice imports it as
    hanging punctuation.  When this fails, LibreOffice reads the flag as Word does: check the
    plain conversion for lines past the margin and drop ``as_word_reads_it``."""
    from booklet.writers.docx import render_docx

    booklet = present(Booklet("书", (Part(None, (Article("题", (Paragraph((Text("正文。"),)),)),)),)))
    (tmp_path / "d.docx").write_bytes(render_docx(booklet, profile=PROFILE))
    with zipfile.ZipFile(tmp_path / "d.docx") as zf:
        assert '<w:overflowPunct w:val="0"/>' in zf.read("word/styles.xml").decode("utf-8")
    odt = _convert(tmp_path / "d.docx", tmp_path, "odt")
    with zipfile.ZipFile(odt) as zf:
        styles = zf.read("styles.xml").decode("utf-8")
    normal = re.search(r'<style:style style:name="Standard".*?</style:style>', styles).group(0)
    assert 'style:punctuation-wrap="hanging"' in normal


def _outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title without spaces, page index) of every bookmark of a PDF, in order."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    out: list[tuple[int, str, int]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, re.sub(r"\s", "", item.title),
                            reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return out


def test_same_page_count_and_article_starts_as_the_pdf(example, via_libreoffice):
    from pypdf import PdfReader

    assert len(PdfReader(via_libreoffice).pages) == len(PdfReader(example["pdf"]).pages)
    ours = [(title, page) for _, title, page in _outline(example["pdf"])]
    theirs = iter(_outline(via_libreoffice))  # LibreOffice lists every heading, in order
    found = [next(((t, p) for _, t, p in theirs if t == title), (title, None)) for title, _ in ours]
    assert len(ours) > 10 and found == ours


def test_every_star_heading_is_a_heading_in_word_and_libreoffice(via_libreoffice):
    """Seed 002's 论述汇编: all ★ items are headings of one level (Word's navigation pane and
    LibreOffice's bookmarks list them), none left as a bold paragraph."""
    outline = _outline(via_libreoffice)
    stars = [(level, title) for level, title, _ in outline if title.startswith("★")]
    assert len(stars) == 19 and len({level for level, _ in stars}) == 1, stars


def test_a_date_only_source_reads_the_same_in_both_files(tmp_path):
    from booklet.writers.docx import render_docx

    article = Article("题", (Paragraph((Text("正文。"),)),), date="2026-04-30")
    booklet = present(Booklet("书", (Part(None, (article,)),)))
    line = booklet.articles[0].source_line
    assert line == "（2026年4月30日）"
    data = render_docx(booklet, profile=PROFILE)
    (tmp_path / "d.docx").write_bytes(data)
    with zipfile.ZipFile(tmp_path / "d.docx") as zf:
        assert line in re.sub(r"<[^>]+>", "", zf.read("word/document.xml").decode("utf-8"))


def test_pdf_declares_only_embedded_fonts(example):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(example["pdf"])], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    assert out and all(row.split()[-5] == "yes" for row in out), out


def test_source_lines_share_one_wording(example):
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(example["pdf"]) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "来源 |" not in text and "来源：《人民日报》（" not in text
    assert Counter(re.findall(r"^（来源：", text, re.MULTILINE))["（来源："] >= 14


def _notice_geometry(path: Path, index: int = 0) -> dict:
    """A front page measured (mm): red rules (top, length, left, width in pt), and per text
    line its baseline, left and right edge, keyed by the line's text."""
    pdfplumber = pytest.importorskip("pdfplumber")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[index]
        red = [e for e in page.lines + page.rects if e.get("stroking_color")
               and len(e["stroking_color"]) == 3 and e["stroking_color"][0] > 0.8
               and e["stroking_color"][1] < 0.3]
        rules = sorted((e["top"] / MM, (e["x1"] - e["x0"]) / MM, e["x0"] / MM, e["linewidth"])
                       for e in red)
        rows: dict[float, list[dict]] = {}
        for c in page.chars:
            if c["text"].strip():
                rows.setdefault(round(page.height - c["matrix"][5], 1), []).append(c)
        lines = {}
        for base, chars in rows.items():
            chars.sort(key=lambda c: c["x0"])
            lines["".join(c["text"] for c in chars)] = (base / MM, chars[0]["x0"] / MM,
                                                        chars[-1]["x1"] / MM)
    return {"rules": rules, "lines": lines}


def test_the_notice_letter_measures_the_same_in_both_files(example, via_libreoffice):
    """信函格式 read back from the PDF and from LibreOffice's rendering of the DOCX: masthead,
    the red double rules (170 mm, centred, thick over thin above and thin over thick 20 mm
    above the foot), the number flush right, the title, signature and date within 1 mm."""
    ours, theirs = _notice_geometry(example["pdf"]), _notice_geometry(via_libreoffice)
    page_w, block_right = PROFILE.page_width_mm, PROFILE.margin_left_mm + PROFILE.text_width_mm
    for geometry in (ours, theirs):
        rules = geometry["rules"]
        assert len(rules) == 4
        assert all(abs(length - 170) < 0.5 and abs(left - (page_w - 170) / 2) < 0.5
                   for _, length, left, _ in rules)
        widths = [width for *_, width in rules]
        assert widths[0] > widths[1] and widths[3] > widths[2]  # 上粗下细, 下线上细下粗
        assert abs(PROFILE.page_height_mm - rules[3][0] - 20) < 0.6
    for a, b in zip(ours["rules"], theirs["rules"]):
        assert abs(a[0] - b[0]) < 0.5
    texts = ["北京理工大学党委宣传部", "宣〔2026〕11号", "党委宣传部", "2026年5月12日"]  # the example's
    titles = [t for t in ours["lines"] if t.startswith(("关于发布", "“习近平", "重要讲话"))]
    assert len(titles) == 3
    for text in texts + titles:
        (base_a, left_a, right_a), (base_b, left_b, right_b) = ours["lines"][text], \
            theirs["lines"][text]
        assert abs(base_a - base_b) <= 1.0, (text, base_a, base_b)
        if text in texts[1:]:  # flush right, or right-indented by whole characters
            assert abs(right_a - right_b) <= 1.0, (text, right_a, right_b)
        else:  # centred
            assert abs((left_a + right_a) / 2 - (left_b + right_b) / 2) <= 1.0, text
    for geometry in (ours, theirs):
        assert abs(geometry["lines"]["宣〔2026〕11号"][2] - block_right) <= 1.0


def _uno_python() -> str | None:
    """A Python that has LibreOffice's ``uno`` module (Debian's python3 with python3-uno)."""
    for exe in ("/usr/bin/python3", shutil.which("python3")):
        if exe and subprocess.run([exe, "-c", "import uno"], capture_output=True).returncode == 0:
            return exe
    return None


def _toc_entries(path: Path, pages: range, skip: tuple[str, ...]) -> list[list[str]]:
    """The contents page read back: each entry's lines, leaders and page number taken off;
    ``skip``: the title and the part rows."""
    pdfplumber = pytest.importorskip("pdfplumber")
    entries: list[list[str]] = [[]]
    with pdfplumber.open(path) as pdf:
        for index in pages:
            page = pdf.pages[index]
            rows: dict[float, list[dict]] = {}
            for c in page.chars:
                rows.setdefault(round(page.height - c["matrix"][5]), []).append(c)
            for _, chars in sorted(rows.items()):
                text = "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"]))
                text = re.sub(r"\s", "", text)
                line = re.sub(r"[.…]*\d+$", "", text)
                if not text or line in skip:
                    continue
                entries[-1].append(line)
                if line != text:  # its page number: the entry ends here
                    entries.append([])
    return [entry for entry in entries if entry]


def test_toc_entries_keep_their_breaks_after_libreoffice_updates_the_field(example, tmp_path):
    """LibreOffice rebuilds the table of contents from the headings (as Word does when it asks
    to update fields) and wraps each entry itself: every line still ends where a word ends,
    and the lines are the PDF's."""
    from booklet.typeset.segment import word_bounds
    from booklet.typeset.titles import FREE_AFTER

    python = _uno_python()
    if python is None or shutil.which("soffice") is None:
        pytest.skip("LibreOffice with its Python bindings (python3-uno) is not installed")
    updated = tmp_path / "updated.pdf"
    script = Path(__file__).with_name("lo_update_toc.py")
    run = subprocess.run([python, str(script), str(example["docx"]), str(updated),
                          str(tmp_path / "profile")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout.strip() == "1", run.stderr
    toc, skip = range(2, 4), ("目录", "延伸阅读")  # notice, cover, contents on two pages
    ours, theirs = _toc_entries(example["pdf"], toc, skip), _toc_entries(updated, toc, skip)
    assert len(ours) == 16 and theirs == ours
    wrapped = [lines for lines in theirs if len(lines) > 1]
    assert len(wrapped) >= 8
    for lines in wrapped:
        bounds, pos = word_bounds("".join(lines)), 0
        for line in lines[:-1]:
            pos += len(line)
            assert pos in bounds or line[-1] in FREE_AFTER or line[-1] == "—", (lines, line)


def test_the_cover_measures_the_same_in_both_files(example, via_libreoffice):
    """Cover rules and texts where ``present.cover`` places them, in the PDF and in
    LibreOffice's rendering of the DOCX's frames: within 1 mm."""
    ours, theirs = _notice_geometry(example["pdf"], 1), _notice_geometry(via_libreoffice, 1)
    assert len(ours["rules"]) == len(theirs["rules"]) == 3
    for a, b in zip(ours["rules"], theirs["rules"]):
        assert abs(a[0] - b[0]) <= 0.6 and abs(a[1] - b[1]) <= 0.5
    assert sorted(ours["lines"]) == sorted(theirs["lines"]) and len(ours["lines"]) >= 5
    for text, (base_a, left_a, right_a) in ours["lines"].items():
        base_b, left_b, right_b = theirs["lines"][text]
        assert abs(base_a - base_b) <= 1.0, (text, base_a, base_b)
        assert abs((left_a + right_a) / 2 - (left_b + right_b) / 2) <= 1.0, text
