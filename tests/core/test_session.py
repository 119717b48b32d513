"""The session state machine on a FakeClock, to the millisecond (and mostly to the last bit)."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from hipflex_desktop.core.clock import FakeClock, MonotonicClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Level, Pack, Side
from hipflex_desktop.core.plan import PlanError, PlanOptions, SegmentKind, plan
from hipflex_desktop.core.session import (
    TRANSITIONS,
    Action,
    Event,
    EventKind,
    InvalidTransition,
    Outcome,
    Session,
    SnapshotError,
    State,
)
from hipflex_desktop.resources import builtin_pack_path

from .conftest import exercise_data, make_pack, phase_data, variant_data

EXACT = 1e-9
T0 = 1000.0
K = EventKind


def three_exercises(**defaults: Any) -> Pack:
    """march (alternate), lift (each-side, easier/harder), bridge (none, easier)."""
    easier_lift = variant_data("Small lift", phases=[phase_data("move", "Small {side} lift.", 2),
                                                     phase_data("return", "Down.", 1)])
    harder_lift = variant_data("Slow lift", phases=[phase_data("move", "Slow {side} lift.", 4),
                                                    phase_data("hold", "Hold.", 2),
                                                    phase_data("return", "Down slowly.", 4)])
    easier_bridge = variant_data("From the floor", setup=["Lie on the floor."])
    settings = {"reps_per_side": 2, "sets": 1, "rest_seconds": 10, "lead_in_seconds": 5,
                "switch_seconds": 3, "hold_seconds": 1.5, **defaults}
    return make_pack([
        exercise_data("march"),
        exercise_data("lift", sides="each-side",
                      variants={"easier": easier_lift, "harder": harder_lift}),
        exercise_data("bridge", sides="none", variants={"easier": easier_bridge}),
    ], **settings)


@pytest.fixture
def pack() -> Pack:
    return three_exercises()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def new(pack: Pack, clock: FakeClock, **options: Any) -> Session:
    return Session(pack, PlanOptions(**options), clock)


def kinds(events: list[Event]) -> list[EventKind]:
    return [e.kind for e in events]


def index_of(session: Session, match: Callable[[Any], bool]) -> int:
    return next(i for i, s in enumerate(session.segments) if match(s))


def skip_to(session: Session, index: int) -> None:
    while session.index < index:
        session.next()
    assert session.index == index


def state_of(session: Session) -> tuple[Any, ...]:
    return (session.state, session.index, session.remaining(), session.total_remaining(),
            session.segments, session.outcomes, session.options)


# -- start and natural ends ------------------------------------------------------------------------


def test_a_new_session_is_idle_and_whole(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    assert session.state is State.IDLE
    assert session.index == 0
    assert session.segments == plan(pack).segments
    assert session.remaining() == session.current.seconds == 5
    assert session.total_remaining() == session.total_seconds == plan(pack).total_seconds
    assert session.outcomes == (None,) * len(session.segments)
    assert session.next_deadline() is None
    assert session.poll() == []


def test_start(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    events = session.start()
    assert kinds(events) == [K.SESSION_STARTED, K.SEGMENT_STARTED]
    assert all(e.at == T0 and e.index == 0 for e in events)
    assert events[1].segment == session.segments[0]
    assert events[1].remaining == 5
    assert session.state is State.RUNNING
    assert session.next_deadline() == T0 + 5
    clock.advance(1.234)
    assert session.remaining() == pytest.approx(5 - 1.234, abs=EXACT)
    assert session.elapsed() == pytest.approx(1.234, abs=EXACT)
    assert session.total_remaining() == pytest.approx(session.total_seconds - 1.234, abs=EXACT)


def test_segments_end_at_exact_boundaries_however_late_the_poll(pack: Pack,
                                                               clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    starts: list[tuple[Event, float]] = []  # with the time of the poll that noticed it
    finished: list[Event] = []
    for step in itertools.cycle([0.37, 0.0, 1.91, 0.05, 2.6]):  # late, on time, very late
        clock.advance(step)
        events = session.poll()
        starts += [(e, clock.now()) for e in events if e.kind is K.SEGMENT_STARTED]
        finished += [e for e in events if e.kind is K.SESSION_FINISHED]
        if session.state is State.FINISHED:
            break
    boundaries = list(itertools.accumulate(s.seconds for s in session.segments))
    assert [e.index for e, _ in starts] == list(range(1, len(session.segments)))
    for (event, noticed), boundary in zip(starts, boundaries, strict=False):
        assert event.at == pytest.approx(T0 + boundary, abs=EXACT)
        # What was left of it when the poll noticed, never more than its length.
        seconds = event.segment.seconds  # type: ignore[union-attr]
        assert event.remaining == pytest.approx(
            min(seconds, max(0.0, event.at + seconds - noticed)), abs=EXACT)
    assert len(finished) == 1
    assert finished[0].at == pytest.approx(T0 + session.total_seconds, abs=EXACT)
    assert session.outcomes == (Outcome.COMPLETED,) * len(session.segments)
    assert session.remaining() == 0 and session.total_remaining() == 0


def test_one_poll_after_the_whole_session_ends_every_segment_in_turn(pack: Pack,
                                                                    clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(session.total_seconds + 3600)
    events = session.poll()
    starts = [e for e in events if e.kind is K.SEGMENT_STARTED]
    assert len(starts) == len(session.segments) - 1
    expected = [T0 + b for b in itertools.accumulate(s.seconds for s in session.segments)]
    assert [e.at for e in starts] == pytest.approx(expected[:-1], abs=EXACT)
    assert events[-1].kind is K.SESSION_FINISHED
    assert events[-1].at == pytest.approx(T0 + session.total_seconds, abs=EXACT)
    assert session.state is State.FINISHED


def test_boundary_to_the_millisecond(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(4.999)
    assert session.poll() == []
    assert session.index == 0
    assert session.remaining() == pytest.approx(0.001, abs=EXACT)
    clock.advance(0.001)
    events = session.poll()
    assert kinds(events) == [K.SEGMENT_STARTED]
    assert session.index == 1
    assert session.remaining() == session.current.seconds
    assert events[0].at == pytest.approx(T0 + 5, abs=EXACT)


def test_remaining_is_clamped_before_anyone_polls(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(7)
    assert session.remaining() == 0
    assert session.elapsed() == 5
    assert session.total_remaining() == session.total_seconds - 5


def test_rep_and_exercise_completed_events(clock: FakeClock) -> None:
    pack = make_pack([exercise_data("march")], reps_per_side=1)
    session = new(pack, clock)
    session.start()
    clock.advance(100)
    events = session.poll()
    assert kinds(events).count(K.REP_COMPLETED) == 2
    assert kinds(events)[-2:] == [K.EXERCISE_COMPLETED, K.SESSION_FINISHED]
    rep_events = [e for e in events if e.kind is K.REP_COMPLETED]
    assert [e.segment.side for e in rep_events] == [Side.RIGHT, Side.LEFT]  # type: ignore[union-attr]
    assert all(e.remaining == 0 for e in rep_events)


# -- pause and resume ----------------------------------------------------------------------------


def test_pause_and_resume_keep_the_remaining_time_exactly(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(6.3)  # 1.3 s into the first move (2 s)
    session.poll()
    events = session.pause()
    at_pause = session.remaining()
    total_at_pause = session.total_remaining()
    assert kinds(events) == [K.PAUSED]
    assert events[0].at == T0 + 6.3
    assert at_pause == pytest.approx(0.7, abs=EXACT)
    assert session.next_deadline() is None
    clock.advance(1234.567)
    assert session.poll() == []
    assert session.remaining() == at_pause
    events = session.resume()
    assert kinds(events) == [K.RESUMED]
    assert abs(session.remaining() - at_pause) < EXACT
    assert abs(session.total_remaining() - total_at_pause) < EXACT
    clock.advance(at_pause - 1e-6)
    assert session.poll() == [] and session.index == 1
    clock.advance(2e-6)
    events = session.poll()
    assert kinds(events) == [K.SEGMENT_STARTED]
    assert events[0].at == pytest.approx(T0 + 6.3 + 1234.567 + 0.7, abs=EXACT)


def test_many_pauses_do_not_drift(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    running = 0.0
    for _ in range(200):
        clock.advance(0.013)
        running += 0.013
        session.pause()
        clock.advance(0.5)
        session.resume()
    assert session.index == 0
    assert session.elapsed() == pytest.approx(running, abs=EXACT)


def test_toggle_starts_pauses_and_resumes(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    assert kinds(session.toggle()) == [K.SESSION_STARTED, K.SEGMENT_STARTED]
    assert kinds(session.toggle()) == [K.PAUSED]
    assert session.state is State.PAUSED
    assert kinds(session.toggle()) == [K.RESUMED]
    assert session.state is State.RUNNING
    session.stop()
    with pytest.raises(InvalidTransition):
        session.toggle()


def test_pause_after_the_last_segment_ran_out_finishes_instead(pack: Pack,
                                                              clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(session.total_seconds + 1)
    events = session.pause()
    assert events[-1].kind is K.SESSION_FINISHED
    assert K.PAUSED not in kinds(events)
    assert session.state is State.FINISHED


# -- next, previous, restart ------------------------------------------------------------------


def test_next_skips_the_rest_of_the_segment(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(2)
    events = session.next()
    assert kinds(events) == [K.SKIPPED, K.SEGMENT_STARTED]
    assert events[0].index == 0 and events[1].index == 1
    assert all(e.at == T0 + 2 for e in events)
    assert session.outcomes[0] is Outcome.SKIPPED
    assert session.index == 1
    assert session.remaining() == session.current.seconds


def test_next_while_paused_stays_paused_with_a_whole_segment(pack: Pack,
                                                            clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(1)
    session.pause()
    session.next()
    assert session.state is State.PAUSED
    assert session.remaining() == session.current.seconds
    clock.advance(50)
    assert session.remaining() == session.current.seconds


def test_next_at_the_last_segment_finishes(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    skip_to(session, len(session.segments) - 1)
    events = session.next()
    assert kinds(events)[0] is K.SKIPPED
    assert kinds(events)[-1] is K.SESSION_FINISHED
    assert K.EXERCISE_COMPLETED in kinds(events)
    assert session.state is State.FINISHED
    assert session.index == len(session.segments) - 1
    assert all(o is Outcome.SKIPPED for o in session.outcomes)
    assert session.remaining() == 0 and session.total_remaining() == 0


def test_previous_at_the_first_segment_starts_it_again(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(3)
    events = session.previous()
    assert kinds(events) == [K.WENT_BACK, K.SEGMENT_STARTED]
    assert session.index == 0
    assert session.remaining() == 5
    assert session.next_deadline() == T0 + 3 + 5


def test_previous_goes_back_one_and_forgets_its_outcome(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(5 + 2 + 0.5)  # into the hold of the first rep
    session.poll()
    assert session.index == 2
    assert session.outcomes[:2] == (Outcome.COMPLETED, Outcome.COMPLETED)
    events = session.previous()
    assert session.index == 1
    assert [e.index for e in events] == [1, 1]
    assert session.outcomes[:3] == (Outcome.COMPLETED, None, None)
    assert session.remaining() == session.current.seconds


def test_restart_exercise_goes_back_to_its_lead_in(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    lift = index_of(session, lambda s: s.exercise_id == "lift" and s.kind is SegmentKind.PREPARE)
    skip_to(session, lift + 4)
    clock.advance(0.5)
    events = session.restart_exercise()
    assert kinds(events) == [K.RESTARTED_EXERCISE, K.SEGMENT_STARTED]
    assert session.index == lift
    assert session.remaining() == 5
    assert all(o is None for o in session.outcomes[lift:])
    assert all(o is not None for o in session.outcomes[:lift])


def test_restart_exercise_in_the_rest_before_it_skips_the_rest(pack: Pack,
                                                              clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    rest = index_of(session, lambda s: s.kind is SegmentKind.REST)
    skip_to(session, rest)
    assert session.current.exercise_id == "lift"
    session.restart_exercise()
    assert session.current.kind is SegmentKind.PREPARE
    assert session.index == rest + 1
    # The rest was passed over: it counts as skipped, so a finished session has no gaps.
    assert session.outcomes[rest] is Outcome.SKIPPED
    clock.advance(session.total_seconds)
    session.poll()
    assert session.state is State.FINISHED
    assert None not in session.outcomes


# -- set_variant -------------------------------------------------------------------------------


def test_set_variant_before_the_start_replans(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    events = session.set_variant("lift", Level.HARDER)
    assert kinds(events) == [K.VARIANT_CHANGED]
    assert events[0].detail == "harder"
    expected = plan(pack, PlanOptions(variants={"lift": Level.HARDER}))
    assert session.segments == expected.segments
    assert session.options.variants == {"lift": Level.HARDER}
    assert session.total_seconds == expected.total_seconds
    assert session.state is State.IDLE and session.index == 0


def test_set_variant_mid_exercise_restarts_the_rep_in_the_new_variant(
        pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    lift = index_of(session, lambda s: s.exercise_id == "lift" and s.kind is SegmentKind.PREPARE)
    # lead-in, rep 1 right (3 phases) done; into the hold of rep 2 right.
    skip_to(session, lift + 5)
    current = session.current
    assert (current.kind, current.side, current.rep) == (SegmentKind.HOLD, Side.RIGHT, 2)
    clock.advance(0.7)
    done_before = session.segments[:lift + 4]
    outcomes_before = session.outcomes[:lift + 4]
    events = session.set_variant("lift", Level.EASIER)
    assert kinds(events) == [K.VARIANT_CHANGED, K.SEGMENT_STARTED]
    # Done reps stay done, as they were.
    assert session.segments[:lift + 4] == done_before
    assert session.outcomes[:lift + 4] == outcomes_before
    assert {s.variant for s in done_before if s.exercise_id == "lift"} == {Level.STANDARD}
    # The rep in progress starts again, in the new variant.
    assert session.index == lift + 4
    now = session.current
    assert (now.kind, now.side, now.rep, now.variant) == (
        SegmentKind.MOVE, Side.RIGHT, 2, Level.EASIER)
    assert now.text == "Small right lift."
    assert session.remaining() == now.seconds
    assert all(o is None for o in session.outcomes[lift + 4:])
    rest_of_lift = [s for s in session.segments[lift + 4:] if s.exercise_id == "lift"]
    assert {s.variant for s in rest_of_lift} == {Level.EASIER}
    # Later exercises are untouched, and indexes stay a plain count.
    assert [s.index for s in session.segments] == list(range(len(session.segments)))
    assert session.segments[-1].exercise_id == "bridge"
    assert session.total_remaining() == pytest.approx(
        sum(s.seconds for s in session.segments[session.index:]), abs=EXACT)
    summary = {e.exercise_id: e for e in session.summary()}
    assert summary["lift"].variants == (Level.STANDARD, Level.EASIER)


def test_set_variant_in_a_lead_in_keeps_its_elapsed_time(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    lift = index_of(session, lambda s: s.exercise_id == "lift" and s.kind is SegmentKind.PREPARE)
    skip_to(session, lift)
    clock.advance(2.25)
    session.set_variant("lift", Level.HARDER)
    assert session.index == lift
    assert session.current.kind is SegmentKind.PREPARE
    assert session.current.variant is Level.HARDER
    assert session.remaining() == pytest.approx(5 - 2.25, abs=EXACT)
    assert session.state is State.RUNNING


def test_set_variant_while_paused_stays_paused(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(1.5)
    session.pause()
    session.set_variant("march", Level.STANDARD)
    assert session.state is State.PAUSED
    assert session.remaining() == pytest.approx(3.5, abs=EXACT)
    clock.advance(10)
    assert session.remaining() == pytest.approx(3.5, abs=EXACT)


def test_set_variant_of_a_later_exercise_leaves_the_current_segment_alone(
        pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(6)  # 1 s into the first move of the march
    session.poll()
    index, remaining = session.index, session.remaining()
    events = session.set_variant("bridge", Level.EASIER)
    assert kinds(events) == [K.VARIANT_CHANGED]
    assert (session.index, session.remaining()) == (index, remaining)
    assert session.current.exercise_id == "march"
    bridge = [s for s in session.segments if s.exercise_id == "bridge"]
    assert {s.variant for s in bridge} == {Level.EASIER}
    assert session.segments[0].variant is Level.STANDARD


def test_set_variant_not_offered_raises_and_changes_nothing(pack: Pack,
                                                           clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(1)
    before = state_of(session)
    with pytest.raises(PlanError, match="bridge has no harder variant"):
        session.set_variant("bridge", Level.HARDER)
    with pytest.raises(PlanError, match="no exercise 'plank'"):
        session.set_variant("plank", Level.EASIER)
    assert state_of(session) == before


def test_set_variant_of_a_done_exercise_raises_and_changes_nothing(pack: Pack,
                                                                  clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    skip_to(session, index_of(session, lambda s: s.exercise_id == "bridge"))
    before = state_of(session)
    with pytest.raises(ValueError, match="lift is already done"):
        session.set_variant("lift", Level.EASIER)
    assert state_of(session) == before


def test_set_variant_of_an_exercise_not_chosen_only_records_it(pack: Pack,
                                                              clock: FakeClock) -> None:
    session = new(pack, clock, exercises=("march",))
    session.start()
    segments = session.segments
    assert session.set_variant("bridge", Level.EASIER) == []
    assert session.segments == segments
    assert session.options.variants == {"bridge": Level.EASIER}


# -- stop, invalid actions ----------------------------------------------------------------------


def test_stop_freezes_everything(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(2.5)
    events = session.stop()
    assert kinds(events) == [K.SESSION_STOPPED]
    assert session.state is State.STOPPED
    assert session.remaining() == pytest.approx(2.5, abs=EXACT)
    clock.advance(100)
    assert session.poll() == []
    assert session.remaining() == pytest.approx(2.5, abs=EXACT)


ACTIONS: dict[Action, Callable[[Session], list[Event]]] = {
    Action.START: Session.start,
    Action.PAUSE: Session.pause,
    Action.RESUME: Session.resume,
    Action.NEXT: Session.next,
    Action.PREVIOUS: Session.previous,
    Action.RESTART_EXERCISE: Session.restart_exercise,
    Action.SET_VARIANT: lambda s: s.set_variant("bridge", Level.EASIER),
    Action.STOP: Session.stop,
}


def session_in(state: State, pack: Pack, clock: FakeClock) -> Session:
    session = new(pack, clock)
    if state is State.IDLE:
        return session
    session.start()
    clock.advance(6.5)
    session.poll()
    if state is State.PAUSED:
        session.pause()
    elif state is State.STOPPED:
        session.stop()
    elif state is State.FINISHED:
        clock.advance(session.total_seconds)
        session.poll()
    assert session.state is state
    return session


INVALID = [(state, action) for state in State for action in ACTIONS
           if (state, action) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "action"), INVALID,
                         ids=[f"{s.value}-{a.value}" for s, a in INVALID])
def test_an_invalid_action_raises_and_changes_nothing(state: State, action: Action, pack: Pack,
                                                      clock: FakeClock) -> None:
    session = session_in(state, pack, clock)
    before = state_of(session)
    assert not session.can(action)
    with pytest.raises(InvalidTransition) as info:
        ACTIONS[action](session)
    assert (info.value.state, info.value.action) == (state, action)
    assert str(info.value) == f"cannot {action.value} a session that is {state.value}"
    assert state_of(session) == before


@pytest.mark.parametrize("state", list(State))
def test_can_answers_from_the_transition_table(state: State, pack: Pack,
                                               clock: FakeClock) -> None:
    session = session_in(state, pack, clock)
    for action in Action:
        assert session.can(action) == ((state, action) in TRANSITIONS)


def test_the_table_ends_every_active_state_and_leaves_none_from_the_end() -> None:
    for action in Action:
        assert (State.FINISHED, action) not in TRANSITIONS
        assert (State.STOPPED, action) not in TRANSITIONS
    for state in (State.RUNNING, State.PAUSED):
        assert TRANSITIONS[(state, Action.STOP)] is State.STOPPED
        assert TRANSITIONS[(state, Action.FINISH)] is State.FINISHED


# -- stalls ---------------------------------------------------------------------------------------


def test_a_clock_jump_pauses_where_the_last_poll_was(pack: Pack, clock: FakeClock) -> None:
    session = Session(pack, PlanOptions(), clock, stall_limit=2.0)
    session.start()
    for _ in range(10):
        clock.advance(0.5)  # 5 s: the lead-in ends at the last of these polls
        session.poll()
    clock.advance(0.25)
    session.poll()
    assert session.index == 1
    clock.advance(600)  # the machine slept
    events = session.poll()
    assert kinds(events) == [K.STALLED, K.PAUSED]
    assert events[0].detail == "600.000"
    assert events[0].at == pytest.approx(T0 + 5.25 + 600, abs=EXACT)
    assert session.state is State.PAUSED
    assert session.index == 1
    assert session.remaining() == pytest.approx(2 - 0.25, abs=EXACT)
    session.resume()
    assert session.remaining() == pytest.approx(1.75, abs=EXACT)


def test_gaps_within_the_stall_limit_run_on(pack: Pack, clock: FakeClock) -> None:
    session = Session(pack, PlanOptions(), clock, stall_limit=2.0)
    session.start()
    clock.advance(2.0)
    session.poll()
    clock.advance(1.999)
    events = session.poll()
    assert K.STALLED not in kinds(events)
    assert session.state is State.RUNNING


def test_without_a_stall_limit_a_jump_runs_through(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(600)
    session.poll()
    assert session.state is State.FINISHED


def test_a_jump_while_paused_is_no_stall(pack: Pack, clock: FakeClock) -> None:
    session = Session(pack, PlanOptions(), clock, stall_limit=1.0)
    session.start()
    session.pause()
    clock.advance(500)
    session.resume()
    clock.advance(0.5)
    assert K.STALLED not in kinds(session.poll())
    assert session.remaining() == pytest.approx(4.5, abs=EXACT)


# -- summary -------------------------------------------------------------------------------------


def test_summary_counts_reps_per_side(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(session.total_seconds)
    session.poll()
    summary = session.summary()
    assert [e.exercise_id for e in summary] == ["march", "lift", "bridge"]
    assert summary[0].reps_done == {Side.RIGHT: 2, Side.LEFT: 2}
    assert summary[1].reps_done == {Side.RIGHT: 2, Side.LEFT: 2}
    assert summary[2].reps_done == {None: 2}
    assert all(e.reps_target == 2 for e in summary)
    assert all(e.variants == (Level.STANDARD,) for e in summary)


def test_summary_of_a_stopped_session_counts_only_reps_done(pack: Pack,
                                                           clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(5 + 5.5 + 3)  # lead-in, rep 1 right, part of rep 1 left
    session.poll()
    session.stop()
    summary = session.summary()
    assert summary[0].reps_done == {Side.RIGHT: 1}
    assert summary[1].reps_done == {}


# -- snapshot and restore -----------------------------------------------------------------------


def test_snapshot_round_trip_while_paused(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(8.2)
    session.poll()
    session.set_variant("march", Level.STANDARD)
    session.pause()
    snapshot = session.snapshot()
    later = FakeClock(50_000.0)
    restored = Session.restore(pack, snapshot, later)
    assert restored.snapshot() == snapshot
    assert restored.state is State.PAUSED
    assert (restored.index, restored.segments, restored.outcomes) == (
        session.index, session.segments, session.outcomes)
    assert restored.remaining() == session.remaining()
    assert restored.total_remaining() == session.total_remaining()


def test_snapshot_round_trip_through_json_text(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    skip_to(session, 9)
    session.set_variant("lift", Level.HARDER)
    clock.advance(0.75)
    session.pause()
    text = session.snapshot_json()
    assert json.loads(text) == session.snapshot()
    restored = Session.restore(pack, text, FakeClock())
    assert restored.snapshot_json() == text
    assert restored.options == session.options
    assert restored.segments == session.segments


def test_a_running_session_comes_back_paused_with_the_same_time_left(
        pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(6.5)
    snapshot = session.snapshot()
    assert snapshot["state"] == "running"
    later = FakeClock(9_999.0)
    restored = Session.restore(pack, snapshot, later)
    assert restored.state is State.PAUSED
    assert restored.remaining() == pytest.approx(session.remaining(), abs=EXACT)
    assert restored.snapshot() == {**snapshot, "state": "paused"}
    restored.resume()
    later.advance(session.remaining())
    assert kinds(restored.poll()) == [K.SEGMENT_STARTED]
    assert restored.index == session.index + 1


def test_restore_with_restart_segment_starts_it_from_its_beginning(
        pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(6.5)
    restored = Session.restore(pack, session.snapshot(), FakeClock(), restart_segment=True)
    assert restored.index == session.index
    assert restored.remaining() == restored.current.seconds


@pytest.mark.parametrize("state", list(State))
def test_snapshot_round_trip_in_every_state(state: State, pack: Pack, clock: FakeClock) -> None:
    session = session_in(state, pack, clock)
    snapshot = session.snapshot()
    restored = Session.restore(pack, snapshot, FakeClock())
    expected = {**snapshot, "state": "paused"} if state is State.RUNNING else snapshot
    assert restored.snapshot() == expected


def test_a_restored_session_keeps_its_stall_limit(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    later = FakeClock(0.0)
    restored = Session.restore(pack, session.snapshot(), later, stall_limit=1.0)
    restored.resume()
    later.advance(30)
    assert K.STALLED in kinds(restored.poll())


def damage(snapshot: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> Any:
    copy = json.loads(json.dumps(snapshot))
    change(copy)
    return copy


DAMAGES: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("other-version", lambda s: s.update(version=99), "another version"),
    ("no-version", lambda s: s.pop("version"), "another version"),
    ("no-segment-count", lambda s: s.pop("segments"), "damaged"),
    ("segment-count-off", lambda s: s.update(segments=s["segments"] + 1), "damaged"),
    ("segment-count-text", lambda s: s.update(segments="abc"), "damaged"),
    ("no-outcomes", lambda s: s.pop("outcomes"), "damaged"),
    ("outcomes-a-list", lambda s: s.update(outcomes=list(s["outcomes"])), "damaged"),
    ("outcomes-too-short", lambda s: s.update(outcomes=s["outcomes"][:-1]), "damaged"),
    ("bad-outcome", lambda s: s.update(outcomes="?" + s["outcomes"][1:]), "damaged"),
    ("no-changes", lambda s: s.pop("changes"), "damaged"),
    ("changes-not-a-list", lambda s: s.update(changes=7), "damaged"),
    ("change-too-short", lambda s: s.update(changes=[[0, "march"]]), "damaged"),
    ("change-off-the-plan", lambda s: s.update(changes=[[10_000, "march", "easier", False]]),
     "damaged"),
    ("change-bad-level", lambda s: s.update(changes=[[0, "march", "hardest", False]]),
     "damaged"),
    ("change-level-not-offered", lambda s: s.update(changes=[[0, "march", "harder", False]]),
     "damaged"),
    ("change-unknown-exercise", lambda s: s.update(changes=[[0, "yoga", "easier", False]]),
     "damaged"),
    ("index-past-the-end", lambda s: s.update(index=10_000), "damaged"),
    ("index-negative", lambda s: s.update(index=-1), "damaged"),
    ("index-text", lambda s: s.update(index="two"), "damaged"),
    ("index-fraction", lambda s: s.update(index=1.5), "damaged"),
    ("bad-state", lambda s: s.update(state="sleeping"), "damaged"),
    ("elapsed-text", lambda s: s.update(elapsed="soon"), "damaged"),
    ("elapsed-nan", lambda s: s.update(elapsed=float("nan")), "damaged"),
    ("elapsed-infinite", lambda s: s.update(elapsed=float("inf")), "damaged"),
    ("options-bad-variant", lambda s: s["options"].update(variants={"march": "hardest"}),
     "damaged"),
    ("options-variant-not-offered", lambda s: s["options"].update(variants={"march": "harder"}),
     "damaged"),
    ("options-not-a-mapping", lambda s: s.update(options=[1]), "damaged"),
]


@pytest.mark.parametrize(("case", "change", "message"), DAMAGES,
                         ids=[d[0] for d in DAMAGES])
def test_damaged_snapshots_raise_snapshot_error(case: str, change: Callable[..., Any],
                                                message: str, pack: Pack,
                                                clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    clock.advance(6)
    with pytest.raises(SnapshotError, match=message):
        Session.restore(pack, damage(session.snapshot(), change), FakeClock())


@pytest.mark.parametrize("text", ["", "{", "null", "[]", "\"text\"", "{\"version\": 1}"])
def test_damaged_snapshot_text_raises_snapshot_error(text: str, pack: Pack) -> None:
    with pytest.raises(SnapshotError):
        Session.restore(pack, text, FakeClock())


def test_another_packs_snapshot_is_refused(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    snapshot = session.snapshot()
    other = dataclasses.replace(pack, id="other-pack")
    with pytest.raises(SnapshotError,
                       match=re.escape("saved with pack test-pack 1.0.0, not other-pack 1.0.0")):
        Session.restore(other, snapshot, FakeClock())
    newer = dataclasses.replace(pack, version="2.0.0")
    with pytest.raises(SnapshotError, match=re.escape("not test-pack 2.0.0")):
        Session.restore(newer, snapshot, FakeClock())


# -- events and clocks ---------------------------------------------------------------------------


def test_events_as_json(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    event = session.start()[1]
    data = json.loads(json.dumps(event.to_json()))
    assert data == {
        "event": "segment_started", "at": T0, "index": 0, "exercise": "march",
        "variant": "standard", "side": "right", "set": 1, "rep": 0, "phase": "prepare",
        "seconds": 5.0, "remaining": 5.0, "detail": None,
    }


def test_plan_view_follows_variant_changes(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.set_variant("lift", Level.EASIER)
    view = session.plan_view
    assert view.segments == session.segments
    assert view.options.variants == {"lift": Level.EASIER}
    assert view.pack_id == pack.id


def test_upcoming(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    assert session.upcoming == session.segments[1]
    session.start()
    skip_to(session, len(session.segments) - 1)
    assert session.upcoming is None


def test_fake_clock_never_goes_back() -> None:
    clock = FakeClock(10.0)
    clock.advance(0)
    clock.set(12.5)
    assert clock.now() == 12.5
    with pytest.raises(ValueError, match="never goes back"):
        clock.advance(-0.1)
    with pytest.raises(ValueError, match="never goes back"):
        clock.set(12.0)


def test_monotonic_clock_does_not_go_back() -> None:
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(1000)]
    assert readings == sorted(readings)


def test_a_snapshot_replays_variant_changes_to_the_very_same_plan(pack: Pack,
                                                                 clock: FakeClock) -> None:
    """The snapshot stores the starting options and each change, not the plan: restoring
    must rebuild exactly the segments the session had, splices included."""
    session = new(pack, clock)
    session.set_variant("bridge", Level.EASIER)  # before the start
    session.start()
    lift = index_of(session, lambda s: s.exercise_id == "lift" and s.kind is SegmentKind.PREPARE)
    skip_to(session, lift + 5)  # into a hold of rep 2
    clock.advance(0.4)
    session.set_variant("lift", Level.EASIER)  # mid-exercise: a splice
    clock.advance(0.2)
    session.next()
    session.set_variant("lift", Level.STANDARD)  # and back, at another point
    clock.advance(0.3)
    snapshot = session.snapshot()
    restored = Session.restore(pack, json.loads(json.dumps(snapshot)), FakeClock())
    assert restored.segments == session.segments
    assert restored.outcomes == session.outcomes
    assert restored.index == session.index
    assert restored.remaining() == pytest.approx(session.remaining(), abs=EXACT)
    assert restored.options == session.options
    assert restored.snapshot() == {**snapshot, "state": "paused"}


def test_a_snapshot_stays_small_however_long_the_session(clock: FakeClock) -> None:
    """It is written at every step, so it must not carry the whole plan."""
    pack = load_pack_or_raise(builtin_pack_path())
    session = Session(pack, PlanOptions(reps_per_side=50, sets=3), clock)
    session.start()
    assert len(session.segments) > 2_000
    assert len(session.snapshot_json()) < len(session.segments) + 1_000


def _first_rep(session: Session) -> range:
    first = index_of(session, lambda s: s.kind is SegmentKind.MOVE)
    last = index_of(session, lambda s: s.index >= first and s.last_phase)
    return range(first, last + 1)


def test_racing_through_a_rep_with_skip_does_not_count_it(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    rep = _first_rep(session)
    skip_to(session, rep.start)
    events: list[Event] = []
    for _ in rep:
        clock.advance(0.1)  # a tenth of a second into each phase, then Skip
        events += session.next()
    assert K.REP_COMPLETED not in kinds(events)
    assert all(not e.reps_done for e in session.summary())


def test_moving_on_after_most_of_each_phase_counts_the_rep(pack: Pack,
                                                          clock: FakeClock) -> None:
    """A person pacing themselves with a clicker presses Right when they have done the move."""
    session = new(pack, clock)
    session.start()
    rep = _first_rep(session)
    skip_to(session, rep.start)
    events: list[Event] = []
    for _ in rep:
        clock.advance(session.current.seconds * 0.6)
        events += session.next()
    assert kinds(events).count(K.REP_COMPLETED) == 1
    first = session.segments[rep.start]
    done = {e.exercise_id: e.reps_done for e in session.summary()}
    assert done[first.exercise_id] == {first.side: 1}


def test_a_rep_with_one_phase_run_to_its_end_counts(pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    rep = _first_rep(session)
    skip_to(session, rep.start)
    clock.advance(session.current.seconds)  # the first phase runs out by itself
    events = session.poll()
    while session.index <= rep.stop - 1:
        events += session.next()  # the rest is skipped at once
    assert kinds(events).count(K.REP_COMPLETED) == 1


def test_going_back_into_a_counted_rep_uncounts_it_until_it_is_done_again(
        pack: Pack, clock: FakeClock) -> None:
    session = new(pack, clock)
    session.start()
    rep = _first_rep(session)
    skip_to(session, rep.start)
    for _ in rep:
        clock.advance(session.current.seconds)
        session.poll()
    assert sum(sum(e.reps_done.values()) for e in session.summary()) == 1
    session.previous()  # back into the rep's last phase
    assert sum(sum(e.reps_done.values()) for e in session.summary()) == 0
    clock.advance(session.current.seconds)
    session.poll()
    assert sum(sum(e.reps_done.values()) for e in session.summary()) == 1


def test_duration_counts_from_the_start_with_pauses_and_from_a_restore() -> None:
    clock = FakeClock()
    session = Session(three_exercises(), PlanOptions(), clock)
    clock.advance(100.0)
    assert session.duration() == 0.0  # not started
    session.start()
    clock.advance(12.0)
    session.pause()
    clock.advance(5.0)
    assert session.duration() == pytest.approx(17.0)
    snapshot = session.snapshot()
    clock.advance(600.0)  # the app was closed meanwhile
    restored = Session.restore(session.pack, snapshot, clock)
    assert restored.duration() == 0.0
    clock.advance(3.0)
    assert restored.duration() == pytest.approx(3.0)
