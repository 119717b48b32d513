"""The session page during real sessions: frozen pauses, variant changes, the edges of the plan,
and what a person 1–3 m away can read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.controller import frame_interval_ms
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.session_page import PAUSED_MESSAGE
from tests.fakes import FakeTimers
from tests.ui.helpers import (
    choose_short_session,
    current,
    press,
    run_until,
    start_with_space,
)

Key = Qt.Key
LATE = 0.002


def _summary_reps(window: MainWindow, exercise: int = 0) -> dict[Side | None, int]:
    session = window.controller.session
    assert session is not None
    return dict(session.summary()[exercise].reps_done)


# -- pause and resume --------------------------------------------------------------------------


@pytest.mark.parametrize(("seconds", "shown"), [
    (20.0 + 1.5 + 0.7, "0.8"),  # in a hold: tenths
    (12.6, "8"),  # in the lead-in: whole seconds, rounded up
])
def test_a_pause_freezes_the_countdown_exactly(qtbot: QtBot, window: MainWindow,
                                              timers: FakeTimers, seconds: float,
                                              shown: str) -> None:
    clock = timers.clock
    start_with_space(qtbot, window)
    timers.run_for(seconds)
    ring = window.session_page.ring
    press(qtbot, window, Key.Key_Space)
    assert window.controller.paused
    assert ring.text == shown  # the value at the moment of the pause, not a frame earlier
    remaining = window.controller.remaining()
    total = window.controller.total_remaining()
    time_left = window.session_page.time_left.text()
    assert timers.active() == []
    assert window.session_page.paused_shown
    assert window.session_page.veil.title == PAUSED_MESSAGE

    clock.advance(5 * 60.0)  # five minutes on the phone
    window.controller.poll()  # even a stray wake-up or repaint moves nothing
    window.resize(1300, 820)
    assert ring.text == shown
    assert window.controller.remaining() == remaining
    assert window.controller.total_remaining() == total
    assert window.session_page.time_left.text() == time_left
    assert timers.active() == []

    press(qtbot, window, Key.Key_Space)
    assert window.controller.running
    assert not window.session_page.paused_shown
    assert window.controller.remaining() == pytest.approx(remaining, abs=1e-9)
    assert ring.text == shown
    timers.run_for(0.1)
    assert window.controller.remaining() == pytest.approx(remaining - 0.1, abs=1e-6)
    timers.run_for(remaining - 0.1 + LATE)
    assert current(window).index == (3 if shown == "0.8" else 1)
    window.controller.stop()


def test_many_pauses_do_not_drift(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                                  clock: FakeClock) -> None:
    choose_short_session(window, reps=2, exercises=1)
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    total = session.total_seconds
    running = 0.0
    while window.controller.active:
        timers.run_for(0.77)
        running += 0.77
        if window.controller.active:
            press(qtbot, window, Key.Key_Space)
            clock.advance(13.0)
            press(qtbot, window, Key.Key_Space)
    # Only the running time counts: the session ended within one step of its planned length.
    assert total <= running < total + 0.77 + 0.01
    assert window.current_page() is window.summary_page


# -- variant change mid-exercise ---------------------------------------------------------------


def test_harder_in_the_middle_of_a_rep_restarts_it_and_keeps_what_is_done(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers, clock: FakeClock) -> None:
    choose_short_session(window, reps=3, exercises=2)
    start_with_space(qtbot, window)
    page = window.session_page
    assert page.picture.path is not None
    assert page.picture.path.name == "march-wall.svg"
    # Through rep 1 on both sides and into rep 2 on the right: the middle of its hold.
    run_until(timers, lambda: current(window).rep == 2 and current(window).side is Side.RIGHT
              and current(window).kind is SegmentKind.HOLD)
    timers.run_for(0.5)
    assert _summary_reps(window) == {Side.RIGHT: 1, Side.LEFT: 1}
    before = current(window)
    remaining_total = window.controller.total_remaining()

    press(qtbot, window, Key.Key_H)
    seg = current(window)
    assert seg.variant is Level.HARDER
    assert (seg.rep, seg.side, seg.kind, seg.phase_index) == (2, Side.RIGHT,
                                                               SegmentKind.MOVE, 0)
    assert seg.index == before.index - 1  # back to the lift of the same rep
    assert window.controller.remaining() == seg.seconds
    assert window.controller.running
    assert page.exercise.text() == "Banded psoas march, no wall (harder)"
    assert page.phase.text() == "LIFT"
    assert page.rep.text() == "Rep 2 of 3"
    assert page.picture.path is not None
    assert page.picture.path.name == "march-free.svg"
    assert page.harder.isEnabled() is False
    assert page.easier.isEnabled() is True
    assert window.controller.total_remaining() > remaining_total  # the lift comes again
    assert _summary_reps(window) == {Side.RIGHT: 1, Side.LEFT: 1}  # done stays done

    run_until(timers, lambda: current(window).exercise_number == 2)
    session = window.controller.session
    assert session is not None
    first = session.summary()[0]
    assert first.variants == (Level.STANDARD, Level.HARDER)
    assert first.reps_done == {Side.RIGHT: 3, Side.LEFT: 3}
    assert page.exercise.text().startswith("Rest — next: Seated leg lifts")
    window.controller.stop()
    assert window.summary_page.cell(0, 1) == "Standard → Harder"
    assert window.summary_page.cell(0, 2) == "3 of 3"


def test_easier_during_a_lead_in_keeps_its_time(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers) -> None:
    choose_short_session(window, exercises=3, lead_in=10)
    window.setup_page._rows[0].check.setChecked(False)  # start with the seated leg lifts
    start_with_space(qtbot, window)
    page = window.session_page
    timers.run_for(4.0)
    assert current(window).kind is SegmentKind.PREPARE
    press(qtbot, window, Key.Key_Space)  # paused, so that the time shown stands still
    shown = page.ring.text
    instruction = page.instruction.text()
    press(qtbot, window, Key.Key_E)
    assert current(window).variant is Level.EASIER
    assert current(window).kind is SegmentKind.PREPARE
    assert page.ring.text == shown == "6"  # the lead-in goes on where it was
    assert window.controller.remaining() == pytest.approx(6.0, abs=1e-6)
    assert window.controller.paused
    assert page.instruction.text() != instruction  # the set-up steps of the easier variant
    assert "pillow" in page.instruction.text()
    assert page.exercise.text() == "Seated leg lifts with support (easier)"
    assert page.picture.path is not None
    assert page.picture.path.name == "leg-lift-wall.svg"
    window.controller.stop()


def test_a_variant_change_while_paused_stays_paused(qtbot: QtBot, window: MainWindow,
                                                    timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    timers.run_for(22.0)
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_H)
    assert current(window).variant is Level.HARDER
    assert window.controller.paused
    assert window.session_page.paused_shown
    assert timers.active() == []
    window.controller.stop()


def test_the_easier_and_harder_buttons(qtbot: QtBot, window: MainWindow,
                                       timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    page = window.session_page
    assert not page.easier.isEnabled()
    qtbot.mouseClick(page.harder, Qt.MouseButton.LeftButton)
    assert current(window).variant is Level.HARDER
    assert page.easier.isEnabled() and not page.harder.isEnabled()
    qtbot.mouseClick(page.easier, Qt.MouseButton.LeftButton)
    assert current(window).variant is Level.STANDARD
    window.controller.stop()


# -- skip and back at the edges ----------------------------------------------------------------


def test_back_on_the_first_step_starts_it_again(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    timers.run_for(12.5)
    assert window.session_page.ring.text == "8"
    qtbot.mouseClick(window.session_page.back, Qt.MouseButton.LeftButton)
    assert current(window).index == 0
    assert window.controller.remaining() == 20.0
    assert window.session_page.ring.text == "20"
    assert window.controller.running
    press(qtbot, window, Key.Key_Left)  # and again: still the first step
    assert current(window).index == 0
    window.controller.stop()


def test_skip_on_the_last_step_finishes_the_session(qtbot: QtBot, window: MainWindow,
                                                    timers: FakeTimers) -> None:
    choose_short_session(window)
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    while session.upcoming is not None:
        press(qtbot, window, Key.Key_PageDown)
    assert window.session_page.up_next.text() == "Up next: done!"
    assert window.session_page.phase.text() == "LOWER"
    press(qtbot, window, Key.Key_PageDown)
    assert window.current_page() is window.summary_page
    assert window.summary_page.heading.text() == "Session complete — well done!"
    assert timers.active() == []


def test_back_from_the_second_exercise_returns_to_the_first(qtbot: QtBot, window: MainWindow,
                                                            timers: FakeTimers) -> None:
    choose_short_session(window)
    start_with_space(qtbot, window)
    run_until(timers, lambda: current(window).exercise_number == 2)
    assert current(window).kind is SegmentKind.REST
    press(qtbot, window, Key.Key_Left)
    seg = current(window)
    assert seg.exercise_number == 1
    assert seg.kind is SegmentKind.RETURN
    assert window.session_page.position.text() == "1 of 3"
    assert window.session_page.exercise.text() == "Banded psoas march"
    assert _summary_reps(window) == {Side.RIGHT: 1}  # the left rep is being done again
    window.controller.stop()


def test_skipping_through_a_whole_exercise(qtbot: QtBot, window: MainWindow,
                                           timers: FakeTimers) -> None:
    choose_short_session(window, reps=3)
    start_with_space(qtbot, window)
    page = window.session_page
    seen_phases: set[str] = set()
    seen_sides: set[Side | None] = set()
    presses = 0
    while current(window).exercise_number == 1:
        seen_phases.add(page.phase.text())
        seen_sides.add(page.side_badge.side)
        press(qtbot, window, Key.Key_Right)
        presses += 1
    assert presses == 1 + 3 * 2 * 3  # the lead-in, then 3 reps a side of 3 phases
    assert seen_phases == {"GET READY", "LIFT", "HOLD", "LOWER"}
    assert seen_sides == {Side.RIGHT, Side.LEFT}
    assert current(window).kind is SegmentKind.REST
    assert page.phase.text() == "REST"
    assert page.side_badge.side is None  # no side during a rest
    assert page.position.text() == "2 of 3"
    assert page.exercise.text() == "Rest — next: Seated leg lifts"
    assert page.ring.text == "10"
    assert window.controller.running
    timers.run_for(10.0 + LATE)
    assert page.exercise.text() == "Seated leg lifts"
    assert page.phase.text() == "GET READY"
    assert page.side_badge.side is Side.RIGHT
    window.controller.stop()


def test_skip_while_paused_moves_on_and_stays_paused(qtbot: QtBot, window: MainWindow,
                                                     timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_Right)
    assert current(window).index == 1
    assert window.controller.paused
    assert window.controller.remaining() == 1.5
    assert window.session_page.ring.text == "2"
    assert window.session_page.phase.text() == "LIFT"
    assert timers.active() == []
    window.controller.stop()


# -- what the page shows ---------------------------------------------------------------------


def test_the_page_through_an_each_side_exercise(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers) -> None:
    choose_short_session(window, reps=2, sets=2)
    for row in window.setup_page._rows:
        row.check.setChecked(row.exercise.id == "seated-leg-lifts")
    start_with_space(qtbot, window)
    page = window.session_page
    assert page.position.text() == "1 of 1"
    assert page.rep.text() == "2 reps per side"
    assert "1. Sit down on the floor" in page.instruction.text()
    assert page.up_next.text() == "Up next: Lift"
    texts: list[tuple[str, str, str, str | None]] = []
    while window.controller.active:
        row = (page.phase.text(), page.rep.text(), page.up_next.text(), None
               if page.side_badge.side is None else page.side_badge.side.value)
        if not texts or texts[-1] != row:
            texts.append(row)
        press(qtbot, window, Key.Key_Right)
    phases = [t[0] for t in texts]
    assert phases.count("SWITCH SIDES") == 2
    assert phases.count("REST") == 1
    switch = texts[phases.index("SWITCH SIDES")]
    assert switch[3] == "left"
    before_switch = texts[phases.index("SWITCH SIDES") - 1]
    assert before_switch[2] == "Up next: left side"
    assert ("LIFT", "Rep 2 of 2 · set 2 of 2", "Up next: Hold", "left") in texts
    assert texts[-1][2] == "Up next: done!"


def test_the_cue_shows_with_the_reps_and_not_in_a_rest(qtbot: QtBot, window: MainWindow,
                                                       timers: FakeTimers) -> None:
    choose_short_session(window, reps=2)
    start_with_space(qtbot, window)
    page = window.session_page
    press(qtbot, window, Key.Key_Right)
    assert page.cue.text() == "Keep your back long as the knee comes up, with no rounding."
    run_until(timers, lambda: current(window).rep == 2)
    assert page.cue.text() == "Keep your toes drawn up towards your shin all the way up."
    run_until(timers, lambda: current(window).kind is SegmentKind.REST)
    assert page.cue.text() == ""
    window.controller.stop()


def test_the_progress_bar_and_time_left_move_with_the_session(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    choose_short_session(window)
    start_with_space(qtbot, window)
    page = window.session_page
    assert page.progress.value() == 0
    total = window.controller.total_remaining()
    assert page.time_left.text() == f"{int(total) // 60}:{round(total) % 60:02d} left"
    timers.run_for(total / 2)
    assert page.progress.value() == pytest.approx(500, abs=2)
    timers.run_for(total / 2 - 1.0)
    assert page.progress.value() == pytest.approx(1000 * (1 - 1 / total), abs=2)
    assert page.time_left.text() == "0:01 left"
    window.controller.stop()


# -- readable from across the room -------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080), (1024, 640)])
def test_the_countdown_is_at_least_a_fifth_of_the_window(qtbot: QtBot, window: MainWindow,
                                                         timers: FakeTimers, width: int,
                                                         height: int) -> None:
    start_with_space(qtbot, window)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    page = window.session_page
    qtbot.waitUntil(lambda: page.ring.height() >= height / 5)
    assert window.height() == height  # the layout fits: the window did not have to grow
    assert min(page.ring.width(), page.ring.height()) >= height / 5
    assert page.ring.isVisible()
    window.controller.stop()


def test_type_and_badge_grow_with_the_window(qtbot: QtBot, window: MainWindow,
                                             timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    page = window.session_page
    sizes = {}
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        qtbot.waitUntil(lambda h=height: window.height() == h)
        qtbot.waitUntil(lambda h=height: page.height() > h * 0.85)
        sizes[height] = (page.side_badge.height(), page.phase.font().pixelSize(),
                         page.exercise.font().pixelSize(), page.instruction.font().pixelSize())
    small, large = sizes[800], sizes[1080]
    for a, b in zip(small, large, strict=True):
        assert b > a
        assert b / a == pytest.approx(1080 / 800, rel=0.2)
    badge = page.side_badge
    assert badge.height() >= 0.08 * page.height()  # readable at 3 m on a laptop screen
    assert badge.label() == "RIGHT  ▶"
    window.controller.stop()


def test_the_badge_shows_the_side_with_its_arrow(qtbot: QtBot, window: MainWindow,
                                                 timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    badge = window.session_page.side_badge
    assert badge.label() == "RIGHT  ▶"
    assert _spoken(badge) == "Right side"
    run_until(timers, lambda: current(window).side is Side.LEFT)
    assert badge.label() == "◀  LEFT"
    assert _spoken(badge) == "Left side"
    assert window.session_page.picture.mirrored  # the picture shows the left side
    window.controller.stop()


def _spoken(widget: QWidget) -> str:
    """What a screen reader hears as the widget's name."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    return face.text(QAccessible.Text.Name)


