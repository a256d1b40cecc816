"""The demo case's care team, two opinions that disagree on one point, a timeline of about
fifteen events, medications, an allergy and family history (all fictional)."""

from __future__ import annotations

from datetime import date, timedelta

from secondop_desktop import facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.store import Vault


def add_case_facts(vault: Vault, case_id: int, today: date, record_ids: dict[str, int]) -> None:
    def ago(days: int) -> date:
        return today - timedelta(days=days)

    mensah = lists.save(
        vault,
        case_id,
        facts.Clinician(
            name="Dr R. Mensah",
            specialty="Haematology",
            facility="St Anne's University Hospital",
            role="first_opinion",
            phone="0161 496 0100",
            email="haematology@stannes.example.org",
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Clinician(
            name="Dr A. Fairweather",
            specialty="General practice",
            facility="Riverside Medical",
            role="referring",
            phone="0161 496 0555",
        ),
    )
    okonjo = lists.save(
        vault,
        case_id,
        facts.Clinician(
            name="Prof. L. Okonjo",
            specialty="Lymphoma",
            facility="Northgate Cancer Centre",
            role="second_opinion",
            email="lymphoma.referrals@northgate.example.org",
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Clinician(
            name="Dr H. Lindqvist",
            specialty="Histopathology",
            facility="St Anne's Pathology",
            role="treating",
        ),
    )
    letter = record_ids.get("Haematology clinic letter.pdf")
    pathology = record_ids.get("Surgical pathology report.pdf")
    lists.save(
        vault,
        case_id,
        facts.Opinion(
            clinician_id=mensah.id,
            given_on=ago(12),
            diagnosis="Follicular lymphoma",
            specifics="Grade 1-2, stage IIIA, FLIPI 3",
            established_by="biopsy, imaging, labs",
            recommendation="Bendamustine with rituximab, six cycles, starting within four weeks",
            reasoning="High-risk FLIPI score; nodes above and below the diaphragm.",
            uncertain="Grade 3A not fully excluded in one area of the biopsy.",
            record_ids=[r for r in (letter, pathology) if r],
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Opinion(
            clinician_id=okonjo.id,
            given_on=ago(2),
            diagnosis="Follicular lymphoma",
            specifics="Grade 1-2, stage IIIA, FLIPI 3",
            established_by="biopsy, imaging, labs",
            recommendation="Watchful waiting for now; rituximab alone if symptoms or bulky disease",
            reasoning="No symptoms, normal blood counts, low tumour burden by GELF criteria.",
            uncertain="Grade 3A not fully excluded in one area of the biopsy.",
            record_ids=[r for r in (pathology,) if r],
        ),
    )
    for text in (
        "Does the high FLIPI score outweigh the low tumour burden?",
        "Should the slides be reviewed for grade 3A before deciding?",
    ):
        lists.save(vault, case_id, facts.ResolvePoint(text=text))

    events = [
        ("Tiredness, thought to be a cold", ago(150), "approximate", "symptom", ""),
        ("Painless lump in the left side of the neck", ago(95), "month", "symptom", ""),
        ("GP visit, referred urgently", ago(60), "day", "appointment", "Dr A. Fairweather"),
        ("Neck ultrasound: several enlarged nodes", ago(57), "day", "test", ""),
        ("CT chest, abdomen and pelvis", ago(52), "day", "test", "Stage III disease"),
        ("First haematology appointment", ago(48), "day", "appointment", "Dr R. Mensah"),
        ("Excision biopsy of a neck node", ago(41), "day", "procedure", "Day case"),
        ("Pathology: follicular lymphoma grade 1-2", ago(35), "day", "diagnosis", ""),
        ("Bone marrow biopsy", ago(30), "day", "procedure", ""),
        ("Blood tests: LDH slightly high", ago(20), "day", "test", ""),
        ("Clinic: BR chemotherapy recommended", ago(12), "day", "appointment", ""),
        ("Asked for a second opinion", ago(10), "day", "other", ""),
        ("Slides requested from St Anne's", ago(34), "day", "other", ""),
        ("Second opinion, Prof. Okonjo", ago(2), "day", "appointment", "Suggests watchful waiting"),
        ("Decision meeting with Dr Mensah", today + timedelta(days=9), "day", "appointment", ""),
    ]
    for title, when, precision, kind, details in events:
        lists.save(
            vault,
            case_id,
            facts.TimelineEvent(
                title=title, happened_on=when, precision=precision, kind=kind, details=details
            ),
        )

    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Amlodipine",
            dose="5 mg",
            route="by mouth",
            schedule="once a day",
            kind="prescription",
            started_on=date(2019, 3, 1),
            reason="Blood pressure",
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Paracetamol",
            dose="1 g",
            route="by mouth",
            schedule="up to four times a day",
            kind="otc",
            reason="Neck discomfort after the biopsy",
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Vitamin D",
            dose="1000 IU",
            route="by mouth",
            schedule="once a day",
            kind="supplement",
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.Medication(
            name="Co-amoxiclav",
            dose="625 mg",
            kind="prescription",
            started_on=ago(300),
            stopped_on=ago(293),
            active=False,
            reason="Chest infection (caused a rash)",
        ),
    )
    for name, since, status, notes in (
        ("High blood pressure", "about 2015", "controlled", "Amlodipine; followed by her GP"),
        ("Gallbladder removed", "2009", "resolved", "Laparoscopic cholecystectomy"),
    ):
        lists.save(
            vault,
            case_id,
            facts.Condition(
                name=name, since=dates.parse_date_text(since), status=status, notes=notes
            ),
        )
    lists.save(
        vault,
        case_id,
        facts.Allergy(
            substance="Penicillin", reaction="Itchy rash over the body", severity="moderate"
        ),
    )
    lists.save(
        vault,
        case_id,
        facts.FamilyHistory(relative="Mother", condition="Breast cancer", age_at_onset="62"),
    )
    lists.save(
        vault,
        case_id,
        facts.FamilyHistory(relative="Brother", condition="Type 2 diabetes", age_at_onset="55"),
    )
