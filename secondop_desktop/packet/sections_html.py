"""The packet's chosen sections as HTML (opinions, timeline, health, where the physical
items are, options, questions, preferences, trials; lab results and imaging are in
labs_html.py). Every value typed by the user is escaped here; only what
:func:`content.load` read for the chosen sections is used.

Our words are translated here, as the pages are made; the labels of other modules' tables
(roles, kinds, statuses) are marked there and translated here, in their own context."""

from __future__ import annotations

from secondop_desktop import facts, preparing
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.packet import labs_html
from secondop_desktop.packet.content import CaseContent, esc, table
from secondop_desktop.packet.spec import SECTIONS, title
from secondop_desktop.records import checklist


def section_html(c: CaseContent, key: str) -> str:
    return f"<h1>{esc(title(SECTIONS[key]))}</h1>" + _SECTION_BODIES[key](c)


def _h2(heading: str) -> str:
    return f"<h2>{esc(heading)}</h2>"


def _headers(*names: str) -> list[str]:
    return [esc(n) for n in names]


def _label(context: str, labels: dict[str, str], key: str, default: str = "") -> str:
    """A stored key's label from another module's table, in the language installed."""
    text = labels.get(key, default)
    return translate(context, text) if text else ""


def _opinions(c: CaseContent) -> str:
    parts = []
    for o in c.opinions:
        who = c.who(o.clinician_id) or translate("sections_html", "A doctor")
        clin = c.team.get(o.clinician_id) if o.clinician_id is not None else None
        role = f", {_label('care_team', facts.ROLES, clin.role)}" if clin else ""
        rows = [
            [esc(translate("opinions", label)), esc(getattr(o, name)) or "—"]
            for name, label in facts.ASPECTS
        ]
        when = esc(dates.format_date(o.given_on)) or esc(
            translate("sections_html", "date not recorded")
        )
        parts.append(f"<h2>{esc(who)}{esc(role)} — {when}</h2>" + table(None, rows, [26, 74]))
    if len(c.opinions) >= 2:
        differ = [translate("opinions", r.label) for r in facts.compare(c.opinions) if r.differ]
        where = esc(translate("sections_html", "Where the opinions differ:"))
        agree = translate("sections_html", "they agree on everything written")
        parts.append(
            f"<p><b>{where}</b> "
            + (esc(", ".join(differ).lower()) if differ else esc(agree))
            + ".</p>"
        )
    open_points = [p for p in c.points if not p.done]
    if open_points:
        items = "".join(f"<li>{esc(p.text)}</li>" for p in open_points)
        heading = _h2(translate("sections_html", "Points we would like resolved"))
        parts.append(f"{heading}<ul>{items}</ul>")
    if c.team:
        rows = [
            [
                esc(t.name),
                esc(_label("care_team", facts.ROLES, t.role)),
                esc(", ".join(x for x in (t.specialty, t.facility) if x)) or "—",
                esc(" · ".join(x for x in (t.phone, t.email) if x)) or "—",
            ]
            for t in c.team.values()
        ]
        headers = _headers(
            translate("sections_html", "Name"),
            translate("sections_html", "Role"),
            translate("sections_html", "Specialty, facility"),
            translate("sections_html", "Contact"),
        )
        parts.append(
            _h2(translate("sections_html", "Care team")) + table(headers, rows, [24, 18, 32, 26])
        )
    return "".join(parts)


def _timeline(c: CaseContent) -> str:
    rows = [
        [
            esc(e.date_text()),
            f"<b>{esc(e.title)}</b>" + (f"<br/>{esc(e.details)}" if e.details else ""),
            esc(_label("timeline", facts.EVENT_KINDS, e.kind)),
        ]
        for e in c.events
    ]
    headers = _headers(
        translate("sections_html", "Date"),
        translate("sections_html", "Event"),
        translate("sections_html", "Kind"),
    )
    return table(headers, rows, [20, 62, 18])


