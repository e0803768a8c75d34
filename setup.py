"""Build script beside ``pyproject.toml`` (which holds the project's metadata): pure Python by
default; with ``BOOKLET_COMPILE=1`` the cleaner is compiled to C extensions by mypyc.

The compiled cleaner gives the same output byte for byte (``.ci/run`` checks it on every input
in the tests) about 1.4× faster.  It is opt-in, as mypy and black ship theirs: the pure
package always installs and runs (office machines have no C compiler).  To build it:

    pip install mypy setuptools
    BOOKLET_COMPILE=1 pip install --no-build-isolation .        # or -e . for a work tree

``booklet/clean/stages.py`` stays pure: its dataclasses name the stages' types under
``TYPE_CHECKING`` only, which a compiled class body would need at import.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# The modules compiled: the cleaner's rules and the shape grammar they ask (where its time goes).
COMPILED = sorted(str(path) for path in Path("booklet/clean").glob("*.py") if path.name != "stages.py") \
    + ["booklet/shapes.py"]


def _extensions() -> list:
    if os.environ.get("BOOKLET_COMPILE", "").lower() not in ("1", "yes", "true"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as exc:
        raise SystemExit("BOOKLET_COMPILE=1 needs mypy in the build environment: "
                         "pip install mypy setuptools, then pip install --no-build-isolation .") from exc
    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3")


setup(ext_modules=_extensions())
