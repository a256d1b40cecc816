"""The recovery key on screen, its printable kit, and typing two groups back: shared by
first run (welcome_page.py) and "Make a new recovery key" (recovery_confirm.py)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from secondop_desktop.i18n import translate
from secondop_desktop.ui.common import colours, dialogs
from secondop_desktop.vault.recovery_kit import write_recovery_kit
from secondop_desktop.vault.session import RecoveryKey


def show_key(grid: QGridLayout, recovery: RecoveryKey) -> None:
    """The key's groups, numbered, four to a row, selectable, each read out whole."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    base = QLabel().font().pointSizeF()  # the user's text size: the key is 1.6 times it
    mono = QFont("DejaVu Sans Mono")
    mono.setPointSizeF((base if base > 0 else 10.0) * 1.6)
    mono.setBold(True)
    for i, group in enumerate(recovery.groups()):
        number = QLabel(str(i + 1))
        holder = grid.parentWidget()
        back = (holder or number).palette().color(QPalette.ColorRole.AlternateBase)
        grey = colours.readable(colours.muted(number.palette()), back)
        number.setStyleSheet(f"color:{colours.css(grey)};")
        small = number.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        number.setFont(small)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label = QLabel(group)
        label.setFont(mono)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(
            translate("recovery_key_parts", "Group {number}: {characters}").format(
                number=i + 1, characters=" ".join(group)
            )
        )
        row, col = divmod(i, 4)
        grid.addWidget(number, row, col * 2)
        grid.addWidget(label, row, col * 2 + 1)


def save_kit(parent: QWidget, recovery: RecoveryKey, data_dir: Path, status: QLabel) -> None:
    """Ask where, write the printable kit, say where it went (or why not)."""
    name = translate("recovery_key_parts", "SecondOp recovery kit")
    suggested = str(Path.home() / f"{name}.pdf")
    path = dialogs.save_file(
        parent,
        translate("recovery_key_parts", "Save recovery kit"),
        suggested,
        translate("recovery_key_parts", "PDF files") + " (*.pdf)",
    )
    if not path:
        return
    try:
        write_recovery_kit(Path(path), recovery, data_dir)
    except OSError as exc:
        dialogs.error(
            parent,
            translate("recovery_key_parts", "Recovery kit"),
            translate("recovery_key_parts", "The kit could not be saved: {reason}.").format(
                reason=exc.strerror
            ),
        )
        return
    status.setText(
        translate(
            "recovery_key_parts", "Saved to {path}. Print it, then delete the file if you like."
        ).format(path=path)
    )


def print_kit(parent: QWidget, recovery: RecoveryKey, data_dir: Path, status: QLabel) -> None:
    """Print the kit on a printer the user chooses (nothing is written to disk)."""
    from secondop_desktop.ui.common import printing
    from secondop_desktop.vault.recovery_kit import print_recovery_kit

    printer = printing.choose_printer(
        parent, translate("recovery_key_parts", "Print the recovery kit")
    )
    if printer is None:
        return
    print_recovery_kit(printer, recovery, data_dir)
    status.setText(
        translate(
            "recovery_key_parts",
            "Sent to the printer. Keep the page somewhere safe, away from this computer.",
        )
    )


def ask_two_groups(
    recovery: RecoveryKey, labels: list[QLabel], edits: list[QLineEdit]
) -> list[int]:
    """Pick two groups at random and label the fields; returns their indexes."""
    asked = sorted(random.sample(range(len(recovery.groups())), 2))
    for label, edit, index in zip(labels, edits, asked, strict=True):
        # No Alt+digit: groups 10 and 11 would share Alt+1 (the first field has the focus).
        label.setText(translate("recovery_key_parts", "Group {number}").format(number=index + 1))
        edit.setAccessibleName(
            translate("recovery_key_parts", "Group {number} of the recovery key").format(
                number=index + 1
            )
        )
        edit.clear()
    return asked


def groups_typed(
    recovery: RecoveryKey, asked: list[int], edits: list[QLineEdit]
) -> tuple[bool, str]:
    """(whether the typed groups match, the problem to show: only once both are complete)."""
    groups = recovery.groups()
    typed = [e.text().strip().upper() for e in edits]
    ok = all(t == groups[i] for t, i in zip(typed, asked, strict=True))
    complete = all(len(t) == 4 for t in typed)
    problem = (
        ""
        if ok or not complete
        else translate("recovery_key_parts", "That does not match. Check your copy of the key.")
    )
    return ok, problem


def kit_buttons(
    print_kit: Callable[[], None], save_kit: Callable[[], None], done: Callable[[], None]
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """Print the kit, save it as a PDF, and "I have written it down" (the default)."""
    print_button = QPushButton(translate("recovery_key_parts", "&Print recovery kit…"))
    print_button.clicked.connect(print_kit)
    save = QPushButton(translate("recovery_key_parts", "&Save recovery kit (PDF)…"))
    save.clicked.connect(save_kit)
    written = QPushButton(translate("recovery_key_parts", "I have &written it down"))
    written.setDefault(True)
    written.clicked.connect(done)
    return print_button, save, written


def group_inputs(
    changed: Callable[[], None], confirm: Callable[[], QPushButton]
) -> tuple[QHBoxLayout, list[QLabel], list[QLineEdit]]:
    """Two four-character fields for groups of the key, with their labels, in a row. Enter
    on either presses ``confirm()`` once it is enabled (a page has no default button of its
    own, as a dialog does)."""

    def on_enter() -> None:
        button = confirm()
        if button.isEnabled():
            button.click()

    row = QHBoxLayout()
    labels: list[QLabel] = []
    edits: list[QLineEdit] = []
    for _ in range(2):
        label, edit = QLabel(), QLineEdit()
        edit.setMaxLength(4)
        edit.setAccessibleName(translate("recovery_key_parts", "Recovery key group"))
        edit.setFixedWidth(90)
        edit.setFont(QFont("DejaVu Sans Mono", 14))
        label.setBuddy(edit)
        edit.textChanged.connect(changed)
        edit.returnPressed.connect(on_enter)
        labels.append(label)
        edits.append(edit)
        row.addWidget(label)
        row.addWidget(edit)
    row.addStretch(1)
    return row, labels, edits
