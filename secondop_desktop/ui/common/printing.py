"""The system's print dialog, in one place, with a hook for tests: they hand in a PDF
printer instead (a real QPrinter writing a file), so what is printed can be read back."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

_next_printer: QPrinter | None = None


def use_printer_next(printer: QPrinter) -> None:
    global _next_printer
    _next_printer = printer


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """A printer the user chose (None if they cancelled)."""
    global _next_printer
    printer, _next_printer = _next_printer, None
    if printer is not None:
        return printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
