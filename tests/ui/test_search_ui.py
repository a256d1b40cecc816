"""The Search tab (issue 21): titles, notes and every section are searched, each hit says
where it is and opens there; Down moves from the box into the results; photos whose text
was not read are said to be unsearched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secondop_desktop import cases, facts, records
from secondop_desktop.cases import lists
from secondop_desktop.preparing import Question
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import photo, text_pdf
from ..support import PASSPHRASE


@pytest.fixture
def win(make_window, vault_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    report = importer.import_files(
        vault,
        case_id,
        [
            text_pdf(tmp_path / "us.pdf", [["Findings: a 12 mm lesion."]] * 3),
            photo(tmp_path / "letter.jpg", "JPEG"),
        ],
    )
    records.update_record(vault, report.items[0].record_id or 0, title="Breast ultrasound report")
    lists.save(vault, case_id, facts.Clinician(name="Dr Amal Lee"))
    lists.save(vault, case_id, facts.Clinician(name="Dr Jonas Berg", facility="Karolinska"))
    lists.save(vault, case_id, Question(text="Is an ultrasound enough, or an MRI?"))
    window = make_window(vault_dir, vault=vault)
    window.case_page.sections.setCurrentWidget(window.case_page.search)
    return window


def _search(win, text: str):  # type: ignore[no-untyped-def]
    search = win.case_page.search
    search.query.setText(text)
    search.run()
    return search


def test_a_title_and_a_question_are_found_and_say_where(win) -> None:  # type: ignore[no-untyped-def]
    search = _search(win, "ultrasound")
    shown = [
        search.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole)
        for r in range(search.model.rowCount())
    ]
    assert shown[0].startswith("Breast ultrasound report, record title:")
    assert shown[1].startswith("Is an ultrasound enough, or an MRI?, Questions: question:")
    assert len(shown) == 2
    # The photo's text was not read: the status says so instead of a silent "nothing".
    assert "1 photo could not be searched" in search.status.text()
    assert "Found in 2 places" in search.status.text()


def test_a_hit_in_a_section_opens_it_with_the_entry_selected(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    search = _search(win, "karolinska")
    assert search.model.rowCount() == 1
    search._activated(search.model.index(0))
    care_team = win.case_page.facts.care_team
    assert win.case_page.sections.currentWidget() is care_team
    assert care_team.current is not None and care_team.current.name == "Dr Jonas Berg"


def test_a_title_hit_opens_the_record(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    search = _search(win, "breast")
    search._activated(search.model.index(0))
    section = win.case_page.records
    assert win.case_page.sections.currentWidget() is section
    assert section.preview.record is not None
    assert section.preview.record.title == "Breast ultrasound report"


def test_down_arrow_moves_from_the_box_into_the_results(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)
    search = win.case_page.search
    search.query.setFocus()
    qtbot.keyClicks(search.query, "lesion")  # typed: the search runs as typing pauses
    qtbot.keyClick(search.query, Qt.Key.Key_Down)
    assert search.results.hasFocus()
    assert search.results.currentIndex().row() == 0
    qtbot.keyClick(search.results, Qt.Key.Key_Down)
    assert search.results.currentIndex().row() == 1
    # The page number is part of the line, in the view's own colour (readable when the
    # row is selected: no grey of its own on the highlight).
    html = search.model.index(1).data(Qt.ItemDataRole.DisplayRole)
    assert "page 2" in html and "color" not in html
    qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert win.case_page.records.preview.current_page() == 2


def test_linked_records_can_be_filtered_and_told_apart(
    qtbot, make_window, vault_dir, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The checklist item's list showed 8 of 45 rows with no filter, and two "report
    (Pathology report)" lines could not be told apart."""
    from datetime import date

    from secondop_desktop.records import checklist
    from secondop_desktop.ui.records.checklist_dialog import ChecklistDialog

    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    paths = [text_pdf(tmp_path / f"r{i:02}.pdf", [[f"record number {i}"]]) for i in range(45)]
    report = importer.import_files(vault, case_id, paths)
    ids = [i.record_id or 0 for i in report.items]
    for n, (rid, source) in enumerate(zip(ids[:2], ("St Anne's", "City Lab"), strict=True)):
        records.update_record(
            vault,
            rid,
            title="report",
            kind="pathology",
            source=source,
            date_of_service=date(2026, 3, 3 + n),
        )
    dialog = ChecklistDialog(
        checklist.Item(id=None, case_id=case_id, description="Pathology"),
        records.list_records(vault, case_id),
    )
    qtbot.addWidget(dialog)
    links = dialog.linked
    shown = links.visible_texts()
    assert len(shown) == 45
    twins = [t for t in shown if t.startswith("report — ")]
    assert len(twins) == 2 and twins[0] != twins[1]
    assert "St Anne's" in twins[0] + twins[1] and "City Lab" in twins[0] + twins[1]
    qtbot.keyClicks(links.filter, "city")
    assert links.visible_texts() == [t for t in twins if "City Lab" in t]
    links.view.model().setData(
        links.view.model().index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    links.filter.clear()  # the filter hides rows; it never unticks them
    assert len(links.visible_texts()) == 45
    city = next(r.id for r in records.list_records(vault, case_id) if r.source == "City Lab")
    assert links.checked_ids() == [city]
    assert links.count.text() == "1 of 45 linked."
    assert dialog.item().record_ids == [city]


def test_records_table_keeps_titles_readable_and_the_preview_tall_at_1024x700(
    qtbot, make_window, demo_dir
) -> None:  # type: ignore[no-untyped-def]
    """At 1024x700 the records table showed no titles at all, and the preview was a strip
    beside a table of empty columns: columns now give way to the title, and the preview
    takes most of the height."""
    from secondop_desktop import demo
    from secondop_desktop.ui.records.records_model import DATE, PACKET, SOURCE, TITLE

    vault = Vault.open(demo_dir, demo.DEMO_PASSPHRASE)
    win = make_window(demo_dir, vault=vault)
    win.resize(1024, 700)
    section = win.case_page.records
    win.case_page.sections.setCurrentWidget(section)
    section.show_record(records.list_records(vault, 1)[0].id, 1)
    qtbot.waitUntil(lambda: section.table.viewport().width() > 0, timeout=2000)
    QApplication.processEvents()
    header = section.table.horizontalHeader()
    assert header.sectionSize(TITLE) >= 180
    assert header.isSectionHidden(SOURCE)  # dropped first; it is in the details
    assert not header.isSectionHidden(DATE) and not header.isSectionHidden(PACKET)
    preview, details = section.right_split.sizes()
    assert preview > details
    win.resize(1900, 1000)  # room again: the dropped columns come back
    QApplication.processEvents()
    assert not header.isSectionHidden(SOURCE), section.table.viewport().width()


def test_the_window_opens_within_the_screen(make_window, vault_dir) -> None:  # type: ignore[no-untyped-def]
    """At 1.5x on a 1440x900 screen the window opened at 1919x1199, partly off the screen."""
    from PySide6.QtGui import QGuiApplication

    win = make_window(vault_dir)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert win.width() <= room.width() and win.height() <= room.height()


def test_where_you_are_rows_are_not_cut_at_1024x700(qtbot, make_window, demo_dir) -> None:  # type: ignore[no-untyped-def]
    """At 1024x700 the Overview's "Next appointment" row was cut at top and bottom: the
    panel was squeezed to the window's height. It scrolls instead."""
    from secondop_desktop import demo

    win = make_window(demo_dir, vault=Vault.open(demo_dir, demo.DEMO_PASSPHRASE))
    win.resize(1008, 560)  # a 1024x700 screen less the taskbar, title bar and banner
    page = win.case_page
    page.sections.setCurrentWidget(page.overview)
    QApplication.processEvents()
    panel = page.overview.readiness
    for key, label in panel.rows.items():
        if key.startswith("mark-") or not label.text():
            continue
        assert label.height() >= label.heightForWidth(label.width()), key


def test_a_linked_records_list_read_lazily_says_when_a_record_left_the_case(
    qtbot, vault_dir, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: a picker reads the case's records when first shown, a block at a time.
    A record removed after that reads as removed, cannot be ticked, and never links."""
    from secondop_desktop.ui.common.record_links import RecordLinks

    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana")).id or 0
    paths = [text_pdf(tmp_path / f"r{i}.pdf", [[f"record number {i}"]]) for i in range(3)]
    ids = [i.record_id or 0 for i in importer.import_files(vault, case_id, paths).items]
    links = RecordLinks()
    qtbot.addWidget(links)
    listed = records.case_rows(vault, case_id)  # the order is read; the rows are not yet
    read: list[int] = []

    def fetch():  # type: ignore[no-untyped-def]
        read.append(case_id)
        return listed

    links.set_source(fetch)
    links.set_checked([ids[0]])
    assert read == []  # not shown, not asked: nothing read
    gone = listed.index_of(ids[1])
    records.delete_record(vault, ids[1])  # after the list was made, before its rows are read
    links.show()
    assert read == [case_id] and links.count.text() == "1 of 3 linked."
    model = links.model
    assert model.data(model.index(gone), Qt.ItemDataRole.DisplayRole) == "(removed from the case)"
    assert model.flags(model.index(gone)) == Qt.ItemFlag.NoItemFlags
    assert not model.setData(
        model.index(gone), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert links.checked_ids() == [ids[0]]
