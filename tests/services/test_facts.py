"""Care team, opinions, timeline, medications, allergies, family history (issue 4 services)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from secondop_desktop import cases, facts, records, summary
from secondop_desktop.cases import lists
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import text_pdf


@pytest.fixture
def case_id(vault: Vault) -> int:
    return cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0


def test_care_team_and_opinions_with_linked_records(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    report = importer.import_files(vault, case_id, [text_pdf(tmp_path / "path.pdf")])
    rid = report.items[0].record_id
    first = lists.save(
        vault,
        case_id,
        facts.Clinician(
            name="Dr R. Mensah",
            specialty="Haematology",
            facility="St Anne's",
            role="first_opinion",
            email="r.mensah@example.org",
        ),
    )
    assert first.label == "Dr R. Mensah (Haematology, St Anne's)"
    opinion = lists.save(
        vault,
        case_id,
        facts.Opinion(
            clinician_id=first.id,
            given_on=date(2026, 11, 16),
            diagnosis="Follicular lymphoma",
            specifics="Grade 1-2, stage IIIA",
            established_by="biopsy, imaging",
            recommendation="Bendamustine-rituximab now",
            reasoning="FLIPI 3",
            uncertain="Grade 3A not excluded",
            record_ids=[rid],
        ),
    )
    assert opinion.record_ids == [rid]
    records.delete_record(vault, rid)
    assert lists.get_item(vault, facts.Opinion, opinion.id).record_ids == []
    lists.delete(vault, facts.Clinician, first.id)
    assert lists.get_item(vault, facts.Opinion, opinion.id).clinician_id is None


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (facts.Clinician(name=" "), "name"),
        (facts.Clinician(name="Dr X", email="not-an-email"), "email"),
        (facts.Opinion(), "diagnosis"),
        (facts.Opinion(diagnosis="x", given_on=date.today() + timedelta(days=1)), "given_on"),
        (facts.TimelineEvent(title="", happened_on=date(2026, 1, 1)), "title"),
        (
            facts.TimelineEvent(title="Scan", happened_on=date.today() + timedelta(days=9)),
            "happened_on",
        ),
        (
            facts.Medication(
                name="Amlodipine", started_on=date(2026, 5, 2), stopped_on=date(2026, 5, 1)
            ),
            "stopped_on",
        ),
        (facts.Medication(name="X", kind="herbal"), "kind"),
        (facts.Allergy(substance=""), "substance"),
        (facts.FamilyHistory(relative="Mother", condition=""), "condition"),
    ],
)
def test_validation_names_the_field(vault, case_id, item, field):  # type: ignore[no-untyped-def]
    with pytest.raises(facts.FactError) as info:
        lists.save(vault, case_id, item)
    assert info.value.field == field and str(info.value).endswith(".")


def test_future_appointment_is_allowed_on_the_timeline(vault, case_id):  # type: ignore[no-untyped-def]
    soon = date.today() + timedelta(days=7)
    event = lists.save(
        vault,
        case_id,
        facts.TimelineEvent(title="Second opinion visit", happened_on=soon, kind="appointment"),
    )
    assert event.happened_on == soon


def test_timeline_is_in_date_order_with_precision(vault, case_id):  # type: ignore[no-untyped-def]
    for title, when, precision in (
        ("Biopsy", date(2026, 10, 18), "day"),
        ("Neck lump noticed", date(2026, 8, 1), "month"),
        ("Night sweats", date(2025, 1, 1), "year"),
        ("Tired", date(2026, 6, 1), "approximate"),
    ):
        lists.save(
            vault, case_id, facts.TimelineEvent(title=title, happened_on=when, precision=precision)
        )
    events = lists.list_items(vault, facts.TimelineEvent, case_id)
    assert [e.title for e in events] == ["Night sweats", "Tired", "Neck lump noticed", "Biopsy"]
    assert [e.date_text() for e in events] == [
        "2025",
        "about June 2026",
        "August 2026",
        "18 October 2026",
    ]


def test_records_join_the_timeline_in_one_step(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    pdf = text_pdf(
        tmp_path / "p.pdf", [["# Pathology", "Date of service: 3 March 2026", "Biopsy: lymphoma"]]
    )
    undated = text_pdf(tmp_path / "u.pdf", [["no date here at all"]])
    report = importer.import_files(vault, case_id, [pdf, undated])
    ids = [i.record_id for i in report.items]
    # Issue 12: the date read from the text is a suggestion ("3 Mar 2026?"), so the record
    # waits for the user to confirm it instead of becoming an exact date on the timeline.
    first = facts.add_records_to_timeline(vault, case_id, ids)
    assert first.added == [] and [r.id for r in first.unconfirmed] == [ids[0]]
    assert lists.list_items(vault, facts.TimelineEvent, case_id) == []
    suggested = records.get_record(vault, ids[0])
    records.update_record(vault, ids[0], date_of_service=suggested.date_of_service)  # accepted
    added = facts.add_records_to_timeline(vault, case_id, ids).added
    assert len(added) == 1 and added[0].happened_on == date(2026, 3, 3)
    assert added[0].kind == "diagnosis" and added[0].record_ids == [ids[0]]
    again = facts.add_records_to_timeline(vault, case_id, ids)  # not twice
    assert again.added == [] and again.unconfirmed == []


def test_medications_allergies_family_history(vault, case_id):  # type: ignore[no-untyped-def]
    lists.save(vault, case_id, facts.Medication(name="Paracetamol", kind="otc", active=True))
    lists.save(
        vault, case_id, facts.Medication(name="Vitamin D", dose="1000 IU", kind="supplement")
    )
    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Prednisolone",
            active=False,
            started_on=date(2026, 1, 1),
            stopped_on=date(2026, 2, 1),
        ),
    )
    meds = lists.list_items(vault, facts.Medication, case_id)
    assert [m.active for m in meds] == [True, True, False]  # active ones first
    lists.save(
        vault, case_id, facts.Allergy(substance="Penicillin", reaction="Rash", severity="moderate")
    )
    lists.save(
        vault,
        case_id,
        facts.FamilyHistory(relative="Mother", condition="Breast cancer", age_at_onset="62"),
    )
    doc = summary.case_document(vault, case_id)
    json.dumps(doc)
    assert {m["kind"] for m in doc["medications"]} == {"otc", "supplement", "prescription"}
    assert doc["allergies"][0]["substance"] == "Penicillin"
    assert doc["family_history"][0]["relative"] == "Mother"
    assert set(doc) >= {"care_team", "opinions", "timeline", "points_to_resolve"}


def test_delete_then_undo_restores_id_order_and_links(vault, case_id, tmp_path):  # type: ignore[no-untyped-def]
    rid = importer.import_files(vault, case_id, [text_pdf(tmp_path / "a.pdf")]).items[0].record_id
    a = lists.save(vault, case_id, facts.TimelineEvent(title="A", happened_on=date(2026, 1, 1)))
    b = lists.save(
        vault,
        case_id,
        facts.TimelineEvent(title="B", happened_on=date(2026, 2, 1), record_ids=[rid]),
    )
    gone = lists.delete(vault, facts.TimelineEvent, b.id)
    assert [e.title for e in lists.list_items(vault, facts.TimelineEvent, case_id)] == ["A"]
    back = lists.restore(vault, gone)
    assert back == b and back.id == b.id
    assert [e.id for e in lists.list_items(vault, facts.TimelineEvent, case_id)] == [a.id, b.id]


def test_reorder_care_team(vault, case_id):  # type: ignore[no-untyped-def]
    ids = [lists.save(vault, case_id, facts.Clinician(name=n)).id for n in "ABC"]
    lists.move(vault, facts.Clinician, case_id, ids[2], -1)
    assert [c.name for c in lists.list_items(vault, facts.Clinician, case_id)] == ["A", "C", "B"]


def test_comparison_highlights_disagreement() -> None:
    first = facts.Opinion(
        diagnosis="Follicular lymphoma",
        specifics="Grade 1-2",
        recommendation="Start BR chemotherapy now",
    )
    second = facts.Opinion(
        diagnosis="follicular lymphoma.",
        specifics="Grade 1-2",
        recommendation="Watchful waiting; treat if symptoms",
    )
    rows = {r.aspect: r for r in facts.compare([first, second])}
    assert not rows["diagnosis"].differ  # same words, different case and punctuation
    assert rows["recommendation"].differ
    assert not rows["uncertain"].differ  # neither said anything
