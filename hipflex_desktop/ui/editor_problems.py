"""The routine editor's problems: the loader's findings listed, marked at their fields and on
the outline, and the way from a listed problem to the field it is about.

A problem names its place by the path the loader uses (``exercises[1].variants.easier.label``,
the same words as ``hipflex validate``); the fields are found by that path, so a problem is
shown where the person would fix it, in whichever exercise and version it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTableWidget, QWidget

from hipflex_desktop.core.loader import LoadResult, Problem
from hipflex_desktop.store.routine_document import LEVELS, path_text
from hipflex_desktop.ui.editor_fields import mark
from hipflex_desktop.ui.editor_versions import STANDARD, VERSIONS

if TYPE_CHECKING:
    from hipflex_desktop.ui.routine_editor import RoutineEditor

PATH_ROLE: Final = Qt.ItemDataRole.UserRole  # where the problem is, as the loader names it
MESSAGE_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # a problem's words, without its place


class EditorProblems(QObject):
    """The problem list beside the preview, and the marks the problems leave on the fields,
    the version buttons and the outline."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)  # the located line, as validate prints it
        self.problem_list.itemActivated.connect(self._on_problem_activated)

    def show(self, result: LoadResult) -> None:
        self.problem_list.clear()
        for problem in result.problems:
            # validate's line without the file's name: the editor shows one file, whose long
            # path would fill the narrow list once per problem. The tooltip has it whole.
            item = QListWidgetItem(problem.in_file())
            item.setToolTip(str(problem))
            item.setData(PATH_ROLE, problem.path)
            item.setData(MESSAGE_ROLE, problem.message)
            self.problem_list.addItem(item)
        self.mark_fields()
        self.mark_outline()

    def problems_at(self, path: str) -> list[Problem]:
        return [p for p in self._editor.result.problems
                if p.path == path or p.path.startswith((f"{path}.", f"{path}["))]

    def _fields(self) -> dict[str, QWidget]:
        """Every field on show, by the path the loader names it."""
        editor = self._editor
        return {**editor.routine_form.fields, **editor.exercise_form.form_fields()}

    def mark_fields(self) -> None:
        editor = self._editor
        for path, widget in self._fields().items():
            mark(widget, [f"{p.severity}: {p.message}" for p in self.problems_at(path)])
        if editor._exercise >= 0:
            # Each version's button shows the problems of that version, wherever they are.
            exercise = path_text(editor._exercise_path())
            variants = f"{exercise}.variants"
            for level in VERSIONS:
                found = self.problems_at(f"{variants}.{level}") if level != STANDARD else [
                    p for p in self.problems_at(exercise)
                    if p.path != variants and not p.path.startswith(f"{variants}.")]
                editor.version_switch.set_problems(
                    level, [f"{p.severity}: {p.message}" for p in found])
        editor.ladder.refresh()

    def mark_outline(self) -> None:
        """The routine and each exercise in red when they hold an error, named in the tip."""
        outline = self._editor.outline
        for row in range(outline.count()):
            item = outline.item(row)
            path = "exercises" if row == 0 else path_text(("exercises", row - 1))
            found = [p for p in self.problems_at(path) if p.severity == "error"]
            if row == 0:
                found = [p for p in self._editor.result.errors
                         if not p.path.startswith("exercises[")]
            item.setForeground(Qt.GlobalColor.red if found else self._editor.palette().text())
            item.setToolTip("\n".join(str(p) for p in found))

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        """Go to the field the problem is about: its exercise, the version it is in, the
        field itself and, in a list, its row."""
        self.go_to_problem(str(item.data(PATH_ROLE)))

    def go_to_problem(self, path: str) -> None:
        editor = self._editor
        if path.startswith("exercises["):
            index = int(path[len("exercises["):].split("]", 1)[0])
            editor.outline.setCurrentRow(index + 1)
            within = path[len(path_text(("exercises", index))):]
            editor.exercise_form.show_version(next(
                (level for level in LEVELS if within.startswith(f".variants.{level}")),
                STANDARD))
        else:
            editor.outline.setCurrentRow(0)
        fields = self._fields()
        best = max((p for p in fields if path == p or path.startswith((f"{p}.", f"{p}["))),
                   key=len, default="")
        if not best:
            if editor._exercise >= 0:
                editor.focus_field(editor.version_switch.button(editor._level))
            return
        widget = fields[best]
        form = editor.exercise_form
        if isinstance(widget, QTableWidget) and path.startswith(f"{best}["):
            row = int(path[len(best) + 1:].split("]", 1)[0])
            if row < widget.rowCount():
                widget.setCurrentCell(row, min(1, widget.columnCount() - 1)
                                      if widget is form.phases.table else 0)
        if widget is form.picture:
            widget = form.choose_picture
        editor.focus_field(widget)
