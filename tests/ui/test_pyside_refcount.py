"""Guard against a PySide6 regression: 6.12.0 dropped one reference to None on every call
of a Python slot, which crashes the app on Python 3.11 after a few thousand timer ticks
("Fatal Python error: none_dealloc"). pyproject.toml pins PySide6 below 6.12 for that."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_slot_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    calls = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: calls.append(1) and None)
    before = sys.getrefcount(None)
    timer.start()
    while len(calls) < 2000:
        qapp.processEvents()
    timer.stop()
    assert sys.getrefcount(None) >= before - 100
