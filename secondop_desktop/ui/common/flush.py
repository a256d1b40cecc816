"""Flush on every exit (STYLE.md rule 15): an editing page saves what is pending when the
user locks, quits, lets auto-lock fire, switches case or switches tab.

An autosave timer alone loses the last words typed within its delay. Every editor with
such a timer implements :class:`Flushable` and registers itself; the shell calls
:func:`flush_all` on the case page, which flushes those inside it.
"""

from __future__ import annotations

import weakref
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class Flushable(Protocol):
    def flush(self) -> None:
        """Save what is pending now (an invalid value stays, with its message shown)."""


# Editors register themselves when made: walking every child widget of the case page to
# find them took about 30 ms, on every tab switch, on the UI thread.
_live: weakref.WeakSet[QWidget] = weakref.WeakSet()


def register(editor: QWidget) -> None:
    """Called by an editor (a QWidget with ``flush``) in its constructor."""
    assert isinstance(editor, Flushable)
    _live.add(editor)


def flush_all(root: QWidget) -> None:
    """Flush every registered editor inside ``root``."""
    for editor in list(_live):
        try:
            inside = root.isAncestorOf(editor)
        except RuntimeError:  # its C++ side is gone: nothing left to save
            continue
        if inside and isinstance(editor, Flushable):
            editor.flush()


def flush_windows() -> None:
    """Flush every registered editor that is a window of its own (an open edit dialog):
    called before lock and quit close them."""
    for editor in list(_live):
        try:
            own_window = editor.isWindow() and editor.isVisible()
        except RuntimeError:
            continue
        if own_window and isinstance(editor, Flushable):
            editor.flush()
