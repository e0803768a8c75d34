"""Fixtures shared by the tests of the build's core."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the processes forked (the pids of the children started while the test runs)."""
    count: list[int] = []
    real = os.fork

    def fork() -> int:
        pid = real()
        if pid:
            count.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return count
