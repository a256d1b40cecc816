"""Understanding the case: the care team, opinions and the points to resolve between them,
the timeline, medications, allergies, family history and lab results.

Each is a list section of the case (see :mod:`secondop_desktop.cases.lists` for add, edit,
reorder, delete and undo); this package holds their dataclasses, validation and the few
operations of their own (comparing opinions, dated records onto the timeline). Importing
the package registers every section with the list engine.
"""

from secondop_desktop.core.validation import FieldError
from secondop_desktop.facts.care_team import ROLES, Clinician, role_label
from secondop_desktop.facts.health import (
    CONDITION_STATUSES,
    HEALTH_LISTS,
    MED_KINDS,
    SEVERITIES,
    SEVERITY_LABELS,
    Allergy,
    Condition,
    FamilyHistory,
    Medication,
    condition_status_label,
    empty_wording,
    health_list_none,
    med_kind_label,
    none_stated,
    set_none_stated,
    severity_label,
)
from secondop_desktop.facts.labs import (
    CHART_MINIMUM,
    FLAGS,
    LabHistory,
    LabResult,
    direction_label,
    flag_label,
    histories,
)
from secondop_desktop.facts.opinions import (
    ASPECTS,
    ESTABLISHED_BY,
    ComparisonRow,
    Opinion,
    ResolvePoint,
    aspect_label,
    compare,
)
from secondop_desktop.facts.timeline import (
    EVENT_KINDS,
    PRECISIONS,
    TimelineEvent,
    add_records_to_timeline,
    event_kind_label,
    format_event_date,
)

FactError = FieldError

__all__ = [
    "ASPECTS",
    "CHART_MINIMUM",
    "CONDITION_STATUSES",
    "ESTABLISHED_BY",
    "EVENT_KINDS",
    "FLAGS",
    "HEALTH_LISTS",
    "MED_KINDS",
    "PRECISIONS",
    "ROLES",
    "SEVERITIES",
    "SEVERITY_LABELS",
    "Allergy",
    "Clinician",
    "ComparisonRow",
    "Condition",
    "FactError",
    "FamilyHistory",
    "LabHistory",
    "LabResult",
    "Medication",
    "Opinion",
    "ResolvePoint",
    "TimelineEvent",
    "add_records_to_timeline",
    "aspect_label",
    "compare",
    "condition_status_label",
    "direction_label",
    "empty_wording",
    "event_kind_label",
    "flag_label",
    "format_event_date",
    "health_list_none",
    "histories",
    "med_kind_label",
    "none_stated",
    "role_label",
    "set_none_stated",
    "severity_label",
]
