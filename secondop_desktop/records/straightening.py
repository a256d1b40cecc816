"""Straightening a record's photo of paper (issue 20), as the window and the packet ask for
it: is it offered, what picture to show, and the user's choice. The pictures are made in
a sandbox worker (:mod:`records.straighten`); the record's file is never changed.

Choosing or undoing changes the picture the words were read from, so the words read are
forgotten and the page is queued to be read again (search, the checks and the packet's
text layer then follow the picture shown).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secondop_desktop import records
from secondop_desktop.core import dates
from secondop_desktop.core.jobs import CancelToken
from secondop_desktop.records import straighten
from secondop_desktop.records.parsing import Rejected
from secondop_desktop.records.sandbox import SandboxPool, Task
from secondop_desktop.store import Vault
from secondop_desktop.store import ocr as ocr_repo
from secondop_desktop.store import straightening as repo

TIME_LIMIT = 60.0  # a 50-megapixel photo is laid flat in a few seconds
JPEG = "image/jpeg"


@dataclass(frozen=True)
class Status:
    state: str  # "offered", "straightened" or "kept"
    corners: straighten.Corners
    size: tuple[int, int]  # the straightened picture's, when chosen

    @property
    def straightened(self) -> bool:
        return self.state == "straightened"


def can_straighten(record: records.Record) -> bool:
    """A one-page photo or scan the user brought (a TIFF of several pages is a scanner's,
    already flat; a PDF's pages are left as their source shows them)."""
    from secondop_desktop.records import ocr

    return (
        record.media_type.startswith("image/")
        and record.page_count == 1
        and not record.rendered  # a disc's key image: a picture of a body, not of paper
        and straighten.available()
        and ocr.available()  # its words are forgotten, to be read again from the flat page
    )


def status(vault: Vault, record_id: int) -> Status | None:
    row = repo.get(vault.db, record_id)
    return Status(row["state"], row["corners"], row["size"]) if row else None


def offered(vault: Vault, record_ids: list[int]) -> set[int]:
    return repo.offered(vault.db, record_ids)


def shown_content(vault: Vault, record_id: int) -> tuple[bytes, bool]:
    """The picture to show, read and print: the straightened one when chosen (and True),
    else the record's own file."""
    flat = repo.picture(vault.db, record_id)
    return (flat, True) if flat is not None else (records.read_content(vault, record_id), False)


def thumbnail(vault: Vault, record_id: int) -> bytes | None:
    return repo.thumbnail(vault.db, record_id) or records.thumbnail(vault, record_id)


def _job(name: str, args: tuple[object, ...], cancel: CancelToken | None) -> object:
    with SandboxPool(1, time_limit=TIME_LIMIT, warm_up=False) as pool:
        (outcome,) = list(
            pool.run([Task(name, job=f"secondop_desktop.records.straighten:{name}", args=args)],
                     cancel or CancelToken())
        )  # fmt: skip
    if outcome.reason is not None:
        raise Rejected(outcome.reason)
    return outcome.parsed


def find(
    vault: Vault, record_id: int, cancel: CancelToken | None = None
) -> straighten.Corners | None:
    """The outline found before (offered or chosen), or looked for now in a worker."""
    known = status(vault, record_id)
    if known is not None:
        return known.corners
    record = records.get_record(vault, record_id)
    found = _job("outline_of", (records.read_content(vault, record_id), record.media_type), cancel)
    return found if isinstance(found, list) else None


def make(
    vault: Vault, record_id: int, corners: straighten.Corners, cancel: CancelToken | None = None
) -> straighten.Straightened:
    """The page laid flat (to show before the user chooses; nothing is stored)."""
    record = records.get_record(vault, record_id)
    data = records.read_content(vault, record_id)
    made = _job("straighten", (data, record.media_type, corners), cancel)
    assert isinstance(made, straighten.Straightened)
    return made


def choose(
    vault: Vault, record_id: int, corners: straighten.Corners, made: straighten.Straightened
) -> None:
    """Use the straightened picture for this record from now on (the file stays)."""
    with vault.transaction() as db:
        repo.decide(db, record_id, corners=corners, now=dates.utc_now_iso(), picture=made.jpeg,
                    size=made.size, thumbnail=made.thumbnail_png)  # fmt: skip
        _read_again(db, record_id)


def keep_as_is(vault: Vault, record_id: int, corners: straighten.Corners) -> None:
    """The photo as it is (declining the offer, or undoing a straightening)."""
    was = status(vault, record_id)
    with vault.transaction() as db:
        repo.decide(db, record_id, corners=corners, now=dates.utc_now_iso())
        if was is not None and was.straightened:
            _read_again(db, record_id)


def _read_again(db: Any, record_id: int) -> None:
    ocr_repo.forget_read(db, record_id)
    ocr_repo.enqueue(db, record_id, [1])
