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
