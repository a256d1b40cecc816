"""A one-page letter asking a medical records department for copies: who the patient is,
which records and dates, the format wanted (scan images on a disc too), where to send
them, the patient's right of access, and a signature line. Writing it logs the request on
the checklist item (requested today, due in 30 days).

When a caregiver writes for the patient, the letter says an authorisation is enclosed, so
a second page is that authorisation, for the patient to sign: who may receive the
records, which, for what purpose (a second opinion), until when. A letter never claims an
enclosure it does not contain."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.core import dates
from secondop_desktop.i18n import translate
from secondop_desktop.packet import render
from secondop_desktop.records import checklist
from secondop_desktop.store import Vault, fsutil


@dataclass
class LetterRequest:
    case_id: int
    records_wanted: str  # e.g. "Pathology reports for the neck biopsy"
    department: str = ""  # who it goes to, e.g. "Medical Records, St Anne's Hospital"
    period: str = ""  # e.g. "October 2026 to now"
    send_to: str = ""  # where the copies should go (defaults to the case's contact)
    item_id: int | None = None  # the checklist item to mark as requested
    paper: str = "a4"


def _e(text: str) -> str:
    return escape(text or "").replace("\n", "<br/>")


AUTHORISATION_MONTHS = 12  # how long the authorisation holds unless the patient says less


def needs_authorisation(case: cases.Case) -> bool:
    """A caregiver asking for someone else's records needs the patient's authorisation."""
    return case.managed_by == "caregiver" and bool(case.caregiver_name.strip())


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def _bold(text: str) -> str:
    return f"<b>{_e(text)}</b>"


def _born(case: cases.Case) -> str:
    if case.patient_dob:
        return dates.format_date(case.patient_dob)
    return translate("letter", "(date of birth)")


def _patient_table(case: cases.Case) -> str:
    patient = _e(translate("letter", "Patient"))
    born = _e(translate("letter", "Date of birth"))
    return f"""<table cellspacing="0" cellpadding="3">
<tr><td><b>{patient}</b></td><td>{_e(case.patient_name)}</td></tr>
<tr><td><b>{born}</b></td><td>{_e(_born(case))}</td></tr>
</table>"""


def _period(req: LetterRequest) -> str:
    """ "<br/>Period: …" when the request names one (a label and its value)."""
    if not req.period.strip():
        return ""
    label = _e(translate("letter", "Period:"))
    return f"<br/>{label} {_e(req.period)}"


def authorisation_html(case: cases.Case, req: LetterRequest, today: date) -> str:
    """The one-page authorisation the letter encloses when a caregiver writes it."""
    until = dates.format_date(_months_later(today, AUTHORISATION_MONTHS))
    one_line = ", ".join(line.strip() for line in req.department.splitlines() if line.strip())
    holder = one_line or translate("letter", "the medical records department named in my letter")
    relation = case.caregiver_relationship or translate("letter", "caregiver")
    if case.contact.strip():
        relation = translate("letter", "{relationship}; contact: {contact}").format(
            relationship=relation, contact=case.contact
        )
    authorise = _e(
        translate(
            "letter",
            "I, the patient named above, authorise {holder} to release copies of the records "
            "below to {caregiver} ({relationship}), who is asking for them on my behalf.",
        )
    ).format(holder=_bold(holder), caregiver=_bold(case.caregiver_name), relationship=_e(relation))
    records_label = _e(translate("letter", "Records:"))
    period = ""
    if req.period.strip():
        label = _e(translate("letter", "Period:"))
        period = f"<br/><b>{label}</b> {_e(req.period)}"
    purpose = _e(translate("letter", "Purpose:"))
    purpose_text = _e(translate("letter", "to obtain a second medical opinion."))
    ends = _e(translate("letter", "This authorisation ends on:"))
    ends_text = _e(
        translate(
            "letter",
            "{date}, unless I withdraw it sooner in writing. I understand that I may withdraw "
            "it at any time, except for records already released, and that my treatment does "
            "not depend on signing it.",
        )
    ).format(date=_e(until))
    line = "______________________________"
    short = "______________"
    date_label = _e(translate("letter", "Date:"))
    patient_signs = _e(translate("letter", "Signature of the patient:"))
    cannot_sign = _e(
        translate(
            "letter",
            "If the patient cannot sign, the person legally able to act for them signs below "
            "and encloses a copy of the document that allows it (for example a power of "
            "attorney for health care, or a guardianship order).",
        )
    )
    representative = _e(translate("letter", "Signature of the legal representative:"))
    authority = _e(translate("letter", "Name and authority:"))
    heading = _e(translate("letter", "Authorisation to release medical records"))
    return f"""<div style="font-size:11pt; page-break-before:always">
