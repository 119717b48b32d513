"""The words of the History page and its charts: dates, counts, the streak and the goal.

Month and day names are spelt out here: Qt sets the C library's locale from the environment,
and the rest of the app is in English.
"""

from __future__ import annotations

from datetime import date
from typing import Final

MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def short_date(day: date) -> str:
    """``3 Nov``: the label of a week (its Monday) or of a day on an axis."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def long_date(day: date) -> str:
    """``Mon 3 Nov 2025``: a session's local date in the list."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def counted(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def goal_words(goal: int) -> str:
    """``2 sessions a week``."""
    return f"{counted(goal, 'session', 'sessions')} a week"


def streak_caption(streak: int, goal: int) -> str:
    """What follows the big number: ``weeks in a row meeting your goal of 2 sessions a week``."""
    weeks = "week meeting" if streak == 1 else "weeks in a row meeting"
    return f"{weeks} your goal of {goal_words(goal)}"


def this_week_caption(count: int, goal: int) -> str:
    """How this week stands against the goal."""
    if count >= goal:
        extra = count - goal
        return "Goal met — well done!" + (f" {counted(extra, 'session', 'sessions')} more than"
                                          " planned." if extra else "")
    return f"{goal - count} more to meet your goal."


def streak_hint(streak: int, this_week: int, goal: int) -> str:
    if this_week >= goal:
        return "This week already counts."
    left = counted(goal - this_week, "more session", "more sessions")
    if streak == 0:
        return f"{left} this week starts one."
    return f"{left} this week keeps it going."


def variant_word(variant: str) -> str:
    return variant[:1].upper() + variant[1:]
