"""The case-facts tabs: care team, opinions, their comparison, the timeline, and
medications with allergies and family history."""

from __future__ import annotations

import html
from datetime import date
from itertools import groupby
from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import facts, records
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import WrappingTable

ROLE_CHOICES = tuple(facts.ROLES.items())
EVENT_CHOICES = tuple(facts.EVENT_KINDS.items())
MED_CHOICES = tuple(facts.MED_KINDS.items())
SEVERITY_CHOICES = (
    ("", "Not known"),
    ("mild", "Mild"),
    ("moderate", "Moderate"),
    ("severe", "Severe"),
    ("life-threatening", "Life-threatening"),
)
EVENT_COLOURS = {
    "symptom": "#b26a00",
    "test": "#1a73e8",
    "diagnosis": "#b3261e",
    "procedure": "#6a1b9a",
    "treatment_start": "#2e7d32",
    "treatment_stop": "#5d4037",
    "hospital_stay": "#00838f",
    "appointment": "#3949ab",
    "other": "#616161",
}
EVENT_MARKS = {
    "symptom": "●",
    "test": "◆",
    "diagnosis": "■",
    "procedure": "▲",
    "treatment_start": "▶",
    "treatment_stop": "◼",
    "hospital_stay": "⬟",
    "appointment": "◉",
    "other": "○",
}


def care_team_editor(state: AppState) -> FactsEditor[facts.Clinician]:
    return FactsEditor(
        state,
        facts.Clinician,
        [
            Field("name", "&Name", placeholder="Doctor, nurse or facility"),
            Field("specialty", "S&pecialty"),
            Field("facility", "Fa&cility"),
            Field(
                "role",
                "&Role in this case",
                "choice",
                ROLE_CHOICES,
                tip="Their part in this case, shown beside their name in the packet.",
            ),
            Field("phone", "Ph&one"),
            Field("email", "E&mail"),
            Field("address", "Addre&ss", "text"),
            Field("notes", "No&tes", "text"),
        ],
        lambda c: f"{c.label}\n{facts.ROLES.get(c.role, '')}" if c.label else "",
        lambda: facts.Clinician(name=""),
        "clinician",
        intro=(
            "Everyone involved in the patient's care: the doctors who gave an opinion, the "
            "one you are seeing for the second opinion, nurses, hospitals. Their details go "
            "on the packet's cover and in request letters, and questions can be addressed "
            "to them."
        ),
    )


def opinions_editor(state: AppState) -> FactsEditor[facts.Opinion]:
    return FactsEditor(
        state,
        facts.Opinion,
        [
            Field(
                "diagnosis",
                "Diagnosis, &in their words",
                "text",
                placeholder="As the doctor wrote or said it",
            ),
            Field("clinician_id", "&Given by", "clinician"),
            Field("given_on", "&When", "date"),
            Field(
                "specifics",
                "&Type, stage, grade",
                "text",
                tip="The type of the illness and its stage or grade, in the doctor's words.",
            ),
            Field(
                "established_by",
                "How esta&blished",
                placeholder="biopsy, imaging, labs, clinical exam",
                tip="How the doctor reached the diagnosis: a biopsy, scans, blood tests…",
            ),
            Field("recommendation", "&Recommended treatment", "text"),
            Field("reasoning", "Rea&soning", "text"),
            Field(
                "uncertain",
                "What is &uncertain",
                "text",
                tip="What the doctor said is not known yet or could change.",
            ),
            Field("record_ids", "&Linked records", "records"),
        ],
        lambda o: f"{dates.format_date(o.given_on) or 'Undated'}: {o.diagnosis[:60]}",
        lambda: facts.Opinion(diagnosis=""),
        "opinion",
    )


