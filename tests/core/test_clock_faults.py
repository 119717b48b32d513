"""The session's clock under faults: the machine sleeps, hangs, or wakes the app late.

The session reads a monotonic clock. On Linux that clock stops while the machine is suspended,
so a sleep is seamless; where it keeps counting (or the app hangs), the clock *jumps*:

- without a stall limit the session runs through the time that passed, every step ending at its
  exact boundary (start + the lengths before it; the same additions, so no drift at all);
- with one (the app uses 3 s) it pauses where it was at the last look before the jump, the
  remaining time exact, and after a resume goes on from there as if the gap had not been.

Times here are multiples of 1/64 s and the steps' lengths multiples of 0.5 s, so every sum is
exact in binary floating point and the checks are equalities, not tolerances.
"""

from __future__ import annotations

import bisect
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions, SegmentKind
from hipflex_desktop.core.session import Event, EventKind, Outcome, Session, State
from hipflex_desktop.resources import builtin_pack_path

T0 = 1000.0
STALL = 3.0
FRAME = 2 / 64  # about the app's 33 ms frame, exact in binary
OPTIONS = PlanOptions(reps_per_side=2, sets=1)
K = EventKind


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_or_raise(builtin_pack_path())


def starts_of(session: Session, start: float) -> list[float]:
    """When each step starts if time simply runs: start + the lengths before it."""
    starts = [start]
    for seg in session.segments[:-1]:
        starts.append(starts[-1] + seg.seconds)
    return starts


def started(events: list[Event]) -> dict[int, float]:
    return {e.index: e.at for e in events if e.kind is K.SEGMENT_STARTED}


def run_frames(session: Session, clock: FakeClock, until: float) -> list[Event]:
    events: list[Event] = []
    while clock.now() < until:
        clock.advance(FRAME)
        events.extend(session.poll())
    return events


def state(session: Session) -> State:
    return session.state


def first_hold(session: Session) -> int:
    return next(i for i, s in enumerate(session.segments) if s.kind is SegmentKind.HOLD)


# -- a sleep mid-hold -----------------------------------------------------------------------------


def test_without_a_stall_limit_a_sleep_mid_hold_ends_every_step_on_its_boundary(
        pack: Pack) -> None:
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock)
    events = session.start()
    starts = starts_of(session, T0)
    hold = first_hold(session)
    events += run_frames(session, clock, starts[hold] + 0.75)
    assert session.index == hold
    clock.advance(3600.0)  # the lid was closed for an hour and this clock kept counting
    after = session.poll()
    events += after
    assert session.state is State.FINISHED  # the whole session is shorter than the hour
    assert started(events) == dict(enumerate(starts))
    assert [e.at for e in after] == sorted(e.at for e in after)
    finished = after[-1]
    assert finished.kind is K.SESSION_FINISHED
    assert finished.at == starts[-1] + session.segments[-1].seconds == T0 + session.total_seconds
    assert set(session.outcomes) == {Outcome.COMPLETED}


def test_with_the_stall_limit_a_sleep_mid_hold_pauses_at_the_last_look(pack: Pack) -> None:
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock, stall_limit=STALL)
    session.start()
    starts = starts_of(session, T0)
    hold = first_hold(session)
    run_frames(session, clock, starts[hold] + 0.75)
    last_look = clock.now()
    remaining = session.remaining()
    assert remaining == session.current.seconds - (last_look - starts[hold])

    clock.advance(3600.0)
    events = session.poll()
    assert [e.kind for e in events] == [K.STALLED, K.PAUSED]
    assert events[0].detail == "3600.000"
    assert session.state is State.PAUSED
    assert session.index == hold
    assert session.remaining() == remaining
    assert session.total_remaining() == session.total_seconds - (last_look - T0)

    clock.advance(90.0)  # the person is back a minute and a half later
    assert session.poll() == []
    assert session.remaining() == remaining
    resumed = clock.now()
    session.resume()
    after = run_frames(session, clock, resumed + remaining + FRAME)
    assert started(after)[hold + 1] == resumed + remaining
    # From there on, the rest of the session keeps to its boundaries, shifted by the gap.
    shift = resumed - last_look
    after += run_frames(session, clock, clock.now() + session.total_remaining() + 1)
    assert state(session) is State.FINISHED
    assert started(after) == {i: at + shift for i, at in enumerate(starts) if i > hold}


