"""A history of the built-in pack over about ten weeks in which each exercise stands somewhere
else on its ladder: written through the store's own API, for the tests that need a suggestion
on screen (the pseudo-language walk) and for the documentation's screenshots.

- Banded psoas march: step 3 and step 4 accepted after two sessions done well each; at step 4
  one went to the easier variant, the two since were done well: step 5 (the harder variant) is
  suggested.
- Seated leg lifts: the last two sessions at step 3 went to the easier variant: step 2 is
  suggested.
- Elevated bridge march: step 6 chosen by hand, one session done well there since: one more is
  needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Level, Pack, SideMode
from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.store.history import History, PlannedStep

MARCH, LIFTS, BRIDGE = "banded-psoas-march", "seated-leg-lifts", "elevated-bridge-march"

# Days before today: the step each exercise was planned at, and what went wrong, if anything.
_SESSIONS: tuple[tuple[int, Mapping[str, int], frozenset[str]], ...] = (
    (66, {MARCH: 2, LIFTS: 3, BRIDGE: 5}, frozenset()),
    (62, {MARCH: 2, LIFTS: 3, BRIDGE: 5}, frozenset()),
    (52, {MARCH: 3, LIFTS: 3, BRIDGE: 5}, frozenset({BRIDGE})),
    (45, {MARCH: 3, LIFTS: 3, BRIDGE: 5}, frozenset()),
    (38, {MARCH: 4, LIFTS: 3, BRIDGE: 5}, frozenset()),
    (31, {MARCH: 4, LIFTS: 3, BRIDGE: 5}, frozenset()),
    (17, {MARCH: 4, LIFTS: 3, BRIDGE: 5}, frozenset({MARCH})),
    (10, {MARCH: 4, LIFTS: 3, BRIDGE: 5}, frozenset({LIFTS})),
    (3, {MARCH: 4, LIFTS: 3, BRIDGE: 6}, frozenset({LIFTS})),
)
# Days before today, exercise, kind, step taken, step before, and the session it came after
# (in days before today).
_DECISIONS: tuple[tuple[int, str, str, int, int, int], ...] = (
    (61, MARCH, "accepted", 3, 2, 62),
    (44, MARCH, "accepted", 4, 3, 45),
    (9, BRIDGE, "chosen", 6, 5, 10),
)


def _at(today: date, days_ago: int, hour: int = 18) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), time(hour, 0)).astimezone()


def write_step_history(history: History, pack: Pack, *, today: date) -> None:
    """The sessions and answers above, for ``pack`` (the built-in one)."""
    ids: dict[int, int] = {}
    for days_ago, steps, too_hard in _SESSIONS:
        started = _at(today, days_ago)
        exercises = []
        planned = {}
        for exercise in pack.exercises:
            ladder = ladder_of(exercise, pack.defaults)
            step = ladder.step(steps[exercise.id])
            exercises.append((exercise.id, exercise.name.text, step.level.value,
                              step.reps_per_side))
            planned[exercise.id] = PlannedStep(steps[exercise.id], len(ladder), 1,
                                               step.hold_seconds)
        session = history.start_session(started_at=started, pack_id=pack.id,
                                        pack_version=pack.version, exercises=exercises,
                                        planned=planned)
        moment = started
        for exercise_id, _, variant, reps in exercises:
            sides = pack.exercise(exercise_id).as_variant(Level(variant)).sides
            used = variant
            if exercise_id in too_hard:  # went to the easier variant after the first rep
                history.record_event(session, exercise_id, "easier", moment)
                used = Level.EASIER.value if variant != Level.EASIER.value else variant
            for rep in range(1, reps + 1):
                for side in ((None,) if sides is SideMode.NONE else ("right", "left")):
                    moment += timedelta(seconds=15)
                    history.record_rep(session, exercise_id, variant=used, side=side,
                                       rep=rep, at=moment)
        history.finish_session(session, SessionStatus.FINISHED, moment + timedelta(minutes=1))
        ids[days_ago] = session
    for days_ago, exercise_id, kind, taken, previous, after in _DECISIONS:
        history.record_step_decision(
            pack_id=pack.id, exercise_id=exercise_id, kind=kind, step=taken, previous=previous,
            reason="done-well" if kind == "accepted" else "", after_session=ids[after],
            at=_at(today, days_ago, 9))
