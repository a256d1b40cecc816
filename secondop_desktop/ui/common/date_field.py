"""The one date field, used wherever a date is entered (case, records, checklist, lists)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from secondop_desktop.core import dates
from secondop_desktop.core.validation import FieldError
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours

FORMS_TIP = translate(
    "date_field",
    "A day (2 Sep 1954), a month (Mar 2024), a year (2019), or roughly: "
    "about 2019, about March 2024, early 2019, spring 2019.",
)


def locale_month_first(locale: QLocale | None = None) -> bool:
    """Whether the locale's short date writes the month before the day (en_US: M/d/yy)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    day, month = fmt.find("d"), fmt.find("M")
    return 0 <= month < day


class DateField(QWidget):
    """A typed date, as people remember it, with its reading shown below it.

    Typing is faster than a calendar for a date of birth, and showing "2 September 1954"
    as it is understood catches mistakes before they reach a doctor. A numeric date with
    two readings (03/04/2024) is never guessed: two buttons ask which (the locale's order
    first), and until one is chosen :meth:`value` says so.
    """

    def __init__(
        self,
        field: str,
        label: str,
        placeholder: str,
        parent: QWidget | None = None,
        *,
        month_first: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self._field, self._label = field, label
        self._month_first = month_first
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setToolTip(FORMS_TIP)
        metrics = self.edit.fontMetrics()
        # A long date in the language shown ("about 30 September 2024").
        longest = dates.format_date(dates.PartialDate(2024, 9, 30, approximate=True))
        self.edit.setMinimumWidth(metrics.horizontalAdvance(longest) + 16)
        self.edit.setMaximumWidth(metrics.horizontalAdvance(longest + " ") * 2)
        # The reading, or the problem, on its own line: it wraps, and never squeezes the edit.
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        colours.mute(self.reading)
        self.reading.setVisible(False)
        self.choices = QWidget()
        self.choice_buttons = [QPushButton(), QPushButton()]
        row = QHBoxLayout(self.choices)
        row.setContentsMargins(0, 0, 0, 0)
        names = (
            translate("date_field", "{label}: first reading"),
            translate("date_field", "{label}: second reading"),
        )
        for i, button in enumerate(self.choice_buttons):
            button.setAccessibleName(names[i].format(label=label))
            button.clicked.connect(lambda _=False, i=i: self.choose(i))
            row.addWidget(button)
        row.addStretch(1)
        self.choices.setVisible(False)
        self._choices: tuple[dates.PartialDate, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        layout.addWidget(self.choices)
        self.edit.textChanged.connect(self._update_reading)
        self.setFocusProxy(self.edit)

    @property
    def month_first(self) -> bool:
        return locale_month_first() if self._month_first is None else self._month_first

    def _parse(self) -> dates.PartialDate | None:
        return dates.parse_date_text(self.edit.text(), month_first=self.month_first)

    def _update_reading(self) -> None:
        self._choices = ()
        try:
            value = self._parse()
        except dates.AmbiguousDate as exc:
            self._choices = exc.choices
            self.reading.setText(str(exc))
            colours.tone(self.reading, colours.WARNING)
        except dates.DateTextError as exc:
            self.reading.setText(str(exc))
            colours.tone(self.reading, colours.ERROR)
        else:
            self.reading.setText(dates.format_date(value))
            colours.mute(self.reading)
        for button, choice in zip(self.choice_buttons, self._choices, strict=False):
            button.setText(dates.format_date(choice))
            button.setAccessibleName(f"{self._label}: {dates.format_date(choice)}")
        self.choices.setVisible(bool(self._choices))
        self.reading.setVisible(bool(self.reading.text()))
        self.edit.setAccessibleDescription(self.reading.text())

    def choose(self, index: int) -> None:
        """Take one reading of an ambiguous date: the text is rewritten so it cannot be
        misread again, as if the user had typed it (editors save on ``textEdited``)."""
        if not 0 <= index < len(self._choices):
            return
        text = dates.format_short(self._choices[index])
        self.edit.setText(text)
        self.edit.textEdited.emit(text)
        self.edit.setFocus()

    def value(self) -> dates.PartialDate | None:
        """The date at the precision written, or raises :class:`FieldError` naming this
        field (an ambiguous date asks to choose one of its readings)."""
        try:
            return self._parse()
        except dates.DateTextError as exc:
            raise FieldError(self._field, f"{self._label}: {exc}") from None

    def set_value(self, value: date | None) -> None:
        """Show a date as written at its precision (reads back identically)."""
        self.edit.setText(dates.format_short(value))
