"""Idle tracking for auto-lock, with an injectable clock so tests never sleep."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class IdleTimer:
    def __init__(self, timeout_seconds: float, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.timeout_seconds = timeout_seconds
        self._last = clock()

    def touch(self) -> None:
        """Record user activity."""
        self._last = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last

    def expired(self) -> bool:
        return self.idle_for() >= self.timeout_seconds
