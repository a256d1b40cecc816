"""SECURITY.md T1/T12 (foundation part): canary strings planted in every case field never
appear in any file under the data folder, while the vault is open and after it is closed,
including the log file and a backup."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from secondop_desktop import cases, logsetup
from secondop_desktop.cases import lists
from secondop_desktop.store import TEST_KDF
from secondop_desktop.vault import session

from ..support import encodings, files_containing

CANARY = "CANARY7Q3X"


def _fields() -> dict[str, str]:
    text_fields = [
        "patient_name",
        "caregiver_name",
        "caregiver_relationship",
        "contact",
        "title",
        "reason",
    ]
    return {f: f"{CANARY}-{f}-Ünïcødé-王" for f in text_fields}


def test_canaries_never_reach_disk(tmp_path: Path) -> None:
    data = tmp_path / "data"
    logsetup.configure(data, level=logging.DEBUG)
    passphrase = f"{CANARY} passphrase orchard"
    vault, recovery = session.create_vault(data, passphrase, kdf=TEST_KDF)
    values = _fields()
    made = cases.create_case(
        vault,
        cases.Case(managed_by="caregiver", patient_dob=date(1950, 1, 1), **values),
    )
    made.reason = f"{CANARY} updated reason " * 50
    cases.update_case(vault, made)
    vault.backup_to(data / "backups" / "manual.db")
    needles = [
        b
        for v in [
            *values.values(),
            CANARY,
            passphrase,
            recovery.formatted(),
            vault.data_key().hex(),
        ]
        for b in encodings(v)
    ]
    needles.append(vault.data_key())
    # Open: database, -wal, -shm, header, settings, log, backup.
    assert Path(str(data / "vault.db") + "-wal").exists()
    assert files_containing([data], needles) == []
    vault.lock()
    assert files_containing([data], needles) == []
    reopened = session.unlock(data, passphrase)
    assert cases.get_case(reopened, made.id or 0).patient_name == values["patient_name"]
    reopened.lock()
    assert files_containing([data], needles) == []
    assert (data / "logs" / "secondop.log").read_text().strip(), "the log was written"


def _planted(cls: type, tag: str, **fixed: object) -> object:
    """An instance of a section's dataclass with a canary in every text field."""
    import dataclasses
    import typing

    hints = typing.get_type_hints(cls)
    values: dict[str, object] = {}
    for f in dataclasses.fields(cls):
        if f.name in fixed:
            values[f.name] = fixed[f.name]
        elif hints[f.name] is str and f.name not in (
            "side",
            "status",
            "priority",
            "role",
            "kind",
            "precision",
            "severity",
        ):
            values[f.name] = f"{CANARY}-{tag}-{f.name}"
    return cls(**values)  # type: ignore[call-arg]


