"""Importing files into a case: check, hash, parse in the sandbox, store one record per
transaction.

Order of work for each file: cheap checks (empty, unreadable, wrong type) and SHA-256,
a few files ahead on a thread of their own (source_files.py; duplicates are reported, not
stored twice), parsing and the first pages' suggestions in a sandboxed worker (text, page
count, thumbnail; guesses.py), then one transaction that stores the row, the content in
1 MiB chunks read again from disk, the page text and the thumbnail. A crash or a Cancel at
any moment leaves only complete records.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress, no_progress
from secondop_desktop.i18n import translate
from secondop_desktop.records import (
    guesses,
    ocr_queue,
    structured,
    structured_import,
)
from secondop_desktop.records.sandbox import SandboxPool, Task
from secondop_desktop.records.source_files import (
    ChangedWhileImporting,
    bytes_chunks,
    expand_paths,
    file_chunks,
    looked_ahead,
    shown,
    shown_name,
    unreadable,
)
from secondop_desktop.records.structured import Renderer
from secondop_desktop.store import StorageFull, Vault
from secondop_desktop.store import cases as case_repo
from secondop_desktop.store import records as repo

log = logging.getLogger(__name__)

# Each file is parsed and its first pages' suggestions made in the sandbox worker.
GUESSING_JOB = "secondop_desktop.records.guesses:parse_and_guess"
HASH_AHEAD = 4  # files checked and being hashed ahead of the one handed to a worker

IMPORTED, DUPLICATE, REJECTED, NEEDS_PASSWORD, CANCELLED = (
    "imported",
    "duplicate",
    "rejected",
    "needs_password",
    "cancelled",
)


@dataclass
class ImportItem:
    path: str
    status: str
    reason: str = ""  # why it was not imported; for a repaired PDF, what was done
    record_id: int | None = None
    sha256: str | None = None
    index: int = field(default=-1, repr=False)  # position among the input files
    repaired: bool = False  # a damaged PDF, imported through a repaired copy
    other_patient: bool = False  # a structured document naming someone else (reason: why)
    suggested: int = 0  # facts it newly offers for the user to accept (structured records)
    # PDFs a structured file carried, imported as records of their own (in the report
    # after the file; not in its JSON, where each is an item of its own).
    carried: list[ImportItem] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["index"], out["carried"]
        if self.status == NEEDS_PASSWORD:  # for scripts, a skipped protected PDF is rejected
            out["status"] = REJECTED
        return {k: v for k, v in out.items() if v not in (None, "", False)}


@dataclass
class ImportReport:
    items: list[ImportItem] = field(default_factory=list)
    cancelled: bool = False
    stopped_reason: str = ""  # why the import stopped early (the disk is full), if it did

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    def summary(self) -> str:
        """One sentence for the user, in the language installed (files counted by what
        became of them)."""
        imported = self.count(IMPORTED)
        repaired = sum(1 for i in self.items if i.status == IMPORTED and i.repaired)
        if repaired:
            parts = [
                translate("importer", "%n imported ({repaired})", None, imported).format(
                    repaired=translate("importer", "%n repaired", None, repaired)
                )
            ]
        else:
            parts = [translate("importer", "%n imported", None, imported)]
        if n := self.count(DUPLICATE):
            parts.append(translate("importer", "%n already in the case", None, n))
        if n := self.count(REJECTED):
            parts.append(translate("importer", "%n could not be imported", None, n))
        if n := self.count(NEEDS_PASSWORD):
            parts.append(translate("importer", "%n needs a password", None, n))
        offered = sum(i.suggested for i in self.items)
        if offered:
            parts.append(
                translate("importer", "%n fact(s) suggested for you to review", None, offered)
            )
        if self.stopped_reason:
            return ", ".join(parts) + ". " + self.stopped_reason
        if self.cancelled:
            parts.append(translate("importer", "stopped before the end"))
        return ", ".join(parts) + "."


def import_files(
    vault: Vault,
    case_id: int,
    paths: Iterable[Path | str],
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    passwords: dict[str, str] | None = None,
    default_password: str | None = None,
    pool_factory: Callable[[], SandboxPool] | None = None,
    on_record: Callable[[ImportItem], None] | None = None,
    render_structured: Renderer | None = None,
) -> ImportReport:
    """Import files and folders into a case; returns what happened to each file.

    ``passwords`` maps a file path to the password to try for a protected PDF, and
    ``default_password`` is tried on every other protected PDF (the command line's
    ``--pdf-password-file``: portals often use one password, the date of birth, for all).
    Without one such a file is reported as ``needs_password`` and nothing is stored; a
    wrong one rejects the file with the reason.

    ``render_structured`` makes the readable PDF stored for a FHIR or C-CDA file (the
    packet's renderer, ``packet.structured.document_pdf``: given by the caller, since
    records/ does not import the packet); without it such files are refused.
    """
    cancel = cancel or CancelToken()
    passwords = passwords or {}
    case_row = case_repo.get(vault.db, case_id)
    if case_row is None:
        raise LookupError(
            translate("importer", "There is no case with id {id}.").format(id=case_id)
        )
    dob = dates.from_stored(case_row["patient_dob"])
    files = expand_paths(paths)
    report = ImportReport()
    total = len(files)
    progress(0, total, translate("importer", "Checking files…"))
    hashes: dict[str, str] = {}
    seen_in_batch: dict[str, str] = {}
    done = 0  # files handled, by the checks and after the workers

    def counted() -> None:
        nonlocal done
        done += 1
        # Every file handled counts (rejected and duplicates too), and the sentence says
        # so: "Imported 37 of 57" at 98 % read as lost files.
        progress(
            done,
            total,
            translate("importer", "{done} of {total} files read, {imported} imported").format(
                done=done, total=total, imported=report.count(IMPORTED)
            ),
        )

    def known(path: Path, sha: str) -> ImportItem | None:
        """The file as a duplicate, when it is one. The batch first: a file stored a
        moment ago is "imported just now"."""
        if sha in seen_in_batch:
            said = translate("importer", "The same file as {name}, imported just now.")
            return ImportItem(
                shown(path),
                DUPLICATE,
                said.format(name=shown_name(Path(seen_in_batch[sha]))),
                sha256=sha,
            )
        if (existing := repo.find_by_sha(vault.db, case_id, sha)) is not None:
            said = translate("importer", "Already in this case as “{title}”.")
            return ImportItem(
                shown(path), DUPLICATE, said.format(title=existing["title"]), sha256=sha
            )
        return None

    def checked() -> Iterator[Task]:
        """Each file worth parsing, checked and hashed when a worker is free for it (the
        next few hashed ahead): the workers parse the first files while the rest are
        hashed (hashing them all first kept both cores idle for seconds on a folder of
        photos)."""
        with contextlib.closing(looked_ahead(files, HASH_AHEAD)) as looked:
            for file in looked:
                if cancel.cancelled:
                    return
                item = ImportItem(shown(file.path), REJECTED, file.reason)
                if file.media is not None and file.sha256 is not None:
                    try:
                        sha = file.sha256.result()
                    except OSError as exc:
                        item.reason = unreadable(exc.strerror or "error")
                    else:
                        duplicate = known(file.path, sha)
                        if duplicate is None:
                            seen_in_batch[sha] = str(file.path)
                            hashes[str(file.path)] = sha
                            password = passwords.get(str(file.path), default_password)
                            name = shown_name(file.path)
                            yield Task(
                                file.index,
                                str(file.path),
                                job=GUESSING_JOB,
                                args=(str(file.path), file.media, password, name, dob),
                            )
                            continue
                        item = duplicate
                item.index = file.index
                report.items.append(item)
                counted()

    # One file waits in each worker behind the one it reads: storing a file waits for the
    # disk (each is its own durable transaction), and the workers go on meanwhile.
    factory = pool_factory or (lambda: SandboxPool(ahead=1))
    try:
        with factory() as pool:
            for outcome in pool.run(checked(), cancel):
                path = files[outcome.key]
                try:
                    item = _store_outcome(
                        vault,
                        case_id,
                        path,
                        hashes[str(path)],
                        outcome,
                        dob,
                        render_structured,
                        patient=str(case_row["patient_name"] or ""),
                    )
                except StorageFull as exc:
                    # Nothing of this file was kept (one transaction); stop here, say why.
                    item = ImportItem(shown(path), REJECTED, str(exc), sha256=hashes[str(path)])
                    item.index = outcome.key
                    report.items.append(item)
                    report.stopped_reason = str(exc)
                    raise Cancelled() from exc
                item.index = outcome.key
                report.items.append(item)
                for carried in item.carried:
                    carried.index = outcome.key
                    report.items.append(carried)
                if on_record is not None:
                    on_record(item)
                counted()
    except Cancelled:
        _mark_cancelled(report, files)
    report.items.sort(key=lambda item: item.index)
    return report


def _mark_cancelled(report: ImportReport, files: list[Path]) -> None:
    report.cancelled = True
    handled = {i.path for i in report.items}
    report.items.extend(
        ImportItem(
            shown(p),
            CANCELLED,
            translate("importer", "Not imported: the disk is full.")
            if report.stopped_reason
            else translate("importer", "Import stopped before this file."),
        )
        for p in files
        if shown(p) not in handled
    )


def _store_outcome(
    vault: Vault,
    case_id: int,
    path: Path,
    sha: str,
    outcome: Any,
    dob: date | None,
    render_structured: Renderer | None = None,
    *,
    patient: str = "",
) -> ImportItem:
    if outcome.reason is not None:
        return ImportItem(shown(path), REJECTED, outcome.reason, sha256=sha)
    parsed = outcome.parsed
    elsewhere = ""  # a structured document about someone else: said in the report
    if parsed.structured is not None:
        exact = dob if dob is not None and dates.of(dob).exact else None
        elsewhere = structured.someone_else(parsed.structured, patient, exact)
        try:
            parsed = structured_import.rendered(
                parsed, path, shown_name(path), sha, render_structured
            )
        except (ChangedWhileImporting, structured_import.ChangedWhileImporting):
            return ImportItem(
                shown(path),
                REJECTED,
                translate("importer", "The file changed while it was being imported; try again."),
                sha256=sha,
            )
        except structured_import.NoRenderer:
            return ImportItem(
                shown(path),
                REJECTED,
                translate(
                    "importer",
                    "FHIR and C-CDA documents are imported from SecondOp's window or its "
                    "secondop import command.",
                ),
                sha256=sha,
            )
    if parsed.needs_password:
        return ImportItem(
            shown(path),
            NEEDS_PASSWORD,
            translate("importer", "This PDF is protected by a password (often the date of birth)."),
            sha256=sha,
        )
    now = dates.utc_now_iso()
    offered = 0
    carried: list[ImportItem] = []
    row = _record_row(case_id, parsed, shown_name(path), sha, dob, now)
    if parsed.structured is not None:
        # Its date is the document's own (a disc's latest study, a summary's date), not a
        # date found in its text, which is often the patient's birth date.
        day = dates.from_iso_prefix(parsed.structured.date)
        row["date_of_service"] = day.isoformat() if day else None
        row["date_suggested"] = int(day is not None)
        if parsed.structured.studies:
            row["kind"] = "imaging_images"  # a disc's index: the images, on their disc
    chunks = (
        bytes_chunks(parsed.unlocked_pdf)
        if parsed.unlocked_pdf is not None
        else file_chunks(path, sha)
    )
    try:
        with vault.transaction() as db:
            record_id = repo.insert(db, row, chunks, parsed.texts, parsed.thumbnail_png)
            ocr_queue.queue_new(db, record_id, row, parsed.texts)
            if parsed.structured is not None:
                offered = structured_import.store_extras(
                    db, case_id, record_id, parsed.structured, not elsewhere, now
                )
                carried = _store_attached(db, case_id, path, parsed.attached, dob, now)
    except ChangedWhileImporting:
        return ImportItem(
            shown(path),
            REJECTED,
            translate("importer", "The file changed while it was being imported; try again."),
            sha256=sha,
        )
    except OSError as exc:
        return ImportItem(
            shown(path),
            REJECTED,
            unreadable(exc.strerror or "error"),
            sha256=sha,
        )
    log.info(
        "record imported (%s, %d pages%s)",
        parsed.media_type,
        parsed.page_count,
        ", repaired" if parsed.repaired else "",
    )
    item = ImportItem(
        shown(path),
        IMPORTED,
        parsed.repaired or elsewhere,
        record_id=record_id,
        sha256=sha,
        repaired=bool(parsed.repaired),
        other_patient=bool(elsewhere),
        suggested=offered,
    )
    item.carried = carried
    return item


def _record_row(
    case_id: int, parsed: Any, name: str, sha: str, dob: date | None, now: str
) -> dict[str, Any]:
    """A new record's row: its title, kind and date suggested from its first pages (by
    the worker that read it, or here for what the app made: a structured file's PDF)."""
    guessed = parsed.guesses or guesses.of(parsed.texts, parsed.meta_title, name, dob)
    suggested = guessed.date_of_service
    return {
        "case_id": case_id,
        "title": guessed.title,
        "kind": guessed.kind,
        "date_of_service": suggested.isoformat() if suggested else None,
        "date_suggested": int(suggested is not None),
        "source": "",
        "page_count": parsed.page_count,
        "original_name": name,  # displayable, whatever the bytes
        "media_type": parsed.media_type,
        "sha256": sha,
        "text_sha256": guessed.text_sha256,
        "unlocked_copy": _copy_flags(parsed),
        "created_at": now,
        "updated_at": now,
    }


