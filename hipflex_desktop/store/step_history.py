"""Each exercise's step over the weeks, shaped for the History page without Qt: the step of every
session that had reps of it, and the days the step changed, with why."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Pack
from hipflex_desktop.store.history import SessionRecord, StepDecision


@dataclass(frozen=True)
class StepChange:
    """The day a step changed: to ``step`` from ``previous``; ``kind`` is ``accepted`` (a
    suggestion, with the rule's ``reason``) or ``chosen`` (by hand)."""

    day: date
    step: int
    previous: int | None
    kind: str
    reason: str


@dataclass(frozen=True)
class StepRow:
    """One exercise of the pack: its ladder's length, (day, step) per session done at a step,
    and the changes."""

    exercise_id: str
    name: str
    steps: int
    points: tuple[tuple[date, int], ...]
    changes: tuple[StepChange, ...]


def step_rows(pack: Pack, sessions: Iterable[SessionRecord], decisions: Iterable[StepDecision],
              *, start: date, end: date) -> list[StepRow]:
    """The pack's exercises in its order, each with what happened between ``start`` and ``end``
    (sessions of other packs, and steps past a ladder that has since shrunk, are left out)."""
    listed = list(sessions)
    answers = list(decisions)
    rows = []
    for exercise in pack.exercises:
        count = len(ladder_of(exercise, pack.defaults))
        points = tuple(
            (session.local_date, record.step)
            for session in listed if session.pack_id == pack.id
            and start <= session.local_date <= end
            for record in session.exercises
            if record.exercise_id == exercise.id and record.step is not None
            and record.step <= count and record.total_reps > 0
        )
        changes = tuple(
            StepChange(d.local_date, d.step, d.previous, d.kind, d.reason)
            for d in answers
            if d.pack_id == pack.id and d.exercise_id == exercise.id and d.changes_step
            and d.step <= count and start <= d.local_date <= end
        )
        rows.append(StepRow(exercise.id, exercise.name.text, count, points, changes))
    return rows
