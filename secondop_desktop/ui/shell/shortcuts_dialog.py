"""Help > Keyboard Shortcuts: every key the window answers, read from its menus.

The list is made from the menu bar's actions each time it opens, so a shortcut added to a
menu is listed without anyone remembering to, and the keys are shown as this system
writes them (Ctrl on Linux and Windows, ⌘ on a Mac). The keys no menu holds (moving
between controls, tabs and rows) are listed after them (issue 18).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate
from secondop_desktop.ui.common.widgets import fitted_size

# (keys, what they do): marked here, translated when the dialog is built.
MOVING = (
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "The next / previous control"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Ctrl+Tab / Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "The next / previous tab"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Ctrl+PgDown / Ctrl+PgUp"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "The next / previous tab"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Arrow keys"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Move in a list or table"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Space"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Tick or untick the box that has the focus"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP(
            "shortcuts_dialog", "The button or field it names (hold Alt to see the letters)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Esc"),
        QT_TRANSLATE_NOOP("shortcuts_dialog", "Close a dialog without changing anything"),
    ),
)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has keys, in menu order."""
    rows: list[tuple[str, str, str]] = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if not isinstance(action, QAction) or action.isSeparator():
                continue
            keys = action.shortcut()
            if keys.isEmpty():
                continue
            rows.append(
                (
                    _plain(top.text()),
                    _plain(action.text()),
                    keys.toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("shortcuts_dialog", "Keyboard Shortcuts"))
        in_menu = translate("shortcuts_dialog", "{command} ({menu} menu)")
        rows = [
            (keys, in_menu.format(command=command, menu=menu))
            for menu, command, keys in menu_shortcuts(bar)
        ]
        rows += [
            (translate("shortcuts_dialog", str(keys)), translate("shortcuts_dialog", str(what)))
            for keys, what in MOVING
        ]
        self._rows = rows
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(translate("shortcuts_dialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("shortcuts_dialog", "Keys"), translate("shortcuts_dialog", "What they do")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "shortcuts_dialog",
                "The keys for the menus' commands, then for moving around a page.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 48
        self.resize(fitted_size(width, self.fontMetrics().height() * 36))

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do), as listed."""
        return list(self._rows)
