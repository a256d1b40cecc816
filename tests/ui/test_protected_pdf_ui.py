"""Protected PDFs in the window: a wrong password asks again (three tries), a file still
locked stays in the import report as "needs a password" with "Try again", and the prompt is
an ordinary-sized dialog that names the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from secondop_desktop import cases
from secondop_desktop.store import Vault
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.report_dialog import ReportDialog

from ..files import protected_pdf, text_pdf
from ..support import PASSPHRASE

RIGHT = "02091954"


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    window = make_window(vault_dir, vault=vault)
    window.case_page.sections.setCurrentWidget(window.case_page.records)
    return window


def _prompts() -> list[str]:
    return [text for kind, _, text in dialogs.shown if kind == "password"]


def _titles(section) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(section.model.record_at(r).original_name for r in range(section.model.rowCount()))


def _open_report() -> ReportDialog:
    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible()
    ]
    assert len(found) == 1, found
    return found[0]


def _row(report: ReportDialog, name: str) -> tuple[str, QPushButton | None]:
    """(what happened, its "Try again" button if it has one) for the file called ``name``."""
    table = report.table
    assert table is not None
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            button = table.cellWidget(r, 2)
            shown = button if isinstance(button, QPushButton) and button.isVisible() else None
            return table.item(r, 1).text(), shown
    raise AssertionError(f"{name} is not in the report")


def test_wrong_wrong_right_imports_it(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    pdf = protected_pdf(tmp_path / "portal.pdf", RIGHT)
    for answer in ("01011950", "1954-09-02", RIGHT):
        dialogs.set_next_answer(answer)
    section.import_paths([pdf])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=30000)
    assert section.model.record_at(0).unlocked_copy
    prompts = _prompts()
    assert len(prompts) == 3 and all("portal.pdf" in p for p in prompts)
    assert "did not open" not in prompts[0]
    assert all("did not open" in p for p in prompts[1:])
    assert "2 of 3" in prompts[1] and "3 of 3" in prompts[2]
    assert not any(kind == "report" for kind, *_ in dialogs.shown)  # everything imported


def test_three_wrong_stays_in_the_report_and_try_again_imports(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    pdf = protected_pdf(tmp_path / "portal.pdf", RIGHT)
    plain = text_pdf(tmp_path / "letter.pdf", [["# Clinic letter", "Dear colleague"]])
    for answer in ("one", "two", "three"):
        dialogs.set_next_answer(answer)
    section.import_paths([pdf, plain])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=30000)
    assert _titles(section) == ["letter.pdf"]
    assert len(_prompts()) == 3
    report = _open_report()  # not a blocking exec: the window-modal report stays open
    assert "1 imported" in report.summary.text() and "1 needs a password" in report.summary.text()
    reason, button = _row(report, "portal.pdf")
    assert "needs a password" in reason.lower()
    assert button is not None and button.text() == "Try again"

    # Try again: one more wrong one is asked again, then the right one imports it.
    dialogs.shown.clear()
    dialogs.set_next_answer("four")
    dialogs.set_next_answer(RIGHT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=30000)
    prompts = _prompts()
    assert len(prompts) == 2 and all("portal.pdf" in p for p in prompts)
    assert "did not open" in prompts[1]
    assert _titles(section) == ["letter.pdf", "portal.pdf"]
    reason, button = _row(report, "portal.pdf")
    assert reason == "Imported." and button is None
    assert "2 imported" in report.summary.text() and "password" not in report.summary.text()
    report.close()


def test_try_again_that_fails_three_times_keeps_it_listed(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    pdf = protected_pdf(tmp_path / "portal.pdf", RIGHT)
    dialogs.set_next_answer(None)  # Cancel on the first prompt
    section.import_paths([pdf])
    report = _open_report()
    _, button = _row(report, "portal.pdf")
    assert button is not None
    for answer in ("a", "b", "c"):
        dialogs.set_next_answer(answer)
    button.click()
    assert len(_prompts()) == 4
    reason, button = _row(report, "portal.pdf")
    assert "needs a password" in reason.lower() and button is not None
    assert section.model.rowCount() == 0
    report.close()


def test_cancel_keeps_it_listed_and_imports_the_others(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    section = win.case_page.records
    first = text_pdf(tmp_path / "a-scan.pdf", [["# Scan", "CT chest"]])
    pdf = protected_pdf(tmp_path / "portal.pdf", RIGHT)
    last = text_pdf(tmp_path / "z-letter.pdf", [["# Letter", "Dear colleague"]])
    dialogs.set_next_answer(None)  # Cancel
    section.import_paths([first, pdf, last])
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=30000)
    assert _titles(section) == ["a-scan.pdf", "z-letter.pdf"]
    assert len(_prompts()) == 1  # Cancel is not asked again
    report = _open_report()
    reason, button = _row(report, "portal.pdf")
    assert "needs a password" in reason.lower() and button is not None
    assert "2 imported" in report.summary.text()
    dialogs.set_next_answer(RIGHT)
    button.click()
    qtbot.waitUntil(lambda: section.model.rowCount() == 3, timeout=30000)
    report.close()


def test_the_prompt_is_an_ordinary_dialog_that_names_the_file(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    dialog = dialogs.PasswordDialog(
        "Password-protected PDF",
        "Blood results from the hospital portal, March 2026.pdf",
        "It is protected by a password. Portals often use the patient's date of birth.",
        problem="That password did not open it. Try 2 of 3.",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "Blood results" in texts and "date of birth" in texts and "did not open" in texts
    (field,) = dialog.findChildren(QLineEdit)
    assert field.echoMode() == QLineEdit.EchoMode.Password and dialog.focusWidget() is field
    (box,) = dialog.findChildren(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and box.button(QDialogButtonBox.StandardButton.Cancel) is not None
    assert not ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(field, RIGHT)
    assert ok.isEnabled()
    assert 380 <= dialog.width() <= 560 and dialog.height() <= 320, dialog.size()
    assert dialog.minimumWidth() == dialog.maximumWidth()  # a fixed, ordinary width
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.password() == RIGHT


def test_a_repaired_pdf_is_reported_and_said_on_the_record(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    """Issue 13: a damaged PDF imported through its repaired copy is news: the report
    says so, and the record's details say what is stored."""
    from ..files import damaged_pdf

    section = win.case_page.records
    pdf = damaged_pdf(tmp_path / "haematology.pdf", "shifted-offsets")
    dialogs.set_next_answer(None)  # the report
    section.import_paths([pdf])
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=30000)
    reports = [text for kind, _, text in dialogs.shown if kind == "report"]
    assert reports and "repaired" in reports[-1]
    section.table.setCurrentIndex(section.proxy.index(0, 0))
    assert "repaired copy of a damaged PDF" in section.details.facts.text()
