"""Suite-wide test settings.

Tests that need a system font or tool skip with a reason when it is absent, so
the suite runs on any machine.  CI installs them, and sets
BOOKLET_REQUIRE_SYSTEM_DEPS=1: there such a skip is turned into a failure, so a
missing install step cannot hide behind a green run.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests replay a fixed sequence of examples (derandomize) so that the README's test command and
# CI give the same verdict on every run; `BOOKLET_HYPOTHESIS=explore pytest` searches new examples (do it
# when you change a rule, and turn what it finds into a fixed example).
settings.register_profile("fixed", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("BOOKLET_HYPOTHESIS", "fixed"))

# Every cleaning in the suite checks that it lost no character (booklet.clean.guard): a rule
# that drops text fails whichever test happens to feed it that text.
os.environ.setdefault("BOOKLET_VERIFY", "1")

# Per-user caches (parsed fonts) go to a throw-away folder, not the tester's home.
_OWN_CACHE = None
if "XDG_CACHE_HOME" not in os.environ:
    _OWN_CACHE = tempfile.mkdtemp(prefix="booklet-test-cache-")
    os.environ["XDG_CACHE_HOME"] = _OWN_CACHE


# Messages in English whatever the tester's locale (a Chinese desktop sets LANG=zh_CN.UTF-8);
# tests of the Chinese interface ask for it with --lang zh or BOOKLET_LANG.
os.environ["BOOKLET_LANG"] = "en"


def pytest_sessionfinish(session, exitstatus):
    if _OWN_CACHE:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)

_SYSTEM_DEP = re.compile(r"font|pdftoppm|pdffonts|poppler|soffice|libreoffice|fc-list|fontconfig|chromium",
                         re.IGNORECASE)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not os.environ.get("BOOKLET_REQUIRE_SYSTEM_DEPS") or not report.skipped:
        return
    reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if _SYSTEM_DEP.search(reason):
        report.outcome = "failed"
        report.longrepr = f"skipped for a missing system dependency, which CI must install: {reason}"


@pytest.fixture(scope="session")
def browser():
    """``tests/browser.py`` (headless Chromium helpers) loaded by path: the suite runs in
    importlib mode, so test folders are no packages to import it from."""
    name = "booklet_tests_browser"
    if name not in sys.modules:
        path = Path(__file__).resolve().parent / "browser.py"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# PDFs the reader's tests read: pages of the heading sweep's draws and dev designs (tests/data/pdf).
PDF_DATA = Path(__file__).resolve().parent / "data" / "pdf"


@pytest.fixture(scope="session")
def pdf_page_lines():
    """A reader of a PDF in tests/data/pdf: its lines' text in reading order, as the PDF reader's page
    reading gives them (``rows.page_lines``, before roles and blocks)."""
    from booklet.readers.pdf.opening import load_pages
    from booklet.readers.pdf.rows import page_lines

    def read(name: str) -> list[str]:
        return [line.text for page in load_pages(PDF_DATA / name) for line in page_lines(page)]
    return read