<h2>{heading}</h2>
{_patient_table(case)}
<p>{authorise}</p>
<p><b>{records_label}</b> {_e(req.records_wanted)}{period}</p>
<p><b>{purpose}</b> {purpose_text}</p>
<p><b>{ends}</b> {ends_text}</p>
<p>&nbsp;</p>
<p>{patient_signs} {line} &nbsp; {date_label} {short}</p>
<p>{_e(case.patient_name)}</p>
<p>&nbsp;</p>
<p><i>{cannot_sign}</i></p>
<p>{representative} {line}</p>
<p>{authority} {line} &nbsp; {date_label} {short}</p>
</div>"""


def letter_html(case: cases.Case, req: LetterRequest, today: date) -> str:
    acting = needs_authorisation(case)
    signer = case.caregiver_name if acting else case.patient_name
    on_behalf = ""
    if acting:
        on_behalf = "<br/>" + _e(
            translate(
                "letter", "on behalf of {patient} ({relationship}; authorisation enclosed)"
            ).format(
                patient=case.patient_name,
                relationship=case.caregiver_relationship or translate("letter", "caregiver"),
            )
        )
    send_to = (
        req.send_to.strip() or case.contact.strip() or translate("letter", "the address above")
    )
    to = _e(translate("letter", "To:"))
    department = req.department or translate("letter", "Medical Records Department")
    heading = _e(translate("letter", "Request for copies of medical records"))
    dear = _e(translate("letter", "Dear Sir or Madam,"))
    asking = _e(
        translate(
            "letter",
            "I am asking for copies of the following records, for a second medical opinion:",
        )
    )
    format_wanted = _e(translate("letter", "Format wanted:"))
    electronic = _e(
        translate("letter", "Electronic copies (PDF) where possible, otherwise paper copies.")
    )
    images = _e(
        translate(
            "letter",
            "For any scans (CT, MRI, PET, X-ray, ultrasound): the images themselves on a CD, "
            "DVD or USB stick in DICOM format, with the reports.",
        )
    )
    send_label = _e(translate("letter", "Please send them to:"))
    right = _e(
        translate(
            "letter",
            "I make this request under the patient's legal right of access to their own health "
            "information. For example, in the United States the HIPAA Privacy Rule (45 CFR "
            "164.524) requires a response within 30 days; in the United Kingdom and the "
            "European Union the GDPR right of access gives one month. Please tell me if there "
            "is a fee before copying.",
        )
    )
    thanks = _e(translate("letter", "Thank you for your help."))
    signature = _e(translate("letter", "Signature:"))
    return f"""<div style="font-size:11pt">
<p>{_e(case.contact)}</p>
<p>{_e(dates.format_date(today))}</p>
<p><b>{to}</b> {_e(department)}</p>
<h2>{heading}</h2>
{_patient_table(case)}
<p>{dear}</p>
<p>{asking}</p>
<p style="margin-left:18px"><b>{_e(req.records_wanted)}</b>
{_period(req)}</p>
<p>{format_wanted}</p>
<ul>
<li>{electronic}</li>
<li>{images}</li>
</ul>
<p>{send_label} <b>{_e(send_to)}</b></p>
<p>{right}</p>
<p>{thanks}</p>
<p>&nbsp;</p>
<p>{signature} ______________________________</p>
<p>{_e(signer)}{on_behalf}</p>
</div>{authorisation_html(case, req, today) if acting else ""}"""


def write_request_letter(
    vault: Vault, req: LetterRequest, out: Path, *, today: date | None = None
) -> Path:
    today = today or date.today()
    if not req.records_wanted.strip():
        raise ValueError(translate("letter", "Say which records you are asking for."))
    case = cases.get_case(vault, req.case_id)
    pdf = render.html_to_pdf(letter_html(case, req, today), req.paper)
    fsutil.atomic_write_bytes(Path(out), pdf)
    if req.item_id is not None:
        item = checklist.get_item(vault, req.item_id)
        item.status = "requested"
        item.requested_on = today
        item.due_on = today + timedelta(days=checklist.REQUEST_DAYS)
        hospital = hospital_of(req.department)
        if hospital and not item.source.strip():
            item.source = hospital
        checklist.save_item(vault, req.case_id, item)
    return Path(out)


_DEPARTMENT = re.compile(
    r"^\s*(?:the\s+)?(?:medical\s+)?(?:health\s+)?records?\b(?:\s+(?:department|office|"
    r"team|dept\.?))?\s*(?:,|-|–|—|at\b|of\b)?\s*",
    re.IGNORECASE,
)


def hospital_of(department: str) -> str:
    """The place a letter's "To" names, without the department: "Medical Records
    Department, St Anne's Hospital\n1 High St" -> "St Anne's Hospital" (what the
    checklist's "From" means); "" when only a department is named. The department's name
    :func:`records_department` writes in the language installed is taken off too."""
    first = next((line.strip() for line in department.splitlines() if line.strip()), "")
    ours = translate("letter", "Medical Records Department")
    if first.casefold().startswith(ours.casefold()):
        first = first[len(ours) :]
    return _DEPARTMENT.sub("", first, count=1).strip(" ,")


def records_department(place: str) -> str:
    """A starting "To:" line: the records department of ``place`` (may be "")."""
    return translate("letter", "Medical Records Department, {place}").format(place=place)


def department_for(vault: Vault, case_id: int, clinician_id: int) -> str:
    """A starting "To:" line from a care-team member: their facility's records department."""
    c = lists.get_item(vault, facts.Clinician, clinician_id)
    place = c.facility or c.name
    return records_department(place) + (f"\n{c.address}" if c.address else "")
