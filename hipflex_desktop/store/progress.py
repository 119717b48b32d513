"""The history's sessions as the progression rule reads them, and where each exercise stands.

Qt-free beside the store: ``hipflex progress``, the window and the tests use the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from hipflex_desktop.core.ladder import describe_step, ladder_of, variant_label
from hipflex_desktop.core.model import Level, Pack
from hipflex_desktop.core.progression import Attempt, Suggestion, suggest_all
from hipflex_desktop.store.history import SessionRecord, StepDecision


def attempts_of(sessions: Iterable[SessionRecord]) -> list[Attempt]:
    """One attempt per exercise of every session (variants the app does not know are left
    out of ``variants_used``: they cannot be easier than anything)."""
    known = {level.value for level in Level}
    result: list[Attempt] = []
    for session in sessions:
        for exercise in session.exercises:
            if exercise.variant not in known:
                continue
            planned = exercise.planned_variant or exercise.variant
            result.append(Attempt(
                session_id=session.id, day=session.local_date, pack_id=session.pack_id,
                exercise_id=exercise.exercise_id, status=session.status,
                variant=Level(planned) if planned in known else Level(exercise.variant),
                step=exercise.step, reps_per_side=exercise.reps_per_side,
                hold_seconds=exercise.hold_seconds,
                reps_target_per_side=exercise.reps_target_per_side,
                reps_done={"right": exercise.reps_right, "left": exercise.reps_left,
                           "none": exercise.reps_none},
                events=dict(exercise.events),
                variants_used=tuple(Level(v) for v in exercise.variants_used if v in known),
            ))
    return result


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one exercise stands, in words fit for the command line and the window."""

    exercise_id: str
    name: str
    suggestion: Suggestion
    current: str  # "Standard, 8 reps per side, hold 1.5 s"
    next: str | None  # the step above in words, None at the top
    target: str  # the suggested step in words


def standings(pack: Pack, sessions: Iterable[SessionRecord], current: Mapping[str, int], *,
              today: date, decided_after: Mapping[str, int] | None = None) -> list[Standing]:
    """Every exercise of the pack: its step, the suggestion and the steps in words."""
    suggestions = suggest_all(pack, attempts_of(sessions), current, today=today,
                              decided_after=decided_after)
    result = []
    for exercise in pack.exercises:
        ladder = ladder_of(exercise, pack.defaults)
        found = suggestions[exercise.id]
        words = [describe_step(step, variant_label(exercise, step.level))
                 for step in ladder.steps]
        result.append(Standing(
            exercise.id, exercise.name.text, found, words[found.current - 1],
            words[found.current] if found.current < len(ladder) else None,
            words[found.target - 1]))
    return result


def current_steps(pack: Pack, decisions: Iterable[StepDecision]) -> dict[str, int]:
    """Each exercise's step: the latest accepted or chosen one that is still on its ladder,
    else the ladder's start."""
    result = {e.id: ladder_of(e, pack.defaults).start for e in pack.exercises}
    for decision in decisions:
        if (decision.pack_id == pack.id and decision.exercise_id in result
                and decision.kind != "declined"):
            ladder = ladder_of(pack.exercise(decision.exercise_id), pack.defaults)
            if decision.step <= len(ladder):
                result[decision.exercise_id] = decision.step
    return result


def decided_after(pack: Pack, decisions: Iterable[StepDecision]) -> dict[str, int]:
    """Per exercise, the newest session a decision about it had already counted."""
    result: dict[str, int] = {}
    for decision in decisions:
        if decision.pack_id == pack.id:
            result[decision.exercise_id] = max(result.get(decision.exercise_id, 0),
                                               decision.after_session)
    return result


def standings_from(pack: Pack, sessions: Iterable[SessionRecord],
                   decisions: Iterable[StepDecision], *, today: date) -> list[Standing]:
    """:func:`standings` with the steps and the decisions kept in the history."""
    kept = list(decisions)
    return standings(pack, sessions, current_steps(pack, kept), today=today,
                     decided_after=decided_after(pack, kept))


def newest_session(sessions: Iterable[SessionRecord]) -> int:
    return max((s.id for s in sessions), default=0)
