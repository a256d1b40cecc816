"""Text comparison the way the full-text index sees words."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents (Zürich and zurich match), as FTS5's tokenizer folds."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def with_article(noun: str) -> str:
    """"an opinion", "an event", "a clinician": the article English wants before ``noun``
    (by its first letter; the app's nouns have no silent h or "you" sound)."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def pages_text(count: int | None) -> str:
    """ "1 page", "12 pages"; a count never taken is said so, not "0 pages"."""
    if not count:
        return "pages not counted"
    return "1 page" if count == 1 else f"{count} pages"
