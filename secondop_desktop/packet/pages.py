"""A record's PDF pages on the packet's paper, each as its source shows it.

Each source page becomes a form XObject: its content streams, byte for byte, with its
resources, clipped to its crop box. That form is drawn on a fresh sheet of the packet's
paper, turned by the page's /Rotate (and the user's rotation), scaled to fit the area above
the footer band (up or down, aspect kept), and centred; a page shown landscape gets a
landscape sheet. Attributes inherited through the page tree (MediaBox, CropBox, Rotate,
Resources) are resolved here; pages that draw the same content stream share one form, and
nothing of the source is changed, so a shared stream cannot be turned twice.

What a viewer draws on top of the content is drawn into the sheet: the appearance of every
visible annotation (stamps, highlights, comments, ink) and of form fields. A field whose
value has no appearance of its own (the file asks the viewer to make it, or it has none) is
given one here, in Helvetica, so the value prints and can be searched. Markup annotations
without an appearance (highlight, ink, shapes, notes) are drawn as a viewer would. Web links
stay links; links to a page of the same record point to that page in the packet. A scanned
page (no text of its own) gets the words text recognition read from it as an invisible
layer over them (text_layer.py), when the packet asks for it.

Nothing is parsed or re-encoded: content streams are copied as bytes (a page made of
several streams is joined into one); only what is copied is cleaned (sanitize.py)."""

from __future__ import annotations

import logging
from typing import Any

from secondop_desktop.packet import text_layer
from secondop_desktop.packet.page_drawing import (
    _colour,
    _colour_ops,
    _escape,
    _field_value,
    _Font,
    _font_in_da,
    _markup,
    _wrap,
)
from secondop_desktop.packet.page_geometry import (
    Box,
    Placement,
    _appearance_matrix,
    _box,
    _cm,
    _fmt,
    _inherited,
    _number,
    page_rotation,
    place,
    visible_box,
)
from secondop_desktop.packet.sanitize import (
    clean_resources,
    clean_xobject,
    copy_allowed,
    resolve,
    web_address,
)
from secondop_desktop.packet.text_layer import Layers

log = logging.getLogger(__name__)


HIDDEN, NO_VIEW = 2, 32  # annotation flags (PDF 32000-1 12.5.3)
NOT_DRAWN = {
    "/Link",  # kept as a link, not a drawing
    "/Popup",  # the window of a comment, closed on paper
    "/FileAttachment",  # its file does not travel; a paperclip would promise one
    "/Sound",
    "/Movie",
    "/Screen",
    "/RichMedia",
    "/3D",
    "/PrinterMark",
    "/TrapNet",
}
MULTILINE, COMB = 1 << 12, 1 << 24  # text field flags
RADIO, PUSH_BUTTON = 1 << 15, 1 << 16  # button field flags
COMBO = 1 << 17  # choice field flag: a drop-down (it shows one value, like a text field)


# --- The pages --------------------------------------------------------------------------


