"""Issue 19: FHIR JSON read into a Document (records/structured/fhir.py).

The Synthea bundles (tests/corpus/fhir-synthea, a copy of the shared corpus) are read and
their suggestions counted against an independent count of the resources in the JSON; a
DSTU2 bundle and an Apple Health Records export are built here; hostile inputs are
refused with a reason, quickly, and never with a RecursionError.
"""

from __future__ import annotations

import copy
import json
import random
import time
from collections import Counter
from pathlib import Path

import pytest

from secondop_desktop.records.structured.fhir import read_fhir, read_fhir_folder
from secondop_desktop.records.structured.model import (
    KINDS,
    MAX_BYTES,
    MAX_ENTRIES,
    Document,
    Malformed,
    Section,
)

HERE = Path(__file__).resolve()
REPO_COPY = HERE.parents[1] / "corpus" / "fhir-synthea"
SHARED = HERE.parents[3] / "shared" / "corpus" / "fhir-synthea"


def _bundles() -> list[Path]:
    for folder in (REPO_COPY, SHARED):
        found = sorted(folder.glob("*.json"))
        if found:
            return found
    return []


BUNDLES = _bundles()
needs_corpus = pytest.mark.skipif(
    not BUNDLES,
    reason=f"the Synthea FHIR corpus is in neither {REPO_COPY} nor {SHARED}",
)


def _section(doc: Document, title: str) -> Section:
    found = [s for s in doc.sections if s.title == title]
    assert found, f"no section {title!r} in {[s.title for s in doc.sections]}"
    return found[0]


def _rows(doc: Document, title: str) -> list[tuple[str, ...]]:
    return [row for table in _section(doc, title).tables for row in table.rows]


def _has_value(item: dict[str, object]) -> bool:
    return any(k.startswith("value") for k in item)


def _expected(bundle: dict[str, object]) -> Counter[str]:
    """Suggestions per kind, counted straight from the JSON: one per condition, medication,
    allergy, procedure, encounter, immunization, and one per value of a laboratory
    Observation (its own value and each component's)."""
    kinds = {
        "Condition": "condition",
        "MedicationRequest": "medication",
        "MedicationStatement": "medication",
        "AllergyIntolerance": "allergy",
        "Procedure": "procedure",
        "Encounter": "encounter",
        "Immunization": "immunization",
    }
    counts: Counter[str] = Counter()
    entries = bundle["entry"]
    assert isinstance(entries, list)
    for entry in entries:
        resource = entry["resource"]
        kind = resource["resourceType"]
        if kind in kinds:
            counts[kinds[kind]] += 1
        elif kind == "Observation":
            codes = {c["code"] for cat in resource.get("category", []) for c in cat["coding"]}
            if "laboratory" in codes:
                counts["lab"] += _has_value(resource)
                counts["lab"] += sum(_has_value(c) for c in resource.get("component", []))
    return counts


# -- the Synthea bundles -------------------------------------------------------------------
@needs_corpus
@pytest.mark.parametrize("path", BUNDLES, ids=lambda p: p.name.split("_")[0])
def test_a_synthea_bundle_reads(path: Path) -> None:
    data = path.read_bytes()
    bundle = json.loads(data)
    doc = read_fhir(data, path.name)

    patient = next(
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"
    )
    name = patient["name"][0]
    assert doc.patient_name == " ".join([*name["given"], name["family"]])
    assert doc.patient_birth_date == patient["birthDate"]
    assert doc.format == "FHIR R4"
    assert doc.title == f"FHIR bundle: {len(bundle['entry'])} entries"

    titles = [s.title for s in doc.sections]
    expected_order = [
        "Patient",
        "Conditions",
        "Lab results",
        "Vital signs",
        "Procedures",
        "Diagnostic reports",
        "Encounters",
        "Immunizations",
        "Other entries",
    ]
    assert titles == expected_order  # no medications or allergies in these bundles: no section

    counts = Counter(s.kind for s in doc.suggestions)
    assert counts == _expected(bundle)
    assert set(counts) <= set(KINDS)
    keys = [s.key for s in doc.suggestions]
    assert len(set(keys)) == len(keys), "each suggestion has its own key"
    assert keys == [s.key for s in read_fhir(data).suggestions], "keys are stable"

    for title in ("Lab results", "Vital signs"):
        rows = _rows(doc, title)
        assert rows and all(row[0] and row[1] and row[5] for row in rows)  # test, value, date
        for _, value, unit, *_ in rows:
            if value.replace(".", "", 1).isdigit():
                assert unit, f"a number without its unit in {title}: {value}"
    assert any(unit for _, _, unit, *_ in _rows(doc, "Vital signs"))

    others = dict(_rows(doc, "Other entries"))
    all_kinds = Counter(e["resource"]["resourceType"] for e in bundle["entry"])
    assert others["Claim"] == str(all_kinds["Claim"])
    assert "Condition" not in others and "Patient" not in others