def _health(c: CaseContent) -> str:
    parts = [_h2(translate("sections_html", "Health problems and past medical history"))]
    if c.conditions:
        rows = [
            [
                f"<b>{esc(x.name)}</b>" + (f"<br/>{esc(x.notes)}" if x.notes else ""),
                esc(dates.format_short(x.since)) or "—",
                esc(_label("health", facts.CONDITION_STATUSES, x.status, x.status)),
            ]
            for x in c.conditions
        ]
        headers = _headers(
            translate("sections_html", "Condition"),
            translate("sections_html", "Since"),
            translate("sections_html", "Status"),
        )
        parts.append(table(headers, rows, [60, 20, 20]))
    else:
        parts.append(f"<p>{esc(c.empty('conditions'))}.</p>")
    medications = _h2(translate("sections_html", "Medications"))
    if c.medications:
        stopped = esc(translate("sections_html", "(stopped)"))
        rows = [
            [
                esc(m.name) + ("" if m.active else f" <i>{stopped}</i>"),
                esc(" ".join(x for x in (m.dose, m.route) if x)) or "—",
                esc(m.schedule) or "—",
                esc(_label("health", facts.MED_KINDS, m.kind)),
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
        headers = _headers(
            translate("sections_html", "Medicine"),
            translate("sections_html", "Dose, form"),
            translate("sections_html", "Schedule"),
            translate("sections_html", "Kind"),
            translate("sections_html", "Reason"),
            translate("sections_html", "Dates"),
        )
        parts.append(medications + table(headers, rows, [20, 17, 15, 14, 18, 16]))
    else:
        parts.append(f"{medications}<p>{esc(c.empty('medications'))}.</p>")
    parts.append(_h2(translate("sections_html", "Allergies")))
    if c.allergies:
        rows = [
            [
                esc(a.substance),
                esc(a.reaction) or "—",
                # Stored lower case ("life-threatening"); its label is marked in health.py.
                esc(translate("health", a.severity.capitalize())) if a.severity else "—",
            ]
            for a in c.allergies
        ]
        headers = _headers(
            translate("sections_html", "Substance"),
            translate("sections_html", "Reaction"),
            translate("sections_html", "Severity"),
        )
        parts.append(table(headers, rows, [35, 45, 20]))
    else:
        parts.append(f"<p>{esc(c.empty('allergies'))}.</p>")
    family = _h2(translate("sections_html", "Family history"))
    if c.family:
        rows = [
            [esc(f.relative), esc(f.condition), esc(f.age_at_onset) or "—", esc(f.notes) or "—"]
            for f in c.family
        ]
        headers = _headers(
            translate("sections_html", "Relative"),
            translate("sections_html", "Condition"),
            translate("sections_html", "Age at onset"),
            translate("sections_html", "Notes"),
        )
        parts.append(family + table(headers, rows, [18, 34, 14, 34]))
    else:
        parts.append(f"{family}<p>{esc(c.empty('family_history'))}.</p>")
    return "".join(parts)


def _rated(points: tuple[preparing.OptionPoint, ...]) -> str:
    if not points:
        return "—"
    return "<br/>".join(
        esc(p.text)
        + " <i>"
        + esc(
            translate("sections_html", "(matters {importance}/5)").format(importance=p.importance)
        )
        + "</i>"
        for p in points
    )


def _options(c: CaseContent) -> str:
    note = translate(
        "sections_html",
        "The ratings (0–5) say how much each point matters to the patient; they are not a "
        "medical score.",
    )
    parts = [f'<p class="note">{esc(note)}</p>']
    for s in c.options:
        o = s.option
        rows = [
            [translate("sections_html", "Proposed by"), esc(c.who(o.proposed_by)) or "—"],
            [translate("sections_html", "What it involves"), esc(o.involves) or "—"],
            [translate("sections_html", "Benefits"), _rated(s.benefits)],
            [translate("sections_html", "Risks and side effects"), _rated(s.risks)],
            [translate("sections_html", "Recovery and time"), esc(o.recovery) or "—"],
            [translate("sections_html", "Cost and coverage"), esc(o.costs) or "—"],
            [translate("sections_html", "Notes"), esc(o.notes) or "—"],
        ]
        rows = [[esc(label), value] for label, value in rows]
        lean = ""
        if o.leaning:
            leaning = translate("sections_html", "— we lean towards it {leaning}/5").format(
                leaning=o.leaning
            )
            lean = f' <span class="lean">{esc(leaning)}</span>'
        parts.append(f"<h2>{esc(o.name)}{lean}</h2>" + table(None, rows, [26, 74]))
    d = c.decision
    if d is not None and (d.what or d.role):
        parts.append(_h2(translate("sections_html", "The decision")) + "<p>")
        if d.what:
            to_decide = esc(translate("sections_html", "To decide:"))
            parts.append(f"<b>{to_decide}</b> {esc(d.what)}<br/>")
        if c.case.decide_by:
            by = esc(translate("sections_html", "By:"))
            parts.append(f"<b>{by}</b> {esc(dates.format_date(c.case.decide_by))}<br/>")
        if d.role:
            how = esc(translate("sections_html", "How we want to decide:"))
            parts.append(f"<b>{how}</b> {esc(_label('decision', preparing.ROLES, d.role))}")
        parts.append("</p>")
    return "".join(parts)


def _questions(c: CaseContent) -> str:
    items = []
    top = esc(translate("sections_html", "[Top question]"))
    for q in c.questions:  # already for this consultant, top three first
        mark = f"<b>{top}</b> " if q.top_three else ""
        answers = "".join(_answer_html(c, a) for a in c.answers.get(q.id or 0, []))
        items.append(f"<li>{mark}{esc(q.text)}{answers}</li>")
    n = c.questions_for_others
    others = translate(
        "sections_html", "%n question(s) for other doctors are not included.", None, n
    )
    note = f"<p class='note'>{esc(others)}</p>" if n else ""
    return f"<ol>{''.join(items)}</ol>{note}"


def _physical(c: CaseContent) -> str:
    """Where the slides, tissue blocks and imaging discs are: what a centre asks first."""

    def when(i: checklist.Item) -> str:
        said = []
        if i.sent_on:
            said.append(
                translate("sections_html", "sent {date}").format(date=dates.format_short(i.sent_on))
            )
        if i.returned_on:
            said.append(
                translate("sections_html", "returned {date}").format(
                    date=dates.format_short(i.returned_on)
                )
            )
        return "; ".join(said)

    def where_from(i: checklist.Item) -> str:
        if not i.source:
            return ""
        text = translate("sections_html", "From {source}").format(source=i.source)
        return f"<br/>{esc(text)}"

    rows = [
        [
            f"<b>{esc(i.description)}</b>" + where_from(i),
            esc(_label("checklist", checklist.STATUS_LABELS, i.status, i.status)),
            esc(i.carrier) or "—",
            esc(i.tracking) or "—",
            esc(when(i)) or "—",
        ]
        for i in c.physical
    ]
    headers = _headers(
        translate("sections_html", "Item"),
        translate("sections_html", "Status"),
        translate("sections_html", "Carrier"),
        translate("sections_html", "Tracking number"),
        translate("sections_html", "Dates"),
    )
    return table(headers, rows, [34, 16, 14, 20, 16])


def _answer_html(c: CaseContent, a: preparing.Answer) -> str:
    when = f", {dates.format_short(a.answered_on)}" if a.answered_on else ""
    who = c.who(a.clinician_id) or translate("sections_html", "Answer")
    return f'<br/><span class="answer">{esc(who + when)}: {esc(a.answer)}</span>'


def _preferences(c: CaseContent) -> str:
    return "".join(
        f"<h3>{esc(translate('decision', heading))}</h3><p>{esc(c.preferences.get(key, ''))}</p>"
        for key, heading, _ in preparing.PREFERENCE_HEADINGS
        if c.preferences.get(key, "").strip()
    )


def _trials(c: CaseContent) -> str:
    rows = [
        [
            esc(t.registry_id) or "—",
            f"<b>{esc(t.title)}</b>" + (f"<br/>{esc(t.eligibility)}" if t.eligibility else ""),
            esc(preparing.phase_label(t.phase)) if t.phase else "—",
            esc(" · ".join(x for x in (t.site, t.contact) if x)) or "—",
            esc(_label("trials", preparing.TRIAL_STATUSES, t.status, t.status)),
        ]
        for t in c.trials
    ]
    headers = _headers(
        translate("sections_html", "Registry number"),
        translate("sections_html", "Trial"),
        translate("sections_html", "Phase"),
        translate("sections_html", "Site and contact"),
        translate("sections_html", "Status"),
    )
    return table(headers, rows, [17, 38, 10, 23, 12])


_SECTION_BODIES = {
    "opinions": _opinions,
    "timeline": _timeline,
    "health": _health,
    "labs": labs_html.labs,
    "imaging": labs_html.imaging,
    "options": _options,
    "questions": _questions,
    "preferences": _preferences,
    "trials": _trials,
    "physical": _physical,
}
