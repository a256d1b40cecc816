"""Issue 12, dates as people remember them: every form is read at its precision, stored as
EDTF text, read back, shown as written, sorted by the earliest day it can mean; an
ambiguous numeric date is asked about, never guessed."""

from __future__ import annotations

import copy
import pickle
from datetime import date, timedelta

import pytest

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.core.dates import (
    AmbiguousDate,
    DateTextError,
    PartialDate,
    format_date,
    format_short,
    from_stored,
    parse_date_text,
)
from secondop_desktop.store import Vault
from secondop_desktop.summary import case_document

# typed, stored (EDTF), long form, short form, earliest day, latest day
FORMS = [
    ("2 Sep 1954", "1954-09-02", "2 September 1954", "2 Sep 1954", (1954, 9, 2), (1954, 9, 2)),
    ("1954-09-02", "1954-09-02", "2 September 1954", "2 Sep 1954", (1954, 9, 2), (1954, 9, 2)),
    ("13/04/2024", "2024-04-13", "13 April 2024", "13 Apr 2024", (2024, 4, 13), (2024, 4, 13)),
    ("Mar 2024", "2024-03", "March 2024", "Mar 2024", (2024, 3, 1), (2024, 3, 31)),
    ("March 2024", "2024-03", "March 2024", "Mar 2024", (2024, 3, 1), (2024, 3, 31)),
    ("2024-03", "2024-03", "March 2024", "Mar 2024", (2024, 3, 1), (2024, 3, 31)),
    ("03/2024", "2024-03", "March 2024", "Mar 2024", (2024, 3, 1), (2024, 3, 31)),
    ("Feb 2024", "2024-02", "February 2024", "Feb 2024", (2024, 2, 1), (2024, 2, 29)),
    ("2019", "2019", "2019", "2019", (2019, 1, 1), (2019, 12, 31)),
    ("about 2019", "2019~", "about 2019", "about 2019", (2019, 1, 1), (2019, 12, 31)),
    ("~2019", "2019~", "about 2019", "about 2019", (2019, 1, 1), (2019, 12, 31)),
    ("circa 2019", "2019~", "about 2019", "about 2019", (2019, 1, 1), (2019, 12, 31)),
    (
        "about March 2024",
        "2024-03~",
        "about March 2024",
        "about Mar 2024",
        (2024, 3, 1),
        (2024, 3, 31),
    ),
    ("early 2019", "2019-37", "early 2019", "early 2019", (2019, 1, 1), (2019, 4, 30)),
    ("mid 2019", "2019-38", "mid 2019", "mid 2019", (2019, 5, 1), (2019, 8, 31)),
    ("mid-2019", "2019-38", "mid 2019", "mid 2019", (2019, 5, 1), (2019, 8, 31)),
    ("late 2019", "2019-39", "late 2019", "late 2019", (2019, 9, 1), (2019, 12, 31)),
    ("spring 2019", "2019-21", "spring 2019", "spring 2019", (2019, 3, 1), (2019, 5, 31)),
    ("summer 2019", "2019-22", "summer 2019", "summer 2019", (2019, 6, 1), (2019, 8, 31)),
    ("autumn 2019", "2019-23", "autumn 2019", "autumn 2019", (2019, 9, 1), (2019, 11, 30)),
    ("fall 2019", "2019-23", "autumn 2019", "autumn 2019", (2019, 9, 1), (2019, 11, 30)),
    ("winter 2019", "2019-24", "winter 2019", "winter 2019", (2019, 1, 1), (2019, 12, 31)),
]


@pytest.mark.parametrize(("typed", "stored", "long", "short", "first", "last"), FORMS)
def test_every_form_round_trips_at_its_precision(  # type: ignore[no-untyped-def]
    typed, stored, long, short, first, last
) -> None:
    value = parse_date_text(typed)
    assert isinstance(value, PartialDate)
    assert value.isoformat() == stored and str(value) == stored
    assert format_date(value) == long and format_short(value) == short
    assert date(value.year, value.month, value.day) == date(*first)
    assert value.latest == date(*last)
    again = from_stored(stored)
    assert again == value and hash(again) == hash(value)
    assert parse_date_text(short) == value  # what a date field shows reads back the same
    assert pickle.loads(pickle.dumps(value)) == value and copy.deepcopy(value) == value


def test_a_month_is_not_its_first_day_but_a_day_is_a_date() -> None:
    month = parse_date_text("Mar 2024")
    assert month != date(2024, 3, 1) and date(2024, 3, 1) != month
    assert month != parse_date_text("1 Mar 2024") and month != parse_date_text("about Mar 2024")
    day = parse_date_text("1 Mar 2024")
    assert day == date(2024, 3, 1) and hash(day) == hash(date(2024, 3, 1))
    assert len({day, date(2024, 3, 1), month}) == 2
    # Ordering and comparisons with plain dates use the earliest day.
    assert date(2024, 2, 29) < month < date(2024, 3, 2)
    # Date arithmetic gives a day (Python builds the subclass with year, month, day).
    assert month + timedelta(days=30) == date(2024, 3, 31)
    assert month.replace(day=5) == date(2024, 3, 5)


def test_a_month_containing_today_is_not_in_the_future() -> None:
    today = date.today()
    this_month = parse_date_text(f"{dates.MONTH_ABBR[today.month]} {today.year}")
    assert this_month is not None and not this_month > today
    assert not parse_date_text(f"about {today.year}") > today  # type: ignore[operator]


