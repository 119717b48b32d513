"""The set-up page: the pack's offer, every choice, the live session length, and Start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Level, Pack, Side, SideMode
from hipflex_desktop.core.plan import PlanOptions, format_duration, plan
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.setup_page import SetupPage
from tests.fakes import FakeTimers
from tests.ui.helpers import copy_pack, focus_chain, press, start_with_space

# The offscreen platform used by the tests warns about every top-level page it shows.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
Key = Qt.Key
IDS = ("banded-psoas-march", "seated-leg-lifts", "elevated-bridge-march")


@pytest.fixture
def page(qtbot: QtBot, builtin_pack: Pack) -> Iterator[SetupPage]:
    widget = SetupPage()
    qtbot.addWidget(widget)
    widget.set_pack(builtin_pack)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _length(page: SetupPage) -> str:
    assert page.pack is not None
    return f"Session length {format_duration(plan(page.pack, page.options()).total_seconds)}"


def test_the_pack_and_its_exercises_are_shown(qtbot: QtBot, page: SetupPage,
                                             builtin_pack: Pack) -> None:
    assert page.title.text() == "Hip-flexor strength for runners"
    assert page.intro.text().startswith("Your hip flexors are the small muscles")
    # The pack wraps its paragraphs in the file; the page wraps them to its own width.
    assert [p.count("\n") for p in page.intro.text().split("\n\n")] == [0, 0, 0]
    assert "Small as they are, they work hard" in page.intro.text()
    assert page.note.isVisibleTo(page)
    assert [r.check.text() for r in page._rows] == [
        "Banded psoas march", "Seated leg lifts", "Elevated bridge march"]
    assert all(r.check.isChecked() for r in page._rows)
    first = page._rows[0]
    assert "Exercise band, looped around both feet · A wall" in first.detail.text()
    assert first.detail.text().startswith("Strengthens the hip flexors")
    assert first.when.text() == "Also offered: a harder variant."
    assert page._rows[1].when.text() == "Also offered: an easier variant."
    assert first.picture.path is not None and first.picture.path.name == "march-wall.svg"
    qtbot.waitUntil(first.picture.has_picture, timeout=10_000)  # drawn off the GUI thread
    assert [list(r.buttons) for r in page._rows] == [
        [Level.STANDARD, Level.HARDER], [Level.EASIER, Level.STANDARD],
        [Level.EASIER, Level.STANDARD]]
    assert first.buttons[Level.HARDER].text() == "Harder: No wall"
    assert first.buttons[Level.HARDER].toolTip().startswith("Choose this once the march")


def test_the_defaults_come_from_the_pack(page: SetupPage, builtin_pack: Pack) -> None:
    d = builtin_pack.defaults
    assert page.reps.value() == d.reps_per_side == 8
    assert page.sets.value() == d.sets
    assert page.hold.value() == d.hold_seconds
    assert (page.hold.minimum(), page.hold.maximum(), page.hold.singleStep()) == (1.0, 2.0, 0.5)
    assert page.rest.value() == 30
    assert page.lead_in.value() == 20
    assert page.first_side.currentData() == Side.RIGHT
    assert page.side_pattern.currentIndex() == 0
    assert page.total.text() == _length(page) == "Session length 13:10"
    assert page.start.isEnabled()
    assert not page.problem.isVisibleTo(page)


@pytest.mark.parametrize(("control", "key", "changes"), [
    ("reps", Key.Key_Up, True),
    ("reps", Key.Key_Down, True),
    ("sets", Key.Key_Up, True),
    ("hold", Key.Key_Up, True),
    ("hold", Key.Key_Down, True),
    ("rest", Key.Key_Up, True),
    ("lead_in", Key.Key_Down, True),
])
def test_the_session_length_follows_every_number(qtbot: QtBot, page: SetupPage, control: str,
                                                 key: Qt.Key, changes: bool) -> None:
    before = page.total.text()
    box = getattr(page, control)
    box.setFocus()
    with qtbot.waitSignal(page.options_changed) as blocker:
        qtbot.keyClick(box, key)
    assert blocker.args[0] == page.options()
    assert page.total.text() == _length(page)
    assert (page.total.text() != before) is changes


def test_the_session_length_follows_the_exercises(qtbot: QtBot, page: SetupPage) -> None:
    lengths = [page.total.text()]
    for row in page._rows[:2]:
        qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, row.check.height() // 2))  # on the box itself
        assert page.total.text() == _length(page)
        lengths.append(page.total.text())
    assert len(set(lengths)) == 3
    assert page.options().exercises == ("elevated-bridge-march",)


def test_the_session_length_follows_the_side_pattern(page: SetupPage) -> None:
    alternate = page.side_pattern.findData(SideMode.ALTERNATE)
    each_side = page.side_pattern.findData(SideMode.EACH_SIDE)
    page.side_pattern.setCurrentIndex(alternate)
    assert page.total.text() == _length(page)
    as_alternate = page.total.text()
    page.side_pattern.setCurrentIndex(each_side)
    assert page.total.text() == _length(page)
    assert page.total.text() != as_alternate  # each side adds a switch to every exercise


def test_no_exercise_means_no_start(qtbot: QtBot, page: SetupPage) -> None:
    started: list[PlanOptions] = []
    page.start_requested.connect(started.append)
    for row in page._rows:
        row.check.setChecked(False)
    assert not page.start.isEnabled()
    assert page.problem.isVisibleTo(page)
    assert page.problem.text() == "Choose at least one exercise"
    assert page.total.text() == ""
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    page.request_start()  # Space does this
    assert started == []
    page._rows[2].check.setChecked(True)
    assert page.start.isEnabled()
    assert not page.problem.isVisibleTo(page)
    with qtbot.waitSignal(page.start_requested) as blocker:
        qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
    assert blocker.args[0].exercises == ("elevated-bridge-march",)


@pytest.mark.parametrize("make", [QSpinBox, QDoubleSpinBox, QLineEdit])
def test_space_in_a_box_added_later_still_starts(qtbot: QtBot, window: MainWindow,
                                                 timers: FakeTimers,
                                                 make: type[QWidget]) -> None:
    # A box the page did not have when it was made (a new setting) passes Space through to
    # Start instead of keeping it as text.
    box = make()
    window.setup_page.layout().addWidget(box)
    box.show()
    box.setFocus()
    assert QApplication.focusWidget() is box
    text = box.property("text")  # a spin box's text property is its text with any suffix
    start_with_space(qtbot, window)
    assert box.property("text") == text
    window.controller.stop()


def test_space_in_a_box_elsewhere_is_typed(qtbot: QtBot, window: MainWindow) -> None:
    # Only the set-up page's boxes pass Space on: a box in another window keeps it.
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    other.setFocus()
    qtbot.keyClicks(other, "a b")
    assert other.text() == "a b"
    assert window.controller.session is None


def test_space_does_nothing_without_an_exercise(qtbot: QtBot, window: MainWindow,
                                                timers: FakeTimers) -> None:
    for row in window.setup_page._rows:
        row.check.setChecked(False)
    window.setup_page.reps.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert window.current_page() is window.setup_page
    assert window.controller.session is None
    assert not timers.active()


def test_variant_buttons_change_the_options_text_and_picture(qtbot: QtBot,
                                                             page: SetupPage) -> None:
    row = page._rows[0]
    harder = row.buttons[Level.HARDER]
    with qtbot.waitSignal(page.options_changed):
        qtbot.mouseClick(harder, Qt.MouseButton.LeftButton)
    assert harder.isChecked() and not row.buttons[Level.STANDARD].isChecked()
    assert page.options().variants == {"banded-psoas-march": Level.HARDER}
    assert row.when.text().startswith("When to choose it: Choose this once the march")
    assert "A wall" not in row.detail.text()
    assert row.picture.path is not None and row.picture.path.name == "march-free.svg"
    easier = page._rows[2].buttons[Level.EASIER]
    qtbot.mouseClick(easier, Qt.MouseButton.LeftButton)
    assert page.options().variants == {"banded-psoas-march": Level.HARDER,
                                       "elevated-bridge-march": Level.EASIER}
    assert page.total.text() == _length(page)
    qtbot.mouseClick(row.buttons[Level.STANDARD], Qt.MouseButton.LeftButton)
    assert page.options().variants == {"elevated-bridge-march": Level.EASIER}
    assert row.when.text() == "Also offered: a harder variant."


def test_arrow_keys_move_between_the_variants_of_an_exercise(qtbot: QtBot,
                                                             page: SetupPage) -> None:
    row = page._rows[1]
    row.buttons[Level.STANDARD].setFocus()
    qtbot.keyClick(row.buttons[Level.STANDARD], Key.Key_Left)
    assert row.buttons[Level.EASIER].isChecked()
    assert QApplication.focusWidget() is row.buttons[Level.EASIER]
    assert page.options().variants == {"seated-leg-lifts": Level.EASIER}


def test_order_buttons_move_an_exercise(qtbot: QtBot, page: SetupPage) -> None:
    rows = page._rows
    assert not rows[0].up.isEnabled() and rows[0].down.isEnabled()
    assert rows[2].up.isEnabled() and not rows[2].down.isEnabled()
    first = rows[0]
    with qtbot.waitSignal(page.options_changed) as blocker:
        qtbot.mouseClick(first.down, Qt.MouseButton.LeftButton)
    assert blocker.args[0].exercises == (IDS[1], IDS[0], IDS[2])
    assert first.up.isEnabled()
    assert not page._rows[0].up.isEnabled()
    qtbot.mouseClick(first.down, Qt.MouseButton.LeftButton)
    assert page.options().exercises == (IDS[1], IDS[2], IDS[0])
    assert not first.down.isEnabled()
    qtbot.mouseClick(first.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.up, Qt.MouseButton.LeftButton)
    assert page.options().exercises == IDS
    # The rows on screen are in the same order.
    QApplication.processEvents()
    tops = [r.frame.mapTo(page, r.frame.rect().topLeft()).y() for r in page._rows]
    assert tops == sorted(tops)


def test_the_order_keys_keep_the_keyboard_on_the_moved_row(qtbot: QtBot, window: MainWindow,
                                                          timers: FakeTimers) -> None:
    page = window.setup_page
    row = page._rows[0]
    row.down.setFocus()
    press(qtbot, window, Key.Key_Space)
    assert QApplication.focusWidget() is row.down
    press(qtbot, window, Key.Key_Space)  # now last: its down arrow is off
    assert page.options().exercises == (IDS[1], IDS[2], IDS[0])
    assert not row.down.isEnabled()
    assert QApplication.focusWidget() is row.up
    press(qtbot, window, Key.Key_Space)
    assert page.options().exercises == (IDS[1], IDS[0], IDS[2])
    assert QApplication.focusWidget() is row.up
    assert window.controller.session is None


def test_the_new_order_is_the_order_of_the_session(qtbot: QtBot, window: MainWindow,
                                                   timers: FakeTimers) -> None:
    last = window.setup_page._rows[2]
    qtbot.mouseClick(last.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(last.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.setup_page.start, Qt.MouseButton.LeftButton)
    assert window.session_page.exercise.text() == "Elevated bridge march"
    assert window.session_page.position.text() == "1 of 3 · Step 5 of 7"
    window.controller.stop()
    assert [window.summary_page.cell(r, 0) for r in range(3)] == [
        "Elevated bridge march", "Banded psoas march", "Seated leg lifts"]


def test_options_reflect_every_control(page: SetupPage) -> None:
    page.reps.setValue(10)
    page.sets.setValue(3)
    page.hold.setValue(2.0)
    page.rest.setValue(45)
    page.lead_in.setValue(12)
    page.first_side.setCurrentIndex(page.first_side.findData(Side.LEFT))
    page.side_pattern.setCurrentIndex(page.side_pattern.findData(SideMode.EACH_SIDE))
    page._rows[1].check.setChecked(False)
    page._rows[2].buttons[Level.EASIER].setChecked(True)
    options = page.options()
    assert options == PlanOptions(
        exercises=("banded-psoas-march", "elevated-bridge-march"),
        variants={"elevated-bridge-march": Level.EASIER},
        reps_per_side=10, sets=3, hold_seconds=2.0, rest_seconds=45.0,
        lead_in_seconds=12.0, first_side=Side.LEFT, sides=SideMode.EACH_SIDE)
    assert type(options.first_side) is Side
    assert type(options.sides) is SideMode
    assert type(options.variants["elevated-bridge-march"]) is Level
    assert type(options.rest_seconds) is float and type(options.reps_per_side) is int
    page.side_pattern.setCurrentIndex(page.side_pattern.findData(SideMode.ALTERNATE))
    assert page.options().sides is SideMode.ALTERNATE
    page.side_pattern.setCurrentIndex(0)
    assert page.options().sides is None  # as each exercise suggests


def test_a_packs_fractional_rest_and_get_ready_are_kept_exactly(
        qtbot: QtBot, tmp_path: Path) -> None:
    def fractions(text: str) -> str:
        text = text.replace("  rest_seconds: 30 ", "  rest_seconds: 0.5 ", 1)
        return text.replace("  lead_in_seconds: 20 ", "  lead_in_seconds: 7.25 ", 1)

    pack = load_pack_or_raise(copy_pack(tmp_path, edit=fractions))
    assert (pack.defaults.rest_seconds, pack.defaults.lead_in_seconds) == (0.5, 7.25)
    fresh = SetupPage()
    qtbot.addWidget(fresh)
    fresh.set_pack(pack)
    options = fresh.options()
    assert (options.rest_seconds, options.lead_in_seconds) == (0.5, 7.25)
    assert fresh.total.text() == f"Session length {format_duration(plan(pack).total_seconds)}"
    assert (fresh.rest.text(), fresh.lead_in.text()) == ("0.5 s", "7.25 s")
    fresh.rest.stepUp()  # steps stay whole seconds from there
    assert (fresh.rest.value(), fresh.rest.text()) == (5.5, "5.5 s")


def test_whole_seconds_show_without_a_fraction(page: SetupPage) -> None:
    assert (page.rest.text(), page.lead_in.text()) == ("30 s", "20 s")
    page.rest.stepUp()
    assert page.rest.text() == "35 s"


def test_remembered_options_come_back(qtbot: QtBot, page: SetupPage,
                                      builtin_pack: Pack) -> None:
    page._rows[0].check.setChecked(False)
    qtbot.mouseClick(page._rows[2].up, Qt.MouseButton.LeftButton)
    page._rows[2].buttons[Level.EASIER].setChecked(True)
    page.reps.setValue(12)
    page.sets.setValue(1)
    page.hold.setValue(1.0)
    page.rest.setValue(15)
    page.lead_in.setValue(9)
    page.first_side.setCurrentIndex(1)
    page.side_pattern.setCurrentIndex(2)
    remembered = page.options()

    fresh = SetupPage()
    qtbot.addWidget(fresh)
    fresh.set_pack(builtin_pack, remembered)
    assert fresh.options() == remembered
    assert fresh.total.text() == page.total.text()
    # The chosen ones in their order, then the one left out.
    assert [r.exercise.id for r in fresh._rows] == [IDS[2], IDS[1], IDS[0]]
    assert [r.check.isChecked() for r in fresh._rows] == [True, True, False]
    assert not fresh._rows[0].up.isEnabled() and not fresh._rows[2].down.isEnabled()


def test_remembered_options_that_no_longer_fit_are_left_out(qtbot: QtBot,
                                                            builtin_pack: Pack) -> None:
    fresh = SetupPage()
    qtbot.addWidget(fresh)
    fresh.set_pack(builtin_pack, PlanOptions(
        exercises=("gone-exercise", "seated-leg-lifts"),
        variants={"banded-psoas-march": Level.EASIER, "gone-exercise": Level.HARDER},
        reps_per_side=500, hold_seconds=9.0, rest_seconds=20.0))
    options = fresh.options()
    assert options.exercises == ("seated-leg-lifts",)
    assert options.variants == {}
    assert options.reps_per_side == 8  # out of range: the pack's default stays
    assert options.hold_seconds == 1.5
    assert options.rest_seconds == 20.0
    assert fresh.start.isEnabled()


def test_another_pack_replaces_the_rows(qtbot: QtBot, page: SetupPage, tmp_path: Path) -> None:
    old_frames = [r.frame for r in page._rows]
    other = load_pack_or_raise(copy_pack(tmp_path, title="Other", edit=lambda t: t.replace(
        "  first_side: right\n", "  first_side: left\n").replace(
        "  hold_range: [1.0, 2.0]\n", "  hold_range: [1.0, 1.4]\n").replace(
        "  hold_seconds: 1.5 ", "  hold_seconds: 1.2 ").replace(
        # The ladders' holds move into the narrower range with it.
        "hold_seconds: 1.5}", "hold_seconds: 1.2}").replace(
        "hold_seconds: 2}", "hold_seconds: 1.4}")))
    page.set_pack(other)
    QApplication.processEvents()
    assert page.title.text() == "Other"
    assert len(page._rows) == 3
    assert all(r.frame not in old_frames for r in page._rows)
    assert page._list.count() == 3
    assert page.options().first_side is Side.LEFT
    assert page.first_side.currentText() == "Left side first"
    assert (page.hold.minimum(), page.hold.maximum(), page.hold.singleStep()) == (1.0, 1.4, 0.1)
    assert page.hold.value() == 1.2
    assert page.total.text() == _length(page)


def test_type_grows_with_the_window(page: SetupPage) -> None:
    page.apply_scale(8.0)
    small = (page.title.font().pixelSize(), page.total.font().pixelSize(),
             page.start.minimumHeight())
    page.apply_scale(10.8)
    large = (page.title.font().pixelSize(), page.total.font().pixelSize(),
             page.start.minimumHeight())
    assert all(b > a for a, b in zip(small, large, strict=True))
    page.apply_scale(1.0)  # never below a readable floor
    assert page.title.font().pixelSize() >= 20
    assert page.start.minimumHeight() >= 48


def test_tab_reaches_every_enabled_control(qtbot: QtBot, window: MainWindow,
                                           timers: FakeTimers) -> None:
    page = window.setup_page
    chain = focus_chain(page.start)
    on_page = [w for w in chain if page.isAncestorOf(w)]
    expected: list[QWidget] = [page.reps, page.sets, page.hold, page.rest, page.lead_in,
                               page.first_side, page.side_pattern, page.start]
    for row in page._rows:
        expected.append(row.check)
        expected += [b for b in (row.up, row.down) if b.isEnabled()]
    for widget in expected:
        assert widget in on_page, widget.accessibleName()
    # A group of variant buttons is one stop for Tab; the arrow keys choose within it.
    for row in page._rows:
        stops = [w for w in on_page if isinstance(w, QRadioButton) and w in
                 row.buttons.values()]
        assert len(stops) == 1, row.exercise.id
    assert not any(not w.isEnabled() for w in on_page)
    assert window.controller.session is None
