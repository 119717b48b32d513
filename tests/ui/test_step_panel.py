"""The step in words: a hold's number and unit stay on one line, and the list to choose a step
shows the short form closed and every step whole when open."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QFont, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Pack
from hipflex_desktop.ui.step_box import StepBox
from hipflex_desktop.ui.step_panel import (
    NO_BREAK_SPACE,
    StepPanel,
    change_words,
    seconds_text,
    step_words,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def wrapped(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken into lines as a word-wrapped label of ``width`` pixels breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_hold_is_written_with_a_no_break_space(window_language: str) -> None:
    decimal = "," if window_language != "en_US" else "."
    assert seconds_text(1.5) == f"1{decimal}5{NO_BREAK_SPACE}s"
    assert seconds_text(2) == f"2{NO_BREAK_SPACE}s"


def test_a_wrapped_step_never_parts_a_number_from_its_unit(
        qtbot: QtBot, window_language: str, builtin_pack: Pack) -> None:
    font = QFont()
    font.setBold(True)
    checked = 0
    for exercise in builtin_pack.exercises:
        for step in ladder_of(exercise, builtin_pack.defaults).steps:
            if step.hold_seconds is None:
                continue
            text = step_words(exercise, step)
            for width in range(60, 420, 3):
                for first, second in pairwise(wrapped(text, font, width)):
                    checked += 1
                    assert not (first.rstrip()[-1:].isdigit() and second.startswith("s")), (
                        f"{text!r} at {width} px: {first!r} | {second!r}")
    assert checked > 500


@pytest.fixture
def panel(qtbot: QtBot, builtin_pack: Pack) -> StepPanel:
    made = StepPanel(builtin_pack.exercises[0], builtin_pack)
    qtbot.addWidget(made)
    return made


def test_the_closed_box_shows_the_step_short_and_whole_in_its_tooltip(
        qtbot: QtBot, panel: StepPanel) -> None:
    box = panel.choose
    box.setCurrentIndex(3)
    assert box.closed_text() == "Step 4 of 8"
    whole = "Step 4: Standard, 10 reps per side, hold 2\u00a0s"
    assert box.currentText() == whole  # what a screen reader reads as the box's value
    assert box.toolTip() == f"Choose a step by hand. Now: {whole}"
    assert box.itemData(3) == 4
    # The box is as wide as its short form needs, whichever step is shown, and no wider.
    box.resize(box.sizeHint())
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    widest = max(box.fontMetrics().horizontalAdvance(box.closed_text(i))
                 for i in range(box.count()))
    assert widest <= field.width()
    assert box.sizeHint().width() < box.fontMetrics().horizontalAdvance(whole)


class LabelSpy(QProxyStyle):
    """Keeps the text of each combo box label drawn."""

    def __init__(self) -> None:
        super().__init__("Fusion")
        self.labels: list[str] = []

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        if element is QStyle.ControlElement.CE_ComboBoxLabel:
            assert isinstance(option, QStyleOptionComboBox)
            self.labels.append(option.currentText)
        super().drawControl(element, option, painter, widget)


def test_the_closed_box_draws_the_short_form(qtbot: QtBot, panel: StepPanel) -> None:
    box = panel.choose
    spy = LabelSpy()
    box.setStyle(spy)
    box.setCurrentIndex(7)
    box.grab()
    assert spy.labels == ["Step 8 of 8"]


def test_the_open_list_is_as_wide_as_its_widest_step(qtbot: QtBot, panel: StepPanel) -> None:
    box = panel.choose
    panel.resize(600, 200)
    panel.show()
    qtbot.waitExposed(panel)
    widest = box.view().sizeHintForColumn(0)
    assert box.width() < widest  # the list needs more room than the closed box has
    box.showPopup()
    try:
        view = box.view()
        qtbot.waitUntil(view.isVisible)
        for row in range(box.count()):
            index = view.model().index(row, 0)
            assert view.sizeHintForIndex(index).width() <= view.visualRect(index).width()
    finally:
        box.hidePopup()


def test_a_box_of_any_steps_numbers_them_from_one(qtbot: QtBot) -> None:
    box = StepBox(["Easier, 8 reps per side", "Standard, 8 reps per side"])
    qtbot.addWidget(box)
    assert [box.itemData(i) for i in range(box.count())] == [1, 2]
    box.setCurrentIndex(1)
    assert box.closed_text() == "Step 2 of 2"
    assert box.toolTip().endswith("Step 2: Standard, 8 reps per side")


def test_a_change_of_variant_names_the_variant_as_one(window_language: str, builtin_pack: Pack
                                                      ) -> None:
    # Its label alone ("With support") would read as part of the sentence around it.
    march = builtin_pack.exercises[0]
    steps = ladder_of(march, builtin_pack.defaults).steps
    old, new = next((a, b) for a, b in pairwise(steps) if a.level is not b.level)
    label = march.variants[new.level].label.text
    named = {"en_US": f"the “{label}” variant", "de_DE": f"die Variante „{label}“",
             "es_ES": f"la variante «{label}»"}[window_language]
    assert change_words(march, old, new).startswith(named + ", ")
    # Back to the standard form names no label; the same step again says it whole.
    assert label not in change_words(march, new, old)
    assert change_words(march, new, new) == step_words(march, new)