@needs_corpus
def test_bundle_values_are_kept_as_written() -> None:
    data = BUNDLES[0].read_bytes()
    bundle = json.loads(data, parse_float=str, parse_int=str)
    written = {
        c["valueQuantity"]["value"]
        for e in bundle["entry"]
        for c in [e["resource"], *e["resource"].get("component", [])]
        if e["resource"]["resourceType"] == "Observation" and "valueQuantity" in c
    }
    shown = {row[1] for row in _rows(read_fhir(data), "Vital signs")}
    assert written and written <= shown


# -- R4 resources the corpus lacks ---------------------------------------------------------
R4_BUNDLE = {
    "resourceType": "Bundle",
    "type": "collection",
    "timestamp": "2024-05-02T09:00:00Z",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "p1",
                "name": [{"use": "official", "family": "Lind", "given": ["Ana", "M."]}],
                "birthDate": "1961-07-14",
            }
        },
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "id": "mr1",
                "status": "active",
                "medicationReference": {"reference": "Medication/med1"},
                "authoredOn": "2024-01-10",
                "dosageInstruction": [{"text": "5 mg once daily"}],
            }
        },
        {
            "fullUrl": "https://example.org/fhir/Medication/med1",
            "resource": {
                "resourceType": "Medication",
                "id": "med1",
                "code": {
                    "coding": [
                        {
                            "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                            "code": "197361",
                            "display": "Amlodipine 5 MG Oral Tablet",
                        }
                    ]
                },
            },
        },
        {
            "resource": {
                "resourceType": "AllergyIntolerance",
                "id": "a1",
                "clinicalStatus": {"coding": [{"code": "active"}]},
                "code": {"text": "Penicillin"},
                "reaction": [{"manifestation": [{"text": "Hives"}], "severity": "moderate"}],
                "recordedDate": "2010",
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "id": "o1",
                "status": "final",
                "category": [{"coding": [{"code": "laboratory"}]}],
                "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3"}]},
                "effectiveDateTime": "2024-04-30",
                "valueQuantity": {"value": 7.20, "unit": "mmol/L"},
                "referenceRange": [{"low": {"value": 3.5}, "high": {"value": 5.0}}],
                "interpretation": [{"coding": [{"code": "H"}]}],
            }
        },
        {
            "resource": {
                "resourceType": "Immunization",
                "status": "not-done",
                "vaccineCode": {"text": "Zoster"},
                "occurrenceDateTime": "2023",
            }
        },
        {
            "resource": {
                "resourceType": "DocumentReference",
                "description": "Discharge letter",
                "date": "2024-02-01",
                "content": [{"attachment": {"contentType": "application/pdf"}}],
            }
        },
        {
            "resource": {
                "resourceType": "ImagingStudy",
                "started": "2024-03-03",
                "modality": [{"code": "CT"}],
                "numberOfSeries": 3,
                "numberOfInstances": 412,
            }
        },
    ],
}


def test_r4_medication_allergy_lab_and_others() -> None:
    # json.dumps writes 7.2 for 7.20: written by hand so the value is as a lab prints it
    data = json.dumps(R4_BUNDLE).replace('"value": 7.2,', '"value": 7.20,').encode()
    doc = read_fhir(data)
    assert (doc.format, doc.date, doc.patient_name) == (
        "FHIR R4",
        "2024-05-02T09:00:00Z",
        "Ana M. Lind",
    )
    assert _rows(doc, "Medications") == [
        ("Amlodipine 5 MG Oral Tablet", "active", "5 mg once daily", "2024-01-10")
    ]
    assert _rows(doc, "Allergies") == [("Penicillin", "Hives", "moderate", "active")]
    assert _rows(doc, "Lab results") == [
        ("LOINC 2823-3", "7.20", "mmol/L", "3.5-5.0", "H", "2024-04-30")
    ]
    assert _rows(doc, "Documents") == [("Discharge letter", "2024-02-01", "", "application/pdf")]
    assert _rows(doc, "Imaging studies") == [("2024-03-03", "CT", "", "3", "412")]
    assert _rows(doc, "Immunizations") == [("Zoster", "2023", "not-done")]
    by_kind = {s.kind: s for s in doc.suggestions}
    assert set(by_kind) == {"medication", "allergy", "lab"}  # an immunization not done is no fact
    lab = by_kind["lab"]
    assert (lab.value, lab.unit, lab.reference_range, lab.flag) == (
        "7.20",
        "mmol/L",
        "3.5-5.0",
        "H",
    )
    assert (lab.code, lab.key) == ("http://loinc.org|2823-3", "Observation/o1")
    assert by_kind["medication"].code == "http://www.nlm.nih.gov/research/umls/rxnorm|197361"
    assert "Other entries" not in [s.title for s in doc.sections]  # a Medication is used, not other


