"""An exercise's easier and harder versions in the routine editor: made, switched to by keys,
their own fields edited (a list the variant kept from the standard version becomes its own in
the same undoable step), cleared back to the standard's, problems shown at the variant's field
and reached from the problem list, saved so that the plan of the easier version changes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop import cli
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Level
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.ui.routine_editor import RoutineEditor
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.helpers import current, press
from tests.ui.test_routine_editor import open_editor, settle, type_into

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("discard_unsaved")]

EASIER = ("exercises", 0, "variants", "easier")


def easier_made(qtbot: QtBot, editor: RoutineEditor) -> None:
    """The first exercise's easier version, reached with the arrow key and made."""
    editor.outline.setCurrentRow(1)
    standard = editor.version_switch.button("standard")
    standard.setFocus()
    qtbot.keyClick(standard, Qt.Key.Key_Right)  # one radio group: arrows choose
    assert editor.version_switch.version() == "easier"
    assert editor.absent_panel.isVisibleTo(editor)
    assert not editor.fields_panel.isVisibleTo(editor)
    assert editor.version_switch.button("easier").accessibleDescription() != ""
    editor.add_variant_button.click()
    assert editor.document.get((*EASIER, "label")) == "An easier form"
    assert editor.fields_panel.isVisibleTo(editor)
    assert QApplication.focusWidget() is editor.variant_label
    assert editor.version_switch.button("easier").accessibleDescription() == ""


