"""What a packet contains: the sections chosen, the records in the user's order, paper,
image quality and an optional password. Everything the builder needs, nothing else."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from functools import cache

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The paper's measures, here rather than in render.py: the sandbox workers place record
# pages above the footer band without loading Qt's text layout.
MM = 72 / 25.4  # points per millimetre
FOOTER_HEIGHT = 20.0  # points: the band a footer is drawn in
FOOTER_Y = 6 * MM  # where that band starts above the sheet's bottom edge, on every page

# The packet's sections, in the order a consultant reads them. Cover, contents and the
# records index always come; everything else travels only when chosen. Titles stay in
# English (they are the keys of PacketResult.starts); :func:`title` translates them where
# they are shown, never at import (the command line imports this before a language is set).
SECTIONS: dict[str, str] = {
    "summary": QT_TRANSLATE_NOOP("spec", "Summary"),
    "opinions": QT_TRANSLATE_NOOP("spec", "Diagnosis and opinions"),
    "timeline": QT_TRANSLATE_NOOP("spec", "Timeline"),
    "health": QT_TRANSLATE_NOOP(
        "spec", "Health problems, medications, allergies and family history"
    ),
    "labs": QT_TRANSLATE_NOOP("spec", "Lab results"),
    "imaging": QT_TRANSLATE_NOOP("spec", "Imaging available on disc"),
    "physical": QT_TRANSLATE_NOOP("spec", "Slides, blocks and imaging discs: where they are"),
    "options": QT_TRANSLATE_NOOP("spec", "Treatment options"),
    "questions": QT_TRANSLATE_NOOP("spec", "Questions"),
    "preferences": QT_TRANSLATE_NOOP("spec", "Preferences and values"),
    "trials": QT_TRANSLATE_NOOP("spec", "Clinical trials"),
}
# The parts every packet has (with the summary, whose title is SECTIONS["summary"]).
COVER = QT_TRANSLATE_NOOP("spec", "Cover")
CONTENTS = QT_TRANSLATE_NOOP("spec", "Contents")
RECORDS_INDEX = QT_TRANSLATE_NOOP("spec", "Records index")
RECORDS = QT_TRANSLATE_NOOP("spec", "Records")
PAPERS = {
    "a4": QT_TRANSLATE_NOOP("spec", "A4"),
    "letter": QT_TRANSLATE_NOOP("spec", "US Letter"),
}


def title(text: str) -> str:
    """A part's title, a paper's or a quality's label (English, as above) as shown."""
    return translate("spec", text)


@dataclass(frozen=True)
class Quality:
    label: str  # English: shown through :func:`title`
    long_side: int  # pixels on the longest side of a photo
    jpeg_quality: int


QUALITIES = {
    "small": Quality(QT_TRANSLATE_NOOP("spec", "Small (for email)"), 1200, 60),
    "standard": Quality(QT_TRANSLATE_NOOP("spec", "Standard"), 1700, 72),
    "high": Quality(QT_TRANSLATE_NOOP("spec", "High (for fine detail)"), 2500, 85),
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
    # Photo and scan pages carry the words read from them as invisible text, so the
    # doctor can search and copy them (issue 20).
    text_layer: bool = True

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


PASSWORD_WORDS = 7  # from 1,295: about 72 bits


@cache
def _words() -> tuple[str, ...]:
    """The EFF's short word list (1,296 short, common, vetted words), shipped with
    xkcdpass: easy to say over the phone and to type from a note. Letters only: its one
    hyphenated word ("yo-yo") made a password of seven words read as eight."""
    from xkcdpass import xkcd_password  # type: ignore[import-untyped]

    listed = xkcd_password.generate_wordlist(
        wordfile=xkcd_password.locate_wordfile("eff-short"), min_length=3, max_length=9
    )
    return tuple(w for w in listed if w.isalpha())


def generate_password() -> str:
    """Seven words joined by hyphens ("otter-dawn-banjo-…", about 72 bits): strong enough
    for a file that may be attacked offline, and read out over the phone word by word
    (random letters were hard to say and to hear, issue 21)."""
    words = _words()
    return "-".join(secrets.choice(words) for _ in range(PASSWORD_WORDS))
