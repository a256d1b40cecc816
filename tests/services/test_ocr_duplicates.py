"""The same-text duplicate check sees records whose text was read from a picture
(issue 20): a photographed letter is marked as a copy of the portal's PDF of it and of
another photo of it, and a different letter from the same clinic is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from secondop_desktop import cases, records
from secondop_desktop.packet.preflight import run as preflight
from secondop_desktop.packet.spec import PacketSpec
from secondop_desktop.records import importer, ocr, ocr_queue, same_text
from secondop_desktop.store import Vault

from ..files import text_pdf
from .test_ocr import letter_photo

pytestmark = pytest.mark.skipif(not ocr.available(), reason="rapidocr is not installed")

LETTER = [
    "St Mary's Hospital, Department of Haematology",
    "Dear Dr Okonjo, re: Margaret Okafor, born 2 September 1954",
    "The biopsy shows follicular lymphoma, grade 1-2, Ki-67 about 20%.",
    "PET-CT shows nodes above and below the diaphragm, stage III.",
    "I recommend watchful waiting with review in three months.",
    "Allergies: penicillin (rash). Medications: amlodipine 5 mg daily.",
]
# The paper copy the patient photographed came by fax: the fax machine's line on top.
FAXED = ["FAX 0207 946 0321 14/03/2026 09:12 P.001", *LETTER]
OTHER = [
    "St Mary's Hospital, Department of Haematology",
    "Dear Dr Okonjo, re: Margaret Okafor, born 2 September 1954",
    "Her haemoglobin was 118 g/L and platelets were 210 on Tuesday.",
    "Creatinine and liver tests were normal; LDH within its range.",
    "We will repeat the blood count before the next appointment.",
    "Please call the haematology nurse if she has fevers or sweats.",
]


def test_a_photo_of_a_letter_is_marked_as_a_copy_and_another_letter_is_not(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    files = [
        text_pdf(tmp_path / "portal.pdf", [LETTER]),
        letter_photo(tmp_path / "photo.jpg", FAXED),
        letter_photo(tmp_path / "other.jpg", OTHER),
    ]
    portal, photo, other = (
        i.record_id or 0 for i in importer.import_files(vault, case_id, files).items
    )
    assert records.possible_duplicates(records.list_records(vault, case_id)) == {}
    report = ocr_queue.run(vault, case_id)
    assert (report.read, report.failed) == (2, 0)
    # The text read is not the PDF's text (the fax line: an exact hash misses it), yet
    # nearly all its words are; the other letter shares its heading and greeting only.
    read_text = records.record_text(vault, photo)
    assert same_text.text_digest([read_text]) != records.get_record(vault, portal).text_sha256
    mine, pdf_words = (same_text.words(records.record_text(vault, r)) for r in (photo, portal))
    assert same_text.similarity(mine, pdf_words) >= same_text.SAME
    theirs = same_text.words(records.record_text(vault, other))
    assert same_text.similarity(theirs, pdf_words) < 0.5
    assert _pairs(vault, case_id) == {frozenset((photo, portal))}
    # A second photo of the same letter, taken later, is a copy of the first copy's text.
    (again,) = importer.import_files(
        vault, case_id, [letter_photo(tmp_path / "again.png", LETTER)]
    ).items
    ocr_queue.run(vault, case_id)
    first = min(photo, portal)  # import order is the importer's: the later is the copy
    assert _pairs(vault, case_id) == {
        frozenset((photo, portal)),
        frozenset((again.record_id or 0, first)),
    }
    # The pre-flight check says it, naming both.
    found = preflight(vault, PacketSpec(case_id, record_ids=[portal, photo, other]))
    dupes = [f for f in found if f.group == "duplicate"]
    assert [f.record_id for f in dupes] == [max(photo, portal)]
    assert "photo" in dupes[0].text and "portal" in dupes[0].text


def _pairs(vault: Vault, case_id: int) -> set[frozenset[int]]:
    flagged = records.possible_duplicates(records.list_records(vault, case_id))
    return {frozenset((copy, earlier.id)) for copy, earlier in flagged.items()}


def test_a_record_with_its_own_text_keeps_its_hash(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    (item,) = importer.import_files(vault, case_id, [text_pdf(tmp_path / "p.pdf", [LETTER])]).items
    before = records.get_record(vault, item.record_id or 0).text_sha256
    assert before and same_text.settle(vault.db, item.record_id or 0) is None
    assert records.get_record(vault, item.record_id or 0).text_sha256 == before


def test_too_few_words_to_tell_letters_apart_are_not_compared(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    short = ["Margaret Okafor", "Haematology clinic"]
    items = importer.import_files(
        vault, case_id, [letter_photo(tmp_path / f"{n}.jpg", short) for n in "ab"]
    ).items
    ocr_queue.run(vault, case_id)
    assert all(records.get_record(vault, i.record_id or 0).text_sha256 is None for i in items)
    assert records.possible_duplicates(records.list_records(vault, case_id)) == {}


def test_the_pre_flight_check_reads_the_words_of_a_photo(vault: Vault, tmp_path: Path) -> None:
    """Before reading, a photo has no text to check; once read, the letter that names the
    patient passes and the one about somebody else is said to be about another patient."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    other_patient = [line.replace("Margaret Okafor", "John Adeyemi") for line in OTHER]
    mine, theirs = (
        i.record_id or 0
        for i in importer.import_files(
            vault,
            case_id,
            [
                letter_photo(tmp_path / "a.jpg", LETTER),
                letter_photo(tmp_path / "b.jpg", other_patient),
            ],
        ).items
    )
    spec = PacketSpec(case_id, record_ids=[mine, theirs])
    assert {(f.record_id, f.group) for f in preflight(vault, spec) if f.group == "no_text"} == {
        (mine, "no_text"),
        (theirs, "no_text"),
    }
    ocr_queue.run(vault, case_id)
    found = {(f.record_id, f.group) for f in preflight(vault, spec)}
    assert (theirs, "other_patient") in found
    assert not {g for r, g in found if r == mine} & {"no_text", "other_patient"}


