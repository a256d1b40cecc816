"""A typed date field, used wherever a date is entered (case, records, checklist, lists)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError


class DateField(QWidget):
    """A typed date with its reading shown beside it (no day/month guessing).

    Typing is faster than a calendar for a date of birth, and showing "2 September 1954"
    as it is understood catches mistakes before they reach a doctor.
    """

    def __init__(
        self, field: str, label: str, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumWidth(200)
        self.reading = QLabel()
        self.reading.setStyleSheet("color: #555;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading, 1)
        self.edit.textChanged.connect(self._update_reading)
        self.setFocusProxy(self.edit)
        self._field, self._label = field, label

    def _update_reading(self) -> None:
        try:
            value = dates.parse_date_text(self.edit.text())
        except dates.DateTextError as exc:
            self.reading.setText(str(exc))
            self.reading.setStyleSheet("color: #b3261e;")
        else:
            self.reading.setText(dates.format_date(value))
            self.reading.setStyleSheet("color: #555;")
        self.edit.setAccessibleDescription(self.reading.text())

    def value(self) -> date | None:
        """The date, or raises :class:`FieldError` naming this field."""
        try:
            return dates.parse_date_text(self.edit.text())
        except dates.DateTextError as exc:
            raise FieldError(self._field, f"{self._label}: {exc}") from None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(f"{value.day} {value.strftime('%b')} {value.year}" if value else "")
