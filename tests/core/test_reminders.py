"""When the weekly reminder is due: chosen days, the time on the wall clock, once a day, never
after a session that day, and right on the days the clocks change (plain pytest, no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hipflex_desktop.core.reminders import next_reminder, reminder_due

BERLIN = ZoneInfo("Europe/Berlin")
MON_THU = (0, 3)
SIX = time(18, 0)


def berlin(y: int, m: int, d: int, hh: int, mm: int = 0, *, ss: int = 0,
           fold: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=BERLIN, fold=fold)


def due(now: datetime, *, days: tuple[int, ...] = MON_THU, at: time = SIX,
        trained_today: bool = False, last_reminded: date | None = None) -> bool:
    return reminder_due(now, days=days, at=at, trained_today=trained_today,
                        last_reminded=last_reminded)


def test_due_only_on_the_chosen_days() -> None:
    # The week of Monday 2026-06-01: due on Monday and Thursday only.
    monday = berlin(2026, 6, 1, 19)
    assert monday.weekday() == 0
    results = [due(monday + timedelta(days=n)) for n in range(7)]
    assert results == [True, False, False, True, False, False, False]


def test_no_days_chosen_means_never() -> None:
    monday = berlin(2026, 6, 1, 19)
    assert not any(due(monday + timedelta(days=n), days=()) for n in range(7))


def test_the_time_boundary() -> None:
    assert not due(berlin(2026, 6, 1, 17, 59, ss=59))
    assert due(berlin(2026, 6, 1, 18, 0, ss=0))
    assert due(berlin(2026, 6, 1, 18, 0, ss=1))
    # Late in the evening, when the app was only started then, it is still due that day.
    assert due(berlin(2026, 6, 1, 23, 59, ss=59))
    # Just after midnight it is another day: Tuesday has no reminder, Monday's has passed.
    assert not due(berlin(2026, 6, 2, 0, 0, ss=1))


def test_not_due_after_a_session_that_day() -> None:
    assert not due(berlin(2026, 6, 1, 19), trained_today=True)


def test_once_a_day() -> None:
    now = berlin(2026, 6, 1, 19)
    assert not due(now, last_reminded=date(2026, 6, 1))
    assert due(now, last_reminded=date(2026, 5, 28))  # last Thursday's does not count
    # Thursday after a Monday reminder: due again.
    assert due(berlin(2026, 6, 4, 18, 30), last_reminded=date(2026, 6, 1))


def test_the_wall_clock_decides_not_utc() -> None:
    # 18:00 in Berlin in summer is 16:00 UTC: due from 18:00 Berlin time.
    at_16_utc = datetime(2026, 6, 1, 16, 0, tzinfo=UTC).astimezone(BERLIN)
    assert due(at_16_utc)
    at_15_59_utc = datetime(2026, 6, 1, 15, 59, tzinfo=UTC).astimezone(BERLIN)
    assert not due(at_15_59_utc)
    # The same instant read in UTC would say 16:00 < 18:00.
    assert not due(datetime(2026, 6, 1, 16, 0, tzinfo=UTC))


@pytest.mark.parametrize("last_reminded", [None, date(2026, 3, 26)])
def test_spring_forward_day(last_reminded: date | None) -> None:
    """2026-03-29, a Sunday: in Berlin 02:00 becomes 03:00. A reminder at 02:30 (a time
    that does not exist that night) comes at the first moment after it, 03:00."""
    sunday = (6,)
    half_two = time(2, 30)
    before = berlin(2026, 3, 29, 1, 59, ss=59)
    after = (before.astimezone(UTC) + timedelta(seconds=1)).astimezone(BERLIN)
    assert after.time() == time(3, 0)  # the clock jumped
    assert before.utcoffset() == timedelta(hours=1)
    assert after.utcoffset() == timedelta(hours=2)
    assert not due(before, days=sunday, at=half_two, last_reminded=last_reminded)
    assert due(after, days=sunday, at=half_two, last_reminded=last_reminded)
    # The usual evening reminder that day is at 18:00 summer time (16:00 UTC, not 17:00).
    assert not due(datetime(2026, 3, 29, 15, 59, tzinfo=UTC).astimezone(BERLIN), days=sunday)
    assert due(datetime(2026, 3, 29, 16, 0, tzinfo=UTC).astimezone(BERLIN), days=sunday)


def test_fall_back_day() -> None:
    """2026-10-25, a Sunday: in Berlin 03:00 goes back to 02:00, so 02:30 happens twice.
    The reminder comes at the first 02:30 and not again at the second."""
    sunday = (6,)
    half_two = time(2, 30)
    first = berlin(2026, 10, 25, 2, 30, fold=0)
    second = berlin(2026, 10, 25, 2, 30, fold=1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    assert not due(berlin(2026, 10, 25, 2, 29, ss=59, fold=0), days=sunday, at=half_two)
    assert due(first, days=sunday, at=half_two)
    assert not due(second, days=sunday, at=half_two, last_reminded=first.date())
    # The evening reminder that day is at 18:00 winter time (17:00 UTC).
    assert not due(datetime(2026, 10, 25, 16, 59, tzinfo=UTC).astimezone(BERLIN),
                   days=sunday)
    assert due(datetime(2026, 10, 25, 17, 0, tzinfo=UTC).astimezone(BERLIN), days=sunday)


# -- the next reminder --------------------------------------------------------------------------


def test_next_reminder_later_today_or_on_the_next_chosen_day() -> None:
    monday_morning = berlin(2026, 6, 1, 9)
    assert next_reminder(monday_morning, days=MON_THU, at=SIX) == berlin(2026, 6, 1, 18)
    monday_evening = berlin(2026, 6, 1, 18, 0, ss=1)
    assert next_reminder(monday_evening, days=MON_THU, at=SIX) == berlin(2026, 6, 4, 18)
    exactly_six = berlin(2026, 6, 1, 18)
    assert next_reminder(exactly_six, days=MON_THU, at=SIX) == berlin(2026, 6, 4, 18)


def test_next_reminder_a_week_ahead_when_only_today_is_chosen_and_it_has_passed() -> None:
    now = berlin(2026, 6, 1, 20)
    assert next_reminder(now, days=(0,), at=SIX) == berlin(2026, 6, 8, 18)


def test_next_reminder_without_days() -> None:
    assert next_reminder(berlin(2026, 6, 1, 9), days=(), at=SIX) is None


def test_next_reminder_across_the_clock_changes() -> None:
    # Saturday evening before the spring change: Sunday 18:00 is summer time.
    spring = next_reminder(berlin(2026, 3, 28, 20), days=(6,), at=SIX)
    assert spring is not None
    assert (spring.date(), spring.time()) == (date(2026, 3, 29), SIX)
    assert spring.utcoffset() == timedelta(hours=2)
    assert spring.astimezone(UTC) == datetime(2026, 3, 29, 16, 0, tzinfo=UTC)
    # And before the autumn change: Sunday 18:00 is winter time.
    autumn = next_reminder(berlin(2026, 10, 24, 20), days=(6,), at=SIX)
    assert autumn is not None
    assert autumn.utcoffset() == timedelta(hours=1)
    assert autumn.astimezone(UTC) == datetime(2026, 10, 25, 17, 0, tzinfo=UTC)
    # What next_reminder gives is always due at that moment, and not a second before.
    for moment in (spring, autumn):
        assert due(moment, days=(6,))
        assert not due(moment - timedelta(seconds=1), days=(6,))
