"""Issue 21, the first hour: small things a new user met, each checked in real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from secondop_desktop import cases
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.list_editor import FactsEditor
from secondop_desktop.ui.common.passphrase_edit import CAPS_WARNING, PassphraseEdit
from secondop_desktop.ui.common.widgets import password_edit

from ..support import PASSPHRASE


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    return make_window(vault_dir, vault=vault)


def test_empty_lists_say_what_they_are_for_and_use_the_right_article(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    editors = win.case_page.findChildren(FactsEditor)
    assert len(editors) >= 8
    for editor in editors:
        text = editor._empty_text()
        for wrong in ("a opinion", "a event", "a option", "a appointment", "a allergy"):
            assert wrong not in text
        assert "Choose Add" in text
    care_team = win.case_page.facts.care_team
    assert "Everyone involved" in care_team.empty_hint.text()
    questions = next(e for e in editors if e.noun == "question")
    assert "top three" in questions._empty_text()
    opinions = next(e for e in editors if e.noun == "opinion")
    opinions.add()
    opinions.view.clearSelection()
    opinions._show_form(False)
    assert opinions.empty_hint.text() == "Select an opinion, or choose Add opinion."


def test_passphrase_field_shows_hides_and_warns_of_caps_lock(qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = password_edit("Passphrase")
    assert isinstance(edit, PassphraseEdit)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "qu")
    assert not edit.caps_lock
    qtbot.keyClick(edit, "I")  # a capital without Shift: Caps Lock is on
    assert edit.caps_lock and edit.accessibleDescription() == CAPS_WARNING
    qtbot.keyClick(edit, "E", Qt.KeyboardModifier.ShiftModifier)  # Shift + capital: off
    assert not edit.caps_lock and edit.accessibleDescription() == ""
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.toggle.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.toggle.text() == "Hide passphrase"
    edit.toggle.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_enter_on_the_recovery_key_check_continues(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = make_window(tmp_path / "data")
    w = win.welcome
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    w.new_pass.first.setText("lantern orchard river 1954")
    w.new_pass.second.setText("lantern orchard river 1954")
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=10000)
    w._ask_confirmation()
    a, b = w._asked
    assert w.recovery is not None
    qtbot.keyClicks(w.group_edits[0], w.recovery.groups()[a])
    qtbot.keyClicks(w.group_edits[1], w.recovery.groups()[b])
    qtbot.keyClick(w.group_edits[1], Qt.Key.Key_Return)
    assert w.stack.currentIndex() == 4


def test_enter_on_reset_passphrase_resets(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.store import TEST_KDF

    data = tmp_path / "data"
    vault, recovery = Vault.create(data, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    win = make_window(data)
    page = win.unlock_page
    page.forgot.click()  # the reset page is built when first asked for
    page.recovery_key.setPlainText(recovery.formatted())
    page.reset_pass.first.setText("a new lantern passphrase 77")
    page.reset_pass.second.setText("a new lantern passphrase 77")
    assert page.reset_button.isEnabled()
    qtbot.keyClick(page.reset_pass.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.state.is_unlocked, timeout=10000)
    win.lock()
    Vault.open(data, "a new lantern passphrase 77").lock()


def test_ctrl_2_and_a_new_case_open_the_overview(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from secondop_desktop.ui.cases.case_dialog import CaseDialog

    page = win.case_page
    page.sections.setCurrentWidget(page.records)
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.sections.currentWidget() is page.overview

    page.sections.setCurrentWidget(page.records)

    def fill_and_save() -> None:
        dialog = win.findChild(CaseDialog)
        assert dialog is not None
        qtbot.keyClicks(dialog.focusWidget(), "Second Patient")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_and_save)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.case is not None and page.case.patient_name == "Second Patient"
    assert page.sections.currentWidget() is page.overview


def test_edit_menu_cuts_copies_pastes_and_undoes_in_the_focused_field(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    actions = {a.text().replace("&", ""): a for a in win.text_actions}
    assert list(actions) == ["Undo", "Redo", "Cut", "Copy", "Paste", "Select All"]
    editor = win.case_page.facts.care_team
    win.case_page.sections.setCurrentWidget(editor)
    editor.add()
    name = editor.inputs["name"]
    name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    qtbot.keyClicks(name, "Dr Mensah")
    actions["Select All"].trigger()
    actions["Copy"].trigger()
    assert QApplication.clipboard().text() == "Dr Mensah"
    actions["Cut"].trigger()
    assert name.text() == ""
    actions["Undo"].trigger()
    assert name.text() == "Dr Mensah"
    name.end(False)
    actions["Paste"].trigger()
    assert name.text() == "Dr MensahDr Mensah"


def test_deleting_a_one_page_record_says_1_page(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.records import importer
    from secondop_desktop.ui.common import dialogs

    from ..files import text_pdf

    report = importer.import_files(
        win.state.vault, 1, [text_pdf(tmp_path / "one.pdf", [["A one-page letter"]])]
    )
    section = win.case_page.records
    win.case_page.sections.setCurrentWidget(section)
    section.reload()
    section.show_record(report.items[0].record_id)
    dialogs.set_next_answer(False)  # keep it
    section.delete_current()
    text = next(s[2] for s in dialogs.shown if s[1] == "Delete record")
    assert "(1 page)" in text and "1 pages" not in text


def test_back_up_to_suggests_a_dated_name(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from secondop_desktop.ui.common import dialogs
    from secondop_desktop.ui.vault import backup_actions

    dialogs.set_next_answer(None)  # cancel the file dialog
    backup_actions.back_up_to(win, win.state, win.runner)
    suggested = next(s[2] for s in dialogs.shown if s[:2] == ("save_file", "Back up to"))
    assert Path(suggested).name == f"SecondOp backup {date.today().isoformat()}.secondop-backup"


def test_the_recovery_kit_prints(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from secondop_desktop.store import RecoveryKey
    from secondop_desktop.ui.common import printing
    from secondop_desktop.ui.vault.recovery_confirm import NewRecoveryKeyDialog

    recovery = RecoveryKey.generate()
    dialog = NewRecoveryKeyDialog(win.state, win, made=recovery)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.use_printer_next(printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    del printer  # the PDF "printer" finishes its file
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True,
        check=True,
    ).stdout  # fmt: skip
    assert all(group in text for group in recovery.groups())
    assert "Sent to the printer" in dialog.kit_status.text()


def test_open_in_viewer_without_a_viewer_offers_a_copy(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Offscreen Qt, like a computer with no program for PDFs: openUrl fails. It used to
    fail silently."""
    from secondop_desktop import records
    from secondop_desktop.records import importer
    from secondop_desktop.ui.common import dialogs

    from ..files import text_pdf

    report = importer.import_files(
        win.state.vault, 1, [text_pdf(tmp_path / "letter.pdf", [["A letter"]])]
    )
    rid = report.items[0].record_id
    section = win.case_page.records
    section.reload()
    section.show_record(rid)
    dialogs.set_next_answer(True)  # "Save a copy…"
    dialogs.set_next_answer(str(tmp_path / "copy.pdf"))
    section.open_external()
    asked = next(s for s in dialogs.shown if s[1] == "Open in viewer")
    assert "no program set up to open this kind of file" in asked[2]
    assert (tmp_path / "copy.pdf").read_bytes() == records.read_content(win.state.vault, rid)


