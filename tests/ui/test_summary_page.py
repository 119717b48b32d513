"""The summary page: what was done, how long it took, and the way back."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.session import ExerciseSummary
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.summary_page import SummaryPage
from tests.fakes import FakeTimers
from tests.ui.helpers import choose_short_session, press, run_until, start_with_space

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot: QtBot) -> SummaryPage:
    widget = SummaryPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def _entry(name: str, done: dict[Side | None, int], *variants: Level,
           target: int = 8) -> ExerciseSummary:
    return ExerciseSummary(name.lower().replace(" ", "-"), name, tuple(variants), target, done)


def test_a_finished_session(page: SummaryPage) -> None:
    page.show_result([
        _entry("Banded psoas march", {Side.RIGHT: 8, Side.LEFT: 8}, Level.STANDARD),
        _entry("Seated leg lifts", {Side.RIGHT: 8, Side.LEFT: 7}, Level.STANDARD,
               Level.EASIER),
    ], 754.4, finished=True)
    assert page.heading.text() == "Session complete — well done!"
    assert page.duration.text() == "Total time 12:34"
    assert page.table.rowCount() == 2
    assert [page.cell(0, c) for c in range(4)] == [
        "Banded psoas march", "Standard", "8 of 8", "8 of 8"]
    assert [page.cell(1, c) for c in range(4)] == [
        "Seated leg lifts", "Standard → Easier", "8 of 8", "7 of 8"]
    assert page.table.item(0, 2).textAlignment() == Qt.AlignmentFlag.AlignCenter
    assert page.totals.text() == "31 reps done in 2 of 2 exercises"


def test_a_stopped_session_with_sets(page: SummaryPage) -> None:
    page.show_result([_entry("Banded psoas march", {Side.RIGHT: 3, Side.LEFT: 2},
                             Level.HARDER),
                      _entry("Elevated bridge march", {}, Level.STANDARD)],
                     3725.0, finished=False, sets=2)
    assert page.heading.text() == "Session stopped"
    assert page.duration.text() == "Total time 1:02:05"
    assert [page.cell(0, c) for c in (2, 3)] == ["3 of 16", "2 of 16"]
    assert [page.cell(1, c) for c in (2, 3)] == ["0 of 16", "0 of 16"]


def test_an_exercise_without_sides_fills_one_column(page: SummaryPage) -> None:
    plank = dataclasses.replace(_entry("Plank", {None: 5}, Level.STANDARD, target=6),
                                sided=False)
    page.show_result([plank], 60.0, finished=True)
    assert [page.cell(0, c) for c in range(4)] == ["Plank", "Standard", "5 of 6", "—"]
    # Also when nothing was done yet: one column, not a right and a left.
    page.show_result([dataclasses.replace(plank, reps_done={})], 60.0, finished=False)
    assert [page.cell(0, c) for c in range(2, 4)] == ["0 of 6", "—"]


def test_the_table_takes_no_keyboard_focus(page: SummaryPage) -> None:
    """Page Down from a clicker must not wander through the cells."""
    assert page.table.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_second_result_replaces_the_first(page: SummaryPage) -> None:
    page.show_result([_entry("A", {Side.RIGHT: 1}), _entry("B", {Side.RIGHT: 1}),
                      _entry("C", {Side.RIGHT: 1})], 10.0, finished=True)
    page.show_result([_entry("D", {Side.LEFT: 2})], 20.0, finished=False)
    assert page.table.rowCount() == 1
    assert page.cell(0, 0) == "D"
    assert page.cell(0, 1) == "—"
    assert page.cell(5, 0) == ""


def test_the_table_is_for_reading_only(page: SummaryPage) -> None:
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert page.table.accessibleName() == "Exercises done"
    assert [page.table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Exercise", "Variant", "Right", "Left"]


def test_done_asks_to_go_back(qtbot: QtBot, page: SummaryPage) -> None:
    page.show()
    with qtbot.waitSignal(page.done_requested):
        qtbot.mouseClick(page.done, Qt.MouseButton.LeftButton)
    page.done.setFocus()
    with qtbot.waitSignal(page.done_requested):
        qtbot.keyClick(page.done, Qt.Key.Key_Enter)


def test_type_grows_with_the_window(page: SummaryPage) -> None:
    page.apply_scale(8.0)
    small = (page.heading.font().pixelSize(), page.table.font().pixelSize(),
             page.done.minimumHeight())
    page.apply_scale(10.8)
    large = (page.heading.font().pixelSize(), page.table.font().pixelSize(),
             page.done.minimumHeight())
    assert all(b > a for a, b in zip(small, large, strict=True))


def test_the_summary_of_a_real_session_with_a_variant_change(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    choose_short_session(window, reps=2, sets=2)
    start_with_space(qtbot, window)
    session = window.controller.session
    assert session is not None
    run_until(timers, lambda: session.current.exercise_number == 2
              and session.current.rep == 2)
    press(qtbot, window, Qt.Key.Key_E)  # seated leg lifts: the easier form from rep 2 on
    run_until(timers, lambda: window.current_page() is window.summary_page)
    summary = window.summary_page
    assert summary.heading.text() == "Session complete — well done!"
    rows = [[summary.cell(r, c) for c in range(4)] for r in range(3)]
    assert rows == [
        ["Banded psoas march", "Standard", "4 of 4", "4 of 4"],
        ["Seated leg lifts", "Standard → Easier", "4 of 4", "4 of 4"],
        ["Elevated bridge march", "Standard", "4 of 4", "4 of 4"],
    ]
