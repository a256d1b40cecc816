"""Footers onto packet pages, drawn as a form XObject without parsing the page's content."""

from __future__ import annotations

from typing import Any

from secondop_desktop.packet.sanitize import resolve


def stamp_footer(writer: Any, page: Any, footer: Any, x: float, y: float) -> None:
    """Draw ``footer`` (a one-band page) onto ``page`` at (x, y) as a form XObject.

    pypdf's merge_page parses both content streams (a second per ten text pages); here the
    page's own content is left as bytes: it is wrapped in q/Q (so whatever state it leaves
    cannot move the footer) and one short stream that draws the footer is appended."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        StreamObject,
    )

    form = StreamObject()
    box = footer.mediabox
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(
        [FloatObject(v) for v in (box.left, box.bottom, box.right, box.top)]
    )
    form[NameObject("/Resources")] = resolve(footer["/Resources"]).clone(writer)
    form.set_data(footer.get_contents().get_data())
    form_ref = writer._add_object(form)

    resources = resolve(page.get("/Resources"))
    mine = (
        DictionaryObject(dict(resources.items())) if resources is not None else DictionaryObject()
    )
    xobjects = resolve(mine.get("/XObject"))
    xobjects = (
        DictionaryObject(dict(xobjects.items())) if xobjects is not None else DictionaryObject()
    )
    name = NameObject("/SecondOpFooter")
    xobjects[name] = form_ref
    mine[NameObject("/XObject")] = xobjects
    page[NameObject("/Resources")] = mine  # a copy: resources may be shared between pages

    def stream(data: bytes) -> Any:
        s = DecodedStreamObject()
        s.set_data(data)
        return writer._add_object(s)

    contents = page.get("/Contents")
    parts = ArrayObject([stream(b"q\n")])
    current = resolve(contents)
    if isinstance(current, ArrayObject):
        parts.extend(current)
    elif contents is not None:
        parts.append(contents)
    parts.append(stream(f"\nQ q 1 0 0 1 {x:.2f} {y:.2f} cm /SecondOpFooter Do Q\n".encode()))
    page[NameObject("/Contents")] = parts
