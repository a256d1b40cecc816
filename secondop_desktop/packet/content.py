"""The packet's own pages as HTML for Qt's rich-text engine: cover, one-page summary,
contents, the chosen sections and the records index.

Pure Python (no Qt): every value typed by the user is escaped here, and only the chosen
sections are read from the vault, so what was not selected cannot reach the PDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from secondop_desktop import cases, facts, preparing, records
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.packet.spec import SECTIONS, PacketSpec
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault


def _e(text: object) -> str:
    return escape(str(text or "")).replace("\n", "<br/>")


def _table(headers: list[str] | None, rows: list[list[str]], widths: list[int]) -> str:
    """A ruled table; cells are already-escaped HTML. Without headers the first column is
    the label column (bold, shaded)."""
    head = ""
    if headers:
        cols = "".join(
            f'<th width="{w}%" align="left">{h}</th>' for h, w in zip(headers, widths, strict=True)
        )
        head = f'<thead><tr class="head">{cols}</tr></thead>'
    body = []
    for r in rows:
        cells = [
            f'<td width="{w}%"{" class=label" if not headers and k == 0 else ""}>{cell}</td>'
            for k, (cell, w) in enumerate(zip(r, widths, strict=True))
        ]
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" class="grid">'
        f"{head}{''.join(body)}</table>"
    )


@dataclass
class CaseContent:
    """What the packet shows, read once from the vault (only the chosen sections)."""

    case: cases.Case
    spec: PacketSpec
    records: list[records.Record]
    team: dict[int, facts.Clinician] = field(default_factory=dict)
    opinions: list[facts.Opinion] = field(default_factory=list)
    points: list[facts.ResolvePoint] = field(default_factory=list)
    events: list[facts.TimelineEvent] = field(default_factory=list)
    medications: list[facts.Medication] = field(default_factory=list)
    allergies: list[facts.Allergy] = field(default_factory=list)
    family: list[facts.FamilyHistory] = field(default_factory=list)
    conditions: list[facts.Condition] = field(default_factory=list)
    physical: list[checklist.Item] = field(default_factory=list)
    questions_for_others: int = 0  # questions addressed to another doctor, left out
    # Lists the user said are empty on purpose ("none"), keyed as facts.HEALTH_LISTS.
    none_stated: set[str] = field(default_factory=set)
    options: list[preparing.OptionSummary] = field(default_factory=list)
    decision: preparing.Decision | None = None
    questions: list[preparing.Question] = field(default_factory=list)
    answers: dict[int, list[preparing.Answer]] = field(default_factory=dict)
    preferences: dict[str, str] = field(default_factory=dict)
    trials: list[preparing.Trial] = field(default_factory=list)
    next_appointment: preparing.Appointment | None = None

    @property
    def sections(self) -> list[str]:
        """The chosen sections that have something to show, in packet order (summary
        excluded: it is a front page)."""
        has = {
            "opinions": bool(self.opinions or self.team),
            "timeline": bool(self.events),
            "health": bool(self.medications or self.allergies or self.family)
            or bool(self.conditions or self.none_stated),
            "physical": bool(self.physical),
            "options": bool(self.options),
            "questions": bool(self.questions),
            "preferences": any(v.strip() for v in self.preferences.values()),
            "trials": bool(self.trials),
        }
        return [k for k in SECTIONS if k != "summary" and k in self.spec.sections and has[k]]

    def empty(self, key: str) -> str:
        """What an empty health list prints: the user's "none", or "Not recorded"."""
        return facts.empty_wording(key in self.none_stated, key)

    def who(self, clinician_id: int | None) -> str:
        c = self.team.get(clinician_id) if clinician_id is not None else None
        return c.name if c else ""


def _questions_for(
    questions: list[preparing.Question], team: dict[int, facts.Clinician], consultant: str
) -> tuple[list[preparing.Question], int]:
    """The questions for this consultant: those addressed to them or to nobody, and the
    patient's top three whoever they were for; top three first. Questions addressed to
    another doctor stay home (their count is said)."""
    theirs = {i for i, c in team.items() if consultant.strip() and c.name == consultant.strip()}
    kept = [
        q for q in questions if q.top_three or q.clinician_id is None or q.clinician_id in theirs
    ]
    ordered = [q for q in kept if q.top_three] + [q for q in kept if not q.top_three]
    return ordered, len(questions) - len(kept)


