"""Extraction runs in a child process: a time limit, a memory cap, and crashes contained."""

from __future__ import annotations

import signal
import time

import pytest

from thuvien.extract import ExtractionError
from thuvien.uploads.isolation import ChildCrashed, LimitExceeded, run_isolated

from . import child_work


def test_the_result_comes_back():
    assert run_isolated(child_work.add, 2, 3, time_limit=60, memory_mb=1024) == 5


def test_work_past_the_time_limit_is_killed_in_time():
    started = time.monotonic()
    with pytest.raises(LimitExceeded) as caught:
        run_isolated(child_work.sleep_for, 60, time_limit=3, memory_mb=1024)
    assert caught.value.kind == "time"
    assert time.monotonic() - started < 15


def test_work_past_the_memory_cap_fails_without_hurting_the_parent():
    with pytest.raises(LimitExceeded) as caught:
        run_isolated(child_work.hold_memory, 3000, time_limit=60, memory_mb=600)
    assert caught.value.kind == "memory"
    # The same work fits under a larger cap: the cap, not the machine, stopped it.
    assert run_isolated(child_work.hold_memory, 50, time_limit=60, memory_mb=600) == 50 << 20


def test_an_extraction_error_keeps_its_code():
    with pytest.raises(ExtractionError) as caught:
        run_isolated(child_work.refuse, "encrypted", time_limit=60, memory_mb=1024)
    assert caught.value.code == "encrypted"


def test_a_child_that_dies_is_reported_as_a_crash():
    with pytest.raises(ChildCrashed) as caught:
        run_isolated(child_work.die_by_signal, time_limit=60, memory_mb=1024)
    assert caught.value.exitcode == -signal.SIGKILL


def test_the_child_dies_with_its_parent():
    value = run_isolated(child_work.report_parent_death_signal, time_limit=60, memory_mb=1024)
    assert value == signal.SIGKILL
