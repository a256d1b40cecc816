"""A realistic, entirely fictional demo: what a caregiver's vault looks like a week in.

Later features extend this so the demo always shows every feature.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from secondop_desktop import cases, records
from secondop_desktop.demo.case_facts import add_case_facts
from secondop_desktop.demo.files import write_demo_files
from secondop_desktop.demo.preparation import add_preparation
from secondop_desktop.records import checklist, importer
from secondop_desktop.store import KdfParams, RecoveryKey, Vault

# Shown in the demo banner exactly as it is typed (it once read "Passphrase: demo vault
# passphrase: lantern orchard river", and people typed the last three words).
DEMO_PASSPHRASE = "lantern orchard river"


def populate(vault: Vault, *, today: date | None = None) -> list[cases.Case]:
    today = today or date.today()
    made = [
        cases.create_case(
            vault,
            cases.Case(
                patient_name="Margaret Okafor",
                patient_dob=date(1954, 9, 2),
                managed_by="caregiver",
                caregiver_name="Ada Okafor",
                caregiver_relationship="daughter",
                contact="Ada Okafor · 0161 496 0732 · ada.okafor@example.org",
                title="Suspected follicular lymphoma",
                reason=(
                    "The first haematologist proposed starting chemotherapy now. We would like "
                    "a lymphoma specialist to confirm the grade from the biopsy and tell us "
                    "whether watchful waiting is reasonable at Mum's age."
                ),
                decide_by=today + timedelta(days=24),
                status="gathering",
            ),
        ),
        cases.create_case(
            vault,
            cases.Case(
                patient_name="Tomás Rivera",
                patient_dob=date(1979, 2, 17),
                managed_by="patient",
                contact="Tomás Rivera · +1 555 0142",
                title="Knee: repair or replace?",
                reason=(
                    "The surgeon recommends a partial knee replacement; a physiotherapist "
                    "suggested a repair might be possible. I want an independent view."
                ),
                decide_by=today + timedelta(days=60),
                status="ready",
            ),
        ),
    ]
    archived = cases.create_case(
        vault,
        cases.Case(
            patient_name="Ada Okafor",
            patient_dob=date(1986, 5, 30),
            title="Thyroid nodule (resolved)",
            reason="Benign on biopsy; kept for reference.",
            status="decided",
        ),
    )
    cases.set_archived(vault, archived.id or 0, True)
    _add_records_and_checklist(vault, made[0], today)
    return made


def _add_records_and_checklist(vault: Vault, case: cases.Case, today: date) -> None:
    """Records imported through the real importer, and a checklist partly worked through."""
    assert case.id is not None
    folder = Path(tempfile.mkdtemp(prefix="secondop-demo-files-"))
    try:
        paths = write_demo_files(folder, today)
        report = importer.import_files(vault, case.id, paths)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ids = {Path(i.path).name: i.record_id for i in report.items if i.record_id}
    sources = {
        "IMG_2041.jpg": ("Referral letter from the GP", "letter", "Dr A. Fairweather, Riverside"),
        "Surgical pathology report.pdf": (None, None, "St Anne's University Hospital, Pathology"),
        "CT chest abdomen pelvis.pdf": (None, None, "St Anne's University Hospital, Radiology"),
        "Blood results.pdf": (None, None, "St Anne's University Hospital, Laboratory"),
        "Haematology clinic letter.pdf": (None, "consultation", "Dr R. Mensah, Haematology"),
    }
    for name, (title, kind, source) in sources.items():
        record_id = ids.get(name)
        if record_id is None:
            continue
        changes: dict[str, object] = {"source": source}
        if title:
            changes["title"] = title
            changes["date_of_service"] = today - timedelta(days=60)
        if kind:
            changes["kind"] = kind
        records.update_record(vault, record_id, **changes)
    items = checklist.add_starter(vault, case.id)
    by_kind = {i.kind: i for i in items if not i.physical}
    physical = {i.kind: i for i in items if i.physical}
    progress = [
        (
            by_kind["pathology"],
            "received",
            ids.get("Surgical pathology report.pdf"),
            "St Anne's Pathology",
        ),
        (
            by_kind["imaging_report"],
            "received",
            ids.get("CT chest abdomen pelvis.pdf"),
            "St Anne's Radiology",
        ),
        (by_kind["lab"], "received", ids.get("Blood results.pdf"), "St Anne's Laboratory"),
        (
            by_kind["consultation"],
            "received",
            ids.get("Haematology clinic letter.pdf"),
            "Dr R. Mensah",
        ),
        (by_kind["letter"], "received", ids.get("IMG_2041.jpg"), "Dr A. Fairweather"),
    ]
    for item, status, record_id, source in progress:
        item.status, item.source = status, source
        item.record_ids = [record_id] if record_id else []
        checklist.save_item(vault, case.id, item)
    slides = physical["pathology"]
    add_case_facts(vault, case.id, today, {k: v for k, v in ids.items() if v})
    slides.status, slides.source = "requested", "St Anne's Pathology (lab manager)"
    slides.requested_on = today - timedelta(days=34)
    slides.notes = "Phoned twice; they need the consultant's address."
    checklist.save_item(vault, case.id, slides)
    disc = physical["imaging_images"]
    disc.status, disc.source = "requested", "St Anne's Radiology (image library)"
    disc.requested_on = today - timedelta(days=9)
    checklist.save_item(vault, case.id, disc)
    add_preparation(vault, case.id, today)


def write_demo_packet(vault: Vault, folder: Path) -> Path:
    """The packet a consultant would receive for the demo case, every record included."""
    from secondop_desktop import packet
    from secondop_desktop.packet.order import clinical_order

    case = cases.list_cases(vault)[0]
    assert case.id is not None
    spec = packet.PacketSpec(
        case_id=case.id,
        # The order a consultant reads in: pathology first (as the builder proposes).
        record_ids=[r.id for r in clinical_order(records.list_records(vault, case.id))],
        paper=packet.default_paper(),
        prepared_for="Prof. L. Okonjo, Northgate Cancer Centre",
    )
    out = folder / f"Second opinion packet - {case.patient_name}.pdf"
    packet.build_packet(vault, spec, out)
    return out


def create_demo_vault(
    folder: Path, passphrase: str = DEMO_PASSPHRASE, *, kdf: KdfParams | None = None
) -> tuple[Vault, RecoveryKey]:
    vault, recovery = Vault.create(folder, passphrase, kdf=kdf)
    populate(vault)
    return vault, recovery