def test_a_variant_keeps_the_standard_fields_until_it_is_given_its_own(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    easier_made(qtbot, editor)
    # Shown as the loader reads it: the standard name, marked as kept from it.
    assert editor.exercise_name.text() == "Lift"
    assert editor.exercise_name.font().italic()
    assert editor.exercise_name.accessibleName() == (
        "Exercise name, same as the standard version")
    assert editor.inherit_notes["name"].inherited
    assert not editor.inherit_notes["name"].button.isVisibleTo(editor)
    assert not editor.exercise_id.isVisibleTo(editor)  # one id for every version

    type_into(qtbot, editor.exercise_name, "Wall lift")
    assert editor.document.text_at((*EASIER, "name")) == ("Wall lift", "")
    assert editor.document.text_at(("exercises", 0, "name")) == ("Lift", "")
    assert not editor.exercise_name.font().italic()
    assert editor.inherit_notes["name"].button.isVisibleTo(editor)

    # A phase the variant kept: changing one value copies the phases, in one step.
    steps = editor.undo_stack.count()
    move = editor.phases.length(0)
    assert move is not None
    move.seconds.setValue(2.0)
    assert editor.undo_stack.count() == steps + 1
    assert [p["seconds"] for p in editor.document.get((*EASIER, "phases"))
            if "seconds" in p] == [2.0, 0.5]
    assert editor.document.get(("exercises", 0, "phases", 0, "seconds")) == 0.5
    press(qtbot, shell.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.get((*EASIER, "phases")) is None
    assert editor.phases.rows()[0][3] == 0.5
    assert editor.phases.table.item(0, 1).font().italic()  # the standard's phases again
    press(qtbot, shell.window, Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.document.get((*EASIER, "phases", 0, "seconds")) == 2.0
    assert editor.phases.rows()[0][3] == 2.0

    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.problems]
    assert editor.save()
    file = editor.document.file
    assert file is not None
    pack = load_pack(file).pack
    assert pack is not None
    [lift] = pack.exercises
    assert lift.variants[Level.EASIER].name is not None
    assert lift.variants[Level.EASIER].name.text == "Wall lift"
    assert lift.name.text == "Lift"
    standard = plan(pack)
    easier = plan(pack, PlanOptions(variants={"lift": Level.EASIER}))
    assert easier.total_seconds == pytest.approx(standard.total_seconds + 1.5)
    out = io.StringIO()
    assert cli.run(["plan", "--pack", str(file), "--variant", "lift=easier"], out,
                   io.StringIO()) == 0
    assert "Wall lift" in out.getvalue()
    out = io.StringIO()
    assert cli.run(["plan", "--pack", str(file)], out, io.StringIO()) == 0
    assert "Wall lift" not in out.getvalue()


def test_a_field_goes_back_to_the_standard_version(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    easier_made(qtbot, editor)
    editor.cues.add_button.click()  # the variant's own cues: the standard has none
    assert editor.document.length((*EASIER, "cues")) == 1
    assert editor.document.length(("exercises", 0, "cues")) == 0
    note = editor.inherit_notes["cues"]
    assert not note.inherited
    note.button.setFocus()
    qtbot.keyClick(note.button, Qt.Key.Key_Space)
    assert editor.document.get((*EASIER, "cues")) is None
    assert editor.cues.table.rowCount() == 0
    assert note.inherited
    # The button went with the variant's own value: the keyboard is at the field.
    assert QApplication.focusWidget() is editor.cues.table
    editor.undo_stack.undo()
    assert editor.document.length((*EASIER, "cues")) == 1
    # An own empty list is the variant's own too: no cues in the easier version.
    editor.cues.select_row(0)
    editor.cues.remove_button.click()
    assert editor.document.get((*EASIER, "cues")) == []
    assert not editor.inherit_notes["cues"].inherited


def test_a_problem_in_a_variant_is_shown_at_its_field_and_reached_from_the_list(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    easier_made(qtbot, editor)
    editor.phases.table.item(1, 1).setText("Hold the {side} knee.")  # no sides here
    settle(clock, timers)
    [problem] = editor.result.errors
    assert problem.path == "exercises[0].variants.easier.phases[1].text"
    assert problem.message in editor.phases.table.toolTip()
    assert problem.message in editor.version_switch.button("easier").toolTip()
    assert editor.version_switch.button("standard").toolTip() == ""
    # The standard version's fields are not the variant's: no mark there.
    editor.version_switch.button("standard").click()
    assert editor.phases.table.toolTip() == ""
    editor.outline.setCurrentRow(0)
    editor.problem_list.setCurrentRow(0)
    editor.problem_list.itemActivated.emit(editor.problem_list.item(0))
    assert editor.outline.currentRow() == 1
    assert editor.version_switch.version() == "easier"
    assert editor.phases.table.currentRow() == 1
    assert QApplication.focusWidget() is editor.phases.table
    assert problem.message in editor.phases.table.toolTip()


def test_a_hold_has_a_range_or_fixed_seconds_or_follows_the_setting(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    hold = ("exercises", 0, "phases", 1)
    length = editor.phases.length(1)
    assert length is not None
    assert not length.upto.isEnabled()  # follows the hold setting: no range to give
    length.seconds.setValue(1.0)
    assert editor.document.get((*hold, "seconds")) == 1.0
    length = editor.phases.length(1)
    assert length is not None and length.upto.isEnabled()
    length.upto.setValue(2.5)
    assert editor.document.get((*hold, "range")) == [1.0, 2.5]
    assert editor.document.get((*hold, "seconds")) is None
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.problems]
    assert editor.save()
    file = editor.document.file
    assert file is not None
    assert "range: [1.0, 2.5]" in file.read_text(encoding="utf-8")
    pack = load_pack(file).pack
    assert pack is not None and pack.exercises[0].phases[1].hold_range == (1.0, 2.5)
    # A move has fixed seconds: a hold with a range turned into one starts at its shortest.
    kind = editor.phases.table.cellWidget(1, 0)
    kind.setFocus()
    kind.setCurrentIndex(kind.findData("move"))  # type: ignore[union-attr]
    # Its boxes were made anew for the move's seconds: the keys stay in the kind's cell.
    assert QApplication.focusWidget() is editor.phases.table.cellWidget(1, 0)
    assert editor.document.get((*hold, "range")) is None
    assert editor.document.get((*hold, "seconds")) == 1.0
    length = editor.phases.length(1)
    assert length is not None and not length.upto.isVisibleTo(editor)
    editor.undo_stack.undo()
    assert editor.document.get((*hold, "range")) == [1.0, 2.5]
    length = editor.phases.length(1)
    assert length is not None
    length.upto.setValue(0)  # "fixed"
    assert editor.document.get((*hold, "seconds")) == 1.0
    assert editor.document.get((*hold, "range")) is None


def test_the_settings_note_is_edited_and_left_out_when_empty(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    note = editor._fields["defaults.note"]
    note.setFocus()
    qtbot.keyClicks(note, "My own numbers.")
    assert editor.document.text_at(("defaults", "note")) == ("My own numbers.", "")
    settle(clock, timers)
    assert editor.result.pack is not None
    assert editor.result.pack.defaults.note is not None
    assert editor.result.pack.defaults.note.text == "My own numbers."
    note.clear()  # type: ignore[attr-defined]
    assert editor.document.get(("defaults", "note")) is None
    assert "note" not in editor.document.get(("defaults",))


def test_the_versions_are_turned_like_tabs_and_by_arrows_on_the_switch(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    editor.exercise_name.setFocus()
    press(qtbot, shell.window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.version_switch.version() == "easier"
    assert QApplication.focusWidget() is editor.version_switch.button("easier")
    press(qtbot, shell.window, Qt.Key.Key_Right)
    assert editor.version_switch.version() == "harder"
    press(qtbot, shell.window, Qt.Key.Key_Right)  # the last one: it stays
    assert editor.version_switch.version() == "harder"
    assert QApplication.focusWidget() is editor.version_switch.button("harder")
    press(qtbot, shell.window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, shell.window, Qt.Key.Key_Left)
    assert editor.version_switch.version() == "standard"
    assert editor.fields_panel.isVisibleTo(editor)
    assert editor.exercise_id.isVisibleTo(editor)
    # The routine's own fields have no versions.
    editor.outline.setCurrentRow(0)
    press(qtbot, shell.window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.version_switch.version() == "standard"


def test_a_variant_text_kept_in_several_languages_changes_in_the_routine_own_language(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    shell.window.show()
    qtbot.waitExposed(shell.window)
    press(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = shell.window.routine_editor
    assert editor is not None  # a copy of the built-in routine, in English, German, Spanish
    editor.outline.setCurrentRow(1)
    editor.version_switch.button("harder").click()
    assert editor.variant_label.text() == "No wall"
    type_into(qtbot, editor.variant_label, "No wall at all")
    harder = ("exercises", 0, "variants", "harder")
    label = editor.document.get((*harder, "label"))
    assert dict(label) == {"en": "No wall at all", "de": "Ohne Wand", "es": "Sin pared"}
    editor.version_switch.button("standard").click()
    type_into(qtbot, editor.purpose, "Stronger hip flexors.")
    purpose = editor.document.get(("exercises", 0, "purpose"))
    assert purpose["en"] == "Stronger hip flexors."
    assert set(purpose) == {"en", "de", "es"}


def test_try_it_runs_the_version_on_show(qtbot: QtBot, make_shell: MakeShell,
                                         clock: FakeClock, timers: FakeTimers,
                                         tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    easier_made(qtbot, editor)
    settle(clock, timers)
    press(qtbot, shell.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert shell.controller.active
    assert current(shell.window).variant is Level.EASIER
    shell.controller.stop()
    shell.window.summary_page.done_requested.emit()
    assert shell.window.current_page() is editor
    # Back on the standard version, Try it runs that one.
    editor.version_switch.button("standard").click()
    press(qtbot, shell.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert current(shell.window).variant is Level.STANDARD
    shell.controller.stop()
    shell.window.summary_page.done_requested.emit()
    editor.undo_stack.setClean()
