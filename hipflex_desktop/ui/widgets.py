"""The session page's custom-painted pieces: countdown ring, side badge, veils.

Each paints itself from a few values and asks for a repaint only when one of them changes, so
the frame timer costs one small repaint of the ring and nothing else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipflex_desktop.core.model import Side
from hipflex_desktop.ui import accessibility
from hipflex_desktop.ui.theme import SIDE_ARROWS, Colours, colours, fitted_font, side_word


def format_countdown(remaining: float, tenths: bool, point: str = ".") -> str:
    """What the big digits show: 3, 2, 1 (rounded up, like every countdown), 1.4 in a hold
    (1,4 where ``point``, the locale's decimal point, is a comma), m:ss from a minute up."""
    if tenths:
        return f"{math.ceil(round(remaining * 10, 6)) / 10:.1f}".replace(".", point)
    whole = math.ceil(round(remaining, 6))
    if whole >= 60:
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


@dataclass(frozen=True)
class _Fitted:
    """Digits fitted to the widget: their font, the box they are drawn in, and where their
    baseline starts (None: centred in the ring's box)."""

    font: QFont
    box: QRect
    origin: QPointF | None


class CountdownRing(QWidget):
    """Big digits inside a ring that empties smoothly as the segment runs out.

    In the focus view the ring gives way to a band along the bottom that empties the same way,
    and the digits take the whole height above it (a ring would hold them to a third of it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._colour = QColor("#444")
        self._colours = colours()
        self._band = False  # the focus view: digits over a progress band, no ring
        # What changed since the last paint: the stretch of ring (low, high; empty when
        # low >= high; None for the whole ring) and where the digits were and are now.
        self._dirty_span: tuple[float, float] | None = None
        self._dirty_ring = QRegion()  # the pixels of that stretch, as asked of update()
        self._dirty_digits = QRegion()
        # Fonts and boxes fitted to a text at the current size: a frame asks for the old and
        # the new digits' boxes and paints one of them; measuring them each time was about a
        # third of the ring's Python work per frame.
        self._fonts: dict[tuple[int, int, str], _Fitted] = {}
        # It paints its own background, so Qt need not repaint the page beneath each frame.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(self.tr("Countdown"))
        self._point = QLocale().decimalPoint()  # read once: the digits change every frame
        # A progress bar to assistive technology, whose value (the time left) is read when
        # asked: a screen reader is told of a new step, never of each second.
        accessibility.register(type(self).__name__, QAccessible.Role.ProgressBar)

    @property
    def text(self) -> str:
        return self._text

    @property
    def fraction(self) -> float:
        return self._fraction

    def spoken_text(self) -> str:
        if not self._text:
            return ""
        if ":" in self._text:
            return self.tr("{time} left").format(time=self._text)
        return self.tr("{seconds} seconds left").format(seconds=self._text)

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.update()

    def set_focus_view(self, on: bool) -> None:
        if on != self._band:
            self._band = on
            self._fonts.clear()
            self._repaint_all()

    def digits_font(self) -> QFont:
        """The font the digits shown now are drawn in."""
        return self._fitted(self._text).font

    def digits_ink_height(self) -> float:
        """How tall the digits shown now are on screen, in pixels (their ink, not the line)."""
        return QFontMetricsF(self.digits_font()).tightBoundingRect(self._text).height()

    def set_state(self, remaining: float, seconds: float, tenths: bool, colour: QColor) -> None:
        fraction = 0.0 if seconds <= 0 else min(max(remaining / seconds, 0.0), 1.0)
        text = format_countdown(remaining, tenths, self._point)
        if colour != self._colour:
            self._colour = QColor(colour)
            self._fraction = fraction
            self._text = text
            self._repaint_all()
            return
        # Repaint only what changed: the digits, and the sliver of ring its end swept.
        if text != self._text:
            old_rect = self._digits_rect(self._text)
            self._text = text
            changed = QRegion(old_rect).united(self._digits_rect(text))
            self._dirty_digits = self._dirty_digits.united(changed)
            self.update(changed)
        visible_step = 1 / max(600.0, 2 * math.pi * self.width())
        if abs(fraction - self._fraction) >= visible_step:
            low, high = sorted((self._fraction, fraction))
            self._fraction = fraction
            if self._dirty_span is not None:
                margin = 0.04  # the round cap and the anti-aliased edge reach a bit further
                low = max(0.0, min(low - margin, self._dirty_span[0]))
                high = min(1.0, max(high + margin, self._dirty_span[1]))
                self._dirty_span = (low, high)
            swept = self._swept_region(low, high)
            self._dirty_ring = swept
            self.update(swept)

    def _repaint_all(self) -> None:
        self._dirty_span = None  # None: the whole ring, digits and all
        self.update()

    def _geometry(self) -> tuple[QRectF, float]:
        side = min(self.width(), self.height())
        stroke = max(6.0, side * 0.075)
        rect = QRectF((self.width() - side) / 2 + stroke / 2, (self.height() - side) / 2
                      + stroke / 2, side - stroke, side - stroke)
        return rect, stroke

    def _band_rect(self) -> QRectF:
        height = max(8.0, self.height() * 0.06)
        return QRectF(height, self.height() - height - 2, max(1.0, self.width() - 2 * height),
                      height)

    def _swept_region(self, start: float, end: float) -> QRegion:
        """The pixels the ring's end covers between two fractions (its round cap included):
        squares along the arc, close enough to overlap, so the region hugs the ring instead
        of boxing in the middle of the dial."""
        low, high = sorted((start, end))
        if self._band:
            band = self._band_rect()
            reach = band.height() / 2 + 2  # the round end and the anti-aliased edge
            return QRegion(QRectF(band.left() + low * band.width() - reach, band.top() - 2,
                                  (high - low) * band.width() + 2 * reach, band.height() + 4)
                           .toAlignedRect())
        rect, stroke = self._geometry()
        centre, radius = rect.center(), rect.width() / 2
        margin = stroke / 2 + 2
        # Points closer together than half a square: the squares overlap, leaving no gaps.
        spacing = max(margin / max(radius, 1.0) / (2 * math.pi), 1e-4)
        steps = max(1, math.ceil((high - low) / spacing))
        region = QRegion()
        for i in range(steps + 1):
            # The end sits at 12 o'clock minus fraction × 360°, going clockwise.
            angle = math.radians(90 - (low + (high - low) * i / steps) * 360)
            x = centre.x() + radius * math.cos(angle)
            y = centre.y() - radius * math.sin(angle)
            region = region.united(QRectF(x - margin, y - margin, 2 * margin, 2 * margin)
                                   .toAlignedRect())
        return region

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        if side <= 0:
            return
        # Stroking a thick anti-aliased arc is the costly part of a frame. When only the
        # ring's end moved, only the stretch of ring around it is drawn (and clipped to the
        # repainted sliver); the whole ring is drawn when anything else asks for a repaint.
        span, digits = self._dirty_span, not self._dirty_digits.isEmpty()
        if not self._pending_known(event):
            span, digits = None, True
        self._dirty_span = (1.0, 0.0)  # empty: nothing pending until the next change
        self._dirty_ring = QRegion()
        self._dirty_digits = QRegion()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect, stroke = self._geometry()
        painter.setClipRegion(event.region())
        painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()))
        if self._band:
            if span is None or span[0] < span[1]:
                self._paint_progress_band(painter)  # cheap: two rounded boxes, clipped
        elif span is None:
            self._paint_band(painter, rect, stroke, 0.0, 1.0)
        elif span[0] < span[1]:
            # Well beyond the repainted sliver on both sides: what lies outside it is clipped.
            self._paint_band(painter, rect, stroke, span[0] - 0.1, span[1] + 0.1)
        # A sliver may touch the digits (a small dial): redraw them wherever asked.
        if digits or event.region().intersects(self._digits_rect(self._text)):
            self._paint_digits(painter, rect)
        painter.end()

    def _paint_progress_band(self, painter: QPainter) -> None:
        band = self._band_rect()
        radius = band.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colours.track)
        painter.drawRoundedRect(band, radius, radius)
        if self._fraction > 0:
            filled = QRectF(band.left(), band.top(),
                            max(band.height(), band.width() * self._fraction), band.height())
            painter.setBrush(self._colour)
            painter.drawRoundedRect(filled, radius, radius)

    def _paint_band(self, painter: QPainter, rect: QRectF, stroke: float, low: float,
                    high: float) -> None:
        """The ring between two fractions (0 = 12 o'clock, going clockwise; outside 0..1 it
        wraps round): the empty track, the coloured part up to ``fraction``, round ends."""

        def angle(fraction: float) -> float:  # Qt: degrees counter-clockwise from 3 o'clock
            return 90 - fraction * 360

        pen = QPen(self._colours.track, stroke)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        if high - low >= 1:
            painter.drawEllipse(rect)
        else:
            painter.drawArc(rect, round(angle(high) * 16), round((high - low) * 360 * 16))
        if self._fraction <= 0:
            return
        pen.setColor(self._colour)
        painter.setPen(pen)
        for turn in (-1, 0, 1):
            start, end = max(low, turn), min(high, turn + self._fraction)
            if start < end:
                painter.drawArc(rect, round(angle(start) * 16), -round((end - start) * 360 * 16))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        centre, radius = rect.center(), rect.width() / 2
        for end_at in (0.0, self._fraction):
            if any(low <= end_at + turn <= high for turn in (-1, 0, 1)):
                rad = math.radians(angle(end_at))
                painter.drawEllipse(QPointF(centre.x() + radius * math.cos(rad),
                                            centre.y() - radius * math.sin(rad)),
                                    stroke / 2, stroke / 2)

    def _pending_known(self, event: QPaintEvent) -> bool:
        """Whether this repaint is only the slivers and digits asked for since the last one
        (not an expose, a resize or a repaint of the whole widget)."""
        if self._dirty_span is None:
            return False
        asked = self._dirty_digits.united(self._dirty_ring)
        return event.region().subtracted(asked).isEmpty()

    def _fitted(self, text: str) -> _Fitted:
        """Bold digits about a third of the dial high, narrowed to fit inside the ring, and
        the box they are drawn in (repainting only that leaves the ring alone)."""
        key = (self.width(), self.height(), text)
        cached = self._fonts.get(key)
        if cached is not None:
            return cached
        if len(self._fonts) >= 64:  # sizes and texts of the past: start again
            self._fonts.clear()
        fitted = self._fit_band(text) if self._band else self._fit_ring(text)
        self._fonts[key] = fitted
        return fitted

    def _fit_band(self, text: str) -> _Fitted:
        """Digits whose ink fills nine tenths of the height above the band (and at most the
        width), centred on their ink rather than on the line, which has room for accents."""
        area = QRectF(0, 0, self.width(), self._band_rect().top() - self.height() * 0.03)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPixelSize(100)
        ink = QFontMetricsF(font).tightBoundingRect(text or "0")
        if ink.isEmpty():
            ink = QRectF(0, -70, 60, 70)
        scale = min(area.height() * 0.9 / ink.height(), area.width() * 0.96 / ink.width())
        font.setPixelSize(max(10, int(100 * scale)))
        ink = QFontMetricsF(font).tightBoundingRect(text or "0")
        origin = QPointF(area.center().x() - ink.width() / 2 - ink.left(),
                         area.center().y() - (ink.top() + ink.bottom()) / 2)
        box = ink.translated(origin).adjusted(-4, -4, 4, 4).toAlignedRect()
        return _Fitted(font, box, origin)

    def _fit_ring(self, text: str) -> _Fitted:
        side = min(self.width(), self.height())
        rect, stroke = self._geometry()
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, round(side * 0.36)))
        font.setStyleHint(QFont.StyleHint.SansSerif)
        inner = side - 2 * stroke
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > inner * 0.86:
            font.setPixelSize(max(10, round(font.pixelSize() * inner * 0.86 / width)))
        box = QFontMetricsF(font).boundingRect(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        return _Fitted(font, box.adjusted(-4, -4, 4, 4).toAlignedRect(), None)

    def _digits_font(self, text: str) -> QFont:
        return self._fitted(text).font

    def _digits_rect(self, text: str) -> QRect:
        return self._fitted(text).box

    def changeEvent(self, event: QEvent) -> None:
        if event.type() is QEvent.Type.FontChange:
            self._fonts.clear()  # the digits follow the widget's font
        super().changeEvent(event)

    def _paint_digits(self, painter: QPainter, rect: QRectF) -> None:
        fitted = self._fitted(self._text)
        painter.setFont(fitted.font)
        painter.setPen(self._colours.text)
        if fitted.origin is not None:
            painter.drawText(fitted.origin, self._text)
        else:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)


class SideBadge(QWidget):
    """RIGHT ▶ or ◀ LEFT on the side's own colour, large enough to read at 3 m."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._side: Side | None = None
        self._colours = colours()
        self._text_share = 0.62  # the type size, as a share of the badge's height
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Side"))
        self.setAccessibleDescription(self.tr("The side to work on"))
        accessibility.register(type(self).__name__, QAccessible.Role.StaticText)

    @property
    def side(self) -> Side | None:
        return self._side

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.update()

    def set_side(self, side: Side | None) -> None:
        if side != self._side:
            self._side = side
            self.update()
            accessibility.name_changed(self)

    def spoken_text(self) -> str:
        if self._side is Side.RIGHT:
            return self.tr("Right side")
        if self._side is Side.LEFT:
            return self.tr("Left side")
        return ""

    def set_text_share(self, share: float) -> None:
        """How much of the badge's height the type takes (larger in the focus view)."""
        if share != self._text_share:
            self._text_share = share
            self.update()

    def text_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(10, round(self.height() * self._text_share)))
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return font

    def label(self) -> str:
        if self._side is None:
            return ""
        word, arrow = side_word(self._side), SIDE_ARROWS[self._side]
        return f"{word}  {arrow}" if self._side is Side.RIGHT else f"{arrow}  {word}"

    def sizeHint(self) -> QSize:
        return QSize(320, 90)

    def text_layout(self) -> tuple[QFont, QRectF, float]:
        """The font, the badge's rectangle and the width its text takes in that font: a long
        word (IZQUIERDA) gets a smaller font rather than being cut."""
        text = self.label()
        padding = self.height() * 0.9
        font = self.text_font()
        font = fitted_font(font, text, self.width() - padding)
        needed = QFontMetricsF(font).horizontalAdvance(text)
        width = min(self.width(), needed + padding)
        return font, QRectF((self.width() - width) / 2, 0, width, self.height()), needed

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._side is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, rect, _ = self.text_layout()
        text = self.label()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colours.side[self._side])
        radius = self.height() * 0.22
        painter.drawRoundedRect(rect, radius, radius)
        painter.setFont(font)
        painter.setPen(self._colours.on_accent)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class SessionProgress(QWidget):
    """How much of the session is done, as a thin band (0 to 1000).

    Painted rather than a QProgressBar, which tells assistive technology of every new value:
    this one moves every second or so, and a screen reader reads it when asked instead.
    """

    MAXIMUM = 1000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._colours = colours()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Session progress"))
        accessibility.register(type(self).__name__, QAccessible.Role.ProgressBar)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = min(max(value, 0), self.MAXIMUM)
        if value != self._value:
            before = self._filled_width()
            self._value = value
            if self._filled_width() != before:
                self.update()

    def spoken_text(self) -> str:
        return self.tr("{percent} % of the session done").format(
            percent=round(self._value / 10))

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 10)

    def _filled_width(self) -> int:
        return round(self.width() * self._value / self.MAXIMUM)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(self._colours.track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        filled = self._filled_width()
        if filled > 0:
            painter.setBrush(self._colours.side[Side.LEFT])
            painter.drawRoundedRect(QRectF(0, 0, max(filled, self.height()), self.height()),
                                    radius, radius)
        painter.end()


class Veil(QWidget):
    """A translucent layer over a page with a message (paused) or a list of keys (help).

    Clicks pass through to the page, so the Resume button under it still works.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._colours = colours()
        self._title = ""
        self._lines: list[tuple[str, str]] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.update()

    def set_message(self, title: str, lines: list[tuple[str, str]] | None = None) -> None:
        self._title = title
        self._lines = lines or []
        self.setAccessibleName(title)
        self.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in self._lines))
        self.update()

    @property
    def title(self) -> str:
        return self._title

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = self._unit()
        if self._lines:
            self._paint_list(painter, unit)
        else:
            self._paint_banner(painter, unit)
        painter.end()

    def _paint_banner(self, painter: QPainter, unit: float) -> None:
        # Dim the page but keep the frozen countdown readable; the message sits on a solid band
        # across the lower part, where the instruction text is.
        veil = QColor(self._colours.paused_veil)
        veil.setAlpha(150)
        painter.fillRect(self.rect(), veil)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(unit * 6))
        font = fitted_font(font, self._title, self.width() - 8 * unit)
        metrics = QFontMetricsF(font)
        text_w = min(metrics.horizontalAdvance(self._title), self.width() - 8 * unit)
        band = QRectF((self.width() - text_w) / 2 - 3 * unit, self.height() * 0.70,
                      text_w + 6 * unit, metrics.height() + 3 * unit)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colours.text)
        painter.drawRoundedRect(band, 2 * unit, 2 * unit)
        painter.setPen(self._colours.window)
        painter.setFont(font)
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, self._title)

    def _unit(self) -> float:
        return max(6.0, min(self.height() / 100, self.width() / 160))

    def _list_fonts(self, unit: float) -> tuple[QFont, QFont, QFont]:
        """Title, description and key fonts of the list, smaller where a language's longer
        descriptions would not fit the width."""
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPixelSize(round(unit * 5.5))
        title_font = fitted_font(title_font, self._title, self.width() - 4 * unit)
        body = QFont(self.font())
        body.setPixelSize(round(unit * 3.2))
        key_font = QFont(body)
        key_font.setBold(True)
        if self._lines:
            key_w = max(QFontMetricsF(key_font).horizontalAdvance(k) for k, _ in self._lines)
            value_w = max(QFontMetricsF(body).horizontalAdvance(v) for _, v in self._lines)
            room = self.width() - 4 * unit - unit * 3
            if key_w + value_w > room:
                size = max(8, math.floor(body.pixelSize() * room / (key_w + value_w)))
                body.setPixelSize(size)
                key_font.setPixelSize(size)
        return title_font, body, key_font

    def overflow(self) -> float:
        """How many pixels the widest text is wider than its room (0 when all fits)."""
        unit = self._unit()
        if not self._lines:
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(round(unit * 6))
            font = fitted_font(font, self._title, self.width() - 8 * unit)
            return max(0.0, QFontMetricsF(font).horizontalAdvance(self._title)
                       - (self.width() - 8 * unit))
        title_font, body, key_font = self._list_fonts(unit)
        key_w = max(QFontMetricsF(key_font).horizontalAdvance(k) for k, _ in self._lines)
        value_w = max(QFontMetricsF(body).horizontalAdvance(v) for _, v in self._lines)
        return max(0.0, QFontMetricsF(title_font).horizontalAdvance(self._title)
                   - self.width(), key_w + unit * 3 + value_w - (self.width() - 2 * unit))

    def _paint_list(self, painter: QPainter, unit: float) -> None:
        painter.fillRect(self.rect(), self._colours.paused_veil)
        title_font, body, key_font = self._list_fonts(unit)
        painter.setPen(self._colours.text)
        painter.setFont(title_font)
        title_h = QFontMetricsF(title_font).height()
        line_h = QFontMetricsF(body).height() * 1.35
        total_h = title_h * 1.6 + line_h * len(self._lines)
        top = max(unit * 2, (self.height() - total_h) / 2)
        painter.drawText(QRectF(0, top, self.width(), title_h),
                         Qt.AlignmentFlag.AlignCenter, self._title)
        y = top + title_h * 1.6
        key_w = max(QFontMetricsF(key_font).horizontalAdvance(k) for k, _ in self._lines)
        value_w = max(QFontMetricsF(body).horizontalAdvance(v) for _, v in self._lines)
        gap = unit * 3
        left = max(unit * 2, (self.width() - key_w - gap - value_w) / 2)
        for key, value in self._lines:
            painter.setFont(key_font)
            painter.setPen(self._colours.side[Side.LEFT])
            painter.drawText(QRectF(left, y, key_w, line_h), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, key)
            painter.setFont(body)
            painter.setPen(self._colours.text)
            painter.drawText(QRectF(left + key_w + gap, y, self.width() - left - key_w - gap,
                                    line_h), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, value)
            y += line_h
