"""A progress line (rich) for builds that take more than a moment.

Shown only on an interactive terminal, never in quiet mode, and only once the
build has run for ``delay`` seconds, so a fast or no-op rebuild prints nothing
extra and logs and CI output stay clean.  It is transient: it disappears when
the build ends.
"""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

Progress = Callable[[str], None]


@contextmanager
def progress_reporter(enabled: bool = True, delay: float = 0.4) -> Iterator[Progress | None]:
    """Yield a callback taking the name of the current step, or None when not shown."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.status import Status

    status = Status("booklet: starting …", console=Console(stderr=True), spinner="dots")
    timer = threading.Timer(delay, status.start)  # rich refreshes from its own thread anyway
    timer.daemon = True
    timer.start()
    try:
        yield lambda step: status.update(f"booklet: {step}")
    finally:
        timer.cancel()
        timer.join()
        status.stop()
