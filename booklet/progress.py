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

from booklet.i18n import _

Progress = Callable[[str], None]


@contextmanager
def progress_reporter(enabled: bool = True, delay: float = 0.4) -> Iterator[Progress | None]:
    """Yield a callback taking the name of the current step, or None when not shown.

    The line shows a spinner, the step and the time since the build started, so a
    long step (cleaning a 50 MB source) visibly goes on.
    """
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Bar(SpinnerColumn(), TextColumn("booklet: {task.description}"), TimeElapsedColumn(),
              console=Console(stderr=True), transient=True)
    task = bar.add_task(_("starting …"), total=None)
    timer = threading.Timer(delay, bar.start)  # rich refreshes from its own thread anyway
    timer.daemon = True
    timer.start()
    try:
        yield lambda step: bar.update(task, description=step)
    finally:
        timer.cancel()
        timer.join()
        bar.stop()
