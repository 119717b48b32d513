"""The Routines page in the real app: reached by key and menu, its rows, and every action
driven by keys or its buttons, the file dialogs answered for the person."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.plan import PlanOptions, format_duration, plan
from hipflex_desktop.store.sharefile import PACK_NAME, read_share
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.routines_page import RoutinesPage
from hipflex_desktop.ui.shell import AppShell
from tests.store.routine_files import SVG, tree, write_routine
from tests.ui.conftest import MakeShell
from tests.ui.helpers import press as press_key

# Boxes shown on the offscreen and Xvfb platforms.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

BUILTIN_TITLE = "Hip-flexor strength for runners"


def open_page(qtbot: QtBot, shell: AppShell) -> RoutinesPage:
    shell.window.show()
    qtbot.waitExposed(shell.window)
    press_key(qtbot, shell.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = shell.window.routines_page
    assert page is not None
    assert shell.window.current_page() is page
    assert page.list.hasFocus()
    return page


def rows(page: RoutinesPage) -> list[list[str]]:
    result = []
    for index in range(page.list.topLevelItemCount()):
        item = page.list.topLevelItem(index)
        assert item is not None
        result.append([item.text(column) for column in range(4)])
    return result


def press(qtbot: QtBot, page: RoutinesPage, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    press_key(qtbot, window, key, modifier)


def close_box(qtbot: QtBot, shell: AppShell) -> tuple[str, str, str]:
    """The box on screen's title, text and second paragraph, once closed with OK."""
    box = shell.window.last_dialog
    assert box is not None
    said = (box.windowTitle(), box.text(), box.informativeText())
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Ok).click()
    return said


