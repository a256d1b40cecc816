"""The list engine: every section of a case that is a list of small items (care team,
opinions, timeline, medications, questions, options, trials, appointments...).

They share one life (add, edit, reorder, delete with an undo, some linked to imported
records), so one set of functions serves them all; each section brings only its dataclass
and its validation, registered with :func:`register` by the feature that owns it. The
functions are generic in the item type, so ``list_items(vault, Question, case_id)`` is a
``list[Question]`` to the type checker and every page built on them is checked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, ClassVar, Generic, Protocol, TypeVar, get_args, get_type_hints

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import translate
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo


class Item(Protocol):
    """What every list item is: a dataclass with an ``id`` (None until saved)."""

    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]
    id: int | None


T = TypeVar("T", bound=Item)


def saved_id(item: Item) -> int:
    """The id of an item read from the vault (only a draft not saved yet has none)."""
    if item.id is None:
        raise ValueError(f"This {type(item).__name__} has not been saved yet.")
    return item.id


@dataclass(frozen=True)
class Section(Generic[T]):
    key: str  # table name, and the key in the case document
    cls: type[T]
    check: Callable[[T], None]
    order_by: str = "position, id"
    linkable: bool = False  # items carry ``record_ids`` (links to imported records)
    # Checks that need the vault (for example "at most three marked"): (vault, case, item).
    check_in_case: Callable[[Vault, int, T], None] | None = None
    # An order SQL cannot give, applied after ``order_by`` (dates: by the earliest day they
    # can mean, which their stored EDTF text does not sort by).
    sort_key: Callable[[T], Any] | None = None
    # What else one entry's save writes, in the same transaction: (db, case, entry id).
    after_write: Callable[[Any, int, int], None] | None = None

    @property
    def reorderable(self) -> bool:
        """Whether the user's own order is what lists show (so drag and drop applies)."""
        return self.order_by.startswith("position")


_SECTIONS: dict[type[Item], Section[Any]] = {}


def register(section: Section[T]) -> Section[T]:
    """Give a feature's item type the engine (each feature registers its own sections)."""
    _SECTIONS[section.cls] = section
    return section


def section_of(cls: type[T]) -> Section[T]:
    try:
        return _SECTIONS[cls]
    except KeyError:
        raise LookupError(f"{cls.__name__} is not a registered list section") from None


def _to_row(item: Item) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        if f.name in ("record_ids", "id"):
            continue
        value = getattr(item, f.name)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, bool):
            value = int(value)
        elif isinstance(value, str):
            value = value.strip() if f.name not in ("details", "notes") else value
        row[f.name] = value
    return row


@cache
def _converters(cls: type[Item]) -> dict[str, Callable[[Any], Any]]:
    """How to turn each stored column back into its field's type, read from the real type
    hints (not their spelling, so ``Optional[date]`` and ``date | None`` both work)."""
    out: dict[str, Callable[[Any], Any]] = {}
    for name, hint in get_type_hints(cls).items():
        kinds = set(get_args(hint)) or {hint}
        if datetime in kinds:
            out[name] = lambda v: datetime.fromisoformat(v) if v else None
        elif date in kinds:
            out[name] = dates.from_stored  # EDTF: a day, a month, a year, about...
        elif bool in kinds:
            out[name] = bool
    return out


