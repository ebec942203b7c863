"""Dates typed and shown the German way: one rule for fields, messages and documents."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lip_desktop.model.dates import (
    FIRST_YEAR,
    LAST_YEAR,
    format_datetime,
    format_month,
    german,
    parse_datetime,
    parse_month,
)

years = st.integers(FIRST_YEAR, LAST_YEAR)
months = st.integers(1, 12)


@pytest.mark.parametrize("typed", ["09/2027", "9/2027", "9.2027", "09.2027", "092027",
                                   " 09 / 2027 ", "9-2027", "2027-09"])
def test_a_month_typed_the_german_way_is_that_month(typed: str) -> None:
    assert parse_month(typed) == "2027-09"


@pytest.mark.parametrize("typed", ["", "09/", "09/20", "0920", "13/2027", "00/2027",
                                   "9.27", "15.09.2027", "sept 2027", "09/0027"])
def test_incomplete_or_wrong_months_are_none(typed: str) -> None:
    assert parse_month(typed) is None


@given(years, months)
def test_month_round_trip(year: int, month: int) -> None:
    stored = f"{year:04d}-{month:02d}"
    shown = format_month(stored)
    assert shown == f"{month:02d}/{year:04d}"
    assert parse_month(shown) == stored
    assert parse_month(f"{month}.{year}") == stored
    assert parse_month(f"{month:02d}{year:04d}") == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("15.09.2027 17:00", "2027-09-15T17:00"), ("15.9.2027 17:00", "2027-09-15T17:00"),
    ("15.09.2027, 17:00 Uhr", "2027-09-15T17:00"), ("15.09.2027 17 Uhr", "2027-09-15T17:00"),
    ("15.09.2027", "2027-09-15T00:00"), ("1.2.2027 9:05", "2027-02-01T09:05"),
])
def test_a_moment_typed_the_german_way_is_that_moment(typed: str, stored: str) -> None:
    assert parse_datetime(typed) == stored


@pytest.mark.parametrize("typed", ["", "15.09.", "15.09.20", "31.02.2027 17:00",
                                   "15.09.2027 25:00", "15.09.2027 17:60", "2027-09-15"])
def test_incomplete_or_wrong_moments_are_none(typed: str) -> None:
    assert parse_datetime(typed) is None


@given(st.datetimes(min_value=datetime(FIRST_YEAR, 1, 1),
                    max_value=datetime(LAST_YEAR, 12, 31, 23, 59)))
def test_moment_round_trip(moment: datetime) -> None:
    stored = moment.strftime("%Y-%m-%dT%H:%M")
    shown = format_datetime(stored)
    assert parse_datetime(shown) == stored


def test_german_shows_every_stored_kind_of_date() -> None:
    assert german("2027-09") == "09/2027"
    assert german("2027-09-15") == "15.09.2027"
    assert german("2027-09-15T17:00") == "15.09.2027 17:00"
    assert german("2027-09-15T17:00:42") == "15.09.2027 17:00"
    assert german(datetime(2027, 9, 15, 17, 0)) == "15.09.2027 17:00"
    assert german("BIL-M1.2") == "BIL-M1.2" and german(2027) == "2027"
