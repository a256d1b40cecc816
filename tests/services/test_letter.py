"""The records-request letter (issue 21): an authorisation is enclosed only when it is
claimed, and the checklist's "From" becomes the hospital, not its records department."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from secondop_desktop import cases
from secondop_desktop.packet.letter import LetterRequest, hospital_of, write_request_letter
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.mark.parametrize(
    ("to", "hospital"),
    [
        ("Medical Records Department, St Anne's Hospital\n1 High St", "St Anne's Hospital"),
        ("Medical Records, St Anne's University Hospital", "St Anne's University Hospital"),
        ("Health Records Dept. - Mercy Clinic", "Mercy Clinic"),
        ("Records office at City Clinic", "City Clinic"),
        ("St Anne's Hospital", "St Anne's Hospital"),
        ("Recordsville Clinic", "Recordsville Clinic"),
        ("Medical Records Department, ", ""),
        ("Medical Records Department", ""),
    ],
)
def test_the_hospital_is_read_from_the_to_line(to: str, hospital: str) -> None:
    assert hospital_of(to) == hospital


def test_a_patient_writing_for_themselves_gets_one_page_and_no_claim(
    vault: Vault, tmp_path: Path
) -> None:
    case = cases.create_case(vault, cases.Case(patient_name="Ana Ruiz", contact="ana@example.org"))
    item = checklist.save_item(
        vault, case.id or 0, checklist.Item(id=None, case_id=case.id or 0, description="CT")
    )
    out = write_request_letter(
        vault,
        LetterRequest(
            case.id or 0,
            "CT report",
            department="Medical Records, Hospital Sant Pau",
            item_id=item.id,
        ),
        tmp_path / "l.pdf",
        today=date(2026, 11, 29),
    )
    assert len(PdfReader(out).pages) == 1
    text = _text(out)
    assert "authorisation" not in text.lower() and "Ana Ruiz" in text
    assert checklist.get_item(vault, item.id or 0).source == "Hospital Sant Pau"


def test_a_caregiver_encloses_the_authorisation_it_claims(vault: Vault, tmp_path: Path) -> None:
    case = cases.create_case(
        vault,
        cases.Case(
            patient_name="Luis Ruiz",
            managed_by="caregiver",
            caregiver_name="Ana Ruiz",
            caregiver_relationship="daughter",
        ),
    )
    out = write_request_letter(
        vault,
        LetterRequest(case.id or 0, "Pathology slides", department="Records, Clinic X"),
        tmp_path / "l.pdf",
        today=date(2026, 11, 29),
    )
    assert len(PdfReader(out).pages) == 2
    text = _text(out)
    assert "authorisation enclosed" in text
    assert "This authorisation ends on: 29 November 2027" in text
    assert "release copies of the records below to Ana Ruiz (daughter), who" in text
