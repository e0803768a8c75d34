"""The example project built with ``impose: saddle`` in the A5 profile: the imposed PDF read back.

One build per module (the repository's example, copied to a temporary folder,
A5 pages, PDF only); the tests read ``study-issue-saddle.pdf`` as a print shop
would: sheets, which page sits in which half, blanks, boxes, fonts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from booklet.build import BuildOptions, build
from booklet.cli import run
from booklet.layout import MM

from .readback import read_sides

ROOT = Path(__file__).resolve().parents[2]
A4_LANDSCAPE = (297 * MM, 210 * MM)
_PAGE_NUMBER = re.compile(r"—\s*(\d+)\s*—")


def _example(folder: Path, extra: str) -> Path:
    """The example manifest in ``folder``: A5 pages, PDF only, plus ``extra`` top-level lines."""
    shutil.copytree(ROOT / "sources", folder / "sources")
    text = (ROOT / "booklet.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^layout: .*$", "layout: a5-booklet", text)
    text = re.sub(r"(?m)^outputs: .*$", "outputs: [pdf]\n" + extra, text)
    manifest = folder / "booklet.yaml"
    manifest.write_text(text, encoding="utf-8")
    return manifest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("impose")
    manifest = _example(folder, "impose: saddle\n")
    result = build(manifest, BuildOptions())
    pdf, saddle = result.outputs["pdf"], result.outputs["saddle"]
    return {"manifest": manifest, "result": result, "pdf": pdf, "saddle": saddle,
            "pages": len(PdfReader(pdf).pages)}


def _number(text: str) -> int | None:
    match = _PAGE_NUMBER.search(text)
    return int(match.group(1)) if match else None


def test_the_saddle_pdf_is_written_beside_the_pdf(built: dict) -> None:
    assert built["saddle"] == built["pdf"].with_name("study-issue-saddle.pdf")
    assert built["saddle"].is_file()


def test_a5_pages_fold_from_a4_sheets_padded_to_a_multiple_of_four(built: dict) -> None:
    pages = built["pages"]
    reader = PdfReader(built["saddle"])
    padded = -(-pages // 4) * 4
    assert len(reader.pages) == padded // 2  # two sides per sheet
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == \
            pytest.approx(A4_LANDSCAPE, abs=0.01)


def test_outer_sheet_carries_the_cover_and_the_blanks_after_the_last_article(built: dict) -> None:
    pages, result = built["pages"], built["result"]
    front, back = read_sides(built["saddle"], 0, 1)
    assert "学习专刊" in front.right.replace("\n", "")  # page 1: the cover
    blanks = -pages % 4
    last_article_page = result.article_pages[-1]
    assert blanks >= 1, "the example should need padding for this test to mean something"
    assert front.left == ""  # the last page of the folded booklet is a blank
    if blanks == 1:
        assert _number(back.right) is not None and _number(back.right) >= last_article_page
    else:
        assert back.right == ""


def test_printed_page_numbers_face_each_other_in_folding_order(built: dict) -> None:
    """On every side the two body pages' numbers sum to the same total, minus the front matter."""
    sides = read_sides(built["saddle"], 4, 9)
    totals = set()
    for side in sides:
        left, right = _number(side.left), _number(side.right)
        assert left is not None and right is not None
        totals.add(left + right)
    assert len(totals) == 1


def test_fonts_are_embedded_once_and_the_file_is_not_doubled(built: dict) -> None:
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) is not installed")

    def fonts(path: Path) -> list[tuple[str, str]]:
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        # name … emb sub uni object ID: the type ("CID TrueType") may hold spaces, so count
        # the "emb" column from the end
        return sorted((line.split()[0], line.split()[-5]) for line in out)

    imposed = fonts(built["saddle"])
    assert imposed == fonts(built["pdf"])
    assert len({name for name, _ in imposed}) == len(imposed)  # each font listed once
    assert any(emb == "yes" for _, emb in imposed)
    assert built["saddle"].stat().st_size < 1.1 * built["pdf"].stat().st_size


def test_an_unchanged_build_is_up_to_date_and_a_forced_one_byte_identical(built: dict) -> None:
    before = built["saddle"].read_bytes()
    again = build(built["manifest"], BuildOptions())
    assert again.up_to_date and "saddle" in again.outputs
    forced = build(built["manifest"], BuildOptions(force=True))
    assert not forced.up_to_date
    assert built["saddle"].read_bytes() == before


def test_impose_on_the_command_line_builds_two_up(built: dict) -> None:
    assert run(["build", str(built["manifest"]), "--impose", "2up", "-q"]) == 0
    two_up = built["pdf"].with_name("study-issue-2up.pdf")
    assert len(PdfReader(two_up).pages) == -(-built["pages"] // 2)


def test_impose_without_the_pdf_is_one_line_error(built: dict, capsys) -> None:
    code = run(["build", str(built["manifest"]), "--format", "md", "--impose", "saddle"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "'--impose'" in err[0] and "pdf" in err[0]


def test_a_failed_imposition_keeps_the_previous_outputs(built: dict, monkeypatch) -> None:
    import booklet.impose

    before = {p: p.read_bytes() for p in (built["pdf"], built["saddle"])}

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(booklet.impose, "impose_pdf", broken)
    assert run(["build", str(built["manifest"]), "--force", "-q"]) == 1
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize("layout, warned", [
    ("gongwen", True), ("{profile: gongwen, articles_start_recto: true}", False)])
def test_page_one_on_a_left_hand_page_is_warned_about(tmp_path: Path, capsys, layout: str,
                                                      warned: bool) -> None:
    """A notice makes three front pages (notice, cover, contents): page 1 would face the fold."""
    folder = tmp_path / "issue"
    assert run(["new", str(folder), "-q"]) == 0
    manifest = folder / "booklet.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^layout: .*$", f"layout: {layout}", text)
    text = re.sub(r"(?m)^outputs: .*$",
                  "outputs: [pdf]\nimpose: saddle\nnotice:\n  number: 宣〔2026〕1号", text)
    manifest.write_text(text, encoding="utf-8")
    assert run(["build", str(manifest)]) == 0
    err = capsys.readouterr().err
    assert ("page 1 falls on a left-hand page" in err) == warned
    assert (folder / "build" / "booklet-saddle.pdf").is_file()
