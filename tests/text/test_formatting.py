from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thuvien.text.formatting import format_count, format_date, format_date_long, format_size


@pytest.mark.parametrize(
    ("n_bytes", "expected"),
    [
        (0, "0 B"),
        (512, "512 B"),
        (1023, "1023 B"),
        (1024, "1,00 KB"),
        (178381, "174,20 KB"),
        (1536, "1,50 KB"),
        (1048576, "1,00 MB"),
        (1048575, "1,00 MB"),  # 1023,999 KB rounds up into the next unit
        (5 * 1024**3, "5,00 GB"),
        (3 * 1024**4, "3.072,00 GB"),
    ],
)
def test_format_size_uses_1024_units_two_decimals_and_a_comma(n_bytes, expected):
    assert format_size(n_bytes) == expected


def test_format_size_rejects_negative_sizes():
    with pytest.raises(ValueError):
        format_size(-1)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (1234, "1.234"),
        (1234567, "1.234.567"),
        (-45678, "-45.678"),
    ],
)
def test_format_count_groups_thousands_with_dots(n, expected):
    assert format_count(n) == expected


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_count_reads_back_as_the_same_number(n):
    assert int(format_count(n).replace(".", "")) == n


def test_format_date_pads_day_and_month():
    assert format_date(date(2020, 3, 5)) == "05/03/2020"
    assert format_date(datetime(2021, 12, 31, 23, 59)) == "31/12/2021"


def test_format_date_long_writes_the_dateline_form():
    assert format_date_long(date(2020, 3, 5)) == "ngày 5 tháng 3 năm 2020"
    assert format_date_long(datetime(2019, 11, 20, 8, 0)) == "ngày 20 tháng 11 năm 2019"
