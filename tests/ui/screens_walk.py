"""Walk every screen of the app: the English left on them, and what does not fit.

Run in a fresh process (the language is installed before any screen is imported):

    SECONDOP_LANGUAGE=es python -m tests.ui.screens_walk [--shots DIR] [--fit]

With ``--fit`` the windows keep the size the app gives them on the screen Qt reports
(the offscreen platform takes a screen size from a config file, ``QT_SCALE_FACTOR`` and a
base font size from ``SECONDOP_WALK_POINTS``), and ``misfits`` lists every window larger
than the screen, every layout squeezed below its minimum (its widgets overlap), every
widget outside its window and every label or button too small for its text.

It prints one JSON object: ``untranslated`` (screen, widget, text) for every visible
string that is one of the code's English literals (or begins with a sentence of one),
``seen`` (how many strings were read per screen) and ``language`` (the one installed).
With ``--shots`` it saves each screen as a PNG, for docs/ and for reading.

What is "English": every string literal in ``secondop_desktop`` (the demo's case data
excepted: it is the user's own words, shown as typed), with placeholders cut out. A
visible text is flagged when it equals a literal, or when it contains a literal's piece
of three words or more: a sentence half-translated around a number is caught too.
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "secondop_desktop"
# The same in English and Spanish, or names: not a sign of a missing translation.
SAME = {
    "secondop", "pdf", "ok", "email", "fhir", "dicom", "ct", "mri", "pet", "ecg", "cv",
    "total", "normal", "error", "no", "a4", "us letter", "url", "id", "demo",
}  # fmt: skip
# The demo case's own data that happens to be a string of the code too (the demo stores
# the English name of watchful waiting as its option, as an English user's vault would).
USER_DATA = {"watchful waiting / no treatment now"}
_TAG = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%n|%\d|%s|%d")


def _norm(text: str) -> str:
    text = _TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" .:…").lower()


def english_literals() -> tuple[set[str], set[str]]:
    """(whole literals, pieces of three words or more) of the code's English strings."""
    whole: set[str] = set()
    pieces: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "demo" in path.parts or "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if not re.search(r"[A-Za-z]{2}", text) or "_" in text.split(" ")[0]:
                continue  # identifiers, keys, file names
            for part in _PLACEHOLDER.split(text):
                norm = _norm(part)
                if len(norm.split()) >= 3:
                    pieces.add(norm)
            norm = _norm(text)
            if norm and norm not in SAME and re.search(r"[a-z]", norm):
                whole.add(norm)
    # Words of the translations themselves (the date reader's Spanish month names, the
    # language's own name) are not English left behind.
    translated = _translations()
    return whole - translated - USER_DATA, {p for p in pieces - translated if p not in USER_DATA}


def _translations() -> set[str]:
    import xml.etree.ElementTree as ET  # our own files

    from secondop_desktop import i18n

    found = {_norm(name) for name in i18n.LANGUAGES.values()}
    for ts in i18n.HERE.glob("secondop_*.ts"):
        if ts.stem.endswith(f"_{i18n.SOURCE}"):
            continue
        for element in ET.parse(ts).getroot().iter():
            if element.tag in ("translation", "numerusform") and element.text:
                found.add(_norm(element.text))
    return found


