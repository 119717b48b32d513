"""The routine editor's forms scroll up and down only: at 1024x600 and 1280x800, in English,
German and Spanish, each form (the routine's, an exercise's standard version, an easier version
and the offer to make a harder one) fits the width it is shown in, the window fits the
screen, and the preview beside it is what gives way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.conftest import MakeShell
from tests.ui.test_routine_editor import open_editor

pytestmark = [pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
              pytest.mark.usefixtures("discard_unsaved")]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_no_form_of_the_editor_scrolls_sideways(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, window_language: str,
        size: tuple[int, int]) -> None:
    shell = make_shell()
    editor = open_editor(qtbot, shell, tmp_path)
    shell.window.resize(*size)

    def fits(where: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        area = editor.forms.currentWidget()
        assert isinstance(area, QScrollArea)
        form = area.widget()
        assert form.minimumSizeHint().width() <= area.viewport().width(), (
            f"{window_language} {size} {where}: the form needs {form.minimumSizeHint().width()} px"
            f" of {area.viewport().width()}")
        assert form.width() <= area.viewport().width(), where
        assert area.horizontalScrollBar().maximum() == 0, where
        assert shell.window.width() <= size[0], f"{window_language} {size} {where}: window too wide"
        assert shell.window.minimumSizeHint().width() <= size[0], where

    fits("routine")
    editor.outline.setCurrentRow(1)
    fits("exercise, standard version")
    editor.version_switch.button("easier").click()
    fits("easier version not made yet")
    editor.add_variant_button.click()
    fits("easier version")
    editor.version_switch.button("harder").click()
    fits("harder version not made yet")
