"""In-app preview of a record, one page at a time: pages, zoom, fit to width, rotate.

The record's bytes are untrusted, so this window never decodes them: a sandboxed worker
(:mod:`preview_renderer`, time and memory limits) draws the page asked for at the size it
is shown (visible width × zoom × the screen's pixel ratio, the long side capped) and
hands back a small picture. Meanwhile the window stays responsive and says which page is
loading; a newer request makes an older result moot; a page that cannot be drawn gets a
sentence naming it and pointing to Open in viewer. Nothing decrypted is written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
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
from secondop_desktop.i18n import translate
from secondop_desktop.records import preview
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.records.preview_renderer import PreviewRenderer, Request

EMPTY, PAGE, ERROR, LOADING = range(4)
PDF = IMAGE = PAGE  # one view draws both now
POLL_MS = 15
LOADING_AFTER_MS = 250  # flipping pages keeps the last one on screen this long
RESIZE_AFTER_MS = 150
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


def _turn_tip() -> str:
    return translate(
        "record_preview", "Turn the image a quarter turn clockwise (kept in the vault)"
    )


class RecordPreview(QWidget):
    rotate_requested = Signal(int, int)  # record id, new rotation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: records.Record | None = None
        self._data = b""
        self._zoom = 1.0  # 1.0 = fit to width
        self._request_id = 0
        self._asked_width = 0  # the visible width the shown (or awaited) page was drawn for
        self.renderer = PreviewRenderer()

        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The theme's mid tone around a page, so a white page's edges show in any theme.
        self.image_label.setStyleSheet("background: palette(mid);")
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setAccessibleName(translate("record_preview", "Record preview"))
        self.message = QLabel(translate("record_preview", "Select a record to see it here."))
        self.loading = QLabel()
        for label in (self.message, self.loading):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            colours.mute(label)
        self.error = QLabel()
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.error.setContentsMargins(24, 0, 24, 0)
        self.error.setAccessibleName(translate("record_preview", "Preview message"))
        self.stack = QStackedWidget()
        for view in (self.message, self.image_scroll, self.error, self.loading):
            self.stack.addWidget(view)

        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.setAccessibleName(translate("record_preview", "Page"))
        self.page.setPrefix(translate("record_preview", "Page "))
        self.page.setKeyboardTracking(False)  # typing "12" asks for page 12, not 1 then 12
        self.page_count = QLabel()
        self.zoom_out = QToolButton()
        self.zoom_out.setText("−")
        self.zoom_out.setAccessibleName(translate("record_preview", "Zoom out"))
        self.zoom_out.setToolTip(translate("record_preview", "Zoom out (Ctrl+-)"))
        self.zoom_in = QToolButton()
        self.zoom_in.setText("+")
        self.zoom_in.setAccessibleName(translate("record_preview", "Zoom in"))
        self.zoom_in.setToolTip(translate("record_preview", "Zoom in (Ctrl++)"))
        self.fit = QToolButton()
        self.fit.setText(translate("record_preview", "Width"))
        self.fit.setAccessibleName(translate("record_preview", "Fit to width"))
        self.fit.setToolTip(translate("record_preview", "Fit the page's width"))
        self.fit_page = QToolButton()
        self.fit_page.setText(translate("record_preview", "Page"))
        self.fit_page.setAccessibleName(translate("record_preview", "Fit the whole page"))
        self.fit_page.setToolTip(translate("record_preview", "Show the whole page"))
        self.rotate = QPushButton(translate("record_preview", "Rotate"))
        self.rotate.setAccessibleName(translate("record_preview", "Rotate a quarter turn"))
        self.rotate.setToolTip(_turn_tip())
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for control in (self.page, self.page_count):
            bar.addWidget(control)
        bar.addStretch(1)
        for button in (self.zoom_out, self.zoom_in, self.fit, self.fit_page):
            bar.addWidget(button)
        # Rotate stays in its own place, apart, for PDFs too (disabled): buttons that move
        # between records turned a click meant for Fit into a saved rotation (issue 21).
        bar.addSpacing(16)
        bar.addWidget(self.rotate)
        self.toolbar = QWidget()
        self.toolbar.setLayout(bar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_AFTER_MS)
        self._resize_timer.timeout.connect(self._refit)

        self.page.valueChanged.connect(self._go_to_page)
        self.zoom_in.clicked.connect(lambda: self._zoom_by(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom_by(0.8))
        self.fit.clicked.connect(self._fit)
        self.fit_page.clicked.connect(self._fit_whole_page)
        self.rotate.clicked.connect(self._rotate)
        renderer = self.renderer
        self.destroyed.connect(lambda *_: renderer.close(0.5))  # never leave a worker behind
        self.clear()

    # -- loading -------------------------------------------------------------------------
    def clear(self) -> None:
        """Show nothing and end the worker (on lock and quit: no decrypted bytes stay in
        another process)."""
        self._reset()
        self.renderer.close()

    def _reset(self) -> None:
        self.record = None
        self._data = b""
        self._media_type = ""
        self._request_id += 1  # whatever is still being drawn is for nobody
        self._poll_timer.stop()
        self._loading_timer.stop()
        self._resize_timer.stop()
        self.image_label.clear()
        self.image_label.setAccessibleName("")
        self.stack.setCurrentIndex(EMPTY)
        self.toolbar.setEnabled(False)

    def show_record(
        self,
        record: records.Record,
        data: bytes,
        page: int = 1,
        media_type: str | None = None,
    ) -> None:
        """Show ``data``: the record's file, or the picture shown for it (a straightened
        photo, ``media_type`` then says what it is)."""
        self._reset()
        self.record = record
        self._data = data
        self._media_type = media_type or record.media_type
        self._zoom = 1.0
        self.toolbar.setEnabled(True)
        self.rotate.setEnabled(not record.is_pdf)
        self.rotate.setToolTip(
            translate("record_preview", "PDF pages are shown as their source has them")
            if record.is_pdf
            else _turn_tip()
        )
        self.image_scroll.setAccessibleName(
            translate("record_preview", "Record preview")
            if record.is_pdf
            else translate("record_preview", "Image preview")
        )
        count = max(1, record.page_count)  # counted at import; the worker's count wins
        self._set_count(count, min(max(1, page), count))
        self._render(loading_now=True)

    def busy(self) -> bool:
        """A page is being drawn (or its picture not yet shown)."""
        return self._poll_timer.isActive()

    def _set_count(self, count: int, value: int | None = None) -> None:
        self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        if value is not None:
            self.page.setValue(value)
        self.page.blockSignals(False)
        self.page_count.setText(translate("record_preview", "of {count}").format(count=count))

    def _visible_width(self) -> int:
        """The scroll area's width less a scroll bar (a tall page shows one): no sideways
        scrolling at fit to width."""
        bar = self.image_scroll.verticalScrollBar().sizeHint().width()
        frame = 2 * self.image_scroll.frameWidth()
        return max(100, self.stack.width() - bar - frame - 4)

    def _render(self, loading_now: bool = False) -> None:
        if self.record is None:
            return
        self._request_id += 1
        self._asked_width = self._visible_width()
        ratio = self.devicePixelRatioF()
        self.renderer.request(
            Request(
                self._request_id,
                self._data,
                self._media_type,
                self.page.value() - 1,
                round(self._asked_width * self._zoom * ratio),
                preview.MAX_LONG_SIDE,
                0 if self.record.is_pdf else self.record.rotation,
            )
        )
        self._poll_timer.start()
        if loading_now or self.stack.currentIndex() != PAGE:
            self._show_loading()
        else:
            self._loading_timer.start()

    def _show_loading(self) -> None:
        if self.record is not None and self._poll_timer.isActive():
            self.loading.setText(
                translate("record_preview", "Loading page {page}…").format(page=self.page.value())
            )
            self.stack.setCurrentIndex(LOADING)

    def _poll(self) -> None:
        taken = self.renderer.take_result()
        if taken is None:
            if not self.renderer.busy:
                self._poll_timer.stop()
            return
        request_id, outcome = taken
        if request_id != self._request_id or self.record is None:
            return  # superseded: a newer page, zoom or record was asked for since
        self._poll_timer.stop()
        self._loading_timer.stop()
        if outcome.reason is not None:
            self._show_error(preview.sentence(outcome.reason, outcome.stopped))
            return
        self._show_page(outcome.parsed)

    def _show_page(self, drawn: preview.Rendered) -> None:
        assert self.record is not None
        fmt = QImage.Format.Format_RGB888 if drawn.rgb else QImage.Format.Format_Grayscale8
        line = drawn.width * (3 if drawn.rgb else 1)
        image = QImage(drawn.pixels, drawn.width, drawn.height, line, fmt).copy()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        if drawn.page_count != self.page.maximum():
            self._set_count(drawn.page_count)
        self.image_label.setPixmap(pixmap)
        self.image_label.setAccessibleName(
            translate("record_preview", "{title}, page {page}").format(
                title=self.record.title, page=self.page.value()
            )
        )
        self.stack.setCurrentIndex(PAGE)

    def _show_error(self, sentence: str) -> None:
        self.image_label.clear()
        self.error.setText(
            translate(
                "record_preview",
                "Page {page} cannot be shown here. {reason} To see it, use Open in viewer.",
            ).format(page=self.page.value(), reason=sentence)
        )
        self.stack.setCurrentIndex(ERROR)

    # -- navigation ------------------------------------------------------------------------
    def current_page(self) -> int:
        return self.page.value()

    def _go_to_page(self, _page: int) -> None:
        self.image_scroll.verticalScrollBar().setValue(0)
        self._render()

    def _zoom_by(self, factor: float) -> None:
        if self.record is not None:
            self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom * factor))
            self._render()

    def _fit(self) -> None:
        if self.record is not None:
            self._zoom = 1.0
            self._render()

    def _fit_whole_page(self) -> None:
        """The whole page in view: the width-fit zoom scaled by how much taller the page
        is than the view (known from the last picture drawn)."""
        picture = self.image_label.pixmap()
        if self.record is None or picture is None or picture.isNull():
            return
        ratio = picture.devicePixelRatio() or 1.0
        shown_w, shown_h = picture.width() / ratio, picture.height() / ratio
        if shown_w <= 0 or shown_h <= 0:
            return
        at_fit_width = shown_h * (self._asked_width / shown_w)  # the page's height at zoom 1
        room = max(100, self.image_scroll.viewport().height() - 8)
        self._zoom = max(MIN_ZOOM, min(1.0, room / at_fit_width))
        self._render()

    def _refit(self) -> None:
        if self.record is not None and abs(self._visible_width() - self._asked_width) > 4:
            self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.record is not None:
            self._resize_timer.start()

    def _rotate(self) -> None:
        if self.record is not None and not self.record.is_pdf:
            self.rotate_requested.emit(self.record.id, (self.record.rotation + 90) % 360)

    def set_rotation(self, record: records.Record) -> None:
        """Show the saved rotation of the record being previewed."""
        if self.record is not None and record.id == self.record.id:
            rotated = record.rotation != self.record.rotation
            self.record = record
            if rotated:
                self._render()