def test_canaries_in_every_section_and_inside_files_reach_no_file(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """T1/T12, all of it: every section's text fields, a PDF's and a PNG's contents; none
    found under the data folder, the temp folder, logs or backups, open or closed; a record
    opened in an outside viewer is gone after lock, and after a kill at the next start."""
    import tempfile
    from datetime import datetime

    from PIL import Image, PngImagePlugin

    from secondop_desktop import facts, preparing, records
    from secondop_desktop.records import checklist, importer, viewer_temp
    from secondop_desktop.store import backup as store_backup

    from ..files import text_pdf

    systemp = tmp_path / "systemp"
    systemp.mkdir()
    monkeypatch.setenv("TMPDIR", str(systemp))
    monkeypatch.setattr(tempfile, "tempdir", str(systemp))
    data = tmp_path / "data"
    logsetup.configure(data, level=logging.DEBUG)
    vault, _ = session.create_vault(data, "canary test passphrase 1", kdf=TEST_KDF)
    case = cases.create_case(vault, cases.Case(patient_name=f"{CANARY} Ana"))
    cid = case.id or 0
    doc = tmp_path / "inputs"
    doc.mkdir()
    # The files' names hold the canary too: a file name is patient data ("Ana Okafor MRI
    # 2026.pdf") and must stay out of the log, the temp folder and any plain file.
    pdf = text_pdf(doc / f"{CANARY}-report.pdf", [[f"# {CANARY}-inside-pdf", "text"]])
    png = doc / f"{CANARY}-scan.png"
    meta = PngImagePlugin.PngInfo()
    meta.add_text("Comment", f"{CANARY}-inside-png")
    Image.new("RGB", (64, 64), "white").save(png, pnginfo=meta)
    report = importer.import_files(vault, cid, [pdf, png])
    assert report.count(importer.IMPORTED) == 2
    rec = next(r for r in records.list_records(vault, cid) if r.is_pdf)
    records.update_record(vault, rec.id, title=f"{CANARY}-title", notes=f"{CANARY}-notes")
    clin = lists.save(
        vault, cid, _planted(facts.Clinician, "clin", email=f"{CANARY.lower()}@example.org")
    )
    op = lists.save(vault, cid, _planted(facts.Opinion, "op", clinician_id=clin.id))
    lists.save(vault, cid, _planted(facts.ResolvePoint, "point"))
    lists.save(vault, cid, _planted(facts.TimelineEvent, "event", happened_on=date(2026, 1, 2)))
    lists.save(vault, cid, _planted(facts.Medication, "med"))
    lists.save(vault, cid, _planted(facts.Allergy, "allergy"))
    lists.save(vault, cid, _planted(facts.FamilyHistory, "family"))
    q = lists.save(vault, cid, _planted(preparing.Question, "question"))
    lists.save(vault, cid, _planted(preparing.Answer, "answer", question_id=q.id))
    o = lists.save(vault, cid, _planted(preparing.TreatmentOption, "option"))
    lists.save(vault, cid, _planted(preparing.OptionPoint, "point", option_id=o.id, side="risk"))
    lists.save(vault, cid, _planted(preparing.Trial, "trial"))
    lists.save(
        vault,
        cid,
        _planted(
            preparing.Appointment, "appt", starts_at=datetime(2026, 12, 1, 9), opinion_id=op.id
        ),
    )
    preparing.save_preferences(
        vault, cid, {k: f"{CANARY}-pref-{k}" for k, _, _ in preparing.PREFERENCE_HEADINGS}
    )
    preparing.save_decision(vault, cid, preparing.Decision(what=f"{CANARY}-decision"))
    checklist.save_item(vault, cid, _planted(checklist.Item, "checklist"))
    store_backup.auto_backup(vault, "lock")
    needles = [b for v in (CANARY,) for b in encodings(v)]
    assert files_containing([data, systemp], needles) == []
    # Opened in an outside viewer: a plain copy exists only until lock.
    viewed = viewer_temp.write_for_viewing(vault, rec)
    assert viewed.read_bytes() == pdf.read_bytes()  # the plain copy the viewer needs
    vault.lock()
    viewer_temp.wipe()  # what lock and quit do
    assert files_containing([data, systemp], needles) == []
    assert not viewer_temp.folder().exists()
    # A kill leaves the copy behind; the next start sweeps it.
    reopened = session.unlock(data, "canary test passphrase 1")
    viewer_temp.write_for_viewing(reopened, records.get_record(reopened, rec.id))
    reopened.lock()
    assert viewer_temp.folder().exists()
    from secondop_desktop.ui.shell import app as ui_app

    assert "viewer_temp.wipe()" in Path(ui_app.__file__).read_text()  # start-up sweeps
    viewer_temp.wipe()
    assert files_containing([data, systemp], needles) == []


def test_an_unexpected_error_logs_its_type_and_place_never_its_message(
    tmp_path: Path, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The window's last resort: an exception nobody caught. Its message can quote what
    the user typed or a record holds, so the log gets its type and where it was raised,
    and the user a calm sentence; neither gets the message."""
    import sys

    from PySide6.QtWidgets import QWidget

    from secondop_desktop.ui.common import dialogs
    from secondop_desktop.ui.shell import app as ui_app

    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(dialogs, "error", lambda *args: shown.append(args))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = logsetup.configure(tmp_path / "data", level=logging.DEBUG)
    window = QWidget()
    qtbot.addWidget(window)
    ui_app._install_excepthook(window)
    try:
        raise ValueError(f"no record titled {CANARY} Ana Okafor MRI 2026.pdf")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger("secondop_desktop").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected ValueError at test_canary.py:" in text
    assert CANARY not in text and "Okafor" not in text
    assert len(shown) == 1 and CANARY not in repr(shown)
