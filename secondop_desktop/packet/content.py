"""The packet's own pages as HTML for Qt's rich-text engine: cover, summary, contents and
the records index (the chosen sections are in sections_html.py).

Pure Python (no Qt but its translations): every value typed by the user is escaped here,
and only the chosen sections are read from the vault, so what was not selected cannot reach
the PDF. The words are translated as the pages are made, in the language installed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from secondop_desktop import cases, facts, preparing, records
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.packet.spec import CONTENTS, RECORDS, RECORDS_INDEX, SECTIONS, PacketSpec
from secondop_desktop.packet.spec import title as part_title
from secondop_desktop.records import Record, checklist, imaging
from secondop_desktop.store import Vault


def esc(text: object) -> str:
    """Escape a user's text for Qt's rich text (line breaks kept)."""
    return escape(str(text or "")).replace("\n", "<br/>")


def table(headers: list[str] | None, rows: list[list[str]], widths: list[int]) -> str:
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
    labs: list[facts.LabHistory] = field(default_factory=list)  # one per test, by name
    studies: list[imaging.ImagingStudy] = field(default_factory=list)  # disc by disc
    discs: dict[int, Record] = field(default_factory=dict)  # each disc's index record
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
            "labs": bool(self.labs),
            "imaging": bool(self.studies),
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
    questions: list[preparing.Question],
    team: dict[int, facts.Clinician],
    consultant: str,
    consultant_id: int | None = None,
) -> tuple[list[preparing.Question], int]:
    """The questions for this consultant: those addressed to them or to nobody, and the
    patient's top three whoever they were for; top three first. Questions addressed to
    another doctor stay home (their count is said)."""
    named = consultant.strip()
    theirs = {consultant_id} if consultant_id is not None else set()
    theirs |= {i for i, c in team.items() if named and named in (c.name, c.label)}
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
        raise LookupError(
            translate("content", "A chosen record is no longer in this case; refresh the list.")
        )
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
            lists.list_items(vault, preparing.Question, cid),
            content.team,
            spec.prepared_for,
            spec.consultant_id,
        )
        content.answers = preparing.answers_by_question(vault, cid)
    if "labs" in chosen:
        content.labs = facts.histories(lists.list_items(vault, facts.LabResult, cid))
    if "imaging" in chosen:
        content.studies = imaging.studies(vault, cid)
        content.discs = {
            s.record_id: by_id[s.record_id] for s in content.studies if s.record_id in by_id
        }
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
    if case.patient_dob:
        return dates.format_date(case.patient_dob)
    return translate("content", "not recorded")


# -- front pages ----------------------------------------------------------------------------
def cover_html(c: CaseContent, today: date) -> str:
    case = c.case
    on = dates.format_date(today)
    if case.managed_by == "caregiver" and case.caregiver_name:
        prepared_by = translate(
            "content", "{caregiver} ({relationship}) for the patient, {date}"
        ).format(
            caregiver=case.caregiver_name,
            relationship=case.caregiver_relationship or translate("content", "caregiver"),
            date=on,
        )
    else:
        prepared_by = translate("content", "the patient, {date}").format(date=on)
    rows = [
        (translate("content", "Patient"), esc(case.patient_name)),
        (translate("content", "Date of birth"), esc(_born(case))),
        (translate("content", "About"), esc(case.title or translate("content", "Second opinion"))),
        (translate("content", "Prepared by"), esc(prepared_by)),
    ]
    if c.spec.prepared_for.strip():
        rows.append((translate("content", "For"), esc(c.spec.prepared_for)))
    if case.contact.strip():
        rows.append((translate("content", "Contact"), esc(case.contact)))
    table = "".join(
        f'<tr><td width="28%" class="label">{esc(k)}</td><td class="value">{v}</td></tr>'
        for k, v in rows
    )
    kicker = translate("content", "REQUEST FOR A SECOND OPINION")
    note = translate(
        "content",
        "This packet was prepared by the patient or their caregiver with SecondOp. It "
        "contains a one-page summary, the contents, the sections chosen and copies of the "
        "records, each page numbered.",
    )
    return (
        # Qt drops the top margin of a document's first block: an empty one comes first.
        '<p style="font-size:2pt">&nbsp;</p>'
        f'<p class="kicker">{esc(kicker)}</p>'
        f'<h1 style="font-size:28pt; color:#1b1b1b">{esc(case.patient_name)}</h1>'
        f'<p class="subtitle">{esc(case.title)}</p>'
        f'<table width="100%" cellspacing="0" cellpadding="6" class="cover">{table}</table>'
        f'<p class="note">{esc(note)}</p>'
    )


def summary_html(c: CaseContent) -> str:
    case = c.case

    def h3(heading: str) -> str:
        return f"<h3>{esc(heading)}</h3>"

    # Nothing cut: the patient's words in full (the summary runs onto a second page if
    # it must).
    reason = esc(case.reason.strip()) or esc(translate("content", "Not recorded"))
    summary = esc(part_title(SECTIONS["summary"]))
    why = h3(translate("content", "Why a second opinion"))
    parts = [f"<h1>{summary}</h1>{why}<p>{reason}</p>"]
    if c.opinions:
        rows = []
        for o in c.opinions:
            when = dates.format_short(o.given_on)
            who = esc(c.who(o.clinician_id) or translate("content", "A doctor"))
            diag = esc(" — ".join(x for x in (o.diagnosis, o.specifics) if x))
            rows.append([f"{who}<br/>{esc(when)}", diag or "—", esc(o.recommendation) or "—"])
        parts.append(h3(translate("content", "Diagnosis and recommended treatment so far")))
        headers = [
            esc(translate("content", "Opinion")),
            esc(translate("content", "Diagnosis")),
            esc(translate("content", "Recommended treatment")),
        ]
        parts.append(table(headers, rows, [22, 38, 40]))
    top = [q for q in c.questions if q.top_three]
    if top:
        items = "".join(f"<li>{esc(q.text)}</li>" for q in top)
        parts.append(h3(translate("content", "The three questions that matter most to us")))
        parts.append(f"<ol>{items}</ol>")
    # Always shown: an empty list says "Not recorded", never "none".
    problems = "; ".join(
        esc(
            translate("content", "{condition} (since {date})").format(
                condition=x.name, date=dates.format_short(x.since)
            )
            if x.since
            else x.name
        )
        for x in c.conditions
        if x.status not in ("resolved",)
    )
    if not problems and c.conditions:
        problems = esc(translate("content", "None current (past ones in the health section)"))
    empty_conditions = esc(c.empty("conditions"))
    parts.append(h3(translate("content", "Other health problems")))
    parts.append(f"<p>{problems or empty_conditions}</p>")
    meds = [m for m in c.medications if m.active]
    parts.append(h3(translate("content", "Medicines taken now")))
    if meds:
        rows = [
            [
                f"<b>{esc(m.name)}</b>",
                esc(m.dose) or "—",
                esc(m.schedule) or "—",
                esc(dates.format_short(m.started_on)) or "—",
            ]
            for m in meds
        ]
        headers = [
            esc(translate("content", "Medicine")),
            esc(translate("content", "Dose")),
            esc(translate("content", "Schedule")),
            esc(translate("content", "Since")),
        ]
        parts.append(table(headers, rows, [36, 20, 26, 18]))
    else:
        none_now = translate("content", "No medicine marked as taken now") if c.medications else ""
        parts.append(f"<p>{esc(none_now or c.empty('medications'))}</p>")
    allergy_text = "; ".join(
        esc(a.substance + (f" ({a.reaction})" if a.reaction else "")) for a in c.allergies
    )
    allergies = esc(translate("content", "Allergies:"))
    parts.append(f"<p><b>{allergies}</b> {allergy_text or esc(c.empty('allergies'))}</p>")
    parts.extend(_labs_and_imaging(c))
    treated = [
        e
        for e in c.events
        if e.kind in ("procedure", "treatment_start", "treatment_stop", "hospital_stay")
    ]
    if treated:
        rows = [[esc(e.date_text()), esc(e.title)] for e in treated]
        parts.append(
            h3(translate("content", "Treatments so far"))
            + table(
                [esc(translate("content", "Date")), esc(translate("content", "Treatment"))],
                rows,
                [22, 78],
            )
        )
    key = [e for e in c.events if e.kind == "diagnosis"]
    dates_rows = [[esc(e.date_text()), esc(e.title)] for e in key[-6:]]
    if c.next_appointment is not None:
        a = c.next_appointment
        dates_rows.append(
            [
                esc(f"{dates.format_short(a.starts_at.date())}, {a.starts_at:%H:%M}"),
                esc(
                    translate("content", "Next appointment: {purpose}").format(
                        purpose=a.purpose or translate("content", "visit")
                    )
                ),
            ]
        )
    if case.decide_by:
        needed = esc(translate("content", "Decision needed by"))
        dates_rows.append([esc(dates.format_short(case.decide_by)), f"<b>{needed}</b>"])
    if dates_rows:
        parts.append(
            h3(translate("content", "Key dates"))
            + table(
                [esc(translate("content", "Date")), esc(translate("content", "What"))],
                dates_rows,
                [22, 78],
            )
        )
    return "".join(parts)


def _labs_and_imaging(c: CaseContent) -> list[str]:
    """One line each for the lab results and the imaging discs, when those sections travel
    and have something: how much there is and how recent, so the reader knows to look."""
    lines = []
    if c.labs:
        n = len(c.labs)
        taken = [r.taken_on for h in c.labs for r in h.results if r.taken_on is not None]
        if taken:
            latest = dates.format_short(max(taken, key=dates.sort_key))
            said = translate("content", "%n test(s) (latest {date})", None, n).format(date=latest)
        else:
            said = translate("content", "%n test(s)", None, n)
        label = esc(translate("content", "Lab results:"))
        lines.append(f"<p><b>{label}</b> {esc(said)}</p>")
    if c.studies:
        n = len(c.studies)
        label = esc(translate("content", "Imaging:"))
        said = translate("content", "%n study(ies) on disc", None, n)
        lines.append(f"<p><b>{label}</b> {esc(said)}</p>")
    return lines


def contents_html(entries: list[tuple[str, int, int]]) -> str:
    """entries: (title as printed, first page, level)."""
    rows = "".join(
        f'<tr><td class="toc{level}">{esc(title)}</td>'
        f'<td align="right" width="12%">{page}</td></tr>'
        for title, page, level in entries
    )
    heading = esc(part_title(CONTENTS))
    return f'<h1>{heading}</h1><table width="100%" cellspacing="0" cellpadding="3">{rows}</table>'


def records_index_html(c: CaseContent, starts: list[int]) -> str:
    rows = [
        [
            str(i + 1),
            esc(r.title),
            esc(r.kind_label),
            esc(dates.format_short(r.date_of_service)) or "—",
            esc(r.source) or "—",
            str(start),
        ]
        for i, (r, start) in enumerate(zip(c.records, starts, strict=True))
    ]
    if not rows:
        none = translate("content", "No records were chosen for this packet.")
        return f"<h1>{esc(part_title(RECORDS))}</h1><p>{esc(none)}</p>"
    headers = [
        "#",
        esc(translate("content", "Title")),
        esc(translate("content", "Kind")),
        esc(translate("content", "Date")),
        esc(translate("content", "Source")),
        esc(translate("content", "Page")),
    ]
    return f"<h1>{esc(part_title(RECORDS_INDEX))}</h1>" + table(
        headers, rows, [4, 31, 17, 13, 25, 10]
    )
