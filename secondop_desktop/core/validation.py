"""The one error type for a user-fixable input problem, shared by every section."""

from __future__ import annotations


class FieldError(ValueError):
    """A plain sentence for the user; ``field`` names the input to focus (may be "")."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


class Missing(FieldError):
    """A field the entry needs is still empty.

    Unlike a wrong value, an empty one can be stored: the entry is kept as a draft, marked
    as needing attention, so nothing typed in its other fields is lost while the user
    finds the missing words.
    """
