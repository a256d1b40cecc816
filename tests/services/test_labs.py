"""Issue 19: lab results kept as the report gives them. Only plain numbers are compared or
drawn; a test's results are one history whatever the spelling of its name; a value in
another unit is never compared with or joined to the others; a reference range becomes
a band only when it is written as numbers."""

from __future__ import annotations

from datetime import date

import pytest

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.core.chart import reference_bounds, trend_png
from secondop_desktop.core.validation import FieldError
from secondop_desktop.store import Vault

R = facts.LabResult


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("7.2", 7.2),
        ("7,2", 7.2),
        (" 12 ", 12.0),
        ("0,125", 0.125),
        (".5", 0.5),
        ("-3", -3.0),
        ("<0.5", None),
        ("> 90", None),
        ("positive", None),
        ("Negative", None),
        ("", None),
        ("7.2 H", None),
        ("1/160", None),
        ("250,000", None),  # thousands in English, 250 with a decimal comma: not guessed
        ("1,234", None),
    ],
)
def test_a_value_is_a_number_only_when_written_as_one(written: str, number: float | None) -> None:
    assert R("PSA", written).number() == number


def test_histories_group_a_test_by_its_folded_name_oldest_first() -> None:
    results = [
        R("PSA", "4.0", "ng/mL", taken_on=date(2023, 6, 5), id=1),
        R("Hemoglobin", "13.2", "g/dL", taken_on=date(2024, 3, 12), id=2),
        R("psa ", "3.1", "ng/mL", taken_on=date(2023, 1, 2), id=3),
        R("PSÁ", "4.6", "ng/mL", taken_on=date(2024, 3, 12), id=4),
    ]
    found = facts.histories(results)
    assert [h.name for h in found] == ["Hemoglobin", "PSÁ"]  # named as last written
    psa = found[1]
    assert [r.value for r in psa.results] == ["3.1", "4.0", "4.6"]
    assert (psa.latest.value, psa.previous and psa.previous.value) == ("4.6", "4.0")
    assert psa.direction() == "up"
    assert found[0].previous is None and found[0].direction() == ""


def test_direction_compares_only_numbers_in_one_unit() -> None:
    def direction(*pairs: tuple[str, str]) -> str:
        rows = tuple(
            R("Glucose", v, u, taken_on=date(2024, 1, 1 + i)) for i, (v, u) in enumerate(pairs)
        )
        return facts.LabHistory("Glucose", rows).direction()

    assert direction(("5.4", "mmol/L"), ("6.1", "mmol/L")) == "up"
    assert direction(("6.1", "mmol/L"), ("5,4", "mmol/L")) == "down"
    assert direction(("5.4", "mmol/L"), ("5.40", "mmol/L")) == "same"
    assert direction(("99", "mg/dL"), ("5.4", "mmol/L")) == ""  # other units: not compared
    assert direction(("<0.5", "mmol/L"), ("5.4", "mmol/L")) == ""
    assert direction(("5.4", "mmol/L"), ("high", "mmol/L")) == ""
    assert facts.direction_label("up") == "↑ up" and facts.direction_label("") == ""


def test_an_undated_result_is_never_called_the_latest() -> None:
    rows = (
        R("PSA", "3.1", "ng/mL", taken_on=date(2023, 1, 2), id=1),
        R("PSA", "4.0", "ng/mL", taken_on=date(2023, 6, 5), id=2),
        R("PSA", "9.9", "ng/mL", id=3),  # undated: listed last, not known to be newest
    )
    h = facts.histories(list(rows))[0]
    assert h.results[-1].value == "9.9"
    assert (h.latest.value, h.previous and h.previous.value) == ("4.0", "3.1")
    assert h.direction() == "up"
    undated = facts.histories([R("PSA", "1", id=1), R("PSA", "2", id=2)])[0]
    assert (undated.latest.value, undated.direction()) == ("2", "up")  # order of entry


