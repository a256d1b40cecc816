"""Issue 18, dates in Spanish: typed dates are read in Spanish whatever the language
("2 de septiembre de 1954", "marzo de 2024", "hacia 2010", "principios de 2019"), English
reads exactly as before, no word means one month in one language and another in the
other, and what a date shows in Spanish reads back as the same date."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET  # our own translation files
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from secondop_desktop import i18n
from secondop_desktop.core import dates
from secondop_desktop.core.dates import (
    AmbiguousDate,
    DateTextError,
    PartialDate,
    format_date,
    format_short,
    parse_date_text,
)

# typed in Spanish, stored (EDTF)
SPANISH = [
    ("2 de septiembre de 1954", "1954-09-02"),
    ("2 de setiembre de 1954", "1954-09-02"),
    ("2 de sept. de 1954", "1954-09-02"),
    ("2 de sep de 1954", "1954-09-02"),
    ("2 septiembre 1954", "1954-09-02"),
    ("02 SEPT. 1954", "1954-09-02"),
    ("El 1.º de mayo de 2020", "2020-05-01"),
    ("1º de mayo de 2020", "2020-05-01"),
    ("15 de enero de 2021", "2021-01-15"),
    ("15 ene 2021", "2021-01-15"),
    ("3 de agosto de 2022", "2022-08-03"),
    ("3 ago 2022", "2022-08-03"),
    ("24 dic 2023", "2023-12-24"),
    ("Marzo de 2024", "2024-03"),
    ("marzo del 2024", "2024-03"),
    ("marzo 2024", "2024-03"),
    ("abr. de 2024", "2024-04"),
    ("hacia 2010", "2010~"),
    ("hacia el año 2010", "2010~"),
    ("alrededor de 2010", "2010~"),
    ("alrededor del 2010", "2010~"),
    ("aprox. 2010", "2010~"),
    ("aprox 2010", "2010~"),
    ("aproximadamente 2010", "2010~"),
    ("en torno a 2010", "2010~"),
    ("hacia marzo de 2024", "2024-03~"),
    ("alrededor del 2 de septiembre de 1954", "1954-09-02~"),
    ("principios de 2019", "2019-37"),
    ("a principios de 2019", "2019-37"),
    ("comienzos de 2019", "2019-37"),
    ("mediados de 2019", "2019-38"),
    ("a mediados del 2019", "2019-38"),
    ("finales de 2019", "2019-39"),
    ("a finales de 2019", "2019-39"),
    ("fines de 2019", "2019-39"),
    ("primavera de 2019", "2019-21"),
    ("en primavera de 2019", "2019-21"),
    ("verano de 2019", "2019-22"),
    ("otoño de 2019", "2019-23"),
    ("OTOÑO DE 2019", "2019-23"),
    ("otono de 2019", "2019-23"),
    ("invierno de 2019", "2019-24"),
    ("hacia principios de 2019", "2019-37~"),
]


@pytest.mark.parametrize(("typed", "stored"), SPANISH)
def test_spanish_forms_are_read_at_their_precision(typed: str, stored: str) -> None:
    value = parse_date_text(typed)
    assert isinstance(value, PartialDate)
    assert value.isoformat() == stored


MONTH_WORDS = [
    (1, ("enero", "ene")),
    (2, ("febrero", "feb")),
    (3, ("marzo", "mar")),
    (4, ("abril", "abr")),
    (5, ("mayo", "may")),
    (6, ("junio", "jun")),
    (7, ("julio", "jul")),
    (8, ("agosto", "ago")),
    (9, ("septiembre", "setiembre", "sep", "sept")),
    (10, ("octubre", "oct")),
    (11, ("noviembre", "nov")),
    (12, ("diciembre", "dic")),
]


@pytest.mark.parametrize(("month", "words"), MONTH_WORDS)
def test_every_spanish_month_name_and_abbreviation(month: int, words: tuple[str, ...]) -> None:
    for word in words:
        assert parse_date_text(f"2 de {word} de 2024") == date(2024, month, 2)
        assert parse_date_text(f"{word.capitalize()}. 2024") == PartialDate(
            2024, month, precision="month"
        )


def test_no_word_is_a_different_month_in_the_other_language() -> None:
    for word in set(dates.MONTHS) & set(dates.MESES):
        assert dates.MONTHS[word] == dates.MESES[word], word


def test_a_spanish_numeric_date_is_asked_about_never_guessed() -> None:
    assert parse_date_text("13/04/2024") == date(2024, 4, 13)
    with pytest.raises(AmbiguousDate) as info:
        parse_date_text("hacia 03/04/1954", month_first=False)
    first, second = info.value.choices
    assert (first.isoformat(), second.isoformat()) == ("1954-04-03~", "1954-03-04~")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31 de febrero de 2024", "does not exist"),
        ("2 de septober de 1954", "not a month"),
        ("marzo de 54", "four digits"),
        ("2 de sep de 54", "four digits"),
        ("primavera de 19", "four digits"),
        ("principios de marzo de 2024", "with a year only"),
        ("hace mucho", "not a date"),
    ],
)
def test_wrong_spanish_dates_are_explained(text: str, reason: str) -> None:
    with pytest.raises(DateTextError, match=reason):
        parse_date_text(text)


# -- English, exactly as before ----------------------------------------------------------
# typed, stored, long form, short form
ENGLISH = [
    ("2 Sep 1954", "1954-09-02", "2 September 1954", "2 Sep 1954"),
    ("September 2, 1954", "1954-09-02", "2 September 1954", "2 Sep 1954"),
    ("the 2nd of September 1954", "1954-09-02", "2 September 1954", "2 Sep 1954"),
    ("13/04/2024", "2024-04-13", "13 April 2024", "13 Apr 2024"),
    ("March 2024", "2024-03", "March 2024", "Mar 2024"),
    ("May 2024", "2024-05", "May 2024", "May 2024"),
    ("2019", "2019", "2019", "2019"),
    ("about 2019", "2019~", "about 2019", "about 2019"),
    ("approx. 2019", "2019~", "about 2019", "about 2019"),
    ("approximately 2019", "2019~", "about 2019", "about 2019"),
    ("about March 2024", "2024-03~", "about March 2024", "about Mar 2024"),
    ("early 2019", "2019-37", "early 2019", "early 2019"),
    ("mid-2019", "2019-38", "mid 2019", "mid 2019"),
    ("late 2019", "2019-39", "late 2019", "late 2019"),
    ("fall 2019", "2019-23", "autumn 2019", "autumn 2019"),
    ("winter of 2019", "2019-24", "winter 2019", "winter 2019"),
]


@pytest.mark.parametrize(("typed", "stored", "long", "short"), ENGLISH)
def test_english_is_read_and_shown_as_before(
    typed: str, stored: str, long: str, short: str
) -> None:
    value = parse_date_text(typed)
    assert value is not None and value.isoformat() == stored
    assert format_date(value) == long and format_short(value) == short
    assert parse_date_text(short) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2 Septober 1954",
            "“septober” is not a month. Write it as 2 Sep 1954, Mar 2024, 2019 or about 2019.",
        ),
        ("Sep '54", "Write the year in full, with four digits (1954, not 54)."),
        (
            "early March 2024",
            "Write “early” with a year only (early 2019); for a month write about March 2024.",
        ),
        (
            "03/04/1954",
            "Day and month could be confused in 03/04/1954: 3 April 1954 or 4 March 1954? "
            "Choose one, or write the month as a word (2 Sep 1954).",
        ),
    ],
)
def test_english_messages_are_unchanged(text: str, message: str) -> None:
    with pytest.raises(DateTextError) as info:
        parse_date_text(text)
    assert str(info.value) == message


# -- shown in Spanish, read back ---------------------------------------------------------
class _Table(QTranslator):
    """A translator over a {context: {source: translation}} table."""

    def __init__(self, table: dict[str, dict[str, Any]]) -> None:
        super().__init__()
        self.table = table

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        value = self.table.get(context, {}).get(source, "")
        return value if isinstance(value, str) else ""

    def isEmpty(self) -> bool:
        return False


def _spanish_dates() -> dict[str, str]:
    """The Spanish of the "dates" context: the .ts file's finished messages, completed by
    the translators' part while it is not merged yet."""
    found: dict[str, str] = {}
    for context in ET.parse(i18n.HERE / "secondop_es.ts").getroot().iter("context"):
        if context.findtext("name") == "dates":
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None:
                    found[message.findtext("source") or ""] = translation.text or ""
    part = i18n.HERE / "parts" / "common.json"
    if part.exists():
        for source, text in json.loads(part.read_text(encoding="utf-8"))["dates"].items():
            found.setdefault(source, text)
    return found


