"""A progress line (rich) for builds that take more than a moment.

Shown only on an interactive terminal, transient, and never in quiet mode, so
logs and CI output stay clean.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator

Progress = Callable[[str], None]


@contextmanager
def progress_reporter(enabled: bool = True) -> Iterator[Progress | None]:
    """Yield a callback taking the name of the current step, or None when not shown."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.status import Status

    with Status("starting …", console=Console(stderr=True), spinner="dots") as status:
        yield lambda step: status.update(f"booklet: {step}")
