"""Weekly counts, streaks, local dates across time zones, timelines."""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipflex_desktop.store.history import (
    History,
    streak_from_dates,
    week_start,
    weekly_counts_from_dates,
)
from tests.store.helpers import UNHURRIED, add_session

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: date, hour: int = 7, zone: ZoneInfo = BERLIN) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=zone)


@contextmanager
def process_tz(name: str) -> Iterator[None]:
    previous = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()


# ---- reference implementations on ISO (year, week) numbers -----------------------------


def previous_iso_week(year: int, week: int) -> tuple[int, int]:
    if week > 1:
        return year, week - 1
    # 28 December always lies in the last ISO week of its year (52 or 53).
    last = date(year - 1, 12, 28).isocalendar()
    return last.year, last.week


def reference_streak(dates: list[date], goal: int, today: date) -> int:
    counts = Counter((d.isocalendar().year, d.isocalendar().week) for d in dates)
    week = (today.isocalendar().year, today.isocalendar().week)
    if counts[week] < goal:
        week = previous_iso_week(*week)
    streak = 0
    while counts[week] >= goal:
        streak += 1
        week = previous_iso_week(*week)
    return streak


def reference_weekly_counts(dates: list[date], weeks: int, today: date) -> list[tuple[date, int]]:
    counts = Counter((d.isocalendar().year, d.isocalendar().week) for d in dates)
    week = (today.isocalendar().year, today.isocalendar().week)
    result = []
    for _ in range(weeks):
        result.append((date.fromisocalendar(week[0], week[1], 1), counts[week]))
        week = previous_iso_week(*week)
    return result[::-1]


# Years 2020 and 2026 have an ISO week 53.
around_year_ends = st.dates(min_value=date(2025, 10, 1), max_value=date(2027, 3, 31))


@UNHURRIED
@given(st.lists(around_year_ends, max_size=40), st.integers(1, 4), around_year_ends)
def test_streak_matches_counting_iso_weeks(dates: list[date], goal: int, today: date) -> None:
    assert streak_from_dates(dates, goal=goal, today=today) == reference_streak(dates, goal, today)


@UNHURRIED
@given(st.lists(around_year_ends, max_size=40), st.integers(0, 80), around_year_ends)
def test_weekly_counts_match_counting_iso_weeks(dates: list[date], weeks: int, today: date) -> None:
    assert weekly_counts_from_dates(dates, weeks=weeks, today=today) == (
        reference_weekly_counts(dates, weeks, today)
    )


def test_week_start_across_the_year_end() -> None:
    assert date(2026, 12, 31).isocalendar().week == 53
    assert week_start(date(2027, 1, 3)) == date(2026, 12, 28)
    assert week_start(date(2027, 1, 4)) == date(2027, 1, 4)
    assert week_start(date(2020, 1, 1)) == date(2019, 12, 30)


def test_goal_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        streak_from_dates([], goal=0, today=date(2026, 1, 1))


# ---- on the database -----------------------------------------------------------------


def test_weekly_counts_include_empty_weeks_and_only_finished_sessions(history: History) -> None:
    add_session(history, at(date(2026, 3, 2)))  # Monday
    add_session(history, at(date(2026, 3, 8), 21))  # Sunday evening, same week
    add_session(history, at(date(2026, 3, 16)), status="stopped")
    add_session(history, at(date(2026, 3, 17)), status="interrupted")
    add_session(history, at(date(2026, 3, 24)))
    assert history.weekly_counts(weeks=5, today=date(2026, 3, 25)) == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 2),
        (date(2026, 3, 9), 0),
        (date(2026, 3, 16), 0),
        (date(2026, 3, 23), 1),
    ]
    assert history.weekly_counts(weeks=0, today=date(2026, 3, 25)) == []


def test_streak_across_the_year_end_with_iso_week_53(history: History) -> None:
    for day in [
        date(2026, 12, 15),
        date(2026, 12, 18),  # week of 14 Dec
        date(2026, 12, 21),
        date(2026, 12, 24),  # week of 21 Dec
        date(2026, 12, 30),
        date(2027, 1, 2),  # ISO week 53 of 2026: 28 Dec … 3 Jan
        date(2027, 1, 5),  # week of 4 Jan, the first of 2027
    ]:
        add_session(history, at(day))
    # This week has one session so far: the streak ends with last week.
    assert history.current_streak(goal=2, today=date(2027, 1, 6)) == 3
    add_session(history, at(date(2027, 1, 8)))
    # Now this week meets the goal and counts.
    assert history.current_streak(goal=2, today=date(2027, 1, 10)) == 4
    assert history.current_streak(goal=1, today=date(2027, 1, 10)) == 4
    assert history.current_streak(goal=3, today=date(2027, 1, 10)) == 0
    # Two weeks later with nothing done, the streak is over.
    assert history.current_streak(goal=2, today=date(2027, 1, 20)) == 0


def test_a_missed_week_breaks_the_streak(history: History) -> None:
    for day in [date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 23)]:
        add_session(history, at(day))
    add_session(history, at(date(2026, 3, 10)), status="stopped")  # does not count
    assert history.current_streak(goal=1, today=date(2026, 3, 29)) == 2