def load(vault: Vault, spec: PacketSpec, today: date | None = None) -> CaseContent:
    spec.check()
    case = cases.get_case(vault, spec.case_id)
    by_id = {r.id: r for r in records.list_records(vault, spec.case_id)}
    missing = [rid for rid in spec.record_ids if rid not in by_id]
    if missing:
        raise LookupError("A chosen record is no longer in this case; refresh the list.")
    content = CaseContent(case, spec, [by_id[rid] for rid in spec.record_ids])
    chosen = set(spec.sections)
    cid = spec.case_id
    if chosen & {"opinions", "health", "questions", "options", "summary"}:
        content.team = {lists.saved_id(c): c for c in lists.list_items(vault, facts.Clinician, cid)}
    if chosen & {"opinions", "summary"}:
        content.opinions = lists.list_items(vault, facts.Opinion, cid)
    if "opinions" in chosen:
        content.points = [p for p in lists.list_items(vault, facts.ResolvePoint, cid)]
    if chosen & {"timeline", "summary"}:
        content.events = lists.list_items(vault, facts.TimelineEvent, cid)
    if chosen & {"health", "summary"}:
        content.medications = lists.list_items(vault, facts.Medication, cid)
        content.allergies = lists.list_items(vault, facts.Allergy, cid)
        content.conditions = lists.list_items(vault, facts.Condition, cid)
        content.none_stated = {k for k in facts.HEALTH_LISTS if facts.none_stated(vault, cid, k)}
    if "health" in chosen:
        content.family = lists.list_items(vault, facts.FamilyHistory, cid)
    if "options" in chosen:
        content.options = preparing.compare_options(vault, cid)
        content.decision = preparing.get_decision(vault, cid)
    if chosen & {"questions", "summary"}:
        content.questions, content.questions_for_others = _questions_for(
            lists.list_items(vault, preparing.Question, cid), content.team, spec.prepared_for
        )
        content.answers = preparing.answers_by_question(vault, cid)
    if "physical" in chosen:
        content.physical = [i for i in checklist.list_items(vault, cid) if i.physical]
    if "preferences" in chosen:
        content.preferences = preparing.get_preferences(vault, cid)
    if "trials" in chosen:
        content.trials = lists.list_items(vault, preparing.Trial, cid)
    if "summary" in chosen:
        today = today or date.today()
        upcoming = [
            a
            for a in lists.list_items(vault, preparing.Appointment, cid)
            if a.starts_at.date() >= today
        ]
        content.next_appointment = upcoming[0] if upcoming else None
    return content


def _born(case: cases.Case) -> str:
    return dates.format_date(case.patient_dob) if case.patient_dob else "not given"


# -- front pages ----------------------------------------------------------------------------
def cover_html(c: CaseContent, today: date) -> str:
    case = c.case
    prepared_by = (
        f"{_e(case.caregiver_name)} ({_e(case.caregiver_relationship) or 'caregiver'})"
        " for the patient"
        if case.managed_by == "caregiver" and case.caregiver_name
        else "the patient"
    )
    rows = [
        ("Patient", _e(case.patient_name)),
        ("Date of birth", _e(_born(case))),
        ("About", _e(case.title) or "Second opinion"),
        ("Prepared by", f"{prepared_by}, {_e(dates.format_date(today))}"),
    ]
    if c.spec.prepared_for.strip():
        rows.append(("For", _e(c.spec.prepared_for)))
    if case.contact.strip():
        rows.append(("Contact", _e(case.contact)))
    table = "".join(
        f'<tr><td width="28%" class="label">{k}</td><td class="value">{v}</td></tr>'
        for k, v in rows
    )
    return (
        # Qt drops the top margin of a document's first block: an empty one comes first.
        '<p style="font-size:2pt">&nbsp;</p>'
        '<p class="kicker">REQUEST FOR A SECOND OPINION</p>'
        f'<h1 style="font-size:28pt; color:#1b1b1b">{_e(case.patient_name)}</h1>'
        f'<p class="subtitle">{_e(case.title)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="6" class="cover">{table}</table>'
        '<p class="note">This packet was prepared by the patient or their caregiver with '
        "SecondOp. It contains a one-page summary, the contents, the sections chosen and "
        "copies of the records, each page numbered.</p>"
    )


