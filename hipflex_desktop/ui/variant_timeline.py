"""The History page's chart of the variant used for each exercise over time."""

from __future__ import annotations

import math
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from hipflex_desktop.core.model import Level
from hipflex_desktop.store.history import week_start
from hipflex_desktop.store.overview import TimelineRow
from hipflex_desktop.ui.chart_style import chart_font
from hipflex_desktop.ui.history_chart import PeriodChart
from hipflex_desktop.ui.history_words import long_date, short_date, variant_word, words


class VariantTimeline(PeriodChart[TimelineRow]):
    """Per exercise, one dot per session in the lane of the variant used (easier at the
    bottom, harder at the top), along a time axis: moving up means moving on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, tooltips=True)
        self.setAccessibleName(self.tr("Variant per exercise over time"))

    def describe_row(self, row: TimelineRow) -> str:
        return describe_row(row)

    def lanes(self, row: TimelineRow) -> list[str]:
        """The lanes of a row, from the top: harder, standard, easier, then any variant of
        another pack that the app does not rank."""
        known = [level.value for level in reversed(Level)]
        others = sorted({v for _, v in row.points if v not in known})
        return others + known

    # -- geometry ------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetricsF, float, float]:
        metrics = QFontMetricsF(chart_font(self.font(), 0.95))
        line = metrics.height()
        lane = max(16.0, line * 1.1)
        # Lanes grow with the widget, up to a comfortable spacing.
        lanes = sum(len(self.lanes(r)) for r in self._rows)
        if lanes:
            # What names taller than their lanes take is not there for the lanes.
            taller = sum(max(0.0, self._row_height(r, lane, line, self.width()) - line * 0.9
                             - len(self.lanes(r)) * lane) for r in self._rows)
            free = self.height() - line * 2.7 - len(self._rows) * line * 0.9 - taller
            lane = min(max(lane, free / lanes), line * 1.7)
        return metrics, line, lane

    def _minimum_lane(self) -> tuple[float, float]:
        line = QFontMetricsF(chart_font(self.font(), 0.95)).height()
        return line, max(16.0, line * 1.1)

    def _name_width(self, width: float) -> float:
        line = QFontMetricsF(chart_font(self.font(), 0.95)).height()
        bold = QFontMetricsF(chart_font(self.font(), 1.0, bold=True))
        widest = max((bold.horizontalAdvance(r.name) for r in self._rows), default=0.0)
        return min(max(widest + line, line * 6), width * 0.34)

    def _row_height(self, row: TimelineRow, lane: float, line: float, width: float) -> float:
        """The row's lanes, or its name wrapped in its column if that is taller."""
        name = self._name_height(row.name, self._name_width(width) - line * 0.6,
                                 chart_font(self.font(), 1.0, bold=True))
        return max(len(self.lanes(row)) * lane, name) + line * 0.9

    def hasHeightForWidth(self) -> bool:
        return True  # a narrower chart wraps the names on more lines

    def heightForWidth(self, width: int) -> int:
        line, lane = self._minimum_lane()
        height = sum(self._row_height(r, lane, line, width) for r in self._rows) + line * 2.7
        return max(160, math.ceil(height))

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(self.width() if self.width() > 100 else 520))

    def _columns(self) -> tuple[float, float, QRectF]:
        """Width of the name column, of the lane labels, and the plot area."""
        metrics, line, _ = self._metrics()
        name_w = self._name_width(self.width())
        labels = [variant_word(v) for r in self._rows for v in self.lanes(r)]
        lane_w = max((metrics.horizontalAdvance(t) for t in labels), default=0.0) + line * 0.8
        left = name_w + lane_w
        plot = QRectF(left, line * 0.3, max(10.0, self.width() - left - line * 0.9),
                      self.height() - line * 0.3 - line * 2.4)
        return name_w, lane_w, plot

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
            y += self._row_height(row, lane, line, self.width())
        return result

    def tooltip_at(self, pos: QPoint) -> str | None:
        """The nearest dot's exercise, day and variant, if the pointer is on one."""
        _, _, lane = self._metrics()
        best: tuple[float, str] | None = None
        for row, dots in zip(self._rows, self.dot_positions(), strict=True):
            for point, day, variant in dots:
                distance = math.hypot(point.x() - pos.x(), point.y() - pos.y())
                if distance <= lane * 0.6 and (best is None or distance < best[0]):
                    best = (distance, self.tr("{exercise}, {date}: {variant}").format(
                        exercise=row.name, date=long_date(day), variant=variant_word(variant)))
        return None if best is None else best[1]

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint(bool(self._rows) and self.width() >= 40)
        if painter is None:
            return
        col = self._colours
        metrics, line, lane = self._metrics()
        name_w, lane_w, plot = self._columns()
        small = chart_font(self.font(), 0.95)
        name_font = chart_font(self.font(), 1.0, bold=True)
        bottom = plot.top() + sum(self._row_height(r, lane, line, self.width())
                                  for r in self._rows)

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
            self._text(painter, label, Qt.AlignmentFlag.AlignCenter, short_date(tick))
            if tick.year != previous_year:
                self._text(painter, label.translated(0, line), Qt.AlignmentFlag.AlignCenter,
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
            self._text(painter, QRectF(0, y, name_w - line * 0.6,
                                       self._row_height(row, lane, line, self.width())
                                       - line * 0.9),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                       | Qt.TextFlag.TextWordWrap, row.name)
            painter.setFont(small)
            for i, variant in enumerate(lanes):
                centre = y + (i + 0.5) * lane
                painter.setPen(col.muted)
                self._text(painter, QRectF(name_w, centre - line / 2, lane_w - line * 0.5, line),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           variant_word(variant))
                painter.setPen(QPen(col.grid, 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), centre), QPointF(plot.right(), centre))
            if not row.points:
                painter.setPen(col.muted)
                italic = QFont(small)
                italic.setItalic(True)
                painter.setFont(italic)
                self._text(painter, QRectF(plot.left(), y, plot.width(), height),
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
            y += self._row_height(row, lane, line, self.width())
        painter.end()


def describe_row(row: TimelineRow) -> str:
    """``Seated leg lifts: easier 4 Nov to 18 Nov (3 sessions), then standard 25 Nov (1
    session).``: a row as a screen reader says it."""
    said = words()
    return said.row(row.name, [said.run(said.variant(variant).lower(), first, last, sessions)
                               for variant, first, last, sessions in row.runs()])
