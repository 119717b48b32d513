"""The Qt face of a session: turns core events into signals and keeps the screen fresh.

The controller owns two timers, both from a swappable factory:
- a *frame* timer that asks for a repaint of the countdown while the session runs;
- a *deadline* timer, single-shot, aimed at the next instant something happens (a segment ends,
  a countdown tick is due), so boundaries are noticed within a millisecond or two instead of
  up to a frame late.
Neither counts anything: every wake-up reads the session's clock. No timer runs while idle,
paused or finished.
"""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import QObject, Signal

from hipflex_desktop.core.clock import Clock
from hipflex_desktop.core.model import Level, Pack
from hipflex_desktop.core.plan import PlanError, PlanOptions
from hipflex_desktop.core.session import (
    Action,
    Event,
    EventKind,
    ExerciseSummary,
    InvalidTransition,
    Session,
    State,
)
from hipflex_desktop.qtsupport.timers import Timer, TimerFactory, make_timer

# 20 repaints a second: the ring sweeps smoothly enough from across the room, and the work
# stays within the budget of a few per cent of one core (see docs/benchmarks.md).
FRAME_MS: Final = 50
# More than this between two wake-ups while running means the machine slept or hung.
STALL_LIMIT: Final = 3.0
TICK_MARKS: Final = (3, 2, 1)