FIRST_COUNT = [
    "Northgate Pathology, Haematology. Lab no. 26-004512",
    "Margaret Okafor, born 02/09/1954. Collected 12/03/2026",
    "Full blood count. Haemoglobin 118 g/L (115-165)",
    "White cell count 6.2 (4.0-11.0) Platelets 210 (150-400)",
    "Neutrophils 3.9 (2.0-7.5) Lymphocytes 1.4 (1.0-4.0)",
    "No abnormal cells seen. Authorised by Dr A. Patel.",
]
SECOND_COUNT = [
    "Northgate Pathology, Haematology. Lab no. 26-011873",
    "Margaret Okafor, born 02/09/1954. Collected 11/06/2026",
    "Full blood count. Haemoglobin 124 g/L (115-165)",
    "White cell count 5.8 (4.0-11.0) Platelets 198 (150-400)",
    "Neutrophils 3.5 (2.0-7.5) Lymphocytes 1.6 (1.0-4.0)",
    "No abnormal cells seen. Authorised by Dr A. Patel.",
]


def test_two_blood_counts_from_one_template_are_not_copies(vault: Vault, tmp_path: Path) -> None:
    """Serial results share most of their words (the template) but not their numbers: the
    second is a new result, never offered for deletion as a copy of the first."""
    a, b = ("\n".join(FIRST_COUNT), "\n".join(SECOND_COUNT))
    assert same_text.similarity(same_text.words(a), same_text.words(b)) >= same_text.SAME
    assert not same_text.same_report(a, b)
    case_id = cases.create_case(vault, cases.Case(patient_name="Margaret Okafor")).id or 0
    importer.import_files(
        vault,
        case_id,
        [
            letter_photo(tmp_path / "march.jpg", FIRST_COUNT),
            letter_photo(tmp_path / "june.jpg", SECOND_COUNT),
        ],
    )
    assert ocr_queue.run(vault, case_id).read == 2
    assert _pairs(vault, case_id) == set()
