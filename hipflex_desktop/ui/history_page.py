"""The History page: the weekly streak, sessions per week against the goal, the variant used
for each exercise over time, and the sessions of the last weeks.

Unlike the session page this one is read at the desk, up close, so it uses ordinary desktop
type sizes. The two charts are painted here with QPainter in the theme's colours; each keeps
its numbers as plain data (for the tests) and says them in its accessible description (for
screen readers). Only finished sessions count towards the goal, as in the history store;
stopped and interrupted ones are listed and their reps shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.plan import SegmentKind, format_duration
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.store.history import (
    ExerciseRecord,
    History,
    HistoryError,
    SessionRecord,
    week_start,
)
from hipflex_desktop.ui.theme import Colours, colours, level_name

__all__ = [
    "CHART_WEEKS",
    "COLUMNS",
    "TIMELINE_MAX_WEEKS",
    "WIDE_LAYOUT",
    "ChartColours",
    "HistoryPage",
    "TimelineRow",
    "VariantTimeline",
    "WeeklyChart",
    "chart_colours",
    "long_date",
    "short_date",
    "streak_caption",
    "this_week_caption",
]

CHART_WEEKS: Final = 12
"""Weeks shown in the chart and in the list of sessions, this week included."""
TIMELINE_MAX_WEEKS: Final = 52
"""The variant timeline reaches back to the first session, but no further than this."""

WIDE_LAYOUT: Final = 1000
"""From this page width on, the charts stand side by side."""

COLUMNS: Final = ("Date", "Time", "Status", "Duration", "Exercise", "Variant", "Right", "Left")
SESSION_COLUMNS: Final = 4
"""The first columns describe the session; they are filled in its first row only, the
rest of its rows list its other exercises."""

COLUMN_TITLES: Final = (
    QT_TRANSLATE_NOOP("HistoryPage", "Date"), QT_TRANSLATE_NOOP("HistoryPage", "Time"),
    QT_TRANSLATE_NOOP("HistoryPage", "Status"), QT_TRANSLATE_NOOP("HistoryPage", "Duration"),
    QT_TRANSLATE_NOOP("HistoryPage", "Exercise"), QT_TRANSLATE_NOOP("HistoryPage", "Variant"),
    QT_TRANSLATE_NOOP("HistoryPage", "Right"), QT_TRANSLATE_NOOP("HistoryPage", "Left"))

VARIANT_ORDER: Final = ("easier", "standard", "harder")
STATUS_WORDS: Final = {
    "finished": QT_TRANSLATE_NOOP("HistoryPage", "Finished"),
    "stopped": QT_TRANSLATE_NOOP("HistoryPage", "Stopped"),
    "interrupted": QT_TRANSLATE_NOOP("HistoryPage", "Interrupted"),
    "running": QT_TRANSLATE_NOOP("HistoryPage", "Not finished yet"),
}


# --------------------------------------------------------------------------------------
# Words
# --------------------------------------------------------------------------------------


class _Words(QObject):
    """The page's sentences, in the window's language with its plural forms (a class, so
    that lupdate sees each plural)."""

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


def _words() -> _Words:
    return _Words()


def short_date(day: date) -> str:
    """``3 Nov``: the label of a week (its Monday) or of a day on an axis."""
    return _words().short_date(day)


def long_date(day: date) -> str:
    """``Mon 3 Nov 2025``: a session's local date in the list."""
    return _words().long_date(day)


def goal_words(goal: int) -> str:
    """``2 sessions a week``."""
    return _words().goal(goal)


def streak_caption(streak: int, goal: int) -> str:
    """What follows the big number: ``weeks in a row meeting your goal of 2 sessions a week``."""
    return _words().streak_caption(streak, goal)


def this_week_caption(count: int, goal: int) -> str:
    """How this week stands against the goal."""
    return _words().this_week_caption(count, goal)


def streak_hint(streak: int, this_week: int, goal: int) -> str:
    return _words().streak_hint(streak, this_week, goal)


def variant_word(variant: str) -> str:
    return _words().variant(variant)


# --------------------------------------------------------------------------------------
# Colours of the painted charts
# --------------------------------------------------------------------------------------


def card_colour(c: Colours) -> QColor:
    """The background of a card (as in style.py's ``QFrame#card``)."""
    return QColor("#ffffff") if not c.dark else QColor("#1b1e22")


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    share_of_b = 1 - share_of_a
    return QColor.fromRgbF(a.redF() * share_of_a + b.redF() * share_of_b,
                           a.greenF() * share_of_a + b.greenF() * share_of_b,
                           a.blueF() * share_of_a + b.blueF() * share_of_b)


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    muted: QColor
    grid: QColor
    card: QColor
    met: QColor  # a week that met the goal
    below: QColor  # a week that did not
    goal: QColor  # the goal line
    current: QColor  # behind this week's column
    accent: QColor  # the "This week" tag
    on_accent: QColor
    variants: dict[str, QColor] = field(default_factory=dict)

    def variant(self, name: str) -> QColor:
        return self.variants.get(name, self.muted)


def chart_colours(c: Colours) -> ChartColours:
    card = card_colour(c)
    current = QColor(c.side[Side.LEFT])
    current.setAlpha(26 if not c.dark else 40)
    return ChartColours(
        text=c.text,
        muted=c.muted,
        grid=_mix(c.track, card, 0.75),
        card=card,
        met=c.phase[SegmentKind.MOVE],
        # Light enough to read as "not there yet", dark enough (3:1 against the card) to
        # stay visible as a shape.
        below=_mix(c.muted, card, 0.62 if not c.dark else 0.55),
        goal=c.text,
        current=current,
        accent=c.side[Side.LEFT],
        on_accent=c.on_accent,
        variants={
            "easier": c.phase[SegmentKind.SWITCH],
            "standard": c.side[Side.LEFT],
            "harder": c.phase[SegmentKind.HOLD],
        },
    )


