"""Search everything of a case: the text of record pages, and what the user typed
(record titles, sources and notes, checklist items, opinions, questions, the timeline,
medications, options, trials, appointments, the decision...).

A user who titled a record "Breast ultrasound report" expects "ultrasound" to find it,
and a family looking for "what did Dr Lee say about surgery" expects the opinion, not
only the scanned letter. Each hit says where it is and carries what the window needs to
open it there (a record's page, or a section and the entry in it).

Typed fields are few (hundreds of rows, not pages), so they are matched in Python the way
the full-text index matches pages: every word must appear, the last may be the start of
a word, case and accents ignored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from secondop_desktop import records
from secondop_desktop.core.text import fold
from secondop_desktop.store import Vault
from secondop_desktop.store import search as repo

__all__ = ["Found", "Results", "search_case"]


@dataclass(frozen=True)
class Found:
    """One place the words were found.

    ``place`` names the screen that shows it (``records``, ``checklist`` or a section of
    the case such as ``opinions``); ``table`` and ``item_id`` the entry to select there;
    ``record_id`` and ``page`` the record page, for hits in records.
    """

    case_id: int
    place: str
    where: str  # said to the user: "page 3", "Opinions: diagnosis", "record title"
    label: str  # the entry: the record's title, the clinician's name, the question
    snippet: str  # the matching text, matches in [brackets]
    table: str = ""
    item_id: int | None = None
    record_id: int | None = None
    page: int | None = None

    @property
    def in_page_text(self) -> bool:
        return self.page is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "where": self.where,
            "label": self.label,
            "snippet": self.snippet,
            "section": self.place,
            "item_id": self.item_id,
            "record_id": self.record_id,
            "page": self.page,
        }


@dataclass
class Results:
    """Hits in what was typed first (few, and usually what was meant), then page hits.

    ``unread`` counts records with no text to search (photos, scans): their words cannot
    be found, and the screen says so rather than let "nothing found" mislead.
    ``pages_capped`` is True when only the first ``limit`` pages are listed.
    """

    found: list[Found] = field(default_factory=list)
    unread: int = 0
    unread_photos: int = 0
    pages_capped: bool = False

    def __len__(self) -> int:
        return len(self.found)


@dataclass(frozen=True)
class _Table:
    table: str
    place: str
    section: str  # the tab's name, as the user sees it
    label: tuple[str, ...]  # columns that name the entry (the first non-empty one)
    fields: tuple[tuple[str, str], ...]  # (column, how the user knows that field)
    select: str = "id"  # the column holding the entry to select (an answer: its question)
    select_in: str = ""  # the table of that entry, when not this one


_TABLES = (
    _Table(
        "checklist_items",
        "checklist",
        "Checklist",
        ("description",),
        (
            ("description", "item"),
            ("source", "from"),
            ("tracking", "tracking"),
            ("carrier", "carrier"),
            ("notes", "notes"),
        ),
    ),
    _Table(
        "clinicians",
        "care_team",
        "Care team",
        ("name",),
        (
            ("name", "name"),
            ("specialty", "specialty"),
            ("facility", "hospital or practice"),
            ("address", "address"),
            ("email", "email"),
            ("phone", "phone"),
            ("notes", "notes"),
        ),
    ),
    _Table(
        "opinions",
        "opinions",
        "Opinions",
        ("diagnosis",),
        (
            ("diagnosis", "diagnosis"),
            ("specifics", "specifics"),
            ("established_by", "established by"),
            ("recommendation", "recommendation"),
            ("reasoning", "reasoning"),
            ("uncertain", "uncertain"),
        ),
    ),
    _Table("resolve_points", "compare", "Compare", ("text",), (("text", "point to resolve"),)),
    _Table(
        "timeline_events",
        "timeline",
        "Timeline",
        ("title",),
        (("title", "event"), ("details", "details")),
    ),
    _Table(
        "conditions",
        "health",
        "Health",
        ("name",),
        (("name", "condition"), ("notes", "notes")),
    ),
    _Table(
        "medications",
        "health",
        "Health",
        ("name",),
        (("name", "medication"), ("dose", "dose"), ("schedule", "schedule"), ("reason", "reason")),
    ),
    _Table(
        "allergies",
        "health",
        "Health",
        ("substance",),
        (("substance", "allergy"), ("reaction", "reaction")),
    ),
    _Table(
        "family_history",
        "health",
        "Health",
        ("condition", "relative"),
        (("relative", "family member"), ("condition", "family history"), ("notes", "notes")),
    ),
    _Table("questions", "questions", "Questions", ("text",), (("text", "question"),)),
    _Table(
        "answers",
        "questions",
        "Questions",
        ("answer",),
        (("answer", "answer"),),
        select="question_id",
        select_in="questions",
    ),
    _Table(
        "options",
        "options",
        "Options",
        ("name",),
        (
            ("name", "option"),
            ("involves", "what it involves"),
            ("recovery", "recovery"),
            ("costs", "costs"),
            ("notes", "notes"),
        ),
    ),
    _Table(
        "option_points",
        "options",
        "Options",
        ("text",),
        (("text", "benefit or risk"),),
        select="option_id",
        select_in="options",
    ),
    _Table(
        "trials",
        "trials",
        "Trials",
        ("title",),
        (
            ("title", "trial"),
            ("registry_id", "registry number"),
            ("site", "site"),
            ("contact", "contact"),
            ("eligibility", "eligibility"),
        ),
    ),
    _Table(
        "appointments",
        "appointments",
        "Appointments",
        ("purpose", "place"),
        (
            ("purpose", "purpose"),
            ("place", "place"),
            ("to_bring", "to bring"),
            ("notes_after", "notes after"),
        ),
    ),
)

_RECORD_FIELDS = (
    ("title", "record title"),
    ("source", "record source"),
    ("notes", "record notes"),
    ("original_name", "file name"),
)
_WORD = re.compile(r"\w+", re.UNICODE)


class _Matcher:
    """Every word of the query somewhere in an entry's fields; the last may be a prefix."""

    def __init__(self, text: str) -> None:
        self.words = _WORD.findall(text)
        folded = [fold(w) for w in self.words]
        self.patterns = [
            re.compile(
                r"(?<!\w)" + re.escape(w) + (r"\w*" if i == len(folded) - 1 else "") + r"(?!\w)"
            )
            for i, w in enumerate(folded)
        ]

    def matches(self, texts: list[str]) -> bool:
        folded = [fold(t) for t in texts if t]
        return bool(folded) and all(any(p.search(t) for t in folded) for p in self.patterns)

    def first_field(self, fields: list[tuple[str, str]]) -> tuple[str, str] | None:
        """(field name, its text) of the first field with any of the words."""
        for name, text in fields:
            if text and any(p.search(fold(text)) for p in self.patterns):
                return name, text
        return None


