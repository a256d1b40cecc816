from __future__ import annotations

from datetime import date

import pytest

from secondop_desktop.records import filetypes
from secondop_desktop.records.meta import clean_title, guess_kind, suggest_date

TODAY = date(2026, 11, 28)


def test_date_after_a_cue_wins() -> None:
    text = "Printed 20 November 2026\nPatient born 2 September 1954\nDate of service: 3 March 2026"
    assert suggest_date(text, TODAY, dob=date(1954, 9, 2)) == date(2026, 3, 3)


def test_ambiguous_and_future_dates_are_not_suggested() -> None:
    assert suggest_date("Seen 03/04/2026 and again 2027-01-01", TODAY) is None
    assert suggest_date("Collected 2026-02-30", TODAY) is None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("SURGICAL PATHOLOGY REPORT\nSpecimen: biopsy", "", "pathology"),
        ("Radiology report\nFindings: ...\nImpression: ...", "", "imaging_report"),
        ("Haemoglobin 118 Reference range 115-165", "", "lab"),
        ("Discharge summary\nDate of discharge", "", "discharge"),
        ("hello", "scan_0001.jpg", "other"),
    ],
)
def test_kind_guess(text: str, name: str, kind: str) -> None:
    assert guess_kind(text, name) == kind


def test_titles() -> None:
    assert clean_title("Surgical pathology report", "x.pdf") == "Surgical pathology report"
    assert clean_title("Microsoft Word - letter.doc", "GP_letter_2026.pdf") == "GP letter 2026"
    assert clean_title("untitled\x00", "ct_report.pdf") == "ct report"
    assert clean_title(None, ".pdf") in (".pdf", "Untitled record")


@pytest.mark.parametrize(
    ("head", "media"),
    [
        (b"%PDF-1.7\n", filetypes.PDF),
        (b"\xff\xd8\xff\xe0", filetypes.JPEG),
        (b"\x89PNG\r\n\x1a\n", filetypes.PNG),
        (b"II*\x00", filetypes.TIFF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", filetypes.WEBP),
        (b"\x00\x00\x00\x18ftypheic", filetypes.HEIC),
        (b"GIF89a", None),
        (b"", None),
    ],
)
def test_sniffing_by_content(head: bytes, media: str | None) -> None:
    assert filetypes.sniff(head) == media


def test_a_birth_date_is_never_the_date_of_service_and_run_together_dates_read() -> None:
    """Issue 20: a letter photographed names the patient's birth date, and text read from
    a photo runs words together ("12March2026")."""
    from secondop_desktop.records.meta import suggest_date

    assert suggest_date("Re: Ana Silva, born 2 September 1954") is None
    assert suggest_date("DOB: 1954-09-02. Date of service 2026-01-05") == date(2026, 1, 5)
    assert suggest_date("Fecha de nacimiento: 1954-09-02") is None
    assert suggest_date("Clinic letter, 12March2026\nborn 2 September 1954") == date(2026, 3, 12)