def test_the_left_side_first_starts_with_the_left_badge(qtbot: QtBot, window: MainWindow,
                                                        timers: FakeTimers) -> None:
    combo = window.setup_page.first_side
    combo.setCurrentIndex(combo.findData(Side.LEFT))
    start_with_space(qtbot, window)
    assert window.session_page.side_badge.label() == "◀  LEFT"
    assert window.session_page.picture.mirrored
    press(qtbot, window, Key.Key_Right)
    assert "left" in window.session_page.instruction.text()
    window.controller.stop()


def test_the_paused_veil_covers_the_page_and_lets_clicks_through(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, Key.Key_Space)
    page = window.session_page
    assert page.paused_shown
    assert page.veil.geometry() == page.rect()
    assert page.veil.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    qtbot.mouseClick(page.pause, Qt.MouseButton.LeftButton)  # "Resume", under the veil
    assert window.controller.running
    assert not page.paused_shown
    window.controller.stop()


def test_the_ring_repaints_only_while_time_moves(qtbot: QtBot, window: MainWindow,
                                                 timers: FakeTimers,
                                                 clock: FakeClock) -> None:
    start_with_space(qtbot, window)
    ring = window.session_page.ring
    calls: list[int] = []
    original = ring.update

    def counted_update(*args: object) -> None:
        calls.append(1)
        original(*args)  # type: ignore[arg-type]

    ring.update = counted_update  # type: ignore[method-assign]
    timers.run_for(1.0)
    moving = len(calls)
    lead_in = window.controller.session.current.seconds  # type: ignore[union-attr]
    assert moving >= 1000 / frame_interval_ms(lead_in) - 2  # the ring sweeps smoothly
    press(qtbot, window, Key.Key_Space)
    calls.clear()
    clock.advance(10.0)
    window.controller.poll()
    window.controller.poll()
    assert calls == []
    press(qtbot, window, Key.Key_Space)
    window.controller.stop()


