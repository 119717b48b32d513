"""Timers, made in one place so that tests can swap in fakes.

A timer here never measures time: it only wakes the controller up, which then reads the
session's monotonic clock. Timers fire late, early (CoarseTimer), or drop ticks when the event
loop stalls; none of that can move the countdown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer


class Timer(Protocol):
    """What the controller needs of a timer."""

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...

    def setSingleShot(self, single: bool) -> None: ...

    def connect_timeout(self, slot: Callable[[], None]) -> None: ...


class PreciseTimer(QTimer):
    """A QTimer that keeps millisecond accuracy (CoarseTimer may fire 5% early)."""

    def __init__(self, parent: QObject | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setTimerType(Qt.TimerType.PreciseTimer)
        self.setObjectName(name)

    def connect_timeout(self, slot: Callable[[], None]) -> None:
        self.timeout.connect(slot)


TimerFactory = Callable[[QObject, str], Timer]


def make_timer(parent: QObject, name: str) -> Timer:
    return PreciseTimer(parent, name)
