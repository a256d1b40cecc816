"""Issue 12, dates as people remember them, typed into a real date field of a real page:
each form is saved at its precision and comes back as written, in the vault, in the case
JSON and in the packet; "Mar 2024" is no longer refused; an ambiguous 03/04/2024 offers
its two readings (the locale's first) and saves the one clicked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core.validation import FieldError
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.store import Vault
from secondop_desktop.summary import case_document
from secondop_desktop.ui.common.date_field import DateField, locale_month_first

from ..support import PASSPHRASE

# typed, stored (EDTF), shown long (the field's reading), shown short (tables, the packet)
FORMS = [
    ("2 Sep 1954", "1954-09-02", "2 September 1954", "2 Sep 1954"),
    ("1954-09-02", "1954-09-02", "2 September 1954", "2 Sep 1954"),
    ("13/04/2024", "2024-04-13", "13 April 2024", "13 Apr 2024"),
    ("Mar 2024", "2024-03", "March 2024", "Mar 2024"),
    ("March 2024", "2024-03", "March 2024", "Mar 2024"),
    ("2024-03", "2024-03", "March 2024", "Mar 2024"),
    ("03/2024", "2024-03", "March 2024", "Mar 2024"),
    ("2019", "2019", "2019", "2019"),
    ("about 2019", "2019~", "about 2019", "about 2019"),
    ("~2019", "2019~", "about 2019", "about 2019"),
    ("circa 2019", "2019~", "about 2019", "about 2019"),
    ("about March 2024", "2024-03~", "about March 2024", "about Mar 2024"),
    ("early 2019", "2019-37", "early 2019", "early 2019"),
    ("mid 2019", "2019-38", "mid 2019", "mid 2019"),
    ("late 2019", "2019-39", "late 2019", "late 2019"),
    ("spring 2019", "2019-21", "spring 2019", "spring 2019"),
    ("summer 2019", "2019-22", "summer 2019", "summer 2019"),
    ("autumn 2019", "2019-23", "autumn 2019", "autumn 2019"),
    ("fall 2019", "2019-23", "autumn 2019", "autumn 2019"),
    ("winter 2019", "2019-24", "winter 2019", "winter 2019"),
]


@pytest.fixture
def win(make_window, vault_dir: Path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Margaret Okafor", title="Lymphoma"))
    return make_window(vault_dir, vault=vault)


@pytest.fixture
def locale():  # type: ignore[no-untyped-def]
    """Set the default locale for a test, and put the previous one back."""
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


def _medications_page(win):  # type: ignore[no-untyped-def]
    page = win.case_page.facts.health
    win.case_page.sections.setCurrentWidget(page)
    editor = page.medications
    for i in range(page.tabs.count()):  # show the Medications tab (not the first one)
        if page.tabs.widget(i).isAncestorOf(editor):
            page.tabs.setCurrentIndex(i)
    editor.set_case(1)
    return editor


def _new_medication(qtbot, editor, name: str) -> DateField:  # type: ignore[no-untyped-def]
    editor.add()
    qtbot.keyClicks(editor.inputs["name"], name)
    started = editor.inputs["started_on"]
    assert isinstance(started, DateField)
    return started


def test_every_form_typed_is_kept_at_its_precision_everywhere(qtbot, win, tmp_path):  # type: ignore[no-untyped-def]
    editor = _medications_page(win)
    for i, (typed, _, long, _) in enumerate(FORMS):
        started = _new_medication(qtbot, editor, f"Drug{i:02}")
        qtbot.keyClicks(started.edit, typed)
        assert started.reading.text() == long, typed
        editor.save_now()
        assert editor.problem_labels["started_on"].text() == "", typed
        assert editor.status.text() == "Saved", typed

    vault = win.state.vault
    by_name = {m.name: m for m in lists.list_items(vault, facts.Medication, 1)}
    assert [by_name[f"Drug{i:02}"].started_on.isoformat() for i in range(len(FORMS))] == [
        stored for _, stored, _, _ in FORMS
    ]
    # Shown again as written: selecting each entry puts its short form back in the field.
    editor.reload()
    for row, med in enumerate(editor.model.items):
        editor.view.setCurrentIndex(editor.model.index(row))
        i = int(med.name[4:])
        assert editor.inputs["started_on"].edit.text() == FORMS[i][3], med.name
        assert editor.inputs["started_on"].reading.text() == FORMS[i][2], med.name

    doc = case_document(vault, 1)
    in_json = {m["name"]: m["started_on"] for m in doc["medications"]}
    assert in_json == {f"Drug{i:02}": stored for i, (_, stored, _, _) in enumerate(FORMS)}

    out = tmp_path / "packet.pdf"
    build_packet(vault, PacketSpec(case_id=1, sections=("health",)), out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Each medication's row, its cells in reading order (a long date may wrap in its cell).
    parts = re.split(r"(Drug\d\d)", " ".join(text.split()))
    rows = dict(zip(parts[1::2], parts[2::2], strict=True))
    for i, (_, _, _, short) in enumerate(FORMS):
        dates_cell = rows[f"Drug{i:02}"].split("Prescription —", 1)[1].strip()
        assert dates_cell.startswith(short), (short, dates_cell)


def test_mar_2024_is_no_longer_refused_and_a_problem_never_squeezes_the_field(qtbot, win):  # type: ignore[no-untyped-def]
    editor = _medications_page(win)
    started = _new_medication(qtbot, editor, "Tamoxifen")
    qtbot.keyClicks(started.edit, "Mar 2024")
    editor.save_now()
    (med,) = lists.list_items(win.state.vault, facts.Medication, 1)
    assert (med.name, med.started_on.isoformat()) == ("Tamoxifen", "2024-03")
    # An unreadable date: the reason wraps on its own line, the box keeps its width.
    started.edit.clear()
    qtbot.keyClicks(started.edit, "sometime before the operation, I think")
    assert "not a date" in started.reading.text() and started.reading.isVisible()
    assert started.reading.wordWrap()
    width = started.edit.fontMetrics().horizontalAdvance("about 30 September 2024")
    assert started.edit.width() >= width
    assert started.reading.geometry().top() >= started.edit.geometry().bottom()


@pytest.mark.parametrize(
    ("name", "first", "second", "clicked", "stored"),
    [
        ("en_US", "4 March 2024", "3 April 2024", 1, "2024-04-03"),  # M/d/yy: month first
        ("en_GB", "3 April 2024", "4 March 2024", 0, "2024-04-03"),  # dd/MM/yyyy: day first
        ("en_GB", "3 April 2024", "4 March 2024", 1, "2024-03-04"),
    ],
)
def test_an_ambiguous_date_asks_with_two_choices_and_saves_the_one_clicked(  # type: ignore[no-untyped-def]
    qtbot, win, locale, name, first, second, clicked, stored
) -> None:
    locale(name)
    assert locale_month_first() == (name == "en_US")
    editor = _medications_page(win)
    started = _new_medication(qtbot, editor, "Tamoxifen")
    qtbot.keyClicks(started.edit, "03/04/2024")
    assert "confused" in started.reading.text()
    assert started.choices.isVisible()
    assert [b.text() for b in started.choice_buttons] == [first, second]
    assert all(b.accessibleName() for b in started.choice_buttons)
    # Never guessed: until one is chosen, the date is not stored (the rest is).
    editor.save_now()
    (med,) = lists.list_items(win.state.vault, facts.Medication, 1)
    assert med.name == "Tamoxifen" and med.started_on is None
    assert editor.status.text() != "Saved"
    with pytest.raises(FieldError, match="Choose one"):
        started.value()
    qtbot.mouseClick(started.choice_buttons[clicked], Qt.MouseButton.LeftButton)
    assert not started.choices.isVisible()
    chosen = (first, second)[clicked]
    day, month, year = chosen.split()
    assert started.edit.text() == f"{day} {month[:3]} {year}"  # cannot be misread again
    editor.save_now()
    (med,) = lists.list_items(win.state.vault, facts.Medication, 1)
    assert med.started_on.isoformat() == stored
    assert editor.status.text() == "Saved"
