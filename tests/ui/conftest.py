"""GUI test set-up: a fake clock, fake timers, and the real window over them.

Tests move time with ``clock.advance(...)`` and then fire the timers the controller armed
(``timers.fire_due()``), exactly as Qt would have done at those instants; nothing waits for real
time. A test that leaves a timer running fails at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Pack
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.main_window import MainWindow


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
    """Every timer the controller made, by name, with helpers to play time forward."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.all: list[FakeTimer] = []

    def factory(self, parent: QObject, name: str) -> FakeTimer:
        timer = FakeTimer(self, name)
        self.all.append(timer)
        return timer

    def named(self, name: str) -> FakeTimer:
        return next(t for t in self.all if t.name == name)

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


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The window in English, as the app installs it (its plural forms come from a catalogue
    too: "1 rep", "2 reps"). Tests of other languages install theirs and come back to this."""
    i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("translations"))
    yield
    i18n.uninstall()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timers(clock: FakeClock) -> Iterator[FakeTimers]:
    registry = FakeTimers(clock)
    yield registry
    left = [t.name for t in registry.active()]
    assert not left, f"timers left running at teardown: {left}"


@pytest.fixture
def builtin_pack() -> Pack:
    return load_pack_or_raise(builtin_pack_path())


@pytest.fixture
def controller(clock: FakeClock, timers: FakeTimers, qtbot: QtBot) -> Iterator[SessionController]:
    ctl = SessionController(clock, timers.factory)
    yield ctl
    ctl.shutdown()


@pytest.fixture
def window(qtbot: QtBot, builtin_pack: Pack, controller: SessionController,
           tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(builtin_pack, controller)
    win.confirm = lambda title, text: True  # tests that need "no" replace it
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    controller.shutdown()
