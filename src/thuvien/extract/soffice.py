"""Convert an Office file to PDF with LibreOffice, headless, safely.

Each conversion runs in its own temporary folder with its own throwaway LibreOffice user profile
(``-env:UserInstallation``), so conversions in parallel (worker processes, threads) never share
a profile's lock file; a fresh profile costs about 0.3 s per conversion. The input is written
under a neutral name with the extension of its sniffed type, so LibreOffice picks its import
filter by the real type, never by the name the user gave. LibreOffice runs in a process group of
its own: on timeout the whole group (the launcher and soffice.bin) is killed.

Example:
    >>> # pdf_bytes = convert_to_pdf(docx_bytes, "docx", timeout=120)
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
from pathlib import Path

from thuvien.extract.errors import DAMAGED, NEEDS_LIBREOFFICE, TOO_LARGE, ExtractionError
from thuvien.extract.limits import timeout_error

__all__ = ["convert_to_pdf"]

# The largest PDF read back (a spreadsheet printed to thousands of pages is still far below).
_MAX_PDF_BYTES = 1 << 30


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def convert_to_pdf(
    data: bytes, file_type: str, *, soffice: str | None, timeout: float, target: str = "pdf"
) -> bytes:
    """The PDF LibreOffice makes of an Office file's bytes; ExtractionError on any failure.

    ``file_type`` is the sniffed type ("docx", "xls", ...), used as the input's extension;
    ``target`` another output format LibreOffice writes ("ods", ...).
    Raises "needs_libreoffice" without ``soffice``, "timeout" after ``timeout`` seconds and
    "damaged" when LibreOffice cannot load the file.

    Example:
        >>> convert_to_pdf(b"x", "docx", soffice=None, timeout=1)
        Traceback (most recent call last):
        ...
        thuvien.extract.errors.ExtractionError: Office files need LibreOffice, which is not \
installed on this server.
    """
    if soffice is None:
        raise ExtractionError(NEEDS_LIBREOFFICE, file_type=file_type)
    if timeout <= 0:
        raise timeout_error("converting the Office file")
    with tempfile.TemporaryDirectory(prefix="thuvien-soffice-") as folder:
        root = Path(folder)
        source = root / f"document.{file_type}"
        source.write_bytes(data)
        out = root / "out"
        command = [
            soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(source),
        ]
        # HOME inside the folder: nothing of LibreOffice's is left in the real home directory.
        env = {**os.environ, "HOME": str(root), "SAL_USE_VCLPLUGIN": "svp"}
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=root,
            env=env,
            start_new_session=True,
        )
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.communicate()
            raise timeout_error("converting the Office file with LibreOffice") from None
        finally:
            # Anything the launcher left behind goes with it.
            _kill_group(process)
        result = out / f"document.{target}"
        if not result.is_file() or result.stat().st_size == 0:
            said = (stdout + b"\n" + stderr).decode("utf-8", "replace").splitlines()
            detail = [line.strip() for line in said if line.strip().startswith("Error")]
            raise ExtractionError(
                DAMAGED,
                "The Office file is damaged or truncated and cannot be opened"
                + (f" (LibreOffice: {detail[-1][:200]})." if detail else "."),
                file_type=file_type,
            )
        if result.stat().st_size > _MAX_PDF_BYTES:
            raise ExtractionError(TOO_LARGE, "The converted PDF is too large.", file_type=file_type)
        return result.read_bytes()
