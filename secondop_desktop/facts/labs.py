"""Lab results: each test's values over time, typed by hand or accepted from a structured
record (issue 19). A consultant reads the latest value beside the previous one and the
direction it moved; a test measured three or more times gets a small chart.

Values are kept as written ("7.2", "<0.5", "positive"): only values that are plain numbers
are compared or drawn, so nothing is read into a value the report did not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core import dates
from secondop_desktop.core.text import fold
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# A lab's own flag letters (HL7 v2 table 0078, what FHIR's interpretation and C-CDA use),
# in English; shown through flag_label. Anything else is shown as written.
FLAGS = {
    "H": QT_TRANSLATE_NOOP("labs", "High"),
    "HH": QT_TRANSLATE_NOOP("labs", "Critically high"),
    "L": QT_TRANSLATE_NOOP("labs", "Low"),
    "LL": QT_TRANSLATE_NOOP("labs", "Critically low"),
    "A": QT_TRANSLATE_NOOP("labs", "Abnormal"),
    "AA": QT_TRANSLATE_NOOP("labs", "Critically abnormal"),
    "N": QT_TRANSLATE_NOOP("labs", "Normal"),
}
CHART_MINIMUM = 3  # values (numbers, dated) a test needs before it is drawn
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
# "1,234" or "250,000": thousands in English, a decimal comma in Spanish. Not guessed.
_THOUSANDS = re.compile(r"[+-]?0*[1-9]\d{0,2},\d{3}")


def flag_label(flag: str) -> str:
    """A flag as the reader reads it ("High"), or as the source wrote it. A source with
    several interpretations gives them joined by "; " ("H; A"): each is read alone."""
    shown = []
    for part in flag.split(";"):
        key = part.strip().upper()
        if key:
            shown.append(translate("labs", FLAGS[key]) if key in FLAGS else part.strip())
    return "; ".join(shown)


@dataclass
class LabResult:
    """One measured value of one test on one day, as the report gives it."""

    test: str
    value: str = ""
    unit: str = ""
    reference_range: str = ""
    flag: str = ""
    taken_on: date | None = None
    code: str = ""  # "system|code" when the source coded it (LOINC), else ""
    notes: str = ""
    record_ids: list[int] = field(default_factory=list)
    id: int | None = None

    def number(self) -> float | None:
        """The value as a number when it is one ("7.2", "7,2"); None for "<0.5",
        "positive" or an empty value: those are shown, never drawn or compared. Nor is
        "250,000" (a platelet count in English, 250 with a Spanish decimal comma)."""
        text = self.value.strip()
        if not _NUMBER.fullmatch(text) or _THOUSANDS.fullmatch(text):
            return None
        return float(text.replace(",", "."))


def _check(r: LabResult) -> None:
    if not r.test.strip():
        raise Missing("test", translate("labs", "Enter the test's name (for example, PSA)."))
    if not r.value.strip():
        raise Missing("value", translate("labs", "Enter the result as the report gives it."))
    if r.taken_on is not None and r.taken_on > date.today():
        raise FieldError("taken_on", translate("labs", "That date is in the future."))


def lab_key(r: LabResult) -> str:
    """Which results are the same test: by name, folded (the same test from two labs can
    carry different codes, or one none; the name is what the user sees as one row)."""
    return " ".join(fold(r.test).split())


def _order(r: LabResult) -> tuple[str, tuple[int, int], int]:
    return (lab_key(r), dates.sort_key(r.taken_on), r.id or 0)


register(Section("lab_results", LabResult, _check, "test, taken_on, id", True, sort_key=_order))


@dataclass(frozen=True)
class LabHistory:
    """One test's results, oldest first (undated last).

    Latest and previous are the last two dated results when any is dated: a result with
    no date is not known to be the newest (it is listed, never called "latest"). With
    none dated, the order they were entered in is all there is."""

    name: str
    results: tuple[LabResult, ...]

    def _ordered(self) -> tuple[LabResult, ...]:
        dated = tuple(r for r in self.results if r.taken_on is not None)
        return dated or self.results

    @property
    def latest(self) -> LabResult:
        return self._ordered()[-1]

    @property
    def previous(self) -> LabResult | None:
        ordered = self._ordered()
        return ordered[-2] if len(ordered) >= 2 else None

    def direction(self) -> str:
        """How the latest value moved from the previous one: "up", "down", "same", or ""
        when either is not a number, or their units differ (not comparable)."""
        before = self.previous
        if before is None or before.unit.strip() != self.latest.unit.strip():
            return ""
        a, b = before.number(), self.latest.number()
        if a is None or b is None:
            return ""
        return "up" if b > a else "down" if b < a else "same"

    def drawn(self) -> list[LabResult]:
        """The results a chart shows: dated, plain numbers, in the latest value's unit
        (the others are listed, never joined to the line)."""
        unit = self.latest.unit.strip()
        return [
            r
            for r in self.results
            if r.number() is not None and r.taken_on is not None and r.unit.strip() == unit
        ]

    def points(self) -> list[tuple[date, float]]:
        """The dated numeric values in the latest value's unit, for a chart."""
        out = []
        for r in self.drawn():
            n, when = r.number(), r.taken_on
            if n is not None and when is not None:
                out.append((when, n))
        return out

    def chartable(self) -> bool:
        return len(self.points()) >= CHART_MINIMUM


def histories(results: list[LabResult]) -> list[LabHistory]:
    """Results grouped by test, each oldest first, tests in name order."""
    groups: dict[str, list[LabResult]] = {}
    for r in sorted(results, key=_order):
        groups.setdefault(lab_key(r), []).append(r)
    out = []
    for _, rows in sorted(groups.items()):
        history = LabHistory(rows[-1].test, tuple(rows))
        out.append(LabHistory(history.latest.test.strip(), history.results))  # as last named
    return out


def direction_label(direction: str) -> str:
    return {
        "up": translate("labs", "↑ up"),
        "down": translate("labs", "↓ down"),
        "same": translate("labs", "→ unchanged"),
    }.get(direction, "")
