"""Opinions (each doctor's diagnosis and recommendation in their own words), the points to
resolve between them, and the side-by-side comparison that names where they differ."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from secondop_desktop.cases.lists import Section, register
from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import facts as repo

ESTABLISHED_BY = ("biopsy", "imaging", "labs", "clinical exam")


@dataclass
class Opinion:
    clinician_id: int | None = None
    given_on: date | None = None
    diagnosis: str = ""
    specifics: str = ""
    established_by: str = ""  # comma-separated from ESTABLISHED_BY, or free text
    recommendation: str = ""
    reasoning: str = ""
    uncertain: str = ""
    record_ids: list[int] = field(default_factory=list)
    id: int | None = None


@dataclass
class ResolvePoint:
    text: str
    done: bool = False
    question_id: int | None = None  # the question for the doctors it became
    id: int | None = None


def _check_opinion(o: Opinion) -> None:
    if not (o.diagnosis.strip() or o.recommendation.strip()):
        raise Missing(
            "diagnosis",
            translate("opinions", "Write at least the diagnosis or the recommendation."),
        )
    if o.given_on is not None and o.given_on > date.today():
        raise FieldError(
            "given_on", translate("opinions", "The date of the opinion is in the future.")
        )


def _check_point(p: ResolvePoint) -> None:
    if not p.text.strip():
        raise Missing("text", translate("opinions", "Write the point to resolve."))


def _opinion_order(o: Opinion) -> tuple[tuple[int, int], int]:
    return (dates.sort_key(o.given_on), o.id or 0)  # undated last, as the SQL order says


register(
    Section(
        "opinions",
        Opinion,
        _check_opinion,
        "coalesce(given_on, '9999'), id",
        True,
        sort_key=_opinion_order,
    )
)


def _point_as_question(db: Any, case_id: int, point_id: int) -> None:
    """A point to resolve is a question for the doctors too (the Compare page says so):
    the first save adds it to the Questions tab, marked high priority; later saves keep
    its wording the point's. Same transaction as the point."""
    point = repo.get(db, "resolve_points", point_id)
    if point is None:
        return
    question = repo.get(db, "questions", point["question_id"]) if point["question_id"] else None
    now = dates.utc_now_iso()
    if question is None:  # a copy saved without its link finds its question by wording
        same = [
            q for q in repo.for_case(db, "questions", case_id, "id") if q["text"] == point["text"]
        ]
        if same:
            repo.update(db, "resolve_points", point_id, {"question_id": same[0]["id"]})
            return
        question_id = repo.insert(
            db,
            "questions",
            {"case_id": case_id, "text": point["text"], "priority": "high",
             "created_at": now, "updated_at": now},
        )  # fmt: skip
        repo.update(db, "resolve_points", point_id, {"question_id": question_id})
    elif question["text"] != point["text"]:
        repo.update(db, "questions", question["id"], {"text": point["text"], "updated_at": now})


register(Section("resolve_points", ResolvePoint, _check_point, after_write=_point_as_question))


# -- comparison of opinions ---------------------------------------------------------------
# (field, label): the label in English, shown through aspect_label.
ASPECTS = (
    ("diagnosis", QT_TRANSLATE_NOOP("opinions", "Diagnosis")),
    ("specifics", QT_TRANSLATE_NOOP("opinions", "Type, stage, grade")),
    ("established_by", QT_TRANSLATE_NOOP("opinions", "How it was established")),
    ("recommendation", QT_TRANSLATE_NOOP("opinions", "Recommended treatment")),
    ("reasoning", QT_TRANSLATE_NOOP("opinions", "Reasoning")),
    ("uncertain", QT_TRANSLATE_NOOP("opinions", "What is uncertain")),
)


def aspect_label(aspect: str) -> str:
    """The label of an aspect of an opinion (a field name), in the current language."""
    return translate("opinions", dict(ASPECTS)[aspect])


@dataclass(frozen=True)
class ComparisonRow:
    aspect: str
    label: str  # in the current language
    values: tuple[str, ...]
    differ: bool


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def compare(opinions: list[Opinion]) -> list[ComparisonRow]:
    """One row per aspect; ``differ`` when the opinions that say something disagree."""
    rows = []
    for key, label in ASPECTS:
        values = tuple(str(getattr(o, key)) for o in opinions)
        said = {_normal(v) for v in values if v.strip()}
        shown = translate("opinions", label)
        rows.append(ComparisonRow(key, shown, values, len(said) > 1))
    return rows
