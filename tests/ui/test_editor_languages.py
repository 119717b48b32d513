"""The routine editor in several languages: the editing language chosen by keyboard, each text
written in it (a plain text growing into a map of languages), the languages list, a text missing
in a listed language shown at its field and found from the problem list, undo, and the preview
printed as ``hipflex plan --language`` prints it."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipflex_desktop import cli
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.editor_fields import mark
from hipflex_desktop.ui.routine_editor import RoutineEditor
from hipflex_desktop.ui.shell import AppShell
from hipflex_desktop.ui.style import style_sheet
from hipflex_desktop.ui.theme import colours
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.helpers import press
from tests.ui.test_routine_editor import open_editor, settle, type_into

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("discard_unsaved")]

ALT = Qt.KeyboardModifier.AltModifier


def open_builtin_copy(qtbot: QtBot, shell: AppShell) -> RoutineEditor:
    """The built-in routine (English, German and Spanish) opened for editing: a copy."""
    shell.window.show()
    qtbot.waitExposed(shell.window)
    press(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, shell.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = shell.window.routine_editor
    assert editor is not None
    return editor


def label_of(editor: RoutineEditor, widget: object) -> str:
    return next(label.text() for label in editor.findChildren(QLabel)
                if label.buddy() is widget and label.text())


def choose_by_keys(qtbot: QtBot, shell: AppShell, editor: RoutineEditor, tag: str) -> None:
    """Alt+X ("Te&xts in") to the editing language, then Down until ``tag`` is chosen."""
    press(qtbot, shell.window, Qt.Key.Key_X, ALT)
    combo = editor.languages.choice.combo
    assert QApplication.focusWidget() is combo
    combo_tags = editor.languages.choice.languages()
    press(qtbot, shell.window, Qt.Key.Key_Home)
    for _ in range(combo_tags.index(tag)):
        press(qtbot, shell.window, Qt.Key.Key_Down)
    assert editor.languages.choice.current() == tag


def saved_yaml(editor: RoutineEditor) -> dict[str, object]:
    assert editor.save()
    assert editor.document.file is not None
    data = yaml.safe_load(editor.document.file.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_text_is_written_in_the_editing_language_chosen_by_keys(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    shell = make_shell()
    editor = open_builtin_copy(qtbot, shell)
    assert editor.languages.choice.languages() == ["en", "de", "es"]
    assert editor.languages.choice.current() == "en"  # the interface speaks English
    title = editor._pairs["title"][0]
    assert label_of(editor, title) == "&Title [en]:"
    choose_by_keys(qtbot, shell, editor, "de")
    assert title.text().startswith("Starke Hüftbeuger")
    assert label_of(editor, title) == "&Title [de]:"
    assert editor.outline.item(1).text() == "1. Psoas-Marsch mit Band"
    editor.outline.setCurrentRow(1)
    assert label_of(editor, editor.exercise_name) == "&Name [de]:"
    assert any(label.text() == "Set-up steps [de]:" for label in editor.findChildren(QLabel))
    type_into(qtbot, editor.exercise_name, "Marsch mit Band")
    editor.phases.table.item(0, 1).setText("Knie hoch, {side:rechtes|linkes}.")
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.errors]
    data = saved_yaml(editor)
    exercise = data["exercises"][0]  # type: ignore[index]
    assert exercise["name"]["de"] == "Marsch mit Band"
    assert exercise["name"]["en"] == "Banded psoas march"  # the other languages are kept
    assert exercise["phases"][0]["text"]["de"] == "Knie hoch, {side:rechtes|linkes}."
    # Undo takes back the German name only; the English field never changed.
    press(qtbot, shell.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, shell.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.exercise_name.text() == "Psoas-Marsch mit Band"
    choose_by_keys(qtbot, shell, editor, "en")
    assert editor.exercise_name.text() == "Banded psoas march"


def test_a_language_is_added_by_keyboard_and_each_text_missing_in_it_is_shown_at_its_field(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)  # one language, plain texts
    field = editor.languages.field
    assert editor.languages.choice.languages() == ["en"]
    press(qtbot, shell.window, Qt.Key.Key_G, ALT)  # "Lan&guage to add:"
    assert QApplication.focusWidget() is field.code
    qtbot.keyClicks(field.code, "de")
    press(qtbot, shell.window, Qt.Key.Key_Return)
    assert editor.document.get(("languages",)) == ["en", "de"]
    assert editor.languages.choice.current() == "de"  # the new language is the one written
    assert field.list.count() == 2
    title = editor._pairs["title"][0]
    assert isinstance(title, QLineEdit) and title.text() == ""
    assert title.placeholderText() == "Apple lifts"  # what to translate
    settle(clock, timers)
    missing = [p for p in editor.result.warnings if p.path == "title"]
    assert [p.message for p in missing] == [
        "no de text, though the pack lists de in languages: (it shows in en instead)"]
    assert missing[0].message in title.toolTip()
    assert title.property("problem") is True
    type_into(qtbot, title, "Apfelheben")
    settle(clock, timers)
    assert not [p for p in editor.result.warnings if p.path == "title"]
    assert title.toolTip() == ""
    assert saved_yaml(editor)["title"] == {"en": "Apple lifts", "de": "Apfelheben"}
    # Undo: the title is plain again, then the language goes from the list.
    editor.undo_stack.undo()
    assert editor.document.get(("title",)) == "Apple lifts"
    editor.undo_stack.undo()
    assert editor.document.get(("languages",)) is None
    assert field.list.count() == 1


def test_a_bad_code_is_refused_with_a_message_and_changes_nothing(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    field = editor.languages.field
    field.code.setText("Deutsch")
    field.add_button.click()
    assert "not a language code" in field.message.text()
    assert editor.undo_stack.count() == 0
    assert field.code.text() == "Deutsch"  # kept, to be corrected


def test_a_missing_text_is_found_from_the_problem_list_in_its_language(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.change("list es", lambda: editor.document.set(("languages",), ["en", "es"]))
    settle(clock, timers)
    assert editor.languages.choice.current() == "en"
    rows = [editor.problem_list.item(i) for i in range(editor.problem_list.count())]
    name = next(item for item in rows if "exercises[0].name: no es text" in item.text())
    editor.problem_list.setCurrentItem(name)
    editor.problem_list.setFocus()
    press(qtbot, shell.window, Qt.Key.Key_Return)
    assert editor.languages.choice.current() == "es"
    assert editor.outline.currentRow() == 1
    assert QApplication.focusWidget() is editor.exercise_name
    assert label_of(editor, editor.exercise_name) == "&Name [es]:"
    assert editor.exercise_name.text() == ""


def test_removing_a_language_removes_its_texts_and_undo_brings_them_back(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    shell = make_shell()
    editor = open_builtin_copy(qtbot, shell)
    field = editor.languages.field
    field.list.setCurrentRow(0)
    assert not field.remove_button.isEnabled()  # the routine's own language stays
    field.list.setCurrentRow(2)
    assert field.remove_button.isEnabled()
    field.remove_button.click()
    assert editor.document.get(("languages",)) == ["en", "de"]
    assert editor.languages.choice.languages() == ["en", "de"]
    assert not re.search(r"^\s*(- )?es:", editor.document.text(), re.MULTILINE)
    settle(clock, timers)
    assert editor.result.ok and not editor.result.warnings
    editor.undo_stack.undo()
    assert editor.languages.choice.languages() == ["en", "de", "es"]
    assert editor.document.text_at(("title",), "es")[0].startswith("Flexores")


def test_the_preview_prints_the_plan_in_the_editing_language_as_the_command_line_does(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    shell = make_shell()
    editor = open_builtin_copy(qtbot, shell)
    editor.languages.choose("de")
    assert editor.preview_label.text() == "Steps (as hipflex plan --language de prints them):"
    assert editor.save()
    out = io.StringIO()
    assert cli.run(["plan", "--pack", str(editor.document.file), "--language", "de"], out,
                   io.StringIO()) == 0
    assert editor.preview.toPlainText() == out.getvalue()
    assert "Pause. Als Nächstes: Beinheben im Sitzen" in out.getvalue()
    assert "Wechsel" in out.getvalue() or "Psoas-Marsch" in out.getvalue()
    editor.languages.choose("en")
    assert "Rest. Next: Seated leg lifts" in editor.preview.toPlainText()


def test_the_editor_opens_in_the_interface_language_where_the_routine_has_it(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    QLocale.setDefault(QLocale("es_ES"))  # set back by the conftest's fixture
    editor = open_builtin_copy(qtbot, shell)
    assert editor.languages.choice.current() == "es"
    title = editor._pairs["title"][0]
    assert isinstance(title, QLineEdit) and title.text().startswith("Flexores")
    assert "Descanso. A continuación" in editor.preview.toPlainText()


def test_a_marked_group_is_framed_but_the_fields_inside_keep_their_look(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet(colours()))  # as the app is styled
    try:
        _mark_group(qtbot)
    finally:
        app.setStyleSheet(before)


def _mark_group(qtbot: QtBot) -> None:
    group = QGroupBox("Settings")
    box = QSpinBox()
    box.setFixedSize(80, 30)  # the group's frame takes room; the box's look is compared
    QFormLayout(group).addRow("Sets:", box)
    qtbot.addWidget(group)
    group.show()
    qtbot.waitExposed(group)
    plain_box, plain_group = box.grab().toImage(), group.grab().toImage()
    mark(group, ["warning: defaults.note: no fr text"])
    assert group.grab().toImage() != plain_group  # the group wears the frame
    assert box.grab().toImage() == plain_box  # its field does not
    mark(box, ["error: sets"])
    assert box.grab().toImage() != plain_box
    mark(group, [])
    mark(box, [])
    assert box.grab().toImage() == plain_box


def test_the_heading_and_outline_name_a_text_not_yet_translated_in_the_packs_language(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.languages.choose("fr")
    assert editor._pairs["title"][0].placeholderText() == "Apple lifts"
    assert editor.heading.text().startswith("Editing Apple lifts")
    assert editor.outline.item(1).text() == "1. Lift"


def test_each_row_of_a_list_shows_its_text_in_the_packs_language_while_translating(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    editor.outline.setCurrentRow(1)
    assert editor.setup.table.item(0, 0).toolTip() == ""  # editing the pack's own language
    editor.languages.choose("de")
    assert editor.setup.table.item(0, 0).text() == ""
    assert editor.setup.table.item(0, 0).toolTip() == "English (en): Stand."
    assert editor.phases.table.item(0, 1).toolTip() == "English (en): Up."
    editor.setup.table.item(0, 0).setText("Steh auf.")
    settle(clock, timers)
    assert editor.document.text_at(("exercises", 0, "setup", 0), "de") == ("Steh auf.", "")
    assert editor.document.text_at(("exercises", 0, "setup", 0), "en") == ("Stand.", "")


def test_enter_on_a_listed_language_writes_in_it(qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    editor = open_builtin_copy(qtbot, shell)
    field = editor.languages.field
    field.list.setFocus()
    field.list.setCurrentRow(2)
    press(qtbot, shell.window, Qt.Key.Key_Return)
    assert editor.languages.choice.current() == "es"
    assert label_of(editor, editor._pairs["title"][0]) == "&Title [es]:"


def _keys(window: QWidget) -> list[tuple[str, QWidget | QAction]]:
    """The Alt keys of what the window shows: each visible label's, button's and menu's."""
    found: list[tuple[str, QWidget | QAction]] = []
    for widget in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]:
        text = widget.text().replace("&&", "")
        if widget.isVisibleTo(window) and "&" in text:
            found.append((text[text.index("&") + 1].lower(), widget))
    for action in window.menuBar().actions():  # type: ignore[attr-defined]
        text = action.text().replace("&&", "")
        if "&" in text:
            found.append((text[text.index("&") + 1].lower(), action))
    return found


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "es_ES"])
def test_the_keys_of_the_language_and_ladder_fields_are_their_own(
        qtbot: QtBot, make_shell: MakeShell, locale: str,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    shell = make_shell(translate=True, language=locale)
    try:
        editor = open_builtin_copy(qtbot, shell)
        mine = {label for label in editor.findChildren(QLabel) if label.buddy() in (
            editor.languages.choice.combo, editor.languages.field.code,
            editor.ladder.climb_after, editor.ladder.start)}
        assert len(mine) == 4
        # The routine's own fields, an exercise's, then its harder version's (label, when).
        for row, version in ((0, "standard"), (1, "standard"), (1, "harder")):
            editor.outline.setCurrentRow(row)
            if version != "standard":
                editor._show_version(version)
            keys = _keys(shell.window)
            for key, widget in keys:
                if widget in mine:
                    others = [w for k, w in keys if k == key and w is not widget]
                    assert others == [], (locale, key, widget.text(),  # type: ignore[union-attr]
                                          [getattr(w, "text", lambda: "")() for w in others])
    finally:
        i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("english"))


def test_a_variants_texts_are_written_in_the_editing_language_too(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    shell = make_shell()
    editor = open_builtin_copy(qtbot, shell)
    editor.languages.choose("de")
    editor.outline.setCurrentRow(1)
    editor._show_version("harder")
    assert label_of(editor, editor.variant_label) == "&Label [de]:"
    german = editor.document.text_at(("exercises", 0, "variants", "harder", "label"), "de")[0]
    assert editor.variant_label.text() == german != ""
    type_into(qtbot, editor.variant_label, "Ganz ohne Wand")
    settle(clock, timers)
    assert editor.result.ok, [str(p) for p in editor.result.errors]
    label = editor.document.get(("exercises", 0, "variants", "harder", "label"))
    assert label["de"] == "Ganz ohne Wand" and label["en"] == "No wall"
