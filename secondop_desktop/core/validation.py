"""The one error type for a user-fixable input problem, shared by every section."""

from __future__ import annotations


class FieldError(ValueError):
    """A plain sentence for the user; ``field`` names the input to focus (may be "")."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
