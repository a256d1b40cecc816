"""A one-page letter asking a medical records department for copies: who the patient is,
which records and dates, the format wanted (scan images on a disc too), where to send
them, the patient's right of access, and a signature line. Writing it logs the request on
the checklist item (requested today, due in 30 days)."""

from __future__ import annotations

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


def letter_html(case: cases.Case, req: LetterRequest, today: date) -> str:
    born = dates.format_date(case.patient_dob) if case.patient_dob else "(date of birth)"
    acting = case.managed_by == "caregiver" and case.caregiver_name
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
</div>"""


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
        if req.department.strip() and not item.source.strip():
            item.source = req.department.strip()
        checklist.save_item(vault, req.case_id, item)
    return Path(out)


def department_for(vault: Vault, case_id: int, clinician_id: int) -> str:
    """A starting "To:" line from a care-team member: their facility's records department."""
    c = lists.get_item(vault, facts.Clinician, clinician_id)
    place = c.facility or c.name
    return f"Medical Records Department, {place}" + (f"\n{c.address}" if c.address else "")
