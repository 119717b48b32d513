"""Where time comes from: a monotonic clock, and a fake one that tests move by hand.

The session reads the time from a clock at every question ("how long is left?"); nothing ever
counts timer ticks, because timers fire late, early, or not at all when the event loop stalls.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a monotonic scale (only differences mean anything)."""
        ...


class MonotonicClock:
    """The system's monotonic clock: never jumps with wall-clock changes, stops in suspend."""

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to; exact to the last bit for tests and simulations."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self._now += seconds

    def set(self, value: float) -> None:
        if value < self._now:
            raise ValueError("a monotonic clock never goes back")
        self._now = value