class SessionController(QObject):
    session_started = Signal()
    step_changed = Signal(object)  # Segment
    paused_changed = Signal(bool)
    time_changed = Signal()  # the remaining time moved: repaint what shows it
    countdown_ticked = Signal(int)  # 3, 2, 1 seconds left in a lead-in, rest or switch
    event_occurred = Signal(object)  # every core Event, in order
    finished = Signal(object)  # list[ExerciseSummary]
    stopped = Signal(object)  # list[ExerciseSummary]
    active_changed = Signal(bool)  # a session is running or paused
    notice = Signal(str)  # a short message for the person (e.g. no easier variant)

    def __init__(self, clock: Clock, timer_factory: TimerFactory = make_timer,
                 parent: QObject | None = None, *, frame_ms: int = FRAME_MS) -> None:
        super().__init__(parent)
        self._clock = clock
        self._frame_ms = frame_ms
        self._session: Session | None = None
        self._frame: Timer = timer_factory(self, "frame")
        self._frame.connect_timeout(self._on_frame)
        self._deadline: Timer = timer_factory(self, "deadline")
        self._deadline.setSingleShot(True)
        self._deadline.connect_timeout(self._on_deadline)
        self._ticked: set[tuple[int, int]] = set()  # (segment index, mark) already announced
        self._deadline_at: float | None = None  # the clock time the deadline timer aims at
        self._frame_running_ms = 0

    # -- reading ---------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def session(self) -> Session | None:
        return self._session

    @property
    def active(self) -> bool:
        return self._session is not None and self._session.state.active

    @property
    def running(self) -> bool:
        return self._session is not None and self._session.state is State.RUNNING

    @property
    def paused(self) -> bool:
        return self._session is not None and self._session.state is State.PAUSED

    def remaining(self) -> float:
        return 0.0 if self._session is None else self._session.remaining()

    def total_remaining(self) -> float:
        return 0.0 if self._session is None else self._session.total_remaining()

    def can(self, action: Action) -> bool:
        return self._session is not None and self._session.can(action)

    # -- starting --------------------------------------------------------------------------

    def begin(self, pack: Pack, options: PlanOptions) -> None:
        """Plan and start a session (raises PlanError for options the pack cannot honour)."""
        self._adopt(Session(pack, options, self._clock, stall_limit=STALL_LIMIT))
        self._run(self._session_or_raise().start())

    def adopt_restored(self, session: Session) -> None:
        """Take over a session restored from a snapshot; it waits, paused, for Resume."""
        self._adopt(session)
        self.active_changed.emit(True)
        self.step_changed.emit(session.current)
        self.paused_changed.emit(session.state is State.PAUSED)
        self.time_changed.emit()

    def _adopt(self, session: Session) -> None:
        if self.active:
            raise RuntimeError("a session is already under way")
        self._session = session
        self._ticked.clear()

    def _session_or_raise(self) -> Session:
        if self._session is None:
            raise RuntimeError("no session")
        return self._session

    # -- actions (each a no-op with a reason when the state does not allow it) -------------

    def toggle(self) -> None:
        session = self._session
        if session is None or not (session.can(Action.PAUSE) or session.can(Action.RESUME)):
            return
        self._run(session.toggle())

    def pause(self) -> None:
        if self.can(Action.PAUSE):
            self._run(self._session_or_raise().pause())

    def resume(self) -> None:
        if self.can(Action.RESUME):
            self._run(self._session_or_raise().resume())

    def next_step(self) -> None:
        if self.can(Action.NEXT):
            self._run(self._session_or_raise().next())

    def previous_step(self) -> None:
        if self.can(Action.PREVIOUS):
            self._run(self._session_or_raise().previous())

    def restart_exercise(self) -> None:
        if self.can(Action.RESTART_EXERCISE):
            self._run(self._session_or_raise().restart_exercise())

    def stop(self) -> None:
        if self.can(Action.STOP):
            self._run(self._session_or_raise().stop())

    def easier(self) -> None:
        self._shift_level(-1)

    def harder(self) -> None:
        self._shift_level(+1)

    def set_level(self, level: Level) -> None:
        session = self._session
        if session is None or not self.active:
            return
        seg = session.current
        try:
            events = session.set_variant(seg.exercise_id, level)
        except (PlanError, ValueError, InvalidTransition) as exc:
            self.notice.emit(str(exc))
            return
        self._run(events)

    def _shift_level(self, step: int) -> None:
        session = self._session
        if session is None or not self.active:
            return
        seg = session.current
        exercise = session.pack.exercise(seg.exercise_id)
        level = seg.variant.step(step, exercise.levels)
        if level is None:
            text = (self.tr("No easier variant of {exercise}") if step < 0
                    else self.tr("No harder variant of {exercise}"))
            self.notice.emit(text.format(exercise=seg.exercise_name))
            return
        self.set_level(level)

    def available_levels(self) -> tuple[Level, ...]:
        session = self._session
        if session is None:
            return ()
        return session.pack.exercise(session.current.exercise_id).levels

    # -- time ------------------------------------------------------------------------------

    def _on_frame(self) -> None:
        self.poll()

    def _on_deadline(self) -> None:
        self.poll()

    def poll(self) -> None:
        """Read the clock: emit what happened since the last look, then repaint."""
        session = self._session
        if session is None or session.state is not State.RUNNING:
            self._schedule()
            return
        self._run(session.poll())

    def _run(self, events: list[Event]) -> None:
        session = self._session_or_raise()
        # Sound, speech, trace and history hear of every event first; the screen, which may
        # lay out a whole page, is updated after them, so a cue is never late for a layout.
        for event in events:
            self.event_occurred.emit(event)
        for event in events:
            self._emit(event)
        self._emit_ticks(session)
        self._schedule()
        self.time_changed.emit()

    def _emit(self, event: Event) -> None:
        kind = event.kind
        if kind is EventKind.SESSION_STARTED:
            self.active_changed.emit(True)
            self.session_started.emit()
            self.paused_changed.emit(False)
        elif kind is EventKind.SEGMENT_STARTED:
            assert event.segment is not None
            self.step_changed.emit(event.segment)
        elif kind is EventKind.PAUSED:
            self.paused_changed.emit(True)
        elif kind is EventKind.RESUMED:
            self.paused_changed.emit(False)
        elif kind in (EventKind.WENT_BACK, EventKind.RESTARTED_EXERCISE):
            # The steps from here on run again from their start: count them down again.
            self._ticked = {key for key in self._ticked if key[0] < event.index}
        elif kind is EventKind.SESSION_FINISHED:
            self.active_changed.emit(False)
            self.finished.emit(self.summary())
        elif kind is EventKind.SESSION_STOPPED:
            self.active_changed.emit(False)
            self.stopped.emit(self.summary())

    def summary(self) -> list[ExerciseSummary]:
        return [] if self._session is None else self._session.summary()

    def _emit_ticks(self, session: Session) -> None:
        """Announce 3, 2, 1 before a lead-in, rest or switch ends (once each)."""
        if session.state is not State.RUNNING:
            return
        seg = session.current
        if seg.kind.is_phase:
            return
        remaining = session.remaining()
        for mark in TICK_MARKS:
            key = (session.index, mark)
            # Only marks the countdown really passes, not the one it starts on.
            # A hair of tolerance: the clock may land on the mark with a rounding error.
            if mark < seg.seconds and remaining <= mark + 1e-6 and key not in self._ticked:
                self._ticked.add(key)
                if remaining > mark - 0.5:  # not a stale mark (after a stall or a late frame)
                    self.countdown_ticked.emit(mark)

    def _next_wakeup(self, session: Session) -> float | None:
        deadline = session.next_deadline()
        if deadline is None:
            return None
        seg = session.current
        if seg.kind.is_phase:
            return deadline
        for mark in TICK_MARKS:
            if mark < seg.seconds and (session.index, mark) not in self._ticked:
                return min(deadline, deadline - mark)
        return deadline

    def _schedule(self) -> None:
        session = self._session
        if session is None or session.state is not State.RUNNING:
            if self._frame.isActive():
                self._frame.stop()
            if self._deadline.isActive():
                self._deadline.stop()
            return
        interval = self._frame_interval(session)
        if not self._frame.isActive() or interval != self._frame_running_ms:
            self._frame.start(interval)
            self._frame_running_ms = interval
        wakeup = self._next_wakeup(session)
        if wakeup is not None and not (wakeup == self._deadline_at and self._deadline.isActive()):
            # Aimed once per wake-up point, not re-armed on every frame.
            delay = max(0, math.ceil((wakeup - self._clock.now()) * 1000))
            self._deadline.start(delay)
            self._deadline_at = wakeup

    def _frame_interval(self, session: Session) -> int:
        return frame_interval_ms(session.current.seconds, self._frame_ms)

    def shutdown(self) -> None:
        """Stop every timer (the window is closing)."""
        self._frame.stop()
        self._deadline.stop()


def frame_interval_ms(seconds: float, frame_ms: int = FRAME_MS) -> int:
    """Frames as often as the ring needs to look smooth: a 1.5 s phase sweeps the whole ring
    and needs every frame; a 30 s rest moves it a few pixels a frame at a third of the rate.
    Fewer frames, less work for the laptop."""
    return min(max(frame_ms, round(seconds * 3)), 3 * frame_ms)
