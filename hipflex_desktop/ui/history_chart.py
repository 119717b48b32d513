"""What the History page's painted charts share.

:class:`HistoryChart`: the theme's colours, a name and a description for a screen reader, a
tooltip for what is under the pointer, and every text drawn kept with its box, so that a test
(and the pseudo-language walk) can tell a text that does not fit. :class:`PeriodChart`: a chart
of one row per exercise along a time axis from one day to another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QHelpEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hipflex_desktop.ui.chart_style import chart_colours
from hipflex_desktop.ui.history_words import long_date
from hipflex_desktop.ui.theme import Colours, colours


@dataclass(frozen=True, slots=True)
class DrawnText:
    """A text as the last paint drew it: its box, alignment and font."""

    text: str
    box: QRectF
    flags: int
    font: QFont

    def needed(self) -> QRectF:
        """Where the text's ink goes, aligned in its box as drawn."""
        return QFontMetricsF(self.font).boundingRect(self.box, self.flags, self.text)


class HistoryChart(QWidget):
    """A chart of the History page: colours from the theme, told in words to a screen reader
    (each chart sets its own accessible name)."""

    def __init__(self, parent: QWidget | None = None, *, tooltips: bool = False) -> None:
        super().__init__(parent)
        self._colours = chart_colours(colours())
        self._drawn: list[DrawnText] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(tooltips)

    def set_theme(self, theme: Colours) -> None:
        self._colours = chart_colours(theme)
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        raise NotImplementedError

    def _data_changed(self) -> None:
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    # -- tooltips --------------------------------------------------------------------------

    def tooltip_at(self, pos: QPoint) -> str | None:
        """What the pointer at ``pos`` points at, in words; None for nothing."""
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    # -- texts -----------------------------------------------------------------------------

    def _begin_paint(self, drawable: bool) -> QPainter | None:
        """Called at the start of each paint: the texts of the last paint are forgotten, and
        a smooth painter is made when there is something to draw (``drawable``)."""
        self._drawn = []
        if not drawable:
            return None
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return painter

    def _text(self, painter: QPainter, box: QRectF, flags: int | Qt.AlignmentFlag,
              text: str) -> None:
        """Draw ``text`` in ``box`` and keep it for :meth:`cut_texts`."""
        painter.drawText(box, int(flags), text)
        self._drawn.append(DrawnText(text, QRectF(box), int(flags), QFont(painter.font())))

    def drawn_texts(self) -> list[DrawnText]:
        """Every text the chart draws at its present size (it is painted to find out)."""
        self._drawn = []
        self.grab()
        return list(self._drawn)

    def cut_texts(self) -> list[str]:
        """Each drawn text that does not fit its box or leaves the chart, with how much."""
        inside = QRectF(self.rect()).adjusted(-1, -1, 1, 1)
        cut = []
        for drawn in self.drawn_texts():
            needed = drawn.needed()
            if (needed.width() > drawn.box.width() + 1 or needed.height() > drawn.box.height() + 1
                    or not inside.contains(needed)):
                cut.append(f"{drawn.text!r} needs {needed.width():.0f}x{needed.height():.0f}"
                           f" at ({needed.left():.0f}, {needed.top():.0f}), has"
                           f" {drawn.box.width():.0f}x{drawn.box.height():.0f} in a chart of"
                           f" {self.width()}x{self.height()}")
        return cut


RowT = TypeVar("RowT")


class PeriodChart(HistoryChart, Generic[RowT]):
    """One row per exercise along a time axis from ``start`` to ``end``."""

    def __init__(self, parent: QWidget | None = None, *, tooltips: bool = False) -> None:
        super().__init__(parent, tooltips=tooltips)
        self._rows: list[RowT] = []
        self._start = date.today()
        self._end = self._start

    @property
    def rows(self) -> list[RowT]:
        return list(self._rows)

    @property
    def period(self) -> tuple[date, date]:
        """The first and the last day on the axis."""
        return self._start, self._end

    def set_data(self, rows: Sequence[RowT], *, start: date, end: date) -> None:
        if end < start:
            raise ValueError("the chart ends before it starts")
        self._rows = list(rows)
        self._start, self._end = start, end
        self._data_changed()

    def describe_row(self, row: RowT) -> str:
        raise NotImplementedError

    def describe(self) -> str:
        if not self._rows:
            return self.tr("No exercises to show.")
        return (self.tr("From {start} to {end}.").format(start=long_date(self._start),
                                                        end=long_date(self._end)) + " "
                + " ".join(self.describe_row(row) for row in self._rows))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def _x(self, day: date, plot: QRectF) -> float:
        span = max(1, (self._end - self._start).days)
        return plot.left() + (day - self._start).days / span * plot.width()

    def _name_height(self, name: str, width: float, font: QFont) -> float:
        """How tall an exercise's name is, wrapped in its column."""
        box = QRectF(0, 0, max(1.0, width), 10_000)
        return QFontMetricsF(font).boundingRect(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), name).height()
