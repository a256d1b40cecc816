"""Save what can still be read from a damaged vault, when there is no good backup.

The vault is opened read-only (nothing is written to it); each case's details and each
record are read on their own, so one damaged page loses one record, not all of them. A
record is saved only if its bytes still match the SHA-256 taken at import."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from secondop_desktop import cases, records, summary
from secondop_desktop.core.jobs import CancelToken, Progress, no_progress
from secondop_desktop.records import filetypes
from secondop_desktop.store import Vault, VaultError, fsutil

# What one unreadable part raises: the store's own errors (a damaged page arrives as
# PageDamaged, a VaultError; the store lets no sqlite exception through), and the
# services' "not found" and bad-value errors when a row itself is garbled.
UNREADABLE = (VaultError, LookupError, ValueError)


@dataclass
class SalvageReport:
    folder: Path
    saved: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"Saved {len(self.saved)} item(s) to {self.folder}."
        if self.lost:
            text += f" {len(self.lost)} could not be read: " + "; ".join(self.lost[:5])
            text += "…" if len(self.lost) > 5 else "."
        return text


def _safe(name: str) -> str:
    return re.sub(r"[^\w\- .]+", "", name).strip()[:70] or "untitled"


def salvage(
    folder: Path,
    passphrase: str,
    out: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> SalvageReport:
    cancel = cancel or CancelToken()
    vault = Vault.open_damaged(folder, passphrase)
    report = SalvageReport(fsutil.ensure_private_dir(Path(out)))
    try:
        try:
            found = cases.list_cases(vault, include_archived=True)
        except UNREADABLE:
            report.lost.append("the list of cases")
            return report
        for n, case in enumerate(found, start=1):
            cancel.raise_if_cancelled()
            progress(n - 1, len(found), f"Reading {case.patient_name}")
            _salvage_case(vault, case, report)
        progress(len(found), len(found), "Done")
    finally:
        vault.lock()
    return report


def _salvage_case(vault: Vault, case: cases.Case, report: SalvageReport) -> None:
    assert case.id is not None
    target = fsutil.ensure_private_dir(report.folder / _safe(f"{case.id} {case.patient_name}"))
    try:
        doc = summary.case_document(vault, case.id)
    except UNREADABLE:
        report.lost.append(f"the details of {case.patient_name}'s case")
    else:
        fsutil.atomic_write_bytes(
            target / "case.json", json.dumps(doc, ensure_ascii=False, indent=1).encode()
        )
        report.saved.append(f"{case.patient_name}: case details")
    try:
        recs = records.list_records(vault, case.id)
    except UNREADABLE:
        report.lost.append(f"the list of {case.patient_name}'s records")
        return
    for rec in recs:
        try:
            data = records.read_content(vault, rec.id)
        except UNREADABLE:
            report.lost.append(f"“{rec.title}”")
            continue
        if hashlib.sha256(data).hexdigest() != rec.sha256:
            report.lost.append(f"“{rec.title}” (its contents no longer match)")
            continue
        suffix = filetypes.SUFFIX.get(rec.media_type, "")
        fsutil.atomic_write_bytes(target / f"{rec.id} {_safe(rec.title)}{suffix}", data)
        report.saved.append(f"{case.patient_name}: {rec.title}")
