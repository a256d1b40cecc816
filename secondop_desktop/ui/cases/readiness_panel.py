"""The readiness overview on a case's home page: what is gathered, what is missing, what
comes next. Calm wording, numbers a person can trust, and at most a few next steps."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from secondop_desktop import summary
from secondop_desktop.core import dates
from secondop_desktop.summary.readiness import SHOWN
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import heading

DONE_COLOUR, OPEN_COLOUR = "#2e7d32", "#8a5a00"


def _days(n: int | None) -> str:
    if n is None:
        return ""
    if n == 0:
        return "today"
    if n == 1:
        return "tomorrow"
    return f"in {n} days" if n > 0 else f"{-n} days ago"


class ReadinessPanel(QFrame):
    go_to = Signal(str)  # a next step's place: a section of the case, or "packet"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The theme's alternate base: a fixed near-white under the theme's text was white
        # on white in a dark theme (issue 18).
        self.setStyleSheet(
            "ReadinessPanel { background: palette(alternate-base); border-radius: 8px; }"
        )
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.rows: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(
            (
                ("records", "Records"),
                ("questions", "Questions"),
                ("preferences", "What matters"),
                ("options", "Options"),
                ("appointment", "Next appointment"),
                ("decide", "Decide by"),
            )
        ):
            mark = QLabel()
            mark.setObjectName(f"mark-{key}")
            text = QLabel()
            text.setWordWrap(True)
            text.setAccessibleName(label)
            title = QLabel(f"<b>{label}</b>")
            self.grid.addWidget(mark, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(title, i, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, i, 2, Qt.AlignmentFlag.AlignTop)
            self.rows[key] = text
            self.rows[f"mark-{key}"] = mark
        self.grid.setColumnStretch(2, 3)
        self.steps_title = heading("Next steps", 12)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName("Next steps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.steps.linkActivated.connect(self.go_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading("Where you are", 13))
        layout.addLayout(self.grid)
        layout.addSpacing(8)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps)
        layout.addStretch(1)

    def _set(self, key: str, text: str, done: bool) -> None:
        self.rows[key].setText(text)
        mark = self.rows[f"mark-{key}"]
        mark.setText("✓" if done else "•")
        back = self.palette().color(QPalette.ColorRole.AlternateBase)
        colour = colours.css(colours.readable(DONE_COLOUR if done else OPEN_COLOUR, back))
        mark.setStyleSheet(f"color: {colour}; font-weight: bold;")
        mark.setAccessibleName("done" if done else "to do")

    def show_case(self, case_id: int, decide_by: date | None, today: date | None = None) -> None:
        if not self.state.is_unlocked:
            return
        r = summary.readiness(self.state.vault, case_id, decide_by, today)
        overdue = f"; {r.checklist_overdue} request overdue" if r.checklist_overdue else ""
        self._set(
            "records",
            f"{r.records} imported; {r.checklist_done} of {r.checklist_total} checklist "
            f"items gathered{overdue}.",
            r.checklist_total > 0 and r.checklist_done == r.checklist_total,
        )
        top = "top three chosen" if r.top_three == 3 else f"{r.top_three} of 3 top questions chosen"
        unanswered = f"; {r.unanswered_top} of them not answered yet" if r.unanswered_top else ""
        self._set(
            "questions",
            f"{r.questions} written; {top}{unanswered}.",
            # Not a tick while a top question waits for its answer (issue 21).
            r.questions >= 3 and r.top_three == 3 and r.unanswered_top == 0,
        )
        self._set(
            "preferences",
            f"{r.preferences_written} of 8 headings written.",
            r.preferences_written >= 3,
        )
        self._set(
            "options",
            f"{r.options} listed; {r.options_rated} with your ratings.",
            r.options >= 2 and r.options_rated >= 2,
        )
        if r.next_appointment is not None:
            a = r.next_appointment
            when = f"{dates.format_date(a.starts_at.date())} at {a.starts_at:%H:%M}"
            where = f", {a.place}" if a.place else ""
            self._set("appointment", f"{when}{where} ({_days(r.days_to_appointment)}).", True)
        else:
            self._set("appointment", "None booked yet.", False)
        if r.decide_by is not None:
            self._set(
                "decide", f"{dates.format_date(r.decide_by)} ({_days(r.days_to_decide)}).", True
            )
        else:
            self._set("decide", "No date set (Edit details).", False)
        if r.next_steps:
            # Each step is a link to where it is done (issue 21).
            self.steps.setText(
                "<ol style='margin-left:-20px'>"
                + "".join(
                    f"<li><a href='{s.place}'>{html.escape(s.text)}</a></li>"
                    for s in r.next_steps[:SHOWN]
                )
                + "</ol>"
            )
        else:
            self.steps.setText("Everything on this list is done. Take your time to decide.")