class RecordPages:
    """Place the pages of one record's PDF (a pypdf reader) in the packet (a pypdf writer).
    Call ``add`` for each page in order, then ``finish`` (links between its pages)."""

    def __init__(
        self,
        writer: Any,
        reader: Any,
        paper: tuple[float, float],
        turn: int = 0,
        *,
        cleaned: set[int] | None = None,
        layers: Layers | None = None,
    ):
        self.writer = writer
        self.reader = reader
        self.paper = paper
        self.turn = turn
        self.layers = layers or {}  # the words read from scanned pages (text_layer.py)
        self.seen = cleaned if cleaned is not None else set()  # source objects cleaned
        self.forms: dict[tuple[Any, ...], Any] = {}  # (content, resources, box) -> form
        self.copied: dict[Any, Any] = {}  # source object -> its copy in the packet
        self.fonts: dict[Any, _Font] = {}
        # packet page, how it was placed (None: drawn as a picture, not placed by us)
        self.placed: list[tuple[Any, Placement | None]] = []
        self.links: list[tuple[Any, tuple[int, float | None, float | None]]] = []  # to aim
        self._page_numbers: dict[int, int] | None = None
        root: Any = resolve(reader.trailer.get("/Root")) if hasattr(reader, "trailer") else None
        acro: Any = resolve(root.get("/AcroForm")) if hasattr(root, "get") else None
        self.acro: Any = acro if hasattr(acro, "get") else {}
        self.need_appearances = bool(resolve(self.acro.get("/NeedAppearances", False)))

    # The page itself

    def add(self, index: int) -> Any:
        """The packet page showing the source's page ``index``."""
        from pypdf.generic import ArrayObject, DictionaryObject, NameObject

        source = self.reader.pages[index]
        box = visible_box(source)
        placement = place(
            box, page_rotation(source, self.turn), self.paper, _number(source.get("/UserUnit"), 1)
        )
        # Everything is read and copied before the sheet is added: a page that cannot be
        # copied (it raises) leaves no half-made sheet behind.
        xobjects = DictionaryObject({NameObject("/SecondOpPage"): self._page_form(source, box)})
        resources = DictionaryObject({NameObject("/XObject"): xobjects})
        ops = [f"q {_cm(placement.matrix)} /SecondOpPage Do Q"]
        drawn = self._annotations(source, placement, xobjects, resources)
        if drawn:
            ops.append(f"q {_cm(placement.matrix)}\n" + "\n".join(drawn) + "\nQ")
        hidden = self._hidden_words(index, placement, box, resources)
        group = resolve(source.get("/Group"))
        group = self._clone(group) if hasattr(group, "get") else None
        links = self._links(source, placement)
        page = self.writer.add_blank_page(*placement.sheet)
        page[NameObject("/Resources")] = resources
        page[NameObject("/Contents")] = self._stream("\n".join(ops).encode() + hidden)
        if group is not None:  # how transparency on the page blends
            page[NameObject("/Group")] = group
        self.placed.append((page, placement))
        if links:
            page[NameObject("/Annots")] = ArrayObject(links)
        return page

    def _hidden_words(self, index: int, placement: Placement, box: Box, resources: Any) -> bytes:
        """The words text recognition read from page ``index`` (a scan: it has no text of
        its own), invisible over the words it shows; PDFium drew it for reading as shown
        (its crop box, its /Rotate, the record's turns then), so they land on the visible
        page as placed."""
        from pypdf.generic import DictionaryObject, NameObject

        layer = self.layers.get(index + 1)
        if layer is None:
            return b""
        left, bottom, right, top = placement.rect(box)
        hidden = text_layer.words(layer, self.turn, (left, bottom, right - left, top - bottom))
        if hidden:
            font = self._base14("/Helvetica", "/WinAnsiEncoding").ref
            resources[NameObject("/Font")] = DictionaryObject({NameObject(text_layer.FONT): font})
        return hidden

    def finish(self) -> None:
        """Point links between this record's pages at their pages in the packet."""
        from pypdf.generic import ArrayObject, FloatObject, NameObject, NullObject

        for link, (index, left, top) in self.links:
            target, where = self.placed[index]
            if where is None or left is None or top is None:
                dest = [target.indirect_reference, NameObject("/Fit")]
            else:
                x, y = where.point(left, top)
                dest = [
                    target.indirect_reference,
                    NameObject("/XYZ"),
                    FloatObject(round(x, 2)),
                    FloatObject(round(y, 2)),
                    NullObject(),
                ]
            link[NameObject("/Dest")] = ArrayObject(dest)

    def _stream(self, data: bytes) -> Any:
        from pypdf.generic import DecodedStreamObject

        stream = DecodedStreamObject()
        stream.set_data(data)
        return self.writer._add_object(stream)

    def _clone(self, obj: Any, *, resources: bool = False) -> Any:
        """A source object in the packet, as a reference when it is an indirect object or
        a stream: copied by the allow-list of what drawing needs (sanitize.py), never by
        following every reference."""
        return copy_allowed(obj, self.writer, self.copied, resources=resources)

    def _page_form(self, source: Any, box: Box) -> Any:
        """The page's content and resources as a form XObject, clipped to ``box``; one form
        for all pages that draw the same content with the same resources."""
        from pypdf.filters import decode_stream_data
        from pypdf.generic import (
            ArrayObject,
            DecodedStreamObject,
            DictionaryObject,
            EncodedStreamObject,
            FloatObject,
            NameObject,
        )

        raw = source.get("/Contents")
        contents = resolve(raw)
        parts = [resolve(c) for c in contents] if isinstance(contents, list) else [contents]
        parts = [p for p in parts if hasattr(p, "get_data")]
        resources = _inherited(source, "/Resources")
        key = (tuple(id(p) for p in parts), id(resources), box)
        if key in self.forms:
            return self.forms[key]
        form: Any
        if len(parts) == 1 and "/Filter" in parts[0]:  # the bytes as they are, still encoded
            form = EncodedStreamObject()
            form._data = parts[0]._data
            for name in ("/Filter", "/DecodeParms"):
                if name in parts[0]:
                    form[NameObject(name)] = self._clone(parts[0][name])
        else:
            chunks = []
            for part in parts:
                try:
                    chunks.append(part._data if "/Filter" not in part else decode_stream_data(part))
                except Exception as exc:  # one damaged stream: the rest of the page still shows
                    log.info("A content stream could not be decoded (%s)", type(exc).__name__)
            form = DecodedStreamObject()
            form.set_data(b"\n".join(chunks))
            if len(parts) > 1:
                form = form.flate_encode()
        form[NameObject("/Type")] = NameObject("/XObject")
        form[NameObject("/Subtype")] = NameObject("/Form")
        form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in box)
        if hasattr(resources, "get"):
            clean_resources(resources, self.seen)
            form[NameObject("/Resources")] = self._clone(resources, resources=True)
        else:
            form[NameObject("/Resources")] = DictionaryObject()
        ref = self.writer._add_object(form)
        self.forms[key] = ref
        return ref

    # Annotations and fields

    def _annotations(
        self, source: Any, placement: Placement, xobjects: Any, resources: Any
    ) -> list[str]:
        """Drawing operators (in the source's space) for every visible annotation."""
        from pypdf.generic import DictionaryObject, IndirectObject, NameObject

        annots = resolve(source.get("/Annots"))
        if not isinstance(annots, list):
            return []
        ops: list[str] = []
        states = DictionaryObject()
        for ref in annots:
            annot = resolve(ref)
            if not hasattr(annot, "get"):
                continue
            subtype = annot.get("/Subtype")
            if subtype in NOT_DRAWN or int(_number(annot.get("/F"))) & (HIDDEN | NO_VIEW):
                continue
            rect = _box(annot.get("/Rect"))
            if rect is None:
                continue
            try:
                form = self._field(annot, rect) if subtype == "/Widget" else self._appearance(annot)
                if form is not None:
                    matrix = _appearance_matrix(resolve(form), rect)
                    if matrix is None:
                        continue
                    name = NameObject(f"/SecondOpAnnot{len(xobjects)}")
                    if not (isinstance(form, IndirectObject) and form.pdf is self.writer):
                        clean_xobject(form, self.seen)  # the file's own: cleaned, copied
                        form = self._clone(form)
                    xobjects[name] = form
                    ops.append(f"q {_cm(matrix)} {name} Do Q")
                else:
                    drawing = _markup(annot, subtype, rect)
                    if drawing:
                        operators, state = drawing
                        if state is not None:
                            gs = NameObject(f"/SecondOpGS{len(states)}")
                            states[gs] = state
                            operators = f"{gs} gs " + operators
                        ops.append(f"q {operators} Q")
            except Exception as exc:  # a malformed annotation: the page shows without it
                log.info("An annotation could not be drawn (%s)", type(exc).__name__)
        if states:
            resources[NameObject("/ExtGState")] = states
        return ops

    def _appearance(self, annot: Any) -> Any:
        """The annotation's normal appearance (for its current state), or None."""
        ap = resolve(annot.get("/AP"))
        if not hasattr(ap, "get"):
            return None
        normal = resolve(ap.get("/N"))
        if hasattr(normal, "get_data"):
            return normal
        if hasattr(normal, "get"):
            state = annot.get("/AS")
            if state is None:
                value = _field_value(annot, "/V")
                state = value if value in normal else None
            if state is not None and hasattr(resolve(normal.get(state)), "get_data"):
                return resolve(normal.get(state))
        return None

    def _field(self, annot: Any, rect: Box) -> Any:
        """A form field's widget: its own appearance, or, as a viewer does, one made from
        its value when it has none or the file asks for them to be made (NeedAppearances:
        the appearances it carries may be empty or stale, the values are what counts)."""
        appearance = self._appearance(annot)
        if appearance is not None and not self.need_appearances:
            return appearance
        kind = _field_value(annot, "/FT")
        flags = int(_number(_field_value(annot, "/Ff")))
        made = None
        if kind == "/Tx" or (kind == "/Ch" and flags & COMBO):
            value = resolve(_field_value(annot, "/V"))
            if isinstance(value, list):
                value = resolve(value[0]) if value else None
            text = str(value) if value is not None else ""
            text = text[1:] if kind == "/Ch" and text.startswith("/") else text
            made = self._text_appearance(annot, rect, text, flags)
        elif kind == "/Btn":
            made = self._button_appearance(annot, rect, flags)
        return made if made is not None else appearance

    def _form_font(self, annot: Any, name: str) -> Any:
        """The font a field's default appearance names, from the field's or the form's
        resources; None when there is none."""
        for holder in (_field_value(annot, "/DR"), self.acro.get("/DR")):
            holder = resolve(holder)
            fonts: Any = resolve(holder.get("/Font")) if hasattr(holder, "get") else None
            font: Any = resolve(fonts.get(name)) if hasattr(fonts, "get") else None
            if hasattr(font, "get"):
                return font
        return None

    def _font(self, annot: Any, name: str) -> _Font:
        """The field's font when it is a simple font that writes Windows-1252 text;
        otherwise Helvetica (every viewer has it)."""
        font = self._form_font(annot, name)
        if (
            font is not None
            and font.get("/Subtype") in ("/Type1", "/TrueType")
            and resolve(font.get("/Encoding")) in (None, "/WinAnsiEncoding")
        ):
            if id(font) not in self.fonts:
                widths: dict[int, float] = {}
                first = int(_number(font.get("/FirstChar")))
                listed = resolve(font.get("/Widths"))
                if isinstance(listed, list):
                    widths = {first + i: _number(w) for i, w in enumerate(listed)}
                self.fonts[id(font)] = _Font(self._clone(font), widths)
            return self.fonts[id(font)]
        return self._base14("/Helvetica", "/WinAnsiEncoding")

    def _base14(self, name: str, encoding: str | None = None) -> _Font:
        """One of the fonts every viewer has, once per record."""
        from pypdf.generic import DictionaryObject, NameObject

        if name not in self.fonts:
            font = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Font"),
                    NameObject("/Subtype"): NameObject("/Type1"),
                    NameObject("/BaseFont"): NameObject(name),
                }
            )
            if encoding:
                font[NameObject("/Encoding")] = NameObject(encoding)
            self.fonts[name] = _Font(self.writer._add_object(font), {})
        return self.fonts[name]

    def _frame(self, annot: Any, rect: Box) -> tuple[float, float, int, list[str]]:
        """A widget's size as drawn (its /MK rotation applied), that rotation, and the
        operators for its background and border (/MK /BG, /BC)."""
        mk: Any = resolve(_field_value(annot, "/MK"))
        turn = int(_number(mk.get("/R"))) % 360 if hasattr(mk, "get") else 0
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        if turn in (90, 270):
            w, h = h, w
        ops = []
        if hasattr(mk, "get"):
            background, border = _colour(mk.get("/BG"), False), _colour(mk.get("/BC"), True)
            style: Any = resolve(_field_value(annot, "/BS"))
            width = _number(style.get("/W"), 1) if hasattr(style, "get") else 1.0
            if background:
                ops.append(f"{background} 0 0 {_fmt(w)} {_fmt(h)} re f")
            if border and width > 0:
                half = width / 2
                ops.append(
                    f"{border} {_fmt(width)} w {_fmt(half)} {_fmt(half)} "
                    f"{_fmt(w - width)} {_fmt(h - width)} re S"
                )
        return w, h, turn, ops

    def _form_stream(
        self, ops: list[str], w: float, h: float, turn: int, font: Any, inner: Any = None
    ) -> Any:
        """An appearance stream (a form XObject in the packet) of ``ops``, w x h, turned
        by ``turn`` as /MK /R asks, with ``font`` as /F0 and ``inner`` as /A0."""
        from pypdf.generic import (
            ArrayObject,
            DecodedStreamObject,
            DictionaryObject,
            FloatObject,
            NameObject,
        )

        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        stream[NameObject("/Type")] = NameObject("/XObject")
        stream[NameObject("/Subtype")] = NameObject("/Form")
        stream[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in (0, 0, w, h))
        if turn:
            matrix = {90: (0, 1, -1, 0, h, 0), 180: (-1, 0, 0, -1, w, h), 270: (0, -1, 1, 0, 0, w)}
            stream[NameObject("/Matrix")] = ArrayObject(FloatObject(v) for v in matrix[turn])
        resources = DictionaryObject()
        if font is not None:
            resources[NameObject("/Font")] = DictionaryObject({NameObject("/F0"): font})
        if inner is not None:
            resources[NameObject("/XObject")] = DictionaryObject({NameObject("/A0"): inner})
        stream[NameObject("/Resources")] = resources
        return self.writer._add_object(stream)

    def _button_appearance(self, annot: Any, rect: Box, flags: int) -> Any:
        """A check box or radio button: its border and background, and when on, its mark
        (the file's own drawing of the on state; or /MK /CA in the field's font, or
        ZapfDingbats' check or bullet), or a push button with its caption."""
        w, h, turn, ops = self._frame(annot, rect)
        mk: Any = resolve(_field_value(annot, "/MK"))
        caption = resolve(mk.get("/CA")) if hasattr(mk, "get") else None
        da = str(resolve(_field_value(annot, "/DA")) or resolve(self.acro.get("/DA")) or "")
        name, size = _font_in_da(da)
        if flags & PUSH_BUTTON:
            text = str(caption or "")
            if not text.strip():
                return self._form_stream(ops, w, h, turn, None)
            return self._text_appearance(annot, rect, text, 0, frame=(w, h, turn, ops), align=1)
        state = annot.get("/AS")
        if state is None:
            state = _field_value(annot, "/V")
        if state is not None and state != "/Off":
            drawn = self._appearance(annot) if not turn else None  # (it is turned itself)
            where = _appearance_matrix(drawn, (0, 0, w, h)) if drawn is not None else None
            if drawn is not None and where is not None:
                clean_xobject(drawn, self.seen)
                ops.append(f"q {_cm(where)} /A0 Do Q")
                return self._form_stream(ops, w, h, turn, None, self._clone(drawn))
            own = self._form_font(annot, name) if caption else None
            if own is not None and own.get("/Subtype") != "/Type0":
                font = self._clone(own)
            else:
                font = self._base14("/ZapfDingbats").ref
            mark = (str(caption) if caption else "l" if flags & RADIO else "3")[:1]
            size = size if size > 0 else 0.8 * min(w, h)
            x, y = (w - 0.78 * size) / 2, (h - 0.7 * size) / 2
            try:
                glyph = _escape(mark.encode("latin-1"))
            except UnicodeEncodeError:
                glyph = "(4)"
            ops.append(
                f"q BT /F0 {_fmt(size)} Tf {_colour_ops(da)} "
                f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm {glyph} Tj ET Q"
            )
            return self._form_stream(ops, w, h, turn, font)
        return self._form_stream(ops, w, h, turn, None)

    def _text_appearance(
        self,
        annot: Any,
        rect: Box,
        text: str,
        flags: int,
        *,
        frame: tuple[float, float, int, list[str]] | None = None,
        align: int | None = None,
    ) -> Any:
        """An appearance stream showing a text or drop-down field's value, as a viewer
        draws it: the field's font, size and colour, its alignment, comb and wrapping."""
        try:
            encoded_lines = [line.encode("cp1252") for line in text.replace("\r\n", "\n")
                             .replace("\r", "\n").split("\n")]  # fmt: skip
        except UnicodeEncodeError:
            log.info("A form value outside Windows-1252 keeps the file's own appearance")
            return None
        da = str(resolve(_field_value(annot, "/DA")) or resolve(self.acro.get("/DA")) or "")
        font_name, size = _font_in_da(da)
        font = self._font(annot, font_name)
        w, h, turn, frame_ops = frame or self._frame(annot, rect)
        pad = 2.0
        multiline = bool(flags & MULTILINE)
        if size <= 0:  # auto: as large as fits (12 pt at most on several lines)
            size = 12.0 if multiline else max(4.0, min((h - 2 * pad) / 1.15, 36.0))
            if not multiline:
                widest = max(font.width(line, 1) for line in encoded_lines)
                if widest > 0:
                    size = max(4.0, min(size, (w - 2 * pad) / widest))
        ops = [*frame_ops, "/Tx BMC", "q"]
        ops.append(f"1 1 {_fmt(w - 2)} {_fmt(h - 2)} re W n")
        ops.append(f"BT /F0 {_fmt(size)} Tf {_colour_ops(da)}")
        if align is None:
            align = int(_number(_field_value(annot, "/Q")))
        max_len = int(_number(_field_value(annot, "/MaxLen")))
        leading = size * 1.15
        if flags & COMB and max_len > 0 and not multiline:
            cell = w / max_len
            y = (h - size * 0.7) / 2
            for i, byte in enumerate(encoded_lines[0][:max_len]):
                glyph = bytes([byte])
                x = i * cell + (cell - font.width(glyph, size)) / 2
                ops.append(f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm {_escape(glyph)} Tj")
        else:
            if multiline:
                lines = _wrap(
                    [line.decode("cp1252") for line in encoded_lines],
                    lambda s: font.width(s.encode("cp1252"), size) <= w - 2 * pad,
                )
                encoded_lines = [line.encode("cp1252") for line in lines]
                y = h - pad - size * 0.9
            else:
                encoded_lines = [b" ".join(encoded_lines)]
                y = (h - size * 0.7) / 2
            for line in encoded_lines:
                if not line:
                    y -= leading
                    continue
                width = font.width(line, size)
                x = {1: (w - width) / 2, 2: w - pad - width}.get(align, pad)
                ops.append(f"1 0 0 1 {_fmt(x)} {_fmt(y)} Tm {_escape(line)} Tj")
                y -= leading
        ops += ["ET", "Q", "EMC"]
        return self._form_stream(ops, w, h, turn, font.ref)

    # Links

    def _links(self, source: Any, placement: Placement) -> list[Any]:
        """Fresh link annotations on the sheet: to a web address, or to a page of this
        record (pointed at its packet page by ``finish``). Nothing else of a link travels."""
        from pypdf.generic import (
            ArrayObject,
            DictionaryObject,
            FloatObject,
            NameObject,
            NumberObject,
            TextStringObject,
        )

        annots = resolve(source.get("/Annots"))
        if not isinstance(annots, list):
            return []
        out = []
        for ref in annots:
            annot = resolve(ref)
            if not hasattr(annot, "get") or annot.get("/Subtype") != "/Link":
                continue
            rect = _box(annot.get("/Rect"))
            if rect is None:
                continue
            uri = web_address(annot)
            target = None if uri is not None else self._destination(annot)
            if uri is None and target is None:
                continue
            link = DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Annot"),
                    NameObject("/Subtype"): NameObject("/Link"),
                    NameObject("/Rect"): ArrayObject(
                        FloatObject(round(v, 3)) for v in placement.rect(rect)
                    ),
                }
            )
            border = resolve(annot.get("/Border"))
            if isinstance(border, list) and len(border) >= 3:
                width = _number(border[2]) * placement.scale
                link[NameObject("/Border")] = ArrayObject(
                    [NumberObject(0), NumberObject(0), FloatObject(round(width, 3))]
                )
            style = resolve(annot.get("/BS"))
            if hasattr(style, "get"):
                link[NameObject("/BS")] = DictionaryObject(
                    {
                        NameObject("/W"): FloatObject(
                            round(_number(style.get("/W"), 1) * placement.scale, 3)
                        ),
                        NameObject("/S"): NameObject(
                            style.get("/S") if style.get("/S") in ("/S", "/U") else "/S"
                        ),
                    }
                )
            for key in ("/C", "/H"):
                value = resolve(annot.get(key))
                if key == "/C" and isinstance(value, list) and len(value) in (0, 1, 3, 4):
                    link[NameObject(key)] = ArrayObject(FloatObject(_number(v)) for v in value)
                elif key == "/H" and value in ("/N", "/I", "/O", "/P"):
                    link[NameObject(key)] = NameObject(value)
            if uri is not None:
                link[NameObject("/A")] = DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/URI"),
                        NameObject("/URI"): TextStringObject(uri),
                    }
                )
            ref_out = self.writer._add_object(link)
            if target is not None:
                self.links.append((link, target))
            out.append(ref_out)
        return out

    def _destination(self, annot: Any) -> tuple[int, float | None, float | None] | None:
        """(page index, left, top) a link goes to in this document, or None."""
        dest = annot.get("/Dest")
        action = resolve(annot.get("/A"))
        if dest is None and hasattr(action, "get") and action.get("/S") == "/GoTo":
            if "/Next" in action:
                return None
            dest = action.get("/D")
        dest = resolve(dest)
        if dest is None:
            return None
        if not isinstance(dest, list):
            try:
                named = self.reader.named_destinations.get(str(dest))
            except Exception as exc:  # a damaged name tree: the link is left out
                log.info("Named destinations could not be read (%s)", type(exc).__name__)
                return None
            if named is None:
                return None
            page_ref = named.get("/Page")
            left, top = named.get("/Left"), named.get("/Top")
            typ = named.get("/Type")
        else:
            if not dest:
                return None
            page_ref = dest[0]
            typ = dest[1] if len(dest) > 1 else None
            left = dest[2] if len(dest) > 2 else None
            top = dest[3] if len(dest) > 3 else None
        index = self._page_index(page_ref)
        if index is None:
            return None
        if typ != "/XYZ" or resolve(left) is None or resolve(top) is None:
            return index, None, None
        return index, _number(left), _number(top)

    def _page_index(self, ref: Any) -> int | None:
        if self._page_numbers is None:
            self._page_numbers = {}
            for i, page in enumerate(self.reader.pages):
                own = getattr(page, "indirect_reference", None)
                if own is not None:
                    self._page_numbers[own.idnum] = i
        idnum = getattr(ref, "idnum", None)
        return self._page_numbers.get(idnum) if idnum is not None else None


def prepare(reader: Any) -> set[int]:
    """Clean what every page of a record will bring (its resources, and its annotations'
    appearances): done on the export's worker pool, ahead of placing the pages. Returns
    the objects cleaned, for ``RecordPages(cleaned=...)``."""
    seen: set[int] = set()
    for page in reader.pages:
        clean_resources(_inherited(page, "/Resources"), seen)
        annots = resolve(page.get("/Annots"))
        if isinstance(annots, list):
            for ref in annots:
                annot: Any = resolve(ref)
                ap: Any = resolve(annot.get("/AP")) if hasattr(annot, "get") else None
                normal: Any = resolve(ap.get("/N")) if hasattr(ap, "get") else None
                if hasattr(normal, "get_data"):
                    clean_xobject(normal, seen)
                elif hasattr(normal, "values"):
                    for state in normal.values():
                        clean_xobject(state, seen)
    return seen