def _from_row(cls: type[T], row: dict[str, Any], record_ids: list[int]) -> T:
    convert = _converters(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name == "record_ids":
            kwargs["record_ids"] = record_ids
            continue
        value = row.get(f.name)
        kwargs[f.name] = convert[f.name](value) if f.name in convert else value
    return cls(**kwargs)


def list_items(vault: Vault, cls: type[T], case_id: int) -> list[T]:
    section = section_of(cls)
    links = repo.links(vault.db, section.key) if section.linkable else {}
    items = [
        _from_row(cls, row, links.get(int(row["id"]), []))
        for row in repo.for_case(vault.db, section.key, case_id, section.order_by)
    ]
    if section.sort_key is not None:
        items.sort(key=section.sort_key)
    return items


def get_item(vault: Vault, cls: type[T], item_id: int) -> T:
    section = section_of(cls)
    row = repo.get(vault.db, section.key, item_id)
    if row is None:
        raise LookupError(
            translate("lists", "That {name} entry no longer exists.").format(
                name=section.key.replace("_", " ")
            )
        )
    links = repo.links(vault.db, section.key) if section.linkable else {}
    return _from_row(cls, row, links.get(item_id, []))


def save(vault: Vault, case_id: int, item: T) -> T:
    """Create or update one entry (and its record links) in one transaction."""
    cls = type(item)
    section = section_of(cls)
    section.check(item)
    if section.check_in_case is not None:
        section.check_in_case(vault, case_id, item)
    return _write(vault, case_id, item, [])


def _write(vault: Vault, case_id: int, item: T, kept: list[Problem]) -> T:
    """Insert or update one entry, its record links and its drafts, in one transaction."""
    cls = type(item)
    section = section_of(cls)
    row = _to_row(item) | {"updated_at": dates.utc_now_iso()}
    with vault.transaction() as db:
        if item.id is None:
            item_id = repo.insert(
                db, section.key, row | {"case_id": case_id, "created_at": row["updated_at"]}
            )
        else:
            if repo.get(db, section.key, item.id) is None:
                raise LookupError(translate("lists", "That entry was deleted meanwhile."))
            item_id = item.id
            repo.update(db, section.key, item_id, row)
        if section.linkable:
            repo.set_links(db, section.key, item_id, getattr(item, "record_ids", []))
        if section.after_write is not None:
            section.after_write(db, case_id, item_id)
        repo.set_drafts(
            db,
            section.key,
            case_id,
            item_id,
            [(p.field, p.typed, p.message) for p in kept if p.typed is not None],
            row["updated_at"],
        )
    return get_item(vault, cls, item_id)


# -- drafts: save everything valid, never discard an entry for one field --------------------
@dataclass(frozen=True)
class Problem:
    """Why one field of an entry needs attention. ``typed`` is text the user typed that
    cannot be the field's value yet (a date SecondOp cannot read); it is kept in the vault
    beside the entry so lock, quit or a crash do not lose it."""

    field: str
    message: str
    typed: str | None = None


@dataclass(frozen=True)
class Drafted(Generic[T]):
    """An entry as saved, and what in it still needs attention (empty when nothing)."""

    item: T
    problems: dict[str, Problem]


def save_draft(
    vault: Vault,
    case_id: int,
    item: T,
    *,
    fallback: T,
    problems: dict[str, Problem] | None = None,
) -> Drafted[T]:
    """Save what is valid in an entry; never refuse the entry because of one field.

    ``problems`` are fields the caller could not read (their ``typed`` text is kept as a
    draft). A field the checks refuse goes back to its ``fallback`` value (the last saved
    one, or the blank entry's) and is reported; a required field left empty is saved empty
    and reported ("needs attention"). Every other field is saved as given.
    """
    found = dict(problems or {})
    section = section_of(type(item))
    names = {f.name for f in dataclasses.fields(item)}
    candidate, probed = item, item
    for _ in range(len(names) + 1):
        try:
            section.check(probed)
            if section.check_in_case is not None:
                section.check_in_case(vault, case_id, probed)
            break
        except Missing as exc:
            found.setdefault(exc.field, Problem(exc.field, str(exc)))
            if exc.field not in names:
                break
            stand_in = _probe(type(item), exc.field)
            if getattr(probed, exc.field) == stand_in:
                break
            # Check the other fields as if this one were filled in; it is stored empty.
            probed = dataclasses.replace(probed, **{exc.field: stand_in})
        except FieldError as exc:
            found.setdefault(exc.field, Problem(exc.field, str(exc)))
            if exc.field not in names:
                break
            old = getattr(fallback, exc.field)
            if getattr(candidate, exc.field) == old:
                break  # nothing better to store: what was saved before stays
            candidate = dataclasses.replace(candidate, **{exc.field: old})
            probed = dataclasses.replace(probed, **{exc.field: old})
    saved = _write(vault, case_id, candidate, list(found.values()))
    return Drafted(saved, found)


def _probe(cls: type[Item], name: str) -> Any:
    """A stand-in value that passes "is it filled in" for the field's type."""
    kinds = set(get_args(get_type_hints(cls)[name])) or {get_type_hints(cls)[name]}
    if datetime in kinds:
        return datetime(1900, 1, 1)
    if date in kinds:
        return date(1900, 1, 1)
    if int in kinds:
        return 1
    return "…"


def problems(vault: Vault, cls: type[T], case_id: int, items: list[T]) -> dict[int, list[Problem]]:
    """What needs attention in each entry: its kept drafts, then what the checks say."""
    section = section_of(cls)
    out: dict[int, list[Problem]] = {
        item_id: [Problem(f, message, typed) for f, typed, message in rows]
        for item_id, rows in repo.drafts_for_case(vault.db, section.key, case_id).items()
    }
    for item in items:
        if item.id is None:
            continue
        try:
            section.check(item)
        except FieldError as exc:
            known = out.setdefault(item.id, [])
            if all(p.field != exc.field for p in known):
                known.append(Problem(exc.field, str(exc)))
    return out


@dataclass(frozen=True)
class Deleted(Generic[T]):
    """What :func:`restore` needs to undo a delete: the row, its case, its links."""

    cls: type[T]
    row: dict[str, Any]
    record_ids: tuple[int, ...]
    drafts: tuple[tuple[str, str, str], ...] = ()


def delete(vault: Vault, cls: type[T], item_id: int) -> Deleted[T]:
    section = section_of(cls)
    with vault.transaction() as db:
        row = repo.get(db, section.key, item_id)
        if row is None:
            raise LookupError(translate("lists", "That entry was already deleted."))
        linked = tuple(repo.links(db, section.key).get(item_id, []))
        kept = tuple(repo.drafts_for_case(db, section.key, int(row["case_id"])).get(item_id, []))
        repo.delete(db, section.key, item_id)
    return Deleted(cls, row, linked, kept)


def restore(vault: Vault, deleted: Deleted[T]) -> T:
    """Undo a delete: the same row comes back with the same id, position and links (links
    to records deleted meanwhile are dropped)."""
    section = section_of(deleted.cls)
    with vault.transaction() as db:
        item_id = repo.insert(db, section.key, dict(deleted.row))
        if section.linkable:
            existing = repo.existing_record_ids(db, deleted.record_ids)
            repo.set_links(
                db, section.key, item_id, [r for r in deleted.record_ids if r in existing]
            )
        repo.set_drafts(
            db,
            section.key,
            int(deleted.row["case_id"]),
            item_id,
            list(deleted.drafts),
            dates.utc_now_iso(),
        )
    return get_item(vault, deleted.cls, item_id)


def move(vault: Vault, cls: type[Item], case_id: int, item_id: int, offset: int) -> None:
    """Move an entry up (-1) or down (+1) in the user's order."""
    ids = _ordered_ids(vault, cls, case_id)
    move_to(vault, cls, case_id, item_id, ids.index(item_id) + offset)


def move_to(vault: Vault, cls: type[Item], case_id: int, item_id: int, index: int) -> None:
    """Put an entry at ``index`` (0-based, clamped) in the user's order: what a drag and
    drop does. The whole order is rewritten in one transaction."""
    section = section_of(cls)
    ids = _ordered_ids(vault, cls, case_id)
    i = ids.index(item_id)
    j = max(0, min(len(ids) - 1, index))
    ids.insert(j, ids.pop(i))
    with vault.transaction() as db:
        for position, rid in enumerate(ids, start=1):
            repo.update(db, section.key, rid, {"position": position})


def _ordered_ids(vault: Vault, cls: type[Item], case_id: int) -> list[int]:
    return [int(r["id"]) for r in repo.for_case(vault.db, section_of(cls).key, case_id)]


def to_json(item: Item) -> dict[str, Any]:
    out = dataclasses.asdict(item)
    for key, value in out.items():
        if isinstance(value, date):  # datetime too
            out[key] = value.isoformat()
    return dict(out)


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """An entry from :func:`to_json`'s form (a case file, ``case show --json``), unsaved:
    ``id`` is dropped, dates read back with their precision. Unknown keys are refused by
    the schema before this runs; a date that cannot be read raises ValueError."""
    convert = _converters(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name == "id" or f.name not in data:
            continue
        value = data[f.name]
        kwargs[f.name] = convert[f.name](value) if f.name in convert else value
    return cls(**kwargs)


def kept_drafts(vault: Vault, cls: type[Item], case_id: int) -> dict[int, list[Problem]]:
    """Per entry, the text typed into a field that could not be its value yet (kept so
    nothing typed is lost, and carried by a case file)."""
    return {
        item_id: [Problem(f, message, typed) for f, typed, message in rows]
        for item_id, rows in repo.drafts_for_case(vault.db, section_of(cls).key, case_id).items()
    }
