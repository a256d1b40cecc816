"""Dates as people remember them, without ever guessing between day and month.

A patient remembers "2 Sep 1954", "March 2024", "2019", "about 2010", "spring 2019" or
"late 2018"; each is kept at the precision it was given (a :class:`PartialDate`), stored
as EDTF text (the Library of Congress Extended Date/Time Format, ISO 8601-2), shown as
written, and sorted by the earliest day it can mean.

Dates are shown in the language installed (month names, "about", "early"...), and typed
dates are read in English and in Spanish whatever the language: "2 de septiembre de
1954", "marzo de 2024", "hacia 2010", "principios de 2019". No word means one thing in one
language and another in the other (Spanish "mar" is March, as in English).

"03/04/1954" means March in one country and April in another; a wrong date of birth on a
medical packet is worse than none. So a numeric date with two readings raises
:class:`AmbiguousDate` carrying both (the caller asks which), and one with a single valid
reading (13/04/2024) is read that way. Two-digit years are refused rather than given a
century.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any, Literal, cast

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

Precision = Literal["day", "month", "year"]
Part = Literal["early", "mid", "late", "spring", "summer", "autumn", "winter"]

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# Spanish (read whatever the language installed): every abbreviation that is also an
# English one means the same month in both.
MESES = {
    name: i
    for i, names in enumerate(
        [
            ("ene", "enero"),
            ("feb", "febrero"),
            ("mar", "marzo"),
            ("abr", "abril"),
            ("may", "mayo"),
            ("jun", "junio"),
            ("jul", "julio"),
            ("ago", "agosto"),
            ("sep", "sept", "set", "septiembre", "setiembre"),
            ("oct", "octubre"),
            ("nov", "noviembre"),
            ("dic", "diciembre"),
        ],
        start=1,
    )
    for name in names
}


# Our own names (not strftime's), so the words do not change with the system's locale;
# marked for translation and translated where shown (month_name, month_abbr), in the
# language installed then. MONTH_NAMES and MONTH_ABBR stay the English words.
MONTH_NAMES = (
    "",
    QT_TRANSLATE_NOOP("dates", "January"),
    QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"),
    QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "December"),
)
MONTH_ABBR = (
    "",
    QT_TRANSLATE_NOOP("dates", "Jan"),
    QT_TRANSLATE_NOOP("dates", "Feb"),
    QT_TRANSLATE_NOOP("dates", "Mar"),
    QT_TRANSLATE_NOOP("dates", "Apr"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "Jun"),
    QT_TRANSLATE_NOOP("dates", "Jul"),
    QT_TRANSLATE_NOOP("dates", "Aug"),
    QT_TRANSLATE_NOOP("dates", "Sep"),
    QT_TRANSLATE_NOOP("dates", "Oct"),
    QT_TRANSLATE_NOOP("dates", "Nov"),
    QT_TRANSLATE_NOOP("dates", "Dec"),
)


def month_name(month: int) -> str:
    """The month's name in the language installed ("September", "septiembre")."""
    return translate("dates", MONTH_NAMES[month])


def month_abbr(month: int) -> str:
    """The month's short name in the language installed ("Sep", "sept")."""
    return translate("dates", MONTH_ABBR[month])


# A part of a year: its EDTF code and its first and last month. Early/mid/late are EDTF's
# quadrimesters (four months each); seasons are EDTF's location-independent ones. Winter
# "2019" can mean January and February 2019 or December 2019 (people use both), so it
# spans the year's winter months and begins on the earliest day it can mean.
PARTS: dict[str, tuple[int, int, int]] = {
    "early": (37, 1, 4),
    "mid": (38, 5, 8),
    "late": (39, 9, 12),
    "spring": (21, 3, 5),
    "summer": (22, 6, 8),
    "autumn": (23, 9, 11),
    "winter": (24, 1, 12),
}
_PART_OF_CODE = {code: name for name, (code, _, _) in PARTS.items()}

