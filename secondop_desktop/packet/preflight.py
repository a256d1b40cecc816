"""Checks before export, shown as a list the user can act on: what second-opinion centres
reject packets for (no name on a record, reports without their images), what confuses a
reader (undated records, duplicates, empty sections), and what will not go by email."""

from __future__ import annotations

from dataclasses import dataclass

from secondop_desktop import records
from secondop_desktop.core.text import fold
from secondop_desktop.packet import content
from secondop_desktop.packet.spec import SECTIONS, PacketSpec
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault

EMAIL_LIMIT = 20 * 1024 * 1024
PHOTO_BYTES = {"small": 180_000, "standard": 350_000, "high": 800_000}  # per photo page, measured


@dataclass(frozen=True)
class Finding:
    text: str
    record_id: int | None = None
    section: str | None = None
    serious: bool = False  # shown first, in the warning colour


def _surname(name: str) -> str:
    parts = name.strip().split()
    return parts[-1] if parts else ""


def run(vault: Vault, spec: PacketSpec) -> list[Finding]:
    data = content.load(vault, spec)
    found: list[Finding] = []
    surname = _surname(data.case.patient_name)
    for r in data.records:
        if r.date_of_service is None:
            found.append(Finding(f"“{r.title}” has no date.", r.id))
        if r.kind == "other":
            found.append(Finding(f"“{r.title}” has no kind (report, lab result…).", r.id))
        body = records.record_text(vault, r.id)
        if not body.strip():
            found.append(
                Finding(
                    f"“{r.title}” has no text to check: make sure the patient's name and date "
                    "of birth can be read on it.",
                    r.id,
                )
            )
        elif surname and fold(surname) not in fold(body):
            found.append(
                Finding(
                    f"“{r.title}” does not mention “{surname}”. Centres ask for the patient's "
                    "name and date of birth on every record: is it the right patient?",
                    r.id,
                    serious=True,
                )
            )
    for rid, other in records.possible_duplicates(data.records).items():
        title = next(r.title for r in data.records if r.id == rid)
        found.append(Finding(f"“{title}” looks like a duplicate of “{other.title}”.", rid))
    kinds = {r.kind for r in data.records}
    if "imaging_report" in kinds and "imaging_images" not in kinds:
        disc = [
            i
            for i in checklist.list_items(vault, spec.case_id)
            if i.kind == "imaging_images" and i.status in ("received", "sent")
        ]
        if not disc:
            found.append(
                Finding(
                    "There are imaging reports but not the images themselves. Centres usually "
                    "want the scans on a disc or USB stick; ask the radiology department.",
                    serious=True,
                )
            )
    shown = set(data.sections)
    for key in spec.sections:
        if key != "summary" and key not in shown:
            found.append(
                Finding(
                    f"The section “{SECTIONS[key]}” is empty and will be left out.", section=key
                )
            )
    estimate = estimate_size(data.records, spec)
    if estimate > EMAIL_LIMIT:
        found.append(
            Finding(
                f"The packet will be about {estimate / 1048576:.0f} MB: too large for most email. "
                "Choose a smaller image quality, fewer records, or send it on a USB stick.",
                serious=True,
            )
        )
    found.sort(key=lambda f: not f.serious)
    return found


def estimate_size(recs: list[records.Record], spec: PacketSpec) -> int:
    per_photo = PHOTO_BYTES[spec.quality]
    return 150_000 + sum(r.size if r.is_pdf else per_photo * r.page_count for r in recs)
