"""Ctrl+Page Down and Ctrl+Page Up: the next and the previous tab, wherever the focus is.

Qt's tab widget answers Ctrl+Tab itself, but not Ctrl+Page Down / Page Up, which browsers
and most desktop applications use too (issue 18). One pair of window shortcuts turns the
innermost tab widget around the focus (the Health page's own tabs when the focus is in
them, the case's sections otherwise): a shortcut per tab widget would be ambiguous where
tab widgets nest, and Qt would run neither.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


def install(window: QWidget) -> None:
    for keys, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | keys), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda step=step: switch_tab(window, step))


def switch_tab(window: QWidget, step: int) -> None:
    """Move the innermost tab widget around the focus (else the window's first shown one)
    ``step`` tabs on, wrapping around, past tabs that are turned off."""
    tabs = _around(QApplication.focusWidget(), window)
    if tabs is None:
        tabs = next((t for t in window.findChildren(QTabWidget) if t.isVisible()), None)
    if tabs is None or tabs.count() < 2:
        return
    index = tabs.currentIndex()
    for _ in range(tabs.count()):
        index = (index + step) % tabs.count()
        if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            return


def _around(widget: QWidget | None, window: QWidget) -> QTabWidget | None:
    while widget is not None and widget is not window:
        if isinstance(widget, QTabWidget):
            return widget
        widget = widget.parentWidget()
    return None