# How a part of a year is written ("early 2019"), translated where shown.
_PART_TEXT = {
    "early": QT_TRANSLATE_NOOP("dates", "early {year}"),
    "mid": QT_TRANSLATE_NOOP("dates", "mid {year}"),
    "late": QT_TRANSLATE_NOOP("dates", "late {year}"),
    "spring": QT_TRANSLATE_NOOP("dates", "spring {year}"),
    "summer": QT_TRANSLATE_NOOP("dates", "summer {year}"),
    "autumn": QT_TRANSLATE_NOOP("dates", "autumn {year}"),
    "winter": QT_TRANSLATE_NOOP("dates", "winter {year}"),
}

# The English words; hint() gives it in the language installed.
HINT = QT_TRANSLATE_NOOP("dates", "Write it as 2 Sep 1954, Mar 2024, 2019 or about 2019.")
# The longer words first: "approx" must not take the start of "approximately".
_APPROX = re.compile(r"(?:about|around|approximately|approx\.?|circa|ca\.?|c\.|~)\s*(.+)")
_PART = re.compile(r"(early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of\s+|[\s\-]+)(.+)")
# Spanish: "hacia 2010", "alrededor de 2010", "aprox. 2010", "hacia el año 2010".
_APROX = re.compile(
    r"(?:aproximadamente|aprox\.?|alrededor\s+del?|en\s+torno\s+al?|hacia)\s*"
    r"(?:el\s+)?(?:año\s+)?(.+)"
)
# Spanish: "principios de 2019", "a mediados del 2019", "finales de 2019", "en primavera
# de 2019", "otoño de 2019" (or "otono", typed without the tilde).
_PARTE = re.compile(
    r"(?:a\s+|en\s+)?(?:(?:el|la|los)\s+)?"
    r"(principios?|comienzos?|inicios?|mediados|finales?|fin(?:es)?|"
    r"primavera|verano|oto[ñn]o|invierno)"
    r"(?:\s+del?)?(?:\s+año)?[\s\-]+(.+)"
)
_PARTES: dict[str, Part] = {
    **dict.fromkeys(
        ("principio", "principios", "comienzo", "comienzos", "inicio", "inicios"), "early"
    ),
    "mediados": "mid",
    **dict.fromkeys(("final", "finales", "fin", "fines"), "late"),
    "primavera": "spring",
    "verano": "summer",
    "otoño": "autumn",
    "otono": "autumn",
    "invierno": "winter",
}
_EDTF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?")