def test_sorted_by_the_earliest_day_it_can_mean() -> None:
    stored = ["2019-21", "2019~", "2019-03", "2018-39", "2019-03-15", "2019-37", "2020", "2019-12"]
    values = [from_stored(s) for s in stored]
    # As text, "2019~" would come after every other 2019 date, and spring after December.
    assert sorted(stored).index("2019~") > sorted(stored).index("2019-21")
    ordered = [v.isoformat() for v in sorted(values, key=dates.sort_key)]  # type: ignore[union-attr]
    assert ordered == [
        "2018-39",
        "2019-37",  # early 2019: Jan to Apr
        "2019~",  # about 2019: all year, from 1 January
        "2019-03",
        "2019-21",  # spring: March to May, wider than March
        "2019-03-15",
        "2019-12",
        "2020",
    ]


@pytest.mark.parametrize(
    ("typed", "month_first", "first", "second"),
    [
        ("03/04/2024", False, "3 April 2024", "4 March 2024"),
        ("03/04/2024", True, "4 March 2024", "3 April 2024"),
        ("3.4.1954", False, "3 April 1954", "4 March 1954"),
        ("about 03/04/2024", True, "about 4 March 2024", "about 3 April 2024"),
    ],
)
def test_an_ambiguous_date_offers_both_readings_the_locales_first(  # type: ignore[no-untyped-def]
    typed, month_first, first, second
) -> None:
    with pytest.raises(AmbiguousDate) as info:
        parse_date_text(typed, month_first=month_first)
    assert [format_date(c) for c in info.value.choices] == [first, second]
    assert first in str(info.value) and second in str(info.value)


@pytest.mark.parametrize(
    ("typed", "reading"),
    [("13/04/2024", "13 April 2024"), ("04/13/2024", "13 April 2024"), ("5/5/2020", "5 May 2020")],
)
def test_a_numeric_date_with_one_reading_is_taken(typed: str, reading: str) -> None:
    assert format_date(parse_date_text(typed, month_first=False)) == reading
    assert format_date(parse_date_text(typed, month_first=True)) == reading


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("03/04/24", "four digits"),
        ("Mar 24", "four digits"),
        ("spring 19", "four digits"),
        ("2 Sep 54", "four digits"),
        ("13/2024", "no month 13"),
        ("2024-13", "no month 13"),
        ("31/31/2024", "does not exist"),
        ("30 Feb 2024", "does not exist"),
        ("Septober 2024", "not a month"),
        ("early March 2024", "with a year only"),
        ("about", "not a date"),
        ("next week", "not a date"),
    ],
)
def test_invalid_forms_are_explained(typed: str, reason: str) -> None:
    with pytest.raises(DateTextError, match=reason):
        parse_date_text(typed)


def test_stored_text_of_earlier_versions_and_nonsense() -> None:
    assert from_stored("2026-03-03") == date(2026, 3, 3)
    assert from_stored(None) is None and from_stored("") is None
    for bad in ("yesterday", "2019-13", "2019-40", "19-03"):
        with pytest.raises(ValueError):
            from_stored(bad)


# -- through the vault ----------------------------------------------------------------------
def test_precision_survives_the_vault_and_the_case_json(vault: Vault) -> None:
    case = cases.create_case(
        vault,
        cases.Case(
            patient_name="Ana",
            patient_dob=parse_date_text("1954"),
            decide_by=parse_date_text("Dec 2099"),
        ),
    )
    assert case.id is not None
    back = cases.get_case(vault, case.id)
    assert format_date(back.patient_dob) == "1954"
    assert format_date(back.decide_by) == "December 2099"
    for typed in ("about 2010", "spring 2019", "Mar 2024", "late 2018"):
        lists.save(
            vault,
            case.id,
            facts.Medication(name=typed, started_on=parse_date_text(typed), active=False),
        )
        lists.save(
            vault, case.id, facts.TimelineEvent(title=typed, happened_on=parse_date_text(typed))
        )  # type: ignore[arg-type]
        lists.save(vault, case.id, facts.Opinion(diagnosis=typed, given_on=parse_date_text(typed)))
    doc = case_document(vault, case.id)
    assert doc["case"]["patient_dob"] == "1954" and doc["case"]["decide_by"] == "2099-12"
    # Medications: most recently started first; timeline and opinions: earliest first.
    assert [m["started_on"] for m in doc["medications"]] == [
        "2024-03",
        "2019-21",
        "2018-39",
        "2010~",
    ]
    assert [e["happened_on"] for e in doc["timeline"]] == ["2010~", "2018-39", "2019-21", "2024-03"]
    assert [o["given_on"] for o in doc["opinions"]] == ["2010~", "2018-39", "2019-21", "2024-03"]
    assert [e.date_text() for e in lists.list_items(vault, facts.TimelineEvent, case.id)] == [
        "about 2010",
        "late 2018",
        "spring 2019",
        "March 2024",
    ]


def test_rough_stop_dates_may_overlap_the_start(vault: Vault) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    assert case.id is not None
    kept = lists.save(
        vault,
        case.id,
        facts.Medication(
            name="Tamoxifen",
            started_on=parse_date_text("15 Mar 2024"),
            stopped_on=parse_date_text("Mar 2024"),  # later in March: possible
        ),
    )
    assert format_short(kept.stopped_on) == "Mar 2024"
    with pytest.raises(cases.ValidationError, match="before the start"):
        lists.save(
            vault,
            case.id,
            facts.Medication(
                name="Letrozole",
                started_on=parse_date_text("Mar 2024"),
                stopped_on=parse_date_text("Feb 2024"),
            ),
        )


def test_the_command_lines_dob_takes_every_form_and_names_both_readings() -> None:
    assert cases.parse_date("Mar 1956", "patient_dob", "--dob") == parse_date_text("Mar 1956")
    with pytest.raises(cases.ValidationError) as info:
        cases.parse_date("03/04/1956", "patient_dob", "--dob")
    assert "1956-04-03" in str(info.value) and "1956-03-04" in str(info.value)
