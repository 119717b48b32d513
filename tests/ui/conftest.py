"""GUI test set-up: a fake clock, fake timers, and the real window over them.

Tests move time with ``clock.advance(...)`` and then fire the timers the controller armed
(``timers.fire_due()``), exactly as Qt would have done at those instants; nothing waits for real
time. A test that leaves a timer running fails at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Pack
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.shell import AppShell
from tests.fakes import FakeTimers


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


@pytest.fixture(autouse=True)
def english_pack_texts() -> Iterator[None]:
    """The window looks pack texts up in Qt's default locale (see ui/pack_language.py): pin it
    to English so that tests read the same texts whatever the machine's language; a test that
    wants another language sets its own."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


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
    win = MainWindow(CurrentPack(builtin_pack), controller)
    win.confirm = lambda title, text: True  # tests that need "no" replace it
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    controller.shutdown()


MakeShell = Callable[..., AppShell]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_shell(qtbot: QtBot, clock: FakeClock, timers: FakeTimers,
               data_dir: Path) -> Iterator[MakeShell]:
    """Builds the app as ``hipflex`` does, over the test's folder, clock and timers."""
    made: list[AppShell] = []

    def make(**kwargs: object) -> AppShell:
        kwargs.setdefault("data_dir", data_dir)
        shell = AppShell(clock=clock, timer_factory=timers.factory, **kwargs)  # type: ignore[arg-type]
        shell.window.confirm = lambda title, text: True
        qtbot.addWidget(shell.window)
        made.append(shell)
        return shell

    yield make
    for shell in made:
        shell.window.close()  # as the person quits: everything stops and closes


@pytest.fixture
def discard_unsaved(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window closing at the end of a test asks about unsaved changes: the answer is
    Discard unless a test answers itself (a real box would wait for a person)."""
    monkeypatch.setattr(Dialogs, "ask_save", lambda self, title, text: "discard")


@pytest.fixture(params=["en_US", "de_DE", "es_ES"])
def window_language(request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Each of the window's languages in turn, then English again for the tests after."""
    i18n.install(QLocale(request.param), tmp_path_factory.mktemp("language"))
    yield request.param
    i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("english"))
