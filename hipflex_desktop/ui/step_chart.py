"""The History page's chart of each exercise's step over the weeks, with the days it changed."""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from hipflex_desktop.store.step_history import StepChange, StepRow
from hipflex_desktop.ui.chart_style import chart_font
from hipflex_desktop.ui.history_chart import PeriodChart
from hipflex_desktop.ui.history_words import short_date


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


@dataclass(frozen=True, slots=True)
class _Band:
    """Where one exercise's band is: its whole height, and the plot between the gridlines of
    its last step (top) and step 1 (bottom)."""

    top: float
    height: float
    inner: QRectF


class StepChart(PeriodChart[StepRow]):
    """Per exercise, a band from step 1 (bottom) to its last step (top): one dot per session at
    its step along the time axis, and a marked line on each day the step changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Step per exercise over time"))

    def describe_row(self, row: StepRow) -> str:
        return describe_row(row)

    # -- geometry --------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, float]:
        small = chart_font(self.font(), 0.95)
        return small, chart_font(self.font(), 1.0, bold=True), QFontMetricsF(small).height()

    def _name_width(self, width: float) -> float:
        _, bold, line = self._fonts()
        metrics = QFontMetricsF(bold)
        widest = max((metrics.horizontalAdvance(r.name) for r in self._rows), default=0.0)
        return min(max(widest + line, line * 6), width * 0.34)

    def _band_height(self, row: StepRow, name_w: float) -> float:
        """Room for the "→ 3" marks above the band, the band itself (its top and bottom step
        numbers apart), and the name wrapped in its column."""
        _, bold, line = self._fonts()
        name = self._name_height(row.name, name_w - line * 0.4, bold)
        return max(line * 4.8, name + line * 0.8)

    def _bands(self) -> tuple[float, QRectF, list[_Band]]:
        """The name column's width, the plot and each row's band, for the present size."""
        _, _, line = self._fonts()
        name_w = self._name_width(self.width())
        plot_left = name_w + line * 2.2
        plot = QRectF(plot_left, line * 0.3, max(10.0, self.width() - plot_left - line),
                      self.height() - line * 2.2)
        heights = [self._band_height(row, name_w) for row in self._rows]
        # The bands share whatever room the page gives beyond what they need.
        spare = max(0.0, plot.height() - sum(heights)) / max(1, len(heights))
        bands, top = [], plot.top()
        for needed in heights:
            height = needed + spare
            bands.append(_Band(top, height, QRectF(plot.left(), top + line * 1.4, plot.width(),
                                                   height - line * 2.0)))
            top += height
        return name_w, plot, bands

    def hasHeightForWidth(self) -> bool:
        return True  # a narrower chart wraps the names on more lines

    def heightForWidth(self, width: int) -> int:
        _, _, line = self._fonts()
        name_w = self._name_width(width)
        bands = sum(self._band_height(row, name_w) for row in self._rows)
        return max(140, math.ceil(bands + line * 2.6))

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(self.width() if self.width() > 100 else 520))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint(bool(self._rows) and self.width() >= 40)
        if painter is None:
            return
        col = self._colours
        small, bold, line = self._fonts()
        name_w, plot, bands = self._bands()
        marks = QFontMetricsF(small)
        for row, band in zip(self._rows, bands, strict=True):
            inner = band.inner
            painter.setFont(bold)
            painter.setPen(col.text)
            self._text(painter, QRectF(0, band.top, name_w - line * 0.4, band.height),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap, row.name)
            painter.setFont(small)
            painter.setPen(col.muted)
            for number, y in ((row.steps, inner.top()), (1, inner.bottom())):
                self._text(painter, QRectF(name_w, y - line / 2, line * 1.8, line),
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
                painter.drawLine(QPointF(x, inner.top() - line * 0.3),
                                 QPointF(x, inner.bottom()))
                # The mark sits above the band, beside its line: on the left of a line too
                # near the right end for it.
                mark = f"→ {change.step}"
                width = marks.horizontalAdvance(mark) + line * 0.4
                box = QRectF(x + line * 0.2, band.top + line * 0.1, width, line)
                if box.right() > self.width():
                    box.moveRight(x - line * 0.2)
                painter.setPen(col.text)
                self._text(painter, box, Qt.AlignmentFlag.AlignLeft, mark)
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
        bottom = (bands[-1].top + bands[-1].height if bands else plot.bottom()) + line * 0.3
        for day in (self._start, self._end):
            x = self._x(day, plot)
            width = marks.horizontalAdvance(short_date(day)) + line * 0.4
            box = QRectF(x, bottom, width, line) if day == self._start else \
                QRectF(x - width, bottom, width, line)
            align = Qt.AlignmentFlag.AlignLeft if day == self._start else \
                Qt.AlignmentFlag.AlignRight
            self._text(painter, box, align, short_date(day))
        painter.end()
