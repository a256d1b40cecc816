from __future__ import annotations

from datetime import date

import pytest

from secondop_desktop.core.dates import DateTextError, format_date, parse_date_text


@pytest.mark.parametrize(
    "text",
    [
        "1954-09-02",
        "2 Sep 1954",
        "2 september 1954",
        "02 SEPT. 1954",
        "September 2, 1954",
        "Sep 2nd 1954",
        "  2   Sep   1954 ",
    ],
)
def test_unambiguous_forms_are_read(text: str) -> None:
    assert parse_date_text(text) == date(1954, 9, 2)


def test_empty_means_no_date() -> None:
    assert parse_date_text("   ") is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("03/04/1954", "confused"),
        ("3.4.1954", "confused"),
        ("31 Feb 1954", "does not exist"),
        ("2 Septober 1954", "not a month"),
        ("yesterday", "not a date"),
    ],
)
def test_ambiguous_or_wrong_dates_are_explained(text: str, reason: str) -> None:
    with pytest.raises(DateTextError, match=reason) as info:
        parse_date_text(text)
    assert "2 Sep 1954" in str(info.value)


def test_format_is_the_long_unambiguous_form() -> None:
    assert format_date(date(1954, 9, 2)) == "2 September 1954"
    assert format_date(None) == ""