def test_the_page_lists_the_builtin_routine_with_its_length_at_the_remembered_settings(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    options = PlanOptions(reps_per_side=3, sets=1)
    shell.settings.set_plan_options("hip-flexors", options)
    page = open_page(qtbot, shell)
    [row] = rows(page)
    assert row[0] == f"{BUILTIN_TITLE} (built in, read-only)"
    assert row[1] == format_duration(plan(shell.pack, options).total_seconds)
    assert row[2] == ", ".join(e.name.text for e in shell.pack.exercises)
    assert row[3] == "Ready"
    assert not page.rename_button.isEnabled()
    assert not page.delete_button.isEnabled()
    assert page.use_button.isEnabled()


def test_duplicate_rename_delete_and_undo_by_keys(qtbot: QtBot, make_shell: MakeShell,
                                                  tmp_path: Path) -> None:
    shell = make_shell()
    trashed: list[Path] = []
    shell.trash = lambda path: trashed.append(path) or False  # no trash: removed instead
    page = open_page(qtbot, shell)
    press(qtbot, page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in rows(page)] == [f"{BUILTIN_TITLE} (built in, read-only)",
                                          f"{BUILTIN_TITLE} (copy)"]
    copy = page.current()
    assert copy is not None and not copy.builtin
    assert shell.window.statusBar().currentMessage() == f"Made {BUILTIN_TITLE} (copy)"

    shell.window.dialogs.ask_text = lambda title, label, text: "Long run warm-up"  # type: ignore[method-assign]
    press(qtbot, page, Qt.Key.Key_F2)
    assert [r[0] for r in rows(page)][1] == "Long run warm-up"
    assert "# HipFlex Desktop: the built-in content pack" in copy.file.read_text()

    press(qtbot, page, Qt.Key.Key_Delete)
    assert len(rows(page)) == 1
    assert not copy.folder.exists()
    assert page.undo_button.isEnabled()
    press(qtbot, page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in rows(page)][1] == "Long run warm-up"
    assert page.current() is not None and page.current().folder == copy.folder  # type: ignore[union-attr]

    press(qtbot, page, Qt.Key.Key_Delete)
    held = page.deleted[-1].held
    shell.window.close()
    assert trashed == [held]
    assert not held.exists()


def test_the_builtin_routine_cannot_be_renamed_or_deleted_by_key(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    page = open_page(qtbot, shell)
    asked: list[str] = []
    shell.window.dialogs.ask_text = lambda title, label, text: asked.append(text) or "x"  # type: ignore[method-assign]
    press(qtbot, page, Qt.Key.Key_F2)
    press(qtbot, page, Qt.Key.Key_Delete)
    assert asked == []
    assert len(rows(page)) == 1


def test_enter_uses_the_routine_for_a_session(qtbot: QtBot, make_shell: MakeShell,
                                              tmp_path: Path) -> None:
    shell = make_shell()
    shell.library.import_file(write_routine(tmp_path / "hand", title="Apple lifts"))
    page = open_page(qtbot, shell)
    press(qtbot, page, Qt.Key.Key_Down)
    with qtbot.waitSignal(shell.window.pack_changed):
        press(qtbot, page, Qt.Key.Key_Return)
    assert shell.pack.title.text == "Apple lifts"
    assert shell.window.current_page() is shell.window.setup_page


def test_an_invalid_routine_shows_its_located_problems(qtbot: QtBot, make_shell: MakeShell,
                                                      tmp_path: Path) -> None:
    shell = make_shell()
    routine = shell.library.import_file(write_routine(tmp_path / "hand"))
    text = routine.file.read_text().replace("sets: 1", "sets: 0")
    routine.file.write_text(text, encoding="utf-8")
    page = open_page(qtbot, shell)
    press(qtbot, page, Qt.Key.Key_Down)
    assert rows(page)[1][3] == "1 problem"
    assert rows(page)[1][1] == "—"
    assert page.problems.isVisible()
    assert f"{routine.file}:" in page.problems.text()
    assert "defaults.sets" in page.problems.text()
    assert not page.use_button.isEnabled()
    assert not page.export_button.isEnabled()


def test_export_then_import_through_the_page(qtbot: QtBot, make_shell: MakeShell,
                                             tmp_path: Path) -> None:
    shell = make_shell()
    shell.library.import_file(write_routine(tmp_path / "hand", title="Apple lifts"))
    page = open_page(qtbot, shell)
    press(qtbot, page, Qt.Key.Key_Down)
    target = tmp_path / "shared" / "apple"
    target.parent.mkdir()
    shell.window.dialogs.save_file = lambda title, suggested, filters: target  # type: ignore[method-assign]
    page.export_button.click()
    share = read_share(target.with_suffix(".hipflex"))
    assert share.pack.title.text == "Apple lifts"
    assert share.files[Path("pictures/lift.svg")] == SVG  # type: ignore[index]

    other = make_shell(data_dir=tmp_path / "other-data")
    other_page = open_page(qtbot, other)
    other.window.dialogs.open_file = (  # type: ignore[method-assign]
        lambda title, filters, folder=None: target.with_suffix(".hipflex"))
    other_page.import_button.click()
    assert [r[0] for r in rows(other_page)][1] == "Apple lifts"
    imported = other_page.current()
    assert imported is not None and imported.valid
    assert (imported.folder / "pictures" / "lift.svg").read_bytes() == SVG


def _drop(shell: AppShell, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(shell.window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(shell.window, drop)


def test_a_dropped_share_file_is_imported(qtbot: QtBot, make_shell: MakeShell,
                                          tmp_path: Path) -> None:
    shell = make_shell()
    source = shell.library.import_file(write_routine(tmp_path / "hand", title="Apple lifts"))
    share = shell.library.export(source, tmp_path / "apple.hipflex")
    shell.library.delete(source)
    shell.trash = lambda path: False
    shell.window.show()
    qtbot.waitExposed(shell.window)
    _drop(shell, share)
    page = shell.window.routines_page
    assert page is not None and shell.window.current_page() is page
    assert [r[0] for r in rows(page)][1] == "Apple lifts"


def test_a_hostile_dropped_share_is_refused_in_a_box_and_nothing_written(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, data_dir: Path) -> None:
    shell = make_shell()
    share = tmp_path / "evil.hipflex"
    with zipfile.ZipFile(share, "w") as archive:
        archive.writestr("hipflex.json", '{"format": 1}')
        archive.writestr(PACK_NAME, (tmp_path / "x").as_posix())
        archive.writestr("../../escape.svg", SVG)
    before = tree(data_dir)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    _drop(shell, share)
    title, text, informative = close_box(qtbot, shell)
    assert title == "This routine cannot be imported"
    assert text == "evil.hipflex was not imported; nothing was written."
    assert 'entry "../../escape.svg"' in informative
    assert tree(data_dir) == before
    assert not (tmp_path.parent / "escape.svg").exists()


def test_escape_goes_back_to_the_setup_page(qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    page = open_page(qtbot, shell)
    press(qtbot, page, Qt.Key.Key_Escape)
    assert shell.window.current_page() is shell.window.setup_page