def test_a_single_resource_reads_and_a_resource_without_id_gets_a_content_key() -> None:
    condition = {
        "resourceType": "Condition",
        "code": {"coding": [{"system": "http://snomed.info/sct", "code": "38341003"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": "2019-03",
    }
    doc = read_fhir(json.dumps(condition).encode())
    assert doc.title == "FHIR resource: Condition"
    assert _rows(doc, "Conditions") == [("SNOMED CT 38341003", "active", "2019-03", "")]
    (suggestion,) = doc.suggestions
    assert suggestion.key == "condition|http://snomed.info/sct|38341003|2019-03|SNOMED CT 38341003"


def test_a_document_bundle_is_titled_by_its_composition_and_two_people_are_noted() -> None:
    def patient(family: str, born: str) -> dict[str, object]:
        name = [{"family": family, "given": ["Sam"]}]
        return {"resource": {"resourceType": "Patient", "name": name, "birthDate": born}}

    composition = {
        "resourceType": "Composition",
        "title": "Discharge summary",
        "date": "2024-06-01",
        "author": [{"display": "St Mary's Hospital"}],
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "document",
        "entry": [{"resource": composition}, patient("Lee", "1970"), patient("Roe", "1981")],
    }
    doc = read_fhir(json.dumps(bundle).encode())
    assert (doc.title, doc.date, doc.author) == (
        "Discharge summary",
        "2024-06-01",
        "St Mary's Hospital",
    )
    assert (doc.patient_name, doc.patient_birth_date) == ("Sam Lee", "1970")
    assert (
        "This file holds the records of 2 different people." in _section(doc, "Patient").paragraphs
    )


# -- DSTU2 ---------------------------------------------------------------------------------
DSTU2_ORDER = {
    "resourceType": "MedicationOrder",
    "id": "mo1",
    "status": "active",
    "dateWritten": "2015-06-01",
    "medicationCodeableConcept": {"text": "Metformin 500 mg tablet"},
    "dosageInstruction": [{"text": "1 tablet twice daily with meals"}],
}
DSTU2_BUNDLE = {
    "resourceType": "Bundle",
    "type": "searchset",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "id": "p2",
                "name": [{"family": ["García", "López"], "given": ["María"]}],
                "birthDate": "1958-11-02",
            }
        },
        {"resource": DSTU2_ORDER},
        {
            "resource": {
                "resourceType": "Condition",
                "id": "c1",
                "patient": {"reference": "Patient/p2"},
                "code": {"text": "Type 2 diabetes mellitus"},
                "clinicalStatus": "active",
                "verificationStatus": "confirmed",
                "onsetDateTime": "2014-09",
                "dateRecorded": "2014-10-01",
            }
        },
        {
            "resource": {
                "resourceType": "AllergyIntolerance",
                "id": "al1",
                "substance": {"text": "Sulfonamides"},
                "status": "confirmed",
                "criticality": "CRITH",
                "reaction": [{"manifestation": [{"text": "Rash"}]}],
            }
        },
        {
            "resource": {
                "resourceType": "Observation",
                "id": "ob1",
                "status": "final",
                "category": {"coding": [{"code": "laboratory"}]},
                "code": {"text": "HbA1c"},
                "effectiveDateTime": "2015-05-20",
                "valueQuantity": {"value": 7.9, "unit": "%"},
                "referenceRange": [{"text": "4.0-6.0 %"}],
                "interpretation": {"coding": [{"code": "H"}]},
            }
        },
        {
            "resource": {
                "resourceType": "Encounter",
                "id": "e1",
                "status": "finished",
                "class": "outpatient",
                "period": {"start": "2015-06-01T10:00:00Z"},
            }
        },
    ],
}


