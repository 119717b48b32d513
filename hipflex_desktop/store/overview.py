"""What the History page shows, shaped from the history without Qt: the weeks against the
goal, the streak, the sessions of the weeks listed, and the variant timeline of each exercise.

The page and its charts only draw what this hands them; the tests check the shaping with plain
pytest over a real history file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from hipflex_desktop.store.history import History, SessionRecord, week_start

CHART_WEEKS: Final = 12
"""Weeks shown in the chart and in the list of sessions, this week included."""
TIMELINE_MAX_WEEKS: Final = 52
"""The variant timeline reaches back to the first session, but no further than this."""


@dataclass(frozen=True)
class TimelineRow:
    """One exercise: its name and (local date, variant) per session that had reps of it."""

    exercise_id: str
    name: str
    points: tuple[tuple[date, str], ...]

    def runs(self) -> list[tuple[str, date, date, int]]:
        """Stretches of sessions with the same variant: (variant, first, last, sessions)."""
        runs: list[tuple[str, date, date, int]] = []
        for day, variant in self.points:
            if runs and runs[-1][0] == variant:
                name, first, _, count = runs[-1]
                runs[-1] = (name, first, day, count + 1)
            else:
                runs.append((variant, day, day, 1))
        return runs


@dataclass(frozen=True)
class HistoryOverview:
    sessions: list[SessionRecord]  # of the weeks in the list, newest first
    weeks: list[tuple[date, int]]  # (Monday, finished sessions), oldest first
    streak: int
    timeline: list[TimelineRow]
    timeline_start: date  # a Monday
    timeline_end: date  # the Sunday of this week


def history_overview(history: History, *, goal: int, today: date,
                     exercise_names: Mapping[str, str]) -> HistoryOverview | None:
    """The overview of ``history`` as of ``today``; ``None`` when it holds no session.

    ``exercise_names`` (the current pack's, in its order) names the timeline's rows and comes
    first in it; exercises of other packs follow in the order they were first done, under the
    name recorded with them. Raises :class:`HistoryError` when the history cannot be read.
    """
    everything = history.sessions()
    if not everything:
        return None
    weeks = history.weekly_counts(weeks=CHART_WEEKS, today=today)
    first_week = weeks[0][0]
    recent = [s for s in everything if s.local_date >= first_week]
    recent.sort(key=lambda s: (s.started_at, s.id), reverse=True)
    streak = history.current_streak(goal=goal, today=today)

    timeline = history.variant_timeline()
    recorded_names: dict[str, str] = {}
    order: list[str] = []
    for session in everything:
        for exercise in session.exercises:
            recorded_names[exercise.exercise_id] = exercise.name
            if exercise.exercise_id not in order:
                order.append(exercise.exercise_id)
    this_week = week_start(today)
    earliest = min((day for points in timeline.values() for day, _ in points),
                   default=first_week)
    start = max(week_start(earliest), this_week - timedelta(weeks=TIMELINE_MAX_WEEKS - 1))
    start = min(start, first_week)
    end = this_week + timedelta(days=6)
    ids = [i for i in exercise_names if i in recorded_names or i in timeline]
    ids += [i for i in order if i not in ids]
    rows = [
        TimelineRow(
            exercise_id=exercise_id,
            name=exercise_names.get(exercise_id) or recorded_names.get(exercise_id,
                                                                       exercise_id),
            points=tuple((day, variant) for day, variant in timeline.get(exercise_id, [])
                         if start <= day <= end),
        )
        for exercise_id in ids
    ]
    return HistoryOverview(recent, weeks, streak, rows, start, end)
