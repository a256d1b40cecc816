"""The readiness overview on the case's home page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from secondop_desktop import cases, preparing
from secondop_desktop.cases import lists
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault

from ..support import PASSPHRASE


def test_overview_shows_readiness_and_next_steps(qtbot, make_window, vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(
        vault,
        cases.Case(patient_name="Ana", decide_by=date.today() + timedelta(days=10)),
        starter_checklist=True,
    )
    win = make_window(vault_dir, vault=vault)
    panel = win.case_page.overview.readiness
    assert "0 imported" in panel.rows["records"].text()
    assert "None booked" in panel.rows["appointment"].text()
    assert "in 10 days" in panel.rows["decide"].text()
    assert "Import your records" in panel.steps.text()
    when = datetime.combine(date.today() + timedelta(days=3), datetime.min.time())
    lists.save(
        vault, case.id, preparing.Appointment(starts_at=when.replace(hour=9), place="Northgate")
    )
    for i in range(3):
        q = lists.save(vault, case.id, preparing.Question(text=f"Q{i}?"))
        preparing.set_top_three(vault, case.id, q.id, True)
    item = checklist.list_items(vault, case.id)[0]
    item.status = "received"
    checklist.save_item(vault, case.id, item)
    win.case_page.sections.setCurrentIndex(1)
    win.case_page.sections.setCurrentIndex(0)  # the overview refreshes when shown
    assert "in 3 days" in panel.rows["appointment"].text()
    assert "Northgate" in panel.rows["appointment"].text()
    assert "top three chosen" in panel.rows["questions"].text()
    assert "1 of 11" in panel.rows["records"].text()
    assert panel.rows["mark-appointment"].accessibleName() == "done"
    assert "Book" not in panel.steps.text()
    # Issue 21: top questions not yet answered are no tick; the steps name real tabs, the
    # packet comes first with the appointment three days away, and each step is a link.
    assert panel.rows["mark-questions"].accessibleName() == "to do"
    assert "Preferences" not in panel.steps.text()
    assert "<li><a href='packet'>Prepare the packet" not in panel.steps.text()  # no records
    from secondop_desktop.records import importer

    from ..files import text_pdf

    importer.import_files(vault, case.id, [text_pdf(tmp_path / "r.pdf", [["Report"]])])
    win.case_page.sections.setCurrentIndex(1)
    win.case_page.sections.setCurrentIndex(0)
    assert panel.steps.text().startswith("<ol style='margin-left:-20px'><li><a href='packet'>")
    from PySide6.QtCore import QTimer

    from secondop_desktop.ui.packet.packet_dialog import PacketDialog

    opened: list[bool] = []

    def close_it() -> None:
        dialog = win.findChild(PacketDialog)
        opened.append(dialog is not None and dialog.isVisible())
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    panel.steps.linkActivated.emit("packet")  # the packet builder opens
    assert opened == [True]
    panel.steps.linkActivated.emit("questions")
    assert win.case_page.sections.currentWidget() is win.case_page.facts.questions
