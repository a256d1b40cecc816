"""In-app preview from memory: PDFs with QtPdf (pages, zoom), images with zoom and rotate.

Nothing decrypted is written to disk here: the bytes go from the vault into a QBuffer.
"""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop import records

EMPTY, PDF, IMAGE, ERROR = range(4)


def _pillow_image(data: bytes, page: int) -> QImage:
    """Fallback decoder (HEIC, unusual TIFFs) through Pillow, into a QImage."""
    from PIL import Image, ImageOps

    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    with Image.open(io.BytesIO(data)) as img:
        img.seek(page)
        shown = ImageOps.exif_transpose(img.copy()) or img.copy()
    out = io.BytesIO()
    shown.convert("RGB").save(out, "PNG")
    image = QImage()
    image.loadFromData(out.getvalue())
    return image


def _read_with_qt(data: bytes, page: int | None) -> tuple[int, QImage | None]:
    """Image count, and the image at ``page`` (None when not asked or not reachable).

    The reader is destroyed before its buffer: Qt's TIFF plugin touches the device in
    its destructor, and Python may free locals in any order (that was a crash).
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    try:
        reader.setAutoTransform(True)
        count = reader.imageCount()
        image = None
        if page is not None and (page == 0 or reader.jumpToImage(page)):
            image = reader.read()
        return count, image
    finally:
        del reader
        buffer.close()


class RecordPreview(QWidget):
    rotate_requested = Signal(int, int)  # record id, new rotation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: records.Record | None = None
        self._data = b""
        self._buffer: QBuffer | None = None
        self._image_page = 0
        self._image_zoom = 1.0
        self._image_pages = 1

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setAccessibleName("Record preview")
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAccessibleName("Image preview")
        self.message = QLabel("Select a record to see it here.")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#666;")
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.stack = QStackedWidget()
        for view in (self.message, self.pdf_view, self.image_scroll, self.error):
            self.stack.addWidget(view)

        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setAccessibleName("Page")
        self.page.setPrefix("Page ")
        self.page_count = QLabel()
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName("Zoom out")
        self.zoom_out.setToolTip("Zoom out (Ctrl+-)")
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName("Zoom in")
        self.zoom_in.setToolTip("Zoom in (Ctrl++)")
        self.fit = QToolButton()
        self.fit.setText("Fit")
        self.fit.setAccessibleName("Fit to width")
        self.rotate = QPushButton("Rotate")
        self.rotate.setAccessibleName("Rotate a quarter turn")
        self.rotate.setToolTip("Turn the image a quarter turn clockwise (kept in the vault)")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for control in (self.page, self.page_count):
            bar.addWidget(control)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.rotate):
            bar.addWidget(button)
        self.toolbar = QWidget()
        self.toolbar.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self.page.valueChanged.connect(self._go_to_page)
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.fit.clicked.connect(self._fit)
        self.rotate.clicked.connect(self._rotate)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        self.clear()

    # -- loading -------------------------------------------------------------------------
    def clear(self) -> None:
        self.record = None
        self.document.close()
        self._buffer = None
        self._data = b""
        self.image_label.clear()
        self.stack.setCurrentIndex(EMPTY)
        self.toolbar.setEnabled(False)

    def show_record(self, record: records.Record, data: bytes, page: int = 1) -> None:
        self.clear()
        self.record = record
        self._data = data
        self.toolbar.setEnabled(True)
        if record.is_pdf:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() != QPdfDocument.Status.Ready:
                self._show_error("This PDF cannot be shown here. Try Open in viewer.")
                return
            count = self.document.pageCount()
            self.rotate.setVisible(False)
            self.stack.setCurrentIndex(PDF)
        else:
            count = self._load_image_pages(data)
            self.rotate.setVisible(True)
            self._image_zoom = 0.0  # fit
            self.stack.setCurrentIndex(IMAGE)
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        self.page.setValue(min(max(1, page), max(1, count)))
        self.page.blockSignals(False)
        self.page_count.setText(f"of {count}")
        self._go_to_page(self.page.value())

    def _load_image_pages(self, data: bytes) -> int:
        count, _ = _read_with_qt(data, None)
        self._image_pages = count if count > 0 else (self.record.page_count if self.record else 1)
        return self._image_pages

    def _image(self, page: int) -> QImage:
        _, image = _read_with_qt(self._data, page)
        if image is None or image.isNull():
            return _pillow_image(self._data, page)
        return image

    def _render_image(self) -> None:
        if self.record is None:
            return
        try:
            image = self._image(self.page.value() - 1)
        except Exception:  # a decoder failure must not take the window down
            self._show_error("This image cannot be shown here. Try Open in viewer.")
            return
        if self.record.rotation:
            image = image.transformed(QTransform().rotate(self.record.rotation))
        pixmap = QPixmap.fromImage(image)
        if self._image_zoom == 0.0:
            width = max(100, self.image_scroll.viewport().width() - 8)
            pixmap = pixmap.scaledToWidth(
                min(width, pixmap.width()), Qt.TransformationMode.SmoothTransformation
            )
        else:
            pixmap = pixmap.scaled(
                pixmap.size() * self._image_zoom,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image_label.setPixmap(pixmap)
        self.image_label.setAccessibleName(f"{self.record.title}, page {self.page.value()}")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.stack.setCurrentIndex(ERROR)

    # -- navigation ------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.page.value()

    def _go_to_page(self, page: int) -> None:
        if self.stack.currentIndex() == PDF:
            nav = self.pdf_view.pageNavigator()
            if nav.currentPage() != page - 1:
                nav.jump(page - 1, QPointF(), nav.currentZoom())
        elif self.stack.currentIndex() == IMAGE:
            self._render_image()

    def _pdf_page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)

    def _zoom(self, factor: float) -> None:
        if self.stack.currentIndex() == PDF:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(max(0.1, min(8.0, self.pdf_view.zoomFactor() * factor)))
        elif self.stack.currentIndex() == IMAGE:
            if self._image_zoom == 0.0:
                self._image_zoom = 1.0
            self._image_zoom = max(0.05, min(8.0, self._image_zoom * factor))
            self._render_image()

    def _fit(self) -> None:
        if self.stack.currentIndex() == PDF:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self._image_zoom = 0.0
            self._render_image()

    def _rotate(self) -> None:
        if self.record is not None and not self.record.is_pdf:
            self.rotate_requested.emit(self.record.id, (self.record.rotation + 90) % 360)

    def set_rotation(self, record: records.Record) -> None:
        """Show the saved rotation of the record being previewed."""
        if self.record is not None and record.id == self.record.id:
            self.record = record
            self._render_image()