def test_a_dstu2_bundle_reads_as_dstu2() -> None:
    doc = read_fhir(json.dumps(DSTU2_BUNDLE).encode())
    assert doc.format == "FHIR DSTU2"
    assert (doc.patient_name, doc.patient_birth_date) == ("María García López", "1958-11-02")
    assert _rows(doc, "Medications") == [
        ("Metformin 500 mg tablet", "active", "1 tablet twice daily with meals", "2015-06-01")
    ]
    assert _rows(doc, "Conditions") == [("Type 2 diabetes mellitus", "active", "2014-09", "")]
    assert _rows(doc, "Allergies") == [("Sulfonamides", "Rash", "CRITH", "confirmed")]
    assert _rows(doc, "Lab results") == [("HbA1c", "7.9", "%", "4.0-6.0 %", "H", "2015-05-20")]
    assert _rows(doc, "Encounters") == [("", "outpatient", "2015-06-01T10:00:00Z", "", "")]
    kinds = Counter(s.kind for s in doc.suggestions)
    assert kinds == {"medication": 1, "condition": 1, "allergy": 1, "lab": 1, "encounter": 1}
    keys = {s.kind: s.key for s in doc.suggestions}
    assert keys["medication"] == "MedicationOrder/mo1"


@pytest.mark.parametrize(
    "resource",
    [
        DSTU2_ORDER,
        {
            "resourceType": "Condition",
            "patient": {"reference": "Patient/1"},
            "code": {"text": "Asthma"},
            "onsetDateTime": "2001",
            "clinicalStatus": "active",
        },
    ],
    ids=["MedicationOrder", "Condition"],
)
def test_a_single_dstu2_resource_reads_as_dstu2(resource: dict[str, object]) -> None:
    doc = read_fhir(json.dumps(resource).encode())
    assert doc.format == "FHIR DSTU2"
    assert len(doc.suggestions) == 1


# -- Apple Health Records export -----------------------------------------------------------
def _apple_files() -> list[tuple[str, bytes]]:
    resources = {
        "Condition-1.json": {
            "resourceType": "Condition",
            "id": "1",
            "code": {"text": "Follicular lymphoma"},
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "onsetDateTime": "2025-11-03",
        },
        "Immunization-2.json": {
            "resourceType": "Immunization",
            "id": "2",
            "status": "completed",
            "vaccineCode": {"text": "Influenza"},
            "occurrenceDateTime": "2025-10-01",
        },
        "Observation-3.json": {
            "resourceType": "Observation",
            "id": "3",
            "category": [{"coding": [{"code": "laboratory"}]}],
            "code": {"text": "Haemoglobin"},
            "effectiveDateTime": "2026-01-12",
            "valueQuantity": {"value": 118, "unit": "g/L"},
            "referenceRange": [{"low": {"value": 120}, "high": {"value": 160}}],
            "interpretation": [{"coding": [{"code": "L"}]}],
        },
        "AllergyIntolerance-4.json": {
            "resourceType": "AllergyIntolerance",
            "id": "4",
            "code": {"text": "Latex"},
        },
    }
    return [(name, json.dumps(r).encode()) for name, r in resources.items()]


def test_an_apple_health_export_reads_as_one_document() -> None:
    doc = read_fhir_folder(_apple_files())
    assert doc.title == "Health records export: 4 files"
    assert doc.format == "FHIR R4"
    titles = [s.title for s in doc.sections]
    assert titles == ["Conditions", "Allergies", "Lab results", "Immunizations"]
    assert Counter(s.kind for s in doc.suggestions) == {
        "condition": 1,
        "immunization": 1,
        "lab": 1,
        "allergy": 1,
    }
    assert _rows(doc, "Lab results") == [
        ("Haemoglobin", "118", "g/L", "120-160", "L", "2026-01-12")
    ]


def test_an_apple_health_export_lists_a_file_it_cannot_read() -> None:
    files = [*_apple_files(), ("Observation-5.json", b"[" * 10_000 + b"]" * 10_000)]
    doc = read_fhir_folder(files)
    assert _rows(doc, "Files not read") == [
        ("Observation-5.json", "The FHIR bundle is nested too deeply to be read safely.")
    ]
    assert len(doc.suggestions) == 4


