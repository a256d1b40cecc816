"""Issue 19: facts read from a structured record are suggestions until the user accepts
them. Accepting makes each kind the right fact (linked to its record where the fact can be),
re-importing the same facts offers nothing twice, a decision is final (LookupError after),
and an accept is one transaction: the fact and its decision are written together or not
at all."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from secondop_desktop import cases, facts, suggested
from secondop_desktop.cases import lists
from secondop_desktop.core.jobs import CancelToken, no_progress
from secondop_desktop.core.validation import FieldError
from secondop_desktop.store import Vault
from secondop_desktop.store import suggestions as repo
from secondop_desktop.store.errors import ConstraintFailed
from secondop_desktop.ui.records.import_flow import _import_job

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "fhir-synthea"
NOW = "2024-05-01T10:00:00+00:00"


def _bundle() -> Path:
    found = sorted(CORPUS.glob("Pablo44*.json"))
    if not found:
        pytest.skip("no Pablo44 bundle in tests/corpus/fhir-synthea")
    return found[0]


def _import(vault: Vault, case_id: int, path: Path):  # type: ignore[no-untyped-def]
    report = _import_job(vault, case_id, [path], {}, cancel=CancelToken(), progress=no_progress)
    assert report.items[0].status == "imported", report.items[0]
    return report.items[0]


@pytest.fixture
def pablo(vault: Vault, qapp) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A case of the bundle's own patient (no date of birth: nothing to disagree with),
    the bundle imported: (case id, record id)."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Pablo Sporer")).id or 0
    item = _import(vault, case_id, _bundle())
    assert item.suggested > 0 and not item.other_patient
    return case_id, item.record_id or 0


def _offer(vault: Vault, case_id: int, record_id: int, *rows: dict[str, str]) -> list[int]:
    """Suggestions as an import stores them (the store's own call), returned by id."""
    with vault.transaction() as db:
        repo.add_pending(db, case_id, record_id, rows, NOW)
    ids = {s.key: s.id for s in suggested.list_suggestions(vault, case_id)}
    return [ids[r["key"]] for r in rows]


def _by_key(vault: Vault, case_id: int, key: str) -> suggested.Suggested:
    return next(s for s in suggested.list_suggestions(vault, case_id, None) if s.key == key)


def test_each_kind_becomes_its_fact_linked_to_its_record(
    vault: Vault, pablo: tuple[int, int]
) -> None:
    case_id, record_id = pablo
    rows = [
        {"kind": "condition", "key": "t1", "text": "Asthma", "date": "2012-05", "status": "active"},
        {"kind": "medication", "key": "t2", "text": "Salbutamol", "date": "2012-06-01",
         "status": "stopped"},
        {"kind": "allergy", "key": "t3", "text": "Penicillin", "status": "active"},
        {"kind": "procedure", "key": "t4", "text": "Appendectomy", "date": "2015-02-03"},
        {"kind": "encounter", "key": "t5", "text": "Inpatient admission", "date": "2016-01-02"},
        {"kind": "encounter", "key": "t6", "text": "General examination", "date": "2017-03-04"},
        {"kind": "immunization", "key": "t7", "text": "Influenza vaccine", "date": "2018-10"},
        {"kind": "lab", "key": "t8", "text": "Potassium", "date": "2019-04-05T08:00:00Z",
         "value": "5.9", "unit": "mmol/L", "reference_range": "3.5-5.1", "flag": "H",
         "code": "http://loinc.org|2823-3"},
    ]  # fmt: skip
    ids = _offer(vault, case_id, record_id, *rows)
    saved = [suggested.accept(vault, sid) for sid in ids]

    condition, medication, allergy, *events, lab = saved
    assert isinstance(condition, facts.Condition) and condition.name == "Asthma"
    assert condition.status == "active" and str(condition.since) == "2012-05"
    assert isinstance(medication, facts.Medication) and medication.name == "Salbutamol"
    assert medication.started_on == date(2012, 6, 1) and medication.active is False
    assert isinstance(allergy, facts.Allergy) and allergy.substance == "Penicillin"
    assert [(type(e), e.kind, e.title) for e in events] == [
        (facts.TimelineEvent, "procedure", "Appendectomy"),
        (facts.TimelineEvent, "hospital_stay", "Inpatient admission"),
        (facts.TimelineEvent, "appointment", "General examination"),
        (facts.TimelineEvent, "vaccination", "Influenza vaccine"),
    ]
    assert all(e.record_ids == [record_id] for e in events), "timeline events cite the record"
    assert isinstance(lab, facts.LabResult)
    assert (lab.test, lab.value, lab.unit, lab.reference_range, lab.flag, lab.code) == (
        "Potassium", "5.9", "mmol/L", "3.5-5.1", "H", "http://loinc.org|2823-3"
    )  # fmt: skip
    assert lab.taken_on == date(2019, 4, 5) and lab.record_ids == [record_id]
    # In the case's own lists, and each suggestion knows the fact it became.
    assert [c.name for c in lists.list_items(vault, facts.Condition, case_id)] == ["Asthma"]
    assert [a.substance for a in lists.list_items(vault, facts.Allergy, case_id)] == ["Penicillin"]
    for sid, fact in zip(ids, saved, strict=True):
        s = suggested.get(vault, sid)
        assert s.state == suggested.ACCEPTED
        assert (s.fact_section, s.fact_id) == (lists.section_of(type(fact)).key, fact.id)


@pytest.mark.parametrize(
    ("status", "expected"),
    [("resolved", "resolved"), ("", "unknown"), ("unconfirmed", "unknown"),
     ("active", "active"), ("remission", "in_remission"), ("inactive", "resolved")],
)  # fmt: skip
def test_a_conditions_status_maps_and_an_unknown_one_stays_unknown(
    vault: Vault,
    pablo: tuple[int, int],
    status: str,
    expected: str,
) -> None:
    case_id, record_id = pablo
    (sid,) = _offer(
        vault,
        case_id,
        record_id,
        {"kind": "condition", "key": "c", "text": "Gout", "status": status},
    )
    condition = suggested.accept(vault, sid)
    assert isinstance(condition, facts.Condition)
    assert condition.status == expected and condition.since is None  # no date: none invented


def test_a_reserialised_copy_of_the_bundle_offers_nothing_twice(
    vault: Vault,
    pablo: tuple[int, int],
    tmp_path: Path,
) -> None:
    case_id, _record = pablo
    before = suggested.list_suggestions(vault, case_id)
    first = before[0]
    suggested.accept(vault, first.id)
    suggested.reject(vault, before[1].id)
    copy = tmp_path / "pablo-again.json"
    copy.write_text(json.dumps(json.loads(_bundle().read_text()), indent=1))
    assert copy.read_bytes() != _bundle().read_bytes()
    item = _import(vault, case_id, copy)
    assert item.suggested == 0
    after = suggested.list_suggestions(vault, case_id)
    assert [s.id for s in after] == [s.id for s in before[2:]], "nothing new, nothing revived"
    assert _by_key(vault, case_id, before[1].key).state == suggested.REJECTED


def test_a_decided_suggestion_cannot_be_decided_again(vault: Vault, pablo: tuple[int, int]) -> None:
    case_id, _record = pablo
    condition, other = [s for s in suggested.list_suggestions(vault, case_id)][:2]
    fact = suggested.accept(vault, condition.id)
    with pytest.raises(LookupError):
        suggested.accept(vault, condition.id)
    with pytest.raises(LookupError):  # rejecting it would orphan the fact it became
        suggested.reject(vault, condition.id)
    assert suggested.get(vault, condition.id).fact_id == fact.id
    assert len(lists.list_items(vault, facts.Condition, case_id)) == 1
    suggested.reject(vault, other.id)
    with pytest.raises(LookupError):
        suggested.accept(vault, other.id)
    with pytest.raises(LookupError):
        suggested.accept(vault, 10**6)
    suggested.reconsider(vault, other.id)  # the undo of a reject
    assert suggested.get(vault, other.id).state == suggested.PENDING
    assert suggested.accept(vault, other.id).id is not None


def test_an_accept_is_one_transaction(vault: Vault, pablo: tuple[int, int]) -> None:
    """A fact not valid as it stands saves nothing; a failure while the decision is written
    (a real SQLite error, from a trigger) takes the fact back out."""
    case_id, record_id = pablo
    undated, condition = _offer(
        vault,
        case_id,
        record_id,
        {"kind": "encounter", "key": "u", "text": "Emergency visit"},
        {"kind": "condition", "key": "v", "text": "Migraine", "status": "active"},
    )
    with pytest.raises(FieldError) as refused:
        suggested.accept(vault, undated)
    assert refused.value.field == "happened_on" and "date" in str(refused.value)
    assert lists.list_items(vault, facts.TimelineEvent, case_id) == []
    assert suggested.get(vault, undated).state == suggested.PENDING
    vault.db.execute(
        "CREATE TEMP TRIGGER no_decisions BEFORE UPDATE OF state ON suggestions "
        "BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    with pytest.raises(ConstraintFailed):  # the store's sentence for an aborted write
        suggested.accept(vault, condition)
    vault.db.execute("DROP TRIGGER no_decisions")
    assert lists.list_items(vault, facts.Condition, case_id) == [], "no fact without decision"
    assert suggested.get(vault, condition).state == suggested.PENDING
    assert suggested.accept(vault, condition).id is not None


def test_accept_all_of_a_kind_keeps_the_undated_with_their_reason(
    vault: Vault, pablo: tuple[int, int]
) -> None:
    case_id, record_id = pablo
    (undated,) = _offer(
        vault, case_id, record_id, {"kind": "encounter", "key": "u", "text": "Emergency visit"}
    )
    pending = suggested.list_suggestions(vault, case_id)
    visits = [s for s in pending if s.kind == "encounter"]
    done = suggested.accept_all(vault, case_id, "encounter")
    assert done.accepted == len(visits) - 1
    assert [(s.id, "date" in why) for s, why in done.left] == [(undated, True)]
    events = lists.list_items(vault, facts.TimelineEvent, case_id)
    assert len(events) == len(visits) - 1
    left = suggested.list_suggestions(vault, case_id)
    assert [s.id for s in left if s.kind == "encounter"] == [undated]
    assert len(left) == len(pending) - done.accepted, "other kinds untouched"
    # Corrected, it is accepted with the user's date.
    event = suggested.accept(vault, undated, {"date": "2021-06"})
    assert isinstance(event, facts.TimelineEvent) and str(event.happened_on) == "2021-06"


def test_an_edited_lab_keeps_the_users_values(vault: Vault, pablo: tuple[int, int]) -> None:
    case_id, _record = pablo
    lab = next(s for s in suggested.list_suggestions(vault, case_id) if s.kind == "lab")
    with pytest.raises(ValueError):
        suggested.accept(vault, lab.id, {"code": "x"})  # not the user's to change
    saved = suggested.accept(vault, lab.id, {"value": " 12.5 ", "unit": "mg/dL", "flag": "H"})
    assert isinstance(saved, facts.LabResult)
    assert (saved.test, saved.value, saved.unit, saved.flag) == (lab.text, "12.5", "mg/dL", "H")
    assert suggested.get(vault, lab.id).state == suggested.ACCEPTED
    assert [r.value for r in lists.list_items(vault, facts.LabResult, case_id)] == ["12.5"]