def test_request_letter_is_off_until_something_is_selected(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from secondop_desktop.records import checklist

    checklist.add_starter(win.state.vault, 1)
    section = win.case_page.checklist
    section.reload()
    assert section.model.rowCount() > 0
    assert not section.letter_button.isEnabled() and not section.edit_button.isEnabled()
    section.table.selectRow(0)
    assert section.letter_button.isEnabled() and section.edit_button.isEnabled()
    care_team = win.case_page.facts.care_team
    letter = next(b for b in care_team.findChildren(QPushButton) if "letter" in b.text())
    assert not letter.isEnabled()  # no clinician yet
    care_team.add()
    assert letter.isEnabled()


def test_importing_one_file_says_so_and_selects_it(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ..files import text_pdf

    section = win.case_page.records
    win.case_page.sections.setCurrentWidget(section)
    section.import_paths([text_pdf(tmp_path / "Biopsy report.pdf", [["# Biopsy report"]])])
    qtbot.waitUntil(lambda: section.current_record() is not None, timeout=20000)
    rec = section.current_record()
    assert win.statusBar().currentMessage() == f"Imported “{rec.title}”."


def test_import_report_groups_reasons_and_names_folders(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.records import importer
    from secondop_desktop.ui.records.import_flow import report_rows

    from ..files import text_pdf

    folder = tmp_path / "portal export"
    for sub in ("labs", "letters", "scans"):
        (folder / sub).mkdir(parents=True)
        (folder / sub / "LICENSE.txt").write_text("not a record")
    for n in range(4):
        (folder / f"notes{n}.docx").write_bytes(b"PK\x03\x04 not really")
    text_pdf(folder / "letters" / "letter.pdf", [["A letter"]])
    report = importer.import_files(win.state.vault, 1, [folder])
    assert report.count(importer.IMPORTED) == 1
    listed = [i for i in report.items if i.status != importer.IMPORTED]
    rows, retry = report_rows(listed)
    assert retry == {}
    assert len(rows) < len(listed)  # the same sentence once per reason, not per file
    names = " | ".join(name for name, _reason in rows)
    assert "labs/LICENSE.txt" in names and "letters/LICENSE.txt" in names
    assert "scans/LICENSE.txt" in names
    assert any(name.startswith("4 files: notes0.docx") and name.endswith("and 1 more")
               for name, _reason in rows)  # fmt: skip
    assert not any("Error)" in reason for _name, reason in rows)
    n = report.summary()
    assert "1 imported" in n


def test_preview_buttons_stay_put_and_page_fits(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    from secondop_desktop.records import importer

    from ..files import text_pdf

    photo = tmp_path / "photo.png"
    Image.new("RGB", (800, 600), "white").save(photo)
    report = importer.import_files(
        win.state.vault, 1, [text_pdf(tmp_path / "letter.pdf", [["A letter"]]), photo]
    )
    pdf_id, photo_id = (i.record_id for i in report.items)
    section = win.case_page.records
    win.case_page.sections.setCurrentWidget(section)
    section.reload()
    preview = section.preview
    places = {}
    for rid in (pdf_id, photo_id):
        section.show_record(rid)
        qtbot.waitUntil(lambda: not preview.busy(), timeout=20000)
        places[rid] = (preview.fit.x(), preview.fit_page.x(), preview.rotate.x())
        assert preview.rotate.isVisible()
    assert places[pdf_id] == places[photo_id]  # nothing moves between a PDF and a photo
    section.show_record(pdf_id)
    assert not preview.rotate.isEnabled()
    qtbot.waitUntil(lambda: preview.image_label.pixmap() is not None
                    and not preview.image_label.pixmap().isNull(), timeout=20000)  # fmt: skip
    room = preview.image_scroll.viewport().height()
    qtbot.mouseClick(preview.fit_page, Qt.MouseButton.LeftButton)

    def fits() -> bool:
        picture = preview.image_label.pixmap()
        return picture is not None and picture.height() / picture.devicePixelRatio() <= room

    qtbot.waitUntil(fits, timeout=20000)


def test_points_to_resolve_become_questions(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop import facts, preparing
    from secondop_desktop.cases import lists

    compare = win.case_page.facts.compare
    win.case_page.sections.setCurrentWidget(compare)
    compare.points.add()
    qtbot.keyClicks(compare.points.inputs["text"], "Is it stage II or III?")
    compare.points.save_now()
    (question,) = lists.list_items(win.state.vault, preparing.Question, 1)
    assert (question.text, question.priority) == ("Is it stage II or III?", "high")
    (point,) = lists.list_items(win.state.vault, facts.ResolvePoint, 1)
    assert point.question_id == question.id
    compare.points.inputs["text"].setPlainText("Is it stage II or stage III?")
    compare.points.save_now()
    (question,) = lists.list_items(win.state.vault, preparing.Question, 1)
    assert question.text == "Is it stage II or stage III?"  # one question, following the point
    questions = win.case_page.facts.questions
    win.case_page.sections.setCurrentWidget(questions)
    questions.editor.reload()
    assert any("stage II or stage III" in i.text for i in questions.editor.model.items)


def test_a_possible_duplicate_is_said_beside_the_record(qtbot, win, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from secondop_desktop.records import importer

    from ..files import text_pdf

    text = [["# Pathology report", "Follicular lymphoma, grade 2, in a lymph node of the neck.",
             "Ki-67 about 20 per cent. Reported by Dr R. Mensah, Northgate Hospital."]]  # fmt: skip
    first = text_pdf(tmp_path / "report.pdf", text, title="Pathology (portal)")
    second = text_pdf(tmp_path / "report-scan.pdf", text, title="Pathology (email)")
    assert first.read_bytes() != second.read_bytes()
    report = importer.import_files(win.state.vault, 1, [first, second])
    a, b = sorted(i.record_id for i in report.items)  # the later one is the possible copy
    section = win.case_page.records
    win.case_page.sections.setCurrentWidget(section)
    section.reload()
    section.show_record(b)
    assert section.duplicate_bar.isVisibleTo(section)
    assert "may be the same document as" in section.duplicate_note.text()
    qtbot.mouseClick(section.show_other, Qt.MouseButton.LeftButton)
    rec = section.current_record()
    assert rec is not None and rec.id == a
    assert not section.duplicate_bar.isVisibleTo(section)  # the first one is the original


def test_an_appointment_time_is_typed_as_people_say_it(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """The sectioned spin box turned "14" typed into the hour into 09:04."""
    from datetime import datetime

    from secondop_desktop import preparing
    from secondop_desktop.cases import lists
    from secondop_desktop.ui.common.datetime_field import DateTimeField, parse_time

    page = win.case_page.facts.appointments
    win.case_page.sections.setCurrentWidget(page)
    page.editor.add()
    when = page.editor.inputs["starts_at"]
    assert isinstance(when, DateTimeField)
    when.date.edit.clear()
    qtbot.keyClicks(when.date.edit, "14 December 2026")
    when.time.clear()
    qtbot.keyClicks(when.time, "14")
    page.editor.save_now()
    (saved,) = lists.list_items(win.state.vault, preparing.Appointment, 1)
    assert saved.starts_at == datetime(2026, 12, 14, 14, 0)
    when.time.clear()
    qtbot.keyClicks(when.time, "half past")
    page.editor.save_now()
    assert "give the time" in page.editor.problem_labels["starts_at"].text()
    assert when.time.text() == "half past"  # kept as typed
    (saved,) = lists.list_items(win.state.vault, preparing.Appointment, 1)
    assert saved.starts_at == datetime(2026, 12, 14, 14, 0)  # the last good one stays
    said = (("9:30", 9, 30), ("0930", 9, 30), ("14h30", 14, 30), ("2 pm", 14, 0),
            ("12 am", 0, 0), ("2:15 p.m.", 14, 15))  # fmt: skip
    for typed, hour, minute in said:
        got = parse_time(typed)
        assert (got.hour, got.minute) == (hour, minute), typed