class PartialDate(date):
    """A date known to a day, a month or a year, perhaps only approximately, perhaps as a
    part of a year ("early 2019", "spring 2019").

    As a :class:`datetime.date` it is the EARLIEST day it can mean, so ordering and
    comparisons with plain dates (``> date.today()``) keep working: "March 2024" is not in
    the future during March 2024. Equality includes the precision: a month is not equal to
    its first day. :meth:`isoformat` (and ``str``) give the stored EDTF text.
    """

    # Class defaults: a day. (date.replace() builds the subclass without __new__.)
    precision: Precision = "day"
    approximate: bool = False
    part: Part | None = None

    def __new__(
        cls,
        year: int,
        month: int = 1,
        day: int = 1,
        precision: Precision = "day",
        approximate: bool = False,
        part: Part | None = None,
    ) -> PartialDate:
        # Date arithmetic and replace() build the subclass with (y, m, d): a day.
        if part is not None:
            if part not in PARTS:
                raise ValueError(f"unknown part of a year: {part!r}")
            precision = "year"
            month, day = PARTS[part][1], 1
        elif precision == "year":
            month, day = 1, 1
        elif precision == "month":
            day = 1
        elif precision != "day":
            raise ValueError(f"unknown precision: {precision!r}")
        self = super().__new__(cls, year, month, day)
        self.precision = precision
        self.approximate = bool(approximate)
        self.part = part
        return self

    # -- what it means --------------------------------------------------------------------
    @property
    def exact(self) -> bool:
        """A plain day: equal to (and hashed like) the same ``datetime.date``."""
        return self.precision == "day" and not self.approximate

    @property
    def latest(self) -> date:
        """The last day it can mean (a plain date)."""
        if self.part is not None:
            last_month = PARTS[self.part][2]
            return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])
        if self.precision == "year":
            return date(self.year, 12, 31)
        if self.precision == "month":
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, self.month, self.day)

    # -- identity -------------------------------------------------------------------------
    def _key(self) -> tuple[int, str, bool, str | None]:
        return (self.toordinal(), self.precision, self.approximate, self.part)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartialDate):
            return self._key() == other._key()
        if isinstance(other, date):
            return self.exact and date.__eq__(self, other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return date.__hash__(self) if self.exact else hash(self._key())

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            PartialDate,
            (self.year, self.month, self.day, self.precision, self.approximate, self.part),
        )

    def __repr__(self) -> str:
        return f"PartialDate.from_text({self.isoformat()!r})"

    # -- text -----------------------------------------------------------------------------
    def isoformat(self) -> str:
        """The stored form, EDTF: 1954-09-02, 2024-03, 2019, 2019~, 2019-21, 2019-37."""
        if self.part is not None:
            text = f"{self.year:04d}-{PARTS[self.part][0]}"
        elif self.precision == "year":
            text = f"{self.year:04d}"
        elif self.precision == "month":
            text = f"{self.year:04d}-{self.month:02d}"
        else:
            text = date.isoformat(self)
        return text + ("~" if self.approximate else "")

    __str__ = isoformat

    @classmethod
    def from_text(cls, text: str) -> PartialDate:
        """Read stored (EDTF or ISO) text; ValueError if it is neither."""
        value = from_stored(text)
        if value is None:
            raise ValueError("no date in empty text")
        return value


def of(value: date) -> PartialDate:
    """Any date as a PartialDate (a plain date is an exact day)."""
    if isinstance(value, PartialDate):
        return value
    return PartialDate(value.year, value.month, value.day)


def latest_day(value: date) -> date:
    """The last day a date can mean (itself for a plain date)."""
    return value.latest if isinstance(value, PartialDate) else value


def from_stored(text: str | None) -> PartialDate | None:
    """Read what the vault stores: EDTF (2019, 2024-03, 2019~, 2019-21, 2019-37...) and
    the plain ISO days of earlier versions. ``None`` for empty; ValueError otherwise."""
    if text is None or not str(text).strip():
        return None
    m = _EDTF.fullmatch(str(text).strip())
    if m is None:
        raise ValueError(f"not a stored date: {text!r}")
    year, approximate = int(m[1]), bool(m[4])
    if m[2] is None:
        return PartialDate(year, precision="year", approximate=approximate)
    code = int(m[2])
    if m[3] is not None:
        return PartialDate(year, code, int(m[3]), "day", approximate)
    if code in _PART_OF_CODE:
        return PartialDate(year, approximate=approximate, part=cast(Part, _PART_OF_CODE[code]))
    return PartialDate(year, code, precision="month", approximate=approximate)


def from_iso_prefix(text: str) -> PartialDate | None:
    """The date an ISO 8601 value from a structured record starts with ("2019",
    "2019-03", "2019-03-02", "2019-03-02T10:00:00Z"), at its own precision; None when
    it is empty or not one."""
    m = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T|\s)", text.strip())
    if m is None:
        return None
    try:
        return from_stored(m.group(0))
    except ValueError:
        return None


# -- typed text ---------------------------------------------------------------------------
class DateTextError(ValueError):
    pass


def hint() -> str:
    """How to write a date (:data:`HINT`), in the language installed."""
    return translate("dates", HINT)


class AmbiguousDate(DateTextError):
    """A numeric date with two readings; ``choices`` holds both, the locale's order first."""

    def __init__(self, text: str, choices: tuple[PartialDate, PartialDate]) -> None:
        self.text = text
        self.choices = choices
        first, second = (format_date(c) for c in choices)
        super().__init__(
            translate(
                "dates",
                "Day and month could be confused in {text}: {first} or {second}? "
                "Choose one, or write the month as a word (2 Sep 1954).",
            ).format(text=text, first=first, second=second)
        )


