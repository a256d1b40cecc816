"""A day and a time typed as people say them ("14 Dec 2026" at "2 pm"), for appointments.

The sectioned spin box it replaces turned "14" typed into the hour into 09:04 (issue 21);
here the day is the same free-text date entry as everywhere else (with its reading shown
and ambiguous dates asked about), and the time accepts 9:30, 0930, 14, 14h30, 2 pm."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common.date_field import DateField

_TIME = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*([ap])?\.?\s*m?\.?\s*$", re.I)


def parse_time(text: str) -> time:
    """"9:30", "0930", "14", "14h30", "2 pm", "2:15 p.m." as a time; ValueError otherwise."""
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    hour = int(match.group(1))
    minute = int(match.group(2) or match.group(3) or 0)
    half = (match.group(4) or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(text)
    return time(hour, minute)


class DateTimeField(QWidget):
    def __init__(self, field: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field, self._label = field, label
        self.date = DateField(field, label, translate("datetime_field", "e.g. 14 Dec 2026"))
        self.edit = self.date.edit  # the label's buddy: focus goes to the day first
        self.time = QLineEdit()
        self.time.setAccessibleName(
            translate("datetime_field", "{label}: time").format(label=label)
        )
        self.time.setPlaceholderText(translate("datetime_field", "e.g. 9:30 or 2 pm"))
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("10:30 p.m.") * 2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 3)
        row.addWidget(QLabel(translate("datetime_field", "at")))
        row.addWidget(self.time, 1)
        self.setFocusProxy(self.date.edit)

    def set_value(self, value: datetime | None) -> None:
        self.date.set_value(value.date() if value else None)
        self.time.setText(f"{value:%H:%M}" if value else "")

    def value(self) -> datetime:
        """The day and time, or FieldError naming what to fix (kept as typed)."""
        day = self.date.value()
        if day is None:
            raise FieldError(
                self._field,
                translate("datetime_field", "{label}: give the day, e.g. 14 Dec 2026.").format(
                    label=self._label
                ),
            )
        if getattr(day, "precision", "day") != "day":
            raise FieldError(
                self._field,
                translate("datetime_field", "{label}: give the day, not only the month.").format(
                    label=self._label
                ),
            )
        try:
            at = parse_time(self.time.text())
        except ValueError:
            raise FieldError(
                self._field,
                translate("datetime_field", "{label}: give the time, e.g. 9:30 or 2 pm.").format(
                    label=self._label
                ),
            ) from None
        return datetime.combine(date(day.year, day.month, day.day), at)
