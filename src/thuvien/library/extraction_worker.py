"""What an import worker process runs. It imports no Django: workers never touch the database."""

from __future__ import annotations

import os
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from thuvien.extract import Extraction, ExtractionError, extract
from thuvien.text.similarity import signature


@dataclass(frozen=True)
class Failure:
    """A failure carried back from a worker (exceptions of any kind may not survive pickling)."""

    code: str
    message: str
    kind: str

    def as_error(self) -> BaseException:
        if self.code:
            return ExtractionError(self.code, self.message)
        return RuntimeError(f"{self.kind}: {self.message}")


@dataclass(frozen=True)
class Extracted:
    """A finished extraction and its near-duplicate signature (computed here, off the writer)."""

    extraction: Extraction
    signature: tuple[int, ...]


# The library's keyphrase statistics, handed to each worker once when the pool starts.
_keyword_stats: Any = None


def init_worker(keyword_stats: Any = None) -> None:
    global _keyword_stats
    _keyword_stats = keyword_stats
    # Ctrl-C is handled by the parent, which stops the pool cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def extract_job(path: str, preview_pages: int, keyword_stats: Any = None) -> Extracted | Failure:
    try:
        stats = keyword_stats if keyword_stats is not None else _keyword_stats
        extraction = extract(Path(path), preview_pages=preview_pages, keyword_stats=stats)
        return Extracted(extraction, signature(extraction.pages))
    except ExtractionError as error:
        return Failure(error.code, error.message, "ExtractionError")
    except OSError as error:
        return Failure("", str(error), type(error).__name__)
    except Exception as error:
        return Failure("", str(error)[:200], type(error).__name__)
