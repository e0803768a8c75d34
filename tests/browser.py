"""A headless Chromium for tests that look at HTML as a reader's browser shows it.

Debian's ``chromium`` and ``chromium-driver`` packages, driven by Selenium with
the distribution's chromedriver (never a downloaded browser or driver).  Each
session gets a fresh profile folder and no network chatter.  Tests call
``chromium_session()`` and skip (with a reason naming chromium) when the
browser, the driver or Selenium is missing; CI installs them.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")


@contextmanager
def chromium_session(width: int = 1200, height: int = 1600) -> Iterator["object"]:
    """A Selenium WebDriver on headless Chromium; the profile folder is removed afterwards."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium (test extra) for chromium")
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(f"chromium / chromium-driver not installed ({CHROMIUM}, {CHROMEDRIVER})")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="booklet-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@contextmanager
def phone_session(width: int = 375, height: int = 812, *, dark: bool = False) -> Iterator["object"]:
    """Chromium emulating a phone of ``width`` × ``height`` CSS pixels: a mobile viewport (the
    page's ``<meta name="viewport">`` honoured, overlay scrollbars, device scale 1 so that
    screenshots stay small), optionally in the dark colour scheme."""
    with chromium_session(width, height) as driver:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [
            {"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
        driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})  # clean shots
        yield driver