def search_case(vault: Vault, text: str, *, case_id: int | None, limit: int = 50) -> Results:
    """Everything of a case (or of every case, ``case_id=None``) that has these words."""
    results = Results()
    matcher = _Matcher(text)
    if not matcher.words:
        return results
    db = vault.db
    columns = tuple(c for c, _ in _RECORD_FIELDS)
    for row in repo.text_rows(db, "records", columns, case_id):
        _add(
            results,
            matcher,
            row,
            [(label, str(row[c] or "")) for c, label in _RECORD_FIELDS],
            place="records",
            label=str(row["title"]),
            record_id=int(row["id"]),
        )
    for t in _TABLES:
        cols = tuple(dict.fromkeys((*(c for c, _ in t.fields), *t.label, t.select)))
        for row in repo.text_rows(db, t.table, cols, case_id):
            fields = [(f"{t.section}: {name}", str(row[c] or "")) for c, name in t.fields]
            label = next((str(row[c]) for c in t.label if row.get(c)), t.section)
            select = row.get(t.select)
            _add(
                results,
                matcher,
                row,
                fields,
                place=t.place,
                label=label,
                table=t.select_in or t.table,
                item_id=int(select) if select is not None else None,
            )
    _add_values(results, matcher, repo.case_values(db, case_id))
    pages = records.search(vault, text, case_id=case_id, limit=limit)
    results.pages_capped = len(pages) >= limit
    results.found.extend(
        Found(
            hit.case_id,
            "records",
            f"page {hit.page}",
            hit.title,
            hit.snippet,
            record_id=hit.record_id,
            page=hit.page,
        )
        for hit in pages
    )
    unread = repo.unread_records(db, case_id)
    results.unread = len(unread)
    results.unread_photos = sum(1 for _, media in unread if media.startswith("image/"))
    return results


def _add(
    results: Results,
    matcher: _Matcher,
    row: dict[str, Any],
    fields: list[tuple[str, str]],
    *,
    place: str,
    label: str,
    table: str = "",
    item_id: int | None = None,
    record_id: int | None = None,
) -> None:
    if not matcher.matches([text for _, text in fields]):
        return
    first = matcher.first_field(fields)
    if first is None:
        return
    where, body = first
    results.found.append(
        Found(
            int(row["case_id"]),
            place,
            where,
            label,
            records.make_snippet(body, matcher.words),
            table=table,
            item_id=item_id,
            record_id=record_id,
        )
    )


# The decision and what matters to the user are stored per case as JSON documents.
_VALUES = {
    "decision": ("decision", "Decision: the decision", ("what",)),
    "preferences": ("decision", "Decision: what matters to me", None),
}


def _add_values(results: Results, matcher: _Matcher, values: list[tuple[int, str, str]]) -> None:
    for case_id, key, raw in values:
        if key not in _VALUES:
            continue
        place, where, keys = _VALUES[key]
        try:
            doc = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        texts = [
            str(v) for k, v in doc.items() if isinstance(v, str) and (keys is None or k in keys)
        ]
        fields = [(where, t) for t in texts]
        _add(results, matcher, {"case_id": case_id}, fields, place=place, label=where)
