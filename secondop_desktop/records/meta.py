"""Suggestions for a new record's metadata, from its file name and text.

Suggestions only: the user sees and can change each one. Dates are suggested only from
forms that cannot be misread (a month written as a word, or ISO), preferring dates that
follow words such as "date of service", "collected" or "reported".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from secondop_desktop.core.dates import MONTHS
from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The stored kind (left) never changes with the language; its label (English here) is
# shown translated: kind_label().
KINDS: tuple[tuple[str, str], ...] = (
    ("pathology", QT_TRANSLATE_NOOP("meta", "Pathology report")),
    ("imaging_report", QT_TRANSLATE_NOOP("meta", "Imaging report")),
    ("imaging_images", QT_TRANSLATE_NOOP("meta", "Imaging images")),
    ("lab", QT_TRANSLATE_NOOP("meta", "Lab result")),
    ("procedure", QT_TRANSLATE_NOOP("meta", "Operative or procedure note")),
    ("discharge", QT_TRANSLATE_NOOP("meta", "Discharge summary")),
    ("consultation", QT_TRANSLATE_NOOP("meta", "Clinic or consultation note")),
    ("treatment_summary", QT_TRANSLATE_NOOP("meta", "Treatment summary")),
    ("medication_list", QT_TRANSLATE_NOOP("meta", "Medication list")),
    ("letter", QT_TRANSLATE_NOOP("meta", "Referral or letter")),
    ("admin", QT_TRANSLATE_NOOP("meta", "Insurance, ID or admin")),
    ("other", QT_TRANSLATE_NOOP("meta", "Other")),
)
KIND_LABELS = dict(KINDS)


def kind_label(kind: str) -> str:
    """The label of a stored kind in the language installed ("Other" for an unknown one)."""
    return translate("meta", KIND_LABELS.get(kind, KIND_LABELS["other"]))


_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pathology", ("pathology", "histolog", "biopsy", "cytolog", "immunohisto", "specimen")),
    (
        "imaging_report",
        (
            "radiology",
            "ct scan",
            "ct chest",
            "ct abdomen",
            "mri",
            "pet/ct",
            "pet-ct",
            "ultrasound",
            "x-ray",
            "mammogra",
            "impression",
            "findings",
            "contrast",
        ),
    ),
    ("discharge", ("discharge summary", "discharged", "date of discharge")),
    ("procedure", ("operative", "operation note", "procedure note", "anesthesia", "anaesthesia")),
    (
        "lab",
        (
            "reference range",
            "ref range",
            "haemoglobin",
            "hemoglobin",
            "creatinine",
            "laboratory",
            "lab results",
        ),
    ),
    ("medication_list", ("medication list", "current medications", "prescriptions")),
    ("treatment_summary", ("treatment summary", "chemotherapy summary", "radiotherapy summary")),
    ("letter", ("dear dr", "dear doctor", "referral", "yours sincerely", "to whom it may")),
    (
        "consultation",
        ("clinic note", "consultation", "history of present illness", "assessment and plan"),
    ),
    ("admin", ("insurance", "policy number", "member id", "authorization", "authorisation")),
)

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    # Spaces may be missing: text read from a photo often runs "12March2026" together.
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*({_MONTH_WORDS})\.?,?\s*(\d{{4}})\b", re.I),
    re.compile(rf"\b({_MONTH_WORDS})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
)
# A date right after these words is a birth date, never the date of service.
_BIRTH = re.compile(r"(born|birth|d\.?o\.?b\.?|nacid[oa]|nacimiento)\W{0,3}(on\W{0,2})?$", re.I)
_CUES = re.compile(
    r"(date of (service|procedure|exam|examination|report|visit|surgery)|collected|reported|"
    r"examination date|exam date|visit date|dictated|signed)",
    re.I,
)


@dataclass(frozen=True)
class Guesses:
    """What a record's first pages suggest, and its words' hash (records/guesses.py)."""

    date_of_service: date | None
    kind: str
    title: str
    text_sha256: str | None


def guess_kind(text: str, file_name: str = "") -> str:
    """The most likely kind; the file name and the heading count three times the body."""
    head = f"{file_name}\n{text[:300]}".lower()
    body = text[:6000].lower()
    best, best_hits = "other", 0
    for kind, words in _KEYWORDS:
        hits = sum(3 * head.count(w) + body.count(w) for w in words)
        if hits > best_hits:
            best, best_hits = kind, hits
    return best


def _to_date(match: re.Match[str], pattern_index: int) -> date | None:
    try:
        if pattern_index == 0:
            return date(int(match[1]), int(match[2]), int(match[3]))
        if pattern_index == 1:
            return date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
        return date(int(match[3]), MONTHS[match[1].lower()], int(match[2]))
    except (ValueError, KeyError):
        return None


def suggest_date(text: str, today: date | None = None, dob: date | None = None) -> date | None:
    """The most likely date of service in ``text`` (first pages), or None."""
    today = today or date.today()
    head = text[:8000]
    found: list[tuple[int, int, date]] = []  # (cue distance rank, position, date)
    for index, pattern in enumerate(_DATE_PATTERNS):
        for match in pattern.finditer(head):
            value = _to_date(match, index)
            if value is None or value > today or value.year < 1950 or value == dob:
                continue
            before = head[max(0, match.start() - 60) : match.start()]
            if _BIRTH.search(before.rstrip()):
                continue
            cue = 0 if _CUES.search(before) else 1
            found.append((cue, match.start(), value))
    if not found:
        return None
    found.sort()
    return found[0][2]


_NOISE_TITLES = re.compile(r"^(untitled|document\d*|microsoft word - .*|scan\d*|img_?\d+)$", re.I)


def clean_title(meta_title: str | None, file_name: str) -> str:
    """The PDF's own title when it means something, else a readable file name."""
    if meta_title:
        title = " ".join("".join(ch for ch in str(meta_title) if ch.isprintable()).split())
        if 3 <= len(title) <= 200 and not _NOISE_TITLES.match(title) and "\\" not in title:
            return title
    stem = Path(file_name).stem
    stem = re.sub(r"[_]+", " ", stem)
    stem = re.sub(r"\s+", " ", stem).strip()
    return stem[:200] or translate("meta", "Untitled record")
