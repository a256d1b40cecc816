"""The packet's lab results and imaging sections (issue 19), as HTML for the rich-text
engine. Every value is printed as the report or the disc gives it ("<0.5", "CHEST"); what
is not given is "—", never a guess. Only what :func:`content.load` read for these sections,
when chosen, is used.

Lab results: one row per test with its latest value beside the previous one and the
direction it moved, then a chart for each test measured three or more times (dated
numbers in one unit, facts/labs.py), with a caption saying what the chart holds. Each
chart is a block kept whole (pagination.py): it never starts on one page and ends on the
next. Imaging: the studies each disc's index lists, disc by disc."""

from __future__ import annotations

from datetime import date

from secondop_desktop import facts
from secondop_desktop.core import dates
from secondop_desktop.core.chart import reference_bounds
from secondop_desktop.i18n import translate
from secondop_desktop.packet.content import CaseContent, esc, table
from secondop_desktop.records import Record
from secondop_desktop.records.imaging import ImagingStudy

DASH = "—"


def _measured(result: facts.LabResult) -> str:
    """A value with its unit, then its date on the next line, as escaped HTML."""
    value = esc(" ".join(x for x in (result.value.strip(), result.unit.strip()) if x))
    when = dates.format_short(result.taken_on) or translate("sections_html", "date not recorded")
    return f'{value}<br/><span class="when">{esc(when)}</span>'


def _test_cell(history: facts.LabHistory) -> str:
    """The test's name; when it has more results than the two shown, how many since when,
    so the reader knows there is more (on the chart, or in the patient's own list)."""
    cell = f"<b>{esc(history.name)}</b>"
    n = len(history.results)
    if n > 2:
        first = dates.format_short(history.results[0].taken_on)
        said = (
            translate("labs_html", "%n results since {date}", None, n).format(date=first)
            if first
            else translate("labs_html", "%n results", None, n)
        )
        cell += f'<br/><span class="when">{esc(said)}</span>'
    latest_notes = history.latest.notes.strip()
    if latest_notes:
        cell += f"<br/><i>{esc(latest_notes)}</i>"
    return cell


def _row(history: facts.LabHistory) -> list[str]:
    latest, previous = history.latest, history.previous
    flag = facts.flag_label(latest.flag)
    return [
        _test_cell(history),
        _measured(latest),
        f"<b>{esc(flag)}</b>" if flag else DASH,
        esc(latest.reference_range.strip()) or DASH,
        _measured(previous) if previous is not None else DASH,
        esc(facts.direction_label(history.direction())) or DASH,
    ]


def _caption(history: facts.LabHistory, points: list[tuple[date, float]]) -> str:
    """What the chart holds, in words: "PSA (ng/mL): 4 results from 10 Jan 2023 to
    20 May 2024; shaded: reference range 0-4". The band is named only when one is drawn;
    results left off the chart (not a number, undated, another unit) are counted."""
    latest = history.latest
    unit = latest.unit.strip()
    first = dates.format_short(points[0][0])
    last = dates.format_short(points[-1][0])
    name = f"<b>{esc(history.name)}</b>"
    if unit:
        text = translate("labs_html", "{test} ({unit}): {n} results from {first} to {last}")
    else:
        text = translate("labs_html", "{test}: {n} results from {first} to {last}")
    caption = esc(text).format(
        test=name, unit=esc(unit), n=len(points), first=esc(first), last=esc(last)
    )
    reference = latest.reference_range.strip()
    if reference_bounds(reference, unit) != (None, None):  # a band is drawn (core/chart.py)
        shaded = translate("labs_html", "; shaded: reference range {range}")
        caption += esc(shaded).format(range=esc(reference))
    left_off = len(history.results) - len(points)
    if left_off:
        off = translate(
            "labs_html",
            "(%n other result(s) not drawn: not a number, undated or in another unit)",
            None,
            left_off,
        )
        caption += " " + esc(off)
    return caption


def _values(history: facts.LabHistory) -> str:
    """The charted values as text under the chart: the reader can quote them exactly."""
    shown = [f"{r.value.strip()} ({dates.format_short(r.taken_on)})" for r in history.drawn()]
    said = translate("labs_html", "Values: {values}").format(values=" · ".join(shown))
    return f'<p class="note">{esc(said)}</p>'


