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
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
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

# A folder's name: in English here, in the language installed on disk (translated at use).
UNKNOWN_CASE = QT_TRANSLATE_NOOP("salvage", "records whose case is unknown")


def untitled_name(record_id: int | str) -> str:
    """What a record whose own entry is unreadable is called (and its file)."""
    return translate("salvage", "record {number} (title unknown)").format(number=record_id)


@dataclass
class SalvageReport:
    folder: Path
    saved: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    saved_records: list[int] = field(default_factory=list)  # record ids, in the order saved
    lost_records: list[int] = field(default_factory=list)
    untitled: list[int] = field(default_factory=list)  # saved, but their entry was unreadable

    def summary(self) -> str:
        # Counts in variables: lupdate drops a translate() whose arguments hold a call.
        saved, records, untitled, lost = (
            len(self.saved),
            len(self.saved_records),
            len(self.untitled),
            len(self.lost),
        )
        if records:
            of_them = translate("salvage", "%n of them record(s)", None, records)
            first = translate("salvage", "Saved %n item(s) to {folder}, {of_them}.", None, saved)
        else:
            of_them = ""
            first = translate("salvage", "Saved %n item(s) to {folder}.", None, saved)
        said = [first.format(folder=self.folder, of_them=of_them)]
        if untitled:
            unreadable = translate(
                "salvage",
                "%n record(s) had an unreadable entry: saved from their contents as “{name}”.",
                None,
                untitled,
            )
            said.append(unreadable.format(name=untitled_name("N")))
        if lost:
            items = "; ".join(self.lost[:5]) + ("…" if lost > 5 else ".")
            said.append(
                translate("salvage", "%n could not be read: {items}", None, lost).format(
                    items=items
                )
            )
        return " ".join(said)


def _safe(name: str) -> str:
    return re.sub(r"[^\w\- .()]+", "", name).strip()[:70] or translate("salvage", "untitled")


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
            translate(
                "salvage",
                "The vault's database (vault.db) is missing from {folder}, so there is nothing "
                "to salvage. Restore the vault from a backup if you have one.",
            ).format(folder=folder)
        )
    vault = Vault.open_damaged(folder, passphrase)
    report = SalvageReport(fsutil.ensure_private_dir(Path(out)))
    try:
        progress(0, 0, translate("salvage", "Reading the cases"))
        found, unreadable = read_cases(vault)
        folders: dict[int, Path] = {}
        for n, case in enumerate(found, start=1):
            cancel.raise_if_cancelled()
            reading_case = translate("salvage", "Reading {name}").format(name=case.patient_name)
            progress(n - 1, len(found), reading_case)
            assert case.id is not None
            folders[case.id] = _save_case(vault, case, report)
        for case_id in unreadable:
            report.lost.append(
                translate("salvage", "the details of case {number}").format(number=case_id)
            )
        progress(0, 0, translate("salvage", "Reading the records"))
        for read in read_records(vault):
            cancel.raise_if_cancelled()
            _save_record(read, folders, report)
        progress(1, 1, translate("salvage", "Done"))
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
        report.lost.append(
            translate("salvage", "some details of {name}'s case").format(name=case.patient_name)
        )
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
            unreadable = translate("salvage", "{number} (case details unreadable)")
            where = report.folder / _safe(unreadable.format(number=rec.case_id))
        stem = f"{rec.id} {_safe(rec.title)}"
    else:
        name = untitled_name(read.record_id)
        where = report.folder / _safe(translate("salvage", UNKNOWN_CASE))
        stem = name
    if read.data is None:
        report.lost.append(
            translate("salvage", "{name} ({problem})").format(name=name, problem=read.problem)
        )
        report.lost_records.append(read.record_id)
        return
    suffix = filetypes.SUFFIX.get(read.media_type or "", "")
    fsutil.atomic_write_bytes(fsutil.ensure_private_dir(where) / f"{stem}{suffix}", read.data)
    report.saved.append(f"{where.name}: {name}")
    report.saved_records.append(read.record_id)
    if rec is None:
        report.untitled.append(read.record_id)
