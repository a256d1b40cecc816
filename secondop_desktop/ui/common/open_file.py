"""Open a file or folder with the system's own program, and say so when nothing can.

Qt's openUrl returns False when no program is set up for the file (a minimal Linux, a
locked-down computer): the click used to do nothing at all (issue 21). Then the user is
told, and where there is a file to keep, offered to save a copy wherever they choose."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import dialogs


def open_or_offer_copy(
    parent: QWidget, path: Path, title: str, *, suggested_name: str | None = None
) -> bool:
    """True when the system opened ``path``. Otherwise a sentence; for a file, the offer to
    save a copy (``suggested_name``, default its own name) and the copy when accepted."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    if path.is_dir():
        dialogs.error(
            parent,
            title,
            translate(
                "open_file",
                "This computer has no program set up to show folders. The file is in: {path}",
            ).format(path=path),
        )
        return False
    if dialogs.confirm(
        parent,
        title,
        translate(
            "open_file",
            "This computer has no program set up to open this kind of file, so it cannot be "
            "shown outside SecondOp. Save a copy where you choose, to open it another way?",
        ),
        translate("open_file", "Save a Copy…"),
    ):
        name = suggested_name or path.name
        chosen = dialogs.save_file(
            parent, translate("open_file", "Save a copy"), str(Path.home() / name), ""
        )
        if chosen:
            try:
                shutil.copyfile(path, chosen)
            except OSError as exc:
                dialogs.error(
                    parent,
                    title,
                    translate("open_file", "The copy could not be saved: {reason}.").format(
                        reason=exc.strerror
                    ),
                )
    return False
