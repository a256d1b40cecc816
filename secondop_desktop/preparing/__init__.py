"""Preparing for the visit: questions and answers (with the question bank), treatment
options with what matters to the user, the decision and a certainty check, preferences and
values, clinical trials, appointments.

List-shaped parts use the list engine (:mod:`secondop_desktop.cases.lists`); single values
per case (the decision, the preferences) live in ``case_values``. Importing the package
registers every section. Readiness, which reads all of this, is in
:mod:`secondop_desktop.summary`.
"""

from secondop_desktop.preparing.appointments import Appointment, what_to_bring
from secondop_desktop.preparing.decision import (
    CERTAINTY,
    PREFERENCE_HEADINGS,
    ROLES,
    Decision,
    get_decision,
    get_preferences,
    save_decision,
    save_preferences,
)
from secondop_desktop.preparing.options import (
    WATCHFUL_WAITING,
    OptionPoint,
    OptionSummary,
    TreatmentOption,
    add_watchful_waiting,
    compare_options,
)
from secondop_desktop.preparing.questions import (
    PRIORITIES,
    Answer,
    Question,
    answers_by_question,
    set_top_three,
)
from secondop_desktop.preparing.trials import (
    NCT,
    PHASES,
    TRIAL_STATUSES,
    Trial,
    normalise_registry_id,
    phase_label,
)

__all__ = [
    "CERTAINTY",
    "NCT",
    "PHASES",
    "PREFERENCE_HEADINGS",
    "PRIORITIES",
    "ROLES",
    "TRIAL_STATUSES",
    "WATCHFUL_WAITING",
    "Answer",
    "Appointment",
    "Decision",
    "OptionPoint",
    "OptionSummary",
    "Question",
    "TreatmentOption",
    "Trial",
    "add_watchful_waiting",
    "answers_by_question",
    "compare_options",
    "get_decision",
    "get_preferences",
    "normalise_registry_id",
    "phase_label",
    "save_decision",
    "save_preferences",
    "set_top_three",
    "what_to_bring",
]
