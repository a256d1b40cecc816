"""Qt's PDF writer for the packet's own pages: the chosen sections laid out by the rich-text
engine, footers, and letters. The one module of the packet that touches Qt (QtGui only).

Fonts come from the package's resources/fonts and are registered before anything is
drawn, so a packet looks the same on every machine and any script the user types (Latin,
Greek, Cyrillic, Arabic, Chinese, Japanese, Korean) renders and extracts back as the same
text."""

from __future__ import annotations

import base64
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

from secondop_desktop.core import assets
from secondop_desktop.i18n import translate
from secondop_desktop.packet import pagination
from secondop_desktop.packet.spec import FOOTER_HEIGHT, MM

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")
FAMILIES = ["DejaVu Sans", "Droid Sans Fallback"]
RESOLUTION = 300
MARGINS_MM = QMarginsF(18, 16, 18, 22)  # the bottom margin holds the footer
PAPER_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

STYLE = f"""
body {{ font-family: '{FAMILIES[0]}', '{FAMILIES[1]}'; font-size: 10pt; color: #1b1b1b; }}
h1 {{ font-size: 17pt; color: #1a3d7c; margin-top: 0; margin-bottom: 8px; }}
h2 {{ font-size: 12.5pt; color: #1a3d7c; margin-top: 14px; margin-bottom: 4px; }}
h3 {{ font-size: 10.5pt; color: #1b1b1b; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 2px; margin-bottom: 4px; }}
table.grid {{ border-color: #aab4c0; border-style: solid; margin-top: 2px; }}
tr.head {{ background-color: #e6edf7; }}
th {{ font-weight: bold; }}
td.label {{ background-color: #f3f5f8; font-weight: bold; }}
span.answer {{ color: #2d4f2d; }}
p.note {{ color: #555555; font-size: 8.5pt; }}
p.kicker {{ color: #555555; font-size: 10pt; margin-top: 150px; }}
span.lean {{ color: #555555; font-size: 10pt; font-weight: normal; }}
h1.cover {{ font-size: 30pt; color: #1b1b1b; margin-bottom: 2px; }}
p.subtitle {{ font-size: 15pt; color: #1a3d7c; margin-bottom: 28px; }}
table.cover td {{ font-size: 11pt; }}
td.value {{ }}
td.toc0 {{ font-weight: bold; }}
td.toc1 {{ padding-left: 18px; }}
table.keep {{ margin-top: 12px; }}
p.caption {{ margin-bottom: 2px; }}
span.when {{ color: #555555; font-size: 8.5pt; }}
"""

_lock = threading.Lock()
_ready = False


def ensure_qt() -> None:
    """A QGuiApplication (offscreen when there is no display, e.g. the CLI) and the
    shipped fonts registered. Safe to call from any thread, once or many times."""
    global _ready
    with _lock:
        if _ready:
            return
        if QGuiApplication.instance() is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            global _app
            _app = QGuiApplication([])
            from secondop_desktop import i18n

            i18n.install(i18n.choose())  # the packet's words in the user's language
        for name in FONT_FILES:
            if (
                QFontDatabase.addApplicationFontFromData(
                    QByteArray(assets.read_bytes("fonts", name))
                )
                < 0
            ):
                raise RuntimeError(f"The packet font {name} is missing from resources/fonts.")
        _ready = True


_app: QGuiApplication | None = None


def page_size_points(paper: str) -> tuple[float, float]:
    size = QPageSize(PAPER_IDS[paper]).size(QPageSize.Unit.Point)
    return size.width(), size.height()


def _writer(buffer: QBuffer, paper: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAPER_IDS[paper]))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setCreator("SecondOp")
    return writer


def _laid_out(html: str, writer: QPdfWriter) -> QTextDocument:
    """``html`` laid out on ``writer``'s pages, as the packet prints it: no table row cut
    in two by a page break, and a block kept whole (a chart with its caption) moved to the
    next page rather than cut (see pagination.py). A table whose first row is cut and
    that is not kept whole is left as it is, and the rows after it are still looked at."""
    doc = _layout_once(html, writer)
    left: set[int] = set()
    for _ in range(pagination.MAX_BREAKS):
        cut = pagination.first_cut_row(doc, left)
        if cut is None:
            break
        if cut[1] == 0:
            moved = pagination.keep_on_next_page(html, cut[0])
            if moved is None:
                left.add(cut[0])
                continue
            html = moved
        else:
            html = pagination.break_before(html, *cut)
        doc = _layout_once(html, writer)
    return doc


