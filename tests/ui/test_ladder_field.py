"""The editor's ladder section: the default ladder shown read-only and made the routine's own,
steps edited (the saved file's ladder and ``hipflex plan --step`` follow), the loader's ladder
problems at the ladder's parts, holds kept in the form's range, and undo."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from hipflex_desktop import cli
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import LadderStep, Level
from hipflex_desktop.ui.routine_editor import RoutineEditor
from hipflex_desktop.ui.shell import AppShell
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.helpers import press
from tests.ui.test_routine_editor import open_editor, settle

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("discard_unsaved")]

LADDER = ("exercises", 0, "ladder")


def open_exercise(qtbot: QtBot, shell: AppShell, tmp_path: Path) -> RoutineEditor:
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    return editor


def cell(editor: RoutineEditor, row: int, column: int) -> QComboBox | QSpinBox | QDoubleSpinBox:
    widget = editor.ladder.steps.table.cellWidget(row, column)
    assert isinstance(widget, (QComboBox, QSpinBox, QDoubleSpinBox))
    return widget


def make_own(editor: RoutineEditor, clock: FakeClock, timers: FakeTimers) -> None:
    editor.ladder.own_button.click()
    settle(clock, timers)


def test_the_default_ladder_is_shown_read_only_and_made_the_routines_own(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    section = editor.ladder
    assert "Default ladder built from the variants" in section.status.text()
    assert not section.steps.table.isEnabled() and not section.start.isEnabled()
    # The tiny pack: one rep, holds from 0.5 to 1 s, no variants.
    assert section.steps.rows() == [("standard", 1, 0.5), ("standard", 1, 1.0),
                                    ("standard", 3, 1.0)]
    assert section.own_button.isVisible() and not section.default_button.isVisible()
    make_own(editor, clock, timers)
    assert section.steps.table.isEnabled()
    assert section.default_button.isVisible()
    assert QApplication.focusWidget() is section.steps.table
    assert editor.document.get((*LADDER, "steps", 0)) == {"variant": "standard",
                                                          "reps_per_side": 1,
                                                          "hold_seconds": 0.5}
    assert "      - {variant: standard, reps_per_side: 1, hold_seconds: 0.5}\n" in \
        editor.document.text()
    pack = editor.result.pack
    assert pack is not None and pack.exercises[0].ladder is not None
    assert pack.exercises[0].ladder.declared
    # Undo: back to the default ladder, shown read-only again.
    press(qtbot, shell.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.get(LADDER) is None
    assert not section.steps.table.isEnabled()


def test_an_edited_step_is_saved_and_plan_step_follows_it(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    make_own(editor, clock, timers)
    reps = cell(editor, 1, 1)
    reps.setFocus()
    reps.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(reps, "12")
    assert QApplication.focusWidget() is reps  # the box stays while typing
    assert editor.undo_stack.count() == 2  # making it own, then one merged edit of the reps
    editor.ladder.climb_after.setValue(3)
    editor.ladder.start.setValue(2)
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.problems]
    assert editor.save() and editor.document.file is not None
    loaded = load_pack(editor.document.file).pack
    assert loaded is not None
    ladder = loaded.exercises[0].ladder
    assert ladder is not None
    assert (ladder.climb_after, ladder.start) == (3, 2)
    assert ladder.step(2) == LadderStep(Level.STANDARD, 12, 1.0)
    out = io.StringIO()
    assert cli.run(["plan", "--pack", str(editor.document.file), "--step", "lift=2", "--json"],
                   out, io.StringIO()) == 0
    segments = [json.loads(line) for line in out.getvalue().splitlines()]
    assert max(seg["rep"] for seg in segments) == 12
    assert {seg["seconds"] for seg in segments if seg["phase"] == "hold"} == {1.0}


def test_a_repeated_step_is_shown_at_the_steps_and_found_from_the_problem_list(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    make_own(editor, clock, timers)
    cell(editor, 2, 1).setValue(1)  # step 3 becomes step 2 again
    settle(clock, timers)
    [problem] = editor.result.errors
    assert problem.path == "exercises[0].ladder.steps[2]"
    assert problem.message.startswith("repeats step 2")
    table = editor.ladder.steps.table
    assert table.property("problem") is True
    assert problem.message in table.toolTip()
    editor.outline.setCurrentRow(0)  # away from the exercise
    editor.problem_list.setCurrentRow(0)
    editor.problem_list.setFocus()
    press(qtbot, shell.window, Qt.Key.Key_Return)
    assert editor.outline.currentRow() == 1
    assert QApplication.focusWidget() is table
    assert table.currentRow() == 2
    editor.undo_stack.undo()
    settle(clock, timers)
    assert editor.result.ok
    assert table.toolTip() == ""


def test_a_ladder_that_goes_nowhere_and_a_start_kept_on_it(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    make_own(editor, clock, timers)
    editor.ladder.start.setValue(3)
    steps = editor.ladder.steps
    for _ in range(2):
        steps.select_row(steps.table.rowCount() - 1)
        steps.remove_button.click()
    assert editor.document.get((*LADDER, "start")) == 1  # the start moved down with the steps
    settle(clock, timers)
    [problem] = editor.result.errors
    assert problem.path == "exercises[0].ladder.steps"
    assert "goes nowhere" in problem.message
    assert problem.message in steps.table.toolTip()
    steps.add_button.click()
    assert steps.rows()[-1] == ("standard", 2, 0.5)  # one more rep than the step before
    settle(clock, timers)
    assert editor.result.ok


def test_a_start_past_the_last_step_is_shown_at_the_start(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    make_own(editor, clock, timers)
    editor.ladder.start.setValue(5)
    settle(clock, timers)
    [problem] = editor.result.errors
    assert (problem.path, problem.message) == ("exercises[0].ladder.start",
                                               "step 5 is past the last step (3)")
    assert problem.message in editor.ladder.start.toolTip()


def test_holds_stay_in_the_forms_range_and_a_fixed_hold_has_none(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    # A harder form whose hold is fixed: 2 s, whatever the person's setting.
    editor.change("harder", lambda: editor.document.set(("exercises", 0, "variants"), {
        "harder": {"label": "Slow", "when": "When it is easy.",
                   "phases": [{"kind": "move", "text": "Up.", "seconds": 1},
                              {"kind": "hold", "text": "Hold.", "seconds": 2}]}}))
    settle(clock, timers)
    make_own(editor, clock, timers)
    rows = editor.ladder.steps.rows()
    assert rows[-1] == ("harder", 3, None)
    hold = cell(editor, 0, 2)
    assert isinstance(hold, QDoubleSpinBox)
    assert (hold.minimum(), hold.maximum()) == (0.5, 1.0)  # the routine's hold range
    fixed = cell(editor, len(rows) - 1, 2)
    assert not fixed.isEnabled() and fixed.specialValueText() == "fixed"  # type: ignore[union-attr]
    cell(editor, 1, 1).setValue(2)
    variant = cell(editor, 1, 0)
    assert isinstance(variant, QComboBox)
    assert [variant.itemText(i) for i in range(variant.count())] == ["Standard", "Harder"]
    assert variant.itemData(1, Qt.ItemDataRole.ToolTipRole) == "Harder: Slow"
    assert cell(editor, len(rows) - 1, 0).toolTip() == "Harder: Slow"
    variant.setCurrentIndex(variant.findData("harder"))
    variant.activated.emit(variant.currentIndex())
    assert editor.document.get((*LADDER, "steps", 1)) == {"variant": "harder",
                                                          "reps_per_side": 2}
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.problems]
    # A hold out of range, written by hand, stays visible and is marked by the loader.
    editor.change("hold", lambda: editor.document.set((*LADDER, "steps", 0, "hold_seconds"), 5))
    settle(clock, timers)
    [problem] = editor.result.errors
    assert problem.path == "exercises[0].ladder.steps[0].hold_seconds"
    assert cell(editor, 0, 2).value() == 5
    assert problem.message in editor.ladder.steps.table.toolTip()


def test_a_step_on_a_form_the_exercise_no_longer_has_is_shown_at_the_steps(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_exercise(qtbot, shell, tmp_path)
    editor.change("harder", lambda: editor.document.set(
        ("exercises", 0, "variants"), {"harder": {"label": "Slow", "when": "When it is easy."}}))
    settle(clock, timers)
    make_own(editor, clock, timers)
    assert editor.ladder.steps.rows()[-1][0] == "harder"
    editor.change("no harder", lambda: editor.document.set(("exercises", 0, "variants"), None))
    settle(clock, timers)
    problems = [p for p in editor.result.errors if p.path.endswith(".variant")]
    assert problems and problems[0].message.startswith("this exercise has no harder variant")
    assert problems[0].message in editor.ladder.steps.table.toolTip()
    variant = cell(editor, len(editor.ladder.steps.rows()) - 1, 0)
    assert isinstance(variant, QComboBox)
    assert variant.currentData() == "harder"  # shown as written, until it is changed
