"""An error nobody caught: the traceback goes to the log file in the data folder, the person is
told in words where it is (never shown a traceback), and a session under way is paused with its
resume point kept, so that the next start still offers it."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hipflex_desktop.store.history import History
from hipflex_desktop.ui.error_report import LOG_BACKUPS, LOG_MAX_BYTES, ErrorReport
from hipflex_desktop.ui.shell import UNEXPECTED_ERROR_TITLE
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.test_shell import short_session

pytestmark = [
    pytest.mark.qt_log_ignore(
        r"This plugin does not support (propagateSizeHints|raise)",
        "PulseAudioService: pa_context_connect", "QSoundEffect: playback of this format",
    ),
    # These tests raise in slots on purpose: the app's own hook is what is tested.
    pytest.mark.qt_no_exception_capture,
]


def broken_slot() -> None:
    raise ZeroDivisionError("the slot divided by zero")


def error_box(shell_window_last: QMessageBox | None) -> QMessageBox:
    assert shell_window_last is not None
    assert shell_window_last.windowTitle() == UNEXPECTED_ERROR_TITLE
    return shell_window_last


def test_an_error_in_a_slot_is_logged_and_explained_and_the_session_kept(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers) -> None:
    shell = make_shell()
    report = shell.report_errors()
    assert sys.excepthook == report._on_exception
    short_session(shell)
    shell.window.setup_page.request_start()
    timers.run_for(2.0)
    assert shell.controller.running
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: shell.window.last_dialog is not None, timeout=5000)

    log_file = data_dir / "hipflex.log"
    assert log_file == shell.paths.log_file
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in text
    assert "Traceback (most recent call last)" in text
    assert "in broken_slot" in text
    assert "ZeroDivisionError: the slot divided by zero" in text
    assert log_file.stat().st_mode & 0o077 == 0

    box = error_box(shell.window.last_dialog)
    assert box.icon() is QMessageBox.Icon.Critical
    assert "did not expect" in box.text()
    assert "Your session is paused" in box.text()
    assert str(log_file) in box.informativeText()
    shown = " ".join((box.text(), box.informativeText(), box.detailedText()))
    assert "Traceback" not in shown and "broken_slot" not in shown
    assert box.detailedText() == "ZeroDivisionError: the slot divided by zero"

    assert shell.controller.paused
    with History.open(data_dir / "history.db") as history:
        point = history.resume_point()
    assert point is not None  # the next start offers to carry on

    QTimer.singleShot(0, broken_slot)  # again, with the box still open: no second box
    qtbot.waitUntil(lambda: log_file.read_text(encoding="utf-8").count("in broken_slot") == 2)
    assert shell.window.last_dialog is box

    shell.recorder.shutdown()  # the app is closed now, as after a crash
    shell.controller.shutdown()
    shell.window.close()
    assert sys.excepthook != report._on_exception  # the hook leaves with the app
    second = make_shell()
    offers: list[str] = []
    second.resume_offered.connect(offers.append)
    assert second.offer_resume() is True
    assert offers and offers[0].startswith("Resume your session: banded psoas march")


def test_an_error_in_a_thread_is_logged_and_explained(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path) -> None:
    shell = make_shell()
    shell.report_errors()
    worker = threading.Thread(target=broken_slot, name="sound-loader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: shell.window.last_dialog is not None, timeout=5000)
    box = error_box(shell.window.last_dialog)
    assert "Your session is paused" not in box.text()  # there was none
    assert box.detailedText() == "ZeroDivisionError in sound-loader: the slot divided by zero"
    text = (data_dir / "hipflex.log").read_text(encoding="utf-8")
    assert "Unexpected error in sound-loader" in text and "in broken_slot" in text


def test_the_log_file_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "hipflex.log"
    report = ErrorReport(path)
    report.install()
    try:
        for number in range(400):
            logging.getLogger("hipflex.test").warning("%d %s", number, "x" * 2000)
    finally:
        report.uninstall()
    files = sorted(tmp_path.iterdir())
    assert [f.name for f in files] == ["hipflex.log", "hipflex.log.1", "hipflex.log.2"]
    assert len(files) == 1 + LOG_BACKUPS
    assert all(f.stat().st_size <= LOG_MAX_BYTES for f in files)
    assert "399 " in path.read_text(encoding="utf-8")  # the latest are kept


def test_a_log_file_that_cannot_be_written_is_said(qtbot: QtBot, make_shell: MakeShell,
                                                   data_dir: Path) -> None:
    shell = make_shell()
    shell.paths.log_file.mkdir()  # a folder in the way of the file
    shell.report_errors()
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: shell.window.last_dialog is not None, timeout=5000)
    box = error_box(shell.window.last_dialog)
    assert "could not be written to the log file" in box.informativeText()
