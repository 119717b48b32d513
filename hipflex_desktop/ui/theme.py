"""Colours, words and type sizes: what the session looks like from across the room.

Colours follow the system's light or dark scheme and its high-contrast preference, unless the
person chose a look in Settings (:class:`Appearance`). Each side has its own colour *and* its
own arrow and word, so the side never depends on colour vision alone. Every pair of colours
that text is drawn in is listed by :func:`text_pairs` and checked for contrast: at least 7:1
in the high-contrast looks (see tests/ui/test_theme.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
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
    card: QColor  # the set-up page's exercise cards and the history's
    button: QColor
    focus: QColor  # the ring around what has the keyboard focus
    high_contrast: bool = False


class Appearance(StrEnum):
    """The look chosen in Settings."""

    SYSTEM = "system"  # the desktop's light or dark scheme and its contrast preference
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"  # light or dark as the desktop is


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
    card=_hex("#ffffff"),
    button=_hex("#e9eaec"),
    focus=_hex("#0b5cad"),
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
    card=_hex("#1b1e22"),
    button=_hex("#23272d"),
    focus=_hex("#6cb4ff"),
)

# High contrast: pure black and white, every text colour at least 7:1 against what it is
# drawn on; the phases and sides keep distinct hues so that they still read at a glance.
HIGH_CONTRAST_DARK: Final = Colours(
    dark=True,
    window=_hex("#000000"),
    text=_hex("#ffffff"),
    muted=_hex("#d9d9d9"),
    track=_hex("#5c5c5c"),
    side={Side.RIGHT: _hex("#ffb020"), Side.LEFT: _hex("#66ccff")},
    on_accent=_hex("#000000"),
    phase={
        SegmentKind.PREPARE: _hex("#c9b8ff"),
        SegmentKind.MOVE: _hex("#5cf08a"),
        SegmentKind.HOLD: _hex("#ff99c2"),
        SegmentKind.RETURN: _hex("#4deeff"),
        SegmentKind.SWITCH: _hex("#ffe14d"),
        SegmentKind.REST: _hex("#e6e6e6"),
    },
    paused_veil=QColor(0, 0, 0, 225),
    card=_hex("#000000"),
    button=_hex("#000000"),
    focus=_hex("#ffff00"),
    high_contrast=True,
)

HIGH_CONTRAST_LIGHT: Final = Colours(
    dark=False,
    window=_hex("#ffffff"),
    text=_hex("#000000"),
    muted=_hex("#2b2b2b"),
    track=_hex("#8c8c8c"),
    side={Side.RIGHT: _hex("#8a2e00"), Side.LEFT: _hex("#003d99")},
    on_accent=_hex("#ffffff"),
    phase={
        SegmentKind.PREPARE: _hex("#3a1f9e"),
        SegmentKind.MOVE: _hex("#05531e"),
        SegmentKind.HOLD: _hex("#8c0035"),
        SegmentKind.RETURN: _hex("#004c59"),
        SegmentKind.SWITCH: _hex("#5c3a00"),
        SegmentKind.REST: _hex("#2b2b2b"),
    },
    paused_veil=QColor(255, 255, 255, 225),
    card=_hex("#ffffff"),
    button=_hex("#ffffff"),
    focus=_hex("#0000cc"),
    high_contrast=True,
)

THEMES: Final = (LIGHT, DARK, HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)


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


def system_wants_high_contrast() -> bool:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    # Held in a name: PySide6 6.11 drops the accessibility hints with a style-hints object
    # that was only a temporary ("Internal C++ object already deleted").
    style_hints = app.styleHints()
    preference = style_hints.accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def theme_for(appearance: Appearance, *, dark: bool, high_contrast: bool) -> Colours:
    """The colours for a chosen look, given what the desktop prefers."""
    if appearance is Appearance.LIGHT:
        return LIGHT
    if appearance is Appearance.DARK:
        return DARK
    if appearance is Appearance.HIGH_CONTRAST or high_contrast:
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


_chosen: list[Colours] = []  # the look in use, once the app has set one


def set_current(theme: Colours | None) -> None:
    """The look every widget made from now on starts in (the app sets it, and tells the
    widgets already shown itself); None: the desktop's scheme again."""
    _chosen[:] = [] if theme is None else [theme]


def colours(dark: bool | None = None) -> Colours:
    if dark is None and _chosen:
        return _chosen[0]
    return DARK if (system_is_dark() if dark is None else dark) else LIGHT


def text_pairs(c: Colours) -> list[tuple[str, QColor, QColor]]:
    """Every (what, text colour, background) the app draws text in: the contrast test's list.
    A colour added to the look and used for text belongs here."""
    veil = QColor(c.paused_veil)
    veil.setAlpha(255)  # the help overlay's keys, over its (nearly opaque) veil
    pairs = [
        ("text", c.text, c.window),
        ("small print, form cue", c.muted, c.window),
        ("text on a card", c.text, c.card),
        ("small print on a card", c.muted, c.card),
        ("button text", c.text, c.button),
        ("notice, paused banner, tooltip", c.window, c.text),
        ("Start and Done buttons", c.on_accent, c.phase[SegmentKind.MOVE]),
        ("problem line", c.phase[SegmentKind.HOLD], c.window),
        ("selected item", c.on_accent, c.side[Side.LEFT]),
        ("help overlay keys", c.side[Side.LEFT], veil),
        ("help overlay text", c.text, veil),
    ]
    pairs += [(f"{side.value} badge", c.on_accent, c.side[side]) for side in Side]
    pairs += [(f"{kind.value} phase word", c.phase[kind], c.window) for kind in SegmentKind]
    return pairs


def palette_for(c: Colours) -> QPalette:
    """A complete palette in the scheme's colours, for a consistent look everywhere."""
    pal = QPalette()
    accent = c.side[Side.LEFT]
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.card,
        QPalette.ColorRole.AlternateBase: c.track if not c.high_contrast else c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.button,
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
