"""The pages waiting for their text to be read, and reading them (issue 20).

Import queues every page that has no text of its own (a photo, a scan, an image-only PDF
page; never a PDF SecondOp laid out itself, nor a disc's key image), in the record's own
transaction. :func:`run` reads them one page at a time in a sandbox worker, each page's
result stored in its own transaction: a lock, a quit or a crash loses at most the page
being read, which stays queued and is read at the next run. Cancel stops between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import Cancelled, CancelToken, Progress, no_progress
from secondop_desktop.i18n import translate
from secondop_desktop.records import filetypes, ocr, same_text, straightening
from secondop_desktop.records.sandbox import SandboxPool, Task
from secondop_desktop.store import ConstraintFailed, Vault
from secondop_desktop.store import ocr as repo
from secondop_desktop.store import straightening as straightening_repo

PAGE_TIME_LIMIT = 120.0  # a dense page takes 5-15 s on a laptop core; a stuck one, never


def pages_to_read(media_type: str, page_count: int, texts: list[str], flags: int) -> list[int]:
    """The pages of a new record that need reading: those with no text of their own, in a
    photo, scan or PDF the user brought (``flags``: how the stored copy was made)."""
    if flags & records.COPY_RENDERED:
        return []
    if media_type != filetypes.PDF and not media_type.startswith("image/"):
        return []
    return [n for n in range(1, page_count + 1) if n > len(texts) or not texts[n - 1].strip()]


def queue_new(db: Any, record_id: int, row: dict[str, Any], texts: list[str]) -> None:
    """Queue a new record's pages that have no text of their own, in the transaction that
    stores it (``row``: the record's row as stored; an import, a case file, a carried PDF)."""
    pages = pages_to_read(row["media_type"], row["page_count"], texts, row["unlocked_copy"])
    repo.enqueue(db, record_id, pages)


def waiting(vault: Vault, case_id: int | None) -> int:
    return repo.waiting(vault.db, case_id)


def waiting_by_record(vault: Vault, case_id: int) -> dict[int, int]:
    """record -> how many of its pages wait to be read (records with none: absent)."""
    return repo.waiting_by_record(vault.db, case_id)


@dataclass
class OcrReport:
    read: int = 0  # pages whose words were read (some may have none)
    failed: int = 0
    cancelled: bool = False
    unavailable: bool = False  # the engine is not installed
    seconds: list[float] | None = None  # per page, as the worker measured it


def run(
    vault: Vault,
    case_id: int | None,
    *,
    cancel: CancelToken | None = None,
    progress: Progress = no_progress,
    pool_factory: Any = None,
    reading: Callable[[int, int, int], None] | None = None,
) -> OcrReport:
    """Read every waiting page of a case (of every case: None), one at a time.
    ``reading(record, page, pages)`` is told which page is read next (the Records list
    shows it on the record's row)."""
    report = OcrReport(seconds=[])
    if not ocr.available():
        report.unavailable = True
        return report
    cancel = cancel or CancelToken()
    pages = repo.pending(vault.db, case_id)
    if not pages:
        return report
    factory = pool_factory or (lambda: SandboxPool(1, time_limit=PAGE_TIME_LIMIT, warm_up=False))
    content: tuple[int, bytes, records.Record, str, str] | None = None
    try:
        with factory() as pool:
            for n, (record_id, page) in enumerate(pages):
                if cancel.cancelled:
                    raise Cancelled()
                if content is None or content[0] != record_id:
                    try:
                        rec = records.get_record(vault, record_id)
                    except LookupError:
                        continue  # deleted meanwhile: its queue went with it
                    shown = straightening_repo.shown(vault.db, record_id)
                    data, flat = straightening.shown_content(vault, record_id)
                    media = straightening.JPEG if flat else rec.media_type
                    content = (record_id, data, rec, media, shown)
                _, data, rec, media, shown = content
                if reading is not None:
                    reading(record_id, page, rec.page_count)
                progress(
                    n,
                    len(pages),
                    translate(
                        "ocr_queue", "Reading text: page {page} of {pages} of “{title}”"
                    ).format(page=page, pages=rec.page_count, title=rec.title),
                )
                task = Task(
                    (record_id, page),
                    job="secondop_desktop.records.ocr:read_page",
                    args=(data, media, page, rec.rotation),
                )
                (outcome,) = list(pool.run([task], cancel))
                _keep(vault, record_id, page, outcome, report, rec.rotation, shown)
            progress(len(pages), len(pages), translate("ocr_queue", "Text read"))
    except Cancelled:
        report.cancelled = True
    return report


def _keep(
    vault: Vault,
    record_id: int,
    page: int,
    outcome: Any,
    report: OcrReport,
    rotation: int,
    shown: str,
) -> None:
    """Store what reading one page gave, in one transaction; ``shown``: the picture it was
    read from (:func:`store.straightening.shown`)."""
    now = dates.utc_now_iso()
    try:
        with vault.transaction() as db:
            if straightening_repo.shown(db, record_id) != shown:
                # Straightened (or back to the photo) while this page was read: these words
                # are of a picture no longer shown; the page is queued again for the new one.
                return
            if outcome.reason is not None:
                repo.store(db, record_id, page, status="failed", reason=outcome.reason, now=now)
                report.failed += 1
            else:
                read: ocr.OcrPage = outcome.parsed
                # Suggested once, from the first reading: a page read again after the user
                # straightened it (or put the photo back) must not re-guess a kind they
                # set back to Other. A record offered or straightened has been read.
                first = straightening_repo.get(db, record_id) is None
                repo.store(
                    db,
                    record_id,
                    page,
                    status="done",
                    text=read.text,
                    lines=[[t, box, score] for t, box, score in read.lines],
                    size=read.size,
                    rotation=rotation,
                    seconds=read.seconds,
                    engine=ocr.ENGINE,
                    now=now,
                )
                report.read += 1
                if report.seconds is not None:
                    report.seconds.append(read.seconds)
                if page == 1 and read.text.strip() and first:
                    _suggest_from(db, record_id, read.text)
                if read.outline is not None:  # a photo of paper at an angle: offer to flatten
                    straightening_repo.offer(db, record_id, read.outline)
            if not repo.waiting_for(db, record_id):
                same_text.settle(db, record_id)  # the same-text duplicate check sees it
    except ConstraintFailed:
        pass  # the record was deleted while its page was read


def _suggest_from(db: Any, record_id: int, text: str) -> None:
    """What the first page's words suggest, as import does from a PDF's text: a date of
    service (marked as a suggestion, to confirm) and a kind, where the record has none
    yet. Never over what the user chose."""
    from secondop_desktop.records import meta
    from secondop_desktop.store import cases as case_repo
    from secondop_desktop.store import records as record_repo

    row = record_repo.get(db, record_id)
    if row is None:
        return
    changes: dict[str, Any] = {}
    if row["date_of_service"] is None:
        case = case_repo.get(db, int(row["case_id"]))
        dob = dates.from_stored(case["patient_dob"]) if case else None
        when = meta.suggest_date(text, dob=dob)
        if when is not None:
            changes |= {"date_of_service": when.isoformat(), "date_suggested": 1}
    if row["kind"] == "other":
        kind = meta.guess_kind(text, str(row["original_name"]))
        if kind != "other":
            changes["kind"] = kind
    if changes:
        record_repo.update(db, record_id, changes)
