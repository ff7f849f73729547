"""Work for the isolation tests, imported by name in the child process."""

from __future__ import annotations

import os
import signal
import time

from thuvien.extract import ExtractionError


def add(a: int, b: int) -> int:
    return a + b


def sleep_for(seconds: float) -> str:
    time.sleep(seconds)
    return "woke up"


def hold_memory(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def refuse(code: str) -> None:
    raise ExtractionError(code)


def die_by_signal() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def report_parent_death_signal() -> int:
    """The signal this process gets when its parent dies (0: none)."""
    import ctypes

    value = ctypes.c_int(0)
    ctypes.CDLL(None).prctl(2, ctypes.byref(value))  # PR_GET_PDEATHSIG
    return value.value
