"""The compiled cleaner (``BOOKLET_COMPILE=1``, mypyc; see ``setup.py``) gives what the pure modules give.

Skipped unless this tree holds the compiled modules.  mypyc changes a few of Python's meanings
(an unboxed tuple is a new object each time it is boxed, so ``is`` between tuples is false;
a nested ``def`` named as a parameter is the closure's alone): the modules' ``.py`` files copied
without their extensions clean the example's sources and the test data, and the ``repr`` of
document and report must be the same byte for byte (``benchmarks/same.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mypy import api as mypy_api

from booklet.clean import pipeline

ROOT = Path(__file__).resolve().parents[2]
COMPILED = not pipeline.__file__.endswith(".py")


@pytest.mark.skipif(not COMPILED, reason="the cleaner is not compiled here (BOOKLET_COMPILE=1, setup.py)")
def test_compiled_cleaner_gives_the_pure_output(tmp_path: Path) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(ROOT / "booklet", pure / "booklet",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "same.py"), "--compiled", str(pure), str(ROOT),
                           str(ROOT / "sources"), str(ROOT / "tests" / "data")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(new, compiled)" in done.stdout


def test_the_package_type_checks() -> None:
    """The package type-checks (libraries without stubs read as untyped).  What mypyc compiles (the cleaner
    and the shape grammar, ``setup.py``'s ``COMPILED``) must: code mypy rejects passes every other test on the
    pure package and fails only the compiled build, which CI runs last; and the rest should, since a type
    error is most often a ``None`` or a union a caller forgot."""
    out, err, status = mypy_api.run(["--ignore-missing-imports", "--no-incremental", str(ROOT / "booklet")])
    assert status == 0, out + err