def test_chartable_needs_three_dated_numbers_in_the_latest_unit() -> None:
    def history(*rows: R) -> facts.LabHistory:
        return facts.histories(list(rows))[0]

    two = history(
        R("PSA", "3.1", "ng/mL", taken_on=date(2023, 1, 2)),
        R("PSA", "4.0", "ng/mL", taken_on=date(2023, 6, 5)),
    )
    assert facts.CHART_MINIMUM == 3 and not two.chartable()
    mixed = history(
        R("PSA", "3.1", "ng/mL", taken_on=date(2023, 1, 2)),
        R("PSA", "<0.5", "ng/mL", taken_on=date(2023, 3, 2)),  # kept, not drawn
        R("PSA", "4.0", "ng/mL"),  # no date: not drawn
        R("PSA", "4000", "pg/mL", taken_on=date(2023, 5, 2)),  # another unit
        R("PSA", "4.0", "ng/mL", taken_on=date(2023, 6, 5)),
    )
    assert mixed.points() == [(date(2023, 1, 2), 3.1), (date(2023, 6, 5), 4.0)]
    assert not mixed.chartable()
    three = history(*mixed.results, R("PSA", "4,6", "ng/mL", taken_on=date(2024, 3, 12)))
    assert three.chartable()
    assert [r.value for r in three.drawn()] == ["3.1", "4.0", "4,6"]
    assert three.points()[-1] == (date(2024, 3, 12), 4.6)


def test_flag_labels_keep_what_they_do_not_know() -> None:
    assert facts.flag_label("H") == "High"
    assert facts.flag_label(" ll ") == "Critically low"
    assert facts.flag_label("H; A") == "High; Abnormal"
    assert facts.flag_label("POS") == "POS"
    assert facts.flag_label("") == ""


@pytest.mark.parametrize(
    ("text", "unit", "bounds"),
    [
        ("3.5-5.0", "", (3.5, 5.0)),
        ("3,5 - 5,0", "", (3.5, 5.0)),
        ("3.5 to 5.0", "", (3.5, 5.0)),
        ("3.5-5.0 mmol/L", "mmol/L", (3.5, 5.0)),
        ("3.5-5.0 mg/dL", "mmol/L", (None, None)),  # another unit: no band
        ("< 4", "", (None, 4.0)),
        ("<= 4", "", (None, 4.0)),
        ("> 60", "", (60.0, None)),
        (">= 60", "mL/min", (60.0, None)),
        ("negative", "", (None, None)),
        ("", "", (None, None)),
        ("5.0-3.5", "", (None, None)),  # upside down: not guessed
    ],
)
def test_reference_bounds(text: str, unit: str, bounds: tuple[float | None, float | None]) -> None:
    assert reference_bounds(text, unit) == bounds


def test_the_packet_image_is_a_png_of_the_size_asked(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QImage

    points = [(date(2023, 1, 2), 3.1), (date(2023, 6, 5), 4.0), (date(2024, 3, 12), 4.6)]
    png = trend_png(
        points,
        unit="ng/mL",
        reference="0-4",
        size=(400, 200),
        font=QFont(),
        date_text=dates.format_short,
    )
    image = QImage.fromData(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (image.width(), image.height()) == (400, 200)
    colours = {image.pixelColor(x, y).name() for x in range(400) for y in range(0, 200, 2)}
    assert "#b3261e" in colours  # 4.6 is above 0-4: marked in the paper's red


def test_results_are_stored_as_written(vault: Vault) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Silva")).id or 0
    saved = lists.save(
        vault,
        case_id,
        R("PSA", "<0.5", "ng/mL", "0-4", "h", date(2024, 3, 12), notes="after surgery"),
    )
    (back,) = lists.list_items(vault, facts.LabResult, case_id)
    assert back == saved
    assert (back.value, back.flag, back.number()) == ("<0.5", "h", None)
    with pytest.raises(FieldError, match="result as the report gives it"):
        lists.save(vault, case_id, R("PSA", "  "))
