"""What a packet contains: the sections chosen, the records in the user's order, paper,
image quality and an optional password. Everything the builder needs, nothing else."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

# The packet's sections, in the order a consultant reads them. Cover, contents and the
# records index always come; everything else travels only when chosen.
SECTIONS: dict[str, str] = {
    "summary": "Summary",
    "opinions": "Diagnosis and opinions",
    "timeline": "Timeline",
    "health": "Health problems, medications, allergies and family history",
    "physical": "Slides, blocks and imaging discs: where they are",
    "options": "Treatment options",
    "questions": "Questions",
    "preferences": "Preferences and values",
    "trials": "Clinical trials",
}
PAPERS = {"a4": "A4", "letter": "US Letter"}


@dataclass(frozen=True)
class Quality:
    label: str
    long_side: int  # pixels on the longest side of a photo
    jpeg_quality: int


QUALITIES = {
    "small": Quality("Small (for email)", 1200, 60),
    "standard": Quality("Standard", 1700, 72),
    "high": Quality("High (for fine detail)", 2500, 85),
}


# Where US Letter is the usual paper (CLDR's paper-size data): everywhere else uses A4.
LETTER_TERRITORIES = frozenset(
    {
        "Belize",
        "Canada",
        "Chile",
        "Colombia",
        "CostaRica",
        "ElSalvador",
        "Guatemala",
        "Mexico",
        "Nicaragua",
        "Panama",
        "Philippines",
        "PuertoRico",
        "UnitedStates",
        "Venezuela",
    }
)


def default_paper() -> str:
    """US Letter where Qt's locale (the one the window shows dates and numbers in: the
    system's regional settings, or what the app set) is in a Letter country, A4 anywhere
    else, including the C and POSIX locales of servers and containers."""
    from PySide6.QtCore import QLocale

    return "letter" if QLocale().territory().name in LETTER_TERRITORIES else "a4"


@dataclass
class PacketSpec:
    case_id: int
    sections: tuple[str, ...] = tuple(SECTIONS)
    record_ids: list[int] = field(default_factory=list)  # in packet order
    paper: str = "a4"
    quality: str = "standard"
    password: str = ""
    prepared_for: str = ""  # the consultant, as shown on the cover
    consultant_id: int | None = None  # that consultant on the care team, when chosen there

    def check(self) -> None:
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValueError(f"Unknown packet sections: {', '.join(sorted(unknown))}")
        if self.paper not in PAPERS:
            raise ValueError("Paper must be A4 or Letter.")
        if self.quality not in QUALITIES:
            raise ValueError("Unknown image quality.")
        if len(set(self.record_ids)) != len(self.record_ids):
            raise ValueError("A record is listed twice.")


# No 0/o, 1/l/i: the password is read out over the phone or typed from a note.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def generate_password() -> str:
    """Four groups of four characters (about 79 bits): strong enough for a file that may
    be attacked offline, short enough to read out over the phone."""
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(4))
    return "-".join(groups)
