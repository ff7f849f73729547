"""The one error extraction raises: a stable code for programs and a sentence for people."""

from __future__ import annotations

__all__ = [
    "DAMAGED",
    "EMPTY",
    "ENCRYPTED",
    "NO_PAGES",
    "UNSUPPORTED_TYPE",
    "ExtractionError",
]

EMPTY = "empty"
UNSUPPORTED_TYPE = "unsupported_type"
DAMAGED = "damaged"
ENCRYPTED = "encrypted"
NO_PAGES = "no_pages"

_DEFAULT_MESSAGES = {
    EMPTY: "The file is empty.",
    UNSUPPORTED_TYPE: "This file type is not supported.",
    DAMAGED: "The PDF is damaged or truncated and cannot be read.",
    ENCRYPTED: "The PDF is protected by a password.",
    NO_PAGES: "The PDF has no pages.",
}


class ExtractionError(Exception):
    """A file that cannot be extracted, with a stable ``code`` and a short English ``message``.

    The codes are "empty", "unsupported_type", "damaged", "encrypted" and "no_pages"; the web
    side maps them to its own (Vietnamese) text.

    Example:
        >>> error = ExtractionError("empty")
        >>> error.code, error.message
        ('empty', 'The file is empty.')
    """

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or _DEFAULT_MESSAGES.get(code, "The file cannot be read.")
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"ExtractionError({self.code!r}, {self.message!r})"
