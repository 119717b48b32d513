"""The words of the History page and its charts: dates, counts, the streak and the goal, in the
window's language with its plural forms.

Dates take the locale's month and day names through a Qt date format that each language writes
("d MMM" is "3 Nov" in English, "3. Nov." in German).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from hipflex_desktop.core.model import Level
from hipflex_desktop.ui.theme import level_name


class HistoryWords(QObject):
    """The sentences (a class, so that lupdate sees each plural)."""

    def short_date(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day),
                                  self.tr("d MMM", "date format of a week's label: 3 Nov"))

    def long_date(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day),
                                  self.tr("ddd d MMM yyyy", "date format: Mon 3 Nov 2025"))

    def goal(self, goal: int) -> str:
        return self.tr("%n session(s) a week", "", goal)

    def streak_caption(self, streak: int, goal: int) -> str:
        if streak == 1:
            return self.tr("week meeting your goal of %n session(s) a week", "", goal)
        return self.tr("weeks in a row meeting your goal of %n session(s) a week", "", goal)

    def this_week_caption(self, count: int, goal: int) -> str:
        if count >= goal:
            extra = count - goal
            if not extra:
                return self.tr("Goal met — well done!")
            return self.tr("Goal met — well done! %n session(s) more than planned.", "",
                           extra)
        return self.tr("%n more to meet your goal.", "", goal - count)

    def streak_hint(self, streak: int, this_week: int, goal: int) -> str:
        if this_week >= goal:
            return self.tr("This week already counts.")
        if streak == 0:
            return self.tr("%n more session(s) this week starts one.", "", goal - this_week)
        return self.tr("%n more session(s) this week keeps it going.", "", goal - this_week)

    def variant(self, variant: str) -> str:
        try:
            return level_name(Level(variant))
        except ValueError:  # a variant of another pack, which the app does not name
            return variant[:1].upper() + variant[1:]

    def finished_sessions(self, count: int) -> str:
        return self.tr("finished session(s)", "", count)

    def chart(self, weeks: int, goal: int, total: int, met: int) -> list[str]:
        return [
            self.tr("Finished sessions per week for the last %n week(s)", "", weeks) + " "
            + self.tr("against your goal of %n session(s) a week.", "", goal),
            self.tr("%n session(s) in all;", "", total) + " "
            + self.tr("goal met in {met} of %n week(s).", "", weeks).format(met=met),
        ]

    def week_in_chart(self, label: str, count: int, met: bool) -> str:
        if met:
            return self.tr("{week}: {count} (goal met)").format(week=label, count=count)
        return self.tr("{week}: {count}").format(week=label, count=count)

    def week_label(self, monday: date, current: bool) -> str:
        if current:
            return self.tr("this week")
        return self.tr("week of {date}").format(date=self.short_date(monday))

    def week_tooltip(self, monday: date, current: bool, count: int, goal: int,
                     met: bool) -> str:
        head = (self.tr("This week") if current
                else self.tr("Week of {date}").format(date=self.long_date(monday)))
        sessions = self.tr("%n finished session(s)", "", count)
        if met:
            state = self.tr("goal met")
        elif current:
            state = self.tr("%n to go", "", goal - count)
        else:
            state = self.tr("goal {goal}").format(goal=goal)
        return self.tr("{week}: {sessions} ({state})").format(week=head, sessions=sessions,
                                                             state=state)

    def run(self, variant: str, first: date, last: date, count: int) -> str:
        when = (self.short_date(first) if first == last
                else self.tr("{first} to {last}").format(first=self.short_date(first),
                                                         last=self.short_date(last)))
        return self.tr("{variant} {when} (%n session(s))", "", count).format(
            variant=variant, when=when)

    def row(self, name: str, runs: list[str]) -> str:
        if not runs:
            return self.tr("{exercise}: no reps recorded in this period.").format(exercise=name)
        return self.tr("{exercise}: {runs}.").format(
            exercise=name, runs=self.tr(", then ").join(runs))

    def of(self, done: int, target: int) -> str:
        return self.tr("{done} of {target}", "reps done of the target").format(
            done=done, target=target)


def words() -> HistoryWords:
    return HistoryWords()


def short_date(day: date) -> str:
    """``3 Nov``: the label of a week (its Monday) or of a day on an axis."""
    return words().short_date(day)


def long_date(day: date) -> str:
    """``Mon 3 Nov 2025``: a session's local date in the list."""
    return words().long_date(day)


def goal_words(goal: int) -> str:
    """``2 sessions a week``."""
    return words().goal(goal)


def streak_caption(streak: int, goal: int) -> str:
    """What follows the big number: ``weeks in a row meeting your goal of 2 sessions a week``."""
    return words().streak_caption(streak, goal)


def this_week_caption(count: int, goal: int) -> str:
    """How this week stands against the goal."""
    return words().this_week_caption(count, goal)


def streak_hint(streak: int, this_week: int, goal: int) -> str:
    return words().streak_hint(streak, this_week, goal)


def variant_word(variant: str) -> str:
    return words().variant(variant)
