"""A Save/Cancel dialog that loses nothing (STYLE.md rule 15, issue 12).

Cancel, Escape or the window's close button with changes made asks "Save, Discard or Keep
editing"; locking, auto-lock and quitting save the changes first (the shell flushes every
registered editor, dialogs included), because after the lock nobody can be asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import dialogs, flush


class EditDialog(QDialog):
    """A dialog that edits and saves something. Subclasses pass ``snapshot`` (what the
    form holds, comparable) and ``commit`` (check and store it; show the problem and return
    False if it cannot be stored), then call :meth:`mark_clean` once the form is filled."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        snapshot: Callable[[], object],
        commit: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._snapshot, self._commit = snapshot, commit
        self._clean: object = None
        flush.register(self)

    def mark_clean(self) -> None:
        self._clean = self._snapshot()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._clean

    def save_and_close(self) -> None:
        if self._commit():
            self.mark_clean()
            self.accept()

    def reject(self) -> None:
        if self.isVisible() and self.is_dirty():
            choice = dialogs.ask_unsaved(
                self,
                self.windowTitle(),
                translate("edit_dialog", "Save the changes you made before closing?"),
            )
            if choice == "keep":
                return
            if choice == "save":
                self.save_and_close()
                return
        super().reject()

    def flush(self) -> None:
        """Lock, auto-lock or quit: store the changes now (nobody can be asked after)."""
        if self.isVisible() and self.is_dirty() and self._commit():
            self.mark_clean()
