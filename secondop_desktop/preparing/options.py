"""Treatment options with their benefits and risks, each rated for how much it matters to
the user, and watchful waiting as the starting point of every comparison."""

from __future__ import annotations

from dataclasses import dataclass

from secondop_desktop.cases.lists import Section, list_items, register, save
from secondop_desktop.core.validation import FieldError, Missing
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.store import Vault


@dataclass
class TreatmentOption:
    name: str
    proposed_by: int | None = None
    involves: str = ""
    recovery: str = ""
    costs: str = ""
    notes: str = ""
    leaning: int = 0  # 0-5: how much the user leans towards this option
    id: int | None = None


@dataclass
class OptionPoint:
    option_id: int
    side: str  # "benefit" or "risk"
    text: str
    importance: int = 0  # 0-5: how much it matters to the user
    id: int | None = None


def _check_option(o: TreatmentOption) -> None:
    if not o.name.strip():
        raise Missing(
            "name",
            translate("options", "Name the option (for example, surgery or watchful waiting)."),
        )
    if not 0 <= o.leaning <= 5:
        raise FieldError("leaning", translate("options", "Leaning goes from 0 to 5."))


def _check_point(p: OptionPoint) -> None:
    if p.side not in ("benefit", "risk"):
        raise FieldError("side", translate("options", "A point is a benefit or a risk."))
    if not p.text.strip():
        raise Missing("text", translate("options", "Describe the benefit or risk."))
    if not 0 <= p.importance <= 5:
        raise FieldError(
            "importance", translate("options", "Rate how much it matters from 0 to 5.")
        )


register(Section("options", TreatmentOption, _check_option))
register(Section("option_points", OptionPoint, _check_point, "side, position, id"))


# The name given to the option when it is added (in the language of the day: it is the
# user's data from then on, and either name is recognised as the same option).
WATCHFUL_WAITING = QT_TRANSLATE_NOOP("options", "Watchful waiting / no treatment now")


def add_watchful_waiting(vault: Vault, case_id: int) -> TreatmentOption:
    """The starting point every comparison deserves: doing nothing for now."""
    name = translate("options", WATCHFUL_WAITING)
    existing = [
        o for o in list_items(vault, TreatmentOption, case_id) if o.name in (WATCHFUL_WAITING, name)
    ]
    if existing:
        return existing[0]
    return save(
        vault,
        case_id,
        TreatmentOption(
            name=name,
            involves=translate(
                "options", "Regular check-ups and tests instead of starting treatment now."
            ),
        ),
    )


@dataclass(frozen=True)
class OptionSummary:
    option: TreatmentOption
    benefits: tuple[OptionPoint, ...]
    risks: tuple[OptionPoint, ...]

    @property
    def weighted(self) -> int:
        """Benefits minus risks, each weighted by how much it matters (a guide only)."""
        return sum(p.importance for p in self.benefits) - sum(p.importance for p in self.risks)


def compare_options(vault: Vault, case_id: int) -> list[OptionSummary]:
    points = list_items(vault, OptionPoint, case_id)
    out = []
    for option in list_items(vault, TreatmentOption, case_id):
        mine = [p for p in points if p.option_id == option.id]
        out.append(
            OptionSummary(
                option,
                tuple(p for p in mine if p.side == "benefit"),
                tuple(p for p in mine if p.side == "risk"),
            )
        )
    return out
