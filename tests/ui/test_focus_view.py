"""The focus view (F11) and the notices, measured from the widgets' geometry: what a person
across the room reads, and that a notice never covers it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Level, Pack
from hipflex_desktop.core.plan import Segment, SegmentKind, plan
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.session_page import SessionPage
from hipflex_desktop.ui.theme import phase_word, side_word
from tests.fakes import FakeTimers
from tests.ui.helpers import press, start_with_space

# The offscreen platform cannot pass a window's size limits on; nothing to see there.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

SCREENS = pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800",
                                                                              "1920x1080"])
LEVELS = (Level.EASIER, Level.STANDARD, Level.HARDER)
LONG_NOTICE = ("The calendar file could not be written (No space left on device). Your"
               " schedule was not saved; free some space and try again.")


@pytest.fixture
def page(qtbot: QtBot, builtin_pack: Pack) -> Iterator[SessionPage]:
    page = SessionPage()
    qtbot.addWidget(page)
    page.show()
    yield page
    page.hide()


def _one_of_each(pack: Pack) -> list[tuple[Segment, Segment | None]]:
    """A step of every kind, with what follows it, from the built-in pack's session (a hold
    ending in tenths, a rest with a long next name, the set-up list of a first exercise)."""
    segments = plan(pack).segments
    chosen: dict[SegmentKind, tuple[Segment, Segment | None]] = {}
    for i, seg in enumerate(segments):
        if seg.kind not in chosen:
            chosen[seg.kind] = (seg, segments[i + 1] if i + 1 < len(segments) else None)
    assert set(chosen) == set(SegmentKind)
    return list(chosen.values())


def _cap_height(font: QFont, word: str) -> float:
    return QFontMetricsF(font).tightBoundingRect(word).height()


def _settle(qtbot: QtBot, page: SessionPage, size: tuple[int, int]) -> None:
    page.resize(*size)
    qtbot.waitUntil(lambda: (page.width(), page.height()) == size)
    layout = page.layout()
    assert layout is not None
    # New sizes set new type sizes, which ask for one more layout pass: let it happen.
    for _ in range(2):
        QApplication.sendPostedEvents()
        layout.activate()


@SCREENS
def test_the_focus_view_shows_the_countdown_a_quarter_and_the_words_a_tenth_of_the_screen(
        qtbot: QtBot, page: SessionPage, builtin_pack: Pack, size: tuple[int, int]) -> None:
    # In full screen the page is the whole screen (no menu, no status bar; see below).
    width, height = size
    page.set_focus_view(True)
    for seg, upcoming in _one_of_each(builtin_pack):
        page.show_segment(seg, upcoming, LEVELS, builtin_pack)
        _settle(qtbot, page, size)
        shown = {"1:30", "10", "0.4", "8"}  # minutes, whole seconds, a hold's tenths
        for text in shown:
            page.ring.set_state(_seconds(text), 100.0, "." in text, page.ring._colour)
            assert page.ring.text == text
            assert page.ring.digits_ink_height() >= height / 4, (seg.kind, text)
            digits = page.ring._digits_rect(text)
            assert page.ring.rect().contains(digits), (seg.kind, text)  # nothing cut
        word = phase_word(seg.kind)
        assert _cap_height(page.phase.font(), word) >= height / 10, word
        assert QFontMetricsF(page.phase.font()).horizontalAdvance(word) <= page.phase.width()
        if page.side_badge.side is not None:
            badge_word = side_word(page.side_badge.side)
            assert _cap_height(page.side_badge.text_font(), badge_word) >= height / 10
            label_width = QFontMetricsF(page.side_badge.text_font()).horizontalAdvance(
                page.side_badge.label())
            assert label_width <= page.side_badge.width()
        # Top to bottom: side, phase, countdown, then the step text, all on the screen.
        badge, phase = page.side_badge.geometry(), page.phase.geometry()
        ring, step = page.ring.geometry(), page.instruction.geometry()
        assert badge.bottom() < phase.top() and phase.bottom() < ring.top(), seg.kind
        assert ring.bottom() < step.top(), seg.kind
        assert step.height() >= page.instruction.heightForWidth(step.width()), seg.kind
        assert step.bottom() < height and step.width() <= width
        assert not page.picture.isVisible() and not page.cue.isVisible()


def _seconds(text: str) -> float:
    if ":" in text:
        minutes, seconds = text.split(":")
        return int(minutes) * 60 + int(seconds)
    return float(text)


@SCREENS
@pytest.mark.parametrize("focus", [False, True], ids=["window", "focus-view"])
@pytest.mark.parametrize("notice", ["No easier variant of Banded psoas march", LONG_NOTICE],
                         ids=["short", "long"])
def test_a_notice_never_covers_the_side_the_phase_or_the_countdown(
        qtbot: QtBot, page: SessionPage, builtin_pack: Pack, *, size: tuple[int, int],
        focus: bool, notice: str) -> None:
    page.set_focus_view(focus)
    for seg, upcoming in _one_of_each(builtin_pack):
        page.show_segment(seg, upcoming, LEVELS, builtin_pack)
        _settle(qtbot, page, size)
        page.show_toast(notice)
        toast = page.toast.geometry()
        assert page.toast.isVisible()
        assert page.rect().contains(toast)
        for widget in (page.side_badge, page.phase, page.ring, page.instruction):
            if widget.isVisible():
                assert not toast.intersects(widget.geometry()), (seg.kind, widget.objectName())
        # Readable from across the room, and all of it shown.
        font = page.toast.font()
        assert font.pixelSize() >= 12
        needed = QFontMetricsF(font).boundingRect(
            toast.adjusted(8, 8, -8, -8).toRectF(),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), notice)
        assert needed.height() <= toast.height(), (font.pixelSize(), toast)
        if notice != LONG_NOTICE:
            assert font.pixelSize() >= size[1] * 0.025  # 20 px at 800, from 3 m


def test_a_notice_is_announced_and_moves_with_the_page(
        qtbot: QtBot, page: SessionPage, builtin_pack: Pack) -> None:
    seg, upcoming = _one_of_each(builtin_pack)[0]
    page.show_segment(seg, upcoming, LEVELS, builtin_pack)
    _settle(qtbot, page, (1280, 800))
    with qtbot.waitSignal(page.announced) as said:
        page.show_toast("Sound off")
    assert said.args == ["Sound off"]
    assert page.toast.accessibleName() == "Sound off"
    before = page.toast.geometry()
    page.set_focus_view(True)  # F11 while a notice is shown: it moves out of the way
    _settle(qtbot, page, (1280, 800))
    assert page.toast.geometry() != before
    assert not page.toast.geometry().intersects(page.ring.geometry())
    assert not page.toast.geometry().intersects(page.phase.geometry())


def test_full_screen_gives_the_whole_screen_to_the_focus_view(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    start_with_space(qtbot, window)
    press(qtbot, window, Qt.Key.Key_F11)
    page = window.session_page
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.geometry() == screen)
    qtbot.waitUntil(lambda: page.size() == screen.size())
    assert page.focus_view
    assert page.mapTo(window, page.rect().topLeft()) == QRect().topLeft()
    assert page.ring.digits_ink_height() >= screen.height() / 4
    press(qtbot, window, Qt.Key.Key_F11)
    assert not page.focus_view
    assert page.picture.isVisible() and page._buttons.isVisible()
    window.controller.stop()


def _cut(page: SessionPage) -> list[str]:
    """The visible labels and buttons whose text does not fit the room they were given."""
    from PySide6.QtWidgets import QLabel, QPushButton

    cut = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or label is page.toast or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                cut.append(f"{label.objectName()}: {label.height()} < "
                           f"{label.heightForWidth(label.width())} px high")
        elif label.width() < label.minimumSizeHint().width() or (
                label.height() < QFontMetricsF(label.font()).height()):
            cut.append(f"{label.objectName()}: {label.size()} for {label.text()!r}")
    for button in page.findChildren(QPushButton):
        if button.isVisible() and (button.width() < button.minimumSizeHint().width()
                                   or button.height() < button.minimumSizeHint().height()):
            cut.append(f"{button.text()}: {button.size()}")
    return cut


@pytest.mark.parametrize("size", [(1280, 800), (1280, 720), (960, 540)],
                         ids=["2560x1600@200%", "1920x1080@150%", "1920x1080@200%"])
@pytest.mark.parametrize("focus", [False, True], ids=["window", "focus-view"])
def test_nothing_is_cut_at_150_and_200_percent(
        qtbot: QtBot, page: SessionPage, builtin_pack: Pack, *, size: tuple[int, int],
        focus: bool) -> None:
    """At 150 % and 200 % (``QT_SCALE_FACTOR``) the page is laid out in logical pixels: a
    1920×1080 screen at 150 % is a 1280×720 page, at 200 % a 960×540 one. Every step of every
    kind fits there, text and buttons whole."""
    page.set_focus_view(focus)
    for seg, upcoming in _one_of_each(builtin_pack):
        page.show_segment(seg, upcoming, LEVELS, builtin_pack)
        _settle(qtbot, page, size)
        assert _cut(page) == [], seg.kind
        assert page.ring.rect().contains(page.ring._digits_rect(page.ring.text or "0"))
        bottom = max(w.geometry().bottom() for w in (page.instruction, page._status)
                     if w.isVisible())
        assert bottom < size[1], seg.kind
