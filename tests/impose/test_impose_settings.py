"""``impose:`` in the manifest and ``--impose`` on the command line: accepted and refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from booklet.errors import InputError
from booklet.impose import Imposition, imposition_for
from booklet.manifest import parse_manifest

HEAD = "title: 学习专刊\noutputs: [pdf]\n"
TAIL = "contents:\n  - source: a.txt\n"


def _parse(impose: str):
    return parse_manifest(HEAD + impose + TAIL, Path("booklet.yaml"))


def test_a_mode_alone_is_short_for_the_mapping() -> None:
    short, full = _parse("impose: 2up\n"), _parse("impose:\n  mode: 2up\n")
    assert short.impose == full.impose
    spec = short.impose
    assert (spec.mode, spec.creep_mm, spec.crop_marks) == ("2up", 0.0, False)
    assert _parse("").impose is None


@pytest.mark.parametrize("impose, line, key, words", [
    ("impose: booklet\n", 3, "impose.mode", "saddle, 2up"),
    ("impose:\n  mode: saddle\n  creep: 1\n", 5, "impose.creep", "did you mean 'creep_mm'"),
    ("impose:\n  mode: saddle\n  crop_marks: perhaps\n", 5, "impose.crop_marks", "true or false"),
    ("impose:\n  mode: saddle\n  creep_mm: thin\n", 5, "impose.creep_mm", "a number"),
    ("impose: {creep_mm: 1}\n", 3, "impose.mode", "required"),
])
def test_a_wrong_setting_names_its_line_and_key(impose: str, line: int, key: str,
                                                words: str) -> None:
    with pytest.raises(InputError) as caught:
        _parse(impose)
    assert (caught.value.line, caught.value.key) == (line, key)
    assert words in caught.value.message


def test_the_command_line_mode_wins_and_keeps_the_manifests_marks() -> None:
    spec = _parse("impose: {mode: saddle, creep_mm: 0.4, crop_marks: true}\n").impose
    assert imposition_for(spec, None, ["pdf"]) == Imposition("saddle", 0.4, True)
    assert imposition_for(spec, "2up", ["pdf"]) == Imposition("2up", 0.0, True)  # no creep in 2-up
    assert imposition_for(None, "saddle", ["pdf", "docx"]) == Imposition("saddle")
    assert imposition_for(None, None, ["pdf"]) is None


def test_leaving_the_pdf_out_skips_the_manifests_imposition_but_refuses_the_options() -> None:
    spec = _parse("impose: saddle\n").impose
    assert imposition_for(spec, None, ["docx"]) is None
    with pytest.raises(InputError) as caught:
        imposition_for(spec, "saddle", ["docx"])
    assert caught.value.key == "--impose"


def test_an_unknown_mode_on_the_command_line_is_a_usage_error(capsys) -> None:
    from booklet.cli import run

    assert run(["build", "--impose", "booklet"]) == 2
    assert "saddle" in capsys.readouterr().err