def _chart(c: CaseContent, history: facts.LabHistory, heading: str) -> str:
    """One chart with its caption, as a block kept whole (a one-row table, class "keep");
    ``heading`` (the first chart's) travels inside it, so it is never left alone at the
    foot of a page."""
    points = history.points()
    image = _chart_img(c, points, history)
    return (
        '<table class="keep" width="100%" cellspacing="0" cellpadding="0"><tr><td>'
        f"{heading}"
        f'<p class="caption">{_caption(history, points)}</p>'
        f"<p>{image}</p>"
        f"{_values(history)}"
        "</td></tr></table>"
    )


def _chart_img(c: CaseContent, points: list[tuple[date, float]], history: facts.LabHistory) -> str:
    from secondop_desktop.packet import render  # Qt: only when a chart is drawn

    return render.chart_img(
        points,
        unit=history.latest.unit.strip(),
        reference=history.latest.reference_range.strip(),
        paper=c.spec.paper,
        date_text=dates.format_short,
    )


def labs(c: CaseContent) -> str:
    headers = [
        esc(translate("labs_html", "Test")),
        esc(translate("labs_html", "Latest")),
        esc(translate("labs_html", "Flag")),
        esc(translate("labs_html", "Reference range")),
        esc(translate("labs_html", "Previous")),
        esc(translate("labs_html", "Direction")),
    ]
    parts = [table(headers, [_row(h) for h in c.labs], [20, 17, 14, 16, 17, 16])]
    charted = [h for h in c.labs if h.chartable()]
    for i, history in enumerate(charted):
        heading = ""
        if i == 0:
            note = translate(
                "labs_html",
                "Each chart shows the measured values only, joined by a line; a red point is "
                "outside the reference range the report gave.",
            )
            trends = translate("labs_html", "Trends")
            heading = f'<h2>{esc(trends)}</h2><p class="note">{esc(note)}</p>'
        parts.append(_chart(c, history, heading))
    return "".join(parts)


def _study_row(study: ImagingStudy) -> list[str]:
    day = study.day()
    return [
        esc(dates.format_short(day) if day else study.date) or DASH,
        esc(study.modality) or DASH,
        esc(study.description) or DASH,
        esc(study.body_part) or DASH,
        str(study.series),
        str(study.images),
        esc(study.accession) or DASH,
    ]


def _disc(record: Record | None, studies: list[ImagingStudy], in_packet: bool) -> str:
    title = record.title if record is not None else translate("labs_html", "Imaging disc")
    parts = [f"<h2>{esc(title)}</h2>"]
    patient = next((s.patient for s in studies if s.patient.strip()), "")
    if patient:
        said = translate("labs_html", "Patient named on the disc: {name}").format(name=patient)
        parts.append(f"<p>{esc(said)}</p>")
    headers = [
        esc(translate("labs_html", "Date")),
        esc(translate("labs_html", "Modality")),
        esc(translate("labs_html", "Description")),
        esc(translate("labs_html", "Body part")),
        esc(translate("labs_html", "Series")),
        esc(translate("labs_html", "Images")),
        esc(translate("labs_html", "Accession")),
    ]
    parts.append(table(headers, [_study_row(s) for s in studies], [12, 15, 20, 13, 11, 13, 16]))
    if in_packet:
        said = translate("labs_html", "The disc's index is also in this packet, with the records.")
        parts.append(f'<p class="note">{esc(said)}</p>')
    return "".join(parts)


def imaging(c: CaseContent) -> str:
    note = translate(
        "labs_html",
        "These studies are on the imaging disc(s) that travel with the patient; the images "
        "themselves are not in this packet.",
    )
    parts = [f"<p>{esc(note)}</p>"]
    by_disc: dict[int, list[ImagingStudy]] = {}
    for study in c.studies:
        by_disc.setdefault(study.record_id, []).append(study)
    chosen = {r.id for r in c.records}
    for record_id, studies in by_disc.items():
        parts.append(_disc(c.discs.get(record_id), studies, record_id in chosen))
    return "".join(parts)
