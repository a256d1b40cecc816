"""Render every page of the app on the demo case to PNG, offscreen.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots
The README shows these images, so re-run this whenever a screen changes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from secondop_desktop import demo
from secondop_desktop.ui.cases.case_dialog import CaseDialog
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.shell.main_window import MainWindow
from secondop_desktop.ui.shell.settings_dialog import SettingsDialog
from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog
from secondop_desktop.vault import session

SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def shot(widget: QWidget, out: Path, name: str) -> None:
    widget.show()
    _settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SecondOp")
    from secondop_desktop import i18n

    i18n.install(i18n.SOURCE)  # as the app does: English plurals ("1 page") are a translation
    tmp = Path(tempfile.mkdtemp(prefix="secondop-shots-"))
    keychain = session.Keychain()

    # First run.
    state = AppState(tmp / "first", keychain=keychain, kdf=session.TEST_KDF)
    runner = TaskRunner(synchronous=True)
    win = MainWindow(state, runner=runner)
    win.resize(*SIZE)
    shot(win, out, "01-welcome")
    win.welcome._go(1)
    win.welcome.new_pass.first.setText("lantern orchard river 1954")
    win.welcome.new_pass.second.setText("lantern orchard river 1954")
    shot(win, out, "02-create-vault")
    win.welcome._create()
    shot(win, out, "03-recovery-key")
    win.welcome._ask_confirmation()
    shot(win, out, "04-confirm-recovery-key")
    win.welcome._go(4)
    shot(win, out, "05-first-case")
    win.close()

    # The demo vault: unlock page, then the case page and dialogs.
    data = tmp / "demo"
    vault, _ = demo.create_demo_vault(data, kdf=session.TEST_KDF)
    vault.lock()
    state = AppState(data, keychain=keychain, kdf=session.TEST_KDF)
    win = MainWindow(state, runner=runner)
    win.resize(*SIZE)
    shot(win, out, "06-unlock")
    win.unlock_page.passphrase.setText("not the passphrase")
    win.unlock_page._unlock()
    shot(win, out, "07-unlock-wrong-passphrase")
    win.unlock_page._show_reset()
    shot(win, out, "08-reset-with-recovery-key")
    win.unlock_page.show_unlock()
    win.unlock_page.passphrase.setText(demo.DEMO_PASSPHRASE)
    win.unlock_page._unlock()
    win.case_page.overview.show_case(win.case_page.case, date.today())
    shot(win, out, "09-case-page")
    dialog = CaseDialog(state, win.case_page.case, parent=win)
    shot(dialog, out, "10-edit-case")
    dialog.close()
    settings = SettingsDialog(state, win)
    shot(settings, out, "11-settings")
    settings.close()
    change = ChangePassphraseDialog(state, runner, win)
    shot(change, out, "12-change-passphrase")
    change.close()
    win._set_show_archived(True)
    shot(win, out, "13-archived-cases")
    win._set_show_archived(False)
    _records_pages(win, state, out)
    win.close()
    _damaged_vault(tmp, keychain, runner, out)


def _damaged_vault(tmp: Path, keychain: session.Keychain, runner: TaskRunner, out: Path) -> None:
    """The unlock page when the vault is damaged: told apart from a wrong passphrase, with
    the latest backup offered."""
    from secondop_desktop import cases
    from secondop_desktop.store import Vault
    from secondop_desktop.store import backup as store

    folder = tmp / "damaged"
    vault, _ = Vault.create(folder, "lantern orchard river 1954", kdf=session.TEST_KDF)
    for i in range(80):
        cases.create_case(vault, cases.Case(patient_name=f"Patient {i}", reason="r" * 300))
    store.auto_backup(vault, "lock")
    vault.lock()
    db = folder / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[4096 * 3 + 200] ^= 0xFF
    db.write_bytes(bytes(raw))
    state = AppState(folder, keychain=keychain, kdf=session.TEST_KDF)
    win = MainWindow(state, runner=runner)
    win.resize(*SIZE)
    win.unlock_page.passphrase.setText("lantern orchard river 1954")
    win.unlock_page._unlock()
    shot(win, out, "34-damaged-vault-restore-offer")
    win.close()


def _drawn(preview: QWidget, limit: float = 30.0) -> None:
    """Wait for the preview's worker to draw the page (after a resize, too)."""
    deadline = time.monotonic() + limit
    for _ in range(2):
        _settle()
        time.sleep(0.3)  # a resize redraws after a short pause
        while preview.busy() and time.monotonic() < deadline:  # type: ignore[attr-defined]
            QCoreApplication.processEvents()
            time.sleep(0.01)