def demo_words() -> set[str]:
    """The demo case's own words (what its user typed: "Pathology" as a specialty), which
    the packet prints as given in any language."""
    found = set()
    for path in (PACKAGE / "demo").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(_norm(node.value))
    return found


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) of what ``widget`` shows or says to a screen reader."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tip", widget.tabToolTip(i)
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "choice", widget.itemText(i)
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                text = widget.model().headerData(column, Qt.Orientation.Horizontal)
                yield "header", str(text or "")
    if isinstance(widget, QTextBrowser | QTextEdit) and widget.isReadOnly():
        for line in widget.toPlainText().splitlines():
            yield "text", line
    yield "tooltip", widget.toolTip()
    yield "what's this", widget.whatsThis()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def _menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield "menu", action.text()
        yield "menu tip", action.toolTip() if action.toolTip() != action.text() else ""
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> the things Alt+letter reaches on ``root`` as shown (more than one is a
    clash: the English pages are checked by test_mnemonics_ui, a translation can add
    some)."""
    owners: dict[str, list[str]] = {}
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    menubar = getattr(root, "menuBar", None)
    if callable(menubar):
        texts += [action.text() for action in menubar().actions()]
    for text in texts:
        letter = _letter(text)
        if letter:
            owners.setdefault(letter, []).append(text)
    return owners


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport (it may lie outside the window: it scrolls)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def misfits(window: QWidget) -> list[str]:
    """What of ``window``, as shown, lies off the screen or its window, or is squeezed."""
    found = []
    room = window.screen().availableGeometry()
    if window.width() > room.width() or window.height() > room.height():
        found.append(
            f"window {window.width()}x{window.height()} larger than the screen "
            f"{room.width()}x{room.height()}"
        )
    inside = QRect(QPoint(0, 0), window.size()).adjusted(-1, -1, 1, 1)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (scroll bar containers)
            continue
        name = f"{type(widget).__name__} {widget.objectName() or _short(widget)}"
        layout = widget.layout()
        if layout is not None and not isinstance(widget, QAbstractScrollArea):
            need = layout.totalMinimumSize()
            if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
                found.append(
                    f"{name}: {widget.width()}x{widget.height()}, its layout needs "
                    f"{need.width()}x{need.height()} (overlap)"
                )
        if widget is window or _scrolled(widget, window):
            continue
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(where):
            found.append(f"{name}: at {where.getRect()} outside the window")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"{name}: text cut at the bottom")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{name}: text cut at the side")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and not _icon_only(widget)
            and widget.sizeHint().width() > widget.width() + 1
        ):
            found.append(f"{name}: text cut")
    return found


def _icon_only(button: QAbstractButton) -> bool:
    return (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )


def _short(widget: QWidget) -> str:
    for getter in ("text", "title", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            text = value()
            if isinstance(text, str) and text:
                return repr(text[:40])
    return ""


class Walk:
    def __init__(self, shots: Path | None, fit: bool = False) -> None:
        self.fit = fit
        self.misfits: list[dict[str, str]] = []
        self.whole, self.pieces = english_literals()
        self.clashes: list[dict[str, object]] = []
        self.letters: dict[str, dict[str, list[str]]] = {}
        self.untranslated: list[dict[str, str]] = []
        self.seen: dict[str, int] = {}
        self.shots = shots

    def english(self, text: str) -> bool:
        norm = _norm(text)
        if not norm or norm in SAME:
            return False
        if norm in self.whole:
            return True
        return any(piece in norm for piece in self.pieces if len(piece) <= len(norm))

    def look(self, name: str, window: QWidget) -> None:
        """Read every visible text of ``window`` (shown first) as screen ``name``."""
        window.show()
        _settle()
        found: list[tuple[str, str, str]] = [("window", "title", window.windowTitle())]
        for widget in [window, *window.findChildren(QWidget)]:
            if widget is not window and not widget.isVisibleTo(window):
                continue
            for kind, text in _texts(widget):
                found.append((type(widget).__name__, kind, text))
        menubar = getattr(window, "menuBar", None)
        if callable(menubar):
            for menu in menubar().findChildren(QMenu):
                for kind, text in _menu_texts(menu):
                    found.append(("QMenu", kind, text))
        self.seen[name] = len(found)
        if self.fit:
            self.misfits += [{"screen": name, "problem": p} for p in misfits(window)]
        letters = mnemonics(window)
        self.letters[name] = letters
        for letter, who in letters.items():
            if len(who) > 1:
                self.clashes.append({"screen": name, "letter": letter, "owners": who})
        for widget_type, kind, text in found:
            for line in text.splitlines() or [text]:
                if self.english(line):
                    self.untranslated.append(
                        {"screen": name, "widget": f"{widget_type} {kind}", "text": line}
                    )
        if self.shots is not None:
            window.grab().save(str(self.shots / f"{name}.png"))


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def walk(shots: Path | None, fit: bool = False) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv)
    if os.environ.get("SECONDOP_WALK_POINTS"):
        font = app.font()
        font.setPointSizeF(float(os.environ["SECONDOP_WALK_POINTS"]))
        app.setFont(font)
    from secondop_desktop import i18n

    language = i18n.install(i18n.choose())
    from secondop_desktop import demo
    from secondop_desktop.records import checklist
    from secondop_desktop.ui.cases.case_dialog import CaseDialog
    from secondop_desktop.ui.common.state import AppState
    from secondop_desktop.ui.common.tasks import TaskRunner
    from secondop_desktop.ui.shell.main_window import MainWindow
    from secondop_desktop.ui.shell.settings_dialog import SettingsDialog
    from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog
    from secondop_desktop.vault import session

    assert isinstance(app, QApplication)
    seen = Walk(shots, fit)

    def sized(window: QWidget, width: int, height: int) -> None:
        if not fit:  # the app's own size when checking the fit
            window.resize(width, height)

    tmp = Path(tempfile.mkdtemp(prefix="secondop-walk-"))
    keychain = session.Keychain()
    runner = TaskRunner(synchronous=True)

    state = AppState(tmp / "first", keychain=keychain, kdf=session.TEST_KDF)
    win = MainWindow(state, runner=runner)
    sized(win, 1280, 800)
    seen.look("welcome", win)
    win.welcome._go(1)
    seen.look("create-vault", win)
    win.welcome.new_pass.first.setText("lantern orchard river 1954")
    win.welcome.new_pass.second.setText("lantern orchard river 1954")
    win.welcome._create()
    seen.look("recovery-key", win)
    win.welcome._ask_confirmation()
    seen.look("confirm-recovery-key", win)
    win.welcome._go(4)
    seen.look("first-case", win)
    win.close()

    data = tmp / "demo"
    vault, _ = demo.create_demo_vault(data, kdf=session.TEST_KDF)
    vault.lock()
    state = AppState(data, keychain=keychain, kdf=session.TEST_KDF)
    win = MainWindow(state, runner=runner)
    sized(win, 1280, 800)
    seen.look("unlock", win)
    win.unlock_page.passphrase.setText("not the passphrase")
    win.unlock_page._unlock()
    seen.look("unlock-wrong", win)
    win.unlock_page._show_reset()
    seen.look("reset-with-recovery-key", win)
    win.unlock_page.show_unlock()
    win.unlock_page.passphrase.setText(demo.DEMO_PASSPHRASE)
    win.unlock_page._unlock()
    win._reload_cases(1)
    page = win.case_page
    page.overview.show_case(page.case, date.today())
    seen.look("case-overview", win)
    for index in range(page.sections.count()):
        page.sections.setCurrentIndex(index)
        widget = page.sections.currentWidget()
        tabs = getattr(widget, "tabs", None)
        for sub in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(sub)
            seen.look(f"section-{index}-{sub}", win)
    page.sections.setCurrentWidget(page.search)
    page.search.query.setText("lymphoma")
    page.search.run()
    seen.look("search-results", win)
    for name, dialog in _dialogs(win, state, runner):
        seen.look(name, dialog)
        dialog.close()
    win.close()
    _ = (CaseDialog, SettingsDialog, ChangePassphraseDialog, checklist)
    return {
        "language": language,
        "untranslated": seen.untranslated,
        "clashes": seen.clashes,
        "misfits": seen.misfits,
        "letters": seen.letters,
        "seen": seen.seen,
    }


def _until_pages(packet: QWidget, limit_ms: int = 30_000) -> None:
    """Preview the packet and wait, in an event loop (no polling), for its first pages."""
    from PySide6.QtCore import QEventLoop, QTimer

    document = packet.document  # type: ignore[attr-defined]
    loop = QEventLoop()
    document.pageCountChanged.connect(loop.quit)
    QTimer.singleShot(limit_ms, loop.quit)
    packet.preview()  # type: ignore[attr-defined]
    if document.pageCount() == 0:
        loop.exec()
    document.pageCountChanged.disconnect(loop.quit)


def _dialogs(win: QWidget, state: object, runner: object) -> Iterator[tuple[str, QWidget]]:
    from secondop_desktop import cases, records
    from secondop_desktop.records import checklist
    from secondop_desktop.ui.cases.case_dialog import CaseDialog
    from secondop_desktop.ui.cases.case_transfer import ExportCaseDialog
    from secondop_desktop.ui.packet.letter_dialog import LetterDialog
    from secondop_desktop.ui.packet.packet_dialog import PacketDialog
    from secondop_desktop.ui.records.checklist_dialog import ChecklistDialog
    from secondop_desktop.ui.shell.guide_dialog import GuideDialog
    from secondop_desktop.ui.shell.settings_dialog import SettingsDialog
    from secondop_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog
    from secondop_desktop.ui.vault.passphrase_dialog import ChangePassphraseDialog

    vault = state.vault  # type: ignore[attr-defined]
    yield "edit-case", CaseDialog(state, win.case_page.case, parent=win)  # type: ignore[arg-type, attr-defined]
    yield "new-case", CaseDialog(state, None, parent=win)  # type: ignore[arg-type]
    yield "settings", SettingsDialog(state, win)  # type: ignore[arg-type]
    yield "change-passphrase", ChangePassphraseDialog(state, runner, win)  # type: ignore[arg-type]
    recs = records.list_records(vault, 1)
    item = next(i for i in checklist.list_items(vault, 1) if i.physical and i.overdue())
    yield "checklist-item", ChecklistDialog(item, recs, win)
    packet = PacketDialog(state, runner, 1, win)  # type: ignore[arg-type]
    if not os.environ.get("SECONDOP_WALK_FIT"):
        packet.resize(1280, 800)
    _until_pages(packet)
    yield "packet-builder", packet
    needed = next(i for i in checklist.list_items(vault, 1) if i.status == "needed")
    yield "request-letter", LetterDialog(state, 1, item=needed, parent=win)  # type: ignore[arg-type]
    yield "export-case", ExportCaseDialog(cases.get_case(vault, 1), win)
    yield "guide", GuideDialog(None, win)
    yield "shortcuts", ShortcutsDialog(win.menuBar(), win)  # type: ignore[attr-defined]


def packet(out: Path) -> dict[str, object]:
    """Export the demo packet in the installed language; the English left on its own pages
    (cover to the records index: the records are the patient's documents, as they are) and
    in its bookmarks."""
    import subprocess

    import pikepdf

    from secondop_desktop import demo, i18n, records
    from secondop_desktop import packet as packets
    from secondop_desktop.packet.order import clinical_order
    from secondop_desktop.vault import session

    app = QApplication.instance() or QApplication(sys.argv)
    language = i18n.install(i18n.choose())
    assert app is not None
    vault, _ = demo.create_demo_vault(out.parent / "vault", kdf=session.TEST_KDF)
    spec = packets.PacketSpec(
        case_id=1,
        record_ids=[r.id for r in clinical_order(records.list_records(vault, 1))],
        paper=packets.default_paper(),
    )
    result = packets.build_packet(vault, spec, out)
    first_record = result.record_starts[0]
    text = subprocess.run(
        ["pdftotext", "-layout", "-l", str(first_record - 1), str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    whole, _pieces = english_literals()
    typed = demo_words()
    left = []
    for line in text.splitlines():
        for cell in re.split(r"\s{3,}", line.strip()):  # columns of -layout
            norm = _norm(cell)
            if norm in whole and not any(norm in words for words in typed):
                left.append(cell)
    with pikepdf.open(out) as pdf, pdf.open_outline() as outline:
        marks = [item.title for item in outline.root]
    left += [f"bookmark: {m}" for m in marks if _norm(m) in whole]
    return {"language": language, "untranslated": left, "text": text, "bookmarks": marks}


def main(argv: list[str]) -> int:
    if "--packet" in argv:
        result = packet(Path(argv[argv.index("--packet") + 1]))
        print(json.dumps(result, ensure_ascii=False))
        return 0
    shots = None
    if "--shots" in argv:
        shots = Path(argv[argv.index("--shots") + 1])
        shots.mkdir(parents=True, exist_ok=True)
    if "--fit" in argv:
        os.environ["SECONDOP_WALK_FIT"] = "1"
    print(json.dumps(walk(shots, "--fit" in argv), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
