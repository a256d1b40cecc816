"""Issue 18: SecondOp follows the system when it switches between light and dark while the
app runs (Qt sends the new palette). Colours worked out once (Compare's highlighted rows,
the timeline's HTML, the status badge, the duplicate bar) were fixed pale pairs made for a
white page; they now come from the palette and are worked out again on a change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.colours import AA, contrast, dark_palette, luminance

from ..support import PASSPHRASE


def _pair(widget: QWidget) -> tuple[QColor, QColor]:
    palette = widget.palette()
    return (
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.WindowText),
    )


def test_colours_follow_a_switch_to_dark_while_running(make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Silva")).id or 0
    for diagnosis in ("Follicular lymphoma grade 2", "Follicular lymphoma grade 3A"):
        lists.save(vault, case_id, facts.Opinion(diagnosis=diagnosis))
    lists.save(
        vault,
        case_id,
        facts.TimelineEvent(title="Biopsy", kind="test", happened_on=date(2026, 3, 1)),
    )
    light = QApplication.palette()
    assert luminance(light.color(QPalette.ColorRole.Window)) > 0.25, "starts light"
    win = make_window(vault_dir, vault=vault)
    page = win.case_page
    page.sections.setCurrentWidget(page.facts.compare)
    page.sections.setCurrentWidget(page.facts.timeline)
    timeline_before = page.facts.timeline.view.toHtml()
    badge_before = _pair(page.badge)
    bar = page.records.duplicate_bar
    try:
        QApplication.setPalette(dark_palette())
        QApplication.processEvents()
        # The badge: a dark background now, its text at AA on it.
        back, text = _pair(page.badge)
        assert (back, text) != badge_before
        assert luminance(back) < 0.25 and contrast(text, back) >= AA
        # The duplicate bar: the same, through its palette.
        bar_back = bar.palette().color(QPalette.ColorRole.Window)
        bar_text = bar.palette().color(QPalette.ColorRole.WindowText)
        assert luminance(bar_back) < 0.25 and contrast(bar_text, bar_back) >= AA
        # Compare's highlighted rows, drawn again on the dark base.
        table = page.facts.compare.table
        cells = [
            table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())
        ]
        marked = [i for i in cells if i and i.background().style() != Qt.BrushStyle.NoBrush]
        assert marked
        for item in marked:
            assert luminance(item.background().color()) < 0.25, item.text()
            assert contrast(item.foreground().color(), item.background().color()) >= AA
        # The timeline, drawn again in the dark palette's colours.
        assert page.facts.timeline.view.toHtml() != timeline_before
    finally:
        QApplication.setPalette(light)
        QApplication.processEvents()
    back, text = _pair(page.badge)
    assert luminance(back) > 0.25 and contrast(text, back) >= AA, "and back to light"


def test_the_system_scheme_is_followed_when_the_platform_does_not(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt 6 tells the system's light/dark choice (style hints); where the platform's own
    palette stays light under a dark choice, SecondOp makes it dark, and back."""
    from PySide6.QtCore import Qt

    from secondop_desktop.ui.common.colours import is_dark, match_scheme

    before = QApplication.palette()
    try:
        match_scheme(qapp, Qt.ColorScheme.Dark)
        assert is_dark(QApplication.palette())
        match_scheme(qapp, Qt.ColorScheme.Unknown)  # nothing said: left as it is
        assert is_dark(QApplication.palette())
        match_scheme(qapp, Qt.ColorScheme.Light)
        assert not is_dark(QApplication.palette())
    finally:
        QApplication.setPalette(before)


def test_the_focus_ring_is_visible_in_light_and_dark(qtbot) -> None:  # type: ignore[no-untyped-def]
    """WCAG: a focus indicator at 3:1 against what is around it. Fusion (the style SecondOp
    runs with) draws the ring in the palette's highlight colour: a focused button looks
    different from an unfocused one, and the highlight reaches 3:1 on the window, the
    buttons and the fields, in the light and in the dark palette."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    from secondop_desktop.ui.common.colours import dark_palette

    before = QApplication.palette()
    try:
        for palette in (before, dark_palette()):
            QApplication.setPalette(palette)
            ring = palette.color(QPalette.ColorRole.Highlight)
            for role in (
                QPalette.ColorRole.Window,
                QPalette.ColorRole.Button,
                QPalette.ColorRole.Base,
            ):
                assert contrast(ring, palette.color(role)) >= 3.0, role
            host = QWidget()
            qtbot.addWidget(host)
            layout = QVBoxLayout(host)
            button, field = QPushButton("Save"), QLineEdit()
            layout.addWidget(button)
            layout.addWidget(field)
            host.show()
            host.activateWindow()
            qtbot.waitUntil(host.isActiveWindow)
            field.setFocus()
            qtbot.waitUntil(field.hasFocus)
            unfocused_button = button.grab().toImage()
            qtbot.keyClick(field, Qt.Key.Key_Tab)  # the keyboard moves on: the ring shows
            assert button.hasFocus()
            assert button.grab().toImage() != unfocused_button, "the focused button shows it"
            unfocused_field = field.grab().toImage()
            qtbot.keyClick(button, Qt.Key.Key_Tab)
            assert field.hasFocus()
            assert field.grab().toImage() != unfocused_field, "the focused field shows it"
    finally:
        QApplication.setPalette(before)
