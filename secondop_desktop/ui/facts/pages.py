"""The case-facts tabs: care team, opinions, their comparison, the timeline, and
medications with allergies and family history."""

from __future__ import annotations

import html
from datetime import date
from itertools import groupby
from typing import Any

from PySide6.QtGui import QGuiApplication, QPalette
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
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.list_editor import FactsEditor, Field
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.widgets import WrappingTable
from secondop_desktop.ui.facts.labs_page import LabsPage

# The facts modules' labels are marked for translation there, under their module's name.
ROLE_CHOICES = tuple((k, translate("care_team", v)) for k, v in facts.ROLES.items())
EVENT_CHOICES = tuple((k, translate("timeline", v)) for k, v in facts.EVENT_KINDS.items())
MED_CHOICES = tuple((k, translate("health", v)) for k, v in facts.MED_KINDS.items())
STATUS_CHOICES = tuple((k, translate("health", v)) for k, v in facts.CONDITION_STATUSES.items())
SEVERITY_CHOICES = (
    ("", translate("facts_pages", "Not known")),
    ("mild", translate("facts_pages", "Mild")),
    ("moderate", translate("facts_pages", "Moderate")),
    ("severe", translate("facts_pages", "Severe")),
    ("life-threatening", translate("facts_pages", "Life-threatening")),
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
    "vaccination": "#00695c",
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
    "vaccination": "✚",
    "other": "○",
}


def _label(context: str, labels: dict[str, str], key: str) -> str:
    """A stored key's label from a facts module's table, in the language in use."""
    return translate(context, labels[key]) if key in labels else ""


def care_team_editor(state: AppState) -> FactsEditor[facts.Clinician]:
    return FactsEditor(
        state,
        facts.Clinician,
        [
            Field(
                "name",
                translate("facts_pages", "&Name"),
                placeholder=translate("facts_pages", "Doctor, nurse or facility"),
            ),
            Field("specialty", translate("facts_pages", "S&pecialty")),
            Field("facility", translate("facts_pages", "Fa&cility")),
            Field(
                "role",
                translate("facts_pages", "&Role in this case"),
                "choice",
                ROLE_CHOICES,
                tip=translate(
                    "facts_pages", "Their part in this case, shown beside their name in the packet."
                ),
            ),
            Field("phone", translate("facts_pages", "Ph&one")),
            Field("email", translate("facts_pages", "E&mail")),
            Field("address", translate("facts_pages", "Addre&ss"), "text"),
            Field("notes", translate("facts_pages", "No&tes"), "text"),
        ],
        lambda c: f"{c.label}\n{_label('care_team', facts.ROLES, c.role)}" if c.label else "",
        lambda: facts.Clinician(name=""),
        translate("facts_pages", "clinician"),
        intro=translate(
            "facts_pages",
            "Everyone involved in the patient's care: the doctors who gave an opinion, the "
            "one you are seeing for the second opinion, nurses, hospitals. Their details go "
            "on the packet's cover and in request letters, and questions can be addressed "
            "to them.",
        ),
    )