def _font(base: QFont, scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    else:
        font.setPixelSize(max(8, round(base.pixelSize() * scale)))
    font.setBold(bold)
    return font


# --------------------------------------------------------------------------------------
# Sessions per week
# --------------------------------------------------------------------------------------


class WeeklyChart(QWidget):
    """Bars of finished sessions per ISO week against a dashed goal line.

    Weeks that met the goal are drawn in a strong colour, the others muted; this week's
    column is tinted and what is still missing to the goal is outlined. The count is written
    above every bar, so nothing depends on colour alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[tuple[date, int]] = []
        self._goal = 1
        self._today: date | None = None
        self._colours = chart_colours(colours())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 200)
        self.setAccessibleName(self.tr("Sessions per week"))
        self.setMouseTracking(True)

    # -- data ----------------------------------------------------------------------------

    @property
    def weeks(self) -> list[tuple[date, int]]:
        """(Monday, finished sessions) per week, oldest first, as drawn."""
        return list(self._weeks)

    @property
    def goal(self) -> int:
        return self._goal

    @property
    def current_week(self) -> date | None:
        """The Monday of this week, which is marked, or ``None`` if it is not shown."""
        if self._today is None:
            return None
        monday = week_start(self._today)
        return monday if any(week == monday for week, _ in self._weeks) else None

    def set_data(self, weeks: Sequence[tuple[date, int]], *, goal: int, today: date) -> None:
        if goal < 1:
            raise ValueError(f"the weekly goal must be at least 1, got {goal}")
        self._weeks = [(monday, int(count)) for monday, count in weeks]
        self._goal = goal
        self._today = today
        self.setAccessibleDescription(self.describe())
        self.update()

    def set_theme(self, theme: Colours) -> None:
        self._colours = chart_colours(theme)
        self.update()

    def met(self, count: int) -> bool:
        return count >= self._goal

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        if not self._weeks:
            return self.tr("No weeks to show.")
        words = _words()
        met = sum(1 for _, count in self._weeks if self.met(count))
        total = sum(count for _, count in self._weeks)
        parts = words.chart(len(self._weeks), self._goal, total, met)
        current = self.current_week
        weeks = [words.week_in_chart(words.week_label(monday, monday == current), count,
                                     self.met(count))
                 for monday, count in self._weeks]
        parts.append("; ".join(weeks) + ".")
        return " ".join(parts)

    def tooltip_for(self, monday: date, count: int) -> str:
        return _words().week_tooltip(monday, monday == self.current_week, count, self._goal,
                                     self.met(count))

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(280, 200)

    def _scale_max(self) -> int:
        top = max([self._goal, *(count for _, count in self._weeks)])
        return max(1, top)

    def _tick_step(self, top: int) -> int:
        return 1 if top <= 6 else max(2, math.ceil(top / 5))

    def _layout(self) -> tuple[QRectF, float, float, QFontMetricsF]:
        """The plot area, the width of a week's slot, the space above the tallest bar."""
        metrics = QFontMetricsF(_font(self.font(), 0.95))
        line = metrics.height()
        top = self._scale_max()
        axis_w = metrics.horizontalAdvance(str(top)) + line * 0.8
        goal_w = metrics.horizontalAdvance(self._goal_text()) + line * 1.0
        plot = QRectF(axis_w, line * 1.9, self.width() - axis_w - goal_w,
                      self.height() - line * 1.9 - line * 2.6)
        slot = plot.width() / max(1, len(self._weeks))
        headroom = line * 2.3
        return plot, slot, headroom, metrics

    def _y(self, value: float, plot: QRectF, headroom: float) -> float:
        usable = max(1.0, plot.height() - headroom)
        return plot.bottom() - value / self._scale_max() * usable

    def labelled_weeks(self) -> list[int]:
        """The weeks (by index) whose Monday is written under them: all of them when there
        is room, else every second or third one counting back from the newest, so that
        this week always has its label."""
        if not self._weeks:
            return []
        _, slot, _, metrics = self._layout()
        widest = max(metrics.horizontalAdvance(short_date(monday)) for monday, _ in self._weeks)
        every = max(1, math.ceil((widest + metrics.height() * 0.3) / max(1.0, slot)))
        last = len(self._weeks) - 1
        return [i for i in range(len(self._weeks)) if (last - i) % every == 0]

    def bar_rects(self) -> list[QRectF]:
        """Where each week's column is (its whole slot, for tooltips)."""
        plot, slot, _, _ = self._layout()
        return [QRectF(plot.left() + i * slot, plot.top(), slot, plot.height())
                for i in range(len(self._weeks))]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, (monday, count) in zip(self.bar_rects(), self._weeks, strict=True):
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), self.tooltip_for(monday, count), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._weeks or self.width() < 40 or self.height() < 40:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        plot, slot, headroom, metrics = self._layout()
        line = metrics.height()
        col = self._colours
        small = _font(self.font(), 0.95)
        bold = _font(self.font(), 0.95, bold=True)
        current = self.current_week

        # This week's column, behind everything else.
        for i, (monday, _) in enumerate(self._weeks):
            if monday == current:
                column = QRectF(plot.left() + i * slot + slot * 0.06, plot.top() - line * 0.2,
                                slot * 0.88, plot.height() + line * 2.6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(col.current)
                painter.drawRoundedRect(column, line * 0.5, line * 0.5)

        # Grid and value axis.
        top = self._scale_max()
        step = self._tick_step(top)
        painter.setFont(small)
        for value in range(0, top + 1, step):
            y = self._y(value, plot, headroom)
            painter.setPen(QPen(col.grid if value else col.muted, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(col.muted)
            painter.drawText(QRectF(0, y - line / 2, plot.left() - line * 0.4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))

        # Bars, counts and week labels.
        bar_w = min(slot * 0.58, line * 3.4)
        radius = min(bar_w * 0.22, line * 0.45)
        previous_year: int | None = None
        labelled = set(self.labelled_weeks())
        for i, (monday, count) in enumerate(self._weeks):
            centre = plot.left() + (i + 0.5) * slot
            met = self.met(count)
            if count > 0:
                y = self._y(count, plot, headroom)
                bar = QRectF(centre - bar_w / 2, y, bar_w, plot.bottom() - y)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(col.met if met else col.below)
                painter.drawPath(_top_rounded(bar, radius))
            if monday == current and not met:
                # What is still missing to this week's goal.
                low = self._y(count, plot, headroom)
                high = self._y(self._goal, plot, headroom)
                pen = QPen(col.met, 1.6, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(_top_rounded(QRectF(centre - bar_w / 2 + 0.8, high,
                                                     bar_w - 1.6, low - high), radius,
                                              open_bottom=count > 0))
            if count > 0:
                painter.setFont(bold)
                painter.setPen(col.text)
                y = self._y(count, plot, headroom)
                painter.drawText(QRectF(centre - slot / 2, y - line * 1.15, slot, line),
                                 Qt.AlignmentFlag.AlignCenter, str(count))
            if monday == current:
                self._paint_tag(painter, QPointF(centre, plot.top() + line * 0.55), small)
            if i > 0 and monday.year != self._weeks[i - 1][0].year:
                x = plot.left() + i * slot
                painter.setPen(QPen(col.grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if i not in labelled:
                continue
            painter.setFont(bold if monday == current else small)
            painter.setPen(col.text if monday == current else col.muted)
            label = QRectF(centre - slot, plot.bottom() + line * 0.35, 2 * slot, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, short_date(monday))
            if previous_year != monday.year:
                painter.setFont(small)
                painter.setPen(col.muted)
                painter.drawText(label.translated(0, line), Qt.AlignmentFlag.AlignCenter,
                                 str(monday.year))
            previous_year = monday.year

        # The goal line and its label.
        y = self._y(self._goal, plot, headroom)
        pen = QPen(col.goal, 1.6, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([5.0, 4.0])
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setFont(bold)
        painter.setPen(col.text)
        painter.drawText(QRectF(plot.right() + line * 0.4, y - line / 2, self.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._goal_text())

        self._paint_legend(painter, metrics)
        painter.end()

    def _goal_text(self) -> str:
        return self.tr("Goal {goal}", "the goal line of the chart").format(goal=self._goal)

    def _paint_tag(self, painter: QPainter, centre: QPointF, font: QFont) -> None:
        """The "This week" tag over this week's column."""
        tag_font = QFont(font)
        tag_font.setBold(True)
        metrics = QFontMetricsF(tag_font)
        text = self.tr("This week")
        height = metrics.height() * 1.15
        width = metrics.horizontalAdvance(text) + metrics.height() * 0.9
        rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        right_edge = self.width() - 1.0
        if rect.right() > right_edge:
            rect.moveRight(right_edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colours.accent)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setFont(tag_font)
        painter.setPen(self._colours.on_accent)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF) -> None:
        col = self._colours
        line = metrics.height()
        entries: list[tuple[str, QColor | None]] = [
            (self.tr("Goal met"), col.met), (self.tr("Below goal"), col.below),
            (self.tr("Weekly goal"), None)]
        swatch = line * 0.75
        gap = line * 1.1
        widths = [swatch + line * 0.4 + metrics.horizontalAdvance(text) for text, _ in entries]
        x = self.width() - sum(widths) - gap * (len(entries) - 1)
        y = line * 0.2
        painter.setFont(_font(self.font(), 0.95))
        for (text, colour), width in zip(entries, widths, strict=True):
            box = QRectF(x, y + (line - swatch) / 2, swatch, swatch)
            if colour is None:
                pen = QPen(col.goal, 1.6, Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([3.0, 2.5])
                painter.setPen(pen)
                painter.drawLine(QPointF(box.left(), box.center().y()),
                                 QPointF(box.right(), box.center().y()))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(box, swatch * 0.25, swatch * 0.25)
            painter.setPen(col.muted)
            painter.drawText(QRectF(box.right() + line * 0.4, y, width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width + gap


def _top_rounded(rect: QRectF, radius: float, *, open_bottom: bool = False) -> QPainterPath:
    """A bar: rounded at the top, square at the base line."""
    r = max(0.0, min(radius, rect.width() / 2, rect.height()))
    path = QPainterPath()
    path.moveTo(rect.left(), rect.bottom())
    path.lineTo(rect.left(), rect.top() + r)
    path.quadTo(rect.left(), rect.top(), rect.left() + r, rect.top())
    path.lineTo(rect.right() - r, rect.top())
    path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + r)
    path.lineTo(rect.right(), rect.bottom())
    if not open_bottom:
        path.closeSubpath()
    return path


# --------------------------------------------------------------------------------------
# Variant per exercise over time
# --------------------------------------------------------------------------------------


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

    def describe(self) -> str:
        words = _words()
        return words.row(self.name, [words.run(words.variant(variant).lower(), first, last, count)
                                     for variant, first, last, count in self.runs()])


class VariantTimeline(QWidget):
    """Per exercise, one dot per session in the lane of the variant used (easier at the
    bottom, harder at the top), along a time axis: moving up means moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimelineRow] = []
        self._start = date.today()
        self._end = self._start
        self._colours = chart_colours(colours())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Variant per exercise over time"))
        self.setMouseTracking(True)

    @property
    def rows(self) -> list[TimelineRow]:
        return list(self._rows)

    @property
    def period(self) -> tuple[date, date]:
        """The first and the last day on the axis."""
        return self._start, self._end

    def set_data(self, rows: Sequence[TimelineRow], *, start: date, end: date) -> None:
        if end < start:
            raise ValueError("the timeline ends before it starts")
        self._rows = list(rows)
        self._start, self._end = start, end
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def set_theme(self, theme: Colours) -> None:
        self._colours = chart_colours(theme)
        self.update()

    def describe(self) -> str:
        if not self._rows:
            return self.tr("No exercises to show.")
        return (self.tr("From {start} to {end}.").format(start=long_date(self._start),
                                                         end=long_date(self._end))
                + " " + " ".join(row.describe() for row in self._rows))

    def lanes(self, row: TimelineRow) -> list[str]:
        """The lanes of a row, from the top: harder, standard, easier, then any variant of
        another pack that the app does not rank."""
        known = list(reversed(VARIANT_ORDER))
        others = sorted({v for _, v in row.points if v not in VARIANT_ORDER})
        return others + known

    # -- geometry ------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetricsF, float, float]:
        metrics = QFontMetricsF(_font(self.font(), 0.95))
        line = metrics.height()
        lane = max(16.0, line * 1.1)
        # Lanes grow with the widget, up to a comfortable spacing.
        lanes = sum(len(self.lanes(r)) for r in self._rows)
        if lanes:
            free = self.height() - line * 2.7 - len(self._rows) * line * 0.9
            lane = min(max(lane, free / lanes), line * 1.7)
        return metrics, line, lane

    def _minimum_lane(self) -> tuple[float, float]:
        line = QFontMetricsF(_font(self.font(), 0.95)).height()
        return line, max(16.0, line * 1.1)

    def _row_height(self, row: TimelineRow, lane: float, line: float) -> float:
        return len(self.lanes(row)) * lane + line * 0.9

    def sizeHint(self) -> QSize:
        line, lane = self._minimum_lane()
        height = sum(self._row_height(r, lane, line) for r in self._rows) + line * 2.7
        return QSize(520, max(160, math.ceil(height)))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, QRectF]:
        """Width of the name column, of the lane labels, and the plot area."""
        metrics, line, _ = self._metrics()
        bold = QFontMetricsF(_font(self.font(), 1.0, bold=True))
        widest = max((bold.horizontalAdvance(r.name) for r in self._rows), default=0.0)
        name_w = min(max(widest + line, line * 6), self.width() * 0.34)
        labels = [variant_word(v) for r in self._rows for v in self.lanes(r)]
        lane_w = max((metrics.horizontalAdvance(t) for t in labels), default=0.0) + line * 0.8
        left = name_w + lane_w
        plot = QRectF(left, line * 0.3, max(10.0, self.width() - left - line * 0.9),
                      self.height() - line * 0.3 - line * 2.4)
        return name_w, lane_w, plot

    def _x(self, day: date, plot: QRectF) -> float:
        span = max(1, (self._end - self._start).days)
        return plot.left() + (day - self._start).days / span * plot.width()

    def dot_positions(self) -> list[list[tuple[QPointF, date, str]]]:
        """Where each row's dots are drawn, with their date and variant."""
        _, line, lane = self._metrics()
        _, _, plot = self._columns()
        result = []
        y = plot.top()
        for row in self._rows:
            lanes = self.lanes(row)
            dots = []
            for day, variant in row.points:
                index = lanes.index(variant)
                dots.append((QPointF(self._x(day, plot), y + (index + 0.5) * lane), day,
                             variant))
            result.append(dots)
            y += self._row_height(row, lane, line)
        return result

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            _, _, lane = self._metrics()
            best: tuple[float, str] | None = None
            for row, dots in zip(self._rows, self.dot_positions(), strict=True):
                for point, day, variant in dots:
                    distance = math.hypot(point.x() - event.pos().x(),
                                          point.y() - event.pos().y())
                    if distance <= lane * 0.6 and (best is None or distance < best[0]):
                        best = (distance, self.tr("{exercise}, {date}: {variant}").format(
                            exercise=row.name, date=long_date(day),
                            variant=variant_word(variant)))
            if best is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), best[1], self)
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows or self.width() < 40:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        col = self._colours
        metrics, line, lane = self._metrics()
        name_w, lane_w, plot = self._columns()
        small = _font(self.font(), 0.95)
        name_font = _font(self.font(), 1.0, bold=True)
        bottom = plot.top() + sum(self._row_height(r, lane, line) for r in self._rows)

        # Week ticks: every few Mondays, far enough apart for their labels.
        week_px = plot.width() * 7 / max(1, (self._end - self._start).days)
        label_w = metrics.horizontalAdvance(short_date(date(2025, 9, 30))) + line
        every = max(1, math.ceil(label_w / max(1.0, week_px)))
        monday = week_start(self._start)
        if monday < self._start:
            monday += timedelta(weeks=1)
        ticks = []
        while monday <= self._end:
            ticks.append(monday)
            monday += timedelta(weeks=every)
        painter.setFont(small)
        previous_year: int | None = None
        for tick in ticks:
            x = self._x(tick, plot)
            painter.setPen(QPen(col.grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, bottom))
            painter.setPen(col.muted)
            label = QRectF(x - label_w / 2, bottom + line * 0.3, label_w, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, short_date(tick))
            if tick.year != previous_year:
                painter.drawText(label.translated(0, line), Qt.AlignmentFlag.AlignCenter,
                                 str(tick.year))
            previous_year = tick.year

        y = plot.top()
        for index, row in enumerate(self._rows):
            lanes = self.lanes(row)
            height = len(lanes) * lane
            if index:
                painter.setPen(QPen(col.grid, 1))
                rule = y - line * 0.45
                painter.drawLine(QPointF(0, rule), QPointF(plot.right(), rule))
            # The exercise's name, wrapped in its column, centred on its lanes.
            painter.setFont(name_font)
            painter.setPen(col.text)
            painter.drawText(QRectF(0, y, name_w - line * 0.6, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, row.name)
            painter.setFont(small)
            for i, variant in enumerate(lanes):
                centre = y + (i + 0.5) * lane
                painter.setPen(col.muted)
                painter.drawText(QRectF(name_w, centre - line / 2, lane_w - line * 0.5, line),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 variant_word(variant))
                painter.setPen(QPen(col.grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), centre), QPointF(plot.right(), centre))
            if not row.points:
                painter.setPen(col.muted)
                italic = QFont(small)
                italic.setItalic(True)
                painter.setFont(italic)
                painter.drawText(QRectF(plot.left(), y, plot.width(), height),
                                 Qt.AlignmentFlag.AlignCenter,
                                 self.tr("No reps recorded in this period"))
            else:
                points = [QPointF(self._x(day, plot), y + (lanes.index(v) + 0.5) * lane)
                          for day, v in row.points]
                painter.setPen(QPen(col.muted, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for a, b in pairwise(points):
                    painter.drawLine(a, b)
                # Sessions days apart may touch: same-coloured dots then merge into a
                # bar instead of cutting into each other.
                radius = max(3.5, min(lane * 0.26, line * 0.4))
                painter.setPen(Qt.PenStyle.NoPen)
                for point, (_, variant) in zip(points, row.points, strict=True):
                    painter.setBrush(col.variant(variant))
                    painter.drawEllipse(point, radius, radius)
            y += self._row_height(row, lane, line)
        painter.end()


# --------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Loaded:
    sessions: list[SessionRecord]  # of the weeks in the list, newest first
    weeks: list[tuple[date, int]]
    streak: int
    timeline: list[TimelineRow]
    timeline_start: date
    timeline_end: date


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    return frame, layout, heading


class _Stat(QFrame):
    """A card with a big number and a sentence beside it."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.heading = QLabel(title)
        self.heading.setObjectName("heading")
        self.number = QLabel()
        self.number.setObjectName("bigNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        self.setAccessibleName(name)
        for label in (self.number, self.caption, self.hint):
            label.setAccessibleName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(18, 12, 18, 14)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self._compact: bool | None = None
        self.set_compact(False)
        # As tall as its words need at the width it gets: a longer language wraps a caption
        # onto a second line, and the card grows instead of cutting it.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_compact(self, compact: bool) -> None:
        """Number beside the words (wide), or above them (narrow)."""
        if compact == self._compact:
            return
        self._compact = compact
        grid = self._grid
        for label in (self.heading, self.number, self.caption, self.hint):
            grid.removeWidget(label)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        if compact:
            grid.addWidget(self.number, 1, 0, 1, 2)
            grid.addWidget(self.caption, 2, 0, 1, 2)
            grid.addWidget(self.hint, 3, 0, 1, 2)
            grid.setColumnStretch(0, 1)
        else:
            grid.addWidget(self.number, 1, 0, 2, 1)
            grid.addWidget(self.caption, 1, 1, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(self.hint, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

    def set(self, number: str, caption: str, hint: str = "") -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        sentence = f"{number} {caption}" + (f" {hint}" if hint else "")
        self.setAccessibleDescription(sentence)
        for label in (self.number, self.caption, self.hint):
            label.setAccessibleDescription(sentence)

    @property
    def sentence(self) -> str:
        return self.accessibleDescription()


class _SessionTable(QTableWidget):
    """The list of sessions; says when its width changes, so the columns can follow."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class HistoryPage(QWidget):
    """The History page. Give it the open history with :meth:`set_history`; it reads
    everything it shows from there, again on :meth:`refresh`."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: History | None = None
        self._goal = 2
        self._today = date.today()
        self._names: dict[str, str] = {}
        self._loaded: _Loaded | None = None
        self._colours = colours()
        self._content_widths = [0.0] * len(COLUMNS)
        self._state = "empty"

        # Header: Back, title, the goal.
        self.back = QPushButton(self.tr("←  Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Returns to the set-up page"))
        self.back.setToolTip(self.tr("Back to set-up (Esc)"))
        self.back.setMinimumHeight(36)
        self.back.setMinimumWidth(96)
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("historyTitle")
        self.title.setAccessibleName(self.tr("History"))
        self.goal_label = QLabel()
        self.goal_label.setObjectName("muted")
        self.goal_label.setAccessibleName(self.tr("Weekly goal"))
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.back)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.goal_label)

        # The figures.
        self.streak_card = _Stat(self.tr("Streak"), self.tr("Streak"))
        self.week_card = _Stat(self.tr("This week"), self.tr("This week"))
        last_weeks = self.tr("Last %n week(s)", "", CHART_WEEKS)
        self.period_card = _Stat(last_weeks, last_weeks)
        figures = QHBoxLayout()
        figures.setSpacing(16)
        for card, share in ((self.streak_card, 4), (self.week_card, 3), (self.period_card, 3)):
            figures.addWidget(card, share)

        # The charts.
        self.chart = WeeklyChart()
        chart_card, chart_layout, _ = _card(self.tr("Sessions per week"))
        chart_layout.addWidget(self.chart, 1)
        self.timeline = VariantTimeline()
        self.timeline_card, timeline_layout, self.timeline_heading = _card(
            self.tr("Variant per exercise"))
        self.timeline_note = QLabel()
        self.timeline_note.setObjectName("muted")
        self.timeline_note.setWordWrap(True)
        self.timeline_note.setAccessibleName(self.tr("About the variant chart"))
        timeline_layout.addWidget(self.timeline_note)
        timeline_layout.addWidget(self.timeline, 1)
        charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._charts = charts
        charts.setSpacing(16)
        charts.addWidget(chart_card, 3)
        charts.addWidget(self.timeline_card, 2)

        # The list.
        self.table = _SessionTable(0, len(COLUMNS))
        self.table.resized.connect(self._spread_columns)
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMN_TITLES])
        sessions_of = self.tr("Sessions of the last %n week(s)", "", CHART_WEEKS)
        self.table.setAccessibleName(sessions_of)
        self.table.setAccessibleDescription(
            self.tr("One row per exercise of each session, newest session first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header_view = self.table.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignVCenter)
        header_view.setHighlightSections(False)
        header_view.setAccessibleName(self.tr("Column titles"))
        # Widths are set from the contents in _fit_columns, then widened alike to fill the
        # table, so no column is cut short and none takes all the room.
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(False)
        for column in (COLUMNS.index("Right"), COLUMNS.index("Left")):
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setMinimumHeight(180)
        self.no_sessions = QLabel(self.tr("No sessions in the last %n week(s).", "",
                                          CHART_WEEKS))
        self.no_sessions.setObjectName("muted")
        self.no_sessions.setAccessibleName(self.tr("No recent sessions"))
        list_card, list_layout, _ = _card(sessions_of)
        list_layout.addWidget(self.no_sessions)
        list_layout.addWidget(self.table, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(16)
        content_layout.addLayout(figures)
        content_layout.addLayout(charts, 5)
        content_layout.addWidget(list_card, 4)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("History"))
        self._scroll = scroll

        # Empty history, or none at all.
        self.message_title = QLabel()
        self.message_title.setObjectName("messageTitle")
        self.message_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_title.setWordWrap(True)
        self.message_title.setAccessibleName(self.tr("History"))
        self.message_body = QLabel()
        self.message_body.setObjectName("muted")
        self.message_body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_body.setWordWrap(True)
        self.message_body.setTextFormat(Qt.TextFormat.PlainText)
        self.message_body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_body.setAccessibleName(self.tr("Details"))
        self.message_card = QFrame()
        self.message_card.setObjectName("card")
        self.message_card.setMaximumWidth(680)
        self.message_card.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Maximum)
        card_layout = QVBoxLayout(self.message_card)
        card_layout.setContentsMargins(40, 32, 40, 36)
        card_layout.setSpacing(12)
        card_layout.addWidget(self.message_title)
        card_layout.addWidget(self.message_body)
        message = QWidget()
        message_layout = QVBoxLayout(message)
        message_layout.addStretch(2)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.message_card, 4)
        centred.addStretch(1)
        message_layout.addLayout(centred)
        message_layout.addStretch(3)
        self._message = message

        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self._apply_fonts()
        self.set_theme(self._colours)
        self._show_message("No sessions yet…", _EMPTY_TEXT)

    # -- public API ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Side by side on a wide window; the charts one above the other on a narrow one."""
        wide = width >= WIDE_LAYOUT
        direction = QBoxLayout.Direction.LeftToRight if wide else \
            QBoxLayout.Direction.TopToBottom
        if self._charts.direction() != direction:
            self._charts.setDirection(direction)
        for card in (self.streak_card, self.week_card, self.period_card):
            card.set_compact(not wide)

    @property
    def wide(self) -> bool:
        return self._charts.direction() == QBoxLayout.Direction.LeftToRight

    def set_history(self, history: History | None, *, goal: int, today: date,
                    exercise_names: Mapping[str, str]) -> None:
        """Show ``history`` (``None``: nothing recorded yet) against a weekly ``goal``.

        ``today`` is the local date the weeks are counted to; ``exercise_names`` maps
        exercise ids to the names to show (the current pack's), in the order to list them;
        exercises not in it are shown under the name they were recorded with.
        """
        if goal < 1:
            raise ValueError(f"the weekly goal must be at least 1, got {goal}")
        self._history = history
        self._goal = goal
        self._today = today
        self._names = dict(exercise_names)
        if history is None:
            self._show_message(self.tr("No sessions yet…"), self.tr(_EMPTY_TEXT))
        self.refresh()

    def set_problem(self, text: str) -> None:
        """Say that the history could not be opened, and why."""
        self._history = None
        self._loaded = None
        self._show_problem(text)

    def refresh(self, *, today: date | None = None) -> None:
        """Read the history again (after a session, or on a new day with ``today``)."""
        if today is not None:
            self._today = today
        self.goal_label.setText(self.tr("Weekly goal: %n session(s) a week", "", self._goal))
        if self._history is None:
            # Nothing to read: the empty state, or the problem that was shown, stays.
            self._loaded = None
            return
        try:
            loaded = self._load(self._history)
        except HistoryError as exc:
            self._loaded = None
            self._show_problem(str(exc))
            return
        if loaded is None:
            self._loaded = None
            self._show_message(self.tr("No sessions yet…"), self.tr(_EMPTY_TEXT))
            return
        self._loaded = loaded
        self._render(loaded)
        self._state = "history"
        self.stack.setCurrentWidget(self._scroll)

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.chart.set_theme(theme)
        self.timeline.set_theme(theme)
        self._paint_figures()
        if self._loaded is not None:
            self._fill_table(self._loaded.sessions)

    @property
    def state(self) -> str:
        """``"history"``, ``"empty"`` or ``"problem"``: what the page shows."""
        return self._state

    @property
    def message(self) -> str:
        """The message of the empty or problem state, in one line."""
        return f"{self.message_title.text()}: {self.message_body.text()}"

    @property
    def goal(self) -> int:
        return self._goal

    @property
    def streak_text(self) -> str:
        """E.g. ``3 weeks in a row meeting your goal of 2 sessions a week``."""
        return f"{self.streak_card.number.text()} {self.streak_card.caption.text()}"

    @property
    def this_week_text(self) -> str:
        return f"{self.week_card.number.text()} {self.week_card.caption.text()}"

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    # -- reading -------------------------------------------------------------------------

    def _load(self, history: History) -> _Loaded | None:
        everything = history.sessions()
        if not everything:
            return None
        weeks = history.weekly_counts(weeks=CHART_WEEKS, today=self._today)
        first_week = weeks[0][0]
        recent = [s for s in everything if s.local_date >= first_week]
        recent.sort(key=lambda s: (s.started_at, s.id), reverse=True)
        streak = history.current_streak(goal=self._goal, today=self._today)

        timeline = history.variant_timeline()
        recorded_names: dict[str, str] = {}
        order: list[str] = []
        for session in everything:
            for exercise in session.exercises:
                recorded_names[exercise.exercise_id] = exercise.name
                if exercise.exercise_id not in order:
                    order.append(exercise.exercise_id)
        this_week = week_start(self._today)
        earliest = min((day for points in timeline.values() for day, _ in points),
                       default=first_week)
        start = max(week_start(earliest), this_week - timedelta(weeks=TIMELINE_MAX_WEEKS - 1))
        start = min(start, first_week)
        end = this_week + timedelta(days=6)
        ids = [i for i in self._names if i in recorded_names or i in timeline]
        ids += [i for i in order if i not in ids]
        rows = [
            TimelineRow(
                exercise_id=exercise_id,
                name=self._names.get(exercise_id) or recorded_names.get(exercise_id,
                                                                         exercise_id),
                points=tuple((day, variant) for day, variant in timeline.get(exercise_id, [])
                             if start <= day <= end),
            )
            for exercise_id in ids
        ]
        return _Loaded(recent, weeks, streak, rows, start, end)

    # -- showing -------------------------------------------------------------------------

    def _show_problem(self, reason: str) -> None:
        self._show_message(self.tr("History could not be opened"), reason, problem=True)

    def _show_message(self, title: str, body: str, *, problem: bool = False) -> None:
        self._state = "problem" if problem else "empty"
        # The problem title takes the style sheet's colour for problems.
        name = "problem" if problem else "messageTitle"
        if self.message_title.objectName() != name:
            self.message_title.setObjectName(name)
            self.message_title.style().unpolish(self.message_title)
            self.message_title.style().polish(self.message_title)
        self.message_title.setText(title)
        self.message_body.setText(body)
        self.message_title.setAccessibleDescription(f"{title}: {body}")
        self.stack.setCurrentWidget(self._message)

    def _render(self, loaded: _Loaded) -> None:
        self.chart.set_data(loaded.weeks, goal=self._goal, today=self._today)
        self.timeline.set_data(loaded.timeline, start=loaded.timeline_start,
                               end=loaded.timeline_end)
        weeks_shown = (loaded.timeline_end - loaded.timeline_start).days // 7 + 1
        self.timeline_note.setText(self.tr(
            "One dot per session, last %n week(s). Moving up means a harder variant.", "",
            weeks_shown))
        self._fill_figures(loaded)
        self._fill_table(loaded.sessions)

    def _fill_figures(self, loaded: _Loaded) -> None:
        this_week = loaded.weeks[-1][1] if loaded.weeks else 0
        self.streak_card.set(str(loaded.streak), streak_caption(loaded.streak, self._goal),
                             streak_hint(loaded.streak, this_week, self._goal))
        words = _words()
        self.week_card.set(self.tr("{count} of {goal}", "sessions this week of the goal")
                           .format(count=this_week, goal=self._goal),
                           words.finished_sessions(this_week),
                           this_week_caption(this_week, self._goal))
        total = sum(count for _, count in loaded.weeks)
        met = sum(1 for _, count in loaded.weeks if count >= self._goal)
        self.period_card.set(str(total), words.finished_sessions(total),
                             self.tr("Goal met in {met} of %n week(s).", "",
                                     len(loaded.weeks)).format(met=met))
        self._paint_figures()

    def _paint_figures(self) -> None:
        c = self._colours
        strong = c.phase[SegmentKind.MOVE].name()
        streak_on = self._loaded is not None and self._loaded.streak > 0
        week_met = (self._loaded is not None and bool(self._loaded.weeks)
                    and self._loaded.weeks[-1][1] >= self._goal)
        # A label's own style sheet would drop the font set on it, so the size goes in too.
        size = QFontInfo(_font(self.font(), 3.2)).pixelSize()
        for card, colour in ((self.streak_card, strong if streak_on else c.muted.name()),
                             (self.week_card, strong if week_met else c.text.name()),
                             (self.period_card, c.text.name())):
            card.number.setStyleSheet(
                f"color: {colour}; font-size: {size}px; font-weight: bold;")

    def _fill_table(self, sessions: Sequence[SessionRecord]) -> None:
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        self.no_sessions.setVisible(not sessions)
        table.setVisible(bool(sessions))
        rows = sum(max(1, len(s.exercises)) for s in sessions)
        table.setRowCount(rows)
        shade = QColor(self._colours.track)
        shade.setAlpha(70 if not self._colours.dark else 110)
        row = 0
        for number, session in enumerate(sessions):
            span = max(1, len(session.exercises))
            brush = QBrush(shade) if number % 2 else QBrush(Qt.BrushStyle.NoBrush)
            for column, text in enumerate(_session_cells(session)):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                if column == COLUMNS.index("Status") and session.status == "finished":
                    item.setForeground(self._colours.phase[SegmentKind.MOVE])
                elif column == COLUMNS.index("Status"):
                    item.setForeground(self._colours.muted)
                table.setItem(row, column, item)
            for offset in range(1, span):
                for column in range(SESSION_COLUMNS):
                    filler = QTableWidgetItem("")
                    filler.setBackground(brush)
                    table.setItem(row + offset, column, filler)
            for offset in range(span):
                exercise = session.exercises[offset] if session.exercises else None
                cells = _exercise_cells(exercise, self._names)
                for column, text in enumerate(cells, start=SESSION_COLUMNS):
                    item = QTableWidgetItem(text)
                    item.setBackground(brush)
                    if column >= COLUMNS.index("Right"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if exercise is not None and exercise.total_reps == 0:
                        item.setForeground(self._colours.muted)
                    table.setItem(row + offset, column, item)
                if exercise is not None and exercise.reps_none and not (
                        exercise.reps_right or exercise.reps_left):
                    table.setSpan(row + offset, COLUMNS.index("Right"), 1, 2)
            row += span
        self._fit_columns()
        table.verticalHeader().setDefaultSectionSize(
            round(QFontMetricsF(table.font()).height() * 1.65))

    def _fit_columns(self) -> None:
        table = self.table
        metrics = QFontMetricsF(table.font())
        header = QFontMetricsF(table.horizontalHeader().font())
        pad = metrics.height() * 1.6
        for column, title in enumerate(COLUMNS):
            widest = header.horizontalAdvance(title) + metrics.height()
            for row in range(table.rowCount()):
                item = table.item(row, column)
                if item is not None:
                    widest = max(widest, metrics.horizontalAdvance(item.text()))
            self._content_widths[column] = widest + pad
        self._spread_columns()

    def _spread_columns(self) -> None:
        """Columns as wide as their contents, widened alike to fill the table."""
        needed = sum(self._content_widths)
        if needed <= 0:
            return
        room = self.table.viewport().width()
        factor = max(1.0, min(1.8, room / needed))
        for column, width in enumerate(self._content_widths):
            self.table.setColumnWidth(column, math.floor(width * factor))


    def _apply_fonts(self) -> None:
        title = _font(self.font(), 1.9, bold=True)
        self.title.setFont(title)
        message = _font(self.font(), 1.8, bold=True)
        self.message_title.setFont(message)
        self.message_body.setFont(_font(self.font(), 1.15))
        for card in (self.streak_card, self.week_card, self.period_card):
            card.caption.setFont(_font(self.font(), 1.1))


_EMPTY_TEXT: Final = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "Finish a session and it will appear here: how many you did each week against your"
    " goal, your streak of weeks, and how each exercise has moved from easier to harder.")


def _session_cells(session: SessionRecord) -> list[str]:
    local = session.started_local
    ended = session.ended_at
    duration = "—" if ended is None else format_duration(
        max(0.0, (ended - session.started_at).total_seconds()))
    status = STATUS_WORDS.get(session.status)
    return [
        long_date(session.local_date),
        QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
        session.status if status is None else QCoreApplication.translate("HistoryPage", status),
        duration,
    ]


def _exercise_cells(exercise: ExerciseRecord | None, names: Mapping[str, str]) -> list[str]:
    if exercise is None:
        return ["—", "", "", ""]
    name = names.get(exercise.exercise_id) or exercise.name
    used = exercise.variants_used or (exercise.variant,)
    variant = " → ".join(variant_word(v) for v in used)
    target = exercise.reps_target_per_side
    words = _words()
    if exercise.reps_none and not (exercise.reps_right or exercise.reps_left):
        return [name, variant, words.of(exercise.reps_none, target), ""]
    return [name, variant, words.of(exercise.reps_right, target),
            words.of(exercise.reps_left, target)]

