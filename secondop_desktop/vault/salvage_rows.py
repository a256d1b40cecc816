"""Salvage's reads around damage: every case and record is looked up on its own by its
key (never through a list, an index or a scan), and a record's bytes are rebuilt from its
chunks even when its own row cannot be read.

A damaged page raises only for the rows stored on it. Which keys to try comes from the
highest key of each table (read along the b-tree's rightmost path); when none of those
can be read, keys are probed upwards until a long run of empty ones."""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from secondop_desktop import cases, records
from secondop_desktop.i18n import translate
from secondop_desktop.records import filetypes
from secondop_desktop.store import Vault, VaultError
from secondop_desktop.store import salvage_rows as rows

# What one unreadable part raises: the store's own errors (a damaged page arrives as
# PageDamaged, a VaultError; the store lets no sqlite exception through), and the
# services' "not found" and bad-value errors when a row itself is garbled.
UNREADABLE = (VaultError, LookupError, ValueError)

PROBE_GAP = 512  # empty keys in a row that end the probing when no highest key is readable


@contextlib.contextmanager
def reading(vault: Vault) -> Iterator[None]:
    """Wrap every read that may meet damage: after a damaged page the connection is
    replaced (SQLCipher fails every later read on it), then the error goes on."""
    try:
        yield
    except VaultError:
        vault.reconnect()
        raise


def _keys(vault: Vault, tables: tuple[str, ...], exists: Callable[[int], bool]) -> Iterator[int]:
    highest: int | None = None
    for table in tables:
        try:
            with reading(vault):
                top = rows.highest_key(vault.db, table)
        except UNREADABLE:
            continue
        highest = top if highest is None else max(highest, top)
    if highest is not None:
        yield from range(1, highest + 1)
        return
    key, misses = 1, 0
    while misses < PROBE_GAP:
        yield key
        try:
            with reading(vault):
                found = exists(key)
        except UNREADABLE:
            found = False
        misses = 0 if found else misses + 1
        key += 1


def _case_exists(vault: Vault, case_id: int) -> bool:
    cases.get_case(vault, case_id)
    return True


def read_cases(vault: Vault) -> tuple[list[cases.Case], list[int]]:
    """The cases whose rows can be read, and the keys whose rows could not."""
    found: list[cases.Case] = []
    unreadable: list[int] = []

    def exists(case_id: int) -> bool:
        try:
            return _case_exists(vault, case_id)
        except cases.CaseNotFound:
            return False

    for case_id in _keys(vault, ("cases",), exists):
        try:
            with reading(vault):
                found.append(cases.get_case(vault, case_id))
        except cases.CaseNotFound:
            continue
        except UNREADABLE:
            unreadable.append(case_id)
    return found, unreadable


@dataclass
class RecordRead:
    """One record as salvage found it: its row (None when unreadable), its bytes (None
    when lost) and, when lost, why."""

    record_id: int
    record: records.Record | None
    data: bytes | None = None
    problem: str = ""

    @property
    def media_type(self) -> str | None:
        if self.record is not None:
            return self.record.media_type
        return filetypes.sniff(self.data[: filetypes.HEAD_BYTES]) if self.data else None


class _Positions:
    """Where each chunk sits in key order, found by walking the table (forwards, then
    backwards from the end when a damaged page stops the walk); taken on first need."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._found: dict[tuple[int, int], tuple[int, bool]] | None = None
        self._forward = 0  # entries the forward walk reached
        self._whole = False  # the forward walk reached the end

    def of(self, key: tuple[int, int]) -> tuple[int, bool] | None:
        """The chunk's place in a walk: (position, from the end), or None if not found."""
        if self._found is None:
            self._found = {}
            for backwards in (False, True):
                if self._walk(self._found, backwards=backwards):
                    break  # a whole walk: nothing more to find
        return self._found.get(key)

    def _walk(self, found: dict[tuple[int, int], tuple[int, bool]], *, backwards: bool) -> bool:
        """One walk; True when it reached the other end of the table."""
        n = 0  # places this walk has reported
        try:
            with reading(self.vault):
                for key in rows.chunk_keys(self.vault.db, backwards=backwards):
                    found.setdefault(key, (n, backwards))
                    self._forward += not backwards
                    n += 1
            self._whole = not backwards
            return True
        except UNREADABLE:
            pass
        # The walk may read a row ahead: step to the places it did not report, one by one.
        while True:
            try:
                with reading(self.vault):
                    key = rows.chunk_key_at(self.vault.db, n, backwards=backwards)
            except LookupError:
                self._whole = not backwards
                return True
            except UNREADABLE:
                return False
            found.setdefault(key, (n, backwards))
            self._forward += not backwards
            n += 1

    def places(self, where: tuple[int, bool]) -> list[tuple[int, bool]]:
        """Ways to step to a place: from the start, and from the end too when the forward
        walk was whole (stepping may have to pass a damaged entry on one side)."""
        n, backwards = where
        if backwards or not self._whole:
            return [where]
        return [where, (self._forward - 1 - n, True)]

    def ends_after(self, key: tuple[int, int]) -> bool:
        """Whether the entry after ``key`` in key order was seen (or the table ends there), so
        a record whose next chunk was not found has no more chunks. Each walk is unbroken
        from its end of the table: the backward walk saw everything after what it found."""
        where = self.of(key)
        if where is None:
            return False
        n, backwards = where
        return backwards or self._whole or n + 1 < self._forward


