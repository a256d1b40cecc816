"""Reading dates people type, without ever guessing between day and month.

"03/04/1954" means March in one country and April in another; a wrong date of birth on a
medical packet is worse than none. So we accept forms that cannot be misread (ISO
1954-09-02, or the month as a word: 2 Sep 1954, September 2, 1954) and explain the rest.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

HINT = "Write it as 2 Sep 1954 or 1954-09-02."


class DateTextError(ValueError):
    pass


def parse_date_text(text: str) -> date | None:
    """``None`` for empty text; a date; or :class:`DateTextError` with a plain reason."""
    cleaned = " ".join(text.replace(",", " ").split()).lower()
    if not cleaned:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", cleaned):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\.? ([a-z]+)\.? (\d{4})", cleaned):
            return date(int(m[3]), _month(m[2]), int(m[1]))
        if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})", cleaned):
            return date(int(m[3]), _month(m[1]), int(m[2]))
    except ValueError as exc:
        if isinstance(exc, DateTextError):
            raise
        raise DateTextError(f"That date does not exist. {HINT}") from None
    if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", cleaned):
        raise DateTextError("Day and month could be confused in that form. " + HINT)
    raise DateTextError(f"That is not a date SecondOp can read. {HINT}")


def _month(word: str) -> int:
    try:
        return MONTHS[word]
    except KeyError:
        raise DateTextError(f"“{word}” is not a month. {HINT}") from None


def format_date(value: date | None) -> str:
    """The unambiguous long form used everywhere on screen: 2 September 1954."""
    return f"{value.day} {value.strftime('%B')} {value.year}" if value else ""


def format_short(value: date | None) -> str:
    """The compact form for tables: 2 Sep 1954 (still unambiguous)."""
    return f"{value.day} {value.strftime('%b')} {value.year}" if value else ""


def utc_now_iso() -> str:
    """The timestamp every row's created_at/updated_at uses: UTC, whole seconds, ISO 8601."""
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0).isoformat()
