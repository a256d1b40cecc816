"""The case-facts editors, the comparison page and the timeline, with real widgets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from secondop_desktop import cases, facts, records
from secondop_desktop.cases import lists
from secondop_desktop.records import importer
from secondop_desktop.store import Vault
from secondop_desktop.ui.facts.pages import timeline_html

from ..files import text_pdf
from ..support import PASSPHRASE


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    return make_window(vault_dir, vault=vault)


def test_care_team_add_type_autosave_and_validation(qtbot, win):  # type: ignore[no-untyped-def]
    editor = win.case_page.facts.care_team
    win.case_page.sections.setCurrentWidget(editor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    name = editor.inputs["name"]
    assert isinstance(name, QLineEdit) and name.hasFocus()
    qtbot.keyClicks(name, "Dr R. Mensah")
    qtbot.keyClicks(editor.inputs["email"], "not-an-email")
    problem = editor.problem_labels["email"]
    qtbot.waitUntil(lambda: problem.isVisible(), timeout=3000)
    assert "email" in problem.text()
    # Drafts, not discards: the name is saved while the email is being fixed.
    (draft,) = lists.list_items(win.state.vault, facts.Clinician, 1)
    assert (draft.name, draft.email) == ("Dr R. Mensah", "")
    assert "Needs attention" in editor.model.data(editor.model.index(0))
    editor.inputs["email"].clear()
    qtbot.keyClicks(editor.inputs["email"], "r.mensah@example.org")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=3000)
    saved = lists.list_items(win.state.vault, facts.Clinician, 1)
    assert [(c.name, c.email) for c in saved] == [("Dr R. Mensah", "r.mensah@example.org")]


def test_delete_then_undo(qtbot, win):  # type: ignore[no-untyped-def]
    for n in ("Ana", "Ben"):
        lists.save(win.state.vault, 1, facts.FamilyHistory(relative=n, condition="Asthma"))
    editor = win.case_page.facts.health.family
    editor.reload()
    assert editor.model.rowCount() == 2
    editor.delete_current()
    assert editor.model.rowCount() == 1 and editor.undo_bar.isVisibleTo(editor)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert [i.relative for i in editor.model.items] == ["Ana", "Ben"]
    assert not editor.undo_bar.isVisibleTo(editor)


def test_reorder_with_the_keyboard(qtbot, win):  # type: ignore[no-untyped-def]
    for n in ("A", "B", "C"):
        lists.save(win.state.vault, 1, facts.Clinician(name=n))
    editor = win.case_page.facts.care_team
    win.case_page.sections.setCurrentWidget(editor)
    editor.reload()
    editor.view.setCurrentIndex(editor.model.index(2))
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [c.name for c in lists.list_items(win.state.vault, facts.Clinician, 1)] == [
        "A",
        "C",
        "B",
    ]


def test_opinion_editor_links_records_and_picks_clinician(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    rid = (
        importer.import_files(win.state.vault, 1, [text_pdf(tmp_path / "p.pdf")]).items[0].record_id
    )
    doctor = lists.save(win.state.vault, 1, facts.Clinician(name="Dr Mensah"))
    editor = win.case_page.facts.opinions
    win.case_page.sections.setCurrentWidget(editor)
    editor.set_case(1)
    editor.add()
    diagnosis = editor.inputs["diagnosis"]
    assert isinstance(diagnosis, QPlainTextEdit)
    diagnosis.setPlainText("Follicular lymphoma")
    who = editor.inputs["clinician_id"]
    who.setCurrentIndex(who.findData(doctor.id))
    records_list = editor.inputs["record_ids"]
    records_list.set_row_checked(0)
    editor.save_now()
    saved = lists.list_items(win.state.vault, facts.Opinion, 1)[0]
    assert saved.clinician_id == doctor.id and saved.record_ids == [rid]
    assert saved.diagnosis == "Follicular lymphoma"


def test_medication_dates_are_checked(qtbot, win):  # type: ignore[no-untyped-def]
    editor = win.case_page.facts.health.medications
    editor.set_case(1)
    editor.add()
    editor.inputs["started_on"].edit.setText("3 Mar 2026")
    editor.inputs["stopped_on"].edit.setText("1 Mar 2026")
    editor.save_now()
    assert "before the start date" in editor.problem_labels["stopped_on"].text()
    (med,) = lists.list_items(win.state.vault, facts.Medication, 1)
    assert med.stopped_on is None and med.started_on is not None  # the valid date is kept
    editor.inputs["stopped_on"].edit.setText("03/04/2026")
    editor.save_now()
    # The ambiguous text stays in its field and is kept in the vault as a draft.
    assert editor.inputs["stopped_on"].edit.text() == "03/04/2026"
    kept = lists.problems(win.state.vault, facts.Medication, 1, [med])[med.id]
    assert ("stopped_on", "03/04/2026") in [(p.field, p.typed) for p in kept]


def test_compare_page_highlights_the_difference(qtbot, win):  # type: ignore[no-untyped-def]
    a = lists.save(win.state.vault, 1, facts.Clinician(name="Dr Mensah"))
    b = lists.save(win.state.vault, 1, facts.Clinician(name="Prof. Okonjo"))
    lists.save(
        win.state.vault,
        1,
        facts.Opinion(clinician_id=a.id, diagnosis="FL", recommendation="Chemotherapy now"),
    )
    lists.save(
        win.state.vault,
        1,
        facts.Opinion(clinician_id=b.id, diagnosis="FL", recommendation="Watch and wait"),
    )
    page = win.case_page.facts.compare
    win.case_page.sections.setCurrentWidget(page)  # refreshes when shown
    assert "recommended treatment" in page.summary.text()
    assert page.table.columnCount() == 2
    headers = [page.table.horizontalHeaderItem(i).text() for i in range(2)]
    assert headers[0].startswith("Dr Mensah") and headers[1].startswith("Prof. Okonjo")
    labels = [page.table.verticalHeaderItem(i).text() for i in range(page.table.rowCount())]
    assert "Recommended treatment (worded differently)" in labels and "Diagnosis" in labels
    # Issue 21: other words are not a disagreement the software can see; it says so gently.
    assert "differ on" not in page.summary.text()
    assert page.summary.text().startswith("Worded differently: recommended treatment.")
    assert "Check with the doctors" in page.summary.text()


def test_compare_treats_case_spacing_and_punctuation_as_the_same_words(qtbot, win):  # type: ignore[no-untyped-def]
    for name, diagnosis in (("Dr Mensah", "Follicular lymphoma, grade 2"),
                            ("Prof. Okonjo", "follicular  lymphoma grade 2.")):  # fmt: skip
        who = lists.save(win.state.vault, 1, facts.Clinician(name=name))
        lists.save(win.state.vault, 1, facts.Opinion(clinician_id=who.id, diagnosis=diagnosis))
    page = win.case_page.facts.compare
    win.case_page.sections.setCurrentWidget(page)
    assert page.summary.text() == "Every opinion that says something says it in the same words."
    cells = [page.table.item(1, j).text() for j in range(2)]  # an aspect neither opinion gave
    assert cells == ["not recorded", "not recorded"]


def test_timeline_view_and_records_in_one_step(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    report = importer.import_files(
        win.state.vault,
        1,
        [text_pdf(tmp_path / "p.pdf", [["# Pathology", "Date of service: 3 March 2026"]])],
    )
    rid = report.items[0].record_id
    suggested = records.get_record(win.state.vault, rid)
    records.update_record(win.state.vault, rid, date_of_service=suggested.date_of_service)
    page = win.case_page.facts.timeline
    win.case_page.sections.setCurrentWidget(page)
    qtbot.mouseClick(page.add_records, Qt.MouseButton.LeftButton)
    assert "1 added" in page.note.text()
    text = page.view.toPlainText()
    assert "2026" in text and "March" in text and "Diagnosis" in text
    qtbot.mouseClick(page.add_records, Qt.MouseButton.LeftButton)
    assert "already" in page.note.text()


def test_timeline_html_is_grouped_and_names_kinds() -> None:
    events = [
        facts.TimelineEvent(
            title="Lump", happened_on=date(2025, 8, 1), precision="month", kind="symptom"
        ),
        facts.TimelineEvent(title="Biopsy", happened_on=date(2026, 3, 3), kind="procedure"),
        facts.TimelineEvent(title="Visit <b>", happened_on=date(2026, 3, 9), kind="appointment"),
    ]
    out = timeline_html(events, today=date(2026, 3, 5))
    assert out.index("2025") < out.index("2026") < out.index("March")
    assert "Symptom" in out and "Procedure" in out and "(coming)" in out
    assert "&lt;b&gt;" in out  # user text is escaped


def test_items_model_without_a_window(qapp) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.ui.common.list_editor import ItemRole, ItemsModel

    model = ItemsModel(lambda a: f"{a.substance}: {a.reaction}")
    items = [
        facts.Allergy(substance="Penicillin", reaction="Rash", id=4),
        facts.Allergy(substance="Latex", reaction="Hives", id=9),
    ]
    model.set_items(items)
    assert model.rowCount() == 2
    assert model.data(model.index(1)) == "Latex: Hives"
    assert model.data(model.index(1), Qt.ItemDataRole.AccessibleTextRole) == "Latex: Hives"
    assert model.data(model.index(0), ItemRole) is items[0]
    assert model.row_of(9) == 1 and model.row_of(1) == -1


def test_allergy_editor(qtbot, win):  # type: ignore[no-untyped-def]
    editor = win.case_page.facts.health.allergies
    editor.set_case(1)
    editor.add()
    substance = editor.inputs["substance"]
    substance.selectAll()
    qtbot.keyClicks(substance, "Penicillin")
    editor.inputs["severity"].setCurrentIndex(editor.inputs["severity"].findData("severe"))
    editor.save_now()
    saved = lists.list_items(win.state.vault, facts.Allergy, 1)
    assert [(a.substance, a.severity) for a in saved] == [("Penicillin", "severe")]
    substance.clear()
    editor.save_now()
    assert "causes the reaction" in editor.problem_labels["substance"].text()


@pytest.mark.parametrize("leave", ["lock", "quit"])
def test_text_typed_just_before_lock_or_quit_is_saved(qtbot, win, leave):  # type: ignore[no-untyped-def]
    """Issue 12: typing into a care-team, medication or decision field and pressing Ctrl+L
    or Ctrl+Q within the 0.6 s autosave delay lost the text. Every editing page is
    flushed on the way out."""
    team = win.case_page.facts.care_team
    win.case_page.sections.setCurrentWidget(team)
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(team.inputs["name"], "Dr R. Mensah")
    meds = win.case_page.facts.health.medications
    win.case_page.sections.setCurrentWidget(win.case_page.facts.health)
    meds.add()
    meds.inputs["name"].setText("")
    qtbot.keyClicks(meds.inputs["name"], "Rituximab")
    decision = win.case_page.facts.decision
    win.case_page.sections.setCurrentWidget(decision)
    qtbot.keyClicks(decision.what, "Chemotherapy now or watchful waiting")
    assert team._timer.isActive() or meds._timer.isActive() or decision._timer.isActive()
    if leave == "lock":
        win.lock()
    else:
        win.close()
    vault = Vault.open(win.state.data_dir, PASSPHRASE)
    try:
        assert [c.name for c in lists.list_items(vault, facts.Clinician, 1)] == ["Dr R. Mensah"]
        assert [m.name for m in lists.list_items(vault, facts.Medication, 1)] == ["Rituximab"]
        from secondop_desktop import preparing

        assert preparing.get_decision(vault, 1).what == "Chemotherapy now or watchful waiting"
    finally:
        vault.lock()
