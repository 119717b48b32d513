"""The History page's chart of each exercise's step over the weeks, with the days it changed."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipflex_desktop.store.step_history import StepChange, StepRow
from hipflex_desktop.ui.chart_style import chart_colours, chart_font
from hipflex_desktop.ui.history_words import long_date, short_date
from hipflex_desktop.ui.theme import Colours, colours


class StepChartWords(QObject):
    """The chart's sentences for a screen reader (a class, so that lupdate sees each)."""

    def change(self, change: StepChange) -> str:
        """``step 3 on 19 Jan (accepted: sessions in a row done well)``."""
        when = self.tr("step {step} on {day}").format(step=change.step,
                                                     day=short_date(change.day))
        if change.kind == "chosen":
            return self.tr("{when} (chosen by hand)").format(when=when)
        if change.reason == "done-well":
            why = self.tr("sessions in a row done well")
        elif change.reason == "too-hard":
            why = self.tr("sessions in a row were too hard")
        else:
            why = self.tr("suggested", "a step change the app suggested")
        return self.tr("{when} (accepted: {why})").format(when=when, why=why)

    def row(self, row: StepRow) -> str:
        if not row.points and not row.changes:
            return self.tr("{exercise}: no sessions at a step in this period.").format(
                exercise=row.name)
        parts = []
        if row.points:
            first, last = row.points[0], row.points[-1]
            parts.append(self.tr("step {first} of {steps} on {first_day}, step {last} on"
                                 " {last_day}").format(
                first=first[1], steps=row.steps, first_day=short_date(first[0]),
                last=last[1], last_day=short_date(last[0])))
        if row.changes:
            parts.append(self.tr("changed to {changes}").format(
                changes="; ".join(self.change(c) for c in row.changes)))
        return self.tr("{exercise}: {what}.").format(exercise=row.name,
                                                     what=", ".join(parts))


def change_words(change: StepChange) -> str:
    return StepChartWords().change(change)


def describe_row(row: StepRow) -> str:
    """A row as a screen reader says it."""
    return StepChartWords().row(row)


class StepChart(QWidget):
    """Per exercise, a band from step 1 (bottom) to its last step (top): one dot per session at
    its step along the time axis, and a marked line on each day the step changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StepRow] = []
        self._start = date.today()
        self._end = self._start
        self._colours = chart_colours(colours())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Step per exercise over time"))

    @property
    def rows(self) -> list[StepRow]:
        return list(self._rows)

    def set_data(self, rows: Sequence[StepRow], *, start: date, end: date) -> None:
        if end < start:
            raise ValueError("the chart ends before it starts")
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
                                                        end=long_date(self._end)) + " "
                + " ".join(describe_row(row) for row in self._rows))

    def _line(self) -> float:
        return QFontMetricsF(chart_font(self.font(), 0.95)).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(520, max(140, math.ceil(len(self._rows) * line * 3.2 + line * 2)))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def _x(self, day: date, plot: QRectF) -> float:
        span = max(1, (self._end - self._start).days)
        return plot.left() + (day - self._start).days / span * plot.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows or self.width() < 40:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        col = self._colours
        line = self._line()
        small = chart_font(self.font(), 0.95)
        bold = chart_font(self.font(), 1.0, bold=True)
        metrics = QFontMetricsF(bold)
        name_w = min(max((metrics.horizontalAdvance(r.name) for r in self._rows),
                         default=0.0) + line, self.width() * 0.34)
        plot_left = name_w + line * 2.2
        plot = QRectF(plot_left, line * 0.3, max(10.0, self.width() - plot_left - line),
                      self.height() - line * 2.2)
        band = plot.height() / len(self._rows)
        for index, row in enumerate(self._rows):
            top = plot.top() + index * band
            inner = QRectF(plot.left(), top + line * 0.5, plot.width(), band - line * 1.1)
            painter.setFont(bold)
            painter.setPen(col.text)
            painter.drawText(QRectF(0, top, name_w - line * 0.4, band),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, row.name)
            painter.setFont(small)
            painter.setPen(col.muted)
            for number, y in ((row.steps, inner.top()), (1, inner.bottom())):
                painter.drawText(QRectF(name_w, y - line / 2, line * 1.8, line),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 str(number))
            painter.setPen(QPen(col.grid, 1, Qt.PenStyle.DotLine))
            for y in (inner.top(), inner.bottom()):
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

            def y_of(step: int, inner: QRectF = inner, steps: int = row.steps) -> float:
                share = 0.0 if steps <= 1 else (step - 1) / (steps - 1)
                return inner.bottom() - share * inner.height()

            for change in row.changes:
                x = self._x(change.day, plot)
                painter.setPen(QPen(col.accent, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, inner.top()), QPointF(x, inner.bottom()))
                painter.setPen(col.text)
                painter.drawText(QRectF(x + line * 0.2, top, line * 3, line),
                                 Qt.AlignmentFlag.AlignLeft, f"→ {change.step}")
            points = [QPointF(self._x(day, plot), y_of(step)) for day, step in row.points]
            painter.setPen(QPen(col.muted, 1.6))
            for a, b in pairwise(points):
                painter.drawLine(a, QPointF(b.x(), a.y()))
                painter.drawLine(QPointF(b.x(), a.y()), b)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(col.variant("standard"))
            radius = max(3.5, line * 0.3)
            for point in points:
                painter.drawEllipse(point, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(col.muted)
        painter.setFont(small)
        bottom = plot.bottom() + line * 0.3
        for day in (self._start, self._end):
            x = self._x(day, plot)
            align = Qt.AlignmentFlag.AlignLeft if day == self._start else \
                Qt.AlignmentFlag.AlignRight
            box = QRectF(x, bottom, line * 5, line) if day == self._start else \
                QRectF(x - line * 5, bottom, line * 5, line)
            painter.drawText(box, align, short_date(day))
        painter.end()
