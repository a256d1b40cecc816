"""Checks before export, shown as a list the user can act on: what second-opinion centres
reject packets for (no name on a record, reports without their images), what confuses a
reader (undated records, duplicates, empty sections), and what will not go by email.

Findings of one sort (twelve undated records) are shown as one line with their number,
which opens onto the records themselves (:func:`grouped`)."""

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
    # The line that stands for several findings of this sort, "{n}" for how many; findings
    # with the same line are grouped under it. Empty: always shown on its own.
    group: str = ""


@dataclass(frozen=True)
class Group:
    """One line of the checks: a finding on its own, or several of one sort."""

    findings: tuple[Finding, ...]

    @property
    def text(self) -> str:
        first = self.findings[0]
        if len(self.findings) == 1 or not first.group:
            return first.text
        return first.group.replace("{n}", str(len(self.findings)))

    @property
    def serious(self) -> bool:
        return any(f.serious for f in self.findings)


def grouped(findings: list[Finding]) -> list[Group]:
    """One group per sort of finding, in the order the first of each came (serious ones
    first, as :func:`run` gives them); a finding without a group line stays alone."""
    groups: dict[object, list[Finding]] = {}
    for i, f in enumerate(findings):
        groups.setdefault(f.group or i, []).append(f)
    return [Group(tuple(fs)) for fs in groups.values()]


def _surname(name: str) -> str:
    parts = name.strip().split()
    return parts[-1] if parts else ""


def run(vault: Vault, spec: PacketSpec) -> list[Finding]:
    data = content.load(vault, spec)
    found: list[Finding] = []
    surname = _surname(data.case.patient_name)
    for r in data.records:
        if r.date_of_service is None:
            found.append(
                Finding(f"“{r.title}” has no date.", r.id, group="{n} records have no date.")
            )
        if r.kind == "other":
            found.append(
                Finding(
                    f"“{r.title}” has no kind (report, lab result…).",
                    r.id,
                    group="{n} records have no kind (report, lab result…).",
                )
            )
        body = records.record_text(vault, r.id)
        if not body.strip():
            found.append(
                Finding(
                    f"“{r.title}” has no text to check: make sure the patient's name and date "
                    "of birth can be read on it.",
                    r.id,
                    group="{n} records have no text to check: make sure the patient's name and "
                    "date of birth can be read on them.",
                )
            )
        elif surname and fold(surname) not in fold(body):
            found.append(
                Finding(
                    f"“{r.title}” does not mention “{surname}”. Centres ask for the patient's "
                    "name and date of birth on every record: is it the right patient?",
                    r.id,
                    serious=True,
                    group=f"{{n}} records do not mention “{surname}”. Centres ask for the "
                    "patient's name and date of birth on every record: are they the right "
                    "patient's?",
                )
            )
    for rid, other in records.possible_duplicates(data.records).items():
        title = next(r.title for r in data.records if r.id == rid)
        found.append(
            Finding(
                f"“{title}” looks like a duplicate of “{other.title}”.",
                rid,
                group="{n} records look like duplicates of others.",
            )
        )
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
                    f"The section “{SECTIONS[key]}” is empty and will be left out.",
                    section=key,
                    group="{n} of the chosen sections are empty and will be left out.",
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
