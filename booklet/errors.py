"""Typed errors carrying the exit code the CLI reports (pandoc's PandocError idea)."""

from __future__ import annotations

import errno
from pathlib import Path

from booklet.i18n import N_, _


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

    def __reduce__(self):
        """Pickled with its parts (a build step in another process raises it in this one)."""
        return _rebuild, (type(self), self.message, self.path, self.line, self.key)

    def one_line(self) -> str:
        """``file:line: key: message`` with whatever parts are known."""
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "")
        parts = [p for p in (where, self.key and f"'{self.key}'", self.message) if p]
        return ": ".join(parts)


def _rebuild(kind: type[BookletError], message: str, path: str | None, line: int | None,
             key: str | None) -> BookletError:
    return kind(message, path=path, line=line, key=key)


class InputError(BookletError):
    """Bad input or usage: the manifest, a source, a font path, a CLI argument."""

    exit_code = 2


class BuildError(BookletError):
    """The inputs were fine but an output could not be produced."""

    exit_code = 1


# What the operating system said, in the interface language: ``strerror`` is
# English on every system, so the common cases are worded here.
_OS_ERRORS = {
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOENT: N_("no such file or folder"),
    errno.ENOTDIR: N_("a file stands where a folder is needed"),
    errno.EISDIR: N_("is a folder"),
    errno.EEXIST: N_("already exists"),
    errno.EBUSY: N_("in use by another program"),
    errno.ENAMETOOLONG: N_("the file name is too long"),
    getattr(errno, "EDQUOT", -2): N_("the disk quota is used up"),  # not on Windows
}


def describe_os_error(exc: OSError) -> str:
    """A short reason for a failed file operation, in the interface language."""
    reason = _OS_ERRORS.get(exc.errno or -1)
    if reason is not None:
        return _(reason)
    return exc.strerror or str(exc) or type(exc).__name__
