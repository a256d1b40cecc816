"""The JSON Schema of the case document (``secondop case show --json``, the heart of a
case file), and validation against it with errors that name the field.

The schema is built from the dataclasses each section already declares, so it cannot
drift from the code; the built schema is also committed as
``resources/case-1.schema.json`` (for readers outside SecondOp), and a test checks the
two are the same. A new field means a new version: a reader refuses documents of a
version it does not know rather than guess.
"""

from __future__ import annotations

import dataclasses
import json
import types
from datetime import date, datetime
from typing import Any, Union, get_args, get_origin, get_type_hints

from secondop_desktop import cases, facts, preparing, records
from secondop_desktop.core import assets
from secondop_desktop.i18n import translate
from secondop_desktop.records import checklist
from secondop_desktop.records.structured.model import KINDS

FORMAT = "secondop-case"
VERSION = 1
SCHEMA_FILE = f"case-{VERSION}.schema.json"
SCHEMA_ID = f"https://secondop.invalid/schema/case-{VERSION}.schema.json"

# A date as stored: a day, a month or a year, perhaps approximate ("2026-07~"), or a
# part of a year (EDTF season codes); see core/dates.py.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?~?$"


def _type_of(hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    args = get_args(hint)
    if origin in (Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        schema = _type_of(inner[0]) if len(inner) == 1 else {"anyOf": [_type_of(a) for a in inner]}
        if type(None) in args:
            if "type" in schema and "pattern" not in schema:
                schema = {**schema, "type": [schema["type"], "null"]}
            else:
                schema = {"anyOf": [schema, {"type": "null"}]}
        return schema
    if origin is list:
        return {"type": "array", "items": _type_of(args[0])}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_of(args[1])}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is str:
        return {"type": "string"}
    if hint is datetime:
        return {"type": "string", "format": "date-time"}
    if hint is date:
        return {"type": "string", "pattern": DATE_PATTERN}
    raise TypeError(f"no schema for {hint!r}")


def _object(
    cls: type,
    *,
    leave_out: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
    required: tuple[str, ...] = (),
) -> dict[str, Any]:
    hints = get_type_hints(cls)
    props = {
        f.name: _type_of(hints[f.name]) for f in dataclasses.fields(cls) if f.name not in leave_out
    }
    props.update(extra or {})
    if "id" in props and cls is not cases.Case:
        props["drafts"] = DRAFTS  # every list entry may carry what could not be saved yet
    return {
        "type": "object",
        "properties": props,
        "required": sorted(set(required) | {"id"} & set(props)),
        "additionalProperties": False,
    }


# Text typed into a field that could not be its value yet (a date SecondOp cannot read),
# kept beside the entry: present only on entries that have some.
DRAFTS = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "field": {"type": "string"},
            "typed": {"type": "string"},
            "message": {"type": "string"},
        },
        "required": ["field", "typed", "message"],
        "additionalProperties": False,
    },
}


def _items(cls: type, **kw: Any) -> dict[str, Any]:
    return {"type": "array", "items": _object(cls, **kw)}


def _required_fields(cls: type) -> tuple[str, ...]:
    """Fields without a default: an entry is not an entry without them."""
    missing = dataclasses.MISSING
    return tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.default is missing and f.default_factory is missing
    )


def _plain_items(props: dict[str, Any]) -> dict[str, Any]:
    """An array of objects with exactly these properties, all required."""
    return {
        "type": "array",
        "items": {
            "type": "object",
            "properties": props,
            "required": sorted(props),
            "additionalProperties": False,
        },
    }


