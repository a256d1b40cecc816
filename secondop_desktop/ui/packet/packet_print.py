"""Print the packet through the system's print dialog: it is built into the private temp
folder (wiped on lock and quit), then each page is drawn at the printer's resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from secondop_desktop import packet
from secondop_desktop.i18n import translate
from secondop_desktop.records import viewer_temp
from secondop_desktop.ui.common import dialogs
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner

RENDER_DPI = 300
_next_printer: QPrinter | None = None  # tests hand in a PDF printer instead of the dialog


def use_printer_next(printer: QPrinter) -> None:
    global _next_printer
    _next_printer = printer


def print_packet(
    parent: QWidget, state: AppState, runner: TaskRunner, spec: packet.PacketSpec
) -> None:
    path = viewer_temp.private_path(f"packet-print-{spec.case_id}.pdf")
    runner.run(
        packet.build_packet,  # with its own connection, opened and locked by the runner
        spec,
        path,
        vault=state.vault,
        title=translate("packet_print", "Preparing the packet for printing"),
        on_done=lambda result: _choose_printer_and_print(parent, result.path),
        on_error=lambda exc: dialogs.error(
            parent,
            translate("packet_print", "Print"),
            str(exc) or translate("packet_print", "Printing failed."),
        ),
        parent_widget=parent,
    )


def _choose_printer_and_print(parent: QWidget, path: Path) -> None:
    global _next_printer
    printer, _next_printer = _next_printer, None
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("packet_print", "Print the packet"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
    render_to_printer(path, printer)


def render_to_printer(path: Path, printer: QPrinter) -> int:
    """Draw every page (or the range chosen in the dialog) fitted to the paper; returns
    the number of pages printed."""
    from PySide6.QtGui import QPainter

    document = QPdfDocument()
    document.load(str(path))
    first, last = printer.fromPage(), printer.toPage()
    pages = range((first - 1) if first else 0, last if last else document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("packet_print", "The printer could not be opened."))
    dpi = printer.resolution()
    printed = 0
    try:
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(dpi)
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QSize(int(points.width() * scale), int(points.height() * scale))
            # Render at no more than 300 dpi (sharp on paper; 1200 dpi would take seconds
            # and hundreds of megabytes a page), then let the printer scale it up.
            render_scale = min(1.0, RENDER_DPI / dpi)
            image = document.render(
                index,
                QSize(int(target.width() * render_scale), int(target.height() * render_scale)),
            )
            x = (area.width() - target.width()) // 2
            painter.drawImage(QRect(x, 0, target.width(), target.height()), image)
            printed += 1
    finally:
        painter.end()
        document.close()
    return printed
