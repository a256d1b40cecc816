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


def authorisation_html(case: cases.Case, req: LetterRequest, today: date) -> str:
    """The one-page authorisation the letter encloses when a caregiver writes it."""
    born = dates.format_date(case.patient_dob) if case.patient_dob else "(date of birth)"
    until = dates.format_date(_months_later(today, AUTHORISATION_MONTHS))
    one_line = ", ".join(line.strip() for line in req.department.splitlines() if line.strip())
    holder = _e(one_line) or "the medical records department named in my letter"
    relation = _e(case.caregiver_relationship) or "caregiver"
    return f"""<div style="font-size:11pt; page-break-before:always">
<h2>Authorisation to release medical records</h2>
<table cellspacing="0" cellpadding="3">
<tr><td><b>Patient</b></td><td>{_e(case.patient_name)}</td></tr>
<tr><td><b>Date of birth</b></td><td>{_e(born)}</td></tr>
</table>
<p>I, the patient named above, authorise <b>{holder}</b> to release copies of the records
below to <b>{_e(case.caregiver_name)}</b> ({relation}{
        "; contact: " + _e(case.contact) if case.contact.strip() else ""
    }), who is asking for them on my behalf.</p>
<p><b>Records:</b> {_e(req.records_wanted)}{
        "<br/><b>Period:</b> " + _e(req.period) if req.period.strip() else ""
    }</p>
<p><b>Purpose:</b> to obtain a second medical opinion.</p>
<p><b>This authorisation ends on:</b> {_e(until)}, unless I withdraw it sooner in
writing. I understand that I may withdraw it at any time, except for records already
released, and that my treatment does not depend on signing it.</p>
<p>&nbsp;</p>
<p>Signature of the patient: ______________________________ &nbsp; Date: ______________</p>
<p>{_e(case.patient_name)}</p>
<p>&nbsp;</p>
<p><i>If the patient cannot sign, the person legally able to act for them signs below
and encloses a copy of the document that allows it (for example a power of attorney for
health care, or a guardianship order).</i></p>
<p>Signature of the legal representative: ______________________________</p>
<p>Name and authority: ______________________________ &nbsp; Date: ______________</p>
</div>"""


def letter_html(case: cases.Case, req: LetterRequest, today: date) -> str:
    born = dates.format_date(case.patient_dob) if case.patient_dob else "(date of birth)"
    acting = needs_authorisation(case)
    signer = case.caregiver_name if acting else case.patient_name
    on_behalf = (
        f"<br/>on behalf of {_e(case.patient_name)} "
        f"({_e(case.caregiver_relationship) or 'caregiver'}; authorisation enclosed)"
        if acting
        else ""
    )
    send_to = req.send_to.strip() or case.contact.strip() or "the address above"
    images = (
        "<li>For any scans (CT, MRI, PET, X-ray, ultrasound): the images themselves on a "
        "CD, DVD or USB stick in DICOM format, with the reports.</li>"
    )
    return f"""<div style="font-size:11pt">
<p>{_e(case.contact)}</p>
<p>{_e(dates.format_date(today))}</p>
<p><b>To:</b> {_e(req.department) or "Medical Records Department"}</p>
<h2>Request for copies of medical records</h2>
<table cellspacing="0" cellpadding="3">
<tr><td><b>Patient</b></td><td>{_e(case.patient_name)}</td></tr>
<tr><td><b>Date of birth</b></td><td>{_e(born)}</td></tr>
</table>
<p>Dear Sir or Madam,</p>
<p>I am asking for copies of the following records, for a second medical opinion:</p>
<p style="margin-left:18px"><b>{_e(req.records_wanted)}</b>
{"<br/>Period: " + _e(req.period) if req.period.strip() else ""}</p>
<p>Format wanted:</p>
<ul>
<li>Electronic copies (PDF) where possible, otherwise paper copies.</li>
{images}
</ul>
<p>Please send them to: <b>{_e(send_to)}</b></p>
<p>I make this request under the patient's legal right of access to their own health
information. For example, in the United States the HIPAA Privacy Rule (45 CFR 164.524)
requires a response within 30 days; in the United Kingdom and the European Union the GDPR
right of access gives one month. Please tell me if there is a fee before copying.</p>
<p>Thank you for your help.</p>
<p>&nbsp;</p>
<p>Signature: ______________________________</p>
<p>{_e(signer)}{on_behalf}</p>
</div>{authorisation_html(case, req, today) if acting else ""}"""


def write_request_letter(
    vault: Vault, req: LetterRequest, out: Path, *, today: date | None = None
) -> Path:
    today = today or date.today()
    if not req.records_wanted.strip():
        raise ValueError("Say which records you are asking for.")
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
    checklist's "From" means); "" when only a department is named."""
    first = next((line.strip() for line in department.splitlines() if line.strip()), "")
    return _DEPARTMENT.sub("", first, count=1).strip(" ,")


def department_for(vault: Vault, case_id: int, clinician_id: int) -> str:
    """A starting "To:" line from a care-team member: their facility's records department."""
    c = lists.get_item(vault, facts.Clinician, clinician_id)
    place = c.facility or c.name
    return f"Medical Records Department, {place}" + (f"\n{c.address}" if c.address else "")
