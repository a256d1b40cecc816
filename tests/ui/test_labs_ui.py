"""Issue 19: Health > Lab results with real widgets over a real vault. Results typed by
hand are saved as written and summed up by test (latest, previous, direction); a test
with three dated numbers in one unit is drawn, in the theme's colours, and its values
are told in words; what is not a plain number, has no date or is in another unit is
kept and listed, never drawn or compared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.colours import dark_palette, luminance
from secondop_desktop.ui.common.date_field import DateField
from secondop_desktop.ui.facts.lab_chart import chart_colours
from secondop_desktop.ui.facts.labs_page import LabsPage

from ..support import PASSPHRASE

R = facts.LabResult
PSA = (
    R("PSA", "3.1", "ng/mL", "0-4", "", date(2023, 1, 2)),
    R("PSA", "4.0", "ng/mL", "0-4", "", date(2023, 6, 5)),
)


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana Silva", title="Prostate"))
    window = make_window(vault_dir, vault=vault)
    window.resize(1024, 700)
    return window


def _labs(win) -> LabsPage:  # type: ignore[no-untyped-def]
    """Health > Lab results, shown."""
    health = win.case_page.facts.health
    win.case_page.sections.setCurrentWidget(health)
    health.tabs.setCurrentWidget(health.labs)
    assert health.tabs.tabText(health.tabs.currentIndex()) == "&Lab results"
    labs = health.labs
    assert isinstance(labs, LabsPage)
    return labs


def _seed(win, *results: facts.LabResult) -> LabsPage:  # type: ignore[no-untyped-def]
    for r in results:
        lists.save(win.state.vault, 1, r)
    labs = _labs(win)
    labs.set_case(1)
    return labs


def _type_result(qtbot, labs: LabsPage, **typed: str) -> None:  # type: ignore[no-untyped-def]
    """Add a result through the editor's own widgets, as a person would, and wait for
    its autosave."""
    editor = labs.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.inputs["test"].hasFocus()
    for name, text in typed.items():
        widget = editor.inputs[name]
        if name == "flag":
            assert isinstance(widget, QComboBox)
            widget.setCurrentIndex(widget.findData(text))
        elif name == "taken_on":
            assert isinstance(widget, DateField)
            qtbot.keyClicks(widget.edit, text)
        else:
            qtbot.keyClicks(widget, text)
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=5000)


def _select_test(labs: LabsPage, name: str) -> None:
    row = labs.overview.row_of(name)
    assert row >= 0, name
    labs.table.selectRow(row)


def _cell(labs: LabsPage, name: str, column: int) -> str:
    return str(labs.overview.index(labs.overview.row_of(name), column).data())


def _colours_in(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width())
        for y in range(0, image.height())
    }


def test_results_typed_by_hand_are_saved_and_summed_up_by_test(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _labs(win)
    _type_result(
        qtbot, labs, test="PSA", value="4.0", unit="ng/mL", reference_range="0-4",
        taken_on="5 Jun 2023",
    )  # fmt: skip
    _type_result(
        qtbot, labs, test="psa", value="4.1", unit="ng/mL", reference_range="0-4", flag="H",
        taken_on="12 Mar 2024",
    )  # fmt: skip
    _type_result(qtbot, labs, test="Creatinine", value="1.1", unit="mg/dL")
    stored = lists.list_items(win.state.vault, facts.LabResult, 1)
    assert sorted((r.test, r.value, r.flag, r.taken_on) for r in stored) == [
        ("Creatinine", "1.1", "", None),
        ("PSA", "4.0", "", date(2023, 6, 5)),
        ("psa", "4.1", "H", date(2024, 3, 12)),
    ]
    lines = [labs.editor.model.data(labs.editor.model.index(i)) for i in range(3)]
    assert "psa 4.1 ng/mL · 12 Mar 2024 · High" in lines
    # One row per test, whatever the case of its name.
    assert labs.overview.rowCount() == 2
    assert _cell(labs, "PSA", 0) == "psa"  # named as last written
    assert _cell(labs, "PSA", 1) == "4.1 ng/mL\n12 Mar 2024"
    assert _cell(labs, "PSA", 2) == "4.0 ng/mL\n5 Jun 2023"
    assert _cell(labs, "PSA", 3) == "↑ up"
    assert _cell(labs, "PSA", 4) == "High"
    assert _cell(labs, "PSA", 5) == "2"
    assert _cell(labs, "Creatinine", 1) == "1.1 mg/dL\ndate not recorded"
    assert _cell(labs, "Creatinine", 2) == "" and _cell(labs, "Creatinine", 3) == ""
    # Two results are not a trend: the sentence, not a chart.
    _select_test(labs, "PSA")
    assert not labs.trend.chart.has_chart() and not labs.trend.chart.isVisibleTo(labs)
    assert labs.trend.note.isVisibleTo(labs)
    assert labs.trend.note.text() == (
        "A chart appears once this test has three dated results in one unit."
    )


def test_a_third_dated_value_draws_the_chart_in_the_line_colour(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _seed(win, *PSA)
    _select_test(labs, "PSA")
    chart = labs.trend.chart
    assert not chart.has_chart()
    _type_result(
        qtbot, labs, test="PSA", value="4.6", unit="ng/mL", reference_range="0-4",
        taken_on="12 Mar 2024",
    )  # fmt: skip
    _select_test(labs, "PSA")
    assert chart.has_chart() and chart.isVisibleTo(labs)
    assert not labs.trend.note.isVisibleTo(labs)
    assert _cell(labs, "PSA", 3) == "↑ up"
    image = chart.grab().toImage()
    found = _colours_in(image)
    palette_colours = chart_colours(chart.palette())
    assert palette_colours.line.name() in found  # the points, in the line's colour
    assert palette_colours.outside.name() in found  # 4.6 is above 0-4
    # Hovering a point names it.
    at = chart.drawn_at()
    assert len(at) == 3
    assert chart.point_tip(at[-1]) == "4.6 ng/mL · 12 March 2024"
    assert chart.point_tip(QPointF(-100, -100)) == ""  # far from every point: no tip


def test_the_chart_tells_its_values_in_words(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _seed(win, *PSA, R("PSA", "4.6", "ng/mL", "0-4", "H", date(2024, 3, 12)))
    _select_test(labs, "PSA")
    chart = labs.trend.chart
    assert chart.accessibleName() == "Chart of PSA"
    assert chart.accessibleDescription() == (
        "PSA, ng/mL: 3.1 on 2 Jan 2023, 4.0 on 5 Jun 2023, "
        "4.6 on 12 Mar 2024 (above the reference range). Reference range: 0-4."
    )
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus  # a screen reader reaches it
    assert labs.trend.title.text() == "PSA (ng/mL)"
    assert labs.trend.range.text() == "Reference range: 0-4"
    # Enter on a test opens its latest result in the editor's form.
    labs.table.setFocus()
    qtbot.keyClick(labs.table, Qt.Key.Key_Return)
    assert labs.editor.current is not None and labs.editor.current.value == "4.6"
    assert labs.editor.inputs["value"].hasFocus()


def test_a_limit_is_kept_as_written_and_not_drawn(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _seed(
        win,
        *PSA,
        R("PSA", "4.6", "ng/mL", "0-4", "", date(2024, 3, 12)),
    )
    _type_result(qtbot, labs, test="PSA", value="<0.5", unit="ng/mL", taken_on="1 Apr 2024")
    stored = [r.value for r in lists.list_items(win.state.vault, facts.LabResult, 1)]
    assert "<0.5" in stored
    _select_test(labs, "PSA")
    # The latest is "<0.5", shown as written; it is not compared with 4.6.
    assert _cell(labs, "PSA", 1) == "<0.5 ng/mL\n1 Apr 2024"
    assert _cell(labs, "PSA", 3) == ""
    chart = labs.trend.chart
    assert chart.history is not None and len(chart.history.points()) == 3
    assert "<0.5" not in chart.accessibleDescription()
    assert labs.trend.left_out.isVisibleTo(labs)
    assert labs.trend.left_out.text().startswith("1 result")
    # Editing another field of that result keeps "<0.5" as it is.
    editor = labs.editor
    row = next(i for i, r in enumerate(editor.model.items) if r.value == "<0.5")
    editor.view.setCurrentIndex(editor.model.index(row))
    qtbot.keyClicks(editor.inputs["notes"], "after surgery")
    editor.flush()
    (kept,) = [r for r in lists.list_items(win.state.vault, facts.LabResult, 1) if r.notes]
    assert (kept.value, kept.notes, kept.number()) == ("<0.5", "after surgery", None)


def test_values_in_another_unit_are_not_joined_to_the_line(win) -> None:  # type: ignore[no-untyped-def]
    labs = _seed(
        win,
        *PSA,
        R("PSA", "4600", "pg/mL", "", "", date(2023, 9, 1)),
        R("PSA", "4.6", "ng/mL", "0-4", "", date(2024, 3, 12)),
    )
    _select_test(labs, "PSA")
    chart = labs.trend.chart
    assert chart.history is not None and chart.has_chart()
    assert [v for _, v in chart.history.points()] == [3.1, 4.0, 4.6]
    assert "4600" not in chart.accessibleDescription()
    assert labs.trend.left_out.text().startswith("1 result")
    # Latest in another unit: nothing is compared, and only its own unit could be drawn.
    lists.save(win.state.vault, 1, R("PSA", "5000", "pg/mL", "", "", date(2024, 6, 1)))
    labs.state.changed.emit("lab_results", 1)  # as accepting a suggestion announces it
    assert _cell(labs, "PSA", 1) == "5000 pg/mL\n1 Jun 2024"
    assert _cell(labs, "PSA", 2) == "4.6 ng/mL\n12 Mar 2024"
    assert _cell(labs, "PSA", 3) == ""
    tip = labs.overview.index(labs.overview.row_of("PSA"), 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "different units" in tip
    assert not chart.has_chart() and labs.trend.note.isVisibleTo(labs)


def test_a_flag_the_choice_does_not_list_is_kept(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _seed(win, R("Hepatitis B surface antigen", "reactive", "", "", "POS", date(2024, 1, 5)))
    editor = labs.editor
    flag = editor.inputs["flag"]
    assert isinstance(flag, QComboBox) and flag.currentText() == "POS"
    assert _cell(labs, "Hepatitis B surface antigen", 4) == "POS"
    # Words are never going to be drawn: the sentence says so, not "once it has three".
    assert labs.trend.note.text() == (
        "This test's results are words or limits, not numbers: not drawn."
    )
    qtbot.keyClicks(editor.inputs["notes"], "checked twice")
    editor.flush()
    (kept,) = lists.list_items(win.state.vault, facts.LabResult, 1)
    assert (kept.flag, kept.notes) == ("POS", "checked twice")
    # Choosing a listed flag stores its letter.
    flag.setCurrentIndex(flag.findData("A"))
    editor.flush()
    assert lists.list_items(win.state.vault, facts.LabResult, 1)[0].flag == "A"
    assert flag.itemText(0) == "Not given"


def test_leaving_the_tab_saves_what_was_typed(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    labs = _labs(win)
    editor = labs.editor
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.inputs["test"], "Ferritin")
    qtbot.keyClicks(editor.inputs["value"], "12")
    win.case_page.sections.setCurrentWidget(win.case_page.facts.timeline)  # before autosave
    assert [(r.test, r.value) for r in lists.list_items(win.state.vault, facts.LabResult, 1)] == [
        ("Ferritin", "12")
    ]


def test_a_switch_to_dark_recolours_the_chart(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """The page on its own (inside the case page, the sections' tab bar has a style sheet,
    which keeps Qt from handing the section pages the new palette)."""
    for r in (*PSA, R("PSA", "4.6", "ng/mL", "0-4", "", date(2024, 3, 12))):
        lists.save(win.state.vault, 1, r)
    page = LabsPage(win.state)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.set_case(1)
    _select_test(page, "PSA")
    chart = page.trend.chart
    light = QApplication.palette()
    before = _colours_in(chart.grab().toImage())
    light_line = chart_colours(chart.palette()).line.name()
    assert light_line in before
    try:
        QApplication.setPalette(dark_palette())
        QApplication.processEvents()
        dark = chart_colours(chart.palette())
        assert luminance(chart.palette().color(QPalette.ColorRole.Window)) < 0.25
        after = _colours_in(chart.grab().toImage())
        assert dark.line.name() in after and light_line not in after
        assert dark.outside.name() in after  # the red lightened for the dark window
        assert luminance(QColor(dark.outside)) > luminance(QColor("#b3261e"))
    finally:
        QApplication.setPalette(light)
        QApplication.processEvents()
    assert light_line in _colours_in(chart.grab().toImage())


def test_results_accepted_from_an_imported_fhir_record_fill_the_overview(  # type: ignore[no-untyped-def]
    make_window, vault_dir: Path
) -> None:
    """A Synthea bundle imported through the window's job; its lab suggestions accepted
    (as the review screen does, which then announces the section): the overview lists
    each test with its value as the record wrote it, and the dates it gave."""
    from secondop_desktop import suggested
    from secondop_desktop.core.jobs import CancelToken, no_progress
    from secondop_desktop.ui.records.import_flow import _import_job

    bundle = sorted((Path(__file__).parents[1] / "corpus" / "fhir-synthea").glob("Pablo44*.json"))
    if not bundle:
        pytest.skip("no Synthea bundle in tests/corpus/fhir-synthea")
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Pablo44 Sporer811")).id or 0
    win = make_window(vault_dir, vault=vault)
    labs = _labs(win)
    assert labs.overview.rowCount() == 0 and not labs.below.isVisibleTo(labs)
    report = _import_job(
        win.state.vault, case_id, bundle, {}, cancel=CancelToken(), progress=no_progress
    )
    assert [i.status for i in report.items] == ["imported"]
    offered = [s for s in suggested.list_suggestions(win.state.vault, case_id) if s.kind == "lab"]
    assert offered and labs.overview.rowCount() == 0  # suggestions are not facts
    done = suggested.accept_all(win.state.vault, case_id, kind="lab")
    assert done.accepted == len(offered)
    win.state.changed.emit("lab_results", case_id)
    stored = lists.list_items(win.state.vault, facts.LabResult, case_id)
    assert labs.overview.rowCount() == len(facts.histories(stored)) > 0
    assert labs.below.isVisibleTo(labs)
    for h in facts.histories(stored):
        shown = str(labs.overview.index(labs.overview.row_of(h.name), 1).data())
        assert shown.startswith(h.latest.value.strip()), (shown, h.latest.value)
        assert h.latest.taken_on is None or dates.format_short(h.latest.taken_on) in shown
