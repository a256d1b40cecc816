"""Flush on every exit (STYLE.md rule 15): an editing page saves what is pending when the
user locks, quits, lets auto-lock fire, switches case or switches tab.

An autosave timer alone loses the last words typed within its delay. Every editor with
such a timer implements :class:`Flushable`; the shell calls :func:`flush_all` on the case
page, which finds them wherever they sit (a page may hold several editors).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class Flushable(Protocol):
    def flush(self) -> None:
        """Save what is pending now (an invalid value stays, with its message shown)."""


def flush_all(root: QWidget) -> None:
    """Flush ``root`` and every editor inside it."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, Flushable) and widget is not root:
            widget.flush()
