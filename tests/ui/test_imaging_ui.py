"""Issue 19: an imaging disc chosen in the real window (Records > Add a folder) is listed
on the case: the checklist's disc item shows it indexed (and received), and the studies
the disc holds are listed under the checklist. No image is copied into the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from secondop_desktop import records
from secondop_desktop.records import checklist
from secondop_desktop.ui.common import dialogs

from ..discs import write_disc
from .test_records_ui import _wait_rows, _window


def test_a_disc_is_indexed_on_the_checklist_and_its_studies_listed(
    qtbot,
    make_window,
    vault_dir: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    win = _window(make_window, vault_dir)
    vault = win.state.vault
    check = win.case_page.checklist
    win.case_page.sections.setCurrentWidget(check)
    qtbot.mouseClick(check.starter_button, Qt.MouseButton.LeftButton)
    assert check.studies.isHidden()
    disc = write_disc(tmp_path / "disc")
    win.case_page.sections.setCurrentWidget(win.case_page.records)
    dialogs.set_next_answer(str(disc))  # the folder dialog
    dialogs.set_next_answer(None)  # the import report
    win.case_page.records.import_folder()
    _wait_rows(qtbot, win.case_page.records, 1)
    (record,) = records.list_records(vault, 1)
    assert record.rendered and record.original_name == "DICOMDIR"
    # The index only: the record's original is the DICOMDIR, no image came in.
    assert records.original_content(vault, record.id) == (disc / "DICOMDIR").read_bytes()
    assert "Imaging disc: 2 studies" in record.title
    win.case_page.sections.setCurrentWidget(check)
    (disc_item,) = [i for i in checklist.list_items(vault, 1) if i.kind == "imaging_images"]
    assert disc_item.status == "received" and disc_item.record_ids == [record.id]
    row = [i.id for i in check.model.items].index(disc_item.id)
    assert check.model.index(row, 2).data() == "Received, indexed: 2 studies"
    assert check.studies.isVisible()
    shown = [
        [check.studies.model.index(r, c).data() for c in range(7)]
        for r in range(check.studies.model.rowCount())
    ]
    assert [r[1:6] for r in shown] == [
        ["CT", "CT chest with contrast", "CHEST", "2", "6"],
        ["MR", "MRI brain", "HEAD", "2", "5"],
    ]
    assert shown[0][6] == record.title
    # Key images: chosen on the disc from the studies box, each a PNG record.
    (first, *_) = sorted(p for p in disc.rglob("*") if p.is_file() and p.name != "DICOMDIR")
    dialogs.set_next_answer([str(first)])  # the file dialog
    dialogs.set_next_answer(None)  # the import report
    assert check.studies.images_button.isVisible()
    check.studies.images_button.click()
    _wait_rows(qtbot, win.case_page.records, 2)
    assert win.case_page.sections.currentWidget() is win.case_page.records
    (key,) = [r for r in records.list_records(vault, 1) if r.id != record.id]
    assert key.media_type == "image/png" and key.rendered
