"""Save what can still be read from a damaged vault, when there is no good backup.

The vault is opened read-only (nothing is written to it) and read around its damage
(:mod:`secondop_desktop.vault.salvage_rows`): each case and each record is looked up on
its own by its key, so one damaged page loses what is stored on it, never a whole list.
A record is saved when its stored bytes are what the record says it stores (the file as
imported matches its SHA-256; a repaired PDF holds that original; an unlocked copy is
whole). A record whose own entry is unreadable is rebuilt from its chunks and saved as
"record N (title unknown)", its type sniffed from its bytes."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from secondop_desktop import cases, summary
from secondop_desktop.core.jobs import CancelToken, Progress, no_progress
from secondop_desktop.records import filetypes
from secondop_desktop.store import Vault, VaultDamaged, fsutil
from secondop_desktop.store.layout import db_path
from secondop_desktop.store.vault import read_header
from secondop_desktop.vault.salvage_rows import (
    UNREADABLE,
    RecordRead,
    read_cases,
    read_records,
    reading,
)

__all__ = ["UNREADABLE", "SalvageReport", "salvage"]

UNKNOWN_CASE = "records whose case is unknown"


@dataclass
class SalvageReport:
    folder: Path
    saved: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    saved_records: list[int] = field(default_factory=list)  # record ids, in the order saved
    lost_records: list[int] = field(default_factory=list)
    untitled: list[int] = field(default_factory=list)  # saved, but their entry was unreadable

    def summary(self) -> str:
        text = f"Saved {len(self.saved)} item(s) to {self.folder}"
        text += f", {len(self.saved_records)} of them record(s)." if self.saved_records else "."
        if self.untitled:
            text += (
                f" {len(self.untitled)} record(s) had an unreadable entry: saved from their "
                "contents as “record N (title unknown)”."
            )
        if self.lost:
            text += f" {len(self.lost)} could not be read: " + "; ".join(self.lost[:5])
            text += "…" if len(self.lost) > 5 else "."
        return text


def _safe(name: str) -> str:
    return re.sub(r"[^\w\- .()]+", "", name).strip()[:70] or "untitled"


def salvage(
    folder: Path,
    passphrase: str,
    out: Path,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
) -> SalvageReport:
    cancel = cancel or CancelToken()
    folder = Path(folder)
    read_header(folder)  # no vault at all, or no header: its own sentence
    if not db_path(folder).exists():
        raise VaultDamaged(
            f"The vault's database (vault.db) is missing from {folder}, so there is nothing "
            "to salvage. Restore the vault from a backup if you have one."
        )
    vault = Vault.open_damaged(folder, passphrase)
    report = SalvageReport(fsutil.ensure_private_dir(Path(out)))
    try:
        progress(0, 0, "Reading the cases")
        found, unreadable = read_cases(vault)
        folders: dict[int, Path] = {}
        for n, case in enumerate(found, start=1):
            cancel.raise_if_cancelled()
            progress(n - 1, len(found), f"Reading {case.patient_name}")
            assert case.id is not None
            folders[case.id] = _save_case(vault, case, report)
        for case_id in unreadable:
            report.lost.append(f"the details of case {case_id}")
        progress(0, 0, "Reading the records")
        for read in read_records(vault):
            cancel.raise_if_cancelled()
            _save_record(read, folders, report)
        progress(1, 1, "Done")
    finally:
        vault.lock()
    return report


def _save_case(vault: Vault, case: cases.Case, report: SalvageReport) -> Path:
    assert case.id is not None
    target = fsutil.ensure_private_dir(report.folder / _safe(f"{case.id} {case.patient_name}"))
    try:
        with reading(vault):
            doc = summary.case_document(vault, case.id)
    except UNREADABLE:
        # The case's own row was read: keep at least that.
        doc = {"case": dataclasses.asdict(case)}
        report.lost.append(f"some details of {case.patient_name}'s case")
    fsutil.atomic_write_bytes(
        target / "case.json", json.dumps(doc, ensure_ascii=False, indent=1, default=str).encode()
    )
    report.saved.append(f"{case.patient_name}: case details")
    return target


def _save_record(read: RecordRead, folders: dict[int, Path], report: SalvageReport) -> None:
    rec = read.record
    if rec is not None:
        name = f"“{rec.title}”"
        where = folders.get(rec.case_id)
        if where is None:
            where = report.folder / _safe(f"{rec.case_id} (case details unreadable)")
        stem = f"{rec.id} {_safe(rec.title)}"
    else:
        name = f"record {read.record_id} (title unknown)"
        where = report.folder / UNKNOWN_CASE
        stem = name
    if read.data is None:
        report.lost.append(f"{name} ({read.problem})")
        report.lost_records.append(read.record_id)
        return
    suffix = filetypes.SUFFIX.get(read.media_type or "", "")
    fsutil.atomic_write_bytes(fsutil.ensure_private_dir(where) / f"{stem}{suffix}", read.data)
    report.saved.append(f"{where.name}: {name}")
    report.saved_records.append(read.record_id)
    if rec is None:
        report.untitled.append(read.record_id)
