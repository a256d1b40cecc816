"""A C-CDA section's narrative block (``<text>``) as plain paragraphs and tables (issue 19).

The narrative is what the sending doctor saw and signed; the coded entries beside it are
often thinner. So the readable record shows the narrative as the source has it: its
paragraphs, list items and tables in their own words, with the XML's indentation
collapsed to single spaces (line breaks inside the source file are layout, not content)
and ``<br/>`` kept as the start of a new paragraph, so any renderer shows it.

Also here: the plain text of any narrative element, for ``<reference value="#id">`` (a
coded entry naming itself by pointing into the narrative), and the small helpers both
C-CDA modules use. Everything reads an already parsed, depth-checked tree (ccda.py), so the
recursion here is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.etree.ElementTree import Element

from secondop_desktop.records.structured.model import Table

V3 = "urn:hl7-org:v3"  # the HL7 version 3 namespace every CDA element is in
BULLET = "• "
INDENT = "  "  # per level of nested list
# Short rows are padded to the widest (a renderer wants a grid), up to this many columns:
# no clinical table is wider, and padding a hostile one would cost rows x columns.
MAX_COLUMNS = 64
# Anything else (content, linkHtml, sub, sup) is inline: its text runs on in the paragraph.
_SKIPPED = {"renderMultiMedia", "footnoteRef"}  # pointers to images and notes, no words
_BLOCKS = {"paragraph", "caption", "footnote"}  # each starts (and ends) a paragraph
# Zero-width spaces and byte-order marks: line-breaking hints that fonts draw as boxes.
_INVISIBLE = str.maketrans("", "", "\u200b\ufeff")
# HL7 TS: yyyy[mm[dd[hh[mm[ss[.fff]]]]]][+-zzzz].
_TS = re.compile(
    r"(\d{4})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(?:(\d{2})(\.\d+)?)?)?)?)?)?([+-]\d{4})?"
)


@lru_cache(maxsize=256)
def q(path: str) -> str:
    """``"recordTarget/patientRole"`` as ElementTree needs it in the HL7 namespace."""
    return "/".join(
        step if step in {".", "..", "*"} else f"{{{V3}}}{step}" for step in path.split("/")
    )


def local(tag: object) -> str:
    """An element's name without its namespace (comments and PIs are not elements here)."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def collapse(text: str) -> str:
    """Runs of whitespace (the file's indentation and line wrapping) as one space."""
    return " ".join(text.translate(_INVISIBLE).split())


def attr(element: Element | None, name: str = "value") -> str:
    """An attribute's value without surrounding spaces, "" when absent."""
    return (element.get(name) or "").strip() if element is not None else ""


def iso(ts: str, time: bool = True) -> str:
    """An HL7 timestamp (``201303110830-0800``) as ISO 8601 with the precision it has
    (``2013-03-11T08:30-08:00``; ``1998`` stays ``1998``); "" when it is not one.
    ``time=False`` keeps the date only (a birth date)."""
    match = _TS.fullmatch(ts)
    if not match:
        return ""
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if (month and not 1 <= int(month) <= 12) or (day and not 1 <= int(day) <= 31):
        return ""
    out = "-".join(part for part in (year, month, day) if part)
    if time and day and hour:
        out += "T" + ":".join(part for part in (hour, minute, second) if part) + (fraction or "")
        if zone:
            out += f"{zone[:3]}:{zone[3:]}"
    return out


def plain(element: Element) -> str:
    """All the words inside ``element``, in order, cells and items kept apart by a space."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if local(node.tag) in {"br", "td", "th", "item", "paragraph", "tr"}:
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")

    walk(element)
    return collapse("".join(parts))


class Anchors:
    """The narrative's elements by their ``ID``, for ``<reference value="#id">`` (an entry
    naming itself by pointing into the narrative); each one's words worked out once, so
    thousands of entries pointing at one huge element cost no more than one."""

    def __init__(self, root: Element) -> None:
        self._elements = {node.attrib["ID"]: node for node in root.iter() if "ID" in node.attrib}
        self._words: dict[str, str] = {}

    def words(self, reference: Element | None) -> str:
        """The words the reference points at, or ""."""
        if reference is None:
            return ""
        anchor = reference.get("value", "").strip().removeprefix("#")
        if anchor not in self._words:
            target = self._elements.get(anchor)
            self._words[anchor] = plain(target) if target is not None else ""
        return self._words[anchor]


def own_text(element: Element | None, anchors: Anchors) -> str:
    """An ``<originalText>`` or an entry's ``<text>``: its words, else what it references."""
    if element is None:
        return ""
    words = collapse((element.text or "") + "".join(child.tail or "" for child in element))
    return words or anchors.words(element.find(q("reference")))