class ComparePage(QWidget):
    """Opinions side by side, one row per aspect; rows where they differ are highlighted."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        state.changed.connect(self._on_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = WrappingTable("Opinions compared")
        self.points = FactsEditor(
            state,
            facts.ResolvePoint,
            [
                Field(
                    "text",
                    "&Point to resolve",
                    "text",
                    placeholder="e.g. Is the lymphoma stage II or III?",
                ),
                Field(
                    "done",
                    "Res&olved",
                    "check",
                    tip="Tick it once this difference has been explained to you.",
                ),
            ],
            lambda p: ("✓ " if p.done else "") + p.text,
            lambda: facts.ResolvePoint(text=""),
            "point",
        )
        points_title = QLabel(
            "<b>Points to resolve</b> (each is also a question for the doctors, on the "
            "Questions tab)"
        )
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        top = QWidget()
        t = QVBoxLayout(top)
        t.setContentsMargins(0, 0, 0, 0)
        t.addWidget(self.summary)
        t.addWidget(self.table, 1)
        bottom = QWidget()
        b = QVBoxLayout(bottom)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(points_title)
        b.addWidget(self.points, 1)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.points.set_case(case_id)
        self.reload()

    def _on_changed(self, kind: str, case_id: int) -> None:
        if case_id == self.case_id and kind in ("opinions", "clinicians"):
            self.reload()

    def clear(self) -> None:
        self.case_id = None
        self.table.clear()
        self.points.clear()

    def reload(self) -> None:
        self.table.clear()
        if self.case_id is None or not self.state.is_unlocked:
            return
        opinions = lists.list_items(self.state.vault, facts.Opinion, self.case_id)
        team = {c.id: c for c in lists.list_items(self.state.vault, facts.Clinician, self.case_id)}
        if len(opinions) < 2:
            self.summary.setText("Record at least two opinions (Opinions tab) to compare them.")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        rows = facts.compare(opinions)
        differ = [r.label.lower() for r in rows if r.differ]
        # Same words (after case, spacing and punctuation) is all software can tell: other
        # words may mean the same thing, so nothing here says the doctors disagree.
        self.summary.setText(
            "Every opinion that says something says it in the same words."
            if not differ
            else "Worded differently: "
            + ", ".join(differ)
            + ". Check with the doctors whether they mean the same thing; those rows are "
            "highlighted."
        )
        self.table.setColumnCount(len(opinions))
        self.table.setRowCount(len(rows))
        headers = []
        for o in opinions:
            who = team[o.clinician_id].name if o.clinician_id in team else "Doctor not recorded"
            headers.append(f"{who}\n{dates.format_date(o.given_on)}")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(
            [r.label + (" (worded differently)" if r.differ else "") for r in rows]
        )
        for i, row in enumerate(rows):
            for j, value in enumerate(row.values):
                cell = QTableWidgetItem(value or "not recorded")
                if row.differ:
                    cell.setBackground(QColor("#fff4ce"))
                    # Its own dark text: the theme's (white in a dark theme) on the pale
                    # yellow could not be read (issue 18).
                    cell.setForeground(QColor("#3b2f00"))
                    cell.setToolTip("Worded differently: check whether they mean the same")
                self.table.setItem(i, j, cell)
        self.table.fit_rows()


def _month_of(value: date | None) -> int:
    """The month a date is known to (0 for a year, a season, early/mid/late, or none)."""
    return value.month if value is not None and dates.of(value).precision != "year" else 0


def timeline_html(
    events: list[facts.TimelineEvent], today: date | None = None, palette: QPalette | None = None
) -> str:
    """The visual timeline as HTML: grouped by year and month, kinds by mark and colour,
    and readable as plain text by a screen reader (the mark has the kind in words).

    Its colours come from ``palette`` (the view's; the application's by default): greys
    for a white page made the dates invisible in a dark theme (issue 18), so secondary text
    is the palette's muted text and each kind's colour is moved to 4.5:1 on its base."""
    today = today or date.today()
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    grey = colours.css(colours.muted(palette))

    def kind_colour(kind: str) -> str:
        return colours.css(colours.readable(EVENT_COLOURS.get(kind, "#616161"), base))

    if not events:
        return (
            f"<p style='color:{grey}'>No events yet. Add them on the right, or add the "
            "records that have a date.</p>"
        )
    out = []
    # Events whose date is not recorded yet come last, under their own heading.
    for year, in_year in groupby(events, key=lambda e: e.happened_on and e.happened_on.year):
        out.append(f"<h2 style='margin:12px 0 4px 0'>{year or 'Date not recorded'}</h2>")
        # A date known only to its year (or a season of it) has no month: those come first.
        by_month = sorted(in_year, key=lambda e: _month_of(e.happened_on))
        for month, in_month in groupby(by_month, key=lambda e: _month_of(e.happened_on)):
            items = list(in_month)
            heading = dates.MONTH_NAMES[month] if month else "During the year" if year else ""
            if heading:
                out.append(f"<h3 style='margin:8px 0 2px 12px;color:{grey}'>{heading}</h3>")
            out.append("<table cellpadding='3'>")
            for e in items:
                colour = kind_colour(e.kind)
                mark = EVENT_MARKS.get(e.kind, "○")
                kind = facts.EVENT_KINDS.get(e.kind, "Other")
                future = " (coming)" if e.happened_on and e.happened_on > today else ""
                details = (
                    f"<br/><span style='color:{grey}'>{html.escape(e.details)}</span>"
                    if e.details
                    else ""
                )
                out.append(
                    f"<tr><td style='color:{colour};font-size:x-large' width='28'>{mark}</td>"
                    f"<td width='150' style='color:{grey}'>{html.escape(e.date_text())}</td>"
                    f"<td><b>{html.escape(e.title)}</b>{future} "
                    f"<span style='color:{colour}'>· {kind}</span>{details}</td></tr>"
                )
            out.append("</table>")
    return "".join(out)


class TimelinePage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.case_id: int | None = None
        self.view = QTextBrowser()
        self.view.setAccessibleName("Timeline")
        self.editor = FactsEditor(
            state,
            facts.TimelineEvent,
            [
                Field("title", "&What happened", placeholder="e.g. Biopsy of the left breast"),
                Field("happened_on", "Da&te", "date"),
                Field(
                    "kind",
                    "Ki&nd",
                    "choice",
                    EVENT_CHOICES,
                    tip="What sort of event it was: it sets its mark and colour on the timeline.",
                ),
                Field("details", "Deta&ils", "text"),
                Field("record_ids", "&Linked records", "records"),
            ],
            lambda e: f"{e.date_text()}: {e.title or e.details[:60]}",
            lambda: facts.TimelineEvent(title="", happened_on=None),
            "event",
            vertical=True,
        )
        self.add_records = QPushButton("Add dated &records to the timeline")
        self.add_records.setToolTip("One event for each record that has a date of service")
        self.note = QLabel()
        colours.mute(self.note)
        self.note.setWordWrap(True)
        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.add_records)
        row.addWidget(self.note, 1)
        r.addLayout(row)
        r.addWidget(self.editor, 1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(right)
        split.setSizes([460, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)
        self.add_records.clicked.connect(self._add_records)
        self.editor.model.dataChanged.connect(self.show_events)
        self.editor.model.modelReset.connect(self.show_events)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.editor.set_case(case_id)
        self.show_events()

    def clear(self) -> None:
        self.case_id = None
        self.editor.clear()
        self.view.clear()

    def show_events(self) -> None:
        """Draw the timeline from the editor's events (not named ``render``, which would
        hide QWidget.render)."""
        events = sorted(
            self.editor.model.items, key=lambda e: (dates.sort_key(e.happened_on), e.id or 0)
        )
        self.view.setHtml(timeline_html(events, palette=self.view.palette()))

    def _add_records(self) -> None:
        if self.case_id is None:
            return
        ids = [r.id for r in records.list_records(self.state.vault, self.case_id)]
        result = facts.add_records_to_timeline(self.state.vault, self.case_id, ids)
        if result.added:
            text = f"{len(result.added)} added."
        elif result.unconfirmed:
            text = "Nothing added yet."
        else:
            text = "Every record with a confirmed date is already on the timeline."
        if result.unconfirmed:
            names = ", ".join(f"“{r.title}”" for r in result.unconfirmed)
            text += (
                f" Waiting for you to confirm the date suggested from the text of {names}: "
                "check it on the Records tab (Use this date), then add again."
            )
        self.note.setText(text)
        self.editor.reload()
        self.editor.announce()


class HealthPage(QWidget):
    """Medications, allergies and family history, each its own small editor."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conditions = FactsEditor(
            state,
            facts.Condition,
            [
                Field("name", "&Condition", placeholder="e.g. Type 2 diabetes; heart attack"),
                Field("since", "Since or &when", "date", placeholder="e.g. 2015, about 2010"),
                Field("status", "S&tatus", "choice", tuple(facts.CONDITION_STATUSES.items())),
                Field("notes", "&Notes", "text", placeholder="Treatment, who follows it"),
            ],
            lambda c: (
                f"{c.name} · {facts.CONDITION_STATUSES.get(c.status, '')}" if c.name.strip() else ""
            ),
            lambda: facts.Condition(name=""),
            "condition",
        )
        self.medications = FactsEditor(
            state,
            facts.Medication,
            [
                Field("name", "&Name", placeholder="e.g. Tamoxifen"),
                Field("dose", "D&ose"),
                Field("route", "Form or ro&ute", placeholder="tablet by mouth, injection…"),
                Field("schedule", "&Schedule", placeholder="twice a day"),
                Field(
                    "kind",
                    "K&ind",
                    "choice",
                    MED_CHOICES,
                    tip="Prescribed, bought without a prescription, or a supplement.",
                ),
                Field("started_on", "S&tarted", "date"),
                Field("stopped_on", "Sto&pped", "date"),
                Field("prescriber_id", "Pres&cribed by", "clinician"),
                Field("reason", "&Reason"),
                Field(
                    "active",
                    "Taking it no&w",
                    "check",
                    tip="Ticked while it is taken now: the packet's summary lists these.",
                ),
            ],
            lambda m: (
                (
                    f"{m.name} {m.dose}".strip()
                    + ("" if m.active else " (past)")
                    + f" · {facts.MED_KINDS.get(m.kind, '')}"
                )
                if m.name.strip()
                else ""  # shown as "New medication" until it has a name
            ),
            lambda: facts.Medication(name=""),
            "medication",
        )
        self.allergies = FactsEditor(
            state,
            facts.Allergy,
            [
                Field("substance", "&Substance", placeholder="e.g. Penicillin"),
                Field("reaction", "&Reaction"),
                Field(
                    "severity",
                    "Sever&ity",
                    "choice",
                    SEVERITY_CHOICES,
                    tip="How bad the reaction was, as far as you know.",
                ),
            ],
            lambda a: f"{a.substance}: {a.reaction}".strip(": "),
            lambda: facts.Allergy(substance=""),
            "allergy",
        )
        self.family = FactsEditor(
            state,
            facts.FamilyHistory,
            [
                Field("relative", "&Relative", placeholder="e.g. Mother"),
                Field("condition", "&Condition", placeholder="e.g. Breast cancer"),
                Field("age_at_onset", "Age a&t onset"),
                Field("notes", "&Notes", "text"),
            ],
            lambda f: f"{f.relative}: {f.condition}".strip(": "),
            lambda: facts.FamilyHistory(relative="", condition=""),
            "family history entry",
        )
        self.state = state
        self.case_id: int | None = None
        # "None", said on purpose: an empty list is printed "Not recorded" otherwise.
        self.none_boxes: dict[str, QCheckBox] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Medications, allergies and family history")
        for key, editor, title in (
            ("conditions", self.conditions, "Pro&blems and past history"),
            ("medications", self.medications, "&Medications"),
            ("allergies", self.allergies, "Aller&gies"),
            ("family_history", self.family, "Famil&y history"),
        ):
            box = QCheckBox(facts.HEALTH_LISTS[key] + " (I have checked)")
            box.setToolTip(
                "Tick only when you know the list is empty. Left unticked, an empty list "
                "is printed in the packet as “Not recorded”."
            )
            box.toggled.connect(lambda on, k=key: self._set_none(k, on))
            editor.model.modelReset.connect(self._update_none_boxes)
            editor.model.rowsInserted.connect(self._update_none_boxes)
            editor.model.rowsRemoved.connect(self._update_none_boxes)
            self.none_boxes[key] = box
            page = QWidget()
            pl = QVBoxLayout(page)
            pl.setContentsMargins(0, 4, 0, 0)
            pl.addWidget(box)
            pl.addWidget(editor, 1)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _editor_for(self, key: str) -> FactsEditor[Any]:
        if key == "conditions":
            return self.conditions
        if key == "medications":
            return self.medications
        return self.allergies if key == "allergies" else self.family

    def _set_none(self, key: str, on: bool) -> None:
        if self.case_id is not None and self.state.is_unlocked:
            facts.set_none_stated(self.state.vault, self.case_id, key, on)
            self.state.changed.emit(key, self.case_id)

    def _update_none_boxes(self) -> None:
        """The "none" box applies only while its list is empty."""
        unlocked = self.case_id is not None and self.state.is_unlocked
        for key, box in self.none_boxes.items():
            stated = unlocked and facts.none_stated(self.state.vault, self.case_id or 0, key)
            box.blockSignals(True)
            box.setChecked(stated)
            box.blockSignals(False)
            box.setEnabled(unlocked and self._editor_for(key).model.rowCount() == 0)

    def editors(self) -> tuple[FactsEditor[Any], ...]:
        return (self.conditions, self.medications, self.allergies, self.family)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        for e in self.editors():
            e.set_case(case_id)
        self._update_none_boxes()

    def clear(self) -> None:
        self.case_id = None
        for e in self.editors():
            e.clear()
        self._update_none_boxes()
