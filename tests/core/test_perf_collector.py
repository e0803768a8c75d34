"""A build pauses the cyclic garbage collector and always gives it back as it found it."""

from __future__ import annotations

import gc

import pytest

from booklet.build import collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_restored_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error(collector_on):
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a failed build")
    assert gc.isenabled()


def test_left_off_when_the_caller_had_it_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
    gc.enable()


def test_a_failing_build_gives_the_collector_back(collector_on, tmp_path):
    from booklet.build import build
    from booklet.errors import BookletError

    manifest = tmp_path / "booklet.yaml"
    manifest.write_text("title: 测试\ncontents:\n  - source: missing.txt\n", encoding="utf-8")
    with pytest.raises(BookletError):
        build(manifest)
    assert gc.isenabled()
