"""The routine editor in the real app: reached from the Routines page, checked as typed with the
loader's own words, undo and redo, lists changed row by row, saving that keeps a hand-written
file's comments, the unsaved-changes guard, drafts, pictures and Try it."""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hipflex_desktop import cli
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.plan import format_duration, plan
from hipflex_desktop.store.routine_document import RoutineDocument
from hipflex_desktop.store.routine_drafts import read_drafts
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.editor_commands import DocumentChange
from hipflex_desktop.ui.editor_saving import DRAFT_DELAY_MS
from hipflex_desktop.ui.routine_editor import CHECK_DELAY_MS, RoutineEditor
from hipflex_desktop.ui.shell import AppShell
from tests.fakes import FakeTimers
from tests.store.routine_files import SVG, write_routine
from tests.ui.conftest import MakeShell
from tests.ui.helpers import press

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("discard_unsaved")]

COMMENT = "# Sam's own: keep the knees soft.\n"


def open_editor(qtbot: QtBot, shell: AppShell, tmp_path: Path) -> RoutineEditor:
    """An own routine written by hand, opened from the Routines page with Ctrl+E."""
    routine = shell.library.import_file(write_routine(tmp_path / "hand", title="Apple lifts",
                                                      comment=COMMENT))
    shell.window.show()
    qtbot.waitExposed(shell.window)
    press(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = shell.window.routines_page
    assert page is not None
    page.select(routine.file)
    press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = shell.window.routine_editor
    assert editor is not None
    assert shell.window.current_page() is editor
    return editor


def settle(clock: FakeClock, timers: FakeTimers, ms: int = CHECK_DELAY_MS) -> None:
    clock.advance(ms / 1000)
    timers.fire_due()


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def test_a_problem_is_shown_at_its_field_with_the_words_of_validate(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    type_into(qtbot, editor.exercise_id, "Bad Id")
    assert editor.result.ok  # not checked on every key
    settle(clock, timers)
    [problem] = editor.result.errors
    assert problem.path == "exercises[0].id"
    assert problem.message in editor.exercise_id.toolTip()
    assert editor.exercise_id.property("problem") is True
    item = editor.problem_list.item(0)
    assert str(problem) == f"{problem.source}:{item.text()}"  # validate's line, file name aside
    assert item.toolTip() == str(problem)
    assert not editor.try_button.isEnabled()
    # The same words as hipflex validate gives for the file once saved.
    editor.save()
    err = io.StringIO()
    assert cli.run(["validate", str(editor.document.file)], io.StringIO(), err) == 2
    assert err.getvalue().strip() == str(problem)
    type_into(qtbot, editor.exercise_id, "good-id")
    settle(clock, timers)
    assert editor.result.ok
    assert editor.exercise_id.toolTip() == ""


def test_speech_fit_warnings_are_shown_too(qtbot: QtBot, make_shell: MakeShell,
                                           clock: FakeClock, timers: FakeTimers,
                                           tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    editor.phases.table.item(0, 1).setText(
        "Lift the knee slowly and steadily all the way up to the height of the hip now")
    settle(clock, timers)
    assert editor.result.ok
    [warning] = editor.result.warnings
    assert "to say" in warning.message
    assert "warning" in editor.phases.table.toolTip()


def test_undo_and_redo_by_keys(qtbot: QtBot, make_shell: MakeShell, clock: FakeClock,
                               timers: FakeTimers, tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    title = editor._pairs["title"][0]
    type_into(qtbot, title, "Pear lifts")
    assert editor.document.text_at(("title",)) == ("Pear lifts", "")
    assert editor.undo_stack.count() == 1  # typing one field is one step
    assert editor.dirty
    assert editor.heading.text().endswith("*")
    press(qtbot, shell.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.text_at(("title",)) == ("Apple lifts", "")
    assert title.text() == "Apple lifts"  # type: ignore[union-attr]
    assert not editor.dirty
    press(qtbot, shell.window, Qt.Key.Key_Z,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.document.text_at(("title",)) == ("Pear lifts", "")


def test_exercises_are_added_moved_and_removed_and_saved_with_comments_kept(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.add_exercise_button.click()
    assert editor.outline.count() == 3
    assert editor.outline.currentRow() == 2
    type_into(qtbot, editor.exercise_name, "Knee drive")
    editor.exercise_up_button.click()
    assert [e["id"] for e in editor.document.get(("exercises",))] == ["exercise-2", "lift"]
    editor.setup.add_button.click()
    assert editor.document.length(("exercises", 0, "setup")) == 2
    editor.setup.table.item(1, 1).setText("Feet flat.")
    assert editor.document.text_at(("exercises", 0, "setup", 1)) == ("New step.", "Feet flat.")
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.problems]
    press(qtbot, shell.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    file = editor.document.file
    assert file is not None
    text = file.read_text(encoding="utf-8")
    assert text.startswith(COMMENT)
    pack = load_pack(file).pack
    assert pack is not None
    assert [e.name.text for e in pack.exercises] == ["Knee drive", "Lift"]
    assert shell.window.statusBar().currentMessage() == "Saved routine.yaml"
    editor.remove_exercise_button.click()
    assert editor.document.length(("exercises",)) == 1


def test_phases_follow_the_hold_setting_or_their_own_seconds(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    hold_seconds = editor.phases.length(1).seconds  # type: ignore[union-attr]
    assert hold_seconds.text() == "hold setting"  # type: ignore[union-attr]
    hold_seconds.setValue(2.5)  # type: ignore[union-attr]
    assert editor.document.get(("exercises", 0, "phases", 1, "seconds")) == 2.5
    hold_seconds.setValue(0)  # type: ignore[union-attr]
    assert editor.document.get(("exercises", 0, "phases", 1, "seconds")) is None
    editor.phases.table.cellWidget(0, 0).setCurrentText("return")  # type: ignore[union-attr]
    assert editor.document.get(("exercises", 0, "phases", 0, "kind")) == "return"


def test_the_preview_shows_length_and_steps_as_plan_prints_them(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.default_boxes["reps_per_side"].setValue(4)
    settle(clock, timers)
    pack = editor.result.pack
    assert pack is not None and pack.defaults.reps_per_side == 4
    out = io.StringIO()
    cli.print_table(pack, plan(pack), out)
    assert editor.preview.toPlainText() == out.getvalue()
    assert format_duration(plan(pack).total_seconds) in editor.length_label.text()


def test_the_unsaved_changes_guard(qtbot: QtBot, make_shell: MakeShell, clock: FakeClock,
                                   timers: FakeTimers, tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    type_into(qtbot, editor._pairs["title"][0], "Pear lifts")
    answers = ["cancel", "discard"]
    asked: list[str] = []

    def ask_save(title: str, text: str) -> str:
        asked.append(text)
        return answers.pop(0)

    shell.window.dialogs.ask_save = ask_save  # type: ignore[method-assign]
    press(qtbot, shell.window, Qt.Key.Key_Escape)
    assert shell.window.current_page() is editor
    assert asked == ["Pear lifts has changes that are not saved."]
    press(qtbot, shell.window, Qt.Key.Key_Escape)
    assert shell.window.routine_editor is None
    assert shell.window.current_page() is shell.window.routines_page
    assert "Apple lifts" in (editor.document.file.read_text())  # type: ignore[union-attr]


def test_a_draft_is_kept_and_offered_at_the_next_start(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    type_into(qtbot, editor._pairs["title"][0], "Pear lifts")
    settle(clock, timers, DRAFT_DELAY_MS)
    [(draft, file, text)] = read_drafts(shell.library.folder)
    assert file == editor.document.file
    assert "title: Pear lifts" in text
    # As after a crash: the next run offers it.
    second = make_shell(data_dir=shell.paths.root)
    offered: list[str] = []

    def offer(title: str, text: str, *, informative: str, accept: str, decline: str,
              answered: object) -> None:
        offered.append(text)
        answered(True)  # type: ignore[operator]

    second.window.dialogs.offer = offer  # type: ignore[method-assign]
    assert second.offer_draft()
    assert offered == ["Pear lifts has changes from last time that were not saved."]
    recovered = second.window.routine_editor
    assert recovered is not None and recovered.dirty
    assert recovered.document.text_at(("title",)) == ("Pear lifts", "")
    recovered.save()
    assert not draft.exists()
    assert "title: Pear lifts" in file.read_text(encoding="utf-8")
    editor.undo_stack.setClean()  # the first run's window closes without asking


def test_a_picture_is_checked_and_copied_into_the_routine(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    chosen = tmp_path / "elsewhere" / "knee.svg"
    chosen.parent.mkdir()
    chosen.write_bytes(SVG)
    assert editor.use_picture(chosen)
    assert (editor.document.folder / "pictures" / "knee.svg").read_bytes() == SVG
    assert editor.document.get(("exercises", 0, "picture")) == "pictures/knee.svg"
    bad = tmp_path / "elsewhere" / "bad.svg"
    bad.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>")
    warned: list[str] = []
    shell.window.dialogs.show_warning = (  # type: ignore[method-assign]
        lambda title, text: warned.append(text))
    assert not editor.use_picture(bad)
    assert "script" in warned[0]
    assert not (editor.document.folder / "pictures" / "bad.svg").exists()
    editor.undo_stack.setClean()


def test_try_it_runs_a_session_of_the_routine_being_edited(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    type_into(qtbot, editor._pairs["title"][0], "Pear lifts")
    press(qtbot, shell.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert shell.controller.active
    assert shell.pack.title.text == "Pear lifts"
    shell.controller.stop()
    shell.window.summary_page.done_requested.emit()
    assert shell.window.current_page() is editor
    editor.undo_stack.setClean()


def test_editing_the_builtin_routine_edits_a_copy(qtbot: QtBot, make_shell: MakeShell,
                                                  tmp_path: Path) -> None:
    shell = make_shell()
    shell.window.show()
    qtbot.waitExposed(shell.window)
    press(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = shell.window.routine_editor
    assert editor is not None
    assert editor.document.file is not None
    assert editor.document.file.parent.parent == shell.library.folder
    assert editor.document.text_at(("title",))[0].endswith("(copy)")


def test_a_change_is_one_command_on_the_stack(tmp_path: Path) -> None:
    document = RoutineDocument.from_text(write_routine(tmp_path).read_text(), folder=tmp_path)
    seen: list[str] = []
    command = DocumentChange(document, "t", lambda: document.set(("author",), "Kim"),
                             lambda: seen.append(document.get(("author",))))
    command.redo()
    command.undo()
    command.redo()
    assert seen == ["Kim", "Test author", "Kim"]


@pytest.mark.parametrize("how", ["button", "key"])
def test_the_routines_list_has_the_keyboard_after_the_editor_closes(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, how: str) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    page = shell.window.routines_page
    assert page is not None
    if how == "button":
        editor.close_button.setFocus()
        press(qtbot, shell.window, Qt.Key.Key_Space)
    else:  # the Close button's accelerator
        press(qtbot, shell.window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shell.window.current_page() is page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list)
    current = page.current()
    assert current is not None and current.title == "Apple lifts"
    press(qtbot, shell.window, Qt.Key.Key_Up)
    assert page.current() is not None and page.current() is not current


ASK_SAVE = Dialogs.ask_save  # the real box, before the fixture above answers for it


@pytest.mark.parametrize("how", ["escape", "another routine"])
def test_the_keyboard_comes_back_to_the_editor_after_the_save_box(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, how: str) -> None:
    """The person cancels the box that asks about unsaved changes: the keys go on in the
    field they were typing in, whether the box came from Escape or from opening another
    routine on the Routines page (which is hidden again)."""
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    dialogs = shell.window.dialogs
    dialogs.ask_save = partial(ASK_SAVE, dialogs)  # type: ignore[method-assign]
    try:
        _cancel_the_save_box(qtbot, shell, editor, how)
    finally:
        editor.undo_stack.setClean()  # the window closes at the end without asking


def _cancel_the_save_box(qtbot: QtBot, shell: AppShell, editor: RoutineEditor,
                         how: str) -> None:
    title = editor._pairs["title"][0]
    type_into(qtbot, title, "Pear lifts")
    assert QApplication.focusWidget() is title

    answered: list[str] = []

    def cancel() -> None:  # as the person does once the box is up
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            answered.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(cancel)
    timer.start(20)
    if how == "escape":
        press(qtbot, shell.window, Qt.Key.Key_Escape)
    else:
        press(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is shell.window.routines_page.list  # type: ignore[union-attr]
        press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert answered == ["Pear lifts has changes that are not saved."]
    assert shell.window.current_page() is editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    qtbot.keyClicks(title, "!")
    assert editor.document.text_at(("title",)) == ("Pear lifts!", "")


@pytest.mark.parametrize("answer", [False, True])
def test_saving_says_first_which_lines_it_would_write_anew(
        qtbot: QtBot, make_shell: MakeShell, *, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    # ruamel.yaml writes an edited flow list its own way (no spaces inside the brackets): the
    # line's values stay, its layout does not, and the person is told before it happens.
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    file = editor.document.file
    assert file is not None
    hand = file.read_text(encoding="utf-8").replace("hold_range: [0.5, 1.0]",
                                                    "hold_range: [ 0.5 ,  1.0 ]")
    file.write_text(hand, encoding="utf-8")
    editor.close_button.click()
    editor = open_editor_again(qtbot, shell, file)
    asked: list[tuple[str, str]] = []

    def ask(_dialogs: Dialogs, title: str, text: str) -> bool:
        asked.append((title, text))
        return answer

    monkeypatch.setattr(Dialogs, "ask", ask)
    editor.hold_high.setValue(1.5)
    settle(clock, timers)
    press(qtbot, shell.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    number = hand.splitlines().index("  hold_range: [ 0.5 ,  1.0 ]") + 1
    assert asked == [("Save with lines written anew?",
                      "1 line you wrote will be saved in another layout, with the same values:\n"
                      f"line {number}: hold_range: [ 0.5 ,  1.0 ]\nSave anyway?")]
    if not answer:
        assert editor.dirty
        assert file.read_text(encoding="utf-8") == hand  # nothing written
        return
    assert not editor.dirty
    saved = file.read_text(encoding="utf-8")
    assert saved == hand.replace("[ 0.5 ,  1.0 ]", "[0.5, 1.5]")
    asked.clear()
    editor.hold_high.setValue(2.0)  # the line is ruamel's own now: nothing more to say
    press(qtbot, shell.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == []
    assert "hold_range: [0.5, 2.0]" in file.read_text(encoding="utf-8")


def open_editor_again(qtbot: QtBot, shell: AppShell, file: Path) -> RoutineEditor:
    page = shell.window.routines_page
    assert page is not None
    page.select(file)
    press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = shell.window.routine_editor
    assert editor is not None and editor.document.file == file
    return editor