def summary_html(c: CaseContent) -> str:
    case = c.case
    # Nothing cut: the patient's words in full (the summary runs onto a second page if
    # it must).
    reason = _e(case.reason.strip()) or "Not recorded"
    parts = [f"<h1>Summary</h1><h3>Why a second opinion</h3><p>{reason}</p>"]
    if c.opinions:
        rows = []
        for o in c.opinions:
            when = dates.format_short(o.given_on)
            who = _e(c.who(o.clinician_id) or "A doctor")
            diag = _e(" — ".join(x for x in (o.diagnosis, o.specifics) if x))
            rows.append([f"{who}<br/>{_e(when)}", diag or "—", _e(o.recommendation) or "—"])
        parts.append("<h3>Diagnosis and recommended treatment so far</h3>")
        parts.append(_table(["Opinion", "Diagnosis", "Recommended treatment"], rows, [22, 38, 40]))
    top = [q for q in c.questions if q.top_three]
    if top:
        items = "".join(f"<li>{_e(q.text)}</li>" for q in top)
        parts.append(f"<h3>The three questions that matter most to us</h3><ol>{items}</ol>")
    # Always shown: an empty list says "Not recorded", never "none".
    problems = "; ".join(
        _e(x.name + (f" (since {dates.format_short(x.since)})" if x.since else ""))
        for x in c.conditions
        if x.status not in ("resolved",)
    )
    if not problems and c.conditions:
        problems = "None current (past ones in the health section)"
    parts.append(f"<h3>Other health problems</h3><p>{problems or _e(c.empty('conditions'))}</p>")
    meds = [m for m in c.medications if m.active]
    parts.append("<h3>Medicines taken now</h3>")
    if meds:
        rows = [
            [
                f"<b>{_e(m.name)}</b>",
                _e(m.dose) or "—",
                _e(m.schedule) or "—",
                _e(dates.format_short(m.started_on)) or "—",
            ]
            for m in meds
        ]
        parts.append(_table(["Medicine", "Dose", "Schedule", "Since"], rows, [36, 20, 26, 18]))
    else:
        none_now = "No medicine marked as taken now" if c.medications else ""
        parts.append(f"<p>{_e(none_now or c.empty('medications'))}</p>")
    allergy_text = "; ".join(
        _e(a.substance + (f" ({a.reaction})" if a.reaction else "")) for a in c.allergies
    )
    parts.append(f"<p><b>Allergies:</b> {allergy_text or _e(c.empty('allergies'))}</p>")
    treated = [
        e
        for e in c.events
        if e.kind in ("procedure", "treatment_start", "treatment_stop", "hospital_stay")
    ]
    if treated:
        rows = [[_e(e.date_text()), _e(e.title)] for e in treated]
        parts.append("<h3>Treatments so far</h3>" + _table(["Date", "Treatment"], rows, [22, 78]))
    key = [e for e in c.events if e.kind == "diagnosis"]
    dates_rows = [[_e(e.date_text()), _e(e.title)] for e in key[-6:]]
    if c.next_appointment is not None:
        a = c.next_appointment
        dates_rows.append(
            [
                _e(f"{dates.format_short(a.starts_at.date())}, {a.starts_at:%H:%M}"),
                _e(f"Next appointment: {a.purpose or 'visit'}"),
            ]
        )
    if case.decide_by:
        dates_rows.append([_e(dates.format_short(case.decide_by)), "<b>Decision needed by</b>"])
    if dates_rows:
        parts.append("<h3>Key dates</h3>" + _table(["Date", "What"], dates_rows, [22, 78]))
    return "".join(parts)


def contents_html(entries: list[tuple[str, int, int]]) -> str:
    """entries: (title, first page, level)."""
    rows = "".join(
        f'<tr><td class="toc{level}">{_e(title)}</td><td align="right" width="12%">{page}</td></tr>'
        for title, page, level in entries
    )
    return f'<h1>Contents</h1><table width="100%" cellspacing="0" cellpadding="3">{rows}</table>'


def records_index_html(c: CaseContent, starts: list[int]) -> str:
    rows = [
        [
            str(i + 1),
            _e(r.title),
            _e(r.kind_label),
            _e(dates.format_short(r.date_of_service)) or "—",
            _e(r.source) or "—",
            str(start),
        ]
        for i, (r, start) in enumerate(zip(c.records, starts, strict=True))
    ]
    if not rows:
        return "<h1>Records</h1><p>No records were chosen for this packet.</p>"
    return "<h1>Records index</h1>" + _table(
        ["#", "Title", "Kind", "Date", "Source", "Page"], rows, [4, 33, 18, 13, 25, 7]
    )


# -- sections ---------------------------------------------------------------------------------
def section_html(c: CaseContent, key: str) -> str:
    return f"<h1>{_e(SECTIONS[key])}</h1>" + _SECTION_BODIES[key](c)


