"""Select one entry of a section on its page (a search hit, a next step): the pages are
built from list editors, so the editor of that entry's table is found and told."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from secondop_desktop.ui.common.list_editor import FactsEditor


def select_entry(page: object, table: str, item_id: int) -> bool:
    """Select entry ``item_id`` of ``table`` on ``page``; False when the page has no list
    of that table (the page is shown all the same).

    A page with a list of its own kind (the checklist) says so with a ``select_entry``
    method; every other page is searched for the editor of that table.
    """
    own = getattr(page, "select_entry", None)
    if callable(own):
        return bool(own(table, item_id))
    if not isinstance(page, QWidget):
        return False
    editors = [page] if isinstance(page, FactsEditor) else []
    editors += page.findChildren(FactsEditor)
    for editor in editors:
        if editor.section.key == table and editor.model.row_of(item_id) >= 0:
            editor.reload(select_id=item_id)
            editor.view.setFocus()
            return True
    return False
