"""Open a DOCX in a headless LibreOffice, update every index (the TOC field), save it as PDF.

Run with a Python that has LibreOffice's ``uno`` module (Debian: python3-uno, used by
``/usr/bin/python3``), not the project's virtualenv:

    /usr/bin/python3 lo_update_toc.py IN.docx OUT.pdf PROFILE_DIR

It starts its own ``soffice`` listening on a private pipe, so it never talks to a
LibreOffice the user has open, and stops it when done.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno  # noqa: E402  (only importable with LibreOffice's Python bindings)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402

CONNECT_SECONDS = 60


def _props(**values) -> tuple:
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _desktop(pipe: str):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                            context)


def update_and_export(source: Path, target: Path, profile: Path) -> int:
    """Update every index of ``source`` and export it to ``target``; the number of indexes."""
    pipe = f"booklet-{uuid.uuid4().hex}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={profile.as_uri()}",
                               "--headless", "--invisible", "--norestore",
                               f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        desktop = _desktop(pipe)
        document = desktop.loadComponentFromURL(source.resolve().as_uri(), "_blank", 0,
                                                _props(Hidden=True))
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        document.refresh()
        document.storeToURL(target.resolve().as_uri(), _props(FilterName="writer_pdf_Export"))
        count = indexes.getCount()
        document.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge drops as the office quits
            pass
        return count
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    found = update_and_export(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
    print(found)
