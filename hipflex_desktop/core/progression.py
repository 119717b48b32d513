"""The progression rule: from the history alone, what step each exercise should take next time.

One pure function decides (:func:`suggest`), over :class:`Attempt` rows — one exercise of one
recorded session each, as the store reads them — and the pack. It suggests; it never changes a
step (the person accepts or declines every change).

What counts
    An attempt counts at the person's current step only when it was planned at that step *and*
    the step still means the same (variant, reps per side and hold); a pack that changed its
    ladder since does not lend old sessions to a new step. Attempts of another pack, and those
    of sessions that are still running or were interrupted (the app closed or crashed: nobody
    chose to stop), are passed over without breaking a run. A session in which an exercise was
    not chosen, or that was stopped before the exercise began, has no attempt of it. A resumed
    session is one session. An exercise done in full before the session was stopped in a later
    one counts as done.

Done well
    Every rep of every set completed on every side the exercise has, no rep's phase skipped,
    no Back or Restart over a rep, no switch to an easier variant, and the session not stopped
    in that exercise.

Too hard
    A switch to an easier variant during the exercise, or the session stopped in it.

Anything else (a rep short, a skip, a Back) is *mixed*: it breaks both runs.

The suggestion
    ``climb_after`` (the ladder's number) attempts in a row done well at the current step
    suggest the next step; as many in a row that were too hard suggest the step below. Runs
    count back from the newest attempt and stop at the first one that does not fit, at a gap
    of more than :data:`MAX_GAP_DAYS` days between two attempts, and at the person's last
    decision (an attempt up to ``decided_after`` is not counted again). When the newest
    attempt is more than MAX_GAP_DAYS old, nothing runs: after weeks away, start again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Final

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Ladder, LadderStep, Level, Pack, SideMode
from hipflex_desktop.core.session import SessionStatus

MAX_GAP_DAYS: Final = 28
"""More days than this between two sessions of an exercise end a run: strength fades."""


@dataclass(frozen=True, slots=True)
class Attempt:
    """One exercise of one recorded session, as the rule sees it.

    ``reps_done`` maps ``right``, ``left`` and ``none`` (no sides) to the reps recorded over all
    sets; ``reps_target_per_side`` is the planned reps per side over all sets. ``events``
    counts ``skipped``, ``went_back``, ``easier``, ``harder`` and ``stopped``.
    ``variants_used`` are the variants of the recorded reps.
    """

    session_id: int
    day: date
    pack_id: str
    exercise_id: str
    status: SessionStatus
    variant: Level  # as planned
    step: int | None
    reps_per_side: int | None  # of one set, as planned
    hold_seconds: float | None
    reps_target_per_side: int
    reps_done: Mapping[str, int] = field(default_factory=dict, hash=False)
    events: Mapping[str, int] = field(default_factory=dict, hash=False)
    variants_used: tuple[Level, ...] = ()


class Verdict(StrEnum):
    WELL = "well"
    TOO_HARD = "too-hard"
    MIXED = "mixed"


class Move(StrEnum):
    UP = "up"
    DOWN = "down"
    STAY = "stay"


class Reason(StrEnum):
    DONE_WELL = "done-well"  # climb: climb_after in a row done well
    TOO_HARD = "too-hard"  # step down: climb_after in a row too hard
    BUILDING = "building"  # stay: a run done well is under way (or none yet)
    STRUGGLING = "struggling"  # stay: a run too hard is under way, not long enough
    AT_TOP = "at-top"  # stay: done well at the last step; there is nothing above
    AT_BOTTOM = "at-bottom"  # stay: too hard at the first step; there is nothing below


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the rule says for one exercise.

    ``target`` is the step suggested for next time (``current`` when staying). ``well`` and
    ``too_hard`` are the runs counted back from the newest attempt (one of them is 0);
    ``needed`` is how many more sessions done well in a row would suggest the next step (0 at
    the top). ``since`` is the day of the oldest attempt of the run that decided.
    """

    exercise_id: str
    current: int
    steps: int
    target: int
    move: Move
    reason: Reason
    well: int
    too_hard: int
    needed: int
    climb_after: int
    since: date | None = None

    @property
    def changes(self) -> bool:
        return self.target != self.current