def test_a_sleep_right_at_the_end_of_a_step_pauses_at_the_start_of_the_next(
        pack: Pack) -> None:
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock, stall_limit=STALL)
    session.start()
    lead_in = session.current.seconds
    events = run_frames(session, clock, T0 + lead_in)
    assert clock.now() == T0 + lead_in  # the last look came exactly as the lead-in ran out
    assert [e.kind for e in events] == [K.SEGMENT_STARTED]
    clock.advance(7200.0)
    events = session.poll()
    assert [e.kind for e in events] == [K.STALLED, K.PAUSED]
    assert session.index == 1
    assert session.remaining() == session.current.seconds  # none of it was lost to the sleep


def test_a_sleep_that_stops_the_clock_is_seamless(pack: Pack) -> None:
    # Linux: the monotonic clock does not count a suspend, so after the wake-up the countdown
    # simply continues from where it was; nothing pauses.
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock, stall_limit=STALL)
    session.start()
    hold = first_hold(session)
    starts = starts_of(session, T0)
    run_frames(session, clock, starts[hold] + 0.75)
    remaining = session.remaining()
    # ... suspended: no time passes on this clock ...
    clock.advance(FRAME)
    events = session.poll()
    assert K.STALLED not in [e.kind for e in events]
    assert session.state is State.RUNNING
    assert session.remaining() == remaining - FRAME


# -- any pattern of late wake-ups and sleeps ------------------------------------------------------

IN_CI = bool(os.environ.get("CI"))
# A gap between two looks at the clock, in 1/64 s: mostly frames, some late, some sleeps.
gaps = st.one_of(
    st.integers(1, 8),  # a frame or a few
    st.integers(9, int(STALL * 64)),  # late, but within the stall limit
    st.integers(int(STALL * 64) + 1, 64 * 86_400),  # a sleep or a hang: up to a day
).map(lambda n: n / 64)
waits = st.integers(0, 64 * 3600).map(lambda n: n / 64)  # before the person resumes


@settings(max_examples=150, deadline=None, derandomize=IN_CI)
@given(st.lists(st.tuples(gaps, waits), min_size=1, max_size=400))
def test_without_a_stall_limit_every_step_starts_on_its_boundary(
        steps: list[tuple[float, float]]) -> None:
    pack = load_pack_or_raise(builtin_pack_path())
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock)
    events = session.start()
    starts = starts_of(session, T0)
    for gap, _ in steps:
        clock.advance(gap)
        events += session.poll()
        if session.state is State.FINISHED:
            assert clock.now() >= T0 + session.total_seconds
            break
        index = bisect.bisect_right(starts, clock.now()) - 1
        assert session.index == index
        assert session.elapsed() == clock.now() - starts[index]
    assert started(events) == {i: at for i, at in enumerate(starts) if at <= clock.now()}


@settings(max_examples=150, deadline=None, derandomize=IN_CI)
@given(st.lists(st.tuples(gaps, waits), min_size=1, max_size=400))
def test_with_the_stall_limit_no_sleep_takes_or_adds_a_moment(
        steps: list[tuple[float, float]]) -> None:
    pack = load_pack_or_raise(builtin_pack_path())
    clock = FakeClock(T0)
    session = Session(pack, OPTIONS, clock, stall_limit=STALL)
    session.start()
    lengths = [0.0]  # where each step begins in "session time": the time it was running
    for seg in session.segments:
        lengths.append(lengths[-1] + seg.seconds)
    ran = 0.0  # session time so far, by the rules: a gap over the limit does not count
    for gap, wait in steps:
        clock.advance(gap)
        events = session.poll()
        if gap > STALL:
            assert [e.kind for e in events][-2:] == [K.STALLED, K.PAUSED]
        else:
            ran += gap
        if ran >= lengths[-1]:
            assert session.state is State.FINISHED
            break
        index = bisect.bisect_right(lengths, ran) - 1
        assert session.index == index
        assert session.elapsed() == ran - lengths[index]
        assert session.total_remaining() == lengths[-1] - ran
        if session.state is State.PAUSED:
            clock.advance(wait)
            assert session.poll() == []
            assert session.elapsed() == ran - lengths[index]
            session.resume()
        assert session.state is State.RUNNING
