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
from hipflex_desktop.store.history import SessionRecord


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