def _store_attached(
    db: Any,
    case_id: int,
    path: Path,
    attached: list[tuple[str, bytes, Any]],
    dob: date | None,
    now: str,
) -> list[ImportItem]:
    """The PDFs a structured file carries, each a record of its own, in the file's own
    transaction; one already in the case is said, not stored twice."""
    items = []
    for name, data, parsed in attached:
        where = f"{shown(path)} › {name}"
        sha = hashlib.sha256(data).hexdigest()
        if isinstance(parsed, str):
            items.append(ImportItem(where, REJECTED, parsed, sha256=sha))
            continue
        existing = repo.find_by_sha(db, case_id, sha)
        if existing is not None:
            said = translate("importer", "Already in this case as “{title}”.")
            items.append(
                ImportItem(where, DUPLICATE, said.format(title=existing["title"]), sha256=sha)
            )
            continue
        row = _record_row(case_id, parsed, name, sha, dob, now)
        record_id = repo.insert(db, row, bytes_chunks(data), parsed.texts, parsed.thumbnail_png)
        ocr_queue.queue_new(db, record_id, row, parsed.texts)
        items.append(ImportItem(where, IMPORTED, record_id=record_id, sha256=sha))
    return items


def _copy_flags(parsed: Any) -> int:
    """The records table's ``unlocked_copy``: what the stored copy is (0: the file itself)."""
    if parsed.unlocked_pdf is None:
        return 0
    if parsed.structured is not None or parsed.converted:
        return records.COPY_RENDERED
    flags = records.COPY_UNLOCKED if parsed.protected else 0
    return flags | (records.COPY_REPAIRED if parsed.repaired else 0)
