"""The selected case's page: who, what, why, and by when; its sections as tabs.

Only sections that exist are shown. Later features add their tab through
``add_section``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import cases
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.flush import flush_all
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner
from secondop_desktop.ui.common.widgets import (
    Badge,
    WrappingColumn,
    heading,
    paragraph,
    scrolling,
)

if TYPE_CHECKING:
    # Imported by name: inside CasePage, ``records`` and ``facts`` are its properties.
    from secondop_desktop.facts import Clinician, Opinion
    from secondop_desktop.search import Found
    from secondop_desktop.ui.cases.readiness_panel import ReadinessPanel
    from secondop_desktop.ui.common.list_editor import FactsEditor
    from secondop_desktop.ui.facts.pages import ComparePage, HealthPage, TimelinePage
    from secondop_desktop.ui.preparing.appointments_page import AppointmentsPage
    from secondop_desktop.ui.preparing.decision_page import DecisionPage
    from secondop_desktop.ui.preparing.options_page import OptionsPage
    from secondop_desktop.ui.preparing.questions_page import QuestionsPage
    from secondop_desktop.ui.preparing.trials_page import TrialsPage
    from secondop_desktop.ui.records.checklist_section import ChecklistSection
    from secondop_desktop.ui.records.records_section import RecordsSection
    from secondop_desktop.ui.records.search_section import SearchSection


class _CaseSection(Protocol):
    """What every section tab does when the case changes."""

    def set_case(self, case_id: int | None) -> None: ...

    def clear(self) -> None: ...


@dataclass
class _Sections:
    care_team: FactsEditor[Clinician]
    opinions: FactsEditor[Opinion]
    compare: ComparePage
    timeline: TimelinePage
    health: HealthPage
    records: RecordsSection
    checklist: ChecklistSection
    search: SearchSection
    questions: QuestionsPage
    options: OptionsPage
    decision: DecisionPage
    trials: TrialsPage
    appointments: AppointmentsPage

    def all(self) -> tuple[_CaseSection, ...]:
        return (
            self.questions,
            self.options,
            self.decision,
            self.trials,
            self.appointments,
            self.care_team,
            self.opinions,
            self.compare,
            self.timeline,
            self.health,
            self.records,
            self.checklist,
            self.search,
        )


def _date_text(value: date | None) -> str:
    return dates.format_date(value) or translate("case_page", "Not entered")


def _days_left(value: date | None, today: date) -> str:
    """How far the date is, in brackets after it (" (in 12 days)"), or ""."""
    if value is None:
        return ""
    rough = dates.of(value)
    if not rough.exact:  # "December 2026": a span, not a day to count down to
        if rough.latest < today:
            return translate("case_page", " (past)")
        if rough <= today:
            return translate("case_page", " (now)")
        days = rough.toordinal() - today.toordinal()
        return translate("case_page", " (starts in %n days)", None, days)
    days = (value - today).days
    if days > 1:
        return translate("case_page", " (%n days from today)", None, days)
    if days == 1:
        return translate("case_page", " (tomorrow)")
    if days == 0:
        return translate("case_page", " (today)")
    ago = -days  # lupdate reads a plural's count only as a plain name or a number
    return translate("case_page", " (%n days ago)", None, ago)


class OverviewSection(QWidget):
    """The case's home page: its details, and the readiness overview beside them."""

    go_to = Signal(str)  # a next step was clicked: where it is done

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._readiness: ReadinessPanel | None = None
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("patient", translate("case_page", "Patient")),
            ("dob", translate("case_page", "Date of birth")),
            ("manager", translate("case_page", "Who manages it")),
            ("contact", translate("case_page", "Contact")),
            ("decide_by", translate("case_page", "Decide by")),
            ("status", translate("case_page", "Status")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            value.setWordWrap(True)
            value.setAccessibleName(label)
            self.fields[key] = value
            self.form.addRow(f"{label}:", value)
        self.reason_title = heading(translate("case_page", "Why a second opinion"), 12)
        self.reason = paragraph("")
        self.reason.setAccessibleName(translate("case_page", "Reason for the second opinion"))
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = WrappingColumn()
        details = QVBoxLayout(column)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(self.form)
        details.addSpacing(12)
        details.addWidget(self.reason_title)
        details.addWidget(self.reason)
        details.addStretch(1)
        self._layout = QHBoxLayout(self)
        # Scrolls rather than squeezes: at a 16-pt font the wrapped details overlapped.
        self._layout.addWidget(scrolling(column), 1)

    def show_case(self, case: cases.Case, today: date) -> None:
        f = self.fields
        f["patient"].setText(case.patient_name)
        f["dob"].setText(_date_text(case.patient_dob))
        f["manager"].setText(case.manager_text())
        f["contact"].setText(case.contact or translate("case_page", "Not entered"))
        f["decide_by"].setText(
            _date_text(case.decide_by) + _days_left(case.decide_by, today)
            if case.decide_by
            else translate("case_page", "No date yet")
        )
        f["status"].setText(cases.status_label(case.status))
        self.reason.setText(
            case.reason or translate("case_page", "Not written yet. Use Edit to add it.")
        )
        if case.id is not None:
            self.readiness.show_case(case.id, case.decide_by, today)

    @property
    def readiness(self) -> ReadinessPanel:
        """Built when a case is first shown: the unlock page should not wait for it."""
        if self._readiness is None:
            from secondop_desktop.ui.cases.readiness_panel import ReadinessPanel

            self._readiness = ReadinessPanel(self.state)
            self._readiness.go_to.connect(self.go_to)
            # Scrolls rather than squeezes: at 1024x700 the rows' wrapped text was cut.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(self._readiness)
            self._layout.addWidget(scroll, 1)
        return self._readiness


class CasePage(QWidget):
    edit_requested = Signal()
    packet_requested = Signal()
    new_case_requested = Signal()
    case_switch_requested = Signal(int)

    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.runner = runner
        self._sections: _Sections | None = None
        self.stack = QStackedWidget()
        # Empty state: no case selected.
        empty = QWidget()
        e = QVBoxLayout(empty)
        e.addStretch(1)
        e.addWidget(
            heading(translate("case_page", "No case selected"), 16),
            0,
            Qt.AlignmentFlag.AlignHCenter,
        )
        hint = paragraph(
            translate(
                "case_page", "Create a case for each person whose second opinion you are preparing."
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        e.addWidget(hint)
        new = QPushButton(translate("case_page", "Create a case…"))
        new.clicked.connect(self.new_case_requested)
        e.addWidget(new, 0, Qt.AlignmentFlag.AlignHCenter)
        e.addStretch(2)
        self.stack.addWidget(empty)
        # The case itself.
        page = QWidget()
        self.title = heading("", 20)
        self.subtitle = QLabel()
        colours.mute(self.subtitle)
        self.badge = Badge()
        self.archived_note = Badge(translate("case_page", "Archived"), colours.NEUTRAL)
        self.edit_button = QPushButton(translate("case_page", "Edit details…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.packet_button = QPushButton(translate("case_page", "Prepare pac&ket…"))
        self.packet_button.setToolTip(
            translate("case_page", "Build the PDF for the consulting doctor (Ctrl+Shift+E)")
        )
        self.packet_button.clicked.connect(self.packet_requested)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.archived_note, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.packet_button, 0, Qt.AlignmentFlag.AlignTop)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.setAccessibleName(translate("case_page", "Case sections"))
        state.changed.connect(self._on_changed)
        # Fourteen sections: compact tabs keep them all visible in a 1280-pixel window.
        self.sections.tabBar().setStyleSheet("QTabBar::tab { padding: 5px 7px; }")
        self.sections.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.overview = OverviewSection(state)
        self.overview.go_to.connect(self.go_to_place)
        self.add_section(self.overview, translate("case_page", "Overview"))
        p = QVBoxLayout(page)
        p.setContentsMargins(20, 16, 20, 16)
        p.addLayout(top)
        p.addWidget(line)
        p.addWidget(self.sections, 1)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.case: cases.Case | None = None

    def add_section(self, widget: QWidget, title: str) -> None:
        self.sections.addTab(widget, title)

    def _built(self) -> _Sections:
        """The sections, built when first needed: they bring in QtPdf and more, which the
        unlock page does not need (a quarter of a second at start-up)."""
        if self._sections is None:
            from secondop_desktop.ui.facts.pages import (
                ComparePage,
                HealthPage,
                TimelinePage,
                care_team_editor,
                opinions_editor,
            )
            from secondop_desktop.ui.preparing.appointments_page import AppointmentsPage
            from secondop_desktop.ui.preparing.decision_page import DecisionPage
            from secondop_desktop.ui.preparing.options_page import OptionsPage
            from secondop_desktop.ui.preparing.questions_page import QuestionsPage
            from secondop_desktop.ui.preparing.trials_page import TrialsPage
            from secondop_desktop.ui.records.checklist_section import ChecklistSection
            from secondop_desktop.ui.records.records_section import RecordsSection
            from secondop_desktop.ui.records.search_section import SearchSection

            built = _Sections(
                questions=QuestionsPage(self.state),
                options=OptionsPage(self.state),
                decision=DecisionPage(self.state),
                trials=TrialsPage(self.state),
                appointments=AppointmentsPage(self.state),
                care_team=care_team_editor(self.state),
                opinions=opinions_editor(self.state),
                compare=ComparePage(self.state),
                timeline=TimelinePage(self.state),
                health=HealthPage(self.state),
                records=RecordsSection(self.state, self.runner),
                checklist=ChecklistSection(self.state),
                search=SearchSection(self.state),
            )
            # The order of the journey: gather, understand, prepare, decide. The tabs have
            # no Alt+letter: fourteen of them took the letters every page's own buttons and
            # fields need (Alt+D went round Delete, Address and Decision; issue 18). Ctrl+Tab,
            # Ctrl+Page Down / Up and the View menu's Ctrl+3 to Ctrl+6 move between them.
            for widget, title in (
                (built.records, translate("case_page", "Records")),
                (built.checklist, translate("case_page", "Checklist")),
                (built.care_team, translate("case_page", "Care team")),
                (built.opinions, translate("case_page", "Opinions")),
                (built.compare, translate("case_page", "Compare")),
                (built.timeline, translate("case_page", "Timeline")),
                (built.health, translate("case_page", "Health")),
                (built.questions, translate("case_page", "Questions")),
                (built.options, translate("case_page", "Options")),
                (built.decision, translate("case_page", "Decision")),
                (built.trials, translate("case_page", "Trials")),
                (built.appointments, translate("case_page", "Appointments")),
                (built.search, translate("case_page", "Search")),
            ):
                self.add_section(widget, title)
            built.search.open_hit.connect(self.open_hit)
            built.checklist.import_requested.connect(self._import_from_checklist)
            built.care_team.add_button_for_current(
                translate("case_page", "Request &letter…"), self._letter_to
            )
            self.sections.currentChanged.connect(self._section_shown)
            self._sections = built
        return self._sections

    def _import_from_checklist(self, paths: list[Path]) -> None:
        """Key images chosen on a disc: imported like any file, shown on the Records tab."""
        self.sections.setCurrentWidget(self.records)
        self.records.import_paths(paths)

    def current_place(self) -> str:
        """The shown section's name ("overview", "records", "care_team"...): the guide's
        topic for F1."""
        widget = self.sections.currentWidget()
        if self._sections is not None:
            for name in self._sections.__dataclass_fields__:
                if getattr(self._sections, name) is widget:
                    return name
        return "overview"

    def go_to_place(self, place: str) -> None:
        """Open where a next step is done: a section of the case, or the packet dialog."""
        if place == "packet":
            self.packet_requested.emit()
            return
        widget = getattr(self._built(), place, None)
        if isinstance(widget, QWidget):
            self.sections.setCurrentWidget(widget)
            widget.setFocus()

    def _letter_to(self, clinician: Clinician) -> None:
        from secondop_desktop.ui.packet.letter_dialog import LetterDialog

        if self.case is not None and self.case.id is not None:
            LetterDialog(self.state, self.case.id, clinician_id=clinician.id, parent=self).exec()
            self.checklist.reload()

    def flush(self) -> None:
        """Save every pending edit on this case's pages now (see ui/common/flush.py)."""
        if self._sections is not None and self.state.is_unlocked:
            flush_all(self)

    def _on_changed(self, kind: str, case_id: int) -> None:
        """Where you are (readiness) counts every section: redraw it when it is on screen."""
        if (
            self.case is not None
            and case_id == self.case.id
            and kind != "case"
            and self.sections.currentWidget() is self.overview
            and self.state.is_unlocked
        ):
            self.overview.show_case(self.case, date.today())

    def _section_shown(self, index: int) -> None:
        """Pages that summarise others (the comparison) refresh when shown; what was typed
        on the page just left is saved first."""
        self.flush()
        widget = self.sections.widget(index)
        if self._sections is not None and widget is self._sections.compare:
            self._sections.compare.reload()
        elif widget is self.overview and self.case is not None:
            self.overview.show_case(self.case, date.today())

    @property
    def records(self) -> RecordsSection:
        return self._built().records

    @property
    def checklist(self) -> ChecklistSection:
        return self._built().checklist

    @property
    def search(self) -> SearchSection:
        return self._built().search

    @property
    def facts(self) -> _Sections:
        return self._built()

    def open_hit(self, hit: Found) -> None:
        """Show where a search hit is (switching case when the hit is in another): the
        record's page, or the section with the entry selected."""
        if self.case is None or hit.case_id != self.case.id:
            self.case_switch_requested.emit(hit.case_id)
        if hit.record_id is not None:
            self.sections.setCurrentWidget(self.records)
            self.records.show_record(hit.record_id, hit.page or 1)
            return
        self.go_to_place(hit.place)
        if hit.item_id is not None:
            from secondop_desktop.ui.common.select_entry import select_entry

            select_entry(getattr(self._built(), hit.place, None), hit.table, hit.item_id)

    def clear(self) -> None:
        if self._sections is not None:
            for section in self._sections.all():
                section.clear()
        self.show_case(None)

    def show_case(self, case: cases.Case | None, today: date | None = None) -> None:
        changed = case is None or self.case is None or case.id != self.case.id
        if changed:
            self.flush()  # into the case being left, before its pages are emptied
        self.case = case
        if changed and (case is not None or self._sections is not None):
            case_id = case.id if case is not None else None
            for section in self._built().all():
                section.set_case(case_id)
        if case is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(case.display_title)
        self.title.setAccessibleName(case.display_title)
        if case.patient_dob:
            self.subtitle.setText(
                translate("case_page", "{name}, born {date}").format(
                    name=case.patient_name, date=_date_text(case.patient_dob)
                )
            )
        else:
            self.subtitle.setText(case.patient_name)
        status = cases.status_label(case.status)
        self.badge.setText(status)
        self.badge.setAccessibleName(
            translate("case_page", "Status: {status}").format(status=status)
        )
        self.archived_note.setVisible(case.archived)
        self.overview.show_case(case, today or date.today())
