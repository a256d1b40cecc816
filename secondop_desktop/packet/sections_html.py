"""The packet's chosen sections as HTML (opinions, timeline, health, where the physical
items are, options, questions, preferences, trials). Every value typed by the user is
escaped here; only what :func:`content.load` read for the chosen sections is used."""

from __future__ import annotations

from secondop_desktop import facts, preparing
from secondop_desktop.core import dates
from secondop_desktop.packet.content import CaseContent, esc, table
from secondop_desktop.packet.spec import SECTIONS
from secondop_desktop.records import checklist


def section_html(c: CaseContent, key: str) -> str:
    return f"<h1>{esc(SECTIONS[key])}</h1>" + _SECTION_BODIES[key](c)


def _opinions(c: CaseContent) -> str:
    parts = []
    for o in c.opinions:
        who = c.who(o.clinician_id) or "A doctor"
        clin = c.team.get(o.clinician_id) if o.clinician_id is not None else None
        role = f", {facts.ROLES.get(clin.role, '')}" if clin else ""
        rows = [[label, esc(getattr(o, name)) or "—"] for name, label in facts.ASPECTS]
        when = esc(dates.format_date(o.given_on)) or "date not recorded"
        parts.append(f"<h2>{esc(who)}{esc(role)} — {when}</h2>" + table(None, rows, [26, 74]))
    if len(c.opinions) >= 2:
        differ = [r.label for r in facts.compare(c.opinions) if r.differ]
        parts.append(
            "<p><b>Where the opinions differ:</b> "
            + (esc(", ".join(differ).lower()) if differ else "they agree on everything written")
            + ".</p>"
        )
    open_points = [p for p in c.points if not p.done]
    if open_points:
        items = "".join(f"<li>{esc(p.text)}</li>" for p in open_points)
        parts.append(f"<h2>Points we would like resolved</h2><ul>{items}</ul>")
    if c.team:
        rows = [
            [
                esc(t.name),
                esc(facts.ROLES.get(t.role, "")),
                esc(", ".join(x for x in (t.specialty, t.facility) if x)) or "—",
                esc(" · ".join(x for x in (t.phone, t.email) if x)) or "—",
            ]
            for t in c.team.values()
        ]
        parts.append(
            "<h2>Care team</h2>"
            + table(["Name", "Role", "Specialty, facility", "Contact"], rows, [24, 18, 32, 26])
        )
    return "".join(parts)


def _timeline(c: CaseContent) -> str:
    rows = [
        [
            esc(e.date_text()),
            f"<b>{esc(e.title)}</b>" + (f"<br/>{esc(e.details)}" if e.details else ""),
            esc(facts.EVENT_KINDS.get(e.kind, "")),
        ]
        for e in c.events
    ]
    return table(["Date", "Event", "Kind"], rows, [20, 62, 18])


