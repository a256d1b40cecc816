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
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
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
    where: str  # said to the user (translated): "page 3", "Opinions: diagnosis", "record title"
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
    section: str  # the tab's name, as the user sees it (in English: translated when shown)
    label: tuple[str, ...]  # columns that name the entry (the first non-empty one)
    fields: tuple[tuple[str, str], ...]  # (column, how the user knows that field, in English)
    select: str = "id"  # the column holding the entry to select (an answer: its question)
    select_in: str = ""  # the table of that entry, when not this one


_TABLES = (
    _Table(
        "checklist_items",
        "checklist",
        QT_TRANSLATE_NOOP("search_init", "Checklist"),
        ("description",),
        (
            ("description", QT_TRANSLATE_NOOP("search_init", "item")),
            ("source", QT_TRANSLATE_NOOP("search_init", "from")),
            ("tracking", QT_TRANSLATE_NOOP("search_init", "tracking")),
            ("carrier", QT_TRANSLATE_NOOP("search_init", "carrier")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "clinicians",
        "care_team",
        QT_TRANSLATE_NOOP("search_init", "Care team"),
        ("name",),
        (
            ("name", QT_TRANSLATE_NOOP("search_init", "name")),
            ("specialty", QT_TRANSLATE_NOOP("search_init", "specialty")),
            ("facility", QT_TRANSLATE_NOOP("search_init", "hospital or practice")),
            ("address", QT_TRANSLATE_NOOP("search_init", "address")),
            ("email", QT_TRANSLATE_NOOP("search_init", "email")),
            ("phone", QT_TRANSLATE_NOOP("search_init", "phone")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "opinions",
        "opinions",
        QT_TRANSLATE_NOOP("search_init", "Opinions"),
        ("diagnosis",),
        (
            ("diagnosis", QT_TRANSLATE_NOOP("search_init", "diagnosis")),
            ("specifics", QT_TRANSLATE_NOOP("search_init", "specifics")),
            ("established_by", QT_TRANSLATE_NOOP("search_init", "established by")),
            ("recommendation", QT_TRANSLATE_NOOP("search_init", "recommendation")),
            ("reasoning", QT_TRANSLATE_NOOP("search_init", "reasoning")),
            ("uncertain", QT_TRANSLATE_NOOP("search_init", "uncertain")),
        ),
    ),
    _Table(
        "resolve_points",
        "compare",
        QT_TRANSLATE_NOOP("search_init", "Compare"),
        ("text",),
        (("text", QT_TRANSLATE_NOOP("search_init", "point to resolve")),),
    ),
    _Table(
        "timeline_events",
        "timeline",
        QT_TRANSLATE_NOOP("search_init", "Timeline"),
        ("title",),
        (
            ("title", QT_TRANSLATE_NOOP("search_init", "event")),
            ("details", QT_TRANSLATE_NOOP("search_init", "details")),
        ),
    ),
    _Table(
        "conditions",
        "health",
        QT_TRANSLATE_NOOP("search_init", "Health"),
        ("name",),
        (
            ("name", QT_TRANSLATE_NOOP("search_init", "condition")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "medications",
        "health",
        QT_TRANSLATE_NOOP("search_init", "Health"),
        ("name",),
        (
            ("name", QT_TRANSLATE_NOOP("search_init", "medication")),
            ("dose", QT_TRANSLATE_NOOP("search_init", "dose")),
            ("schedule", QT_TRANSLATE_NOOP("search_init", "schedule")),
            ("reason", QT_TRANSLATE_NOOP("search_init", "reason")),
        ),
    ),
    _Table(
        "allergies",
        "health",
        QT_TRANSLATE_NOOP("search_init", "Health"),
        ("substance",),
        (
            ("substance", QT_TRANSLATE_NOOP("search_init", "allergy")),
            ("reaction", QT_TRANSLATE_NOOP("search_init", "reaction")),
        ),
    ),
    _Table(
        "lab_results",
        "health",
        QT_TRANSLATE_NOOP("search_init", "Health"),
        ("test",),
        (
            ("test", QT_TRANSLATE_NOOP("search_init", "lab test")),
            ("value", QT_TRANSLATE_NOOP("search_init", "result")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "family_history",
        "health",
        QT_TRANSLATE_NOOP("search_init", "Health"),
        ("condition", "relative"),
        (
            ("relative", QT_TRANSLATE_NOOP("search_init", "family member")),
            ("condition", QT_TRANSLATE_NOOP("search_init", "family history")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "questions",
        "questions",
        QT_TRANSLATE_NOOP("search_init", "Questions"),
        ("text",),
        (("text", QT_TRANSLATE_NOOP("search_init", "question")),),
    ),
    _Table(
        "answers",
        "questions",
        QT_TRANSLATE_NOOP("search_init", "Questions"),
        ("answer",),
        (("answer", QT_TRANSLATE_NOOP("search_init", "answer")),),
        select="question_id",
        select_in="questions",
    ),
    _Table(
        "options",
        "options",
        QT_TRANSLATE_NOOP("search_init", "Options"),
        ("name",),
        (
            ("name", QT_TRANSLATE_NOOP("search_init", "option")),
            ("involves", QT_TRANSLATE_NOOP("search_init", "what it involves")),
            ("recovery", QT_TRANSLATE_NOOP("search_init", "recovery")),
            ("costs", QT_TRANSLATE_NOOP("search_init", "costs")),
            ("notes", QT_TRANSLATE_NOOP("search_init", "notes")),
        ),
    ),
    _Table(
        "option_points",
        "options",
        QT_TRANSLATE_NOOP("search_init", "Options"),
        ("text",),
        (("text", QT_TRANSLATE_NOOP("search_init", "benefit or risk")),),
        select="option_id",
        select_in="options",
    ),
    _Table(
        "trials",
        "trials",
        QT_TRANSLATE_NOOP("search_init", "Trials"),
        ("title",),
        (
            ("title", QT_TRANSLATE_NOOP("search_init", "trial")),
            ("registry_id", QT_TRANSLATE_NOOP("search_init", "registry number")),
            ("site", QT_TRANSLATE_NOOP("search_init", "site")),
            ("contact", QT_TRANSLATE_NOOP("search_init", "contact")),
            ("eligibility", QT_TRANSLATE_NOOP("search_init", "eligibility")),
        ),
    ),
    _Table(
        "appointments",
        "appointments",
        QT_TRANSLATE_NOOP("search_init", "Appointments"),
        ("purpose", "place"),
        (
            ("purpose", QT_TRANSLATE_NOOP("search_init", "purpose")),
            ("place", QT_TRANSLATE_NOOP("search_init", "place")),
            ("to_bring", QT_TRANSLATE_NOOP("search_init", "to bring")),
            ("notes_after", QT_TRANSLATE_NOOP("search_init", "notes after")),
        ),
    ),
)

_RECORD_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("search_init", "record title")),
    ("source", QT_TRANSLATE_NOOP("search_init", "record source")),
    ("notes", QT_TRANSLATE_NOOP("search_init", "record notes")),
    ("original_name", QT_TRANSLATE_NOOP("search_init", "file name")),
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
    # Translated once per search, not once per row: a case may hold 50,000 records.
    record_fields = [(c, translate("search_init", label)) for c, label in _RECORD_FIELDS]
    for row in repo.text_rows(db, "records", columns, case_id):
        _add(
            results,
            matcher,
            row,
            [(label, str(row[c] or "")) for c, label in record_fields],
            place="records",
            label=str(row["title"]),
            record_id=int(row["id"]),
        )
    for t in _TABLES:
        cols = tuple(dict.fromkeys((*(c for c, _ in t.fields), *t.label, t.select)))
        section = translate("search_init", t.section)
        names = [
            (
                c,
                translate("search_init", "{section}: {field}").format(
                    section=section, field=translate("search_init", name)
                ),
            )
            for c, name in t.fields
        ]
        for row in repo.text_rows(db, t.table, cols, case_id):
            fields = [(name, str(row[c] or "")) for c, name in names]
            label = next((str(row[c]) for c in t.label if row.get(c)), section)
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
            (
                translate("search_init", "page {page}, from the picture's text")
                if hit.read_from_picture
                else translate("search_init", "page {page}")
            ).format(page=hit.page),
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
    "decision": ("decision", QT_TRANSLATE_NOOP("search_init", "Decision: the decision"), ("what",)),
    "preferences": (
        "decision",
        QT_TRANSLATE_NOOP("search_init", "Decision: what matters to me"),
        None,
    ),
}


def _add_values(results: Results, matcher: _Matcher, values: list[tuple[int, str, str]]) -> None:
    for case_id, key, raw in values:
        if key not in _VALUES:
            continue
        place, english, keys = _VALUES[key]
        where = translate("search_init", english)
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