def _opinions(c: CaseContent) -> str:
    parts = []
    for o in c.opinions:
        who = c.who(o.clinician_id) or "A doctor"
        clin = c.team.get(o.clinician_id) if o.clinician_id is not None else None
        role = f", {facts.ROLES.get(clin.role, '')}" if clin else ""
        rows = [[label, _e(getattr(o, name)) or "—"] for name, label in facts.ASPECTS]
        when = _e(dates.format_date(o.given_on)) or "date not given"
        parts.append(f"<h2>{_e(who)}{_e(role)} — {when}</h2>" + _table(None, rows, [26, 74]))
    if len(c.opinions) >= 2:
        differ = [r.label for r in facts.compare(c.opinions) if r.differ]
        parts.append(
            "<p><b>Where the opinions differ:</b> "
            + (_e(", ".join(differ).lower()) if differ else "they agree on everything written")
            + ".</p>"
        )
    open_points = [p for p in c.points if not p.done]
    if open_points:
        items = "".join(f"<li>{_e(p.text)}</li>" for p in open_points)
        parts.append(f"<h2>Points we would like resolved</h2><ul>{items}</ul>")
    if c.team:
        rows = [
            [
                _e(t.name),
                _e(facts.ROLES.get(t.role, "")),
                _e(", ".join(x for x in (t.specialty, t.facility) if x)) or "—",
                _e(" · ".join(x for x in (t.phone, t.email) if x)) or "—",
            ]
            for t in c.team.values()
        ]
        parts.append(
            "<h2>Care team</h2>"
            + _table(["Name", "Role", "Specialty, facility", "Contact"], rows, [24, 18, 32, 26])
        )
    return "".join(parts)


def _timeline(c: CaseContent) -> str:
    rows = [
        [
            _e(e.date_text()),
            f"<b>{_e(e.title)}</b>" + (f"<br/>{_e(e.details)}" if e.details else ""),
            _e(facts.EVENT_KINDS.get(e.kind, "")),
        ]
        for e in c.events
    ]
    return _table(["Date", "Event", "Kind"], rows, [20, 62, 18])


def _health(c: CaseContent) -> str:
    parts = ["<h2>Health problems and past medical history</h2>"]
    if c.conditions:
        rows = [
            [
                f"<b>{_e(x.name)}</b>" + (f"<br/>{_e(x.notes)}" if x.notes else ""),
                _e(dates.format_short(x.since)) or "—",
                _e(facts.CONDITION_STATUSES.get(x.status, x.status)),
            ]
            for x in c.conditions
        ]
        parts.append(_table(["Condition", "Since", "Status"], rows, [60, 20, 20]))
    else:
        parts.append(f"<p>{_e(c.empty('conditions'))}.</p>")
    if c.medications:
        rows = [
            [
                _e(m.name) + ("" if m.active else " <i>(stopped)</i>"),
                _e(" ".join(x for x in (m.dose, m.route) if x)) or "—",
                _e(m.schedule) or "—",
                _e(facts.MED_KINDS.get(m.kind, "")),
                _e(m.reason) or "—",
                _e(
                    " – ".join(
                        x
                        for x in (
                            dates.format_short(m.started_on),
                            dates.format_short(m.stopped_on),
                        )
                        if x
                    )
                )
                or "—",
            ]
            for m in sorted(c.medications, key=lambda m: not m.active)
        ]
        parts.append(
            "<h2>Medications</h2>"
            + _table(
                ["Medicine", "Dose, form", "Schedule", "Kind", "Reason", "Dates"],
                rows,
                [20, 17, 15, 14, 18, 16],
            )
        )
    else:
        parts.append(f"<h2>Medications</h2><p>{_e(c.empty('medications'))}.</p>")
    parts.append("<h2>Allergies</h2>")
    if c.allergies:
        rows = [
            [_e(a.substance), _e(a.reaction) or "—", _e(a.severity.capitalize()) or "—"]
            for a in c.allergies
        ]
        parts.append(_table(["Substance", "Reaction", "Severity"], rows, [35, 45, 20]))
    else:
        parts.append(f"<p>{_e(c.empty('allergies'))}.</p>")
    if c.family:
        rows = [
            [_e(f.relative), _e(f.condition), _e(f.age_at_onset) or "—", _e(f.notes) or "—"]
            for f in c.family
        ]
        parts.append(
            "<h2>Family history</h2>"
            + _table(["Relative", "Condition", "Age at onset", "Notes"], rows, [18, 34, 14, 34])
        )
    else:
        parts.append(f"<h2>Family history</h2><p>{_e(c.empty('family_history'))}.</p>")
    return "".join(parts)


def _rated(points: tuple[preparing.OptionPoint, ...]) -> str:
    if not points:
        return "—"
    return "<br/>".join(f"{_e(p.text)} <i>(matters {p.importance}/5)</i>" for p in points)


