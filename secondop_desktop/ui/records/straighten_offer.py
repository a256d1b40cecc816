"""The offer to straighten a photo of paper, beside the record (issue 20): said when text
recognition found a sheet taken at an angle, and, once straightened, how to go back to the
photo. The work (finding the sheet, laying it flat) runs in a sandbox worker with progress
and Cancel; the choice is the user's, in the before-and-after dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from secondop_desktop import records
from secondop_desktop.core.jobs import CancelToken, Progress
from secondop_desktop.i18n import translate
from secondop_desktop.records import straightening
from secondop_desktop.records.straighten import Corners, Straightened
from secondop_desktop.ui.common import colours
from secondop_desktop.ui.common.state import AppState
from secondop_desktop.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from secondop_desktop.ui.records.straighten_dialog import StraightenDialog


def _prepare(
    vault: Any, record_id: int, *, cancel: CancelToken, progress: Progress
) -> tuple[Corners, Straightened] | None:
    """On a worker: the sheet's corners (found before, or looked for now) and the page laid
    flat; None when no sheet is seen."""
    progress(0, 2, translate("straighten_offer", "Looking for the edges of the sheet…"))
    corners = straightening.find(vault, record_id, cancel)
    if corners is None:
        return None
    progress(1, 2, translate("straighten_offer", "Laying the page flat…"))
    return corners, straightening.make(vault, record_id, corners, cancel)


class StraightenBar(QFrame):
    """Shown for the current record while an offer waits or after straightening.
    ``decided(record_id)`` after the user chose (the picture shown has changed)."""

    decided = Signal(int)
    # Whether the record shown may be straightened by hand (from its details): a photo the
    # bar says nothing about. Said on every change, also when reading finds a sheet and
    # the bar appears under the user's eyes, so the two never offer it at once.
    by_hand = Signal(bool)

    def __init__(self, state: AppState, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.runner = state, runner
        self.record: records.Record | None = None
        self.dialog: StraightenDialog | None = None  # before and after, while it is open
        colours.tint(self, colours.INFO)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.straighten_button = QPushButton(translate("straighten_offer", "Strai&ghten…"))
        self.straighten_button.setToolTip(
            translate("straighten_offer", "See the page laid flat before choosing")
        )
        self.keep_button = QPushButton(translate("straighten_offer", "Keep it this wa&y"))
        self.keep_button.setToolTip(
            translate("straighten_offer", "Straighten photo… in the details can do it later")
        )
        self.original_button = QPushButton(translate("straighten_offer", "&Use the photo"))
        self.original_button.setToolTip(
            translate(
                "straighten_offer",
                "Show, read and print the photo as it was taken; Straighten photo… in the "
                "details lays it flat again",
            )
        )
        self.straighten_button.clicked.connect(lambda: self.start(self.record))
        self.keep_button.clicked.connect(self._keep)
        self.original_button.clicked.connect(self._keep)  # back to the photo as it is
        # Its width never widens the pane it sits in: the room comes from the records list
        # (a wider bar cut the list's titles and reading notes to "Re…").
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.note, 1)
        for button in (self.straighten_button, self.keep_button, self.original_button):
            row.addWidget(button)
        state.changed.connect(self._on_changed)
        self.hide()

    def _on_changed(self, kind: str, _id: int) -> None:
        if kind == "ocr" and self.record is not None:  # reading may have found a sheet
            self.show_for(self.record)

    def show_for(self, record: records.Record | None) -> None:
        """Show what is offered or chosen for ``record`` (and say :attr:`by_hand`)."""
        self.record = record
        able = (
            record is not None and self.state.is_unlocked and straightening.can_straighten(record)
        )
        found = straightening.status(self.state.vault, record.id) if able and record else None
        self.by_hand.emit(able and (found is None or found.state == "kept"))
        if found is None or found.state == "kept":
            self.hide()
            return
        offered = found.state == "offered"
        self.note.setText(
            translate("straighten_offer", "This photo of a page can be straightened.")
            if offered
            else translate("straighten_offer", "You see the straightened page; the photo is kept.")
        )
        self.straighten_button.setVisible(offered)
        self.keep_button.setVisible(offered)
        self.original_button.setVisible(not offered)
        self.show()

    def start(self, record: records.Record | None) -> None:
        """Find the sheet and lay it flat on a worker, then show before and after."""
        if record is None or not self.state.is_unlocked:
            return
        self.runner.run(
            _prepare,
            record.id,
            title=translate("straighten_offer", "Straightening the photo"),
            on_done=lambda result: self._show(record, result),
            on_error=self._failed,
            parent_widget=self,
            vault=self.state.vault,
        )

    def _failed(self, exc: BaseException) -> None:
        from secondop_desktop.core.jobs import Cancelled
        from secondop_desktop.ui.common import dialogs

        if isinstance(exc, Cancelled):
            return  # the user's Cancel: nothing was chosen, nothing to say
        dialogs.error(
            self,
            translate("straighten_offer", "Could not straighten the photo"),
            str(exc) or translate("straighten_offer", "Laying the page flat stopped unexpectedly."),
        )

    def _show(self, record: records.Record, result: tuple[Corners, Straightened] | None) -> None:
        from secondop_desktop.ui.common import dialogs
        from secondop_desktop.ui.records.straighten_dialog import StraightenDialog

        if not self.state.is_unlocked:
            return
        if result is None:
            dialogs.info(
                self,
                translate("straighten_offer", "No sheet found"),
                translate(
                    "straighten_offer",
                    "The edges of a sheet of paper could not be found in this photo, so it "
                    "stays as it is. A photo of the whole page on a darker surface works best.",
                ),
            )
            return
        corners, made = result
        self.dialog = StraightenDialog(record, corners, made, self.window())
        self.dialog.finished.connect(lambda code: self._decide(record.id, corners, made, code))
        self.state.locked.connect(self.dialog.reject)  # locking chooses nothing
        self.dialog.open()

    def _decide(self, record_id: int, corners: Corners, made: Straightened, code: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            self.state.locked.disconnect(dialog.reject)
            dialog.deleteLater()
        if not self.state.is_unlocked:
            return
        if code == QDialog.DialogCode.Accepted:
            straightening.choose(self.state.vault, record_id, corners, made)
        elif dialog is not None and dialog.kept:
            straightening.keep_as_is(self.state.vault, record_id, corners)
        else:
            return  # "Decide later" or closed: the offer stays
        self.decided.emit(record_id)

    def _keep(self) -> None:
        found = straightening.status(self.state.vault, self.record.id) if self.record else None
        if self.record is not None and found is not None:
            straightening.keep_as_is(self.state.vault, self.record.id, found.corners)
            self.decided.emit(self.record.id)
