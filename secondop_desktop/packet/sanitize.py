"""What a record's PDF page may carry into the packet, and what it may not.

A record page is rebuilt on the packet's paper (pages.py): only its content, its resources,
its transparency group, the appearances of its visible annotations and the targets of its
web and in-document links are copied. The page dictionary itself (page actions, XMP,
thumbnails, structure, piece info) and the source's document-level parts (Info, XMP,
JavaScript, embedded files, open action, forms) never come along; annotations travel only
as drawings, links only as a fresh link to a web address or to a page of the same record.

What hangs off the copied resources is cleaned here, before the copy: XMP, private
application data and OPI links on forms and images, and camera metadata (EXIF, XMP,
comments) inside JPEG images, dropped from the byte stream without re-encoding."""

from __future__ import annotations

import logging
from typing import Any

from secondop_desktop.packet.images import strip_jpeg_metadata

log = logging.getLogger(__name__)

XOBJECT_KEYS_DROPPED = ("/Metadata", "/PieceInfo", "/OPI")
_DCT = ("/DCTDecode", "/DCT")
_UNWRAPPABLE = ("/FlateDecode", "/Fl", "/ASCII85Decode", "/A85", "/ASCIIHexDecode", "/AHx")


def resolve(obj: Any) -> Any:
    return obj.get_object() if hasattr(obj, "get_object") else obj


def web_address(annot: Any) -> str | None:
    """The address a link annotation opens, when all it does is open a web address
    (http, https or mailto); None for anything else (scripts, launches, chains...)."""
    action = resolve(annot.get("/A"))
    if not hasattr(action, "get") or action.get("/S") != "/URI" or "/Next" in action:
        return None
    uri = resolve(action.get("/URI"))
    if uri is None:
        return None
    text = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
    scheme = text.split(":", 1)[0].strip().lower()
    return text if scheme in ("http", "https", "mailto") else None


def clean_resources(resources: Any, seen: set[int]) -> None:
    """Clean everything a resource dictionary can draw: images (and their masks), forms,
    tiling patterns, Type 3 glyphs and soft masks, recursively, each object once."""
    resources = resolve(resources)
    if not hasattr(resources, "get") or id(resources) in seen:
        return
    seen.add(id(resources))
    for key in ("/XObject", "/Pattern"):
        group = resolve(resources.get(key))
        if hasattr(group, "values"):
            for ref in group.values():
                clean_xobject(ref, seen)
    fonts = resolve(resources.get("/Font"))
    if hasattr(fonts, "values"):
        for ref in fonts.values():
            font = resolve(ref)
            if hasattr(font, "get") and font.get("/Subtype") == "/Type3" and id(font) not in seen:
                seen.add(id(font))
                clean_resources(font.get("/Resources"), seen)
    states = resolve(resources.get("/ExtGState"))
    if hasattr(states, "values"):
        for ref in states.values():
            state: Any = resolve(ref)
            mask: Any = resolve(state.get("/SMask")) if hasattr(state, "get") else None
            if hasattr(mask, "get"):
                clean_xobject(mask.get("/G"), seen)


def clean_xobject(ref: Any, seen: set[int]) -> None:
    """An image, form or pattern: its private data dropped, a JPEG's metadata stripped,
    whatever it draws cleaned in turn."""
    obj = resolve(ref)
    if not hasattr(obj, "get") or id(obj) in seen:
        return
    seen.add(id(obj))
    for key in XOBJECT_KEYS_DROPPED:
        if key in obj:
            del obj[key]
    if obj.get("/Subtype") == "/Image":
        strip_image(obj)
        for key in ("/SMask", "/Mask"):
            clean_xobject(obj.get(key), seen)
    clean_resources(obj.get("/Resources"), seen)


def strip_image(image: Any) -> None:
    """A DCT (JPEG) image's metadata segments dropped, in place, pixels untouched. A JPEG
    wrapped in a lossless filter (Flate, ASCII85, hex) is unwrapped: the same JPEG, stored
    as it is."""
    from pypdf.generic import NameObject

    if not hasattr(image, "_data"):
        return
    raw = image.get("/Filter")
    filters = [str(f) for f in resolve(raw)] if isinstance(resolve(raw), list) else [str(raw)]
    if not filters or filters[-1] not in _DCT:
        return
    if len(filters) == 1:
        stripped = strip_jpeg_metadata(image._data)
        if stripped is not image._data:
            image._data = stripped
        return
    if not all(f in _UNWRAPPABLE for f in filters[:-1]):
        return
    from pypdf.filters import decode_stream_data

    try:
        jpeg = decode_stream_data(image)
    except Exception as exc:  # a damaged wrapper: the image stays as it was
        log.info("A wrapped JPEG could not be unwrapped (%s)", type(exc).__name__)
        return
    stripped = strip_jpeg_metadata(jpeg)
    if stripped is jpeg:
        return
    parms = resolve(image.get("/DecodeParms"))
    image._data = stripped
    image[NameObject("/Filter")] = NameObject("/DCTDecode")
    if isinstance(parms, list) and parms and resolve(parms[-1]) is not None:
        image[NameObject("/DecodeParms")] = parms[-1]
    elif "/DecodeParms" in image:
        del image["/DecodeParms"]
