"""Issue 18: Alt+letter reaches one thing on every page. With fourteen section tabs, the
menus and each page's buttons and fields sharing letters, Alt+D on Care team went round
Delete, Address and the Decision tab instead of doing one of them."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from secondop_desktop import cases
from secondop_desktop.store import Vault
from secondop_desktop.ui.common.list_editor import FactsEditor

from ..support import PASSPHRASE


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Letter -> what answers Alt+letter among what is shown in ``root``."""
    owners: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        text = None
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        letter = _letter(text or "")
        if letter:
            owners[letter].append(text or "")
    for tabs in root.findChildren(QTabWidget):
        if tabs.isVisibleTo(root):
            for i in range(tabs.count()):
                letter = _letter(tabs.tabText(i))
                if letter:
                    owners[letter].append(f"tab {tabs.tabText(i)}")
    return owners


def test_every_page_has_one_owner_per_alt_letter(make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana Silva"))
    win = make_window(vault_dir, vault=vault)
    win.resize(1280, 800)
    page = win.case_page
    menus = [a.text() for a in win.menuBar().actions() if _letter(a.text())]
    sections = page.sections
    clashes = {}
    for i in range(sections.count()):
        sections.setCurrentIndex(i)
        section = sections.currentWidget()
        editors = section.findChildren(FactsEditor)
        if isinstance(section, FactsEditor):
            editors.append(section)
        for editor in editors:
            editor.add()  # an entry's form shows its fields' labels
        inner = [t for t in section.findChildren(QTabWidget) if t.isVisibleTo(section)]
        for tabs in inner or [None]:
            for j in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(j)
                owners = _mnemonics(page)
                for text in menus:
                    owners[_letter(text) or ""].append(f"menu {text}")
                shown = sections.tabText(i) + (f" / {tabs.tabText(j)}" if tabs else "")
                clashes.update({f"{shown}: Alt+{k}": v for k, v in owners.items() if len(v) > 1})
    assert clashes == {}


def test_no_table_or_list_keeps_the_tab_key(make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: Tab and Shift+Tab leave every table and list of every page (the arrows
    move inside them); a view that walks its cells with Tab is a trap."""
    from PySide6.QtWidgets import QAbstractItemView

    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana Silva"))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page
    for i in range(page.sections.count()):
        page.sections.setCurrentIndex(i)
    views = win.findChildren(QAbstractItemView)
    assert len(views) > 10
    trapping = [
        f"{type(v).__name__} {v.accessibleName() or v.objectName()}"
        for v in views
        if v.tabKeyNavigation() and v.window() is win
    ]
    assert trapping == []


def test_keyboard_shortcuts_lists_every_menu_key(qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: Help > Keyboard Shortcuts (Ctrl+/) lists the keys of every menu command,
    read from the menus themselves, then the keys for moving around."""
    from PySide6.QtGui import QKeySequence

    from secondop_desktop.ui.shell.shortcuts_dialog import ShortcutsDialog

    win = make_window(vault_dir)
    assert win.shortcuts_action.shortcut() == QKeySequence("Ctrl+/")
    dialog = ShortcutsDialog(win.menuBar(), win)
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    expected = {
        action.shortcut().toString(native)
        for top in win.menuBar().actions()
        if top.menu() is not None
        for action in top.menu().actions()
        if not action.shortcut().isEmpty()
    }
    assert len(expected) > 10 and expected <= {keys for keys, _ in rows}
    assert ("Ctrl+3", "Records (View menu)") in rows
    assert any(keys == "Ctrl+PgDown / Ctrl+PgUp" for keys, _ in rows)
    assert not dialog.table.tabKeyNavigation()


def test_f1_opens_the_guide_at_the_screen_in_front_and_search_narrows_it(
    qtbot, make_window, vault_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: Help > User Guide (F1) opens the offline guide at the topic of the section
    shown; every section has a topic; search keeps the topics holding every word."""
    from PySide6.QtCore import Qt

    from secondop_desktop.ui.shell.guide_dialog import GuideDialog, topics

    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana Silva"))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page
    keys = {t.key for t in topics()}
    for i in range(page.sections.count()):
        page.sections.setCurrentIndex(i)
        assert page.current_place() in keys, page.sections.tabText(i)
    page.sections.setCurrentWidget(page.records)
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_F1)
    guide = win.guide
    assert isinstance(guide, GuideDialog) and guide.isVisible()
    assert guide.current_key() == "records"
    assert "Import files" in guide.text.toPlainText()
    qtbot.keyClicks(guide.search, "recovery key")
    assert set(guide.shown_keys()) == {"start", "backups"}
    assert guide.current_key() in {"start", "backups"}
    guide.search.clear()
    qtbot.keyClicks(guide.search, "xylophone")
    assert guide.shown_keys() == [] and "Nothing in the guide" in guide.text.toPlainText()


NOT_OBVIOUS = {
    "Role in this case", "Type, stage, grade", "How established", "What is uncertain",
    "Resolved", "Kind", "Taking it now", "Severity", "Cost and coverage",
    "How much I lean towards it", "One of my top three", "For", "About a trial",
    "Registry number", "What to bring", "The opinion it produced",
}  # fmt: skip


def test_fields_whose_purpose_is_not_obvious_explain_themselves(  # type: ignore[no-untyped-def]
    make_window, vault_dir: Path
) -> None:
    """Issue 18: a tooltip, a "What's This?" text (Help > What's This?, Shift+F1) and a
    screen reader description on each field whose label does not say what it is for."""
    vault = Vault.open(vault_dir, PASSPHRASE)
    cases.create_case(vault, cases.Case(patient_name="Ana Silva"))
    win = make_window(vault_dir, vault=vault)
    page = win.case_page
    seen = set()
    for i in range(page.sections.count()):
        page.sections.setCurrentIndex(i)
        section = page.sections.currentWidget()
        editors = section.findChildren(FactsEditor)
        if isinstance(section, FactsEditor):
            editors.append(section)
        for editor in editors:
            for field in editor.fields:
                label = field.label.replace("&", "")
                if label not in NOT_OBVIOUS:
                    continue
                widget = editor.inputs[field.name]
                assert widget.toolTip() and widget.whatsThis() == widget.toolTip(), label
                assert widget.accessibleDescription() == widget.toolTip(), label
                seen.add(label)
    assert seen == NOT_OBVIOUS
    help_menu = win.menuBar().actions()[-1].menu()
    assert any(a.text() == "&What's This?" for a in help_menu.actions())
