"""The whole case as JSON-ready data: every section that exists, so nothing is locked in
(``secondop case show --json``, the canary tests, and later the case file).

It reads every feature and writes nothing; a new section adds its key here.
"""

from __future__ import annotations

from typing import Any

from secondop_desktop import cases, facts, preparing, records, suggested
from secondop_desktop.cases.lists import Item, Problem, kept_drafts, list_items, to_json
from secondop_desktop.records import checklist, imaging
from secondop_desktop.store import Vault


def _all(vault: Vault, cls: type[Item], case_id: int) -> list[dict[str, Any]]:
    drafts = kept_drafts(vault, cls, case_id)
    return [
        _with_drafts(to_json(i), drafts.get(i.id or 0, [])) for i in list_items(vault, cls, case_id)
    ]


def _with_drafts(entry: dict[str, Any], drafts: list[Problem]) -> dict[str, Any]:
    """An entry with what was typed into a field but could not be its value yet (only
    when there is some): it travels with the case, nothing typed is lost."""
    if drafts:
        entry["drafts"] = [
            {"field": p.field, "typed": p.typed or "", "message": p.message} for p in drafts
        ]
    return entry


def _facts(vault: Vault, case_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        "care_team": _all(vault, facts.Clinician, case_id),
        "opinions": _all(vault, facts.Opinion, case_id),
        "points_to_resolve": _all(vault, facts.ResolvePoint, case_id),
        "timeline": _all(vault, facts.TimelineEvent, case_id),
        "conditions": _all(vault, facts.Condition, case_id),
        "medications": _all(vault, facts.Medication, case_id),
        "allergies": _all(vault, facts.Allergy, case_id),
        "family_history": _all(vault, facts.FamilyHistory, case_id),
        "lab_results": _all(vault, facts.LabResult, case_id),
    }


def _preparation(vault: Vault, case: cases.Case) -> dict[str, Any]:
    assert case.id is not None
    case_id = case.id
    answered = preparing.answers_by_question(vault, case_id)
    decision = preparing.get_decision(vault, case_id)
    # The decide-by date is kept once, with the case; the decision shows it.
    by_when = decision.by_when or case.decide_by
    drafts: dict[type[Item], dict[int, list[Problem]]] = {
        cls: kept_drafts(vault, cls, case_id)
        for cls in (
            preparing.Question,
            preparing.Answer,
            preparing.TreatmentOption,
            preparing.OptionPoint,
        )
    }

    def entry(item: Item) -> dict[str, Any]:
        return _with_drafts(to_json(item), drafts[type(item)].get(item.id or 0, []))

    return {
        "questions": [
            entry(q) | {"answers": [entry(a) for a in answered.get(q.id or -1, [])]}
            for q in list_items(vault, preparing.Question, case_id)
        ],
        "options": [
            entry(s.option)
            | {
                "benefits": [entry(p) for p in s.benefits],
                "risks": [entry(p) for p in s.risks],
            }
            for s in preparing.compare_options(vault, case_id)
        ],
        "decision": {
            "what": decision.what,
            "role": decision.role,
            "by_when": by_when.isoformat() if by_when else None,
            "certainty": decision.certainty,
        },
        "preferences": preparing.get_preferences(vault, case_id),
        "trials": _all(vault, preparing.Trial, case_id),
        "appointments": _all(vault, preparing.Appointment, case_id),
    }


def case_document(vault: Vault, case_id: int) -> dict[str, Any]:
    case = cases.get_case(vault, case_id)
    return {
        "format": "secondop-case",
        "version": 1,
        "case": case.to_json(),
        **_facts(vault, case_id),
        **_preparation(vault, case),
        "records": [r.to_json() for r in records.list_records(vault, case_id)],
        "checklist": [i.to_json() for i in checklist.list_items(vault, case_id)],
        # Read from structured records: what they offered and what the user decided, and
        # the studies of imaging discs (kept so a moved case offers nothing twice).
        "suggestions": [
            suggested.to_json(s) for s in suggested.list_suggestions(vault, case_id, None)
        ],
        "imaging_studies": [imaging.to_json(s) for s in imaging.studies(vault, case_id)],
    }