def test_an_export_with_nothing_readable_is_refused() -> None:
    with pytest.raises(Malformed, match="None of the folder's files"):
        read_fhir_folder([("a.json", b"{}"), ("b.json", b"not json")])
    with pytest.raises(Malformed, match="larger than"):
        half = b" " * (MAX_BYTES // 2 + 1)
        read_fhir_folder([("a.json", half), ("b.json", half)])
    with pytest.raises(Malformed, match="too many"):
        read_fhir_folder([("a.json", b"{}")] * (MAX_ENTRIES + 1))


# -- hostile inputs ------------------------------------------------------------------------
def test_json_nested_10000_deep_is_refused_before_parsing_and_quickly() -> None:
    for data in (
        b"[" * 10_000 + b"]" * 10_000,
        b'{"resourceType":"Bundle","entry":[' + b'{"a":' * 10_000 + b"1" + b"}" * 10_000 + b"]}",
        b"[" * 10_000,  # not even closed
    ):
        started = time.perf_counter()
        with pytest.raises(Malformed, match="nested too deeply"):
            read_fhir(data)
        assert time.perf_counter() - started < 1.0


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    deep_text = "[" * 10_000 + '"{' * 100 + "\\"  # written escaped: \" and \\
    doc = read_fhir(json.dumps({"resourceType": "Condition", "code": {"text": deep_text}}).encode())
    assert _rows(doc, "Conditions")[0][0] == deep_text


def test_a_file_over_the_size_limit_is_refused_unread() -> None:
    with pytest.raises(Malformed, match="larger than 64 MB"):
        read_fhir(b" " * (MAX_BYTES + 1))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<ClinicalDocument/>", "not valid JSON"),
        (b"", "empty"),
        (b'{"resourceType": "Patient", "name": [{"text": "Jos\xe9"}]}', "not UTF-8"),
        (b'{"id": "1", "name": "x"}', "it has no resourceType"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"resourceType": "Bundle", "entry": [1, "two", null]}', "Entry 1 .* not a JSON object"),
        (b'{"resourceType": "Bundle", "entry": {"resource": {}}}', "entries are not a list"),
        (b'{"resourceType": "Bundle", "entry": [{"resource": []}]}', "holds no FHIR resource"),
        (b'{"resourceType": "Bundle", "entry": []}', "holds no resources"),
    ],
    ids=[
        "xml",
        "empty",
        "latin-1",
        "no-resourceType",
        "list",
        "entries-not-objects",
        "entries-not-list",
        "resource-not-object",
        "empty-bundle",
    ],
)
def test_hostile_or_wrong_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(Malformed, match=reason) as refused:
        read_fhir(data)
    message = str(refused.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_millions_of_tiny_values_are_refused_before_parsing() -> None:
    with pytest.raises(Malformed, match="too many values"):
        read_fhir(b"[" + b"[]," * (MAX_BYTES // 16) + b"[]]")


def test_a_bundle_with_too_many_entries_is_refused() -> None:
    entries = b",".join([b"{}"] * (MAX_ENTRIES + 1))
    with pytest.raises(Malformed, match=f"more than {MAX_ENTRIES} entries"):
        read_fhir(b'{"resourceType": "Bundle", "entry": [' + entries + b"]}")


@needs_corpus
def test_damaged_bundles_are_read_or_refused_never_crash() -> None:
    """Every field of the corpus bundle replaced by a value of the wrong shape, and the
    file cut short: a Document or Malformed, nothing else."""
    bundle = json.loads(BUNDLES[0].read_bytes())
    kinds = {e["resource"]["resourceType"]: e for e in bundle["entry"]}  # one of each kind
    bundle["entry"] = list(kinds.values())
    wrong: list[object] = [None, 5, "x", [], {}, [1], {"a": []}, True, [None], [{"coding": 3}]]
    rng = random.Random(19)
    for _ in range(500):
        damaged = copy.deepcopy(bundle)
        resource = rng.choice(damaged["entry"])["resource"]
        target = resource
        for _ in range(rng.randint(0, 2)):  # sometimes a field inside a field
            inner = [v for v in target.values() if isinstance(v, dict)]
            inner += [
                v[0]
                for v in target.values()
                if isinstance(v, list) and v and isinstance(v[0], dict)
            ]
            if not inner:
                break
            target = rng.choice(inner)
        field = rng.choice([k for k in target if k != "resourceType"] or ["x"])
        target[field] = rng.choice(wrong)
        assert isinstance(read_fhir(json.dumps(damaged).encode()), Document)
    data = BUNDLES[0].read_bytes()
    for cut in rng.sample(range(1, len(data)), 50):
        with pytest.raises(Malformed):
            read_fhir(data[:cut])