def read_records(vault: Vault) -> Iterator[RecordRead]:
    """Every record that may exist: saved (``data`` set) or lost (``problem`` set)."""
    positions = _Positions(vault)

    def exists(record_id: int) -> bool:
        try:
            records.get_record(vault, record_id)
            return True
        except records.RecordNotFound:
            return rows.has_chunks(vault.db, record_id)

    for record_id in _keys(vault, ("records", "record_chunks", "record_thumbs"), exists):
        try:
            with reading(vault):
                record: records.Record | None = records.get_record(vault, record_id)
        except records.RecordNotFound:
            continue  # deleted (its chunks went with it)
        except UNREADABLE:
            record = None
        read = _read_one(vault, record_id, record, positions)
        if read is not None:
            yield read


def _read_one(
    vault: Vault, record_id: int, record: records.Record | None, positions: _Positions
) -> RecordRead | None:
    """None when there is nothing to read: an unreadable row with no chunks under its key
    (a deleted record's key, or a key never used, that falls in a damaged page)."""
    read = RecordRead(record_id, record)
    try:
        with reading(vault):
            data = _chunks(vault, record_id)
    except UNREADABLE:
        data = _chunks_by_position(vault, record_id, positions, checked=record is not None)
        if data is None:
            read.problem = translate("salvage_rows", "part of its contents is in a damaged page")
            return read
    if record is None:
        if data is None:
            return None
        # No SHA-256 to compare with: each page's own check (SQLCipher's HMAC) vouches
        # for the bytes, and every chunk up to the last was read.
        read.data = data
        return read
    if data is None:
        read.problem = translate("salvage_rows", "its contents are missing")
        return read
    problem = stored_copy_problem(record, data)
    if problem:
        read.problem = problem
    else:
        read.data = data
    return read


def _chunks(vault: Vault, record_id: int) -> bytes | None:
    parts: list[bytes] = []
    while (part := rows.chunk(vault.db, record_id, len(parts))) is not None:
        parts.append(part)
    return b"".join(parts) if parts else None


def _chunks_by_position(
    vault: Vault, record_id: int, positions: _Positions, *, checked: bool
) -> bytes | None:
    """The record's chunks read by their place in the table, never by a seek (see
    store.salvage_rows.chunk_keys); None when one of them cannot be read. ``checked``: the
    record's row was read, so its SHA-256 (or size) will tell whether they are all here."""
    parts: list[bytes] = []
    while True:
        seq = len(parts)
        where = positions.of((record_id, seq))
        if where is None:
            # Past the last chunk, or a chunk the walks did not reach: only a walk that
            # saw the next record's first chunk (or the end) proves the record whole.
            whole = checked or positions.ends_after((record_id, seq - 1))
            return b"".join(parts) if parts and whole else None
        found = None
        for n, backwards in positions.places(where):
            try:
                with reading(vault):
                    found = rows.chunk_at(vault.db, n, backwards=backwards)
                break
            except UNREADABLE:
                continue
        if found is None or found[:2] != (record_id, seq):
            return None
        parts.append(found[2])


def stored_copy_problem(record: records.Record, data: bytes) -> str:
    """Why the stored bytes are not what the record says it stores ("" when they are).

    The file as imported must match the record's SHA-256; a repaired PDF must hold that
    original inside it; an unlocked copy (its original not kept, nothing to hash) must be
    the record's size and type, all of its chunks read through their page checks."""
    if record.repaired:
        if _holds_original(data, record.sha256):
            return ""
        return translate("salvage_rows", "its original is no longer inside")
    if record.unlocked_copy:
        sniffed = filetypes.sniff(data[: filetypes.HEAD_BYTES])
        if len(data) == record.size and sniffed == record.media_type:
            return ""
        return translate("salvage_rows", "its unlocked copy is incomplete")
    if hashlib.sha256(data).hexdigest() != record.sha256:
        return translate("salvage_rows", "its contents no longer match")
    return ""


def _holds_original(data: bytes, sha256: str) -> bool:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        attachments = PdfReader(io.BytesIO(data)).attachments
        return any(
            hashlib.sha256(copy).hexdigest() == sha256
            for copies in attachments.values()
            for copy in copies
        )
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return False
