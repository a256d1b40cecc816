"""What a record's PDF page may carry into the packet, and what it may not.

A record page is rebuilt on the packet's paper (pages.py): only its content, its resources,
its transparency group, the appearances of its visible annotations and the targets of its
web and in-document links are copied, by an allow-list of the keys drawing needs
(``copy_allowed``): nothing is copied by following every reference, so a private key or an
annotation's /P pointing at the catalog brings nothing along. The page dictionary itself
(page actions, XMP, thumbnails, structure, piece info) and the source's document-level
parts (Info, XMP, JavaScript, embedded files, open action, forms) never come along;
annotations travel only as drawings, links only as a fresh link to a web address or to a
page of the same record.

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


# --- Copying by allow-list ---------------------------------------------------------------
#
# What a page needs to be drawn, and nothing else, is copied: the keys below (PDF 32000-1's
# entries for resources, fonts and their descriptors, images, forms and groups, patterns,
# shadings, functions, graphics states, colour spaces, optional content and streams), each
# value copied by the same rule. Every other key is left behind, whatever it points at:
# a private key or an annotation's /P naming the catalog cannot drag the document along.


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ALLOWED = _names(
    "/Type /Subtype /Length /Filter /DecodeParms /DL "
    # resources
    "/ExtGState /ColorSpace /Pattern /Shading /XObject /Font /ProcSet /Properties "
    # images, forms, transparency groups, soft masks
    "/Width /Height /BitsPerComponent /Intent /ImageMask /Mask /Decode /Interpolate /SMask "
    "/SMaskInData /Matte /FormType /BBox /Matrix /Resources /Group /S /CS /I /K /G /BC /TR "
    # patterns, shadings, functions
    "/PatternType /PaintType /TilingType /XStep /YStep /ShadingType /Background /AntiAlias "
    "/Coords /Domain /Function /Extend /BitsPerCoordinate /BitsPerFlag /VerticesPerRow "
    "/FunctionType /Range /Size /BitsPerSample /Order /Encode /C0 /C1 /N /Functions /Bounds "
    # graphics states and halftones
    "/LW /LC /LJ /ML /D /RI /OP /op /OPM /BG /BG2 /UCR /UCR2 /TR2 /HT /FL /SM /SA /BM /CA /ca "
    "/AIS /TK /UseBlackPtComp /HalftoneType /Frequency /Angle /SpotFunction /AccurateScreens "
    "/TransferFunction /Width2 /Height2 "
    # fonts, encodings, descriptors, CMaps
    "/BaseFont /FirstChar /LastChar /Widths /FontDescriptor /Encoding /ToUnicode "
    "/DescendantFonts /CIDSystemInfo /DW /W /DW2 /W2 /CIDToGIDMap /FontBBox /FontMatrix "
    "/CharProcs /Name /BaseEncoding /Differences /Registry /Ordering /Supplement /FontName "
    "/FontFamily /FontStretch /FontWeight /Flags /ItalicAngle /Ascent /Descent /Leading "
    "/CapHeight /XHeight /StemV /StemH /AvgWidth /MaxWidth /MissingWidth /FontFile /FontFile2 "
    "/FontFile3 /CharSet /Style /FD /CIDSet /Length1 /Length2 /Length3 /CMapName /WMode "
    "/UseCMap "
    # colour spaces
    "/Alternate /WhitePoint /BlackPoint /Gamma /Colorants /Process /Components "
    # filter parameters (Flate, LZW, CCITT fax, DCT, JBIG2)
    "/Predictor /Colors /Columns /EarlyChange /Rows /BlackIs1 /EncodedByteAlign /EndOfLine "
    "/EndOfBlock /DamagedRowsBeforeError /ColorTransform /JBIG2Globals "
    # optional content (layers): whether a part is shown
    "/OC /OCGs /P /VE"
)
_RESOURCES = frozenset(
    ["/ExtGState", "/ColorSpace", "/Pattern", "/Shading", "/XObject", "/Font", "/ProcSet"]
)
# Dictionaries whose keys are names the content chooses (/F1, /Im0...): any key, each
# value copied by the rules above. Those of a resource dictionary, and these two:
_NAME_MAPS = frozenset(("/CharProcs", "/Colorants"))
# Objects a page's drawing never needs, wherever they are pointed at from.
_NEVER = _names(
    "/Catalog /Pages /Page /Annot /Action /Filespec /EmbeddedFile /Metadata /Outlines "
    "/StructTreeRoot /StructElem /Sig /XRef /ObjStm /Encrypt"
)
_OPTIONAL_CONTENT = ("/OCG", "/OCMD")


def copy_allowed(obj: Any, writer: Any, memo: dict[Any, Any], *, resources: bool = False) -> Any:
    """``obj`` (from a record's PDF; a resource dictionary when ``resources``) in
    ``writer``, by the allow-list: indirect objects once each (``memo``: source object ->
    packet reference), cycles kept as cycles. Returns a reference for an indirect object
    or a stream, a direct object otherwise."""
    return _copy(obj, writer, memo, "resources" if resources else "plain")


def _copy(obj: Any, writer: Any, memo: dict[Any, Any], kind: str) -> Any:
    """``kind``: "plain" (the allow-list), "resources" (a resource dictionary's keys) or
    "names" (any key: a map of names to resources, glyphs or colorants)."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        EncodedStreamObject,
        IndirectObject,
        NameObject,
        NullObject,
        StreamObject,
    )

    number = None
    if isinstance(obj, IndirectObject):
        number = (id(obj.pdf), obj.idnum, obj.generation)
        if obj.pdf is writer:
            return obj
        if number in memo:
            return memo[number]
        obj = obj.get_object()
    if isinstance(obj, DictionaryObject):
        if obj.get("/Type") in _NEVER or obj.get("/S") == "/JavaScript":
            return NullObject()
        out: Any
        if isinstance(obj, StreamObject):
            if "/Filter" in obj:
                out = EncodedStreamObject()
                out._data = obj._data
            else:
                out = DecodedStreamObject()
                out.set_data(obj.get_data())
        else:
            out = DictionaryObject()
        ref = None
        if number is not None or isinstance(out, StreamObject):
            ref = writer._add_object(out)
            if number is not None:
                memo[number] = ref
        for k, v in obj.items():
            if kind == "resources":
                if k == "/Properties":
                    out[NameObject(k)] = _properties(v, writer, memo)
                elif k in _RESOURCES:
                    out[NameObject(k)] = _copy(v, writer, memo, "names")
                continue
            if kind == "plain" and k not in _ALLOWED:
                continue
            inner = (
                "resources" if kind == "plain" and k == "/Resources"
                else "names" if kind == "plain" and k in _NAME_MAPS
                else "plain"
            )  # fmt: skip
            out[NameObject(k)] = _copy(v, writer, memo, inner)
        return ref if ref is not None else out
    if isinstance(obj, list):
        array = ArrayObject()
        ref = None
        if number is not None:
            ref = writer._add_object(array)
            memo[number] = ref
        array.extend(_copy(v, writer, memo, "plain") for v in obj)
        return ref if ref is not None else array
    copied = obj.clone(writer) if hasattr(obj, "clone") else obj  # numbers, names, strings
    return copied


def _properties(value: Any, writer: Any, memo: dict[Any, Any]) -> Any:
    """Marked-content properties: only optional-content groups (they say whether a part
    is shown); any other property list (private data, XMP) becomes empty."""
    from pypdf.generic import DictionaryObject, NameObject

    out = DictionaryObject()
    table = resolve(value)
    if not hasattr(table, "items"):
        return out
    for name, prop in table.items():
        target = resolve(prop)
        if hasattr(target, "get") and target.get("/Type") in _OPTIONAL_CONTENT:
            out[NameObject(name)] = _copy(prop, writer, memo, "plain")
        else:
            out[NameObject(name)] = DictionaryObject()
    return out