class _Writer:
    """Collects a narrative's paragraphs and tables while walking it in order."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.tables: list[Table] = []
        self._line: list[str] = []
        self._indent = ""  # of the list item being written, for its later lines
        self._prefix = ""  # for the next paragraph: a bullet, a number or the indent

    def add(self, text: str | None) -> None:
        if text:
            self._line.append(text)

    def flush(self) -> None:
        text = collapse("".join(self._line))
        self._line = []
        if text:
            self.paragraphs.append(self._prefix + text)
            self._prefix = self._indent

    def contents(self, element: Element) -> None:
        """``element``'s text and children in order (the element itself is handled)."""
        self.add(element.text)
        for child in element:
            self.element(child)
            self.add(child.tail)

    def element(self, element: Element) -> None:
        tag = local(element.tag)
        if tag == "br":
            self.flush()
        elif tag == "table":
            self.flush()
            self.tables.append(table(element))
        elif tag == "list":
            self.flush()
            self.items(element)
        elif tag in _BLOCKS:
            self.flush()
            self.contents(element)
            self.flush()
        elif tag not in _SKIPPED and tag:  # content, linkHtml, sub, sup: inline
            self.contents(element)

    def items(self, element: Element) -> None:
        """A list: each item a paragraph marked "• " (or "1. " when ordered), nested
        lists indented under their item."""
        ordered = element.get("listType") == "ordered"
        number = 0
        for child in element:
            tag = local(child.tag)
            if tag == "caption":
                self.element(child)
            elif tag == "item":
                number += 1
                outer = self._indent
                self._prefix = outer + (f"{number}. " if ordered else BULLET)
                self._indent = outer + INDENT
                self.contents(child)
                self.flush()
                self._indent = self._prefix = outer


def narrative(text: Element | None) -> tuple[tuple[str, ...], tuple[Table, ...]]:
    """A section's ``<text>`` as (paragraphs, tables), each in the source's order."""
    if text is None:
        return (), ()
    writer = _Writer()
    writer.contents(text)
    writer.flush()
    return tuple(writer.paragraphs), tuple(writer.tables)


def _cell(cell: Element) -> str:
    """A table cell as one line: its paragraphs and any table inside it, space-separated."""
    if len(cell) == 0:  # most cells: text alone
        return collapse(cell.text or "")
    writer = _Writer()
    writer.contents(cell)
    writer.flush()
    inner = [" ".join(" ".join(row) for row in (t.columns, *t.rows)) for t in writer.tables]
    return collapse(" ".join([*writer.paragraphs, *inner]))


def _padded(row: tuple[str, ...], width: int) -> tuple[str, ...]:
    return row + ("",) * (width - len(row)) if len(row) < width else row


def _row(tr: Element) -> tuple[str, ...]:
    return tuple(_cell(cell) for cell in tr if local(cell.tag) in {"td", "th"})


def table(element: Element) -> Table:
    """A narrative ``<table>``: its ``<thead>`` heading row as the columns, the rows of its
    ``<tbody>`` s then ``<tfoot>``, every row padded to the same width (a short row in the
    source leaves its last cells empty; see MAX_COLUMNS)."""
    head = [_row(tr) for tr in element.findall(q("thead/tr"))]
    trs = [
        *element.findall(q("tr")),
        *element.findall(q("tbody/tr")),
        *element.findall(q("tfoot/tr")),
    ]
    if not head and trs and len(trs[0]) and all(local(cell.tag) == "th" for cell in trs[0]):
        head = [_row(trs.pop(0))]  # no <thead>, but a first row of heading cells
    body = [_row(tr) for tr in trs]
    columns = head[0] if head else ()
    rows = [*head[1:], *body]
    width = max([len(columns), *(len(row) for row in rows)])
    if width > MAX_COLUMNS:  # built to be padded into millions of cells: left ragged
        width = 0
    caption = element.find(q("caption"))
    return Table(
        columns=_padded(columns, width) if columns else (),
        rows=tuple(_padded(row, width) for row in rows),
        title=plain(caption) if caption is not None else "",
    )
