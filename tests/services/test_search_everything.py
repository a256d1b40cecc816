"""Search over everything of a case (issue 21): a record's title, source and notes, every
section the user typed into, and page text; each hit says where it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from secondop_desktop import cases, facts, preparing, records, search
from secondop_desktop.cases import lists
from secondop_desktop.preparing import Answer, OptionPoint, Question, TreatmentOption
from secondop_desktop.records import importer
from secondop_desktop.store import Vault

from ..files import photo, text_pdf


def _case(vault: Vault, name: str = "Ana") -> int:
    return cases.create_case(vault, cases.Case(patient_name=name)).id or 0


def test_a_record_title_is_found_though_no_page_says_it(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault)
    path = text_pdf(tmp_path / "us.pdf", [["Findings: a 12 mm lesion at 2 o'clock."]])
    rid = importer.import_files(vault, case_id, [path]).items[0].record_id or 0
    records.update_record(
        vault,
        rid,
        title="Breast ultrasound report",
        source="Imaging Centre West",
        notes="Bring the CD too",
    )
    assert records.search(vault, "ultrasound", case_id=case_id) == []  # pages only: nothing
    found = search.search_case(vault, "ultrasound", case_id=case_id).found
    assert [(f.where, f.label, f.record_id) for f in found] == [
        ("record title", "Breast ultrasound report", rid)
    ]
    assert "[ultrasound]" in found[0].snippet
    # Source and notes too, and a page hit says its page.
    assert search.search_case(vault, "imaging centre", case_id=case_id).found[0].where == (
        "record source"
    )
    assert search.search_case(vault, "cd", case_id=case_id).found[0].where == "record notes"
    lesion = search.search_case(vault, "lesion", case_id=case_id).found
    assert [(f.where, f.page, f.record_id) for f in lesion] == [("page 1", 1, rid)]


def test_every_section_is_searched_and_says_where(vault: Vault) -> None:
    case_id = _case(vault)
    lee = lists.save(vault, case_id, facts.Clinician(name="Dr Lee", facility="Royal Marsden"))
    opinion = lists.save(
        vault,
        case_id,
        facts.Opinion(clinician_id=lee.id, diagnosis="DCIS", recommendation="Lumpectomy"),
    )
    q = lists.save(vault, case_id, Question(text="Is radiotherapy needed after surgery?"))
    lists.save(vault, case_id, Answer(question_id=q.id or 0, answer="Probably, for 3 weeks"))
    option = lists.save(vault, case_id, TreatmentOption(name="Mastectomy"))
    lists.save(
        vault,
        case_id,
        OptionPoint(option_id=option.id or 0, side="risk", text="Longer recovery", importance=3),
    )
    lists.save(
        vault,
        case_id,
        facts.TimelineEvent(
            happened_on=date(2026, 1, 5), title="Core biopsy", details="left breast"
        ),
    )
    lists.save(vault, case_id, facts.Medication(name="Tamoxifen", reason="hormone therapy"))
    lab = lists.save(vault, case_id, facts.LabResult(test="CA 15-3", value="31", unit="U/mL"))
    preparing.save_decision(vault, case_id, preparing.Decision(what="Which surgery to have"))
    preparing.save_preferences(vault, case_id, {"goals": "Keep swimming every week"})

    def where(text: str) -> list[tuple[str, str, str, int | None]]:
        return [
            (f.place, f.where, f.label, f.item_id)
            for f in search.search_case(vault, text, case_id=case_id).found
        ]

    assert where("royal marsden") == [
        ("care_team", "Care team: hospital or practice", "Dr Lee", lee.id)
    ]
    assert where("lumpectomy") == [("opinions", "Opinions: recommendation", "DCIS", opinion.id)]
    # An answer opens its question; a benefit or risk opens its option.
    assert where("3 weeks") == [("questions", "Questions: answer", "Probably, for 3 weeks", q.id)]
    hit = search.search_case(vault, "recovery", case_id=case_id).found[0]
    assert (hit.place, hit.table, hit.item_id) == ("options", "options", option.id)
    assert where("biopsy")[0][:2] == ("timeline", "Timeline: event")
    assert where("hormone")[0][:3] == ("health", "Health: reason", "Tamoxifen")
    assert where("surgery") == [
        ("questions", "Questions: question", "Is radiotherapy needed after surgery?", q.id),
        ("decision", "Decision: the decision", "Decision: the decision", None),
    ]
    assert where("swimming")[0][:2] == ("decision", "Decision: what matters to me")
    assert where("ca 15") == [("health", "Health: lab test", "CA 15-3", lab.id)]
    # Every word must be in the entry; the last may be the start of a word; no accents.
    assert where("lee marsd") and not where("lee mastectomy")
    assert where("TAMOXIFÉN")[0][2] == "Tamoxifen"


def test_one_case_or_every_case(vault: Vault) -> None:
    ana, ben = _case(vault, "Ana"), _case(vault, "Ben")
    lists.save(vault, ana, Question(text="What stage is it?"))
    lists.save(vault, ben, Question(text="What stage is his?"))
    assert {f.case_id for f in search.search_case(vault, "stage", case_id=ana).found} == {ana}
    assert {f.case_id for f in search.search_case(vault, "stage", case_id=None).found} == {ana, ben}


def test_photos_without_text_are_counted(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault)
    importer.import_files(
        vault,
        case_id,
        [photo(tmp_path / "letter.jpg", "JPEG"), text_pdf(tmp_path / "a.pdf", [["words"]])],
    )
    found = search.search_case(vault, "anything", case_id=case_id)
    assert (found.unread, found.unread_photos, found.found) == (1, 1, [])


def test_nothing_typed_finds_nothing(vault: Vault) -> None:
    case_id = _case(vault)
    assert search.search_case(vault, "  ?! ", case_id=case_id).found == []
