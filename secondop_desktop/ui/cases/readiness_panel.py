"""The readiness overview on a case's home page: what is gathered, what is missing, what
comes next. Calm wording, numbers a person can trust, and at most a few next steps."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from secondop_desktop import summary
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.summary.readiness import SHOWN
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import heading

DONE_COLOUR, OPEN_COLOUR = "#2e7d32", "#8a5a00"


def _days(n: int | None) -> str:
    if n is None:
        return ""
    if n == 0:
        return translate("readiness_panel", "today")
    if n == 1:
        return translate("readiness_panel", "tomorrow")
    if n > 0:
        return translate("readiness_panel", "in %n days", None, n)
    ago = -n  # lupdate reads a plural's count only as a plain name or a number
    return translate("readiness_panel", "%n days ago", None, ago)


def _sentence(*clauses: str) -> str:
    """Clauses about one row, each a whole phrase with its own count, as one sentence:
    "a; b; c." (the same punctuation in English and Spanish)."""
    return "; ".join(c for c in clauses if c) + "."


class ReadinessPanel(QFrame):
    go_to = Signal(str)  # a next step's place: a section of the case, or "packet"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._shown: tuple[int, date | None, date | None] | None = None
        # The marks' colours are worked out for the palette: again when the system
        # switches between light and dark.
        colours.follow_palette(
            self, lambda: self.show_case(*self._shown) if self._shown else None, now=False
        )
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
                ("records", translate("readiness_panel", "Records")),
                ("questions", translate("readiness_panel", "Questions")),
                ("preferences", translate("readiness_panel", "What matters")),
                ("options", translate("readiness_panel", "Options")),
                ("appointment", translate("readiness_panel", "Next appointment")),
                ("decide", translate("readiness_panel", "Decide by")),
            )
        ):
            mark = QLabel()
            mark.setObjectName(f"mark-{key}")
            text = QLabel()
            text.setWordWrap(True)
            text.setAccessibleName(label)
            title = QLabel(f"<b>{html.escape(label)}</b>")
            self.grid.addWidget(mark, i, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(title, i, 1, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(text, i, 2, Qt.AlignmentFlag.AlignTop)
            self.rows[key] = text
            self.rows[f"mark-{key}"] = mark
        self.grid.setColumnStretch(2, 3)
        self.steps_title = heading(translate("readiness_panel", "Next steps"), 12)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(translate("readiness_panel", "Next steps"))
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.steps.linkActivated.connect(self.go_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(translate("readiness_panel", "Where you are"), 13))
        layout.addLayout(self.grid)
        layout.addSpacing(8)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps)
        layout.addStretch(1)

    def _set(self, key: str, text: str, done: bool) -> None:
        self.rows[key].setText(text)
        mark = self.rows[f"mark-{key}"]
        mark.setText("✓" if done else "•")
        back = QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase)
        colour = colours.css(colours.readable(DONE_COLOUR if done else OPEN_COLOUR, back))
        mark.setStyleSheet(f"color: {colour}; font-weight: bold;")
        mark.setAccessibleName(
            translate("readiness_panel", "done") if done else translate("readiness_panel", "to do")
        )

    def show_case(self, case_id: int, decide_by: date | None, today: date | None = None) -> None:
        self._shown = (case_id, decide_by, today)
        if not self.state.is_unlocked:
            return
        r = summary.readiness(self.state.vault, case_id, decide_by, today)
        # The counts as plain names: lupdate reads a plural's count no other way.
        imported, total, overdue = r.records, r.checklist_total, r.checklist_overdue
        written, unanswered = r.questions, r.unanswered_top
        listed, rated = r.options, r.options_rated
        gathered = translate(
            "readiness_panel", "{done} of %n checklist items gathered", None, total
        )
        self._set(
            "records",
            _sentence(
                translate("readiness_panel", "%n imported", None, imported),
                gathered.format(done=r.checklist_done),
                translate("readiness_panel", "%n requests overdue", None, overdue)
                if overdue
                else "",
            ),
            r.checklist_total > 0 and r.checklist_done == r.checklist_total,
        )
        self._set(
            "questions",
            _sentence(
                translate("readiness_panel", "%n written", None, written),
                translate("readiness_panel", "top three chosen")
                if r.top_three == 3
                else translate("readiness_panel", "{chosen} of 3 top questions chosen").format(
                    chosen=r.top_three
                ),
                translate("readiness_panel", "%n of them not answered yet", None, unanswered)
                if unanswered
                else "",
            ),
            # Not a tick while a top question waits for its answer (issue 21).
            r.questions >= 3 and r.top_three == 3 and r.unanswered_top == 0,
        )
        self._set(
            "preferences",
            translate("readiness_panel", "{written} of 8 headings written.").format(
                written=r.preferences_written
            ),
            r.preferences_written >= 3,
        )
        self._set(
            "options",
            _sentence(
                translate("readiness_panel", "%n listed", None, listed),
                translate("readiness_panel", "%n with your ratings", None, rated),
            ),
            r.options >= 2 and r.options_rated >= 2,
        )
        if r.next_appointment is not None:
            a = r.next_appointment
            when = translate("readiness_panel", "{date} at {time}").format(
                date=dates.format_date(a.starts_at.date()), time=f"{a.starts_at:%H:%M}"
            )
            days = _days(r.days_to_appointment)
            where = f", {a.place}" if a.place else ""
            self._set("appointment", f"{when}{where} ({days}).", True)
        else:
            self._set("appointment", translate("readiness_panel", "None booked yet."), False)
        if r.decide_by is not None:
            self._set(
                "decide",
                f"{dates.format_date(r.decide_by)} ({_days(r.days_to_decide)}).",
                True,
            )
        else:
            self._set("decide", translate("readiness_panel", "No date set (Edit details)."), False)
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
            self.steps.setText(
                translate(
                    "readiness_panel", "Everything on this list is done. Take your time to decide."
                )
            )