def _print(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Print ``doc``, already laid out on ``writer``'s pages, page by page as
    QTextDocument.print_ does, but with lossless images: print_'s painter hands Qt's PDF
    writer every colour image to store as JPEG, which blurs a chart's lines and text
    and makes it twice the size of the PNG it came from."""
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    size = doc.pageSize()
    layout = doc.documentLayout()
    try:
        for page in range(doc.pageCount()):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * size.height())
            view = QRectF(0, page * size.height(), size.width(), size.height())
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            layout.draw(painter, context)
            painter.restore()
    finally:
        painter.end()


def _layout_once(html: str, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(f"<html><body>{html}</body></html>")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    return doc


def html_to_pdf(html: str, paper: str) -> bytes:
    """Lay out one part (a section, the summary...) on as many pages as it needs."""
    return LaidOut(html, paper).pdf()


@dataclass(frozen=True)
class TableRow:
    """Where one body row of a table lands in the PDF that :class:`LaidOut` prints: its
    page (0-based, within that part), its rectangle in PDF points (left, bottom, right,
    top; origin at the page's lower-left corner) and each cell's plain text."""

    page: int
    rect: tuple[float, float, float, float]
    cells: tuple[str, ...]


class LaidOut:
    """One part laid out once on the packet's paper: its page count, its PDF and where its
    table rows land all come from the same layout. The contents and the records index are
    laid out to learn their length, printed only when the page numbers they show hold,
    and their rows become links without laying them out again."""

    def __init__(self, html: str, paper: str):
        ensure_qt()
        self.paper = paper
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self._writer = _writer(self._buffer, paper)
        self._doc = _laid_out(html, self._writer)

    @property
    def pages(self) -> int:
        return self._doc.pageCount()

    def pdf(self) -> bytes:
        """Print it (once: the writer cannot start again). The document is finished when
        printing ends its painter; the layout stays, so ``rows`` still answers."""
        _print(self._doc, self._writer)
        self._buffer.close()
        return bytes(self._data.data())

    def rows(self) -> list[TableRow]:
        """Every body row (header rows left out) of every table, in document order."""
        doc, writer, paper = self._doc, self._writer, self.paper
        layout = doc.documentLayout()
        # Where the printed page's painting starts, in points (the margins, unrounded).
        paint = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
        page_height = doc.pageSize().height()
        to_points = 72 / writer.resolution()
        _, sheet_height = page_size_points(paper)
        # Cell padding is given in CSS pixels (1/96 inch); the layout is in device pixels.
        css_px = writer.logicalDpiY() / 96

        def tables(frame: QTextFrame) -> list[QTextTable]:
            found: list[QTextTable] = []
            for child in frame.childFrames():
                if isinstance(child, QTextTable):
                    found.append(child)
                found += tables(child)
            return found

        rows: list[TableRow] = []
        for table in tables(doc.rootFrame()):
            pad = table.format().cellPadding() * css_px
            for r in range(table.format().headerRowCount(), table.rows()):
                top, bottom = float("inf"), float("-inf")
                left, right = float("inf"), float("-inf")
                cells = []
                for c in range(table.columns()):
                    cell = table.cellAt(r, c)
                    if cell.row() != r or cell.column() != c:
                        continue  # covered by a spanning cell
                    block = cell.firstCursorPosition().block()
                    texts = []
                    while block.isValid() and block.position() <= cell.lastPosition():
                        rect = layout.blockBoundingRect(block)
                        upper, lower = pagination.block_extent(layout, block)
                        top, bottom = min(top, upper), max(bottom, lower)
                        left, right = min(left, rect.left()), max(right, rect.right())
                        texts.append(block.text())
                        block = block.next()
                    cells.append("\n".join(texts).strip())
                if top > bottom:
                    continue
                page = int(top // page_height)
                # A row taller than what is left of its page ends where the page ends.
                y0 = top - pad - page * page_height
                y1 = min(bottom + pad - page * page_height, page_height)
                x0, x1 = left - pad, right + pad
                rows.append(
                    TableRow(
                        page,
                        (
                            paint.left() + x0 * to_points,
                            sheet_height - paint.top() - y1 * to_points,
                            paint.left() + x1 * to_points,
                            sheet_height - paint.top() - max(y0, 0.0) * to_points,
                        ),
                        tuple(cells),
                    )
                )
        return rows


CHART_HEIGHT_MM = 50.0  # a trend chart's height on paper
CHART_FONT_PT = 8.0  # its scale and date labels


def chart_img(
    points: Sequence[tuple[date, float]],
    *,
    unit: str,
    reference: str,
    paper: str,
    date_text: Callable[[date], str],
) -> str:
    """A lab test's trend chart (core/chart.py) as an ``<img>`` for the packet's rich
    text: as wide as the text, 5 cm tall, drawn at the packet's 300 dpi so it prints
    sharp. The PNG travels in the HTML as a data URL, so every layout of the part (the
    page count, the pagination's passes, the printing) has the image without more."""
    from secondop_desktop.core.chart import trend_png

    ensure_qt()
    layout = QPageLayout(
        QPageSize(PAPER_IDS[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )
    width_in = layout.paintRect(QPageLayout.Unit.Inch).width()
    height_in = CHART_HEIGHT_MM / 25.4
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(round(CHART_FONT_PT / 72 * RESOLUTION))
    png = trend_png(
        points,
        unit=unit,
        reference=reference,
        size=(round(width_in * RESOLUTION), round(height_in * RESOLUTION)),
        font=font,
        date_text=date_text,
    )
    # The rich text sizes an image in CSS pixels (96 to the inch) on every paint device.
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" '
        f'width="{int(width_in * 96)}" height="{round(height_in * 96)}" />'
    )


def footers_pdf(
    sizes: list[tuple[float, float]], left: str, first_number: int, total: int
) -> bytes:
    """One footer band per page: ``left`` (the patient's name and date of birth) and
    "Page N of M" on the right, each band as wide as its page."""
    ensure_qt()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)  # one unit per point
    writer.setCreator("SecondOp")

    def size_for(width: float) -> QPageSize:
        return QPageSize(
            QSizeF(width, FOOTER_HEIGHT),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )

    writer.setPageSize(size_for(sizes[0][0]) if sizes else size_for(200))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(writer)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    page_of = translate("render", "Page {page} of {total}")
    for i, (width, _height) in enumerate(sizes):
        if i:
            writer.setPageSize(size_for(width))
            writer.newPage()
        inset = min(18 * MM, width * 0.08)
        painter.setPen(QPen(QColor("#9aa5b1"), 0.5))
        painter.drawLine(QPointF(inset, 4), QPointF(width - inset, 4))
        painter.setPen(QColor("#444444"))
        band = QRectF(inset, 5, width - 2 * inset, FOOTER_HEIGHT - 7)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(
            band,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            page_of.format(page=first_number + i, total=total),
        )
    painter.end()
    del writer
    buffer.close()
    return bytes(data.data())
