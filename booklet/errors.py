"""Typed errors carrying the exit code the CLI reports (pandoc's PandocError idea)."""

from __future__ import annotations

from pathlib import Path


class BookletError(Exception):
    """Base error: a one-line message for the user and an exit code."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None,
                 key: str | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.key = key
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """``file:line: key: message`` with whatever parts are known."""
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "")
        parts = [p for p in (where, self.key and f"'{self.key}'", self.message) if p]
        return ": ".join(parts)


class InputError(BookletError):
    """Bad input or usage: the manifest, a source, a font path, a CLI argument."""

    exit_code = 2


class BuildError(BookletError):
    """The inputs were fine but an output could not be produced."""

    exit_code = 1