def opinions_editor(state: AppState) -> FactsEditor[facts.Opinion]:
    return FactsEditor(
        state,
        facts.Opinion,
        [
            Field(
                "diagnosis",
                translate("facts_pages", "Diagnosis, &in their words"),
                "text",
                placeholder=translate("facts_pages", "As the doctor wrote or said it"),
            ),
            Field("clinician_id", translate("facts_pages", "&Given by"), "clinician"),
            Field("given_on", translate("facts_pages", "&When"), "date"),
            Field(
                "specifics",
                translate("facts_pages", "&Type, stage, grade"),
                "text",
                tip=translate(
                    "facts_pages",
                    "The type of the illness and its stage or grade, in the doctor's words.",
                ),
            ),
            Field(
                "established_by",
                translate("facts_pages", "How esta&blished"),
                placeholder=translate("facts_pages", "biopsy, imaging, labs, clinical exam"),
                tip=translate(
                    "facts_pages",
                    "How the doctor reached the diagnosis: a biopsy, scans, blood tests…",
                ),
            ),
            Field("recommendation", translate("facts_pages", "&Recommended treatment"), "text"),
            Field("reasoning", translate("facts_pages", "Rea&soning"), "text"),
            Field(
                "uncertain",
                translate("facts_pages", "What is &uncertain"),
                "text",
                tip=translate(
                    "facts_pages", "What the doctor said is not known yet or could change."
                ),
            ),
            Field("record_ids", translate("facts_pages", "&Linked records"), "records"),
        ],
        lambda o: translate("facts_pages", "{date}: {diagnosis}").format(
            date=dates.format_date(o.given_on) or translate("facts_pages", "Undated"),
            diagnosis=o.diagnosis[:60],
        ),
        lambda: facts.Opinion(diagnosis=""),
        translate("facts_pages", "opinion"),
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
        self.table = WrappingTable(translate("facts_pages", "Opinions compared"))
        # The highlighted rows' colours follow a light/dark switch.
        colours.follow_palette(
            self.table, lambda: self.reload() if self.case_id is not None else None, now=False
        )
        self.points = FactsEditor(
            state,
            facts.ResolvePoint,
            [
                Field(
                    "text",
                    translate("facts_pages", "&Point to resolve"),
                    "text",
                    placeholder=translate("facts_pages", "e.g. Is the lymphoma stage II or III?"),
                ),
                Field(
                    "done",
                    translate("facts_pages", "Res&olved"),
                    "check",
                    tip=translate(
                        "facts_pages", "Tick it once this difference has been explained to you."
                    ),
                ),
            ],
            lambda p: ("✓ " if p.done else "") + p.text,
            lambda: facts.ResolvePoint(text=""),
            translate("facts_pages", "point"),
        )
        points_title = QLabel(
            translate(
                "facts_pages",
                "<b>Points to resolve</b> (each is also a question for the doctors, on the "
                "Questions tab)",
            )
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
            self.summary.setText(
                translate(
                    "facts_pages", "Record at least two opinions (Opinions tab) to compare them."
                )
            )
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        rows = facts.compare(opinions)
        labels = [translate("opinions", r.label) for r in rows]
        differ = [label.lower() for label, r in zip(labels, rows, strict=True) if r.differ]
        # Same words (after case, spacing and punctuation) is all software can tell: other
        # words may mean the same thing, so nothing here says the doctors disagree.
        self.summary.setText(
            translate("facts_pages", "Every opinion that says something says it in the same words.")
            if not differ
            else translate(
                "facts_pages",
                "Worded differently: {aspects}. Check with the doctors whether they mean the "
                "same thing; those rows are highlighted.",
            ).format(aspects=", ".join(differ))
        )
        self.table.setColumnCount(len(opinions))
        self.table.setRowCount(len(rows))
        headers = []
        for o in opinions:
            who = (
                team[o.clinician_id].name
                if o.clinician_id in team
                else translate("facts_pages", "Doctor not recorded")
            )
            headers.append(f"{who}\n{dates.format_date(o.given_on)}")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setVerticalHeaderLabels(
            [
                translate("facts_pages", "{aspect} (worded differently)").format(aspect=label)
                if r.differ
                else label
                for label, r in zip(labels, rows, strict=True)
            ]
        )
        for i, row in enumerate(rows):
            for j, value in enumerate(row.values):
                cell = QTableWidgetItem(value or translate("facts_pages", "not recorded"))
                if row.differ:
                    # The base a little towards amber, its text amber at AA on it: a fixed
                    # pale yellow under the theme's white text could not be read (issue 18).
                    back, text = colours.tinted(
                        QGuiApplication.palette(), colours.WARNING, QPalette.ColorRole.Base
                    )
                    cell.setBackground(back)
                    cell.setForeground(text)
                    cell.setToolTip(
                        translate(
                            "facts_pages", "Worded differently: check whether they mean the same"
                        )
                    )
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
        empty = translate(
            "facts_pages",
            "No events yet. Add them on the right, or add the records that have a date.",
        )
        return f"<p style='color:{grey}'>{html.escape(empty)}</p>"
    out = []
    # Events whose date is not recorded yet come last, under their own heading.
    for year, in_year in groupby(events, key=lambda e: e.happened_on and e.happened_on.year):
        title = year or translate("facts_pages", "Date not recorded")
        out.append(f"<h2 style='margin:12px 0 4px 0'>{title}</h2>")
        # A date known only to its year (or a season of it) has no month: those come first.
        by_month = sorted(in_year, key=lambda e: _month_of(e.happened_on))
        for month, in_month in groupby(by_month, key=lambda e: _month_of(e.happened_on)):
            items = list(in_month)
            heading = (
                translate("dates", dates.MONTH_NAMES[month])
                if month
                else translate("facts_pages", "During the year")
                if year
                else ""
            )
            if heading:
                out.append(f"<h3 style='margin:8px 0 2px 12px;color:{grey}'>{heading}</h3>")
            out.append("<table cellpadding='3'>")
            for e in items:
                colour = kind_colour(e.kind)
                mark = EVENT_MARKS.get(e.kind, "○")
                kind = translate("timeline", facts.EVENT_KINDS.get(e.kind, "Other"))
                coming = translate("facts_pages", "(coming)")
                future = f" {coming}" if e.happened_on and e.happened_on > today else ""
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
        self.view.setAccessibleName(translate("facts_pages", "Timeline"))
        # Drawn again in the new colours when the system switches light/dark.
        colours.follow_palette(self.view, self._redraw, now=False)
        self.editor = FactsEditor(
            state,
            facts.TimelineEvent,
            [
                Field(
                    "title",
                    translate("facts_pages", "&What happened"),
                    placeholder=translate("facts_pages", "e.g. Biopsy of the left breast"),
                ),
                Field("happened_on", translate("facts_pages", "Da&te"), "date"),
                Field(
                    "kind",
                    translate("facts_pages", "Ki&nd"),
                    "choice",
                    EVENT_CHOICES,
                    tip=translate(
                        "facts_pages",
                        "What sort of event it was: it sets its mark and colour on the timeline.",
                    ),
                ),
                Field("details", translate("facts_pages", "Deta&ils"), "text"),
                Field("record_ids", translate("facts_pages", "&Linked records"), "records"),
            ],
            lambda e: translate("facts_pages", "{date}: {title}").format(
                date=e.date_text(), title=e.title or e.details[:60]
            ),
            lambda: facts.TimelineEvent(title="", happened_on=None),
            translate("facts_pages", "event"),
            vertical=True,
        )
        self.add_records = QPushButton(
            translate("facts_pages", "Add dated &records to the timeline")
        )
        self.add_records.setToolTip(
            translate("facts_pages", "One event for each record that has a date of service")
        )
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
        self.view.setHtml(timeline_html(events, palette=QGuiApplication.palette()))

    def _redraw(self) -> None:
        if self.case_id is not None:
            self.show_events()

    def _add_records(self) -> None:
        if self.case_id is None:
            return
        ids = [r.id for r in records.list_records(self.state.vault, self.case_id)]
        result = facts.add_records_to_timeline(self.state.vault, self.case_id, ids)
        added = len(result.added)  # a name, not a call: lupdate drops a message with a call here
        if added:
            text = translate("facts_pages", "%n added.", None, added)
        elif result.unconfirmed:
            text = translate("facts_pages", "Nothing added yet.")
        else:
            text = translate(
                "facts_pages", "Every record with a confirmed date is already on the timeline."
            )
        if result.unconfirmed:
            names = ", ".join(f"“{r.title}”" for r in result.unconfirmed)
            waiting = translate(
                "facts_pages",
                "Waiting for you to confirm the date suggested from the text of {names}: "
                "check it on the Records tab (Use this date), then add again.",
            ).format(names=names)
            text += f" {waiting}"
        self.note.setText(text)
        self.editor.reload()
        self.editor.announce()


class HealthPage(QWidget):
    """Problems, medications, allergies, lab results and family history, each its own
    small editor (lab results with an overview by test and a chart)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conditions = FactsEditor(
            state,
            facts.Condition,
            [
                Field(
                    "name",
                    translate("facts_pages", "&Condition"),
                    placeholder=translate("facts_pages", "e.g. Type 2 diabetes; heart attack"),
                ),
                Field(
                    "since",
                    translate("facts_pages", "Since or &when"),
                    "date",
                    placeholder=translate("facts_pages", "e.g. 2015, about 2010"),
                ),
                Field("status", translate("facts_pages", "S&tatus"), "choice", STATUS_CHOICES),
                Field(
                    "notes",
                    translate("facts_pages", "&Notes"),
                    "text",
                    placeholder=translate("facts_pages", "Treatment, who follows it"),
                ),
            ],
            lambda c: (
                f"{c.name} · {_label('health', facts.CONDITION_STATUSES, c.status)}"
                if c.name.strip()
                else ""
            ),
            lambda: facts.Condition(name=""),
            translate("facts_pages", "condition"),
        )
        self.medications = FactsEditor(
            state,
            facts.Medication,
            [
                Field(
                    "name",
                    translate("facts_pages", "&Name"),
                    placeholder=translate("facts_pages", "e.g. Tamoxifen"),
                ),
                Field("dose", translate("facts_pages", "D&ose")),
                Field(
                    "route",
                    translate("facts_pages", "Form or ro&ute"),
                    placeholder=translate("facts_pages", "tablet by mouth, injection…"),
                ),
                Field(
                    "schedule",
                    translate("facts_pages", "&Schedule"),
                    placeholder=translate("facts_pages", "twice a day"),
                ),
                Field(
                    "kind",
                    translate("facts_pages", "K&ind"),
                    "choice",
                    MED_CHOICES,
                    tip=translate(
                        "facts_pages", "Prescribed, bought without a prescription, or a supplement."
                    ),
                ),
                Field("started_on", translate("facts_pages", "S&tarted"), "date"),
                Field("stopped_on", translate("facts_pages", "Sto&pped"), "date"),
                Field("prescriber_id", translate("facts_pages", "Pres&cribed by"), "clinician"),
                Field("reason", translate("facts_pages", "&Reason")),
                Field(
                    "active",
                    translate("facts_pages", "Taking it no&w"),
                    "check",
                    tip=translate(
                        "facts_pages",
                        "Ticked while it is taken now: the packet's summary lists these.",
                    ),
                ),
            ],
            lambda m: (
                (
                    f"{m.name} {m.dose}".strip()
                    + ("" if m.active else " " + translate("facts_pages", "(past)"))
                    + f" · {_label('health', facts.MED_KINDS, m.kind)}"
                )
                if m.name.strip()
                else ""  # shown as "New medication" until it has a name
            ),
            lambda: facts.Medication(name=""),
            translate("facts_pages", "medication"),
        )
        self.allergies = FactsEditor(
            state,
            facts.Allergy,
            [
                Field(
                    "substance",
                    translate("facts_pages", "&Substance"),
                    placeholder=translate("facts_pages", "e.g. Penicillin"),
                ),
                Field("reaction", translate("facts_pages", "&Reaction")),
                Field(
                    "severity",
                    translate("facts_pages", "Sever&ity"),
                    "choice",
                    SEVERITY_CHOICES,
                    tip=translate("facts_pages", "How bad the reaction was, as far as you know."),
                ),
            ],
            lambda a: f"{a.substance}: {a.reaction}".strip(": "),
            lambda: facts.Allergy(substance=""),
            translate("facts_pages", "allergy"),
        )
        self.family = FactsEditor(
            state,
            facts.FamilyHistory,
            [
                Field(
                    "relative",
                    translate("facts_pages", "&Relative"),
                    placeholder=translate("facts_pages", "e.g. Mother"),
                ),
                Field(
                    "condition",
                    translate("facts_pages", "&Condition"),
                    placeholder=translate("facts_pages", "e.g. Breast cancer"),
                ),
                Field("age_at_onset", translate("facts_pages", "Age a&t onset")),
                Field("notes", translate("facts_pages", "&Notes"), "text"),
            ],
            lambda f: f"{f.relative}: {f.condition}".strip(": "),
            lambda: facts.FamilyHistory(relative="", condition=""),
            translate("facts_pages", "family history entry"),
        )
        self.state = state
        self.case_id: int | None = None
        # "None", said on purpose: an empty list is printed "Not recorded" otherwise.
        self.none_boxes: dict[str, QCheckBox] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(
            translate(
                "facts_pages", "Problems, medications, allergies, lab results and family history"
            )
        )
        for key, editor, title in (
            ("conditions", self.conditions, translate("facts_pages", "Pro&blems and past history")),
            ("medications", self.medications, translate("facts_pages", "&Medications")),
            ("allergies", self.allergies, translate("facts_pages", "Aller&gies")),
            ("family_history", self.family, translate("facts_pages", "Famil&y history")),
        ):
            box = QCheckBox(
                translate("facts_pages", "{statement} (I have checked)").format(
                    statement=translate("health", facts.HEALTH_LISTS[key])
                )
            )
            box.setToolTip(
                translate(
                    "facts_pages",
                    "Tick only when you know the list is empty. Left unticked, an empty list "
                    "is printed in the packet as “Not recorded”.",
                )
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
        # Lab results have no "none" box: no results recorded is said as "not recorded".
        self.labs = LabsPage(state)
        self.tabs.insertTab(3, self.labs, translate("facts_pages", "&Lab results"))
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
        return (self.conditions, self.medications, self.allergies, self.family, self.labs.editor)

    def set_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        for e in self.editors():
            if e is not self.labs.editor:
                e.set_case(case_id)
        self.labs.set_case(case_id)  # its editor, then the overview by test
        self._update_none_boxes()

    def clear(self) -> None:
        self.case_id = None
        for e in self.editors():
            if e is not self.labs.editor:
                e.clear()
        self.labs.clear()
        self._update_none_boxes()
