"""Random sequences of actions and clock jumps over small random plans (hypothesis stateful).

After every step: the remaining time is within the segment, the session total adds up, the index
moves only by the rules, segments start in plan order (except right after going back, restarting
an exercise or changing a variant), sides follow the exercise's side mode, a finished session
has an outcome for every segment, and a snapshot restores to the same snapshot.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Level, Pack, Side, SideMode
from hipflex_desktop.core.plan import PlanError, PlanOptions, Segment, SegmentKind
from hipflex_desktop.core.session import (
    Action,
    Event,
    EventKind,
    InvalidTransition,
    Outcome,
    Session,
    State,
)

from .conftest import exercise_data, make_pack, phase_data, variant_data

TOLERANCE = 1e-6
ORDER_BREAKERS = {EventKind.WENT_BACK, EventKind.RESTARTED_EXERCISE, EventKind.VARIANT_CHANGED}

_packs: dict[tuple[Any, ...], Pack] = {}


def small_pack(modes: tuple[str, ...], reps: int, sets: int, rest: float,
               switch: float) -> Pack:
    key = (modes, reps, sets, rest, switch)
    if key not in _packs:
        exercises = []
        for number, mode in enumerate(modes):
            side_word = "" if mode == "none" else " {side}"
            easier = variant_data("Easier", phases=[
                phase_data("move", f"Small{side_word} lift.", 1),
                phase_data("return", "Down.", 1)])
            harder = variant_data("Harder", phases=[
                phase_data("move", f"Big{side_word} lift.", 2),
                phase_data("hold", "Hold."),
                phase_data("hold", "Hold on.", range=[2, 3]),
                phase_data("return", "Down.", 2)])
            exercises.append(exercise_data(f"ex-{number}", sides=mode,
                                           variants={"easier": easier, "harder": harder}))
        _packs[key] = make_pack(exercises, reps_per_side=reps, sets=sets, rest_seconds=rest,
                                switch_seconds=switch, lead_in_seconds=3, hold_seconds=1.5)
    return _packs[key]


def check_sides(segments: tuple[Segment, ...], first: Side, modes: tuple[str, ...]) -> None:
    """Per exercise and set, the reps' sides follow the exercise's configured side mode."""
    blocks: dict[tuple[int, int], list[Segment]] = {}
    for seg in segments:
        if seg.kind.is_phase and seg.phase_index == 0:
            blocks.setdefault((seg.exercise_number, seg.set), []).append(seg)
    for (number, _), reps_started in blocks.items():
        sides = [s.side for s in reps_started]
        numbers = [s.rep for s in reps_started]
        reps = reps_started[0].reps
        mode = SideMode(modes[number - 1])
        if mode is SideMode.NONE:
            assert sides == [None] * reps
            assert numbers == list(range(1, reps + 1))
        elif mode is SideMode.ALTERNATE:
            assert sides == [first, first.other] * reps
            assert numbers == [r for r in range(1, reps + 1) for _ in (0, 1)]
        else:
            assert sides == [first] * reps + [first.other] * reps
            assert numbers == [*range(1, reps + 1)] * 2


class SessionMachine(RuleBasedStateMachine):
    session: Session
    clock: FakeClock
    pack: Pack

    @initialize(
        modes=st.lists(st.sampled_from(["alternate", "each-side", "none"]), min_size=1,
                       max_size=2).map(tuple),
        reps=st.integers(1, 3),
        sets=st.integers(1, 2),
        rest=st.sampled_from([0.0, 4.0]),
        switch=st.sampled_from([0.0, 2.0]),
        first=st.sampled_from(list(Side)),
        hold=st.sampled_from([1.0, 1.5, 2.0]),
    )
    def setup(self, *, modes: tuple[str, ...], reps: int, sets: int, rest: float, switch: float,
              first: Side, hold: float) -> None:
        self.pack = small_pack(modes, reps, sets, rest, switch)
        self.clock = FakeClock(100.0)
        self.first = first
        self.session = Session(self.pack, PlanOptions(first_side=first, hold_seconds=hold),
                               self.clock)
        self.last_started: int | None = None
        self.last_at = self.clock.now()
        self.modes = modes

    # -- helpers ---------------------------------------------------------------------------

    def snapshot_of_state(self) -> tuple[Any, ...]:
        s = self.session
        return (s.state, s.index, s.remaining(), s.total_remaining(), s.segments, s.outcomes)

    def act(self, action: Action, call: Any) -> list[Event]:
        """Run an action; when the table forbids it, it must raise and change nothing."""
        before = self.snapshot_of_state()
        if not self.session.can(action):
            try:
                call()
            except InvalidTransition:
                assert self.snapshot_of_state() == before
                return []
            raise AssertionError(f"{action} was allowed in {before[0]}")
        events = call()
        self.check_events(events)
        return events

    def check_events(self, events: list[Event]) -> None:
        order_broken = False
        for event in events:
            assert event.at <= self.clock.now() + TOLERANCE
            assert event.at >= self.last_at - TOLERANCE, (event, self.last_at)
            self.last_at = event.at
            assert event.remaining >= 0
            if event.kind in ORDER_BREAKERS:
                order_broken = True
            if event.kind is EventKind.SEGMENT_STARTED:
                if not order_broken and self.last_started is not None:
                    assert event.index == self.last_started + 1, (
                        event.index, self.last_started, [e.kind for e in events])
                self.last_started = event.index
            if event.kind is EventKind.SESSION_FINISHED:
                assert self.session.state is State.FINISHED

    # -- rules -----------------------------------------------------------------------------

    @rule()
    def start(self) -> None:
        self.act(Action.START, self.session.start)

    @rule(seconds=st.one_of(st.sampled_from([0.0, 0.001, 1.0, 1.5, 3.0, 500.0]),
                            st.floats(0, 30, allow_nan=False)))
    def poll(self, seconds: float) -> None:
        before = self.session.index
        self.clock.advance(seconds)
        events = self.session.poll()
        self.check_events(events)
        assert self.session.index >= before

    @rule()
    def pause(self) -> None:
        self.act(Action.PAUSE, self.session.pause)

    @rule()
    def resume(self) -> None:
        self.act(Action.RESUME, self.session.resume)

    @rule()
    def toggle(self) -> None:
        state = self.session.state
        action = {State.IDLE: Action.START, State.RUNNING: Action.PAUSE}.get(state,
                                                                             Action.RESUME)
        self.act(action, self.session.toggle)

    @rule()
    def next(self) -> None:
        before = self.session.index
        was_active = self.session.state.active
        self.act(Action.NEXT, self.session.next)
        if was_active:
            assert self.session.index > before or self.session.state is State.FINISHED

    @rule(kind=st.sampled_from([SegmentKind.REST, SegmentKind.SWITCH, SegmentKind.PREPARE,
                                SegmentKind.HOLD]))
    def skip_until(self, kind: SegmentKind) -> None:
        """Skip forward to the next segment of a kind: reaches rests, switches and later
        exercises in few steps."""
        while self.session.state.active:
            self.next()
            if self.session.current.kind is kind:
                break

    @rule(offset=st.sampled_from([-0.001, 0.0, 0.001]))
    def poll_at_the_deadline(self, offset: float) -> None:
        """Poll just before, exactly at, or just after the current segment's end."""
        deadline = self.session.next_deadline()
        if deadline is not None:
            self.clock.set(max(self.clock.now(), deadline + offset))
            self.check_events(self.session.poll())

    @rule()
    def previous(self) -> None:
        before = self.session.index
        events = self.act(Action.PREVIOUS, self.session.previous)
        if EventKind.WENT_BACK in [e.kind for e in events]:
            # Back one from wherever the poll inside it had got to (never below 0).
            assert self.session.index >= max(before - 1, 0)
            assert self.session.remaining() == self.session.current.seconds

    @rule()
    def restart_exercise(self) -> None:
        events = self.act(Action.RESTART_EXERCISE, self.session.restart_exercise)
        if EventKind.RESTARTED_EXERCISE in [e.kind for e in events]:
            assert self.session.current.kind is SegmentKind.PREPARE

    @rule(number=st.integers(0, 1), level=st.sampled_from(list(Level)))
    def set_variant(self, number: int, level: Level) -> None:
        exercise_id = f"ex-{number}"
        before = self.snapshot_of_state()
        if not self.session.can(Action.SET_VARIANT):
            self.act(Action.SET_VARIANT, lambda: self.session.set_variant(exercise_id, level))
            return
        current = self.session.current
        try:
            events = self.session.set_variant(exercise_id, level)
        except (PlanError, ValueError):
            # Unknown exercise (a one-exercise pack) or one already done: nothing changes.
            after_poll = self.snapshot_of_state()
            assert after_poll[1] >= before[1] or after_poll[0] is not before[0]
            return
        self.check_events(events)
        if self.session.state.active and EventKind.SEGMENT_STARTED in [e.kind for e in events]:
            # The current exercise was re-planned: still the same exercise, and at most back
            # to the start of the rep in progress.
            assert self.session.current.exercise_number == current.exercise_number or (
                current.index != before[1])

    @rule()
    def stop(self) -> None:
        self.act(Action.STOP, self.session.stop)

    @rule()
    def snapshot_and_restore(self) -> None:
        snapshot = self.session.snapshot()
        restored = Session.restore(self.pack, snapshot, self.clock)
        expected = dict(snapshot)
        if snapshot["state"] == "running":
            expected["state"] = "paused"
        assert restored.snapshot() == expected
        assert Session.restore(self.pack, restored.snapshot_json(), self.clock).snapshot() == (
            expected)
        assert abs(restored.remaining() - self.session.remaining()) < TOLERANCE
        self.session = restored

    # -- invariants ------------------------------------------------------------------------

    @invariant()
    def remaining_within_the_segment(self) -> None:
        s = self.session
        remaining = s.remaining()
        assert 0 <= remaining <= s.current.seconds
        after = sum(seg.seconds for seg in s.segments[s.index + 1:])
        if s.state is State.FINISHED:
            assert remaining == 0 and s.total_remaining() == 0
        else:
            assert abs(s.total_remaining() - (remaining + after)) < TOLERANCE
        assert abs(s.total_seconds - sum(seg.seconds for seg in s.segments)) < TOLERANCE

    @invariant()
    def plan_is_well_formed(self) -> None:
        segments = self.session.segments
        assert [seg.index for seg in segments] == list(range(len(segments)))
        assert 0 <= self.session.index < len(segments)
        check_sides(segments, self.first, self.modes)
        for seg in segments:
            if seg.kind is SegmentKind.SWITCH:
                assert self.modes[seg.exercise_number - 1] == SideMode.EACH_SIDE.value

    @invariant()
    def outcomes_follow_the_index(self) -> None:
        s = self.session
        outcomes = s.outcomes
        if s.state is State.FINISHED:
            assert None not in outcomes  # every segment was run or skipped
            return
        assert None not in outcomes[:s.index]
        assert set(outcomes[s.index:]) == {None}
        assert all(o in (Outcome.COMPLETED, Outcome.SKIPPED) for o in outcomes[:s.index])

    @invariant()
    def summary_counts_the_reps_done(self) -> None:
        """A rep whose last phase has ended counts when one of its phases ran to its end (or
        was left late, which this test cannot see): at least those, at most the ended ones."""
        s = self.session
        summary = s.summary()
        assert [e.exercise_id for e in summary] == list(
            dict.fromkeys(seg.exercise_id for seg in s.segments))
        outcomes = s.outcomes
        for number, entry in enumerate(summary, 1):
            ended: dict[Side | None, int] = {}
            ran: dict[Side | None, int] = {}
            for seg, outcome in zip(s.segments, outcomes, strict=True):
                if seg.exercise_number == number and seg.last_phase and outcome is not None:
                    ended[seg.side] = ended.get(seg.side, 0) + 1
                    phases = outcomes[seg.index - seg.phase_index:seg.index + 1]
                    if Outcome.COMPLETED in phases:
                        ran[seg.side] = ran.get(seg.side, 0) + 1
            for side in set(ended) | set(entry.reps_done):
                done = entry.reps_done.get(side, 0)
                assert ran.get(side, 0) <= done <= ended.get(side, 0)
            for done in entry.reps_done.values():
                assert 0 < done <= entry.reps_target * s.segments[0].sets


SessionMachine.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestSessionProperties = SessionMachine.TestCase