@pytest.fixture
def spanish() -> Iterator[None]:
    table = _spanish_dates()
    if "about {date}" not in table:
        pytest.skip("no Spanish for the dates yet")
    translator = _Table({"dates": table})
    QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


def _every_kind() -> list[PartialDate]:
    values = [PartialDate(2019, precision="year", approximate=a) for a in (False, True)]
    for month in range(1, 13):
        values.append(PartialDate(2024, month, 30 if month != 2 else 29))
        values.append(PartialDate(2024, month, precision="month"))
        values.append(PartialDate(2024, month, 2, approximate=True))
        values.append(PartialDate(2024, month, precision="month", approximate=True))
    for part in dates.PARTS:
        values.append(PartialDate(2019, part=part))  # type: ignore[arg-type]
        values.append(PartialDate(2019, part=part, approximate=True))  # type: ignore[arg-type]
    return values


@pytest.mark.usefixtures("spanish")
def test_what_spanish_shows_reads_back_the_same() -> None:
    assert format_date(PartialDate(1954, 9, 2)) != "2 September 1954"  # Spanish is shown
    for value in _every_kind():
        for shown in (format_date(value), format_short(value)):
            assert parse_date_text(shown) == value, shown


@pytest.mark.usefixtures("spanish")
def test_spanish_reasons_still_explain() -> None:
    with pytest.raises(AmbiguousDate) as info:
        parse_date_text("03/04/1954")
    assert format_date(info.value.choices[0]) in str(info.value)
    with pytest.raises(DateTextError) as wrong:
        parse_date_text("31/02/1954")
    assert dates.hint() in str(wrong.value) and dates.hint() != dates.HINT
