"""Tab goes through each page's controls in the order a person reads them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop.ui.main_window import MainWindow
from tests.fakes import FakeTimers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _tab_chain(page: QWidget, first: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab visits them, starting at ``first``."""
    chain: list[QWidget] = []
    widget = first
    for _ in range(1000):
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not isinstance(widget.parentWidget(), QAbstractSpinBox)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            return chain
    raise AssertionError("the focus chain does not come back round")


def test_the_set_up_page_goes_down_the_exercises_then_down_the_settings_then_start(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    window.show()
    qtbot.waitExposed(window)
    page = window.setup_page
    chain = _tab_chain(page, page._rows[0].check)
    assert chain[-1] is page.start
    split = page.start.mapTo(page, page.start.rect().topLeft()).x()
    places = [(w.mapTo(page, w.rect().topLeft()), w.accessibleName()) for w in chain[:-1]]
    left = [(p.y(), name) for p, name in places if p.x() < split]
    right = [(p.y(), name) for p, name in places if p.x() >= split]
    assert len(left) >= 6 and len(right) >= 5
    assert [y for y, _ in left] == sorted(y for y, _ in left), left
    assert [y for y, _ in right] == sorted(y for y, _ in right), right
    assert [n for _, n in left + right] == [n for _, n in places]  # all of the left first


def test_the_summary_page_takes_tab_straight_to_done(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers) -> None:
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    timers.run_for(40.0)  # into the first reps: the summary has a table to show
    window.controller.stop()
    page = window.summary_page
    chain = _tab_chain(page, page.done)
    # The table only shows (a clicker's Page Down must not wander through its cells); a
    # screen reader reads it by its name without the focus.
    assert chain == [page.done]
    assert page.table.accessibleName() == "Exercises done"
