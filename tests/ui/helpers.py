"""Small helpers shared by the window tests: keys as a person presses them, answers to the
confirmation questions, short sessions, and pack files to open."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.plan import Segment
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.ui.main_window import MainWindow
from tests.fakes import FakeTimers

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
          modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key press as a person makes it: it goes to whatever has the keyboard focus."""
    if not window.isActiveWindow():  # the person looks at the window (a dialog just closed)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget()
    if target is None or target.window() is not window:
        target = window
    qtbot.keyClick(target, key, modifier)


@dataclass
class Answers:
    """Stands in for the yes/no question; records what was asked and what the session did."""

    answer: bool
    window: MainWindow
    during: Callable[[], None] | None = None  # what happens while the question is open
    calls: list[tuple[str, str]] = field(default_factory=list)
    paused_while_asking: list[bool] = field(default_factory=list)

    def __call__(self, title: str, text: str) -> bool:
        self.calls.append((title, text))
        self.paused_while_asking.append(self.window.controller.paused)
        if self.during is not None:
            self.during()
        return self.answer


def answer(window: MainWindow, yes: bool, during: Callable[[], None] | None = None) -> Answers:
    answers = Answers(yes, window, during)
    window.confirm = answers
    return answers


def when_modal(action: Callable[[QWidget], None], tries: int = 200) -> None:
    """Run ``action`` on the modal dialog as soon as it is on screen (gives up after ~2 s)."""

    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            if left > 0:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        action(box)

    QTimer.singleShot(0, lambda: attempt(tries))


def choose_short_session(window: MainWindow, *, reps: int = 1, sets: int = 1,
                         exercises: int = 3, rest: int = 10, lead_in: int = 5) -> None:
    """Set the set-up page's controls for a short session (the first ``exercises`` ticked)."""
    page = window.setup_page
    page.reps.setValue(reps)
    page.sets.setValue(sets)
    page.rest.setValue(rest)
    page.lead_in.setValue(lead_in)
    for i, row in enumerate(page._rows):
        row.check.setChecked(i < exercises)


def start_with_space(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_page() is window.setup_page
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.current_page() is window.session_page
    assert window.controller.running


def current(window: MainWindow) -> Segment:
    session = window.controller.session
    assert session is not None
    return session.current


def run_until(timers: FakeTimers, done: Callable[[], bool], *, limit: float = 2000.0,
              step: float = 0.05) -> None:
    """Let session time pass until ``done()`` (fails after ``limit`` seconds of session time)."""
    end = timers.clock.now() + limit
    while not done():
        assert timers.clock.now() < end, "the session never got there"
        timers.run_for(step, step=step)


def copy_pack(tmp_path: Path, *, title: str = "Copied pack", name: str = "copy.yaml",
              edit: Callable[[str], str] | None = None) -> Path:
    """The built-in pack with its pictures, copied into ``tmp_path`` under another title."""
    source = builtin_pack_path()
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    shutil.copytree(source.parent / "pictures", folder / "pictures", dirs_exist_ok=True)
    text = source.read_text(encoding="utf-8")
    old = "  text: Hip-flexor strength for runners\n"
    assert old in text
    text = text.replace(old, f"  text: {title}\n", 1)
    if edit is not None:
        text = edit(text)
    target = folder / name
    target.write_text(text, encoding="utf-8")
    return target


def focus_chain(start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits, in order, starting after ``start`` (one full round)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None
    seen: list[QWidget] = []
    for _ in range(limit):
        window = first.window()
        assert window.focusNextChild()
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is first:
            return [first, *seen]
        seen.append(widget)
    raise AssertionError("Tab never came back to where it started")
