"""Put a build's outputs in place all at once, or not at all.

Every output is rendered into a staging folder inside the output folder.  Only
when all of them exist are they moved over the previous files, and that move
is itself all-or-nothing: each previous file is first set aside (renamed into
the staging folder), then the new ones go in; if any step fails, what was done
is undone.  Setting a file aside is the step Windows refuses while another
program — Word or WPS with the DOCX open — holds the file, so such a build
stops before any output changed, with one line saying which file to close.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from booklet.errors import BuildError, describe_os_error
from booklet.fileio import display_path
from booklet.i18n import _


def publish(out_dir: Path, targets: dict[str, Path], render: Callable[[dict[str, Path]], None],
            after: Callable[[], None] = lambda: None) -> None:
    """Render ``targets`` (format → final path) via ``render(staging paths)``, then swap them in.

    ``after`` runs once the new outputs are in place (the build records its state).
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        staging_dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    except OSError as exc:
        raise BuildError(_("cannot create the output folder: {reason}").format(
            reason=describe_os_error(exc)), path=display_path(out_dir)) from exc
    try:
        staging = {fmt: staging_dir / path.name for fmt, path in targets.items()}
        render(staging)
        for fmt, path in targets.items():
            if not staging[fmt].is_file():
                raise BuildError(_("the {format} writer produced no file").format(format=fmt),
                                 path=display_path(path))
        _swap(staging, targets, staging_dir)
        after()
    except OSError as exc:  # disk full, permissions: the build failed, the inputs are fine
        raise BuildError(_("could not write the outputs: {reason}").format(
            reason=describe_os_error(exc)),
            path=display_path(Path(exc.filename)) if exc.filename else display_path(out_dir)) \
            from exc
    finally:
        shutil.rmtree(staging_dir, ignore_errors=True)


def _swap(staging: dict[str, Path], targets: dict[str, Path], aside_dir: Path) -> None:
    """Move every staged file over its target: all of them, or none (see the module docstring)."""
    aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for target in targets.values():
            if target.exists():
                previous = aside_dir / f"{target.name}.previous"
                _set_aside(target, previous)
                aside.append((target, previous))
        for fmt, target in targets.items():
            os.replace(staging[fmt], target)
            placed.append(target)
    except BaseException:
        for target in placed:
            target.unlink(missing_ok=True)
        for target, previous in reversed(aside):
            os.replace(previous, target)
        raise


def _set_aside(target: Path, previous: Path) -> None:
    try:
        os.replace(target, previous)
    except PermissionError as exc:  # Windows: another program has the file open
        raise BuildError(_("{path} is open in another program; close it and try again").format(
            path=display_path(target))) from exc
