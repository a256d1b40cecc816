from __future__ import annotations

from datetime import date, timedelta

import pytest

from secondop_desktop import cases, records
from secondop_desktop.records import checklist, importer
from secondop_desktop.store import Vault

from ..files import text_pdf


def test_starter_checklist_covers_what_centres_ask(vault: Vault) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    items = checklist.add_starter(vault, case.id or 0)
    kinds = {i.kind for i in items}
    assert {"pathology", "imaging_report", "imaging_images", "lab", "admin"} <= kinds
    assert any(i.physical for i in items)  # slides and imaging discs
    assert all(i.status == "needed" for i in items)


def test_request_gets_a_due_date_and_goes_overdue(vault: Vault) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    asked = date.today() - timedelta(days=31)
    item = checklist.save_item(
        vault,
        case.id or 0,
        checklist.Item(
            description="Pathology slides",
            kind="pathology",
            physical=True,
            status="requested",
            requested_on=asked,
            carrier="Courier",
            tracking="AB123",
        ),
    )
    assert item.due_on == asked + timedelta(days=30)
    assert item.overdue()
    item.status = "received"
    assert not checklist.save_item(vault, case.id or 0, item).overdue()


def test_requested_without_date_means_today(vault: Vault) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    item = checklist.save_item(
        vault, case.id or 0, checklist.Item(description="CT disc", status="requested")
    )
    assert item.requested_on == date.today()
    assert item.due_on == date.today() + timedelta(days=30)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": " "}, "description"),
        ({"sent_on": date(2026, 5, 2), "returned_on": date(2026, 5, 1)}, "returned_on"),
        ({"requested_on": date.today() + timedelta(days=3)}, "requested_on"),
    ],
)
def test_validation(vault: Vault, changes, field) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    with pytest.raises(checklist.ChecklistError) as info:
        checklist.save_item(vault, case.id or 0, checklist.Item(**({"description": "x"} | changes)))
    assert info.value.field == field


def test_links_to_records_follow_deletes(vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case = cases.create_case(vault, cases.Case(patient_name="Ana"))
    report = importer.import_files(vault, case.id or 0, [text_pdf(tmp_path / "p.pdf")])
    rid = report.items[0].record_id or 0
    item = checklist.save_item(
        vault,
        case.id or 0,
        checklist.Item(description="Pathology report", record_ids=[rid], status="received"),
    )
    assert item.record_ids == [rid]
    records.delete_record(vault, rid)
    assert checklist.get_item(vault, item.id or 0).record_ids == []
    checklist.delete_item(vault, item.id or 0)
    assert checklist.list_items(vault, case.id or 0) == []