def parse_date_text(text: str, *, month_first: bool | None = None) -> PartialDate | None:
    """``None`` for empty text; the date at the precision written; or
    :class:`DateTextError` with a plain reason (:class:`AmbiguousDate` when day and month
    could be swapped; ``month_first`` orders its two choices, as the locale writes dates).

    English and Spanish are both read, whatever the language installed.
    """
    cleaned = " ".join(text.replace(",", " ").split()).lower()
    if not cleaned:
        return None
    approximate = False
    if m := _APPROX.fullmatch(cleaned) or _APROX.fullmatch(cleaned):
        approximate, cleaned = True, m[1].strip()
    elif cleaned.endswith("~"):
        approximate, cleaned = True, cleaned[:-1].strip()
    part: Part | None = None
    if m := _PART.fullmatch(cleaned):
        part = "autumn" if m[1] == "fall" else cast(Part, m[1])
    elif m := _PARTE.fullmatch(cleaned):
        part = _PARTES[m[1]]
    if m and part is not None:
        rest = m[2].strip()
        if re.fullmatch(r"\d{4}", rest):
            return PartialDate(int(rest), approximate=approximate, part=part)
        if re.fullmatch(r"'?\d{2}", rest):
            raise DateTextError(_two_digits())
        raise DateTextError(
            translate(
                "dates",
                "Write “{part}” with a year only ({part} 2019); "
                "for a month write about March 2024.",
            ).format(part=m[1])
        )
    try:
        value = _read(cleaned, text.strip(), month_first)
    except AmbiguousDate as exc:
        if not approximate:
            raise
        a, b = (_about(c) for c in exc.choices)
        raise AmbiguousDate(exc.text, (a, b)) from None
    return _about(value) if approximate else value


def _about(value: PartialDate) -> PartialDate:
    return PartialDate(value.year, value.month, value.day, value.precision, True, value.part)


def _two_digits() -> str:
    return translate("dates", "Write the year in full, with four digits (1954, not 54).")


def _does_not_exist() -> DateTextError:
    return DateTextError(translate("dates", "That date does not exist. {hint}").format(hint=hint()))


def _read(cleaned: str, original: str, month_first: bool | None) -> PartialDate:
    try:
        if re.fullmatch(r"\d{4}", cleaned):
            return PartialDate(int(cleaned), precision="year")
        # Year first: 1954-09-02, 1954/9/2 (nobody writes year-day-month), 2024-03.
        if m := re.fullmatch(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})", cleaned):
            return PartialDate(int(m[1]), _month_number(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{4})[/.\-](\d{1,2})", cleaned):
            return PartialDate(int(m[1]), _month_number(m[2]), precision="month")
        # Month and year: 03/2024, 3.2024.
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{4})", cleaned):
            return PartialDate(int(m[2]), _month_number(m[1]), precision="month")
        # Words: 2 Sep 1954, 2nd of September 1954, September 2 1954, March 2024.
        if m := re.fullmatch(
            r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?\.? (?:of )?([a-z]+)\.? (\d{4})", cleaned
        ):
            return PartialDate(int(m[3]), _month(m[2]), int(m[1]))
        if m := re.fullmatch(r"([a-z]+)\.? (?:the )?(\d{1,2})(?:st|nd|rd|th)? (\d{4})", cleaned):
            return PartialDate(int(m[3]), _month(m[1]), int(m[2]))
        if m := re.fullmatch(r"([a-z]+)\.?(?: of)? (\d{4})", cleaned):
            return PartialDate(int(m[2]), _month(m[1]), precision="month")
        # Spanish: 2 de septiembre de 1954, el 1.º de mayo de 2020, marzo de 2024.
        if m := re.fullmatch(
            r"(?:el )?(\d{1,2})(?:\.?[º°])? (?:de )?([a-z]+)\.? (?:del? )?(\d{4})", cleaned
        ):
            return PartialDate(int(m[3]), _month(m[2]), int(m[1]))
        if m := re.fullmatch(r"([a-z]+)\.? del? (\d{4})", cleaned):
            return PartialDate(int(m[2]), _month(m[1]), precision="month")
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", cleaned):
            return _numeric_day(int(m[1]), int(m[2]), int(m[3]), original, month_first)
    except DateTextError:
        raise
    except ValueError:
        raise _does_not_exist() from None
    if (
        re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}", cleaned)
        or re.fullmatch(r"(?:\d{1,2}(?:st|nd|rd|th)? )?[a-z]+\.? '?\d{2}", cleaned)
        or re.fullmatch(r"'?\d{2}|\d{1,2}[/.\-]\d{2}", cleaned)
        or re.fullmatch(r"(?:(?:el )?\d{1,2}(?:\.?[º°])? (?:de )?)?[a-z]+\.? del? '?\d{2}", cleaned)
    ):
        raise DateTextError(_two_digits())
    raise DateTextError(
        translate("dates", "That is not a date SecondOp can read. {hint}").format(hint=hint())
    )


