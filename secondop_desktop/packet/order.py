"""The records' default order in the packet: by kind, in the order a specialist looks for
them (pathology, then imaging, lab results, letters and clinic notes, everything else),
newest first within each kind. Undated records come after the dated ones of their kind;
records of the same date keep the order they had.

Only a default: the order the user chose in the builder is remembered and kept."""

from __future__ import annotations

from collections.abc import Iterable

from secondop_desktop.records import Record

# The kinds (records/meta.py) in clinical order; any kind not named here comes last.
CLINICAL_GROUPS: tuple[tuple[str, ...], ...] = (
    ("pathology",),
    ("imaging_report", "imaging_images"),
    ("lab",),
    ("consultation", "letter", "discharge", "procedure", "treatment_summary"),
)
_RANK = {kind: rank for rank, kinds in enumerate(CLINICAL_GROUPS) for kind in kinds}


def kind_rank(kind: str) -> int:
    """0 for pathology ... len(CLINICAL_GROUPS) for medication lists, admin and other."""
    return _RANK.get(kind, len(CLINICAL_GROUPS))


def clinical_order(recs: Iterable[Record]) -> list[Record]:
    """``recs`` by kind in clinical order, newest first within each kind, undated last."""
    newest_first = sorted(
        recs,
        key=lambda r: r.date_of_service.toordinal() if r.date_of_service else 0,
        reverse=True,
    )  # stable, also in reverse: records of the same date keep their order
    return sorted(newest_first, key=lambda r: kind_rank(r.kind))
