"""The records checklist: what to gather, from whom, and where each item stands.

Status moves needed -> requested -> received -> sent (to the consultant). A request is due
30 days after it was made (the HIPAA right-of-access deadline in the US, a fair default
elsewhere); an overdue request stands out. Physical items (slides, blocks, imaging discs)
carry shipping details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.records.meta import KIND_LABELS, kind_label
from secondop_desktop.store import Vault
from secondop_desktop.store import checklist as repo

STATUSES = ("needed", "requested", "received", "sent")
# In English; status_label gives a status in the user's language.
STATUS_LABELS = {
    "needed": QT_TRANSLATE_NOOP("checklist", "Still needed"),
    "requested": QT_TRANSLATE_NOOP("checklist", "Requested"),
    "received": QT_TRANSLATE_NOOP("checklist", "Received"),
    "sent": QT_TRANSLATE_NOOP("checklist", "Sent to the consultant"),
}
REQUEST_DAYS = 30


def status_label(status: str) -> str:
    """A status as the user reads it, in the installed language."""
    return translate("checklist", STATUS_LABELS.get(status, status))


ChecklistError = FieldError


@dataclass
class Item:
    description: str
    kind: str = "other"
    source: str = ""
    physical: bool = False
    carrier: str = ""
    tracking: str = ""
    sent_on: date | None = None
    returned_on: date | None = None
    status: str = "needed"
    requested_on: date | None = None
    due_on: date | None = None
    notes: str = ""
    id: int | None = None
    case_id: int | None = None
    position: int = 0
    record_ids: list[int] = field(default_factory=list)

    def overdue(self, today: date | None = None) -> bool:
        today = today or date.today()
        return self.status == "requested" and self.due_on is not None and self.due_on < today

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)  # in the language installed

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in self.__dict__.items():
            out[key] = value.isoformat() if isinstance(value, date) else value
        return out


# Our own wording of what second-opinion centres ask for (PRODUCT.md); added to a case in
# the user's language (then they are the user's words, to change as they like).
STARTER: tuple[tuple[str, str, bool], ...] = (
    (
        "pathology",
        QT_TRANSLATE_NOOP(
            "checklist",
            "Pathology reports for every biopsy and surgery, with marker and molecular results",
        ),
        False,
    ),
    (
        "pathology",
        QT_TRANSLATE_NOOP(
            "checklist",
            "Glass slides or tissue blocks from the pathology lab (shipped by the lab)",
        ),
        True,
    ),
    (
        "imaging_report",
        QT_TRANSLATE_NOOP(
            "checklist", "Radiology reports for every scan (CT, MRI, PET, ultrasound)"
        ),
        False,
    ),
    (
        "imaging_images",
        QT_TRANSLATE_NOOP(
            "checklist",
            "The scan images themselves on a disc or USB stick "
            "(a report alone is often not enough)",
        ),
        True,
    ),
    ("procedure", QT_TRANSLATE_NOOP("checklist", "Operative and procedure notes"), False),
    ("discharge", QT_TRANSLATE_NOOP("checklist", "Discharge summaries from hospital stays"), False),
    (
        "lab",
        QT_TRANSLATE_NOOP(
            "checklist",
            "Recent lab results with dates and reference ranges, including tumour markers",
        ),
        False,
    ),
    (
        "treatment_summary",
        QT_TRANSLATE_NOOP(
            "checklist",
            "Treatment so far: drugs, doses, cycles and dates; radiation dose "
            "and dates; the plan now proposed",
        ),
        False,
    ),
    (
        "consultation",
        QT_TRANSLATE_NOOP(
            "checklist",
            "Notes from the specialists seen, and a summary letter from the treating doctor",
        ),
        False,
    ),
    (
        "admin",
        QT_TRANSLATE_NOOP("checklist", "Photo ID and insurance card (front and back)"),
        False,
    ),
    (
        "letter",
        QT_TRANSLATE_NOOP(
            "checklist", "Referral or consultation request form, and a signed records release"
        ),
        False,
    ),
)


def _parse(row: dict[str, Any], record_ids: list[int]) -> Item:
    def d(key: str) -> date | None:
        return dates.from_stored(row[key])

    return Item(
        id=int(row["id"]),
        case_id=int(row["case_id"]),
        description=row["description"],
        kind=row["kind"],
        source=row["source"],
        physical=bool(row["physical"]),
        carrier=row["carrier"],
        tracking=row["tracking"],
        sent_on=d("sent_on"),
        returned_on=d("returned_on"),
        status=row["status"],
        requested_on=d("requested_on"),
        due_on=d("due_on"),
        notes=row["notes"],
        position=int(row["position"]),
        record_ids=record_ids,
    )


def _row(item: Item) -> dict[str, Any]:
    def d(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "kind": item.kind,
        "description": item.description.strip(),
        "source": item.source,
        "physical": int(item.physical),
        "carrier": item.carrier,
        "tracking": item.tracking,
        "sent_on": d(item.sent_on),
        "returned_on": d(item.returned_on),
        "status": item.status,
        "requested_on": d(item.requested_on),
        "due_on": d(item.due_on),
        "notes": item.notes,
        "updated_at": dates.utc_now_iso(),
    }


def _validate(item: Item) -> None:
    if not item.description.strip():
        raise ChecklistError(
            "description", translate("checklist", "Describe what is to be gathered.")
        )
    if item.status not in STATUSES:
        raise ChecklistError("status", translate("checklist", "Choose a status."))
    if item.kind not in KIND_LABELS:
        raise ChecklistError("kind", translate("checklist", "Choose a kind of record."))
    if item.requested_on and item.requested_on > date.today():
        raise ChecklistError(
            "requested_on", translate("checklist", "The request date is in the future.")
        )
    if item.sent_on and item.returned_on and dates.latest_day(item.returned_on) < item.sent_on:
        raise ChecklistError(
            "returned_on",
            translate("checklist", "The return date is before the date it was sent."),
        )
    if item.status == "requested" and item.requested_on is None:
        item.requested_on = date.today()
    if item.requested_on and item.due_on is None:
        item.due_on = item.requested_on + timedelta(days=REQUEST_DAYS)


def list_items(vault: Vault, case_id: int) -> list[Item]:
    links = repo.links(vault.db, case_id)
    return [_parse(r, links.get(int(r["id"]), [])) for r in repo.for_case(vault.db, case_id)]


def get_item(vault: Vault, item_id: int) -> Item:
    row = repo.get(vault.db, item_id)
    if row is None:
        raise LookupError(
            translate("checklist", "There is no checklist item with id {id}.").format(id=item_id)
        )
    return _parse(row, repo.links(vault.db, int(row["case_id"])).get(item_id, []))


def save_item(vault: Vault, case_id: int, item: Item) -> Item:
    """Create or update an item and its record links, in one transaction."""
    _validate(item)
    row = _row(item)
    with vault.transaction() as db:
        if item.id is None:
            item_id = repo.insert(db, {**row, "case_id": case_id, "created_at": row["updated_at"]})
        else:
            item_id = item.id
            repo.update(db, item_id, row)
        repo.set_links(db, item_id, item.record_ids)
    return get_item(vault, item_id)


def delete_item(vault: Vault, item_id: int) -> None:
    with vault.transaction() as db:
        repo.delete(db, item_id)


def add_starter(vault: Vault, case_id: int) -> list[Item]:
    """Add the starter checklist (what centres usually ask for) to a case."""
    now = dates.utc_now_iso()
    with vault.transaction() as db:
        for kind, description, physical in STARTER:
            repo.insert(
                db,
                {
                    "case_id": case_id,
                    "kind": kind,
                    "description": translate("checklist", description),
                    "physical": int(physical),
                    "status": "needed",
                    "created_at": now,
                    "updated_at": now,
                },
            )
    return list_items(vault, case_id)
