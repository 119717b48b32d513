"""The custom-painted pieces: digits, ring, side badge and veil."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Side
from hipflex_desktop.ui.theme import LIGHT
from hipflex_desktop.ui.widgets import (
    CountdownRing,
    SideBadge,
    Veil,
    format_countdown,
)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
COLOUR = QColor("#1b7a3a")


@pytest.mark.parametrize(("remaining", "tenths", "shown"), [
    (3.0, False, "3"),
    (2.9999, False, "3"),
    (2.0001, False, "3"),  # a countdown shows 3 until 2 is reached
    (2.0, False, "2"),
    (0.0001, False, "1"),
    (0.0, False, "0"),
    (1.0000000001, False, "1"),  # float noise does not show as an extra second
    (59.0, False, "59"),
    (59.2, False, "1:00"),
    (60.0, False, "1:00"),
    (61.0, False, "1:01"),
    (125.0, False, "2:05"),
    (600.0, False, "10:00"),
    (1.5, True, "1.5"),
    (1.41, True, "1.5"),
    (1.4, True, "1.4"),
    (0.35, True, "0.4"),
    (0.0001, True, "0.1"),
    (0.0, True, "0.0"),
    (0.30000000000000004, True, "0.3"),
    (2.0, True, "2.0"),
])
def test_format_countdown(remaining: float, tenths: bool, shown: str) -> None:
    assert format_countdown(remaining, tenths) == shown
    # German and Spanish write a decimal comma.
    assert format_countdown(remaining, tenths, ",") == shown.replace(".", ",")


class CountedRing(CountdownRing):
    def __init__(self) -> None:
        super().__init__()
        self.updates = 0
        self.paints = 0

    def update(self, *args: object) -> None:  # type: ignore[override]
        self.updates += 1
        super().update(*args)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


@pytest.fixture
def ring(qtbot: QtBot) -> CountedRing:
    widget = CountedRing()
    qtbot.addWidget(widget)
    widget.resize(360, 360)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_ring_repaints_only_when_something_visible_changes(qtbot: QtBot,
                                                               ring: CountedRing) -> None:
    ring.set_state(5.0, 10.0, False, COLOUR)
    assert ring.text == "5" and ring.fraction == 0.5
    assert ring.updates == 1
    qtbot.waitUntil(lambda: ring.paints >= 1)
    paints = ring.paints
    ring.set_state(5.0, 10.0, False, COLOUR)  # the same again
    ring.set_state(4.99999, 10.0, False, COLOUR)  # a change nobody can see
    assert ring.updates == 1
    ring.set_state(4.99, 10.0, False, COLOUR)  # the ring moves a visible step
    assert ring.updates == 2
    ring.set_state(4.99, 10.0, False, QColor("#a61e4d"))  # another phase colour
    assert ring.updates == 3
    ring.set_state(4.99, 10.0, True, QColor("#a61e4d"))  # the digits change: "5.0"
    assert ring.text == "5.0"
    assert ring.updates == 4
    qtbot.waitUntil(lambda: ring.paints > paints)
    # A screen reader reads the time left when it asks, as the value of a progress bar.
    face = QAccessible.queryAccessibleInterface(ring)
    assert face is not None
    assert face.role() is QAccessible.Role.ProgressBar
    assert face.text(QAccessible.Text.Name) == "Countdown"
    assert face.text(QAccessible.Text.Value) == "5.0 seconds left"
    assert face.text(QAccessible.Text.Description) == "5.0 seconds left"
    ring.set_state(75.0, 90.0, False, COLOUR)
    assert face.text(QAccessible.Text.Value) == "1:15 left"


def test_the_ring_is_full_at_the_start_and_empty_at_the_end(ring: CountedRing) -> None:
    ring.set_state(12.0, 10.0, False, COLOUR)
    assert ring.fraction == 1.0
    ring.set_state(-0.5, 10.0, False, COLOUR)
    assert ring.fraction == 0.0
    ring.set_state(3.0, 0.0, False, COLOUR)
    assert ring.fraction == 0.0


def test_the_ring_draws_its_colour_and_digits(qtbot: QtBot, ring: CountedRing) -> None:
    ring.set_theme(LIGHT)
    ring.set_state(10.0, 10.0, False, COLOUR)
    image = ring.grab().toImage()
    # Full ring: the top of the circle is in the phase colour.
    top = image.pixelColor(180, 14)
    assert _close(top, COLOUR), top.name()
    ring.set_state(2.5, 10.0, False, COLOUR)  # a quarter left: the left half is track only
    image = ring.grab().toImage()
    assert _close(image.pixelColor(14, 180), LIGHT.track), image.pixelColor(14, 180).name()
    assert _close(image.pixelColor(346, 180), COLOUR)
    # The digits are drawn in the middle, in the text colour.
    assert _has_colour(image, LIGHT.text, (120, 120, 240, 240))


def test_the_digits_follow_the_rings_size_and_font(qtbot: QtBot, ring: CountedRing) -> None:
    ring.set_state(5.0, 10.0, False, COLOUR)
    big = ring._digits_rect("5")
    assert ring.rect().contains(big) and big.height() > 360 * 0.3
    font = QFont(ring.font())
    font.setFamily("DejaVu Serif")
    ring.setFont(font)
    assert ring._digits_font("5").family() == "DejaVu Serif"
    ring.resize(180, 180)
    small = ring._digits_rect("5")
    assert ring.rect().contains(small)
    assert small.height() < big.height() * 0.6
    ring.resize(360, 360)
    # What was fitted before the font changed is not reused: a ring given that font from
    # the start fits the digits the same way.
    fresh = CountdownRing()
    qtbot.addWidget(fresh)
    fresh.setFont(font)
    fresh.resize(360, 360)
    assert ring._digits_rect("5") == fresh._digits_rect("5")
    # A long text is narrowed to fit inside the ring, whatever was fitted before.
    assert ring._digits_rect("10:00").width() < 360 * 0.9


def test_the_badge_label_and_colour(qtbot: QtBot) -> None:
    badge = SideBadge()
    qtbot.addWidget(badge)
    badge.set_theme(LIGHT)
    badge.resize(400, 90)
    badge.show()
    assert badge.label() == ""
    badge.set_side(Side.RIGHT)
    assert badge.label() == "RIGHT  ▶"
    image = badge.grab().toImage()
    assert _close(image.pixelColor(200, 4), LIGHT.side[Side.RIGHT])
    assert _has_colour(image, LIGHT.on_accent, (0, 0, 400, 90))
    badge.set_side(Side.LEFT)
    assert badge.label() == "◀  LEFT"
    assert _close(badge.grab().toImage().pixelColor(200, 4), LIGHT.side[Side.LEFT])
    face = QAccessible.queryAccessibleInterface(badge)
    assert face is not None
    assert face.role() is QAccessible.Role.StaticText
    assert face.text(QAccessible.Text.Name) == "Left side"
    badge.set_side(None)
    assert face.text(QAccessible.Text.Name) == "Side"
    assert not _has_colour(badge.grab().toImage(), LIGHT.side[Side.LEFT], (0, 0, 400, 90))


def test_the_badge_text_grows_with_its_height(qtbot: QtBot) -> None:
    sizes = []
    for height in (60, 120):
        badge = SideBadge()
        qtbot.addWidget(badge)
        badge.set_theme(LIGHT)
        badge.set_side(Side.LEFT)
        badge.resize(900, height)
        image = badge.grab().toImage()
        rows = [y for y in range(height) if any(
            _close(image.pixelColor(x, y), LIGHT.on_accent) for x in range(0, 900, 3))]
        sizes.append(max(rows) - min(rows))
    assert sizes[1] > 1.6 * sizes[0]


def test_the_veil_covers_its_parent_and_lets_clicks_through(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(500, 300)
    veil = Veil(parent)
    veil.set_theme(LIGHT)
    veil.set_message("Keys", [("Space", "Pause"), ("M", "Sound")])
    assert not veil.isVisible()
    parent.show()
    veil.cover()
    assert veil.isVisible()
    assert veil.geometry() == parent.rect()
    assert veil.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert veil.accessibleName() == "Keys"
    assert veil.accessibleDescription() == "Space: Pause; M: Sound"
    image = veil.grab().toImage()
    assert _has_colour(image, LIGHT.side[Side.LEFT], (0, 0, 500, 300))  # the keys
    veil.set_message("Paused — press Space to resume")
    banner = veil.grab().toImage()
    assert _has_colour(banner, LIGHT.text, (0, 200, 500, 100))  # the band near the bottom
    assert veil.childAt(QPoint(10, 10)) is None


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return (abs(a.red() - b.red()) <= tolerance and abs(a.green() - b.green()) <= tolerance
            and abs(a.blue() - b.blue()) <= tolerance)


def _has_colour(image: QImage, colour: QColor, box: tuple[int, int, int, int]) -> bool:
    x0, y0, w, h = box
    return any(_close(image.pixelColor(x, y), colour, 8)
               for x in range(x0, min(x0 + w, image.width()), 2)
               for y in range(y0, min(y0 + h, image.height()), 2))


def _differing_pixels(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            if (abs(pa.red() - pb.red()) + abs(pa.green() - pb.green())
                    + abs(pa.blue() - pb.blue())) > 60:
                count += 1
    return count


@pytest.mark.parametrize(("seconds", "tenths"), [(2.0, True), (30.0, False), (1.5, False)])
def test_the_ring_repainted_in_slivers_looks_like_one_painted_whole(
        qtbot: QtBot, qapp: object, seconds: float, tenths: bool) -> None:
    """Frames repaint only the sliver the ring's end swept and the digits. Whatever the
    frame rate (some frames are coalesced before a paint), what is on screen must be what a
    full repaint draws."""
    import random

    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(240, 240)
    ring.show()
    qtbot.waitExposed(ring)
    chooser = random.Random(7)
    colour = QColor("#a61e4d")
    remaining = seconds
    while remaining > 0:
        ring.set_state(remaining, seconds, tenths, colour)
        if chooser.random() < 0.7:
            qapp.processEvents()  # type: ignore[attr-defined]
        remaining -= chooser.choice([0.01, 0.033, 0.05, 0.2])
    qapp.processEvents()  # type: ignore[attr-defined]
    on_screen = ring.screen().grabWindow(ring.winId()).toImage()
    whole = ring.grab().toImage()
    assert _differing_pixels(on_screen, whole) == 0


def test_the_session_progress_is_read_when_asked_and_repaints_only_visible_steps(
        qtbot: QtBot) -> None:
    from hipflex_desktop.ui.widgets import SessionProgress

    bar = SessionProgress()
    qtbot.addWidget(bar)
    bar.set_theme(LIGHT)
    bar.resize(500, 12)
    bar.show()
    qtbot.waitExposed(bar)
    face = QAccessible.queryAccessibleInterface(bar)
    assert face is not None
    assert face.role() is QAccessible.Role.ProgressBar
    assert face.text(QAccessible.Text.Name) == "Session progress"
    bar.setValue(420)
    assert face.text(QAccessible.Text.Value) == "42 % of the session done"
    updates: list[int] = []
    original = bar.update
    bar.update = lambda: updates.append(1) or original()  # type: ignore[method-assign]
    bar.setValue(421)  # half a pixel more: nothing to repaint
    assert updates == []
    bar.setValue(440)
    assert updates == [1]
    image = bar.grab().toImage()
    assert _close(image.pixelColor(100, 6), LIGHT.side[Side.LEFT])
    assert _close(image.pixelColor(400, 6), LIGHT.track)
    bar.setValue(5000)
    assert bar.value() == SessionProgress.MAXIMUM
