"""Checks before export, shown as a list the user can act on: what second-opinion centres
reject packets for (no name on a record, reports without their images), what confuses a
reader (undated records, duplicates, empty sections), and what will not go by email.

Findings of one sort (twelve undated records) are shown as one line with their number,
which opens onto the records themselves (:func:`grouped`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from secondop_desktop import records
from secondop_desktop.core.text import fold
from secondop_desktop.i18n import translate
from secondop_desktop.packet import content
from secondop_desktop.packet.spec import SECTIONS, PacketSpec, title
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
    # The sort of finding (a key of _GROUP_LINES): findings of one sort are grouped under
    # the line that says how many. Empty: always shown on its own.
    group: str = ""
    about: str = ""  # what that line names besides the number (the patient's surname)


# The line that stands for several findings of one sort, in the language installed.
_GROUP_LINES: dict[str, Callable[[int], str]] = {
    "undated": lambda n: translate("preflight", "%n record(s) have no date.", None, n),
    "no_kind": lambda n: translate(
        "preflight", "%n record(s) have no kind (report, lab result…).", None, n
    ),
    "no_text": lambda n: translate(
        "preflight",
        "%n record(s) have no text to check: make sure the patient's name and date of birth "
        "can be read on them.",
        None,
        n,
    ),
    "other_patient": lambda n: translate(
        "preflight",
        "%n record(s) do not mention “{surname}”. Centres ask for the patient's name and "
        "date of birth on every record: are they the right patient's?",
        None,
        n,
    ),
    "duplicate": lambda n: translate(
        "preflight", "%n record(s) look like duplicates of others.", None, n
    ),
    "empty_section": lambda n: translate(
        "preflight", "%n of the chosen sections are empty and will be left out.", None, n
    ),
}


@dataclass(frozen=True)
class Group:
    """One line of the checks: a finding on its own, or several of one sort."""

    findings: tuple[Finding, ...]

    @property
    def text(self) -> str:
        first = self.findings[0]
        if len(self.findings) == 1 or not first.group:
            return first.text
        return _GROUP_LINES[first.group](len(self.findings)).format(surname=first.about)

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
            text = translate("preflight", "“{title}” has no date.").format(title=r.title)
            found.append(Finding(text, r.id, group="undated"))
        if r.kind == "other":
            text = translate("preflight", "“{title}” has no kind (report, lab result…).")
            found.append(Finding(text.format(title=r.title), r.id, group="no_kind"))
        body = records.record_text(vault, r.id)
        if not body.strip():
            text = translate(
                "preflight",
                "“{title}” has no text to check: make sure the patient's name and date of "
                "birth can be read on it.",
            )
            found.append(Finding(text.format(title=r.title), r.id, group="no_text"))
        elif surname and fold(surname) not in fold(body):
            text = translate(
                "preflight",
                "“{title}” does not mention “{surname}”. Centres ask for the patient's name "
                "and date of birth on every record: is it the right patient?",
            )
            found.append(
                Finding(
                    text.format(title=r.title, surname=surname),
                    r.id,
                    serious=True,
                    group="other_patient",
                    about=surname,
                )
            )
    for rid, other in records.possible_duplicates(data.records).items():
        mine = next(r.title for r in data.records if r.id == rid)
        text = translate("preflight", "“{title}” looks like a duplicate of “{other}”.")
        found.append(Finding(text.format(title=mine, other=other.title), rid, group="duplicate"))
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
                    translate(
                        "preflight",
                        "There are imaging reports but not the images themselves. Centres "
                        "usually want the scans on a disc or USB stick; ask the radiology "
                        "department.",
                    ),
                    serious=True,
                )
            )
    shown = set(data.sections)
    # Lab results and imaging discs come from what was imported or typed there; most
    # cases have none, and a note on every packet saying so would be noise.
    quiet = {"summary", "labs", "imaging"}
    for key in spec.sections:
        if key not in quiet and key not in shown:
            text = translate("preflight", "The section “{section}” is empty and will be left out.")
            found.append(
                Finding(
                    text.format(section=title(SECTIONS[key])), section=key, group="empty_section"
                )
            )
    estimate = estimate_size(data.records, spec)
    if estimate > EMAIL_LIMIT:
        found.append(
            Finding(
                translate(
                    "preflight",
                    "The packet will be about {size} MB: too large for most email. Choose a "
                    "smaller image quality, fewer records, or send it on a USB stick.",
                ).format(size=f"{estimate / 1048576:.0f}"),
                serious=True,
            )
        )
    found.sort(key=lambda f: not f.serious)
    return found


def estimate_size(recs: list[records.Record], spec: PacketSpec) -> int:
    per_photo = PHOTO_BYTES[spec.quality]
    return 150_000 + sum(r.size if r.is_pdf else per_photo * r.page_count for r in recs)
