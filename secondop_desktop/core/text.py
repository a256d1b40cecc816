"""Text comparison the way the full-text index sees words."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents (Zürich and zurich match), as FTS5's tokenizer folds."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