def _records_pages(win: MainWindow, state: AppState, out: Path) -> None:
    from secondop_desktop import records
    from secondop_desktop.records import checklist
    from secondop_desktop.ui.common.report_dialog import ReportDialog
    from secondop_desktop.ui.records.checklist_dialog import ChecklistDialog

    win._reload_cases(1)  # Margaret Okafor's case
    page = win.case_page
    page.sections.setCurrentWidget(page.records)
    recs = records.list_records(state.vault, 1)
    pathology = next(r for r in recs if r.kind == "pathology")
    win.show()
    page.records.show_record(pathology.id, 1)
    _drawn(page.records.preview)
    shot(win, out, "14-records")
    letter = next(r for r in recs if not r.is_pdf)
    page.records.show_record(letter.id, 1)
    _drawn(page.records.preview)
    shot(win, out, "15-record-photo-preview")
    page.sections.setCurrentWidget(page.search)
    page.search.query.setText("lymphoma")
    page.search.run()
    shot(win, out, "16-search")
    page.sections.setCurrentWidget(page.checklist)
    shot(win, out, "17-checklist")
    item = next(i for i in checklist.list_items(state.vault, 1) if i.physical and i.overdue())
    dialog = ChecklistDialog(item, recs, win)
    shot(dialog, out, "18-checklist-item")
    dialog.linked.filter.setText("st anne")
    shot(dialog, out, "36-linked-records-filter")
    dialog.close()
    facts_pages = page.facts
    for widget, name in (
        (facts_pages.care_team, "20-care-team"),
        (facts_pages.opinions, "21-opinions"),
        (facts_pages.compare, "22-compare-opinions"),
        (facts_pages.timeline, "23-timeline"),
        (facts_pages.health, "24-medications"),
        (facts_pages.questions, "25-questions"),
        (facts_pages.decision, "27-what-matters-and-decision"),
        (facts_pages.options, "28-options"),
        (facts_pages.trials, "30-trials"),
        (facts_pages.appointments, "31-appointments"),
    ):
        page.sections.setCurrentWidget(widget)
        shot(win, out, name)
    page.sections.setCurrentWidget(facts_pages.options)
    facts_pages.options.tabs.setCurrentWidget(facts_pages.options.grid)
    shot(win, out, "29-options-side-by-side")
    facts_pages.options.tabs.setCurrentIndex(0)
    page.sections.setCurrentWidget(page.overview)
    shot(win, out, "26-case-home-readiness")
    _packet_pages(win, state, out)
    report = ReportDialog(
        "Import finished",
        "3 imported, 1 already in the case, 2 could not be imported.",
        [
            (
                "visit notes.docx",
                "SecondOp imports PDFs and photos, not .docx files. Open it and "
                "print it to PDF (File > Print > Save as PDF), then import the PDF.",
            ),
            ("scan.pdf", "The file is empty (0 bytes): it was probably not downloaded completely."),
            ("CT report.pdf", "Already in this case as “CT chest, abdomen and pelvis”."),
        ],
        win,
    )
    shot(report, out, "19-import-report")
    report.close()


def _packet_pages(win: MainWindow, state: AppState, out: Path) -> None:
    """The packet builder and the letter dialog, then the demo packet itself as PNG pages
    (pdftoppm) in docs/packet, to look at as a doctor would."""
    import subprocess

    from secondop_desktop import demo
    from secondop_desktop.records import checklist
    from secondop_desktop.ui.packet.letter_dialog import LetterDialog
    from secondop_desktop.ui.packet.packet_dialog import PacketDialog

    dialog = PacketDialog(state, win.runner, 1, win)
    dialog.resize(1280, 800)
    dialog.preview()
    deadline = time.monotonic() + 30
    while dialog.document.pageCount() == 0 and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    shot(dialog, out, "32-packet-builder")
    dialog.close()
    item = next(i for i in checklist.list_items(state.vault, 1) if i.status == "needed")
    letter = LetterDialog(state, 1, item=item, parent=win)
    letter.period.setText("September 2026 to now")
    shot(letter, out, "33-records-request-letter")
    letter.close()
    from secondop_desktop import cases
    from secondop_desktop.ui.cases.case_transfer import ExportCaseDialog

    export = ExportCaseDialog(cases.get_case(state.vault, 1), win)
    shot(export, out, "37-export-case")
    export.close()
    # The demo case is run by the patient's daughter: the letter's second page is the
    # authorisation it says is enclosed.
    from secondop_desktop.packet.letter import LetterRequest, write_request_letter

    with tempfile.TemporaryDirectory() as tmp:
        made = write_request_letter(
            state.vault,
            LetterRequest(
                1,
                "Operative notes from the neck biopsy",
                department="Medical Records Department, St Anne's University Hospital",
                period="October 2026",
            ),
            Path(tmp) / "letter.pdf",
        )
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "60",
                "-png",
                "-f",
                "2",
                "-singlefile",
                str(made),
                str(out / "35-letter-authorisation"),
            ],
            check=True,
        )
    pages = out.parent / "packet"
    pages.mkdir(exist_ok=True)
    for old in pages.glob("*.png"):
        old.unlink()
    pdf = demo.write_demo_packet(state.vault, pages)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(pages / "page")], check=True)
    pdf.unlink()
    _odd_record_pages(pages)
    print(pages)


def _odd_record_pages(pages: Path) -> None:
    """A record page of each odd kind, as it arrives in a packet (docs/packet/odd-*.png):
    inherited rotation, pages sharing one rotated content stream, a 3.8-pt page and a
    landscape one, stamps and highlights, a filled form."""
    import subprocess

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from secondop_desktop import cases, packet, records
    from secondop_desktop.records import importer
    from secondop_desktop.store import TEST_KDF, Vault
    from tests import files

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vault, _ = Vault.create(work / "vault", "odd pages passphrase", kdf=TEST_KDF)
        case = cases.create_case(vault, cases.Case(patient_name="Odd Pages"))
        made = [
            files.inherited_rotation_pdf(work / "inherited-rotation.pdf"),
            files.shared_content_pdf(work / "shared-content.pdf"),
            files.odd_sizes_pdf(work / "odd-sizes.pdf"),
            files.annotated_pdf(work / "annotated.pdf"),
            files.filled_form_pdf(work / "filled-form.pdf"),
        ]
        importer.import_files(vault, case.id or 0, made)
        spec = packet.PacketSpec(
            case_id=case.id or 0,
            sections=(),
            record_ids=[r.id for r in records.list_records(vault, case.id or 0)],
            paper="a4",
        )
        result = packet.build_packet(vault, spec, work / "odd.pdf")
        vault.lock()
        first = result.record_starts[0]
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "50",
                "-png",
                "-f",
                str(first),
                str(work / "odd.pdf"),
                str(pages / "odd"),
            ],
            check=True,
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