def _health(c: CaseContent) -> str:
    parts = ["<h2>Health problems and past medical history</h2>"]
    if c.conditions:
        rows = [
            [
                f"<b>{esc(x.name)}</b>" + (f"<br/>{esc(x.notes)}" if x.notes else ""),
                esc(dates.format_short(x.since)) or "—",
                esc(facts.CONDITION_STATUSES.get(x.status, x.status)),
            ]
            for x in c.conditions
        ]
        parts.append(table(["Condition", "Since", "Status"], rows, [60, 20, 20]))
    else:
        parts.append(f"<p>{esc(c.empty('conditions'))}.</p>")
    if c.medications:
        rows = [
            [
                esc(m.name) + ("" if m.active else " <i>(stopped)</i>"),
                esc(" ".join(x for x in (m.dose, m.route) if x)) or "—",
                esc(m.schedule) or "—",
                esc(facts.MED_KINDS.get(m.kind, "")),
                esc(m.reason) or "—",
                esc(
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
            + table(
                ["Medicine", "Dose, form", "Schedule", "Kind", "Reason", "Dates"],
                rows,
                [20, 17, 15, 14, 18, 16],
            )
        )
    else:
        parts.append(f"<h2>Medications</h2><p>{esc(c.empty('medications'))}.</p>")
    parts.append("<h2>Allergies</h2>")
    if c.allergies:
        rows = [
            [esc(a.substance), esc(a.reaction) or "—", esc(a.severity.capitalize()) or "—"]
            for a in c.allergies
        ]
        parts.append(table(["Substance", "Reaction", "Severity"], rows, [35, 45, 20]))
    else:
        parts.append(f"<p>{esc(c.empty('allergies'))}.</p>")
    if c.family:
        rows = [
            [esc(f.relative), esc(f.condition), esc(f.age_at_onset) or "—", esc(f.notes) or "—"]
            for f in c.family
        ]
        parts.append(
            "<h2>Family history</h2>"
            + table(["Relative", "Condition", "Age at onset", "Notes"], rows, [18, 34, 14, 34])
        )
    else:
        parts.append(f"<h2>Family history</h2><p>{esc(c.empty('family_history'))}.</p>")
    return "".join(parts)


def _rated(points: tuple[preparing.OptionPoint, ...]) -> str:
    if not points:
        return "—"
    return "<br/>".join(f"{esc(p.text)} <i>(matters {p.importance}/5)</i>" for p in points)


def _options(c: CaseContent) -> str:
    parts = [
        '<p class="note">The ratings (0–5) say how much each point matters to the patient; '
        "they are not a medical score.</p>"
    ]
    for s in c.options:
        o = s.option
        rows = [
            ["Proposed by", esc(c.who(o.proposed_by)) or "—"],
            ["What it involves", esc(o.involves) or "—"],
            ["Benefits", _rated(s.benefits)],
            ["Risks and side effects", _rated(s.risks)],
            ["Recovery and time", esc(o.recovery) or "—"],
            ["Cost and coverage", esc(o.costs) or "—"],
            ["Notes", esc(o.notes) or "—"],
        ]
        lean = f' <span class="lean">— we lean towards it {o.leaning}/5</span>' if o.leaning else ""
        parts.append(f"<h2>{esc(o.name)}{lean}</h2>" + table(None, rows, [26, 74]))
    d = c.decision
    if d is not None and (d.what or d.role):
        parts.append("<h2>The decision</h2><p>")
        if d.what:
            parts.append(f"<b>To decide:</b> {esc(d.what)}<br/>")
        if c.case.decide_by:
            parts.append(f"<b>By:</b> {esc(dates.format_date(c.case.decide_by))}<br/>")
        if d.role:
            parts.append(f"<b>How we want to decide:</b> {esc(preparing.ROLES[d.role])}")
        parts.append("</p>")
    return "".join(parts)


def _questions(c: CaseContent) -> str:
    items = []
    for q in c.questions:  # already for this consultant, top three first
        mark = "<b>[Top question]</b> " if q.top_three else ""
        answers = "".join(_answer_html(c, a) for a in c.answers.get(q.id or 0, []))
        items.append(f"<li>{mark}{esc(q.text)}{answers}</li>")
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
            f"<b>{esc(i.description)}</b>" + (f"<br/>From {esc(i.source)}" if i.source else ""),
            esc(checklist.STATUS_LABELS.get(i.status, i.status)),
            esc(i.carrier) or "—",
            esc(i.tracking) or "—",
            esc(
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
    return table(
        ["Item", "Status", "Carrier", "Tracking number", "Dates"], rows, [34, 16, 14, 20, 16]
    )


def _answer_html(c: CaseContent, a: preparing.Answer) -> str:
    when = f", {dates.format_short(a.answered_on)}" if a.answered_on else ""
    who = c.who(a.clinician_id) or "Answer"
    return f'<br/><span class="answer">{esc(who + when)}: {esc(a.answer)}</span>'


def _preferences(c: CaseContent) -> str:
    return "".join(
        f"<h3>{esc(title)}</h3><p>{esc(c.preferences.get(key, ''))}</p>"
        for key, title, _ in preparing.PREFERENCE_HEADINGS
        if c.preferences.get(key, "").strip()
    )


def _trials(c: CaseContent) -> str:
    rows = [
        [
            esc(t.registry_id) or "—",
            f"<b>{esc(t.title)}</b>" + (f"<br/>{esc(t.eligibility)}" if t.eligibility else ""),
            esc(t.phase) or "—",
            esc(" · ".join(x for x in (t.site, t.contact) if x)) or "—",
            esc(preparing.TRIAL_STATUSES.get(t.status, t.status)),
        ]
        for t in c.trials
    ]
    return table(
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
