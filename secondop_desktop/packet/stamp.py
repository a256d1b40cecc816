"""Footers onto packet pages, drawn as a form XObject without parsing the page's content."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pikepdf


def stamp_footer(
    pdf: pikepdf.Pdf, page: pikepdf.Page, footer: pikepdf.Page, x: float, y: float
) -> None:
    """Draw ``footer`` (a one-band page of another PDF) onto ``page`` of ``pdf`` at (x, y).

    The page's own content is left as bytes (parsing it cost a second per ten text pages):
    it is wrapped in q/Q, so whatever graphics state it leaves cannot move the footer, and
    one short stream that draws the footer, a form XObject, is appended. The footer's fonts
    are copied once for all pages (qpdf remembers what it copied from ``footer``'s PDF)."""
    import pikepdf

    form = pdf.copy_foreign(footer.as_form_xobject())
    resources = page.obj.get(pikepdf.Name.Resources)
    # Copies: a resource dictionary (or its /XObject) may be shared between pages.
    mine = pikepdf.Dictionary(dict(resources.items()) if resources is not None else {})
    xobjects = mine.get(pikepdf.Name.XObject)
    xobjects = pikepdf.Dictionary(dict(xobjects.items()) if xobjects is not None else {})
    xobjects[pikepdf.Name.SecondOpFooter] = form
    mine[pikepdf.Name.XObject] = xobjects
    page.obj[pikepdf.Name.Resources] = mine
    page.contents_add(b"q\n", prepend=True)
    page.contents_add(f"\nQ q 1 0 0 1 {x:.2f} {y:.2f} cm /SecondOpFooter Do Q\n".encode())
