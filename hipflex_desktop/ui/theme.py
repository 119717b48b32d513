"""Colours, words and type sizes: what the session looks like from across the room.

Colours follow the system's light or dark scheme. Each side has its own colour *and* its own
arrow and word, so the side never depends on colour vision alone. Every accent is checked for
contrast against the text drawn on it (see tests/ui/test_theme.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.plan import SegmentKind


def phase_word(kind: SegmentKind) -> str:
    """The big word of a phase, in the window's language."""
    words = {
        SegmentKind.PREPARE: QCoreApplication.translate("PhaseWords", "GET READY"),
        SegmentKind.MOVE: QCoreApplication.translate("PhaseWords", "LIFT"),
        SegmentKind.HOLD: QCoreApplication.translate("PhaseWords", "HOLD"),
        SegmentKind.RETURN: QCoreApplication.translate("PhaseWords", "LOWER"),
        SegmentKind.SWITCH: QCoreApplication.translate("PhaseWords", "SWITCH SIDES"),
        SegmentKind.REST: QCoreApplication.translate("PhaseWords", "REST"),
    }
    return words[kind]


def side_word(side: Side) -> str:
    """RIGHT or LEFT, in the window's language."""
    if side is Side.RIGHT:
        return QCoreApplication.translate("SideWords", "RIGHT")
    return QCoreApplication.translate("SideWords", "LEFT")


def side_name(side: Side) -> str:
    """"right" or "left" inside a sentence ("Up next: left side")."""
    if side is Side.RIGHT:
        return QCoreApplication.translate("SideWords", "right")
    return QCoreApplication.translate("SideWords", "left")


def level_name(level: Level) -> str:
    """Easier, Standard or Harder: a variant's level, as a button or a column shows it."""
    names = {
        Level.EASIER: QCoreApplication.translate("LevelNames", "Easier"),
        Level.STANDARD: QCoreApplication.translate("LevelNames", "Standard"),
        Level.HARDER: QCoreApplication.translate("LevelNames", "Harder"),
    }
    return names[level]


SIDE_ARROWS: Final[dict[Side, str]] = {Side.RIGHT: "▶", Side.LEFT: "◀"}


@dataclass(frozen=True)
class Colours:
    dark: bool
    window: QColor
    text: QColor
    muted: QColor
    track: QColor  # the ring's empty track
    side: dict[Side, QColor]
    on_accent: QColor  # text drawn on a side or phase colour
    phase: dict[SegmentKind, QColor]
    paused_veil: QColor


def _hex(value: str) -> QColor:
    return QColor(value)


LIGHT: Final = Colours(
    dark=False,
    window=_hex("#f7f7f5"),
    text=_hex("#15171a"),
    muted=_hex("#4a4f57"),
    track=_hex("#dcdfe3"),
    side={Side.RIGHT: _hex("#b34700"), Side.LEFT: _hex("#0b5cad")},
    on_accent=_hex("#ffffff"),
    phase={
        SegmentKind.PREPARE: _hex("#5a4fcf"),
        SegmentKind.MOVE: _hex("#1b7a3a"),
        SegmentKind.HOLD: _hex("#a61e4d"),
        SegmentKind.RETURN: _hex("#0b6e7a"),
        SegmentKind.SWITCH: _hex("#8a5a00"),
        SegmentKind.REST: _hex("#4a4f57"),
    },
    paused_veil=QColor(247, 247, 245, 215),
)

DARK: Final = Colours(
    dark=True,
    window=_hex("#121417"),
    text=_hex("#f4f5f7"),
    muted=_hex("#b8bec7"),
    track=_hex("#2c3138"),
    side={Side.RIGHT: _hex("#ff9b47"), Side.LEFT: _hex("#6cb4ff")},
    on_accent=_hex("#0d0f12"),
    phase={
        SegmentKind.PREPARE: _hex("#a99cff"),
        SegmentKind.MOVE: _hex("#5fd38a"),
        SegmentKind.HOLD: _hex("#ff7aa8"),
        SegmentKind.RETURN: _hex("#4fd0dd"),
        SegmentKind.SWITCH: _hex("#ffc247"),
        SegmentKind.REST: _hex("#b8bec7"),
    },
    paused_veil=QColor(18, 20, 23, 215),
)


def system_is_dark() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    # Unknown scheme (no desktop environment): judge by the palette's window colour.
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours(dark: bool | None = None) -> Colours:
    return DARK if (system_is_dark() if dark is None else dark) else LIGHT


def palette_for(c: Colours) -> QPalette:
    """A complete palette in the scheme's colours, for a consistent look everywhere."""
    pal = QPalette()
    accent = c.side[Side.LEFT]
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.window.lighter(104) if not c.dark else QColor("#1b1e22"),
        QPalette.ColorRole.AlternateBase: c.track,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: QColor("#e9eaec") if not c.dark else QColor("#23272d"),
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.text,
        QPalette.ColorRole.ToolTipText: c.window,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Link: accent,
        QPalette.ColorRole.Mid: c.track,
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    disabled = QColor(c.muted)
    disabled.setAlpha(150)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def scaled_font(base: QFont, pixel_size: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(pixel_size)))
    font.setBold(bold)
    return font


def fitted_font(font: QFont, text: str, width: float) -> QFont:
    """``font``, made smaller where ``text`` would be wider than ``width`` (a longer word in
    another language is drawn whole, a little smaller, never cut)."""
    needed = QFontMetricsF(font).horizontalAdvance(text)
    if needed <= width or needed <= 0 or font.pixelSize() <= 0:
        return font
    smaller = QFont(font)
    size = font.pixelSize()
    while size > 8:
        size = max(8, math.floor(size * min(0.97, width / needed)))
        smaller.setPixelSize(size)
        needed = QFontMetricsF(smaller).horizontalAdvance(text)
        if needed <= width:
            break
    return smaller
