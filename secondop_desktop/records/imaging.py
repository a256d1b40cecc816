"""The imaging studies a case's discs hold, as their indexes (DICOMDIR) list them: what
the consultant's radiologist will find on the disc that travels with the patient. Headers
only; the images stay on the disc."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from secondop_desktop.core import dates
from secondop_desktop.store import Vault
from secondop_desktop.store import suggestions as repo


@dataclass(frozen=True)
class ImagingStudy:
    record_id: int  # the disc index's record
    date: str  # ISO 8601 as the disc gives it, or ""
    modality: str  # "CT", "MR, PT"...
    description: str
    body_part: str
    series: int
    images: int
    accession: str = ""
    patient: str = ""

    def day(self) -> dt.date | None:
        return dates.from_iso_prefix(self.date)


def studies(vault: Vault, case_id: int) -> list[ImagingStudy]:
    """Every study of every disc indexed in the case, disc by disc in the disc's order."""
    return [
        ImagingStudy(
            record_id=int(r["record_id"]),
            date=r["study_date"],
            modality=r["modality"],
            description=r["description"],
            body_part=r["body_part"],
            series=int(r["series"]),
            images=int(r["images"]),
            accession=r["accession"],
            patient=r["patient"],
        )
        for r in repo.studies_for_case(vault.db, case_id)
    ]


def to_json(study: ImagingStudy) -> dict[str, Any]:
    """A study as the case document carries it (its disc's record by the document's id)."""
    return asdict(study)


def restore(
    vault: Vault, case_id: int, entries: list[dict[str, Any]], records: dict[int, int]
) -> None:
    """A case document's studies, onto the disc records imported with it (``records``:
    document record id -> new id; studies of a record left out stay out with it)."""
    by_record: dict[int, list[dict[str, Any]]] = {}
    for e in entries:
        if e["record_id"] in records:
            by_record.setdefault(records[e["record_id"]], []).append(e | {"study_date": e["date"]})
    # A disc's index imported again from its own file has its studies already.
    known = {s.record_id for s in studies(vault, case_id)}
    with vault.transaction() as db:
        for record_id, studies_of in by_record.items():
            if record_id not in known:
                repo.add_studies(db, case_id, record_id, studies_of)
