"""The demo case's preparation: about 25 questions (three on top, several answered), three
treatment options with rated benefits and risks, preferences, the decision, one clinical
trial and two appointments, one past with notes (all fictional)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from secondop_desktop import facts, preparing
from secondop_desktop.cases import lists
from secondop_desktop.preparing import question_bank
from secondop_desktop.store import Vault

TOP = (
    ("waiting", "Is it safe to wait and watch instead of starting treatment now?"),
    ("diagnosis", "Should the biopsy slides be reviewed again for grade 3A?"),
    (
        "risks",
        "What side effects are common with bendamustine and rituximab, and which are rare "
        "but serious?",
    ),
)
OWN = (
    ("complex", "Does the high FLIPI score outweigh the low tumour burden?"),
    ("preferences", "Could treatment wait until after Ada's wedding in the spring?"),
    ("logistics", "Can some of the treatment happen closer to home?"),
)
# Two from each bank group, in the bank's order: what a user picking from it would get.
FROM_BANK_PER_GROUP = 2


def _clinician(vault: Vault, case_id: int, name: str) -> int | None:
    return next(
        (c.id for c in lists.list_items(vault, facts.Clinician, case_id) if c.name == name),
        None,
    )


def add_preparation(vault: Vault, case_id: int, today: date) -> None:
    mensah = _clinician(vault, case_id, "Dr R. Mensah")
    okonjo = _clinician(vault, case_id, "Prof. L. Okonjo")
    questions = _add_questions(vault, case_id, okonjo)
    _add_answers(vault, case_id, questions, mensah, okonjo, today)
    _add_options(vault, case_id, mensah, okonjo)
    _add_values(vault, case_id)
    trial = lists.save(
        vault,
        case_id,
        preparing.Trial(
            registry_id="NCT01234567",
            title="Early rituximab versus watchful waiting in low-burden follicular lymphoma",
            phase="Phase 3",
            site="Northgate Cancer Centre, Haematology Research Unit",
            contact="Research nurse J. Patel · 0161 496 0888",
            eligibility="Age 18+, stage II-IV, no symptoms, GELF criteria not met. "
            "Asked whether age 72 is a problem: no upper age limit listed.",
            status="asked",
        ),
    )
    for text in (
        "Would joining the trial mean more hospital visits than waiting on my own?",
        "If I am in the waiting group, can I still start treatment whenever I need it?",
    ):
        lists.save(
            vault,
            case_id,
            preparing.Question(text=text, bank_group="trials", trial_id=trial.id),
        )
    _add_appointments(vault, case_id, mensah, okonjo, today)


def _add_questions(vault: Vault, case_id: int, okonjo: int | None) -> dict[str, preparing.Question]:
    out: dict[str, preparing.Question] = {}
    for group, text in TOP:
        out[text] = lists.save(
            vault,
            case_id,
            preparing.Question(
                text=text, bank_group=group, top_three=True, priority="high", clinician_id=okonjo
            ),
        )
    for group, text in OWN:
        out[text] = lists.save(vault, case_id, preparing.Question(text=text, bank_group=group))
    for g in question_bank.groups():
        picked = [q for q in g.questions if q.text not in out][:FROM_BANK_PER_GROUP]
        for q in picked:
            out[q.text] = lists.save(
                vault, case_id, preparing.Question(text=q.text, bank_group=q.group)
            )
    return out


def _add_answers(
    vault: Vault,
    case_id: int,
    questions: dict[str, preparing.Question],
    mensah: int | None,
    okonjo: int | None,
    today: date,
) -> None:
    wait = questions[TOP[0][1]].id
    grade = questions[TOP[1][1]].id
    answers = [
        (wait, mensah, 12, "He would rather start now because the FLIPI score is high."),
        (
            wait,
            okonjo,
            2,
            "Yes for now: no symptoms and a low tumour burden. Scan every 3-6 months.",
        ),
        (grade, okonjo, 2, "Yes. She has asked the lab to send the slides for a review."),
    ]
    home = questions.get("Can some of the treatment happen closer to home?")
    if home is not None:
        answers.append((home.id, mensah, 12, "Blood tests and check-ups can be done at St Anne's."))
    for question_id, who, days_ago, text in answers:
        assert question_id is not None
        lists.save(
            vault,
            case_id,
            preparing.Answer(
                question_id=question_id,
                answer=text,
                clinician_id=who,
                answered_on=today - timedelta(days=days_ago),
            ),
        )


def _add_options(vault: Vault, case_id: int, mensah: int | None, okonjo: int | None) -> None:
    options = (
        (
            preparing.TreatmentOption(
                name="Bendamustine and rituximab (BR), six cycles",
                proposed_by=mensah,
                involves="A day in hospital every four weeks for six months; drips of two "
                "medicines. Then rituximab alone every two months for two years may follow.",
                recovery="Tiredness during the six months; most people feel normal a few "
                "months after the last cycle.",
                costs="Covered by the NHS. Travel to St Anne's: 40 minutes each way.",
                notes="Dr Mensah thinks starting early is safer because of the FLIPI score.",
                leaning=2,
            ),
            [
                ("benefit", "Long remission for most people (often several years)", 4),
                ("benefit", "Treatment over and done with in six months", 3),
            ],
            [
                ("risk", "Infections while blood counts are low", 5),
                ("risk", "Tiredness and feeling sick", 3),
                ("risk", "Missing Ada's wedding in the spring", 5),
            ],
        ),
        (
            preparing.TreatmentOption(
                name=preparing.WATCHFUL_WAITING,
                proposed_by=okonjo,
                involves="Check-ups with blood tests every three months and a scan every "
                "six months; treatment starts if symptoms or bulky disease appear.",
                recovery="Nothing to recover from; life carries on as now.",
                costs="Covered. Fewer trips to hospital.",
                notes="Prof. Okonjo says survival is the same as starting now for people "
                "without symptoms. Worried about the waiting itself.",
                leaning=4,
            ),
            [
                ("benefit", "No side effects while it is not needed", 5),
                ("benefit", "Keeps treatment for when it is needed", 4),
            ],
            [
                ("risk", "Worry about living with untreated lymphoma", 3),
                ("risk", "Might need treatment at a less convenient time", 2),
            ],
        ),
        (
            preparing.TreatmentOption(
                name="Rituximab alone, four weekly doses",
                proposed_by=okonjo,
                involves="Four drips, one a week, each a few hours.",
                recovery="Usually mild: a reaction during the first drip is common.",
                costs="Covered.",
                leaning=3,
            ),
            [("benefit", "Gentle; can delay chemotherapy for years", 4)],
            [
                ("risk", "Reaction during the first drip", 2),
                ("risk", "Lower resistance to infection for a few months", 3),
            ],
        ),
    )
    for option, benefits, risks in options:
        saved = lists.save(vault, case_id, option)
        assert saved.id is not None
        for side, text, importance in benefits + risks:
            lists.save(
                vault,
                case_id,
                preparing.OptionPoint(
                    option_id=saved.id, side=side, text=text, importance=importance
                ),
            )


def _add_values(vault: Vault, case_id: int) -> None:
    preparing.save_preferences(
        vault,
        case_id,
        {
            "goals": "To stay well enough to enjoy the garden and see Ada married in April.",
            "matters_most": "Staying at home and independent; not spending weeks in hospital.",
            "afraid_of": "Infections like the pneumonia I had in 2019; being a burden to Ada.",
            "avoid": "A long hospital stay if there is a gentler way.",
            "who_decides": "Ada (my daughter) comes to every appointment and helps me decide.",
            "practical": "I do not drive; Ada takes time off work for each visit.",
        },
    )
    preparing.save_decision(
        vault,
        case_id,
        preparing.Decision(
            what="Start BR chemotherapy now, or wait and watch with regular check-ups",
            role="together",
            certainty={"sure": False, "understand": True, "values": True, "support": True},
        ),
    )


def _add_appointments(
    vault: Vault, case_id: int, mensah: int | None, okonjo: int | None, today: date
) -> None:
    opinions = lists.list_items(vault, facts.Opinion, case_id)
    second = next((o.id for o in opinions if o.clinician_id == okonjo), None)
    lists.save(
        vault,
        case_id,
        preparing.Appointment(
            starts_at=datetime.combine(today - timedelta(days=2), time(10, 30)),
            clinician_id=okonjo,
            place="Northgate Cancer Centre, Outpatients level 2",
            purpose="Second opinion",
            to_bring=preparing.what_to_bring(vault, case_id),
            notes_after="Prof. Okonjo thinks waiting is safe for now. She wants the slides "
            "reviewed for grade 3A; if confirmed, the advice could change. Next scan in "
            "three months.",
            opinion_id=second,
        ),
    )
    lists.save(
        vault,
        case_id,
        preparing.Appointment(
            starts_at=datetime.combine(today + timedelta(days=9), time(14, 15)),
            clinician_id=mensah,
            place="St Anne's University Hospital, Haematology clinic",
            purpose="Decide on treatment with Dr Mensah, bringing the second opinion",
            to_bring=preparing.what_to_bring(vault, case_id)
            + "\n- Prof. Okonjo's letter\n- Ada's list of the wedding dates",
        ),
    )
