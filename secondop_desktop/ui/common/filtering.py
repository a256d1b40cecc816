"""Changing what a filter proxy lets through, on every Qt this app runs on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def refilter(proxy: QSortFilterProxyModel, apply: Callable[[], None]) -> None:
    """Run ``apply`` (which changes the proxy's criteria) and filter the rows again.

    Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(), which must wrap the
    change itself."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        apply()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        apply()
        proxy.invalidateFilter()
