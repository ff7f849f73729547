"""Run a piece of work in a child process with a time limit and a memory cap.

A hostile or broken file (a decompression bomb, a PDF that loops forever) may make extraction
eat all memory or never end; in a child process it takes only the child down. The child's
address space is capped with ``resource.setrlimit``; the parent waits at most the time limit,
then kills it. The child also dies with its parent (Linux ``PR_SET_PDEATHSIG``), so a worker
killed with ``kill -9`` leaves no extraction running.

No Django here: the child imports only what its target needs.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thuvien.extract import ExtractionError, extract
from thuvien.library.extraction_worker import Extracted
from thuvien.text.similarity import signature

_PR_SET_PDEATHSIG = 1


class LimitExceeded(Exception):
    """The work hit a limit: ``kind`` is "time" or "memory"."""

    def __init__(self, kind: str, limit: float) -> None:
        self.kind = kind
        self.limit = limit
        super().__init__(f"{kind} limit of {limit} exceeded")


class ChildCrashed(Exception):
    """The child process ended without an answer (killed by a signal, or exited)."""

    def __init__(self, exitcode: int | None) -> None:
        self.exitcode = exitcode
        super().__init__(f"the child process ended with {exitcode}")


@dataclass(frozen=True)
class _Raised:
    """An exception carried back from the child (exceptions themselves may not pickle)."""

    kind: str
    code: str
    message: str


def run_isolated(target: Callable[..., Any], *args: Any, time_limit: float, memory_mb: int) -> Any:
    """``target(*args)`` in a fresh child process; its result, or its ExtractionError.

    Raises LimitExceeded when the child runs longer than ``time_limit`` seconds or runs out of
    its ``memory_mb`` MiB of address space, ChildCrashed when it dies without an answer.
    ``target`` must be a module-level function (the child imports it by name).

    Example:
        >>> run_isolated(pow, 2, 10, time_limit=30, memory_mb=1024)  # doctest: +SKIP
        1024
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, memory_mb, target, args), daemon=True)
    child.start()
    sender.close()
    try:
        deadline = time.monotonic() + time_limit
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LimitExceeded("time", time_limit)
            if receiver.poll(min(remaining, 0.5)):
                try:
                    status, payload = receiver.recv()
                except EOFError:
                    child.join(5)
                    raise ChildCrashed(child.exitcode) from None
                break
            if not child.is_alive() and not receiver.poll(0):
                raise ChildCrashed(child.exitcode)
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receiver.close()
    if status == "ok":
        return payload
    if payload.kind == "memory":
        raise LimitExceeded("memory", memory_mb)
    if payload.kind == "extraction":
        raise ExtractionError(payload.code, payload.message)
    raise RuntimeError(f"{payload.kind}: {payload.message}")


def _child_main(sender: Any, memory_mb: int, target: Callable[..., Any], args: tuple) -> None:
    _die_with_parent()
    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        result: Any = ("ok", target(*args))
    except BaseException as error:  # everything goes back to the parent as data
        result = ("error", _describe(error))
    try:
        sender.send(result)
    except MemoryError:
        sender.send(("error", _Raised("memory", "", "")))
    finally:
        sender.close()


def _describe(error: BaseException) -> _Raised:
    if _caused_by_memory(error):
        return _Raised("memory", "", "")
    if isinstance(error, ExtractionError):
        return _Raised("extraction", error.code, error.message)
    return _Raised(type(error).__name__, "", str(error)[:300])


def _caused_by_memory(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, MemoryError):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the time limit still ends the child
        pass
    if os.getppid() == 1:  # the parent died before the line above
        os._exit(1)


def extract_for_upload(path: str, preview_pages: int, time_limit: float) -> Extracted:
    """The child's work for one upload: extraction and near-duplicate signature."""
    # Extraction stops itself (OCR page by page, LibreOffice) a little before the hard limit,
    # so it can still say why.
    extraction = extract(
        Path(path), preview_pages=preview_pages, time_limit=max(1.0, time_limit * 0.9)
    )
    return Extracted(extraction, signature(extraction.pages))