def build_schema() -> dict[str, Any]:
    """The schema of version :data:`VERSION` of the case document."""

    def section(cls: type, **kw: Any) -> dict[str, Any]:
        return _items(cls, required=_required_fields(cls), **kw)

    record_props: dict[str, Any] = {
        "id": {"type": "integer"},
        "title": {"type": "string", "minLength": 1},
        "kind": {"type": "string", "enum": list(records.KIND_LABELS)},
        "date_of_service": {"type": ["string", "null"], "pattern": DATE_PATTERN},
        "date_suggested": {"type": "boolean"},
        "source": {"type": "string"},
        "page_count": {"type": "integer", "minimum": 0},
        "size": {"type": "integer", "minimum": 1},
        "original_name": {"type": "string"},
        "media_type": {"type": "string"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "notes": {"type": "string"},
        "include_in_packet": {"type": "boolean"},
        "rotation": {"type": "integer", "enum": [0, 90, 180, 270]},
        "position": {"type": "integer"},
        "unlocked_copy": {"type": "boolean"},
        "repaired": {"type": "boolean"},
        "rendered": {"type": "boolean"},
        "created_at": {"type": ["string", "null"]},
    }
    case = _object(
        cases.Case,
        required=("patient_name",),
        extra={"patient_name": {"type": "string", "minLength": 1}},
    )
    question = _object(
        preparing.Question,
        required=_required_fields(preparing.Question),
        extra={"answers": section(preparing.Answer)},
    )
    question["required"] = sorted({*question["required"], "answers"})
    point = section(preparing.OptionPoint)
    option = _object(
        preparing.TreatmentOption,
        required=_required_fields(preparing.TreatmentOption),
        extra={"benefits": point, "risks": point},
    )
    option["required"] = sorted({*option["required"], "benefits", "risks"})
    decision = _object(
        preparing.Decision,
        extra={"by_when": {"type": ["string", "null"], "pattern": DATE_PATTERN}},
    )
    decision["required"] = ["what", "role", "by_when", "certainty"]
    preference_keys = [key for key, _, _ in preparing.PREFERENCE_HEADINGS]
    sections: dict[str, Any] = {
        "care_team": section(facts.Clinician),
        "opinions": section(facts.Opinion),
        "points_to_resolve": section(facts.ResolvePoint),
        "timeline": section(facts.TimelineEvent),
        "conditions": section(facts.Condition),
        "medications": section(facts.Medication),
        "allergies": section(facts.Allergy),
        "family_history": section(facts.FamilyHistory),
        "questions": {"type": "array", "items": question},
        "options": {"type": "array", "items": option},
        "decision": decision,
        "preferences": {
            "type": "object",
            "properties": {k: {"type": "string"} for k in preference_keys},
            "additionalProperties": False,
        },
        "trials": section(preparing.Trial),
        "appointments": section(preparing.Appointment),
        "records": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": record_props,
                "required": sorted(
                    set(record_props) - {"created_at", "date_suggested", "rendered"}
                ),
                "additionalProperties": False,
            },
        },
        "checklist": section(checklist.Item, leave_out=()),
    }
    # Added after version 1 was published: optional, so a version-1 document written
    # before them still reads.
    later: dict[str, Any] = {
        "lab_results": section(facts.LabResult),
        "suggestions": _plain_items(
            {
                "record_id": {"type": ["integer", "null"]},
                "kind": {"type": "string", "enum": list(KINDS)},
                "key": {"type": "string", "minLength": 1},
                "text": {"type": "string"},
                **{
                    name: {"type": "string"}
                    for name in (
                        "date",
                        "status",
                        "code",
                        "value",
                        "unit",
                        "reference_range",
                        "flag",
                    )
                },
                "state": {"type": "string", "enum": ["pending", "accepted", "rejected"]},
            }
        ),
        "imaging_studies": _plain_items(
            {
                "record_id": {"type": "integer"},
                **{
                    name: {"type": "string"}
                    for name in (
                        "date",
                        "modality",
                        "description",
                        "body_part",
                        "accession",
                        "patient",
                    )
                },
                "series": {"type": "integer", "minimum": 0},
                "images": {"type": "integer", "minimum": 0},
            }
        ),
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "SecondOp case document",
        "description": (
            "Everything of one case as `secondop case show --json` writes it and "
            "`secondop case import --json` reads it. Ids are this document's own: they "
            "link entries to each other (an opinion to its clinician, a checklist item to "
            "its records) and are replaced on import. Dates are EDTF: a day, a month or a "
            "year, with ~ when approximate. Record files are matched by their SHA-256."
        ),
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "case": case,
            **sections,
            **later,
        },
        "required": ["format", "version", "case", *sections],
        "additionalProperties": False,
    }


def committed_schema() -> dict[str, Any]:
    """The schema shipped in the package (what validation uses)."""
    return dict(json.loads(assets.read_text(SCHEMA_FILE)))


class DocumentError(ValueError):
    """The document is not a case document this version of SecondOp can read; the message
    names the field."""


def validate(doc: object) -> dict[str, Any]:
    """Check ``doc`` against the schema; return it, or raise :class:`DocumentError` naming
    the first field that is wrong (the one deepest in the document first)."""
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match

    if not isinstance(doc, dict):
        raise DocumentError(
            translate("schema", "This is not a SecondOp case: the file holds no JSON object.")
        )
    if doc.get("format") != FORMAT:
        said = translate(
            "schema", 'This is not a SecondOp case document (its "format" is not "{format}").'
        )
        raise DocumentError(said.format(format=FORMAT))
    if doc.get("version") != VERSION:
        said = translate(
            "schema",
            "This case document is version {found}; this SecondOp reads version {version}. "
            "Export the case again from the SecondOp it came from, or update SecondOp.",
        )
        raise DocumentError(said.format(found=repr(doc.get("version")), version=VERSION))
    validator = Draft202012Validator(committed_schema())
    error = best_match(validator.iter_errors(doc))
    if error is not None:
        where = _path_text(list(error.absolute_path))
        if where:
            said = translate("schema", "The case document is not valid at {where}: {problem}.")
        else:
            said = translate("schema", "The case document is not valid at the document: {problem}.")
        raise DocumentError(said.format(where=where, problem=error.message))
    return doc


def _path_text(parts: list[str | int]) -> str:
    """["opinions", 0, "diagnosis"] -> "opinions[0].diagnosis"."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
