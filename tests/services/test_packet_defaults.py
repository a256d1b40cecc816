"""Sensible defaults for the packet (issue 13): records in clinical order (pathology,
imaging, labs, letters and clinic notes, the rest; newest first within each kind) unless
the user chose an order; repeated pre-flight findings as one line with a count that opens
onto the records; paper from Qt's locale, never the POSIX locale."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from secondop_desktop import cases, records
from secondop_desktop.packet import PacketSpec, choices
from secondop_desktop.packet.choices import PacketChoices
from secondop_desktop.packet.preflight import grouped
from secondop_desktop.packet.preflight import run as preflight
from secondop_desktop.packet.spec import default_paper
from secondop_desktop.records import importer
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.packet.packet_dialog import PacketDialog

from ..files import text_pdf
from ..support import PASSPHRASE

# Imported in this order (the order a patient might find them in), each with its kind and
# date of service; CLINICAL is the order the packet should open with.
IMPORTED = [
    ("Referral letter", "letter", date(2025, 9, 30)),
    ("Full blood count", "lab", date(2025, 11, 9)),
    ("Core biopsy", "pathology", date(2025, 10, 2)),
    ("Parking receipt", "other", None),
    ("CT chest", "imaging_report", date(2025, 10, 8)),
    ("Surgical pathology", "pathology", date(2025, 10, 19)),
    ("Clinic letter", "consultation", date(2025, 11, 17)),
    ("Old blood test", "lab", None),
    ("Medication list", "medication_list", date(2025, 12, 1)),
    ("PET-CT", "imaging_report", date(2025, 11, 20)),
]
CLINICAL = [
    "Surgical pathology",
    "Core biopsy",
    "PET-CT",
    "CT chest",
    "Full blood count",
    "Old blood test",  # undated: after the dated labs
    "Clinic letter",
    "Referral letter",
    "Medication list",
    "Parking receipt",
]


def _case_with_records(vault: Vault, folder: Path) -> int:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Okafor")).id or 0
    folder.mkdir()
    paths = [
        text_pdf(folder / f"{i:02d}.pdf", [[f"# {title}", f"Ana Okafor: {title.lower()}."]])
        for i, (title, _kind, _when) in enumerate(IMPORTED)
    ]
    importer.import_files(vault, case_id, paths)
    recs = records.list_records(vault, case_id)
    assert len(recs) == len(IMPORTED)
    for r, (title, kind, when) in zip(recs, IMPORTED, strict=True):
        records.update_record(vault, r.id, title=title, kind=kind, date_of_service=when)
    return case_id


def _titles(recs: list[records.Record]) -> list[str]:
    return [r.title for r in recs]


def test_records_default_to_clinical_order_and_a_chosen_order_is_kept(vault, tmp_path):  # type: ignore[no-untyped-def]
    case_id = _case_with_records(vault, tmp_path / "in")
    current = records.list_records(vault, case_id)
    assert _titles(current) == [t for t, _, _ in IMPORTED]  # the records' own order
    arranged = choices.arrange(choices.get_choices(vault, case_id), current)
    assert _titles(arranged.records) == CLINICAL
    assert choices.packet_record_ids(vault, case_id) == [r.id for r in arranged.records]
    # The user's order, once chosen, is the one kept (the builder and the CLI's export).
    mine = list(reversed(arranged.records))
    choices.save_choices(
        vault,
        case_id,
        PacketChoices(order=tuple(r.id for r in mine), ticked=frozenset(r.id for r in mine)),
    )
    again = choices.arrange(choices.get_choices(vault, case_id), current)
    assert _titles(again.records) == _titles(mine)
    assert choices.packet_record_ids(vault, case_id) == [r.id for r in mine]
    choices.reset_choices(vault, case_id)
    assert choices.packet_record_ids(vault, case_id) == [r.id for r in arranged.records]


def test_repeated_findings_are_one_line_with_a_count(vault, tmp_path):  # type: ignore[no-untyped-def]
    case_id = _case_with_records(vault, tmp_path / "in")
    recs = records.list_records(vault, case_id)
    spec = PacketSpec(case_id=case_id, record_ids=[r.id for r in recs], sections=("summary",))
    findings = preflight(vault, spec)
    undated = [f for f in findings if f.text.endswith("has no date.")]
    assert len(undated) == 2
    groups = grouped(findings)
    lines = [g.text for g in groups]
    assert "2 records have no date." in lines
    assert not [line for line in lines if line.endswith("has no date.")]
    (group,) = [g for g in groups if g.text == "2 records have no date."]
    assert [f.text for f in group.findings] == [f.text for f in undated]
    assert {f.record_id for f in group.findings} == {
        r.id for r in recs if r.title in ("Parking receipt", "Old blood test")
    }
    # One of a kind stays as it is: the only record of kind "other", the missing images.
    assert "“Parking receipt” has no kind (report, lab result…)." in lines
    assert any("imaging reports but not the images" in line for line in lines)
    assert len(lines) == len(groups) < len(findings)


def test_the_builder_opens_in_clinical_order_with_grouped_checks(qtbot, vault_dir, tmp_path):  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = _case_with_records(vault, tmp_path / "in")
    state = AppState(vault_dir, demo_mode=True)
    state.set_unlocked(vault)
    dialog = PacketDialog(state, TaskRunner(synchronous=True), case_id)
    qtbot.addWidget(dialog)
    try:
        assert [r.title for r in dialog.model.items] == CLINICAL
        lines = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
        (row,) = [i for i, line in enumerate(lines) if "2 records have no date." in line]
        assert lines[row].startswith("▸")
        assert not [line for line in lines if line.endswith("has no date.")]
        # Activating the line opens it onto the two records; activating one selects it.
        dialog.checks.itemActivated.emit(dialog.checks.item(row))
        lines = [dialog.checks.item(i).text() for i in range(dialog.checks.count())]
        assert lines[row].startswith("▾")
        assert lines[row + 1].strip() == "“Old blood test” has no date."  # in packet order
        assert lines[row + 2].strip() == "“Parking receipt” has no date."
        dialog.checks.itemActivated.emit(dialog.checks.item(row + 2))
        assert dialog.model.items[dialog.records_view.currentIndex().row()].title == (
            "Parking receipt"
        )
        # Checked again (after a change), the opened line stays open; activated, it closes.
        dialog.run_checks()
        assert dialog.checks.item(row + 1).text().strip() == "“Old blood test” has no date."
        dialog.checks.itemActivated.emit(dialog.checks.item(row))
        assert dialog.checks.count() == len(lines) - 2
        # Moving a record is a chosen order: it is the one the builder opens with next time.
        assert dialog.model.moveRow(
            dialog.model.index(0).parent(), len(CLINICAL) - 1, dialog.model.index(0).parent(), 0
        )
        dialog.save_choices()
    finally:
        dialog.close()
        qtbot.wait(10)
    reopened = PacketDialog(state, TaskRunner(synchronous=True), case_id)
    qtbot.addWidget(reopened)
    try:
        assert [r.title for r in reopened.model.items] == [CLINICAL[-1], *CLINICAL[:-1]]
        reopened.reset_to_default()
        assert [r.title for r in reopened.model.items] == CLINICAL
    finally:
        reopened.close()
        state.lock()


@pytest.fixture
def qt_locale():  # type: ignore[no-untyped-def]
    """Set Qt's default locale for one test; the system's again afterwards."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US", "letter"),
        ("es_US", "letter"),
        ("fr_CA", "letter"),
        ("es_MX", "letter"),
        ("en_PH", "letter"),
        ("en_GB", "a4"),
        ("de_DE", "a4"),
        ("ja_JP", "a4"),
        ("C", "a4"),
    ],
)
def test_paper_follows_qts_locale(qt_locale, name, paper):  # type: ignore[no-untyped-def]
    qt_locale(name)
    assert default_paper() == paper


@pytest.mark.parametrize(
    ("env", "paper"),
    [
        ({"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}, "a4"),  # a server, a container, CI
        ({"LC_ALL": "", "LANG": "C.UTF-8"}, "a4"),
        ({"LC_ALL": "POSIX", "LANG": ""}, "a4"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}, "letter"),
        ({"LC_ALL": "", "LANG": "en_CA.UTF-8"}, "letter"),
        ({"LC_ALL": "", "LANG": "en_IE.UTF-8"}, "a4"),
    ],
)
def test_paper_on_a_system_set_up_so(env, paper):  # type: ignore[no-untyped-def]
    """What a freshly started process (the CLI, the app) picks on a system whose locale is
    set this way: Qt's reading of it, not Python's, whose alias table takes C.UTF-8 for
    en_US (and which gives nothing for a locale the system has not generated)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    environ.update(env)
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from secondop_desktop.packet import spec; print(spec.default_paper())",
        ],
        env=environ,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    assert out == [paper]