@pytest.mark.parametrize(("width", "height"), [(760, 520), (1280, 800)])
def test_no_text_is_cut_off(qtbot: QtBot, window: MainWindow, timers: FakeTimers, width: int,
                            height: int) -> None:
    """Every line of the built-in pack fits, down to the smallest window."""
    choose_short_session(window, reps=2, sets=2)
    for row in window.setup_page._rows:  # the longest names: the variants
        level = Level.HARDER if Level.HARDER in row.buttons else Level.EASIER
        row.buttons[level].setChecked(True)
    window.resize(width, height)
    start_with_space(qtbot, window)
    page = window.session_page
    labels = (page.exercise, page.position, page.phase, page.rep, page.up_next, page.time_left)
    seen = 0
    while window.controller.active:
        QApplication.processEvents()
        for label in labels:
            assert label.sizeHint().width() <= label.width() + 1, label.text()
        seen += 1
        press(qtbot, window, Key.Key_Right)
    assert seen > 40


PLANK = """\
format: 1
id: core-basics
title: Core basics
version: "1.0.0"
language: en
author: Test author
licence: CC-BY-4.0
introduction: A short core routine.
defaults:
  reps_per_side: 3
  sets: 1
  hold_seconds: 2
  hold_range: [1.0, 3.0]
  rest_seconds: 10
  lead_in_seconds: 5
  switch_seconds: 3
  first_side: right
exercises:
  - id: dead-bug
    name: Dead bug
    purpose: Trains the deep abdominal muscles.
    equipment: []
    setup:
      - Lie on your back with your arms up.
    sides: none
    phases:
      - kind: move
        text: Lower both arms slowly.
        seconds: 2
      - kind: hold
        text: Hold still.
      - kind: return
        text: Bring the arms back up.
        seconds: 2
    cues:
      - Keep your lower back on the floor.
"""


