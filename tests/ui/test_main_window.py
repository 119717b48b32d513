"""The main window as a person uses it: every page, every key, the questions, packs and files.

Keys go to whatever has the keyboard focus, exactly as a key press does; time moves only with
the fake clock.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Level, Pack, Side, SideMode
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.core.session import Action
from hipflex_desktop.trace import TraceWriter
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.trace_recorder import TraceRecorder
from tests.fakes import FakeTimers
from tests.ui.helpers import (
    answer,
    choose_short_session,
    copy_pack,
    current,
    focus_chain,
    press,
    run_until,
    start_with_space,
    when_modal,
)

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
# The offscreen platform used by the tests warns about every dialog it shows.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
LATE = 0.002  # a timer may wake up to a millisecond after its boundary


# -- the whole round: set-up → session → summary → Done → set-up ---------------------------------


def test_a_short_session_visits_every_page_and_comes_back(qtbot: QtBot, window: MainWindow,
                                                          timers: FakeTimers) -> None:
    choose_short_session(window, reps=2, sets=1)
    session_seconds = _planned_seconds(window)
    assert not timers.active()
    start_with_space(qtbot, window)
    page = window.session_page
    assert page.exercise.text() == "Banded psoas march"
    assert page.position.text() == "1 of 3"
    assert page.phase.text() == "GET READY"
    assert page.side_badge.side is Side.RIGHT
    assert page.ring.text == "5"
    assert page.up_next.text() == "Up next: Lift"

    timers.run_for(5.0 + LATE)  # the lead-in ends (timers wake up to a millisecond late)
    assert page.phase.text() == "LIFT"
    assert page.rep.text() == "Rep 1 of 2"
    assert page.side_badge.side is Side.RIGHT
    timers.run_for(1.5 + 0.75)  # into the hold: tenths of a second
    assert page.phase.text() == "HOLD"
    assert page.ring.text == "0.8"

    run_until(timers, lambda: window.current_page() is not window.session_page)
    assert window.current_page() is window.summary_page
    summary = window.summary_page
    assert summary.heading.text() == "Session complete — well done!"
    assert summary.table.rowCount() == 3
    assert [summary.cell(r, 0) for r in range(3)] == [
        "Banded psoas march", "Seated leg lifts", "Elevated bridge march"]
    assert summary.cell(0, 2) == "2 of 2" and summary.cell(0, 3) == "2 of 2"
    assert summary.duration.text() == f"Total time {_mmss(session_seconds)}"
    assert not timers.active()
    assert QApplication.focusWidget() is summary.done

    press(qtbot, window, Key.Key_Space)  # Done
    assert window.current_page() is window.setup_page
    assert QApplication.focusWidget() is window.setup_page.start

    start_with_space(qtbot, window)  # and a second session starts afresh
    assert current(window).index == 0
    assert window.session_page.ring.text == "5"
    assert not window.session_page.paused_shown
    window.controller.stop()


def test_the_default_session_runs_to_its_end_at_the_planned_time(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    total = _planned_seconds(window)
    started = clock.now()
    start_with_space(qtbot, window)
    run_until(timers, lambda: window.current_page() is window.summary_page, step=1.0)
    session = window.controller.session
    assert session is not None
    # The last segment ends exactly at start + total, however late the last frame was.
    assert clock.now() - started == pytest.approx(total, abs=1.0)
    assert all(o is not None for o in session.outcomes)
    assert window.summary_page.cell(1, 2) == "16 of 16"  # 8 per side in each of 2 sets


def test_done_also_answers_to_enter_and_a_click(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers) -> None:
    choose_short_session(window)
    start_with_space(qtbot, window)
    window.controller.stop()
    assert window.current_page() is window.summary_page
    qtbot.keyClick(window.summary_page.done, Key.Key_Return)
    assert window.current_page() is window.setup_page
    start_with_space(qtbot, window)
    window.controller.stop()
    qtbot.mouseClick(window.summary_page.done, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.setup_page


# -- Space and the media keys --------------------------------------------------------------------


def test_space_starts_even_from_a_spin_box(qtbot: QtBot, window: MainWindow,
                                           timers: FakeTimers) -> None:
    for spin in (window.setup_page.reps, window.setup_page.hold):
        spin.setFocus()
        assert QApplication.focusWidget() is spin
        before = spin.value()
        start_with_space(qtbot, window)
        assert spin.value() == before
        assert spin.cleanText() == spin.textFromValue(before)  # no stray space typed into it
        window.controller.stop()
        press(qtbot, window, Key.Key_Space)  # Done
        assert window.current_page() is window.setup_page


def test_space_right_after_typing_a_number_uses_that_number(qtbot: QtBot, window: MainWindow,
                                                            timers: FakeTimers) -> None:
    reps = window.setup_page.reps
    reps.setFocus()
    reps.selectAll()
    qtbot.keyClicks(reps, "12")
    hold = window.setup_page.hold
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    assert session.options.reps_per_side == 12
    assert session.current.reps == 12
    assert window.session_page.rep.text() == "12 reps per side"
    assert hold.value() == 1.5
    window.controller.stop()


def test_space_on_a_check_box_ticks_it_and_does_not_start(qtbot: QtBot, window: MainWindow,
                                                          timers: FakeTimers) -> None:
    row = window.setup_page._rows[1]
    row.check.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert not row.check.isChecked()
    assert window.current_page() is window.setup_page
    assert window.controller.session is None
    press(qtbot, window, Key.Key_Space)
    assert row.check.isChecked()
    easier = row.buttons[Level.EASIER]
    easier.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert easier.isChecked()
    assert window.setup_page.options().variants == {row.exercise.id: Level.EASIER}
    assert window.controller.session is None
    assert not timers.active()


# The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard)")
def test_space_on_a_list_opens_it_and_does_not_start(qtbot: QtBot, window: MainWindow,
                                                      timers: FakeTimers) -> None:
    combo = window.setup_page.side_pattern
    combo.setFocus()
    press(qtbot, window, Key.Key_Space)
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Key.Key_Down)
    qtbot.keyClick(combo.view(), Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.currentIndex() == 1
    assert window.setup_page.options().sides is SideMode.ALTERNATE
    assert window.controller.session is None


def test_space_pauses_and_resumes_whatever_has_the_focus(qtbot: QtBot, window: MainWindow,
                                                         timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    timers.run_for(2.0)
    # A click on Skip leaves the keyboard focus on it; Space must still mean pause.
    qtbot.mouseClick(window.session_page.skip, Qt.MouseButton.LeftButton)
    index = current(window).index
    assert index == 1
    press(qtbot, window, Key.Key_Space)
    assert window.controller.paused
    assert current(window).index == index
    assert window.session_page.paused_shown
    assert window.session_page.pause.text() == "Resume"
    press(qtbot, window, Key.Key_Space)
    assert window.controller.running
    assert not window.session_page.paused_shown
    assert window.session_page.pause.text() == "Pause"
    window.controller.stop()


# QTest has no text for media keys and says so; a real keyboard sends them without text.
@pytest.mark.qt_log_ignore(r"keyToAscii Unhandled key code")
def test_media_play_pause_key_starts_pauses_and_resumes(qtbot: QtBot, window: MainWindow,
                                                        timers: FakeTimers) -> None:
    key = Key.Key_MediaTogglePlayPause
    press(qtbot, window, key)
    assert window.current_page() is window.session_page
    assert window.controller.running
    press(qtbot, window, key)
    assert window.controller.paused
    press(qtbot, window, key)
    assert window.controller.running
    window.controller.stop()
    press(qtbot, window, key)  # on the summary: Done
    assert window.current_page() is window.setup_page


@pytest.mark.qt_log_ignore(r"keyToAscii Unhandled key code")
def test_separate_play_and_pause_keys_do_only_what_they_say(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    press(qtbot, window, Key.Key_MediaPause)  # nothing to pause on the set-up page
    assert window.current_page() is window.setup_page
    press(qtbot, window, Key.Key_MediaPlay)
    assert window.controller.running
    press(qtbot, window, Key.Key_MediaPlay)  # play while playing: still playing
    assert window.controller.running
    press(qtbot, window, Key.Key_MediaPause)
    assert window.controller.paused
    press(qtbot, window, Key.Key_MediaPause)  # pause while paused: still paused
    assert window.controller.paused
    press(qtbot, window, Key.Key_MediaPlay)
    assert window.controller.running
    window.controller.stop()


# -- next, previous, easier, harder ------------------------------------------------------------


@pytest.mark.parametrize("key", [Key.Key_Right, Key.Key_PageDown])
def test_next_step_keys(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                        key: Qt.Key) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, key)
    assert current(window).index == 1
    assert window.session_page.phase.text() == "LIFT"
    press(qtbot, window, key)
    assert current(window).index == 2
    assert window.session_page.phase.text() == "HOLD"
    assert window.controller.running
    window.controller.stop()


@pytest.mark.parametrize("key", [Key.Key_Left, Key.Key_PageUp])
def test_previous_step_keys(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                            key: Qt.Key) -> None:
    start_with_space(qtbot, window)
    timers.run_for(20.0 + 1.5 + 0.5)  # lead-in, lift, half a second into the hold
    assert current(window).kind is SegmentKind.HOLD
    press(qtbot, window, key)
    assert current(window).kind is SegmentKind.MOVE
    assert window.controller.remaining() == 1.5  # the step starts again from its beginning
    assert window.session_page.phase.text() == "LIFT"
    window.controller.stop()


def test_e_and_h_change_the_variant_or_say_there_is_none(qtbot: QtBot, window: MainWindow,
                                                         timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, Key.Key_E)  # the march has no easier variant
    assert window.statusBar().currentMessage() == "No easier variant of Banded psoas march"
    assert current(window).variant is Level.STANDARD
    press(qtbot, window, Key.Key_H)
    assert current(window).variant is Level.HARDER
    assert window.session_page.exercise.text() == "Banded psoas march, no wall (harder)"
    press(qtbot, window, Key.Key_H)
    assert window.statusBar().currentMessage() == (
        "No harder variant of Banded psoas march, no wall")
    press(qtbot, window, Key.Key_E)
    assert current(window).variant is Level.STANDARD
    assert window.session_page.exercise.text() == "Banded psoas march"
    window.controller.stop()


# -- M, F11, Esc, help -------------------------------------------------------------------------


def test_m_mutes_and_unmutes_anywhere(qtbot: QtBot, window: MainWindow,
                                      timers: FakeTimers) -> None:
    assert not window.muted
    with qtbot.waitSignal(window.muted_changed) as blocker:
        press(qtbot, window, Key.Key_M)
    assert blocker.args == [True]
    assert window.muted
    assert window.act_mute.isChecked()
    assert window.statusBar().currentMessage() == "Sound off"
    start_with_space(qtbot, window)
    with qtbot.waitSignal(window.muted_changed) as blocker:
        press(qtbot, window, Key.Key_M)
    assert blocker.args == [False]
    assert not window.muted
    assert window.controller.running  # muting does not touch the session
    window.controller.stop()


def test_f11_gives_the_focus_view_and_esc_leaves_it_without_stopping(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    answers = answer(window, yes=True)
    start_with_space(qtbot, window)
    page = window.session_page
    assert page._buttons.isVisible()
    with qtbot.waitSignal(window.fullscreen_changed) as blocker:
        press(qtbot, window, Key.Key_F11)
    assert blocker.args == [True]
    assert window.isFullScreen()
    assert not page._buttons.isVisible()
    assert not page.pause.isVisible() and not page.stop.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert page.ring.isVisible()
    assert window.act_fullscreen.isChecked()

    press(qtbot, window, Key.Key_Escape)  # leaves full screen, asks nothing
    assert not window.isFullScreen()
    assert answers.calls == []
    assert window.controller.running
    assert page._buttons.isVisible() and window.menuBar().isVisible()

    press(qtbot, window, Key.Key_F11)
    press(qtbot, window, Key.Key_F11)  # F11 toggles back too
    assert not window.isFullScreen()
    assert page.stop.isVisible()
    window.controller.stop()


def test_full_screen_also_works_on_the_set_up_page(qtbot: QtBot, window: MainWindow,
                                                   timers: FakeTimers) -> None:
    answers = answer(window, yes=True)
    press(qtbot, window, Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Key.Key_Escape)
    assert not window.isFullScreen()
    assert answers.calls == []
    assert window.current_page() is window.setup_page


def test_esc_answered_no_keeps_the_session_running_with_the_same_time(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    start_with_space(qtbot, window)
    timers.run_for(7.3)
    remaining = window.controller.remaining()
    shown = window.session_page.ring.text
    # The person takes ten seconds to answer: the session waits for them.
    answers = answer(window, yes=False, during=lambda: clock.advance(10.0))
    press(qtbot, window, Key.Key_Escape)
    assert len(answers.calls) == 1
    assert answers.calls[0][0] == "Stop the session?"
    assert answers.paused_while_asking == [True]
    assert window.controller.running
    assert window.controller.remaining() == pytest.approx(remaining, abs=1e-9)
    assert window.session_page.ring.text == shown
    assert not window.session_page.paused_shown
    assert timers.named("frame").active
    timers.run_for(1.0)
    assert window.controller.remaining() == pytest.approx(remaining - 1.0, abs=1e-6)
    window.controller.stop()


def test_esc_answered_yes_stops_and_the_summary_says_so(qtbot: QtBot, window: MainWindow,
                                                        timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    timers.run_for(30.0)
    answers = answer(window, yes=True)
    press(qtbot, window, Key.Key_Escape)
    assert len(answers.calls) == 1
    assert window.current_page() is window.summary_page
    assert window.summary_page.heading.text() == "Session stopped"
    assert window.summary_page.table.rowCount() == 3
    assert window.summary_page.cell(2, 2) == "0 of 16"
    assert not timers.active()
    assert not window.controller.active


def test_esc_while_paused_answered_no_stays_paused(qtbot: QtBot, window: MainWindow,
                                                   timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, Key.Key_Space)
    answers = answer(window, yes=False)
    press(qtbot, window, Key.Key_Escape)
    assert len(answers.calls) == 1
    assert window.controller.paused
    assert window.session_page.paused_shown
    assert not timers.active()
    window.controller.stop()


def test_the_stop_button_asks_too(qtbot: QtBot, window: MainWindow,
                                  timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    answers = answer(window, yes=False)
    qtbot.mouseClick(window.session_page.stop, Qt.MouseButton.LeftButton)
    assert len(answers.calls) == 1
    assert window.controller.running
    answers.answer = True
    qtbot.mouseClick(window.session_page.stop, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.summary_page
    assert window.summary_page.heading.text() == "Session stopped"


def test_esc_and_ctrl_q_ask_nothing_on_the_set_up_and_summary_pages(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    answers = answer(window, yes=False)
    press(qtbot, window, Key.Key_Escape)
    assert answers.calls == []
    assert window.current_page() is window.setup_page
    start_with_space(qtbot, window)
    window.controller.stop()
    press(qtbot, window, Key.Key_Escape)
    assert answers.calls == []
    assert window.current_page() is window.summary_page
    press(qtbot, window, Key.Key_Q, CTRL)
    assert answers.calls == []
    assert not window.isVisible()


def test_ctrl_q_in_a_session_asks_and_no_keeps_it_going(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    start_with_space(qtbot, window)
    timers.run_for(4.0)
    remaining = window.controller.remaining()
    answers = answer(window, yes=False, during=lambda: clock.advance(3.0))
    press(qtbot, window, Key.Key_Q, CTRL)
    assert len(answers.calls) == 1
    assert answers.calls[0][0] == "Quit during the session?"
    assert answers.paused_while_asking == [True]
    assert window.isVisible()
    assert window.controller.running
    assert window.controller.remaining() == pytest.approx(remaining, abs=1e-9)
    assert timers.named("frame").active
    window.controller.stop()


def test_ctrl_q_in_a_session_answered_yes_closes_the_window(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    timers.run_for(4.0)
    answers = answer(window, yes=True)
    press(qtbot, window, Key.Key_Q, CTRL)
    assert len(answers.calls) == 1
    assert not window.isVisible()
    assert not timers.active()


def test_ctrl_q_on_the_set_up_page_closes_without_asking(qtbot: QtBot, window: MainWindow,
                                                         timers: FakeTimers) -> None:
    answers = answer(window, yes=False)
    press(qtbot, window, Key.Key_Q, CTRL)
    assert answers.calls == []
    assert not window.isVisible()


@pytest.mark.parametrize("key", [Key.Key_F1, Key.Key_Question])
def test_help_overlay_opens_and_closes(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                                       key: Qt.Key) -> None:
    veil = window.help_veil
    press(qtbot, window, key)
    assert veil.isVisible()
    assert veil.title == "Keys"
    assert veil.geometry() == window.stack.rect()
    assert "Space: Start, pause or resume" in veil.accessibleDescription()
    press(qtbot, window, key)
    assert not veil.isVisible()


def test_esc_closes_the_help_before_anything_else(qtbot: QtBot, window: MainWindow,
                                                  timers: FakeTimers) -> None:
    answers = answer(window, yes=True)
    start_with_space(qtbot, window)
    press(qtbot, window, Key.Key_F1)
    assert window.help_veil.isVisible()
    press(qtbot, window, Key.Key_Escape)
    assert not window.help_veil.isVisible()
    assert answers.calls == []
    assert window.controller.running
    press(qtbot, window, Key.Key_Escape)  # now it asks to stop
    assert len(answers.calls) == 1
    assert window.current_page() is window.summary_page


def test_the_help_overlay_follows_the_window_size(qtbot: QtBot, window: MainWindow,
                                                  timers: FakeTimers) -> None:
    press(qtbot, window, Key.Key_F1)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.help_veil.geometry() == window.stack.rect())
    assert window.help_veil.height() > 800
    press(qtbot, window, Key.Key_F1)


def test_session_keys_do_no_harm_on_the_set_up_page(qtbot: QtBot, window: MainWindow,
                                                    timers: FakeTimers) -> None:
    answers = answer(window, yes=True)
    options = window.setup_page.options()
    for key in (Key.Key_Right, Key.Key_Left, Key.Key_PageDown, Key.Key_PageUp, Key.Key_E,
                Key.Key_H, Key.Key_Escape):
        press(qtbot, window, key)
    assert window.current_page() is window.setup_page
    assert window.controller.session is None
    assert window.setup_page.options() == options
    assert answers.calls == []
    assert not timers.active()


def test_arrow_and_page_keys_still_move_the_spin_boxes(qtbot: QtBot, window: MainWindow,
                                                       timers: FakeTimers) -> None:
    reps = window.setup_page.reps
    reps.setFocus()
    start = reps.value()
    press(qtbot, window, Key.Key_Up)
    assert reps.value() == start + 1
    press(qtbot, window, Key.Key_Down)
    press(qtbot, window, Key.Key_Down)
    assert reps.value() == start - 1
    press(qtbot, window, Key.Key_PageUp)  # also "previous step" in a session
    assert reps.value() == start - 1 + 10
    press(qtbot, window, Key.Key_PageDown)
    assert reps.value() == start - 1
    edit = reps.lineEdit()
    edit.setCursorPosition(0)
    press(qtbot, window, Key.Key_Right)  # moves the text cursor, not the session
    assert edit.cursorPosition() == 1
    press(qtbot, window, Key.Key_Left)
    assert edit.cursorPosition() == 0
    hold = window.setup_page.hold
    hold.setFocus()
    press(qtbot, window, Key.Key_Up)
    assert hold.value() == 2.0
    assert window.controller.session is None


# -- the real question dialog --------------------------------------------------------------------


def _answer_dialog_with(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` in the question as soon as it is on screen."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        target = box.button(button)
        assert target is not None
        target.click()

    when_modal(click)


def test_the_real_stop_question_no_then_yes(qtbot: QtBot, window: MainWindow,
                                            timers: FakeTimers) -> None:
    window.confirm = window.dialogs.ask  # the question a person really sees
    start_with_space(qtbot, window)
    timers.run_for(3.0)
    remaining = window.controller.remaining()
    seen: list[str] = []
    _answer_dialog_with(QMessageBox.StandardButton.No, seen)
    press(qtbot, window, Key.Key_Escape)
    assert seen == ["Stop now? What you have done so far is kept."]
    assert window.controller.running
    assert window.controller.remaining() == pytest.approx(remaining, abs=1e-9)

    _answer_dialog_with(QMessageBox.StandardButton.Yes, seen)
    press(qtbot, window, Key.Key_Escape)
    assert len(seen) == 2
    assert window.current_page() is window.summary_page
    assert window.summary_page.heading.text() == "Session stopped"
    window.confirm = lambda title, text: True


def test_the_real_question_says_no_to_esc(qtbot: QtBot, window: MainWindow,
                                          timers: FakeTimers) -> None:
    """Esc in the question means No: a second Esc press never stops a session by accident."""
    window.confirm = window.dialogs.ask
    start_with_space(qtbot, window)
    seen: list[str] = []

    def press_escape(box: QWidget) -> None:
        seen.append(box.accessibleName())
        qtbot.keyClick(box, Key.Key_Escape)

    when_modal(press_escape)
    press(qtbot, window, Key.Key_Escape)
    assert len(seen) == 1
    assert window.controller.running
    window.confirm = lambda title, text: True
    window.controller.stop()


# -- packs -------------------------------------------------------------------------------------


def _bad_yaml(tmp: Path) -> tuple[Path, str]:
    path = tmp / "bad.yaml"
    path.write_text("format: 1\ntitle: [unclosed\n", encoding="utf-8")
    return path, f"{path}:3:1: error: not valid YAML"


def _unknown_key(tmp: Path) -> tuple[Path, str]:
    path = copy_pack(tmp, edit=lambda t: t.replace("licence: CC-BY-4.0\n",
                                                   "licence: CC-BY-4.0\nmascot: heron\n"))
    line = path.read_text(encoding="utf-8").splitlines().index("mascot: heron") + 1
    return path, f'{path}:{line}:1: error: mascot: unknown key "mascot"'


def _binary(tmp: Path) -> tuple[Path, str]:
    path = tmp / "picture.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    return path, f"{path}:1:"


def _missing(tmp: Path) -> tuple[Path, str]:
    path = tmp / "nowhere.yaml"
    return path, f"{path}:1:1: error: no such file"


def _folder(tmp: Path) -> tuple[Path, str]:
    path = tmp / "folder.yaml"
    path.mkdir()
    return path, f"{path}:1:1: error: this is a folder"


def _missing_picture(tmp: Path) -> tuple[Path, str]:
    path = copy_pack(tmp, edit=lambda t: t.replace("picture: pictures/march-wall.svg",
                                                   "picture: pictures/nowhere.svg"))
    return path, f"{path}:"


BROKEN = [_bad_yaml, _unknown_key, _binary, _missing, _folder, _missing_picture]


@pytest.mark.parametrize("make", BROKEN, ids=[f.__name__.strip("_") for f in BROKEN])
def test_a_broken_pack_shows_its_located_errors_and_the_pack_stays(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, tmp_path: Path, make) -> None:
    pack = window.pack
    title = window.windowTitle()
    path, located = make(tmp_path)
    changed: list[Pack] = []
    window.pack_changed.connect(changed.append)
    assert window.open_pack_file(path) is False
    box = window.last_dialog
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "This pack cannot be used"
    assert box.text().startswith(f"{path.name} has ")
    assert "The current pack, Hip-flexor strength for runners, stays open." in box.text()
    assert located in box.informativeText()
    assert located in box.detailedText()
    assert box.icon() is QMessageBox.Icon.Warning
    assert window.pack is pack
    assert window.windowTitle() == title
    assert window.setup_page.title.text() == "Hip-flexor strength for runners"
    assert changed == []
    assert window.current_page() is window.setup_page
    _close_dialog(qtbot, window)


def test_a_valid_pack_replaces_the_current_one(qtbot: QtBot, window: MainWindow,
                                               timers: FakeTimers, tmp_path: Path) -> None:
    path = copy_pack(tmp_path, title="Evening strength")
    with qtbot.waitSignal(window.pack_changed) as blocker:
        assert window.open_pack_file(path) is True
    assert blocker.args[0].title.text == "Evening strength"
    assert window.pack.title.text == "Evening strength"
    assert window.windowTitle() == "Evening strength"  # Qt adds the app's name once
    assert window.setup_page.title.text() == "Evening strength"
    assert window.statusBar().currentMessage() == "Opened Evening strength"
    assert window.last_dialog is None
    # Its pictures come from beside the new file.
    assert window.setup_page._rows[0].picture.path == path.parent / "pictures/march-wall.svg"
    start_with_space(qtbot, window)
    assert window.session_page.picture.path == path.parent / "pictures/march-wall.svg"
    window.controller.stop()


def test_a_pack_with_png_pictures_opens_and_shows_them(qtbot: QtBot, window: MainWindow,
                                                       timers: FakeTimers,
                                                       tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    path = copy_pack(tmp_path, title="Photos", edit=lambda t: t.replace(
        "picture: pictures/march-wall.svg", "picture: pictures/march.png"))
    image = QImage(64, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0b5cad"))
    assert image.save(str(path.parent / "pictures" / "march.png"), "PNG")
    assert window.open_pack_file(path) is True
    row = window.setup_page._rows[0]
    qtbot.waitUntil(row.picture.has_picture, timeout=10_000)  # drawn off the GUI thread
    assert row.picture.problem is None
    start_with_space(qtbot, window)
    qtbot.waitUntil(window.session_page.picture.has_picture, timeout=10_000)
    assert window.session_page.picture.path == path.parent / "pictures" / "march.png"
    window.controller.stop()


def test_no_pack_can_be_opened_during_a_session(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers, tmp_path: Path) -> None:
    path = copy_pack(tmp_path, title="Evening strength")
    start_with_space(qtbot, window)
    assert not window.act_open.isEnabled()
    assert not window.act_builtin.isEnabled()
    assert window.open_pack_file(path) is False
    box = window.last_dialog
    assert box is not None
    assert box.windowTitle() == "Session under way"
    assert window.pack.title.text == "Hip-flexor strength for runners"
    assert window.current_page() is window.session_page
    assert window.controller.running
    _close_dialog(qtbot, window)
    window.controller.stop()
    assert window.act_open.isEnabled()


def _close_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """Press OK in the dialog the window shows, and let it go away."""
    box = window.last_dialog
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert window.last_dialog is None


def _drop(window: MainWindow, urls: list[QUrl]) -> tuple[bool, bool]:
    """Drag ``urls`` over the window and drop them; returns (drag accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls(urls)
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_pack_file_opens_it(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                                       tmp_path: Path) -> None:
    path = copy_pack(tmp_path, title="Dropped pack", name="dropped.YML")
    with qtbot.waitSignal(window.pack_changed):
        assert _drop(window, [QUrl.fromLocalFile(str(path))]) == (True, True)
    assert window.pack.title.text == "Dropped pack"


def test_dropping_anything_else_is_ignored(qtbot: QtBot, window: MainWindow,
                                           timers: FakeTimers, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("title: not a pack\n", encoding="utf-8")
    pack_a = copy_pack(tmp_path, title="A", name="a.yaml")
    pack_b = copy_pack(tmp_path, title="B", name="b.yaml")
    for urls in ([QUrl.fromLocalFile(str(text))],
                 [QUrl.fromLocalFile(str(pack_a)), QUrl.fromLocalFile(str(pack_b))],
                 [QUrl("https://example.org/pack.yaml")]):
        assert _drop(window, urls) == (False, False)
    assert window.pack.title.text == "Hip-flexor strength for runners"
    assert window.last_dialog is None


def test_dropping_a_broken_pack_shows_the_problems(qtbot: QtBot, window: MainWindow,
                                                   timers: FakeTimers, tmp_path: Path) -> None:
    path, located = _bad_yaml(tmp_path)
    _drop(window, [QUrl.fromLocalFile(str(path))])
    box = window.last_dialog
    assert box is not None
    assert located in box.informativeText()
    assert window.pack.title.text == "Hip-flexor strength for runners"
    _close_dialog(qtbot, window)


def test_after_a_broken_pack_a_whole_session_still_works(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, tmp_path: Path) -> None:
    for make in BROKEN:
        folder = tmp_path / make.__name__.strip("_")
        folder.mkdir()
        path, _ = make(folder)
        assert window.open_pack_file(path) is False
        _close_dialog(qtbot, window)
    choose_short_session(window)
    start_with_space(qtbot, window)
    run_until(timers, lambda: window.current_page() is window.summary_page)
    assert window.summary_page.heading.text() == "Session complete — well done!"
    assert window.summary_page.cell(2, 2) == "1 of 1"


def test_the_built_in_pack_comes_back_from_the_menu(qtbot: QtBot, window: MainWindow,
                                                    timers: FakeTimers, tmp_path: Path) -> None:
    window.open_pack_file(copy_pack(tmp_path, title="Other"))
    assert window.pack.title.text == "Other"
    window.act_builtin.trigger()
    assert window.pack.title.text == "Hip-flexor strength for runners"


# -- what the trace file records ---------------------------------------------------------------


def test_the_trace_records_every_session_event(qtbot: QtBot, builtin_pack: Pack,
                                               controller: SessionController,
                                               timers: FakeTimers, tmp_path: Path) -> None:
    trace_file = tmp_path / "trace.jsonl"
    trace = TraceRecorder(TraceWriter(trace_file), controller)
    win = MainWindow(CurrentPack(builtin_pack), controller)
    trace.watch_first_paint(win.first_painted)
    win.confirm = lambda title, text: True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    start_with_space(qtbot, win)
    timers.run_for(20.5)
    for key in (Key.Key_Space, Key.Key_Space, Key.Key_Right, Key.Key_Left, Key.Key_H,
                Key.Key_Escape):
        press(qtbot, win, key)
    win.close()
    trace.close()  # the app closes it when it ends
    records = [json.loads(line) for line in trace_file.read_text("utf-8").splitlines()]
    events = [r["event"] for r in records]
    assert events[0] == "window_shown"
    for name in ("session_started", "segment_started", "paused", "resumed", "skipped",
                 "went_back", "variant_changed", "session_stopped"):
        assert name in events, name
    assert events[-1] == "session_stopped"
    for record in records[1:]:
        assert {"t", "event", "index", "exercise", "side", "rep", "phase",
                "remaining"} <= record.keys()
    lift = next(r for r in records if r["event"] == "segment_started" and r["index"] == 1)
    first = next(r for r in records if r["event"] == "session_started")
    assert lift["t"] == pytest.approx(first["t"] + 20.0, abs=1e-6)  # the exact boundary
    assert lift["phase"] == "move" and lift["side"] == "right" and lift["rep"] == 1


# -- reachable and named -----------------------------------------------------------------------


def _controls(page: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox):
        found += [w for w in page.findChildren(kind) if w.isVisibleTo(page)]
    return found


def test_every_control_on_every_page_has_a_name_and_a_description(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    from PySide6.QtGui import QAccessible

    start_with_space(qtbot, window)
    window.controller.stop()  # every page has been filled in
    checked = 0
    for page in (window.setup_page, window.session_page, window.summary_page):
        for widget in _controls(page):
            assert widget.accessibleName().strip(), (page, widget)
            face = QAccessible.queryAccessibleInterface(widget)
            assert face is not None
            assert face.text(QAccessible.Text.Name).strip(), widget.accessibleName()
            assert face.text(QAccessible.Text.Description).strip(), widget.accessibleName()
            checked += 1
    assert checked >= 6 + 7 + 6 + 1


def test_tab_reaches_every_enabled_control_of_a_session(qtbot: QtBot, window: MainWindow,
                                                        timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    page = window.session_page
    chain = focus_chain(page.back)
    for button in (page.back, page.pause, page.skip, page.harder, page.stop):
        assert button in chain, button.text()
    assert page.easier not in chain  # disabled: the march has no easier variant
    assert not page.easier.isEnabled()
    assert window.controller.running
    window.controller.stop()


def test_session_keys_work_only_while_a_session_is_under_way(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    assert not any(a.isEnabled() for a in window.session_actions)
    start_with_space(qtbot, window)
    assert all(a.isEnabled() for a in window.session_actions)
    assert window.controller.can(Action.NEXT)
    window.controller.stop()
    assert not any(a.isEnabled() for a in window.session_actions)


def _planned_seconds(window: MainWindow) -> float:
    from hipflex_desktop.core.plan import plan

    return plan(window.pack, window.setup_page.options()).total_seconds


def _mmss(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def test_no_stop_question_once_the_last_step_has_run_out(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    """Esc pressed just as the session ends: the summary, and no question about stopping."""
    choose_short_session(window)
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    while session.upcoming is not None:
        press(qtbot, window, Key.Key_Right)
    clock.advance(session.current.seconds + 0.01)  # ran out; no frame has looked yet
    answers = answer(window, yes=False)
    press(qtbot, window, Key.Key_Escape)
    assert window.current_page() is window.summary_page
    assert window.summary_page.heading.text() == "Session complete — well done!"
    assert answers.calls == []


def test_no_quit_question_once_the_last_step_has_run_out(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    choose_short_session(window)
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    while session.upcoming is not None:
        press(qtbot, window, Key.Key_Right)
    clock.advance(session.current.seconds + 0.01)
    answers = answer(window, yes=False)
    press(qtbot, window, Key.Key_Q, CTRL)
    assert answers.calls == []
    assert not window.isVisible()


def test_a_machine_sleep_shows_the_session_paused(qtbot: QtBot, window: MainWindow,
                                                  timers: FakeTimers,
                                                  clock: FakeClock) -> None:
    start_with_space(qtbot, window)
    timers.run_for(2.0)
    clock.advance(3600.0)  # the lid was closed for an hour
    timers.fire_due()
    assert window.controller.paused
    assert window.session_page.paused_shown
    assert window.session_page.pause.text() == "Resume"
    # Frozen where the last look before the sleep left it, a frame before the 2 s mark.
    assert window.controller.remaining() == pytest.approx(18.0, abs=0.05)
    assert window.session_page.ring.text == "19"
    assert not timers.active()
    press(qtbot, window, Key.Key_Space)
    assert window.controller.running
    window.controller.stop()


def test_leaving_full_screen_gives_back_a_maximised_window(qtbot: QtBot, window: MainWindow,
                                                           timers: FakeTimers) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    press(qtbot, window, Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.isMaximized()
    press(qtbot, window, Key.Key_F11)
    press(qtbot, window, Key.Key_F11)
    assert window.isMaximized() and not window.isFullScreen()


def test_starting_in_full_screen(qtbot: QtBot, builtin_pack: Pack,
                                 controller: SessionController, timers: FakeTimers) -> None:
    """``hipflex --fullscreen``: the window's first appearance is the focus view."""
    win = MainWindow(CurrentPack(builtin_pack), controller)
    qtbot.addWidget(win)
    win.set_fullscreen(True)
    qtbot.waitExposed(win)
    assert win.isVisible() and win.isFullScreen()
    assert not win.menuBar().isVisible()
    press(qtbot, win, Key.Key_Escape)
    assert not win.isFullScreen() and win.isVisible()
