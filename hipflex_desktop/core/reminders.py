"""When to remind the person to train (Qt-free, in local wall-clock time).

A reminder is due on a chosen weekday once the chosen time has passed, if no session has been
finished that day and no reminder was shown that day yet. Wall-clock time is right here (unlike
for the session timer): "remind me at six on Thursdays" is a statement about the clock on the
wall, and it follows time-zone and daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta


def reminder_due(now: datetime, *, days: Collection[int], at: time, trained_today: bool,
                 last_reminded: date | None) -> bool:
    today = now.date()
    return (
        today.weekday() in days
        and now.time() >= at
        and not trained_today
        and last_reminded != today
    )


def next_reminder(now: datetime, *, days: Collection[int], at: time) -> datetime | None:
    """The next moment a reminder could be due (for the settings text), or None."""
    if not days:
        return None
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        moment = datetime.combine(day, at, tzinfo=now.tzinfo)
        if day.weekday() in days and moment > now:
            return moment
    return None
