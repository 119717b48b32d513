"""Fakes shared by the tests: timers that fire only when a test says so.

The code under test makes its timers through a factory (``hipflex_desktop.qtsupport.timers``);
tests hand it ``FakeTimers.factory`` instead, move the fake clock, and fire what is due, exactly
as Qt would have done at those instants. Nothing waits for real time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from hipflex_desktop.core.clock import FakeClock


class FakeTimer:
    """Stands in for PreciseTimer: records start/stop, fires only when a test says so."""

    def __init__(self, registry: FakeTimers, name: str) -> None:
        self.name = name
        self.interval: int | None = None
        self.single_shot = False
        self.active = False
        self.started_at: float | None = None
        self.starts = 0
        self._registry = registry
        self._slots: list[Callable[[], None]] = []

    def start(self, msec: int) -> None:
        self.interval = msec
        self.active = True
        self.started_at = self._registry.clock.now()
        self.starts += 1

    def stop(self) -> None:
        self.active = False

    def isActive(self) -> bool:
        return self.active

    def setSingleShot(self, single: bool) -> None:
        self.single_shot = single

    def connect_timeout(self, slot: Callable[[], None]) -> None:
        self._slots.append(slot)

    @property
    def due_at(self) -> float | None:
        if not self.active or self.started_at is None or self.interval is None:
            return None
        return self.started_at + self.interval / 1000

    def fire(self) -> None:
        """What Qt does when the interval has passed."""
        assert self.active, f"timer {self.name} fired while stopped"
        if self.single_shot:
            self.active = False
        else:
            self.started_at = self._registry.clock.now()
        for slot in list(self._slots):
            slot()


class FakeTimers:
    """Every timer the code under test made, by name, with helpers to play time forward.

    The factory to hand to the code is ``factory``; a registry made without a clock gives a
    fresh fake clock of its own (the speaker's tests never move it).
    """

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.clock = clock if clock is not None else FakeClock()
        self.all: list[FakeTimer] = []

    def factory(self, parent: QObject, name: str) -> FakeTimer:
        timer = FakeTimer(self, name)
        self.all.append(timer)
        return timer

    def named(self, name: str) -> FakeTimer:
        """The first timer made under ``name``."""
        return next(t for t in self.all if t.name == name)

    def __getitem__(self, name: str) -> FakeTimer:
        """The latest timer made under ``name``."""
        return next(t for t in reversed(self.all) if t.name == name)

    def active(self) -> list[FakeTimer]:
        return [t for t in self.all if t.active]

    def fire_due(self) -> int:
        """Fire every timer whose time has come (in time order); returns how many fired."""
        for fired in range(10_000):
            due = [t for t in self.all if t.due_at is not None and t.due_at <= self.clock.now()]
            if not due:
                return fired
            min(due, key=lambda t: t.due_at or 0.0).fire()
        raise AssertionError("timers keep firing without time passing")

    def run_for(self, seconds: float, step: float = 0.033) -> None:
        """Let ``seconds`` of session time pass in frame-sized steps, firing timers on time."""
        end = self.clock.now() + seconds
        while self.clock.now() < end - 1e-12:
            next_due = min((t.due_at for t in self.all if t.due_at is not None),
                           default=None)
            target = min(end, self.clock.now() + step)
            if next_due is not None and self.clock.now() <= next_due < target:
                target = next_due
            self.clock.set(max(target, self.clock.now()))
            self.fire_due()
