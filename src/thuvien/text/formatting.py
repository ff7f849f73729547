"""Numbers, sizes and dates written the Vietnamese way.

Vietnamese uses a dot to group thousands and a comma before decimals (``1.234,56``), the
reverse of English. These helpers are the single place the portal turns numbers and dates into
text for people, so every page writes ``174,20 KB`` and ``05/03/2020`` the same way.
"""

from __future__ import annotations

from datetime import date, datetime

_UNITS = ("B", "KB", "MB", "GB")


def _group_thousands(digits: str) -> str:
    """Insert a dot every three digits from the right: ``"1234567"`` -> ``"1.234.567"``."""
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return ".".join(reversed(groups))


def format_count(n: int) -> str:
    """Write a whole number with dots between thousands.

    >>> format_count(1234)
    '1.234'
    """
    sign = "-" if n < 0 else ""
    return sign + _group_thousands(str(abs(int(n))))


def format_size(n_bytes: int) -> str:
    """Write a file size in 1024-based units with two decimals and a decimal comma.

    Bytes below 1 KB are written whole (``"512 B"``); anything larger than 1024 GB stays in GB.

    >>> format_size(178381)
    '174,20 KB'
    """
    if n_bytes < 0:
        raise ValueError("a size cannot be negative")
    if n_bytes < 1024:
        return f"{int(n_bytes)} B"
    value = float(n_bytes)
    unit = 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    # 1023.999 KB would print as "1024,00 KB"; move to the next unit instead.
    if round(value, 2) >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    whole, fraction = f"{value:.2f}".split(".")
    return f"{_group_thousands(whole)},{fraction} {_UNITS[unit]}"


def _as_date(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def format_date(d: date | datetime) -> str:
    """Write a date as day/month/year with two-digit day and month.

    >>> format_date(date(2020, 3, 5))
    '05/03/2020'
    """
    d = _as_date(d)
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_date_long(d: date | datetime) -> str:
    """Write a date in words, as in the dateline of an official letter.

    >>> format_date_long(date(2020, 3, 5))
    'ngày 5 tháng 3 năm 2020'
    """
    d = _as_date(d)
    return f"ngày {d.day} tháng {d.month} năm {d.year}"