def test_an_exercise_without_sides(qtbot: QtBot, window: MainWindow, timers: FakeTimers,
                                   tmp_path: Path) -> None:
    path = tmp_path / "core.yaml"
    path.write_text(PLANK, encoding="utf-8")
    assert window.open_pack_file(path)
    assert window.setup_page.total.text() == "Session length 0:23"
    start_with_space(qtbot, window)
    page = window.session_page
    assert page.side_badge.side is None
    assert page.side_badge.label() == ""
    assert page.rep.text() == "3 reps"
    assert not page.picture.isVisible()
    assert not page.easier.isEnabled() and not page.harder.isEnabled()
    press(qtbot, window, Key.Key_H)
    assert window.statusBar().currentMessage() == "No harder variant of Dead bug"
    press(qtbot, window, Key.Key_Right)
    assert page.phase.text() == "LIFT"
    assert page.rep.text() == "Rep 1 of 3"
    assert page.side_badge.side is None
    assert not page.picture.mirrored
    run_until(timers, lambda: window.current_page() is window.summary_page)
    assert [window.summary_page.cell(0, c) for c in range(4)] == [
        "Dead bug", "Standard", "3 of 3", "—"]


# -- what a screen reader is told ---------------------------------------------------------------


def test_each_change_of_step_is_announced_once_and_no_second_is(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    page = window.session_page
    heard: list[str] = []
    page.announced.connect(heard.append)
    choose_short_session(window, reps=2, exercises=2)
    start_with_space(qtbot, window)
    assert heard == ["Exercise 1 of 2: Banded psoas march. Right side. Get ready, 5 seconds."]
    timers.run_for(4.5)  # seconds of countdown: nothing more
    assert len(heard) == 1
    run_until(timers, lambda: current(window).kind is SegmentKind.HOLD)
    assert heard[1:] == ["Rep 1 of 2. Lift.", f"Hold, {_seconds(current(window).seconds)}."]
    run_until(timers, lambda: current(window).side is Side.LEFT)
    assert heard[-1] == "Left side. Rep 1 of 2. Lift."
    steps = len(heard)
    press(qtbot, window, Key.Key_Space)
    assert heard[steps:] == ["Paused. Press Space to resume."]
    press(qtbot, window, Key.Key_Space)
    assert heard[steps + 1:] == ["Resumed."]
    press(qtbot, window, Key.Key_H)  # the harder variant: a new exercise name is said
    assert heard[-1].startswith("Exercise 1 of 2: Banded psoas march, no wall (harder).")
    window.controller.stop()
    assert heard[-1] == "Session stopped."


def _seconds(seconds: float) -> str:
    return "1 second" if round(seconds) == 1 else f"{round(seconds)} seconds"


def test_a_finished_session_is_announced(qtbot: QtBot, window: MainWindow,
                                         timers: FakeTimers) -> None:
    heard: list[str] = []
    window.session_page.announced.connect(heard.append)
    choose_short_session(window, reps=1, exercises=1, lead_in=5)
    start_with_space(qtbot, window)
    run_until(timers, lambda: not window.controller.active)
    assert heard[-1] == "Session finished."
    assert "Resumed." not in heard and not any(h.startswith("Paused") for h in heard)


def test_tab_goes_through_the_session_buttons_in_the_order_they_are_shown(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    page = window.session_page
    page.back.setFocus()
    seen = [page.back]
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert widget is not None
        widget.focusNextChild()
        qtbot.waitUntil(lambda w=widget: QApplication.focusWidget() is not w)
        seen.append(QApplication.focusWidget())  # type: ignore[arg-type]
    enabled = [b for b in (page.back, page.pause, page.skip, page.easier, page.harder,
                           page.stop) if b.isEnabled()]
    assert seen[:len(enabled)] == enabled
    lefts = [b.mapTo(page, b.rect().topLeft()).x() for b in enabled]
    assert lefts == sorted(lefts)  # the order they are laid out, left to right
    window.controller.stop()


def test_a_rest_says_what_comes_next_and_the_next_exercise_is_named_when_it_begins(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    heard: list[str] = []
    window.session_page.announced.connect(heard.append)
    choose_short_session(window, reps=1, exercises=2, rest=10, lead_in=5)
    start_with_space(qtbot, window)
    run_until(timers, lambda: current(window).kind is SegmentKind.REST)
    assert heard[-1] == "Rest, 10 seconds. Next: Seated leg lifts."
    run_until(timers, lambda: current(window).kind is SegmentKind.PREPARE)
    assert heard[-1] == ("Exercise 2 of 2: Seated leg lifts. Right side. Get ready,"
                         " 5 seconds.")
    run_until(timers, lambda: current(window).kind is SegmentKind.MOVE)
    assert heard[-1] == "Rep 1 of 1. Lift."
    window.controller.stop()
