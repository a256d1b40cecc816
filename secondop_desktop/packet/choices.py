"""What the packet builder remembers per case: the records in the user's order and which
of them are ticked, the sections, the consultant, paper and image quality. Kept in the
vault (``case_values``, as JSON) so it survives closing the builder and locking the vault.

Never the packet's password: it is sent to the consultant another way and must not sit
beside the packet it opens.

A tick is the record's own "In packet" (one truth: the Records page, the builder and the
CLI's export agree); saving the choices writes the ticks there. Applying saved choices to
today's records (:func:`arrange`): records deleted since are simply absent; records
imported since come last and unticked, so nothing travels that the user has not seen in
the list. Without saved choices the records come in clinical order (:mod:`order`).

The consultant defaults to the care team's second-opinion clinician, in the builder and in
the command line's export alike."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from secondop_desktop import cases, facts, records
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.packet.order import clinical_order
from secondop_desktop.packet.spec import PAPERS, QUALITIES, SECTIONS, default_paper
from secondop_desktop.records import Record
from secondop_desktop.store import Vault
from secondop_desktop.store import facts as repo
from secondop_desktop.store import records as record_rows

KEY = "packet_choices"


@dataclass(frozen=True)
class PacketChoices:
    order: tuple[int, ...]  # every record the user saw in the list, in its order
    ticked: frozenset[int]  # the records that travel
    sections: tuple[str, ...] = tuple(SECTIONS)  # the ticked sections
    paper: str = field(default_factory=default_paper)
    quality: str = "standard"
    prepared_for: str | None = None  # None: the second-opinion clinician on the care team


@dataclass
class Arranged:
    records: list[Record]  # in the list's order
    ticked: set[int]
    added: list[Record] = field(default_factory=list)  # imported since: last, unticked


def get_choices(vault: Vault, case_id: int) -> PacketChoices | None:
    """The saved choices, or None when there are none (or they cannot be read: the
    builder then starts from the defaults rather than failing)."""
    raw = repo.get_value(vault.db, case_id, KEY)
    if not raw:
        return None
    try:
        doc = json.loads(raw)
        return _from_doc(doc)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _from_doc(doc: dict[str, Any]) -> PacketChoices:
    off = {str(k) for k in doc.get("sections_off", [])}
    paper = str(doc.get("paper", ""))
    quality = str(doc.get("quality", ""))
    prepared_for = doc.get("prepared_for")
    return PacketChoices(
        order=tuple(int(i) for i in doc["order"]),
        ticked=frozenset(int(i) for i in doc["ticked"]),
        # Stored as the unticked ones: a section added to the app later starts ticked.
        sections=tuple(k for k in SECTIONS if k not in off),
        paper=paper if paper in PAPERS else default_paper(),
        quality=quality if quality in QUALITIES else "standard",
        prepared_for=None if prepared_for is None else str(prepared_for),
    )


def save_choices(vault: Vault, case_id: int, choices: PacketChoices) -> None:
    if choices.paper not in PAPERS or choices.quality not in QUALITIES:
        raise ValueError(translate("choices", "Unknown paper or image quality."))
    doc = {
        "order": list(choices.order),
        "ticked": [i for i in choices.order if i in choices.ticked],
        "sections_off": [k for k in SECTIONS if k not in choices.sections],
        "paper": choices.paper,
        "quality": choices.quality,
        "prepared_for": choices.prepared_for,
    }
    cases.get_case(vault, case_id)  # raises CaseNotFound (a LookupError) when deleted
    with vault.transaction() as db:
        repo.set_value(db, case_id, KEY, json.dumps(doc), dates.utc_now_iso())
        record_rows.set_in_packet(db, case_id, set(choices.ticked), list(choices.order))


def reset_choices(vault: Vault, case_id: int) -> None:
    """Forget the saved choices: the builder opens with the defaults again."""
    with vault.transaction() as db:
        repo.delete_value(db, case_id, KEY)


def arrange(choices: PacketChoices | None, current: list[Record]) -> Arranged:
    """Today's records in the remembered order with the remembered ticks. Without saved
    choices: clinical order (pathology, imaging, labs, letters, the rest; newest first
    within each kind), ticked as each record says ("In packet")."""
    if choices is None:
        return Arranged(clinical_order(current), {r.id for r in current if r.include_in_packet})
    by_id = {r.id: r for r in current}
    known = [by_id[i] for i in dict.fromkeys(choices.order) if i in by_id]
    seen = {r.id for r in known}
    added = [r for r in current if r.id not in seen]
    # Ticks are the records' own "In packet" (changed on the Records page meanwhile too).
    return Arranged(known + added, {r.id for r in known if r.include_in_packet}, added)


def packet_record_ids(vault: Vault, case_id: int) -> list[int]:
    """The records that travel when nobody picks them (the command line's export): those
    "In packet", in the builder's remembered order (records imported since last), else in
    clinical order."""
    arranged = arrange(get_choices(vault, case_id), records.list_records(vault, case_id))
    return [r.id for r in arranged.records if r.include_in_packet]


def consultant_label(clinician: facts.Clinician) -> str:
    """How a consultant is named on the cover: "Prof. L. Okonjo, Northgate Cancer Centre"."""
    return ", ".join(x for x in (clinician.name, clinician.facility) if x)


def care_team(vault: Vault, case_id: int) -> dict[int, facts.Clinician]:
    """The case's care team by clinician id."""
    return {lists.saved_id(c): c for c in lists.list_items(vault, facts.Clinician, case_id)}


def default_consultant(vault: Vault, case_id: int) -> str:
    """The second-opinion clinician on the care team, as the cover names them, or ""."""
    for c in care_team(vault, case_id).values():
        if c.role == "second_opinion":
            return consultant_label(c)
    return ""


def consultant_id(team: dict[int, facts.Clinician], prepared_for: str) -> int | None:
    """The clinician the cover's "For" names (as :func:`consultant_label` or by name
    alone), or None when it names nobody on the care team."""
    text = " ".join(prepared_for.split()).casefold()
    if not text:
        return None
    for cid, c in team.items():
        if text in (consultant_label(c).casefold(), " ".join(c.name.split()).casefold()):
            return cid
    return None


# -- passwords of packets sent (issue 21) -------------------------------------------------
PASSWORDS_KEY = "packet_passwords"
PASSWORDS_KEPT = 10


@dataclass(frozen=True)
class SentPassword:
    """A protected packet's password, kept in the vault (encrypted like everything else)
    so the user can find it when the doctor's office calls to ask."""

    file_name: str
    saved_on: str  # ISO date
    password: str


def remember_password(
    vault: Vault, case_id: int, file_name: str, password: str, saved_on: str | None = None
) -> None:
    kept = [p for p in sent_passwords(vault, case_id) if p.file_name != file_name]
    kept.insert(0, SentPassword(file_name, saved_on or date.today().isoformat(), password))
    doc = [p.__dict__ for p in kept[:PASSWORDS_KEPT]]
    with vault.transaction() as db:
        repo.set_value(db, case_id, PASSWORDS_KEY, json.dumps(doc), dates.utc_now_iso())


def sent_passwords(vault: Vault, case_id: int) -> list[SentPassword]:
    """Newest first; an unreadable entry is skipped, never an error."""
    raw = repo.get_value(vault.db, case_id, PASSWORDS_KEY)
    if not raw:
        return []
    try:
        doc = json.loads(raw)
        return [SentPassword(str(d["file_name"]), str(d["saved_on"]), str(d["password"]))
                for d in doc]  # fmt: skip
    except (ValueError, TypeError, KeyError):
        return []
