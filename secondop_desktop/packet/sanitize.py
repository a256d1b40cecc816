"""What a record's PDF page may carry into the packet, and what it may not.

A page is copied into a fresh writer, so the source's document-level parts (Info, XMP,
JavaScript name tree, embedded files, open action, forms) never come along. What hangs
off the page itself is cleaned here before the copy: page actions, page and image XMP,
and annotations that run code, launch programs, embed files or play media."""

from __future__ import annotations

from typing import Any

KEEP_ANNOTATIONS = {
    "/Link",
    "/Text",
    "/FreeText",
    "/Highlight",
    "/Underline",
    "/StrikeOut",
    "/Squiggly",
    "/Square",
    "/Circle",
    "/Line",
    "/Polygon",
    "/PolyLine",
    "/Ink",
    "/Stamp",
    "/Caret",
    "/Popup",
    "/Widget",
}
PAGE_KEYS_DROPPED = ("/AA", "/Metadata", "/PieceInfo", "/Thumb", "/B", "/StructParents")


def _resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def clean_page(page: Any) -> None:
    from pypdf.generic import ArrayObject, NameObject

    for key in PAGE_KEYS_DROPPED:
        if key in page:
            del page[key]
    annots = _resolve(page.get("/Annots"))
    if annots is not None:
        kept = ArrayObject()
        for ref in annots:
            annot = _resolve(ref)
            if not hasattr(annot, "get") or annot.get("/Subtype") not in KEEP_ANNOTATIONS:
                continue
            for key in ("/AA", "/Parent" if annot.get("/Subtype") == "/Widget" else "", "/Dest"):
                if key and key in annot:
                    del annot[key]
            action = _resolve(annot.get("/A"))
            if action is not None and (
                not hasattr(action, "get") or action.get("/S") != "/URI" or "/Next" in action
            ):
                del annot["/A"]
            kept.append(ref)
        if kept:
            page[NameObject("/Annots")] = kept
        else:
            del page["/Annots"]
    _clean_resources(page.get("/Resources"), set())


def _clean_resources(resources: Any, seen: set[int]) -> None:
    resources = _resolve(resources)
    if resources is None or not hasattr(resources, "get"):
        return
    xobjects = _resolve(resources.get("/XObject"))
    if xobjects is None or not hasattr(xobjects, "values"):
        return
    for ref in xobjects.values():
        xobj = _resolve(ref)
        if id(xobj) in seen or not hasattr(xobj, "get"):
            continue
        seen.add(id(xobj))
        for key in ("/Metadata", "/PieceInfo", "/OPI"):
            if key in xobj:
                del xobj[key]
        if xobj.get("/Subtype") == "/Form":
            _clean_resources(xobj.get("/Resources"), seen)


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
    form[NameObject("/Resources")] = _resolve(footer["/Resources"]).clone(writer)
    form.set_data(footer.get_contents().get_data())
    form_ref = writer._add_object(form)

    resources = _resolve(page.get("/Resources"))
    mine = (
        DictionaryObject(dict(resources.items())) if resources is not None else DictionaryObject()
    )
    xobjects = _resolve(mine.get("/XObject"))
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
    current = _resolve(contents)
    if isinstance(current, ArrayObject):
        parts.extend(current)
    elif contents is not None:
        parts.append(contents)
    parts.append(stream(f"\nQ q 1 0 0 1 {x:.2f} {y:.2f} cm /SecondOpFooter Do Q\n".encode()))
    page[NameObject("/Contents")] = parts
