"""The session controller: signals for every step, and timers only while a session runs.

The controller is used without a window here; the fake timers show exactly what it would have
asked Qt for, and when.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Level, Pack
from hipflex_desktop.core.plan import PlanError, PlanOptions, Segment, SegmentKind
from hipflex_desktop.core.session import EventKind, Session
from hipflex_desktop.ui.controller import FRAME_MS, SessionController
from tests.fakes import FakeTimers

SHORT = PlanOptions(reps_per_side=1, sets=1, rest_seconds=10.0, lead_in_seconds=5.0)
LATE = 0.002  # a timer may wake up to a millisecond after its boundary


def _segment_end(controller: SessionController, clock: FakeClock) -> float:
    return clock.now() + controller.remaining()


def test_nothing_runs_before_a_session(controller: SessionController,
                                       timers: FakeTimers) -> None:
    assert len(timers.all) == 2  # made once, at start-up
    assert timers.active() == []
    controller.poll()
    controller.toggle()
    controller.next_step()
    controller.previous_step()
    controller.easier()
    controller.stop()
    assert timers.active() == []
    assert controller.remaining() == 0.0
    assert controller.total_remaining() == 0.0
    assert controller.available_levels() == ()
    assert controller.summary() == []
    assert not controller.active


def test_begin_starts_the_frame_timer_and_aims_the_deadline(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    with qtbot.waitSignals([controller.session_started, controller.active_changed,
                            controller.step_changed]):
        controller.begin(builtin_pack, SHORT)
    frame, deadline = timers.named("frame"), timers.named("deadline")
    assert frame.active and not frame.single_shot
    assert frame.interval == FRAME_MS
    assert deadline.active and deadline.single_shot
    # A 5-second lead-in: the first wake-up is the "3" mark, 2 seconds in.
    assert deadline.due_at == pytest.approx(clock.now() + 2.0, abs=0.001)
    controller.stop()


def test_the_deadline_is_always_aimed_at_the_next_boundary(
        controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    announced: set[tuple[int, int]] = set()

    def record(mark: int) -> None:
        session = controller.session
        assert session is not None
        announced.add((session.index, mark))

    controller.countdown_ticked.connect(record)
    controller.begin(builtin_pack, SHORT)
    deadline = timers.named("deadline")
    checked = {kind: 0 for kind in SegmentKind}
    while controller.running:
        session = controller.session
        assert session is not None
        seg = session.current
        end = _segment_end(controller, clock)
        due = deadline.due_at
        assert due is not None
        marks = [end - m for m in (3, 2, 1)
                 if m < seg.seconds and (seg.index, m) not in announced]
        expected = end if seg.kind.is_phase or not marks else marks[0]
        # Never early, and at most a millisecond late.
        assert expected - 1e-9 <= due <= expected + 0.001 + 1e-9, (seg.kind, seg.index)
        checked[seg.kind] += 1
        timers.run_for(min(0.25, max(due - clock.now(), 0.0) + LATE))
    assert timers.active() == []
    assert all(checked[k] for k in SegmentKind if k is not SegmentKind.SWITCH)
    assert checked[SegmentKind.SWITCH] > 0


def test_countdown_ticks_3_2_1_once_each_in_a_lead_in(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    ticks: list[tuple[int, float]] = []
    controller.countdown_ticked.connect(lambda n: ticks.append((n, controller.remaining())))
    started = clock.now()
    controller.begin(builtin_pack, SHORT)
    timers.run_for(5.0 + LATE)  # the whole lead-in, in frame-sized steps
    assert [n for n, _ in ticks] == [3, 2, 1]
    for mark, remaining in ticks:  # each announced on its mark, not a frame later
        assert remaining == pytest.approx(mark, abs=0.001)
    session = controller.session
    assert session is not None
    assert session.current.kind is SegmentKind.MOVE
    timers.run_for(6.0)  # a rep: no countdown in lift, hold and lower
    assert [n for n, _ in ticks] == [3, 2, 1]
    assert clock.now() - started > 10
    controller.stop()


def test_ticks_in_rests_and_switches_and_none_on_the_starting_number(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    ticks: list[tuple[SegmentKind, int]] = []

    def record(n: int) -> None:
        session = controller.session
        assert session is not None
        ticks.append((session.current.kind, n))

    controller.countdown_ticked.connect(record)
    # The shortest lead-in, 3 s, starts on "3": only 2 and 1 are passed.
    controller.begin(builtin_pack, PlanOptions(exercises=("seated-leg-lifts",),
                                               reps_per_side=1, sets=2, rest_seconds=10.0,
                                               lead_in_seconds=3.0))
    timers.run_for(200.0, step=0.05)
    assert not controller.active
    by_kind: dict[SegmentKind, list[int]] = {}
    for kind, n in ticks:
        by_kind.setdefault(kind, []).append(n)
    assert by_kind[SegmentKind.PREPARE] == [2, 1]
    assert by_kind[SegmentKind.REST] == [3, 2, 1]  # the rest before set 2
    assert by_kind[SegmentKind.SWITCH] == [3, 2, 1, 3, 2, 1]  # one switch in each set
    assert set(by_kind) == {SegmentKind.PREPARE, SegmentKind.REST, SegmentKind.SWITCH}


def test_a_step_started_again_counts_down_again(
        controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    ticks: list[int] = []
    controller.countdown_ticked.connect(ticks.append)
    controller.begin(builtin_pack, SHORT)
    timers.run_for(3.5)
    assert ticks == [3, 2]
    controller.previous_step()  # the lead-in from its start: 3, 2, 1 again
    timers.run_for(5.0 + LATE)
    assert ticks == [3, 2, 3, 2, 1]
    timers.run_for(1.0)  # into the lift
    controller.restart_exercise()
    timers.run_for(5.0 + LATE)
    assert ticks == [3, 2, 3, 2, 1, 3, 2, 1]
    controller.stop()


def test_no_tick_is_announced_late(controller: SessionController, timers: FakeTimers,
                                   clock: FakeClock, builtin_pack: Pack) -> None:
    """A frame that comes late (a busy machine) does not sound a mark that has passed."""
    ticks: list[int] = []
    controller.countdown_ticked.connect(ticks.append)
    controller.begin(builtin_pack, SHORT)
    clock.advance(2.7)  # past the 3 mark and most of the way to 2
    timers.fire_due()
    assert ticks == []
    timers.run_for(0.5)
    assert ticks == [2]
    controller.stop()


def test_pause_stops_every_timer_and_resume_reaims_them(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    controller.begin(builtin_pack, SHORT)
    timers.run_for(5.0 + 1.5 + 0.4)  # 0.4 s into the first hold
    remaining = controller.remaining()
    with qtbot.waitSignal(controller.paused_changed) as blocker:
        controller.toggle()
    assert blocker.args == [True]
    assert timers.active() == []
    clock.advance(600.0)
    controller.poll()  # a stray wake-up changes nothing
    assert timers.active() == []
    assert controller.remaining() == remaining
    with qtbot.waitSignal(controller.paused_changed) as blocker:
        controller.toggle()
    assert blocker.args == [False]
    assert controller.remaining() == pytest.approx(remaining, abs=1e-9)
    deadline = timers.named("deadline")
    assert deadline.due_at == pytest.approx(clock.now() + remaining, abs=0.0015)
    assert timers.named("frame").active
    controller.stop()
    assert timers.active() == []


def test_a_long_gap_between_wakeups_pauses_the_session(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    """The laptop slept with the lid closed: the session waits where it was."""
    controller.begin(builtin_pack, SHORT)
    timers.run_for(1.0)
    remaining = controller.remaining()
    clock.advance(45.0)
    with qtbot.waitSignal(controller.paused_changed) as blocker:
        timers.fire_due()
    assert blocker.args == [True]
    assert controller.paused
    assert timers.active() == []
    session = controller.session
    assert session is not None
    assert session.current.index == 0
    assert controller.remaining() == pytest.approx(remaining, abs=0.05)
    controller.stop()


def test_time_changed_is_emitted_on_every_wakeup_while_running(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    count: list[int] = []
    controller.time_changed.connect(lambda: count.append(1))
    controller.begin(builtin_pack, SHORT)
    first = len(count)
    timers.run_for(1.0)
    frames = len(count) - first
    expected = 1000 / FRAME_MS  # a 5 s lead-in is short: frames at the full rate
    assert expected - 2 <= frames <= expected + 8  # plus the deadline wake-ups
    controller.pause()
    count.clear()
    timers.run_for(5.0)
    assert count == []
    controller.stop()


def test_step_changed_carries_each_segment_in_order(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    steps: list[Segment] = []
    controller.step_changed.connect(steps.append)
    finished: list[object] = []
    controller.finished.connect(finished.append)
    active: list[bool] = []
    controller.active_changed.connect(active.append)
    controller.begin(builtin_pack, SHORT)
    session = controller.session
    assert session is not None
    planned = session.segments
    timers.run_for(session.total_seconds + 1.0, step=0.25)
    assert [s.index for s in steps] == list(range(len(planned)))
    assert len(finished) == 1
    assert active == [True, False]
    assert timers.active() == []


def test_skip_and_back_at_the_edges(controller: SessionController, timers: FakeTimers,
                                    clock: FakeClock, builtin_pack: Pack) -> None:
    events: list[EventKind] = []
    controller.event_occurred.connect(lambda e: events.append(e.kind))
    controller.begin(builtin_pack, SHORT)
    timers.run_for(3.0)
    controller.previous_step()  # on the first step: it starts again
    session = controller.session
    assert session is not None
    assert session.index == 0
    assert controller.remaining() == 5.0
    assert EventKind.WENT_BACK in events
    while session.upcoming is not None:
        controller.next_step()
    assert controller.running
    controller.next_step()  # skipping the last step ends the session
    assert not controller.active
    assert events[-1] is EventKind.SESSION_FINISHED
    assert timers.active() == []
    controller.next_step()  # and nothing more happens
    controller.previous_step()
    assert events[-1] is EventKind.SESSION_FINISHED


def test_variants_are_changed_one_level_at_a_time(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    notices: list[str] = []
    controller.notice.connect(notices.append)
    controller.begin(builtin_pack, PlanOptions(exercises=("seated-leg-lifts",),
                                               reps_per_side=2, sets=1))
    assert controller.available_levels() == (Level.EASIER, Level.STANDARD)
    controller.harder()
    assert notices == ["No harder variant of Seated leg lifts"]
    controller.easier()
    session = controller.session
    assert session is not None
    assert session.current.variant is Level.EASIER
    controller.easier()
    assert notices[-1] == "No easier variant of Seated leg lifts with support"
    controller.set_level(Level.HARDER)  # not offered: said, not raised
    assert "harder" in notices[-1]
    assert session.current.variant is Level.EASIER
    controller.harder()
    assert session.current.variant is Level.STANDARD
    controller.stop()


def test_begin_refuses_a_second_session_and_impossible_options(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    with pytest.raises(PlanError):
        controller.begin(builtin_pack, PlanOptions(exercises=()))
    assert timers.active() == []
    assert controller.session is None
    controller.begin(builtin_pack, SHORT)
    with pytest.raises(RuntimeError):
        controller.begin(builtin_pack, SHORT)
    controller.stop()
    controller.begin(builtin_pack, SHORT)  # after a stop, a new one is fine
    assert controller.running
    controller.stop()


def test_a_restored_session_waits_paused_for_resume(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> None:
    earlier = Session(builtin_pack, SHORT, clock)
    earlier.start()
    clock.advance(5.0 + 1.5 + 0.7)
    earlier.poll()
    snapshot = earlier.snapshot_json()
    remaining = earlier.remaining()
    clock.advance(3600.0)
    restored = Session.restore(builtin_pack, snapshot, clock)
    steps: list[Segment] = []
    controller.step_changed.connect(steps.append)
    with qtbot.waitSignal(controller.paused_changed) as blocker:
        controller.adopt_restored(restored)
    assert blocker.args == [True]
    assert steps[-1].kind is SegmentKind.HOLD
    assert controller.paused
    assert timers.active() == []
    assert controller.remaining() == pytest.approx(remaining, abs=1e-9)
    controller.resume()
    assert timers.named("deadline").due_at == pytest.approx(clock.now() + remaining, abs=0.0015)
    controller.stop()


def test_shutdown_stops_the_timers_of_a_running_session(
        controller: SessionController, timers: FakeTimers, builtin_pack: Pack) -> None:
    controller.begin(builtin_pack, SHORT)
    assert timers.active()
    controller.shutdown()
    assert timers.active() == []
