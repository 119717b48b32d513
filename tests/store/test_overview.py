"""The History page's overview, shaped without Qt from a real history file: the weeks against
the goal, the streak, the sessions listed newest first, and the variant timeline's rows, their
order, names and period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hipflex_desktop.store.history import History
from hipflex_desktop.store.overview import (
    CHART_WEEKS,
    TIMELINE_MAX_WEEKS,
    TimelineRow,
    history_overview,
)

TODAY = date(2026, 1, 14)  # a Wednesday
CET = timezone(timedelta(hours=1))
PACK = {"march": "Banded psoas march", "lifts": "Seated leg lifts"}


def at(day: date, hour: int = 7) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 30, tzinfo=CET)


def add(history: History, day: date, *, status: str = "finished", hour: int = 7,
        variants: dict[str, str] | None = None,
        exercises: tuple[tuple[str, str], ...] = (("march", "Banded psoas march"),
                                                  ("lifts", "Seated leg lifts"))) -> int:
    """A session with one rep a side of each exercise, in ``variants`` (standard else)."""
    used = variants or {}
    sid = history.start_session(
        started_at=at(day, hour), pack_id="p", pack_version="1",
        exercises=[(eid, name, used.get(eid, "standard"), 4) for eid, name in exercises])
    for n, (eid, _) in enumerate(exercises):
        for side in ("right", "left"):
            history.record_rep(sid, eid, variant=used.get(eid, "standard"), side=side, rep=1,
                               at=at(day, hour) + timedelta(minutes=n + 1))
    if status != "running":
        history.finish_session(sid, status, at(day, hour) + timedelta(minutes=20))
    return sid


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History.open(tmp_path / "history.db") as opened:
        yield opened


def test_an_empty_history_has_no_overview(history: History) -> None:
    assert history_overview(history, goal=2, today=TODAY, exercise_names=PACK) is None


def test_weeks_streak_and_the_sessions_listed(history: History) -> None:
    for day in (date(2025, 12, 29), date(2026, 1, 1), date(2026, 1, 6), date(2026, 1, 8),
                date(2026, 1, 12)):
        add(history, day)
    stopped = add(history, date(2026, 1, 13), status="stopped")
    add(history, date(2025, 9, 2))  # before the weeks listed
    overview = history_overview(history, goal=2, today=TODAY, exercise_names=PACK)
    assert overview is not None
    assert len(overview.weeks) == CHART_WEEKS
    assert overview.weeks[-1] == (date(2026, 1, 12), 1)  # the stopped one does not count
    assert overview.weeks[-2:-4:-1] == [(date(2026, 1, 5), 2), (date(2025, 12, 29), 2)]
    assert overview.streak == 2  # this week is still open
    listed = [s.local_date for s in overview.sessions]
    assert listed == sorted(listed, reverse=True)
    assert overview.sessions[0].id == stopped
    assert date(2025, 9, 2) not in listed
    assert min(listed) >= overview.weeks[0][0]


def test_sessions_of_one_day_are_listed_latest_first(history: History) -> None:
    morning = add(history, date(2026, 1, 12), hour=7)
    evening = add(history, date(2026, 1, 12), hour=19)
    overview = history_overview(history, goal=1, today=TODAY, exercise_names=PACK)
    assert overview is not None
    assert [s.id for s in overview.sessions] == [evening, morning]


def test_timeline_rows_follow_the_pack_then_other_exercises(history: History) -> None:
    add(history, date(2026, 1, 5), exercises=(("plank", "Side plank"), ("lifts", "Old name")))
    add(history, date(2026, 1, 6), variants={"lifts": "easier"})
    overview = history_overview(history, goal=2, today=TODAY, exercise_names=PACK)
    assert overview is not None
    assert overview.timeline == [
        TimelineRow("march", "Banded psoas march", ((date(2026, 1, 6), "standard"),)),
        TimelineRow("lifts", "Seated leg lifts",
                    ((date(2026, 1, 5), "standard"), (date(2026, 1, 6), "easier"))),
        TimelineRow("plank", "Side plank", ((date(2026, 1, 5), "standard"),)),
    ]


def test_an_exercise_of_the_pack_never_done_is_left_out(history: History) -> None:
    add(history, date(2026, 1, 6), exercises=(("march", "Banded psoas march"),))
    overview = history_overview(history, goal=2, today=TODAY,
                                exercise_names={**PACK, "never": "Never done"})
    assert overview is not None
    assert [row.exercise_id for row in overview.timeline] == ["march"]


def test_timeline_period_reaches_back_to_the_first_session(history: History) -> None:
    add(history, date(2025, 8, 5))
    overview = history_overview(history, goal=2, today=TODAY, exercise_names=PACK)
    assert overview is not None
    assert overview.timeline_start == date(2025, 8, 4)  # its Monday
    assert overview.timeline_end == date(2026, 1, 18)  # the Sunday of this week


def test_timeline_period_is_at_least_the_weeks_listed_and_at_most_a_year(
        history: History) -> None:
    add(history, date(2026, 1, 13))
    overview = history_overview(history, goal=2, today=TODAY, exercise_names=PACK)
    assert overview is not None
    assert overview.timeline_start == overview.weeks[0][0]
    add(history, date(2023, 3, 7))
    overview = history_overview(history, goal=2, today=TODAY, exercise_names=PACK)
    assert overview is not None
    weeks = (overview.timeline_end - overview.timeline_start).days // 7 + 1
    assert weeks == TIMELINE_MAX_WEEKS
    assert all(day >= overview.timeline_start for row in overview.timeline
               for day, _ in row.points)


def test_runs_group_sessions_of_the_same_variant() -> None:
    row = TimelineRow("lifts", "Seated leg lifts", (
        (date(2025, 11, 4), "easier"), (date(2025, 11, 11), "easier"),
        (date(2025, 12, 2), "standard"), (date(2025, 12, 9), "easier")))
    assert row.runs() == [("easier", date(2025, 11, 4), date(2025, 11, 11), 2),
                          ("standard", date(2025, 12, 2), date(2025, 12, 2), 1),
                          ("easier", date(2025, 12, 9), date(2025, 12, 9), 1)]
