"""Issue 18: with a dark system theme, "Where you are" was white on white, Compare's
highlighted rows could not be read, the timeline's dates were invisible and the recovery
key, shown only once, was at 1.13:1. These render the real widgets under a dark palette and
measure the contrast of their text against what is drawn behind it (WCAG AA, 4.5:1)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from secondop_desktop import cases, facts
from secondop_desktop.cases import lists
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.colours import AA, contrast

from ..support import PASSPHRASE


def _dark() -> QPalette:
    from secondop_desktop.ui.common.colours import dark_palette

    return dark_palette()


@pytest.fixture
def dark(qapp) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    QApplication.setPalette(_dark())
    yield QApplication.palette()
    QApplication.setPalette(before)


def _behind(widget: QWidget, label: QLabel) -> QColor:
    """The colour drawn behind ``label`` inside ``widget``: a pixel of the widget's own
    rendering just left of the label (the panel's background, not the text)."""
    image = widget.grab().toImage()
    at = label.mapTo(widget, QPoint(0, label.height() // 2)) - QPoint(3, 0)
    return image.pixelColor(max(at.x(), 1), at.y())


def test_where_you_are_reads_in_a_dark_theme(qtbot, make_window, vault_dir: Path, dark) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    case = cases.create_case(vault, cases.Case(patient_name="Ana Silva"))
    win = make_window(vault_dir, vault=vault)
    win.case_page.show_case(cases.get_case(vault, case.id or 0))
    win.case_page.sections.setCurrentWidget(win.case_page.overview)
    panel = win.case_page.overview.readiness
    qtbot.waitUntil(panel.isVisible)
    labels = [w for w in panel.findChildren(QLabel) if w.isVisible() and w.text().strip()]
    assert len(labels) > 6
    for label in labels:
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
        if found:
            colour = QColor(found.group(1))
        ratio = contrast(colour, _behind(panel, label))
        assert ratio >= AA, (label.text(), round(ratio, 2))


def test_the_recovery_key_reads_in_a_dark_theme(qtbot, make_window, tmp_path: Path, dark) -> None:  # type: ignore[no-untyped-def]
    win = make_window(tmp_path / "data")
    w = win.welcome
    qtbot.mouseClick(w.start_button, Qt.MouseButton.LeftButton)
    w.new_pass.first.setText("lantern orchard river 1954")
    w.new_pass.second.setText("lantern orchard river 1954")
    qtbot.mouseClick(w.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.stack.currentIndex() == 2, timeout=10000)
    groups = [lbl for lbl in w.key_frame.findChildren(QLabel) if lbl.isVisible()]
    assert len(groups) >= 16
    for label in groups:
        colour = label.palette().color(QPalette.ColorRole.WindowText)
        found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
        if found:
            colour = QColor(found.group(1))
        ratio = contrast(colour, _behind(w.key_frame, label))
        assert ratio >= AA, (label.text(), round(ratio, 2))


def test_compare_highlights_and_the_timeline_read_in_a_dark_theme(  # type: ignore[no-untyped-def]
    make_window, vault_dir: Path, dark
) -> None:
    from datetime import date

    from secondop_desktop.ui.facts.pages import timeline_html

    vault = Vault.open(vault_dir, PASSPHRASE)
    case_id = cases.create_case(vault, cases.Case(patient_name="Ana Silva")).id or 0
    for diagnosis in ("Follicular lymphoma grade 2", "Follicular lymphoma grade 3A"):
        lists.save(vault, case_id, facts.Opinion(diagnosis=diagnosis))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page
    page.sections.setCurrentWidget(page.facts.compare)
    table = page.facts.compare.table
    items = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    highlighted = [
        i for i in items if i is not None and i.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert highlighted
    for item in highlighted:
        ratio = contrast(item.foreground().color(), item.background().color())
        assert ratio >= AA, (item.text(), round(ratio, 2))

    events = [
        facts.TimelineEvent(title=kind, kind=kind, happened_on=date(2026, 3, 1), details="d")
        for kind in facts.EVENT_KINDS
    ]
    out = timeline_html(events, today=date(2026, 3, 5), palette=dark)
    base = dark.color(QPalette.ColorRole.Base)
    found = set(re.findall(r"color:\s*(#[0-9a-fA-F]{6})", out))
    assert len(found) > 5
    for colour in found:
        assert contrast(QColor(colour), base) >= AA, colour


def _corners(image, widget: QWidget, top: QWidget) -> list[QColor]:  # type: ignore[no-untyped-def]
    at = widget.mapTo(top, QPoint(0, 0))
    w, h = widget.width(), widget.height()
    points = [(1, 1), (w - 2, 1), (1, h - 2), (w - 2, h - 2)]
    return [image.pixelColor(at.x() + x, at.y() + y) for x, y in points]


def _poor_labels(win) -> list[tuple[str, str, float]]:  # type: ignore[no-untyped-def]
    """Every label shown on every section of the case: its text colour against what is
    drawn behind it (the corner of its own area farthest from the text colour, so the
    glyphs themselves are never taken for the background), under AA (3:1 for large text)."""
    page = win.case_page
    poor = []
    for i in range(page.sections.count()):
        page.sections.setCurrentIndex(i)
        QApplication.processEvents()
        image = win.grab().toImage()
        for label in page.sections.currentWidget().findChildren(QLabel):
            if not label.isVisibleTo(win) or not label.text().strip() or label.width() < 4:
                continue
            if label.visibleRegion().isEmpty():
                continue
            colour = label.palette().color(label.foregroundRole())
            found = re.search(r"(?<!-)color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
            if found:
                colour = QColor(found.group(1))
            behind = max(_corners(image, label, win), key=lambda c: contrast(c, colour))
            ratio = contrast(colour, behind)
            large = label.font().pointSizeF() >= 14 or (
                label.font().bold() and label.font().pointSizeF() >= 11
            )
            if ratio < (3.0 if large else AA):
                poor.append((page.sections.tabText(i), label.text()[:40], round(ratio, 2)))
    return poor


def test_every_page_of_the_demo_case_reads_in_a_dark_theme(  # type: ignore[no-untyped-def]
    make_window, demo_dir: Path, dark
) -> None:
    """Before: 11 labels under AA (the records count at 2.16:1, hints, dates, notes)."""
    from secondop_desktop import demo

    win = make_window(demo_dir, vault=Vault.open(demo_dir, demo.DEMO_PASSPHRASE))
    win.resize(1280, 800)
    assert _poor_labels(win) == []


def test_every_page_of_the_demo_case_reads_in_the_light_theme(  # type: ignore[no-untyped-def]
    make_window, demo_dir: Path
) -> None:
    from secondop_desktop import demo

    win = make_window(demo_dir, vault=Vault.open(demo_dir, demo.DEMO_PASSPHRASE))
    win.resize(1280, 800)
    assert _poor_labels(win) == []


def test_toned_text_follows_a_theme_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A label made secondary or red keeps AA when the system switches light <-> dark."""
    from secondop_desktop.ui.common import colours

    before = QApplication.palette()
    hint, error = QLabel("A hint"), QLabel("A problem")
    for label in (hint, error):
        qtbot.addWidget(label)
    colours.mute(hint)
    colours.tone(error, colours.ERROR)
    try:
        for palette in (_dark(), before):
            QApplication.setPalette(palette)
            QApplication.processEvents()
            window = palette.color(QPalette.ColorRole.Window)
            for label in (hint, error):
                text = label.palette().color(QPalette.ColorRole.WindowText)
                assert contrast(text, window) >= AA, (label.text(), window.name())
    finally:
        QApplication.setPalette(before)


def test_headings_follow_the_text_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: headings had fixed point sizes; at a 16-point base font they must grow."""
    from PySide6.QtGui import QFont

    from secondop_desktop.ui.common.widgets import heading

    before = QApplication.font()
    try:
        for base in (10.0, 16.0):
            font = QFont(before)
            font.setPointSizeF(base)
            QApplication.setFont(font)
            label = heading("Where you are", 18)
            qtbot.addWidget(label)
            assert label.font().pointSizeF() == pytest.approx(base * 1.8)
    finally:
        QApplication.setFont(before)
