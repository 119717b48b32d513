"""The History page's chart of finished sessions per week against the weekly goal."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from hipflex_desktop.store.history import week_start
from hipflex_desktop.ui.chart_style import chart_font
from hipflex_desktop.ui.history_chart import HistoryChart
from hipflex_desktop.ui.history_words import short_date, words


class WeeklyChart(HistoryChart):
    """Bars of finished sessions per ISO week against a dashed goal line.

    Weeks that met the goal are drawn in a strong colour, the others muted; this week's
    column is tinted and what is still missing to the goal is outlined. The count is written
    above every bar, so nothing depends on colour alone.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, tooltips=True)
        self.setAccessibleName(self.tr("Sessions per week"))
        self._weeks: list[tuple[date, int]] = []
        self._goal = 1
        self._today: date | None = None
        self.setMinimumSize(280, 200)

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
        self._data_changed()

    def met(self, count: int) -> bool:
        return count >= self._goal

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        if not self._weeks:
            return self.tr("No weeks to show.")
        said = words()
        met = sum(1 for _, count in self._weeks if self.met(count))
        total = sum(count for _, count in self._weeks)
        parts = said.chart(len(self._weeks), self._goal, total, met)
        current = self.current_week
        weeks = [said.week_in_chart(said.week_label(monday, monday == current), count,
                                    self.met(count))
                 for monday, count in self._weeks]
        parts.append("; ".join(weeks) + ".")
        return " ".join(parts)

    def tooltip_for(self, monday: date, count: int) -> str:
        return words().week_tooltip(monday, monday == self.current_week, count, self._goal,
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
        metrics = QFontMetricsF(chart_font(self.font(), 0.95))
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

    def tooltip_at(self, pos: QPoint) -> str | None:
        for rect, (monday, count) in zip(self.bar_rects(), self._weeks, strict=True):
            if rect.contains(QPointF(pos)):
                return self.tooltip_for(monday, count)
        return None

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint(
            bool(self._weeks) and self.width() >= 40 and self.height() >= 40)
        if painter is None:
            return
        plot, slot, headroom, metrics = self._layout()
        line = metrics.height()
        col = self._colours
        small = chart_font(self.font(), 0.95)
        bold = chart_font(self.font(), 0.95, bold=True)
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
            self._text(painter, QRectF(0, y - line / 2, plot.left() - line * 0.4, line),
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
                self._text(painter, QRectF(centre - slot / 2, y - line * 1.15, slot, line),
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
            self._text(painter, label, Qt.AlignmentFlag.AlignCenter, short_date(monday))
            if previous_year != monday.year:
                painter.setFont(small)
                painter.setPen(col.muted)
                self._text(painter, label.translated(0, line), Qt.AlignmentFlag.AlignCenter,
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
        self._text(painter, QRectF(plot.right() + line * 0.4, y - line / 2, self.width(), line),
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
        self._text(painter, rect, Qt.AlignmentFlag.AlignCenter, text)

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
        painter.setFont(chart_font(self.font(), 0.95))
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
            self._text(painter, QRectF(box.right() + line * 0.4, y, width, line),
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
