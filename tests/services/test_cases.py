from __future__ import annotations

from datetime import date, timedelta

import pytest

from secondop_desktop import cases, summary
from secondop_desktop.store import Vault


def _case(**kw) -> cases.Case:  # type: ignore[no-untyped-def]
    return cases.Case(**({"patient_name": "Margaret Okafor"} | kw))


def test_create_and_read_back(vault: Vault) -> None:
    made = cases.create_case(
        vault,
        _case(
            patient_dob=date(1954, 9, 2),
            managed_by="caregiver",
            caregiver_name="Ada",
            caregiver_relationship="daughter",
            title="Lymphoma",
            reason="Confirm the grade",
            decide_by=date.today() + timedelta(days=10),
        ),
    )
    assert made.id is not None and made.created_at is not None
    again = cases.get_case(vault, made.id)
    assert again == made
    assert again.manager_text() == "Managed by Ada (daughter)"


def test_update_changes_fields_and_timestamp(vault: Vault) -> None:
    made = cases.create_case(vault, _case())
    made.title = "New title"
    made.status = "ready"
    updated = cases.update_case(vault, made)
    assert updated.title == "New title" and updated.status == "ready"
    assert updated.updated_at is not None and made.created_at is not None
    assert updated.updated_at >= made.created_at


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"patient_name": "  "}, "patient_name", "Enter the patient's name."),
        ({"patient_dob": date.today() + timedelta(days=1)}, "patient_dob", "future"),
        ({"managed_by": "caregiver"}, "caregiver_name", "caregiver's name"),
        ({"status": "lost"}, "status", "status"),
    ],
)
def test_validation_names_the_field_and_says_why(vault: Vault, changes, field, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(cases.ValidationError, match=message) as info:
        cases.create_case(vault, _case(**changes))
    assert info.value.field == field
    assert cases.list_cases(vault) == []


def test_parse_date_explains_the_expected_form() -> None:
    assert cases.parse_date("1956-03-14", "patient_dob", "--dob") == date(1956, 3, 14)
    assert cases.parse_date("", "patient_dob", "--dob") is None
    # Issue 12: one valid reading is taken; two are named, never guessed.
    assert cases.parse_date("14/03/1956", "patient_dob", "--dob") == date(1956, 3, 14)
    with pytest.raises(cases.ValidationError, match=r"1956-04-03 .* 1956-03-04"):
        cases.parse_date("03/04/1956", "patient_dob", "--dob")


def test_archive_hides_from_default_list(vault: Vault) -> None:
    a = cases.create_case(vault, _case(patient_name="Ana"))
    b = cases.create_case(vault, _case(patient_name="Ben"))
    cases.set_archived(vault, a.id or 0, True)
    assert [c.patient_name for c in cases.list_cases(vault)] == ["Ben"]
    assert [c.patient_name for c in cases.list_cases(vault, include_archived=True)] == [
        "Ben",
        "Ana",
    ]
    cases.set_archived(vault, a.id or 0, False)
    assert {c.id for c in cases.list_cases(vault)} == {a.id, b.id}


def test_delete_removes_only_that_case(vault: Vault) -> None:
    a = cases.create_case(vault, _case(patient_name="Ana"))
    b = cases.create_case(vault, _case(patient_name="Ben"))
    cases.delete_case(vault, a.id or 0)
    assert [c.id for c in cases.list_cases(vault)] == [b.id]
    with pytest.raises(cases.CaseNotFound):
        cases.get_case(vault, a.id or 0)


def test_update_of_deleted_case_is_reported(vault: Vault) -> None:
    a = cases.create_case(vault, _case())
    cases.delete_case(vault, a.id or 0)
    with pytest.raises(cases.CaseNotFound):
        cases.update_case(vault, a)


def test_case_document_is_json_ready(vault: Vault) -> None:
    import json

    made = cases.create_case(vault, _case(patient_dob=date(1954, 9, 2), title="王小明"))
    doc = summary.case_document(vault, made.id or 0)
    text = json.dumps(doc, ensure_ascii=False)
    assert doc["case"]["patient_dob"] == "1954-09-02"
    assert "王小明" in text
