"""Colours and type of the History page's painted charts, from the theme."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.theme import Colours


def card_colour(c: Colours) -> QColor:
    """The background of a card (as in style.py's ``QFrame#card``)."""
    return QColor("#ffffff") if not c.dark else QColor("#1b1e22")


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
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
        grid=mix(c.track, card, 0.75),
        card=card,
        met=c.phase[SegmentKind.MOVE],
        # Light enough to read as "not there yet", dark enough (3:1 against the card) to
        # stay visible as a shape.
        below=mix(c.muted, card, 0.62 if not c.dark else 0.55),
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


def chart_font(base: QFont, scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    else:
        font.setPixelSize(max(8, round(base.pixelSize() * scale)))
    font.setBold(bold)
    return font
