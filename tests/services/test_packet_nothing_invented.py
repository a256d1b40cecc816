"""Issue 13, "nothing cut, nothing invented": the summary prints the patient's words in
full, and an empty health list is "Not recorded" unless the user said "none" on purpose.
Real vault, real packet, text read back from the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.packet import PacketSpec, build_packet
from secondop_desktop.store import Vault


def _packet_text(vault: Vault, case_id: int, out: Path) -> str:
    build_packet(vault, PacketSpec(case_id=case_id, record_ids=[], paper="a4"), out)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def test_an_empty_list_is_not_recorded_never_none(vault: Vault, tmp_path: Path) -> None:
    """Today's bug: "Allergies: none known" printed when nothing was entered."""
    case = cases.create_case(vault, cases.Case(patient_name="Ana Lima", reason="Second look"))
    text = _packet_text(vault, case.id or 0, tmp_path / "a.pdf")
    assert "none known" not in text.lower() and "no known allergies" not in text.lower()
    assert "Allergies: Not recorded" in text
    assert "Medicines taken now Not recorded" in text
    assert "Other health problems Not recorded" in text


def test_none_said_on_purpose_is_printed_as_said(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    facts.set_none_stated(vault, case_id, "allergies", True)
    facts.set_none_stated(vault, case_id, "family_history", True)
    lists.save(vault, case_id, facts.Medication(name="Letrozole", dose="2.5 mg"))
    text = _packet_text(vault, case_id, tmp_path / "b.pdf")
    assert "Allergies: No known allergies (as stated by the patient)" in text
    assert "No relevant family history (as stated by the patient)" in text
    assert "Medicine Dose Schedule Since Letrozole 2.5 mg" in text  # a table, not a sentence
    # Said, then unsaid: back to "Not recorded".
    facts.set_none_stated(vault, case_id, "allergies", False)
    assert "Allergies: Not recorded" in _packet_text(vault, case_id, tmp_path / "c.pdf")


def test_the_patients_question_is_printed_in_full(vault: Vault, tmp_path: Path) -> None:
    """Today's bug: "Why a second opinion" stopped at about 420 characters."""
    sentences = [f"Sentence {i} of what worries us about the plan." for i in range(1, 41)]
    reason = " ".join(sentences)  # about 1,900 characters
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima", reason=reason)).id
    text = _packet_text(vault, case_id or 0, tmp_path / "d.pdf")
    for sentence in sentences:
        assert sentence in text


def _pages_text(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages]


def test_no_table_row_is_cut_by_a_page_break(vault: Vault, tmp_path: Path) -> None:
    """Today a row crossing the foot of a page was split: half a medicine's line on one
    page, the rest on the next. Each row now starts and ends on one page, and the table
    goes on under "(continued)" with its header repeated."""
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    for i in range(40):
        reason = f"Reason {i} begins. " + "Taken for a long-standing problem. " * 6
        lists.save(
            vault,
            case_id,
            facts.Medication(name=f"Medicine{i:02}", dose="5 mg", reason=reason + f"End{i:02}."),
        )
    out = tmp_path / "long.pdf"
    build_packet(vault, PacketSpec(case_id=case_id, sections=("health",), record_ids=[]), out)
    pages = _pages_text(out)
    for i in range(40):
        starts = [n for n, text in enumerate(pages) if f"Medicine{i:02}" in text]
        ends = [n for n, text in enumerate(pages) if f"End{i:02}." in text]
        assert starts and starts == ends, (i, starts, ends)
    continued = [text for text in pages if "(continued)" in text]
    assert continued and all("Medicine Dose, form" in text for text in continued)
