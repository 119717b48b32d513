"""A whole session through the real window with a fake clock: every page is reached."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.main_window import MainWindow
from tests.fakes import FakeTimers


def test_space_runs_a_whole_session_to_the_summary(qtbot: QtBot, window: MainWindow,
                                                   timers: FakeTimers) -> None:
    assert window.current_page() is window.setup_page
    qtbot.keyClick(window.setup_page.start, Qt.Key.Key_Space)
    assert window.current_page() is window.session_page
    session = window.controller.session
    assert session is not None
    assert session.current.kind is SegmentKind.PREPARE
    total = session.total_seconds
    timers.run_for(total + 1, step=0.5)
    assert window.current_page() is window.summary_page
    assert "complete" in window.summary_page.heading.text()
    assert timers.active() == []
