"""The status line: a notice too long for one line wraps onto the next instead of being cut,
and a passing one goes after its time."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.notice_line import NoticeLine
from hipflex_desktop.ui.notices import Notice
from tests.fakes import FakeTimers

LONG = ("No sound: no audio output was found. An audio server (PulseAudio or PipeWire) must run;"
        " on Debian and Ubuntu: sudo apt install pulseaudio")


def shown_lines(line: NoticeLine) -> int:
    metrics = line.label.fontMetrics()
    return line.label.height() // metrics.lineSpacing()


def test_a_long_notice_wraps_whole_at_1024_pixels(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    line = window.statusBar()
    assert isinstance(line, NoticeLine)
    text = f"{LONG}. {LONG}"
    window.notify(Notice(text))
    assert line.currentMessage() == text
    label = line.label
    # Wider than the window on one line, so it needs two, and it is given their height.
    assert label.fontMetrics().horizontalAdvance(text) > label.width()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert shown_lines(line) >= 2


def test_a_passing_notice_goes_after_its_time(qtbot: QtBot) -> None:
    timers = FakeTimers()
    owner = QMainWindow()
    qtbot.addWidget(owner)
    line = NoticeLine(owner, timer_factory=timers.factory)
    owner.setStatusBar(line)
    changes: list[str] = []
    line.messageChanged.connect(changes.append)
    line.showMessage("Sound off", 5000)
    assert line.currentMessage() == "Sound off"
    timers["notice-line"].fire()
    assert line.currentMessage() == ""
    assert changes == ["Sound off", ""]
    line.showMessage("Kept", 0)  # no time: stays until the next one
    assert not timers["notice-line"].isActive()
    assert isinstance(line.label, QWidget) and line.currentMessage() == "Kept"
