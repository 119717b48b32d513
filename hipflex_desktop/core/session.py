"""The guided session as an explicit state machine over a flat plan.

States and the actions allowed in each are one table (``TRANSITIONS``); every action that is not
in it raises :class:`InvalidTransition` and changes nothing, so a stray key press can never put
the session in a state the rules do not know.

Time: the session keeps *when* the current segment started on the injected monotonic clock and
derives everything else. A segment that ends on its own ends exactly at ``start + seconds`` and the
next one starts at that very instant, however late anyone asks, so there is no drift. Pausing
stores the elapsed time and resuming moves the start forward by the pause: the remaining time
after a resume is exactly what it was at the pause.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final

from hipflex_desktop.core.clock import Clock
from hipflex_desktop.core.model import Level, Pack, Side
from hipflex_desktop.core.plan import (
    Plan,
    PlanError,
    PlanOptions,
    Segment,
    SegmentKind,
    exercise_block,
    plan,
    renumber,
    resolve,
)

SNAPSHOT_VERSION: Final = 2


class State(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def active(self) -> bool:
        return self in (State.RUNNING, State.PAUSED)


class SessionStatus(StrEnum):
    """How a session stands in the history: ``running`` until it ends, then how it ended.
    ``interrupted`` is a session the app found still running when it next started (a crash, a
    power cut) and that the person did not resume."""

    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"

    @property
    def ended(self) -> bool:
        return self is not SessionStatus.RUNNING


class Action(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    RESTART_EXERCISE = "restart_exercise"
    SET_VARIANT = "set_variant"
    STOP = "stop"
    FINISH = "finish"  # the last segment ended, or was skipped


TRANSITIONS: Final[dict[tuple[State, Action], State]] = {
    (State.IDLE, Action.START): State.RUNNING,
    (State.RUNNING, Action.PAUSE): State.PAUSED,
    (State.PAUSED, Action.RESUME): State.RUNNING,
    (State.RUNNING, Action.NEXT): State.RUNNING,
    (State.PAUSED, Action.NEXT): State.PAUSED,
    (State.RUNNING, Action.PREVIOUS): State.RUNNING,
    (State.PAUSED, Action.PREVIOUS): State.PAUSED,
    (State.RUNNING, Action.RESTART_EXERCISE): State.RUNNING,
    (State.PAUSED, Action.RESTART_EXERCISE): State.PAUSED,
    (State.IDLE, Action.SET_VARIANT): State.IDLE,
    (State.RUNNING, Action.SET_VARIANT): State.RUNNING,
    (State.PAUSED, Action.SET_VARIANT): State.PAUSED,
    (State.RUNNING, Action.STOP): State.STOPPED,
    (State.PAUSED, Action.STOP): State.STOPPED,
    (State.RUNNING, Action.FINISH): State.FINISHED,
    (State.PAUSED, Action.FINISH): State.FINISHED,
}


class InvalidTransition(Exception):  # noqa: N818 - named after the state-machine term
    def __init__(self, state: State, action: Action) -> None:
        super().__init__(f"cannot {action.value} a session that is {state.value}")
        self.state = state
        self.action = action


class SnapshotError(ValueError):
    """A saved session that cannot be restored (damaged, or from another pack)."""


class Outcome(StrEnum):
    COMPLETED = "completed"  # ran to its end
    SKIPPED = "skipped"  # the user moved on before its end


_NOT_CHOSEN: Final = -1
_OUTCOME_LETTERS: Final[dict[Outcome | None, str]] = {
    None: ".", Outcome.COMPLETED: "c", Outcome.SKIPPED: "s"}
_OUTCOMES_BY_LETTER: Final = {letter: o for o, letter in _OUTCOME_LETTERS.items()}


class EventKind(StrEnum):
    SESSION_STARTED = "session_started"
    SEGMENT_STARTED = "segment_started"
    PAUSED = "paused"
    RESUMED = "resumed"
    SKIPPED = "skipped"
    WENT_BACK = "went_back"
    RESTARTED_EXERCISE = "restarted_exercise"
    VARIANT_CHANGED = "variant_changed"
    REP_COMPLETED = "rep_completed"
    EXERCISE_COMPLETED = "exercise_completed"
    SESSION_FINISHED = "session_finished"
    SESSION_STOPPED = "session_stopped"
    STALLED = "stalled"  # the clock jumped (the machine slept or hung): paused where it was


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, at ``at`` on the session's clock.

    For a segment that started because the previous one ran out, ``at`` is the exact boundary,
    not the moment somebody noticed.
    """

    kind: EventKind
    at: float
    index: int
    segment: Segment | None
    remaining: float
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        seg = self.segment
        return {
            "event": self.kind.value,
            "at": round(self.at, 6),
            "index": self.index,
            "exercise": None if seg is None else seg.exercise_id,
            "variant": None if seg is None else seg.variant.value,
            "side": None if seg is None or seg.side is None else seg.side.value,
            "set": None if seg is None else seg.set,
            "rep": None if seg is None else seg.rep,
            "phase": None if seg is None else seg.kind.value,
            "seconds": None if seg is None else seg.seconds,
            "remaining": round(self.remaining, 6),
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class ExerciseSummary:
    exercise_id: str
    name: str
    variants: tuple[Level, ...]  # in the order they were used
    reps_target: int
    reps_done: dict[Side | None, int]
    sided: bool = True  # done on the right and the left (False: the exercise has no sides)


class Session:
    """A session over a plan; call :meth:`poll` to let the clock move it along."""

    def __init__(self, pack: Pack, options: PlanOptions, clock: Clock, *,
                 stall_limit: float | None = None) -> None:
        """``stall_limit``: when more than this many seconds pass between two polls while
        running (the machine slept, or the app hung), the session pauses where it was at the
        earlier poll instead of racing through the steps the person never saw."""
        self._pack = pack
        self._options = options
        self._initial_options = options  # the plan is made again from these on restore
        # Every variant change: (index at the time, exercise, level, made before the start).
        self._changes: list[tuple[int, str, Level, bool]] = []
        self._clock = clock
        self._stall_limit = stall_limit
        self._plan = plan(pack, options)
        self._segments: tuple[Segment, ...] = self._plan.segments
        self._outcomes: list[Outcome | None] = [None] * len(self._segments)
        # Segments the person left after at least half of their time (they did the move and
        # moved on, e.g. with a clicker), and the last phases of the reps that count as done.
        self._late: set[int] = set()
        self._counted: set[int] = set()
        self._state = State.IDLE
        self._index = 0
        self._started_at = 0.0  # clock time the current segment started (moved by pauses)
        self._frozen_elapsed = 0.0  # elapsed time of the current segment while not running
        self._last_poll = 0.0
        self._began_at: float | None = None  # clock time the session began in this run
        self._rebuild_suffix()

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def pack(self) -> Pack:
        return self._pack

    @property
    def options(self) -> PlanOptions:
        return self._options

    @property
    def segments(self) -> tuple[Segment, ...]:
        return self._segments

    @property
    def outcomes(self) -> tuple[Outcome | None, ...]:
        return tuple(self._outcomes)

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Segment:
        return self._segments[self._index]

    @property
    def upcoming(self) -> Segment | None:
        nxt = self._index + 1
        return self._segments[nxt] if nxt < len(self._segments) else None

    def can(self, action: Action) -> bool:
        return (self._state, action) in TRANSITIONS

    def duration(self) -> float:
        """Seconds since the session began, pauses included (what the summary shows). A
        restored session counts from when it was restored: the time of the earlier run is not
        known. 0 before the start."""
        if self._began_at is None:
            return 0.0
        return max(0.0, self._clock.now() - self._began_at)

    def elapsed(self) -> float:
        """Seconds into the current segment, within [0, its length]."""
        if self._state is State.RUNNING:
            value = self._clock.now() - self._started_at
        else:
            value = self._frozen_elapsed
        return min(max(value, 0.0), self.current.seconds)

    def remaining(self) -> float:
        """Seconds left in the current segment, never negative nor above its length."""
        if self._state is State.FINISHED:
            return 0.0
        return self.current.seconds - self.elapsed()

    def total_remaining(self) -> float:
        """Seconds left in the whole session."""
        if self._state is State.FINISHED:
            return 0.0
        return self.remaining() + self._suffix[self._index + 1]

    @property
    def total_seconds(self) -> float:
        return self._suffix[0]

    def next_deadline(self) -> float | None:
        """Clock time at which the current segment ends, while running."""
        if self._state is not State.RUNNING:
            return None
        return self._started_at + self.current.seconds

    # -- actions ---------------------------------------------------------------------------

    def _require(self, action: Action) -> State:
        target = TRANSITIONS.get((self._state, action))
        if target is None:
            raise InvalidTransition(self._state, action)
        return target

    def start(self) -> list[Event]:
        self._state = self._require(Action.START)
        now = self._clock.now()
        self._started_at = now
        self._began_at = now
        self._last_poll = now
        self._frozen_elapsed = 0.0
        return [self._event(EventKind.SESSION_STARTED, now),
                self._event(EventKind.SEGMENT_STARTED, now)]

    def poll(self) -> list[Event]:
        """Let time pass: end every segment whose time is up, each at its exact boundary."""
        if self._state is not State.RUNNING:
            return []
        now = self._clock.now()
        if self._stall_limit is not None and now - self._last_poll > self._stall_limit:
            return self._stall(now)
        self._last_poll = now
        events: list[Event] = []
        while self._state is State.RUNNING:
            end = self._started_at + self.current.seconds
            if now < end:
                break
            events.extend(self._leave(Outcome.COMPLETED, end))
            events.extend(self._advance(end))
        return events

    def _stall(self, now: float) -> list[Event]:
        # First let the time up to the last poll count as usual, then freeze there.
        stalled_at = self._last_poll
        events: list[Event] = []
        while self._state is State.RUNNING:
            end = self._started_at + self.current.seconds
            if stalled_at < end:
                break
            events.extend(self._leave(Outcome.COMPLETED, end))
            events.extend(self._advance(end))
        if self._state is State.RUNNING:
            self._frozen_elapsed = stalled_at - self._started_at
            self._state = State.PAUSED
            gap = now - stalled_at
            events.append(self._event(EventKind.STALLED, now, detail=f"{gap:.3f}"))
            events.append(self._event(EventKind.PAUSED, now))
        return events

    def pause(self) -> list[Event]:
        self._require(Action.PAUSE)
        events = self.poll()
        if self._state is not State.RUNNING:  # the last segment ran out first
            return events
        self._state = self._require(Action.PAUSE)
        now = self._clock.now()
        self._frozen_elapsed = now - self._started_at
        return [*events, self._event(EventKind.PAUSED, now)]

    def resume(self) -> list[Event]:
        self._state = self._require(Action.RESUME)
        now = self._clock.now()
        self._started_at = now - self._frozen_elapsed
        self._last_poll = now
        return [self._event(EventKind.RESUMED, now)]

    def toggle(self) -> list[Event]:
        """Start, pause or resume: what the one big key does."""
        if self._state is State.IDLE:
            return self.start()
        if self._state is State.RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> list[Event]:
        """Skip the rest of the current segment."""
        self._require(Action.NEXT)
        events = self.poll()
        if not self.can(Action.NEXT):
            return events
        now = self._clock.now()
        events.append(self._event(EventKind.SKIPPED, now))
        events.extend(self._leave(Outcome.SKIPPED, now))
        events.extend(self._advance(now))
        return events

    def previous(self) -> list[Event]:
        """Go back one segment (at the first one: start it again)."""
        self._require(Action.PREVIOUS)
        events = self.poll()
        if not self.can(Action.PREVIOUS):
            return events
        target = max(self._index - 1, 0)
        now = self._clock.now()
        self._go_to(target, now)
        events.append(self._event(EventKind.WENT_BACK, now))
        events.append(self._event(EventKind.SEGMENT_STARTED, now))
        return events

    def restart_exercise(self) -> list[Event]:
        """Back to the lead-in of the current exercise."""
        self._require(Action.RESTART_EXERCISE)
        events = self.poll()
        if not self.can(Action.RESTART_EXERCISE):
            return events
        number = self.current.exercise_number
        target = next(i for i, s in enumerate(self._segments)
                      if s.exercise_number == number and s.kind is SegmentKind.PREPARE)
        now = self._clock.now()
        # In the rest before an exercise its lead-in lies ahead: the rest is skipped.
        for i in range(self._index, target):
            self._outcomes[i] = Outcome.SKIPPED
        self._go_to(target, now)
        events.append(self._event(EventKind.RESTARTED_EXERCISE, now))
        events.append(self._event(EventKind.SEGMENT_STARTED, now))
        return events

    def set_variant(self, exercise_id: str, level: Level) -> list[Event]:
        """Change an exercise's variant. For the current exercise, the rest of it is planned
        anew and what is done stays done: a rep in progress starts again in the new variant,
        a lead-in, rest or switch keeps its elapsed time."""
        self._require(Action.SET_VARIANT)
        events = self.poll()
        if not self.can(Action.SET_VARIANT):
            return events
        now = self._clock.now()  # before the splice: its work must not lengthen a lead-in
        keep_elapsed = self.elapsed() if self._state is not State.IDLE else 0.0
        moved_to = self._splice_variant(exercise_id, level)
        if moved_to == _NOT_CHOSEN:
            return events  # remembered for when it is chosen; nothing in this session changes
        if moved_to is None:
            # Not started yet (or the session has not): the current segment goes on as it was.
            return [*events, self._event(EventKind.VARIANT_CHANGED, now, detail=level.value)]
        elapsed = 0.0 if self.current.kind.is_phase else min(keep_elapsed, self.current.seconds)
        self._started_at = now - elapsed
        self._frozen_elapsed = elapsed
        events.append(self._event(EventKind.VARIANT_CHANGED, now, detail=level.value))
        events.append(self._event(EventKind.SEGMENT_STARTED, now))
        return events

    def _splice_variant(self, exercise_id: str, level: Level) -> int | None:
        """Re-plan ``exercise_id`` in ``level`` from where the session stands; the new index
        when the current segment was replaced, None when a later part changed, _NOT_CHOSEN
        when the exercise is not in this session. Changes only the plan, not time."""
        options = self._options.with_variant(exercise_id, level)
        settings = resolve(self._pack, options)  # raises PlanError for a variant not offered
        chosen = [e.id for e in settings.exercises]
        idle = self._state is State.IDLE
        if exercise_id not in chosen:
            self._options = options
            self._changes.append((self._index, exercise_id, level, idle))
            return _NOT_CHOSEN
        number = chosen.index(exercise_id) + 1
        block_start = next(i for i, s in enumerate(self._segments)
                           if s.exercise_number == number)
        block_end = block_start
        while (block_end < len(self._segments)
               and self._segments[block_end].exercise_number == number):
            block_end += 1
        if not idle and block_end <= self._index:
            raise ValueError(f"{exercise_id} is already done")
        new_block = exercise_block(settings, number - 1)
        current_in_block = not idle and block_start <= self._index
        if not current_in_block:
            cut, take_from = block_start, 0
        else:
            seg = self.current
            if seg.kind.is_phase:
                cut = self._index - seg.phase_index  # restart the rep in progress
                take_from = _find(new_block, lambda s: (
                    s.set == seg.set and s.side == seg.side and s.rep == seg.rep
                    and s.phase_index == 0))
            else:
                cut = self._index
                take_from = _find(new_block, lambda s: (
                    s.kind is seg.kind and s.set == seg.set and s.side == seg.side))
        segments = renumber([*self._segments[:cut], *new_block[take_from:],
                             *self._segments[block_end:]])
        self._outcomes = [*self._outcomes[:cut], *([None] * (len(segments) - cut))]
        self._late = {i for i in self._late if i < cut}
        self._counted = {i for i in self._counted if i < cut}
        self._segments = segments
        self._options = options
        self._changes.append((self._index, exercise_id, level, idle))
        self._rebuild_suffix()
        if not current_in_block:
            return None
        self._index = cut
        return cut

    def stop(self) -> list[Event]:
        target = self._require(Action.STOP)
        events = self.poll()
        if not self.can(Action.STOP):
            return events
        now = self._clock.now()
        self._frozen_elapsed = self.elapsed()
        self._state = target
        return [*events, self._event(EventKind.SESSION_STOPPED, now)]

    # -- internals -------------------------------------------------------------------------

    def _leave(self, outcome: Outcome, at: float) -> list[Event]:
        """Record how the current segment ended, and the rep or exercise it completes.

        A rep counts as done when at least one of its phases ran to its end or was left after
        half of its time or more; racing through a rep with Skip does not count it.
        """
        seg = self.current
        index = self._index
        self._outcomes[index] = outcome
        if outcome is Outcome.SKIPPED and self.elapsed() >= seg.seconds / 2:
            self._late.add(index)
        events: list[Event] = []
        if seg.kind.is_phase and seg.last_phase:
            phases = range(index - seg.phase_index, index + 1)
            if any(self._outcomes[i] is Outcome.COMPLETED or i in self._late for i in phases):
                self._counted.add(index)
                events.append(self._event(EventKind.REP_COMPLETED, at, remaining=0.0))
        following = self.upcoming
        if seg.kind is not SegmentKind.REST and (
            following is None or following.exercise_number != seg.exercise_number
        ):
            events.append(self._event(EventKind.EXERCISE_COMPLETED, at, remaining=0.0))
        return events

    def _advance(self, at: float) -> list[Event]:
        if self._index + 1 >= len(self._segments):
            self._state = self._require(Action.FINISH)
            self._frozen_elapsed = self.current.seconds
            return [self._event(EventKind.SESSION_FINISHED, at, remaining=0.0)]
        self._index += 1
        self._started_at = at
        self._frozen_elapsed = 0.0
        return [self._event(EventKind.SEGMENT_STARTED, at)]

    def _go_to(self, target: int, now: float) -> None:
        for i in range(target, min(self._index + 1, len(self._outcomes))):
            self._outcomes[i] = None
            self._late.discard(i)
            self._counted.discard(i)
        self._index = target
        self._started_at = now
        self._frozen_elapsed = 0.0

    def _event(self, kind: EventKind, at: float, *, remaining: float | None = None,
               detail: str | None = None) -> Event:
        return Event(kind, at, self._index, self.current,
                     self.remaining() if remaining is None else remaining, detail)

    def _rebuild_suffix(self) -> None:
        suffix = [0.0] * (len(self._segments) + 1)
        for i in range(len(self._segments) - 1, -1, -1):
            suffix[i] = suffix[i + 1] + self._segments[i].seconds
        self._suffix = suffix

    # -- results ---------------------------------------------------------------------------

    def summary(self) -> list[ExerciseSummary]:
        """Per exercise: the variants used and the reps done on each side (see ``_leave``
        for when a rep counts as done)."""
        result: dict[int, ExerciseSummary] = {}
        for seg in self._segments:
            entry = result.get(seg.exercise_number)
            if entry is None:
                sided = any(s.side is not None for s in self._segments
                            if s.exercise_number == seg.exercise_number and s.kind.is_phase)
                entry = ExerciseSummary(seg.exercise_id, seg.exercise_name, (), seg.reps, {},
                                        sided)
                result[seg.exercise_number] = entry
            if seg.kind.is_phase and seg.variant not in entry.variants:
                result[seg.exercise_number] = entry = replace(
                    entry, variants=(*entry.variants, seg.variant))
            if seg.index in self._counted:
                entry.reps_done[seg.side] = entry.reps_done.get(seg.side, 0) + 1
        return [result[k] for k in sorted(result)]

    # -- saving and restoring --------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything needed to continue this session later, as JSON-ready values.

        Small on purpose (it is saved at every step): the plan is not stored but made again
        from the options the session started with, and every variant change is replayed at
        the point where it was made. Outcomes are one letter a segment.
        """
        return {
            "version": SNAPSHOT_VERSION,
            "pack_id": self._pack.id,
            "pack_version": self._pack.version,
            "state": self._state.value,
            "index": self._index,
            "elapsed": self.elapsed(),
            "options": self._initial_options.to_json(),
            "changes": [[index, exercise_id, level.value, idle]
                        for index, exercise_id, level, idle in self._changes],
            "outcomes": "".join(_OUTCOME_LETTERS[o] for o in self._outcomes),
            "counted": sorted(self._counted),
            "segments": len(self._segments),
        }

    def snapshot_json(self) -> str:
        return json.dumps(self.snapshot(), separators=(",", ":"), sort_keys=True)

    @classmethod
    def restore(cls, pack: Pack, data: dict[str, Any] | str, clock: Clock, *,
                restart_segment: bool = False, stall_limit: float | None = None) -> Session:
        """A session continued from :meth:`snapshot`. It comes back paused (or as it was when
        it was not running), so the person resumes it when they are ready; with
        ``restart_segment`` the interrupted segment starts again from its beginning."""
        try:
            raw = json.loads(data) if isinstance(data, str) else data
            if not isinstance(raw, dict) or raw.get("version") != SNAPSHOT_VERSION:
                raise SnapshotError("this saved session is from another version of the app")
            if raw["pack_id"] != pack.id or raw["pack_version"] != pack.version:
                raise SnapshotError(
                    f"the session was saved with pack {raw['pack_id']} {raw['pack_version']},"
                    f" not {pack.id} {pack.version}"
                )
            if not isinstance(raw["options"], dict):
                raise TypeError("its options are not a mapping")
            session = cls(pack, PlanOptions.from_json(raw["options"]), clock,
                          stall_limit=stall_limit)
            for change in raw["changes"]:
                index, exercise_id, level, idle = change
                if not isinstance(index, int) or not 0 <= index < len(session._segments):
                    raise ValueError("a variant change is off the plan")
                session._index = index
                session._state = State.IDLE if idle is True else State.PAUSED
                session._splice_variant(str(exercise_id), Level(level))
            letters = raw["outcomes"]
            if not isinstance(letters, str):
                raise TypeError("its outcomes are not text")
            outcomes = [_OUTCOMES_BY_LETTER[letter] for letter in letters]
            counted = raw["counted"]
            if not isinstance(counted, list) or not all(
                isinstance(i, int) and 0 <= i < len(session._segments)
                and session._segments[i].last_phase for i in counted
            ):
                raise ValueError("its done reps are off the plan")
            index = raw["index"]
            if not isinstance(index, int) or isinstance(index, bool):
                raise TypeError("its position is not a whole number")
            state = State(raw["state"])
            elapsed = float(raw["elapsed"])
            if not math.isfinite(elapsed):
                raise ValueError("a time in it is not a number")
            if raw["segments"] != len(session._segments):
                raise ValueError("its plan does not match the pack any more")
        except SnapshotError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, json.JSONDecodeError,
                PlanError) as exc:
            raise SnapshotError(f"the saved session is damaged ({exc})") from None
        segments = session._segments
        if len(outcomes) != len(segments) or not 0 <= index < len(segments):
            raise SnapshotError("the saved session is damaged (its position is off the plan)")
        session._outcomes = outcomes
        session._counted = set(counted)
        session._index = index
        session._state = State.PAUSED if state is State.RUNNING else state
        elapsed = 0.0 if restart_segment else min(max(elapsed, 0.0), segments[index].seconds)
        session._frozen_elapsed = elapsed
        now = clock.now()
        session._started_at = now - elapsed
        session._began_at = now
        session._last_poll = now
        return session

    @property
    def plan_view(self) -> Plan:
        """The plan as it stands now (after any variant change)."""
        return Plan(self._plan.pack_id, self._plan.pack_version, self._options, self._segments)


def _find(segments: Sequence[Segment], match: Any) -> int:
    for i, seg in enumerate(segments):
        if match(seg):
            return i
    # The new variant has no such point (e.g. it has no sides): start it from its lead-in.
    return next((i for i, s in enumerate(segments) if s.kind is SegmentKind.PREPARE), 0)
