"""Run a build's independent steps side by side, in forked processes.

The writers share nothing but their ``Job`` (the presented booklet and the PDF's
layout), and each writes its own staging file; so once the layout exists, the DOCX
can be written in a child process while this one draws the PDF.  A forked child
starts with every module and the laid-out model already in memory (copy-on-write):
it costs a few milliseconds, where a freshly started interpreter would import
everything again and receive the model pickled.

Outputs are the same bytes either way (a test builds both ways): a child runs the
very function the sequential build calls.  A child sends back what went wrong (the
exception itself, or its text) and the warnings it raised; it writes nothing on the
terminal and leaves with ``os._exit``, so no cleanup of the parent's (the staging
folder, the progress line) runs twice.

Right before forking, the collector's objects are frozen (``gc.freeze``, as CPython's manual
advises for fork without exec): the child's collections then leave the inherited objects
alone, so their pages stay shared instead of being copied one by one; this process unfreezes
them at once.

Where ``fork`` is missing or unsafe (Windows; macOS, whose system libraries may not
survive it), on one core, or with ``BOOKLET_JOBS=1``, the steps run one after the
other in this process.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import traceback
import warnings
from typing import Any, Callable

Task = Callable[[], Any]
JOBS_ENV = "BOOKLET_JOBS"  # 1: one step after the other (debugging, comparing outputs)


def concurrent() -> bool:
    """Whether steps may run in forked processes here."""
    if not hasattr(os, "fork") or sys.platform == "darwin" or os.environ.get(JOBS_ENV) == "1":
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) > 1


class Step:
    """One started step; ``value`` is what its task returned, once the steps were waited for."""

    __slots__ = ("value",)

    def __init__(self, value: Any = None) -> None:
        self.value = value


class Steps:
    """Steps started with ``start`` run in child processes (or at once, in order, when
    not ``concurrent()``); ``wait`` collects them, re-raising the first failure.

    Use as a context manager: leaving it waits for every child, also on an error.
    """

    def __init__(self, parallel: bool | None = None) -> None:
        self.parallel = concurrent() if parallel is None else parallel
        self._children: list[tuple[int, int, Step]] = []  # pid, read end of its pipe, its step

    def start(self, task: Task) -> Step:
        """Run ``task`` beside this process (or now, when running in order); its return value
        (which must pickle) is the step's ``value`` after ``wait``."""
        if not self.parallel:
            return Step(task())
        read, write = os.pipe()
        gc.freeze()  # the collector leaves inherited objects alone: their pages stay shared
        pid = os.fork()
        if pid == 0:  # the child: run, report, leave without unwinding the parent's stack
            os.close(read)
            _run_child(task, write)
        gc.unfreeze()
        os.close(write)
        step = Step()
        self._children.append((pid, read, step))
        return step

    def wait(self) -> None:
        """Wait for every started step; re-raise the first one's failure, replay warnings."""
        failure: BaseException | None = None
        children, self._children = self._children, []
        for pid, read, step in children:
            with os.fdopen(read, "rb") as pipe:
                data = pipe.read()
            _pid, status = os.waitpid(pid, 0)
            outcome = _outcome(data, status)
            for message, category in outcome.get("warnings", ()):
                warnings.warn(message, category, stacklevel=2)
            step.value = outcome.get("value")
            if failure is None and "error" in outcome:
                failure = outcome["error"]
        if failure is not None:
            raise failure

    def __enter__(self) -> "Steps":
        return self

    def __exit__(self, kind, value, trace) -> None:
        if kind is None:
            self.wait()
            return
        try:
            self.wait()
        except BaseException:  # noqa: BLE001 - the error already on its way wins
            pass


def _run_child(task: Task, write: int) -> None:
    code = 0
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            try:
                outcome: dict = {"value": task()}
            except BaseException as exc:  # noqa: BLE001 - handed to the parent to raise
                outcome = {"error": _transportable(exc)}
                code = 1
        outcome["warnings"] = [(str(w.message), w.category) for w in caught]
        data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 - a warning that cannot be pickled, say
        data, code = b"", 1
    try:
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(code)


def _transportable(exc: BaseException) -> BaseException:
    """``exc`` itself when it survives pickling, else a RuntimeError with its traceback."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any exception pickle cannot carry
        text = "".join(traceback.format_exception(exc)).rstrip()
        return RuntimeError(f"{type(exc).__name__}: {exc}\n{text}")


def _outcome(data: bytes, status: int) -> dict:
    """What a child reported; a child that died without a word is a failure too."""
    if data:
        try:
            return pickle.loads(data)
        except Exception as exc:  # noqa: BLE001 - reported below as the child's failure
            return {"error": RuntimeError(f"a build step's report was unreadable: {exc}")}
    return {"error": RuntimeError(f"a build step ended without a report (status {status})")}