def _numeric_day(a: int, b: int, year: int, original: str, month_first: bool | None) -> PartialDate:
    """12/04/2024: read both ways; one valid reading is taken, two are asked about."""
    readings: list[PartialDate] = []
    for day, month in ((a, b), (b, a)):  # day first, then month first
        try:
            readings.append(PartialDate(year, month, day))
        except ValueError:
            continue
    if not readings:
        raise _does_not_exist()
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    first, second = readings
    if month_first:
        first, second = second, first
    raise AmbiguousDate(original, (first, second))


def _month_number(text: str) -> int:
    month = int(text)
    if not 1 <= month <= 12:
        raise DateTextError(
            translate("dates", "There is no month {month}. {hint}").format(month=month, hint=hint())
        )
    return month


def _month(word: str) -> int:
    """A month's name or abbreviation, English or Spanish."""
    month = MONTHS.get(word) or MESES.get(word)
    if month is None:
        raise DateTextError(
            translate("dates", "“{word}” is not a month. {hint}").format(word=word, hint=hint())
        )
    return month


# -- display ------------------------------------------------------------------------------
def _written(value: date, short: bool) -> str:
    p = of(value)
    if p.part is not None:
        text = translate("dates", _PART_TEXT[p.part]).format(year=p.year)
    elif p.precision == "year":
        text = str(p.year)
    elif p.precision == "month" and short:
        abbr = month_abbr(p.month)
        text = translate("dates", "{abbr} {year}").format(abbr=abbr, year=p.year)
    elif p.precision == "month":
        name = month_name(p.month)
        text = translate("dates", "{month} {year}").format(month=name, year=p.year)
    elif short:
        abbr = month_abbr(p.month)
        text = translate("dates", "{day} {abbr} {year}").format(day=p.day, abbr=abbr, year=p.year)
    else:
        name = month_name(p.month)
        text = translate("dates", "{day} {month} {year}").format(day=p.day, month=name, year=p.year)
    return translate("dates", "about {date}").format(date=text) if p.approximate else text


def format_date(value: date | None) -> str:
    """The long form, as written at its precision: 2 September 1954, March 2024, 2019,
    about 2019, about March 2024, early 2019, spring 2019 (in the language installed: 2 de
    septiembre de 1954, hacia 2019...)."""
    return _written(value, short=False) if value else ""


def format_short(value: date | None) -> str:
    """The compact form for tables (and what a date field shows, since it reads back the
    same): 2 Sep 1954, Mar 2024, 2019, about Mar 2024, spring 2019."""
    return _written(value, short=True) if value else ""


def sort_key(value: date | None) -> tuple[int, int]:
    """Order by the earliest day a date can mean (then the narrower first); no date last."""
    if value is None:
        return (date.max.toordinal() + 1, 0)
    return (value.toordinal(), latest_day(value).toordinal())


def utc_now_iso() -> str:
    """The timestamp every row's created_at/updated_at uses: UTC, whole seconds, ISO 8601."""
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0).isoformat()
