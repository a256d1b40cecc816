"""Issue 13, "what a specialist looks for first": the problem list and past history, where
the slides and discs are, the questions for this consultant, the medicines as a table and
the treatments so far. Real vault, real packet, text read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from secondop_desktop import cases, facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.packet import SECTIONS, PacketSpec, build_packet
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


def _text(vault: Vault, spec: PacketSpec, out: Path) -> str:
    build_packet(vault, spec, out)
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True)
    return " ".join(raw.stdout.split())


def test_problem_list_and_past_history(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    since = dates.parse_date_text("about 2015")
    lists.save(vault, case_id, facts.Condition(name="Type 2 diabetes", since=since))
    lists.save(vault, case_id, facts.Condition(name="Appendicitis", status="resolved"))
    text = _text(vault, PacketSpec(case_id=case_id), tmp_path / "p.pdf")
    # On the summary: the current problems; in the section: all of them with their status.
    assert "Other health problems Type 2 diabetes (since about 2015)" in text
    assert "Health problems and past medical history" in text
    assert "Appendicitis" in text and "Resolved" in text
    # The case JSON carries them too.
    from secondop_desktop.summary import case_document

    doc = case_document(vault, case_id)
    assert [c["name"] for c in doc["conditions"]] == ["Type 2 diabetes", "Appendicitis"]
    assert doc["conditions"][0]["since"] == "2015~"


def test_where_the_physical_items_are(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    checklist.save_item(
        vault,
        case_id,
        checklist.Item(
            description="Pathology slides and blocks",
            physical=True,
            status="sent",
            carrier="FedEx",
            tracking="7712 3456 9981",
            sent_on=date(2026, 11, 2),
        ),
    )
    checklist.save_item(vault, case_id, checklist.Item(description="Discharge summary"))
    assert "physical" in SECTIONS
    text = _text(vault, PacketSpec(case_id=case_id), tmp_path / "s.pdf")
    assert SECTIONS["physical"] in text
    assert "Pathology slides and blocks" in text and "FedEx" in text and "7712 3456 9981" in text
    assert "sent 2 Nov 2026" in text
    assert "Discharge summary" not in text  # not a physical item
    left_out = PacketSpec(case_id=case_id, sections=("summary",))
    assert "FedEx" not in _text(vault, left_out, tmp_path / "t.pdf")  # nothing unselected


def test_questions_for_this_consultant_top_three_first(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    okonjo = lists.save(vault, case_id, facts.Clinician(name="Prof. L. Okonjo"))
    mensah = lists.save(vault, case_id, facts.Clinician(name="Dr R. Mensah"))
    for text, who, top in (
        ("For anyone: is surgery needed?", None, False),
        ("For Okonjo: which stage is it?", okonjo.id, False),
        ("For Mensah: when is the scan?", mensah.id, False),
        ("For Mensah but top: can it wait?", mensah.id, True),
    ):
        lists.save(vault, case_id, preparing.Question(text=text, clinician_id=who, top_three=top))
    spec = PacketSpec(case_id=case_id, sections=("questions",), prepared_for="Prof. L. Okonjo")
    text = _text(vault, spec, tmp_path / "q.pdf")
    assert "For Mensah: when is the scan?" not in text
    assert "1 question for other doctors is not included" in text
    order = [text.index(t) for t in ("can it wait?", "is surgery needed?", "which stage is it?")]
    assert order == sorted(order)  # the top question first
    # Chosen on the care team (what the builder and --consultant give): the same questions.
    by_id = PacketSpec(case_id=case_id, sections=("questions",), consultant_id=okonjo.id)
    text = _text(vault, by_id, tmp_path / "r.pdf")
    assert "which stage is it?" in text and "when is the scan?" not in text


def test_medicines_as_a_table_and_treatments_so_far(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Letrozole",
            dose="2.5 mg",
            schedule="once a day",
            started_on=dates.parse_date_text("Mar 2024"),
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.TimelineEvent(title="Lumpectomy", happened_on=date(2024, 2, 1), kind="procedure"),
    )
    text = _text(vault, PacketSpec(case_id=case_id, sections=("summary",)), tmp_path / "m.pdf")
    assert "Medicine Dose Schedule Since Letrozole 2.5 mg once a day Mar 2024" in text
    assert "Treatments so far" in text and "Lumpectomy" in text


def test_photo_pages_carry_a_caption(vault: Vault, tmp_path: Path) -> None:
    """A photographed letter has no letterhead the doctor can go by: its page says what it
    is (title, date, source), and the caption is text the doctor can search."""
    from secondop_desktop import records
    from secondop_desktop.records import importer

    from ..files import photo

    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Lima")).id or 0
    importer.import_files(vault, case_id, [photo(tmp_path / "letter.jpg", "JPEG")])
    (rec,) = records.list_records(vault, case_id)
    records.update_record(
        vault,
        rec.id,
        title="Letter (café visit)",
        date_of_service=date(2026, 10, 3),
        source="Dr A. Fairweather",
    )
    spec = PacketSpec(case_id=case_id, sections=(), record_ids=[rec.id])
    text = _text(vault, spec, tmp_path / "c.pdf")
    assert "Letter (café visit) · 3 October 2026 · Dr A. Fairweather" in text
