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


def resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def clean_page(page: Any) -> None:
    from pypdf.generic import ArrayObject, NameObject

    for key in PAGE_KEYS_DROPPED:
        if key in page:
            del page[key]
    annots = resolve(page.get("/Annots"))
    if annots is not None:
        kept = ArrayObject()
        for ref in annots:
            annot = resolve(ref)
            if not hasattr(annot, "get") or annot.get("/Subtype") not in KEEP_ANNOTATIONS:
                continue
            for key in ("/AA", "/Parent" if annot.get("/Subtype") == "/Widget" else "", "/Dest"):
                if key and key in annot:
                    del annot[key]
            action = resolve(annot.get("/A"))
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
    resources = resolve(resources)
    if resources is None or not hasattr(resources, "get"):
        return
    xobjects = resolve(resources.get("/XObject"))
    if xobjects is None or not hasattr(xobjects, "values"):
        return
    for ref in xobjects.values():
        xobj = resolve(ref)
        if id(xobj) in seen or not hasattr(xobj, "get"):
            continue
        seen.add(id(xobj))
        for key in ("/Metadata", "/PieceInfo", "/OPI"):
            if key in xobj:
                del xobj[key]
        if xobj.get("/Subtype") == "/Form":
            _clean_resources(xobj.get("/Resources"), seen)
