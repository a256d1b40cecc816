"""Edit > Undo, Redo, Cut, Copy, Paste, Select All: what every desktop program's Edit menu
has (issue 21). They act on the text field that has the focus, through that field's own
methods, so its own undo history is the one used; with no text field focused they are
disabled when the menu opens."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# The texts are marked here (QT_TRANSLATE_NOOP, typed ``object``) and translated where the
# menu is built, in the language installed then.
SPECS: tuple[tuple[object, QKeySequence.StandardKey, str] | None, ...] = (
    (QT_TRANSLATE_NOOP("edit_actions", "&Undo"), QKeySequence.StandardKey.Undo, "undo"),
    (QT_TRANSLATE_NOOP("edit_actions", "&Redo"), QKeySequence.StandardKey.Redo, "redo"),
    None,
    (QT_TRANSLATE_NOOP("edit_actions", "Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
    (QT_TRANSLATE_NOOP("edit_actions", "&Copy"), QKeySequence.StandardKey.Copy, "copy"),
    (QT_TRANSLATE_NOOP("edit_actions", "&Paste"), QKeySequence.StandardKey.Paste, "paste"),
    None,
    (
        QT_TRANSLATE_NOOP("edit_actions", "Select &All"),
        QKeySequence.StandardKey.SelectAll,
        "selectAll",
    ),
)
_AVAILABLE = {"undo": "isUndoAvailable", "redo": "isRedoAvailable"}


def _target(name: str) -> QWidget | None:
    """The focused widget if it can do ``name`` (a spin box or date field: its line edit)."""
    widget = QApplication.focusWidget()
    if widget is not None and not callable(getattr(widget, name, None)):
        inner = getattr(widget, "lineEdit", None)
        widget = inner() if callable(inner) else None
    if widget is None or not callable(getattr(widget, name, None)):
        return None
    return widget


def _run(name: str) -> None:
    widget = _target(name)
    if widget is not None:
        getattr(widget, name)()


def add_to(menu: QMenu, parent: QWidget) -> list[QAction]:
    """Add the text actions to the top of ``menu``; returns them (for tests)."""
    actions: list[QAction] = []
    first = menu.actions()[0] if menu.actions() else None
    for spec in SPECS:
        if spec is None:
            menu.insertSeparator(first) if first else menu.addSeparator()
            continue
        text, key, name = spec
        action = QAction(translate("edit_actions", str(text)), parent)
        action.setShortcut(QKeySequence(key))
        action.setProperty("needs_vault", False)
        action.setProperty("text_method", name)
        action.triggered.connect(lambda _checked=False, n=name: _run(n))
        if first:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)
        actions.append(action)
    if first:
        menu.insertSeparator(first)

    def refresh() -> None:
        for action in actions:
            name = str(action.property("text_method"))
            widget = _target(name)
            check = getattr(widget, _AVAILABLE.get(name, ""), None) if widget else None
            action.setEnabled(widget is not None and (not callable(check) or bool(check())))

    menu.aboutToShow.connect(refresh)
    return actions