def test_extreme_offsets_land_on_the_local_date(history: History) -> None:
    # 00:30 on Monday 2 March at +14:00 is still Sunday 1 March in UTC.
    kiritimati = add_session(history, datetime(2026, 3, 2, 0, 30, tzinfo=ZoneInfo("Etc/GMT-14")))
    # 23:30 on Sunday 1 March at -12:00 is already Monday 2 March in UTC.
    baker = add_session(history, datetime(2026, 3, 1, 23, 30, tzinfo=ZoneInfo("Etc/GMT+12")))
    by_id = {s.id: s for s in history.sessions()}
    assert by_id[kiritimati].started_at.date() == date(2026, 3, 1)
    assert (by_id[kiritimati].local_date, by_id[kiritimati].utc_offset_minutes) == (
        date(2026, 3, 2),
        14 * 60,
    )
    assert by_id[baker].started_at.date() == date(2026, 3, 2)
    assert (by_id[baker].local_date, by_id[baker].utc_offset_minutes) == (
        date(2026, 3, 1),
        -12 * 60,
    )
    assert history.weekly_counts(weeks=2, today=date(2026, 3, 2)) == [
        (date(2026, 2, 23), 1),
        (date(2026, 3, 2), 1),
    ]
    assert [s.id for s in history.sessions(since=date(2026, 3, 2))] == [kiritimati]
    assert [s.id for s in history.sessions(since=date(2026, 3, 1))] == [kiritimati, baker]
    assert history.last_session_date() == date(2026, 3, 2)


def test_daylight_saving_changes_keep_local_dates(history: History) -> None:
    new_york = ZoneInfo("America/New_York")
    starts = [
        datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN),  # CET, 23:30 UTC the day before
        datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN),  # CEST, after the clocks went forward
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN),  # the second 02:30, CET
        datetime(2026, 11, 1, 23, 30, tzinfo=new_york),  # EST, 04:30 UTC on 2 November
        datetime(2026, 3, 8, 23, 0, tzinfo=new_york),  # EDT, first evening of it
    ]
    for started in starts:
        add_session(history, started)
    sessions = sorted(history.sessions(), key=lambda s: s.id)
    assert [s.utc_offset_minutes for s in sessions] == [60, 120, 60, -300, -240]
    expected = [date(2026, 3, 29), date(2026, 3, 29), date(2026, 10, 25), date(2026, 11, 1)]
    assert [s.local_date for s in sessions] == [*expected, date(2026, 3, 8)]
    assert [s.started_local.replace(tzinfo=None) for s in sessions] == [
        s.replace(tzinfo=None) for s in starts
    ]
    # Moving the computer to another zone moves none of them.
    with process_tz("Pacific/Kiritimati"):
        assert [s.local_date for s in sorted(history.sessions(), key=lambda s: s.id)] == [
            *expected,
            date(2026, 3, 8),
        ]


def test_variant_timeline(history: History) -> None:
    lifts = [("seated-leg-lifts", "Seated leg lifts", "easier", 8)]
    march = ("banded-psoas-march", "Banded psoas march", "standard", 8)
    days = [date(2026, 3, 2), date(2026, 3, 5), date(2026, 3, 9), date(2026, 3, 12)]
    # 1: easier; 2: stopped, mostly standard; 3: no reps of lifts; 4: harder.
    add_session(history, at(days[0]), exercises=lifts)
    second = history.start_session(
        started_at=at(days[1]), pack_id="p", pack_version="1", exercises=lifts
    )
    for rep, variant in enumerate(["easier", "standard", "standard"], start=1):
        history.record_rep(
            second,
            "seated-leg-lifts",
            variant=variant,
            side="right",
            rep=rep,
            at=at(days[1]) + timedelta(minutes=rep),
        )
    history.finish_session(second, "stopped", at(days[1], 8))
    add_session(history, at(days[2]), exercises=[march, *lifts])
    fourth = history.start_session(
        started_at=at(days[3]), pack_id="p", pack_version="1", exercises=lifts
    )
    history.record_rep(
        fourth, "seated-leg-lifts", variant="harder", side="left", rep=1, at=at(days[3])
    )
    history.finish_session(fourth, "finished", at(days[3], 8))
    timeline = history.variant_timeline()
    assert timeline["seated-leg-lifts"] == [
        (days[0], "easier"),
        (days[1], "standard"),
        (days[3], "harder"),
    ]
    assert timeline["banded-psoas-march"] == [(days[2], "standard")]


def test_last_session_date_counts_finished_sessions_only(history: History) -> None:
    assert history.last_session_date() is None
    add_session(history, at(date(2026, 3, 2)))
    add_session(history, at(date(2026, 3, 4)), status="stopped")
    assert history.last_session_date() == date(2026, 3, 2)


def test_sessions_since(history: History) -> None:
    ids = [add_session(history, at(date(2026, 3, day))) for day in (1, 2, 3)]
    assert [s.id for s in history.sessions(since=date(2026, 3, 2))] == ids[1:]
    assert [s.id for s in history.sessions(since=date.min)] == ids
    assert history.sessions(since=date(2026, 3, 4)) == []


def test_times_come_back_in_utc(history: History) -> None:
    add_session(history, datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN))
    (session,) = history.sessions()
    assert session.started_at == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    assert session.ended_at is not None
    assert session.ended_at.utcoffset() == timedelta(0)
