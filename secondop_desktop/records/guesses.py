"""What a new record's first pages suggest (its date of service, kind and title) and the
hash of its words, worked out in the import's sandbox worker right after parsing.

The app's thread stores one file after another while both workers parse; these guesses
(regular expressions over the first pages) were a fifth of its time per file, and an
import of many files waited on that thread. Suggestions only: nothing here is a fact
until the user accepts it (the row keeps ``date_suggested``)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from secondop_desktop.records import meta
from secondop_desktop.records.meta import Guesses
from secondop_desktop.records.same_text import text_digest

if TYPE_CHECKING:
    from secondop_desktop.records.parsing import Parsed


def of(texts: list[str], meta_title: str, name: str, dob: date | None) -> Guesses:
    """The guesses for a record read from a file called ``name`` (the patient's date of
    birth, when known, is never suggested as the date of service)."""
    text = "\n".join(texts[:3])
    return Guesses(
        date_of_service=meta.suggest_date(text, dob=dob),
        kind=meta.guess_kind(text, name),
        title=meta.clean_title(meta_title, name),
        text_sha256=text_digest(texts),
    )


def parse_and_guess(
    path: str, media_type: str, password: str | None, name: str, dob: date | None
) -> Parsed:
    """The import's job in the sandbox: the file parsed, with its guesses. A structured
    document (FHIR, C-CDA) gets none here: its text is that of the PDF the app renders."""
    from secondop_desktop.records.parsing import parse_file

    parsed = parse_file(path, media_type, password)
    if parsed.structured is None:
        parsed.guesses = of(parsed.texts, parsed.meta_title, name, dob)
    return parsed