def _options(c: CaseContent) -> str:
    parts = [
        '<p class="note">The ratings (0–5) say how much each point matters to the patient; '
        "they are not a medical score.</p>"
    ]
    for s in c.options:
        o = s.option
        rows = [
            ["Proposed by", _e(c.who(o.proposed_by)) or "—"],
            ["What it involves", _e(o.involves) or "—"],
            ["Benefits", _rated(s.benefits)],
            ["Risks and side effects", _rated(s.risks)],
            ["Recovery and time", _e(o.recovery) or "—"],
            ["Cost and coverage", _e(o.costs) or "—"],
            ["Notes", _e(o.notes) or "—"],
        ]
        lean = f' <span class="lean">— we lean towards it {o.leaning}/5</span>' if o.leaning else ""
        parts.append(f"<h2>{_e(o.name)}{lean}</h2>" + _table(None, rows, [26, 74]))
    d = c.decision
    if d is not None and (d.what or d.role):
        parts.append("<h2>The decision</h2><p>")
        if d.what:
            parts.append(f"<b>To decide:</b> {_e(d.what)}<br/>")
        if c.case.decide_by:
            parts.append(f"<b>By:</b> {_e(dates.format_date(c.case.decide_by))}<br/>")
        if d.role:
            parts.append(f"<b>How we want to decide:</b> {_e(preparing.ROLES[d.role])}")
        parts.append("</p>")
    return "".join(parts)


def _questions(c: CaseContent) -> str:
    items = []
    for q in c.questions:  # already for this consultant, top three first
        mark = "<b>[Top question]</b> " if q.top_three else ""
        answers = "".join(_answer_html(c, a) for a in c.answers.get(q.id or 0, []))
        items.append(f"<li>{mark}{_e(q.text)}{answers}</li>")
    n = c.questions_for_others
    note = (
        f"<p class='note'>{n} question{'s' if n != 1 else ''} for other doctors "
        f"{'are' if n != 1 else 'is'} not included.</p>"
        if n
        else ""
    )
    return f"<ol>{''.join(items)}</ol>{note}"


def _physical(c: CaseContent) -> str:
    """Where the slides, tissue blocks and imaging discs are: what a centre asks first."""
    rows = [
        [
            f"<b>{_e(i.description)}</b>" + (f"<br/>From {_e(i.source)}" if i.source else ""),
            _e(checklist.STATUS_LABELS.get(i.status, i.status)),
            _e(i.carrier) or "—",
            _e(i.tracking) or "—",
            _e(
                "; ".join(
                    x
                    for x in (
                        f"sent {dates.format_short(i.sent_on)}" if i.sent_on else "",
                        f"returned {dates.format_short(i.returned_on)}" if i.returned_on else "",
                    )
                    if x
                )
            )
            or "—",
        ]
        for i in c.physical
    ]
    return _table(
        ["Item", "Status", "Carrier", "Tracking number", "Dates"], rows, [34, 16, 14, 20, 16]
    )


def _answer_html(c: CaseContent, a: preparing.Answer) -> str:
    when = f", {dates.format_short(a.answered_on)}" if a.answered_on else ""
    who = c.who(a.clinician_id) or "Answer"
    return f'<br/><span class="answer">{_e(who + when)}: {_e(a.answer)}</span>'


def _preferences(c: CaseContent) -> str:
    return "".join(
        f"<h3>{_e(title)}</h3><p>{_e(c.preferences.get(key, ''))}</p>"
        for key, title, _ in preparing.PREFERENCE_HEADINGS
        if c.preferences.get(key, "").strip()
    )


def _trials(c: CaseContent) -> str:
    rows = [
        [
            _e(t.registry_id) or "—",
            f"<b>{_e(t.title)}</b>" + (f"<br/>{_e(t.eligibility)}" if t.eligibility else ""),
            _e(t.phase) or "—",
            _e(" · ".join(x for x in (t.site, t.contact) if x)) or "—",
            _e(preparing.TRIAL_STATUSES.get(t.status, t.status)),
        ]
        for t in c.trials
    ]
    return _table(
        ["Registry number", "Trial", "Phase", "Site and contact", "Status"],
        rows,
        [17, 38, 10, 23, 12],
    )


_SECTION_BODIES = {
    "opinions": _opinions,
    "timeline": _timeline,
    "health": _health,
    "options": _options,
    "questions": _questions,
    "preferences": _preferences,
    "trials": _trials,
    "physical": _physical,
}
