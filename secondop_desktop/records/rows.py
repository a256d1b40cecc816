"""A case's records in list order, read from the vault a block at a time as they are asked
for, each made a record when first needed.

Opening the Records tab of a case of 50,000 records read every column of every row (0.3 s)
and built 50,000 Record objects (0.25 s) for a table that paints forty. :class:`RecordRows`
reads only each record's id and text hash up front (the order, the count and the same-text
check need nothing more), and the rest of a row with the block of ``BLOCK`` rows around it
the first time one of them is asked for.

A record removed after the list was read (a stale list in a picker, until it is refilled)
comes back as ``None`` from :meth:`get`; indexing raises :class:`RecordGone`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar, overload

BLOCK = 256  # rows read together: one query for a screenful and the next ones


class RecordGone(LookupError):
    """The record at this position was removed after the list was read."""


class _Record(Protocol):
    """What this module reads of a record (records.Record; named structurally, so this
    module does not import the package that imports it)."""

    @property
    def id(self) -> int: ...
    @property
    def text_sha256(self) -> str | None: ...


Record = TypeVar("Record", bound=_Record)
Fetch = Callable[[list[int]], list[tuple[Any, ...]]]  # rows (id first) for these ids


class RecordRows(Sequence[Record]):
    """Records in list order (an immutable sequence: changes make a new one with
    :meth:`extended` or :meth:`replaced`).

    ``order`` is (id, text hash) per record; ``fetch`` reads whole rows by id (id first, in
    any order); ``make`` turns a row into a record (records.from_tuple)."""

    def __init__(
        self,
        order: list[tuple[int, str | None]],
        fetch: Fetch,
        make: Callable[[tuple[Any, ...]], Record],
        made: dict[int, Record] | None = None,
        rows: dict[int, tuple[Any, ...]] | None = None,
    ):
        self._order = order
        self._fetch = fetch
        self._make = make
        self._made: dict[int, Record] = made if made is not None else {}  # by record id
        self._rows: dict[int, tuple[Any, ...]] = rows if rows is not None else {}  # by id
        self._read: set[int] = set()  # blocks read

    @classmethod
    def of(cls, built: Iterable[Record]) -> RecordRows[Record]:
        """Records already built (a dialog's list): nothing is left to read."""
        made = list(built)
        return cls(
            [(r.id, r.text_sha256) for r in made], _nothing_to_read, _never, {r.id: r for r in made}
        )

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> Record: ...
    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...
    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._order)))]
        found = self.get(index)
        if found is None:
            raise RecordGone(f"record {self.id_at(index)} is no longer in the case")
        return found

    def get(self, index: int) -> Record | None:
        """The record at ``index``, or None when it was removed after the list was read."""
        if index < 0:
            index += len(self._order)
        record_id = self._order[index][0]
        made = self._made.get(record_id)
        if made is None:
            row = self._rows.get(record_id)
            if row is None:
                self._read_block(index // BLOCK)
                row = self._rows.get(record_id)
                if row is None:
                    return None
            made = self._made[record_id] = self._make(row)
        return made

    def _read_block(self, block: int) -> None:
        if block in self._read:
            return
        self._read.add(block)
        wanted = [i for i, _ in self._order[block * BLOCK : (block + 1) * BLOCK]]
        wanted = [i for i in wanted if i not in self._rows]
        if wanted:
            for row in self._fetch(wanted):
                self._rows[int(row[0])] = row

    def __iter__(self) -> Iterator[Record]:
        """Every record still in the case, in order."""
        for index in range(len(self._order)):
            found = self.get(index)
            if found is not None:
                yield found

    def id_at(self, index: int) -> int:
        return self._order[index][0]

    def ids(self) -> list[int]:
        return [i for i, _ in self._order]

    def index_of(self, record_id: int) -> int:
        """The position of a record, or -1."""
        for index, (i, _) in enumerate(self._order):
            if i == record_id:
                return index
        return -1

    def text_hashes(self) -> Iterator[tuple[int, int, str]]:
        """(id, position, hash of the extracted text) of each record that has one."""
        for index, (i, text_sha) in enumerate(self._order):
            if text_sha:
                yield i, index, text_sha

    def extended(self, rows: list[tuple[Any, ...]], text_sha_at: int) -> RecordRows[Record]:
        """These records and whole ``rows`` after them (an import's new records; the text
        hash is column ``text_sha_at``)."""
        order = [*self._order, *((int(r[0]), r[text_sha_at]) for r in rows)]
        known = {**self._rows, **{int(r[0]): r for r in rows}}
        return RecordRows(order, self._fetch, self._make, dict(self._made), known)

    def replaced(self, record: Record) -> RecordRows[Record]:
        """These records with ``record`` in place of the one with its id (an edit)."""
        index = self.index_of(record.id)
        if index < 0:
            return self
        order = list(self._order)
        order[index] = (record.id, record.text_sha256)
        made = {**self._made, record.id: record}
        return RecordRows(order, self._fetch, self._make, made, dict(self._rows))


def as_rows(records: Iterable[Record]) -> RecordRows[Record]:
    """``records`` as a RecordRows (as it is when it is one): what lists records holds one
    kind of sequence, whether a case's rows read by block or a list already built."""
    return records if isinstance(records, RecordRows) else RecordRows.of(records)


def _nothing_to_read(ids: list[int]) -> list[tuple[Any, ...]]:
    return []


def _never(row: tuple[Any, ...]) -> Any:
    raise LookupError("every record of this list was given built")