def assess(attempt: Attempt, sides: SideMode) -> Verdict:
    """Done well, too hard or mixed: one attempt on its own (see the module's rules)."""
    events = attempt.events
    order = list(Level)
    went_easier = events.get("easier", 0) > 0 or any(
        order.index(level) < order.index(attempt.variant) for level in attempt.variants_used)
    if went_easier or events.get("stopped", 0) > 0:
        return Verdict.TOO_HARD
    target = attempt.reps_target_per_side
    wanted = ("none",) if sides is SideMode.NONE else ("right", "left")
    complete = target > 0 and all(attempt.reps_done.get(side, 0) >= target for side in wanted)
    if not complete or events.get("skipped", 0) > 0 or events.get("went_back", 0) > 0:
        return Verdict.MIXED
    return Verdict.WELL


def at_step(attempt: Attempt, number: int, step: LadderStep) -> bool:
    """Whether ``attempt`` was done at step ``number`` as the ladder has it now."""
    return (attempt.step == number and attempt.variant is step.level
            and attempt.reps_per_side == step.reps_per_side
            and _same_hold(attempt.hold_seconds, step.hold_seconds))


def _same_hold(recorded: float | None, planned: float | None) -> bool:
    if recorded is None or planned is None:
        return recorded is planned
    return abs(recorded - planned) < 1e-6


def counted(attempts: Iterable[Attempt], pack_id: str, exercise_id: str,
            decided_after: int = 0) -> list[Attempt]:
    """The attempts the rule looks at, newest first."""
    kept = [a for a in attempts
            if a.pack_id == pack_id and a.exercise_id == exercise_id
            and a.session_id > decided_after
            and a.status in (SessionStatus.FINISHED, SessionStatus.STOPPED) and _begun(a)]
    return sorted(kept, key=lambda a: (a.day, a.session_id), reverse=True)


def _begun(attempt: Attempt) -> bool:
    """A session stopped before an exercise began holds no attempt of it."""
    return sum(attempt.reps_done.values()) > 0 or any(attempt.events.values())


def suggest(pack: Pack, exercise_id: str, attempts: Iterable[Attempt], current: int, *,
            today: date, decided_after: int = 0) -> Suggestion:
    """The suggestion for ``exercise_id`` of ``pack`` at step ``current`` (1-based)."""
    exercise = pack.exercise(exercise_id)
    ladder = ladder_of(exercise, pack.defaults)
    current = min(max(current, 1), len(ladder))
    step = ladder.step(current)
    sides = exercise.as_variant(step.level).sides
    well = too_hard = 0
    since: date | None = None
    previous_day = today
    for attempt in counted(attempts, pack.id, exercise_id, decided_after):
        if (previous_day - attempt.day).days > MAX_GAP_DAYS or not at_step(
            attempt, current, step
        ):
            break
        verdict = assess(attempt, sides)
        if verdict is Verdict.WELL and too_hard == 0:
            well += 1
        elif verdict is Verdict.TOO_HARD and well == 0:
            too_hard += 1
        else:
            break
        since = attempt.day
        previous_day = attempt.day
    return _decide(exercise_id, ladder, current, well=well, too_hard=too_hard, since=since)


def _decide(exercise_id: str, ladder: Ladder, current: int, *, well: int, too_hard: int,
            since: date | None) -> Suggestion:
    climb = ladder.climb_after
    top = current == len(ladder)
    needed = 0 if top else max(climb - well, 0)
    move, target, reason = Move.STAY, current, Reason.BUILDING
    if well >= climb:
        if top:
            reason = Reason.AT_TOP
        else:
            move, target, reason = Move.UP, current + 1, Reason.DONE_WELL
    elif too_hard >= climb:
        if current == 1:
            reason = Reason.AT_BOTTOM
        else:
            move, target, reason = Move.DOWN, current - 1, Reason.TOO_HARD
    elif too_hard:
        reason = Reason.STRUGGLING
    elif top and well:
        reason = Reason.AT_TOP
    if too_hard:
        needed = 0 if top else climb
    return Suggestion(exercise_id, current, len(ladder), target, move, reason, well, too_hard,
                      needed, climb, since)


def suggest_all(pack: Pack, attempts: Iterable[Attempt], current: Mapping[str, int], *,
                today: date, decided_after: Mapping[str, int] | None = None,
                ) -> dict[str, Suggestion]:
    """:func:`suggest` for every exercise of the pack; an exercise without a current step
    starts at its ladder's ``start``."""
    rows = list(attempts)
    decided = decided_after or {}
    result: dict[str, Suggestion] = {}
    for exercise in pack.exercises:
        ladder = ladder_of(exercise, pack.defaults)
        result[exercise.id] = suggest(
            pack, exercise.id, rows, current.get(exercise.id, ladder.start), today=today,
            decided_after=decided.get(exercise.id, 0))
    return result
