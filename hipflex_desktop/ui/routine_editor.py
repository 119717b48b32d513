"""The routine editor: every field of a routine, checked as it is typed, with a live preview.

The editor works on a :class:`RoutineDocument` (the routine's YAML, round-trip): each edit is
one undoable change of the document (editor_commands.py), after which the loader checks the
whole routine again, shortly after typing stops. Each problem is shown at its field (found by
the path the loader names, the same words as ``hipflex validate``) and listed beside the
preview: the session's length and its steps as ``hipflex plan`` prints them. Try it starts a
session of the routine as it stands. A draft of unsaved changes is written a few seconds after
each change, so a crash loses at most those seconds; saving writes through a temporary file.

This class is the owner that wires the parts together and keeps what they share: the document,
its undo stack, the loader's verdict and which exercise and version are shown. The parts:
the routine's form (editor_routine_form.py), the exercise's form and its changes
(editor_exercise_form.py, editor_exercise_edits.py), the problems (editor_problems.py), the
preview (editor_preview.py), saving and drafts (editor_saving.py), the keys (editor_keys.py),
the languages (editor_languages.py) and the ladder (ladder_field.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.loader import LoadResult
from hipflex_desktop.core.model import Level
from hipflex_desktop.core.plan import PlanOptions
from hipflex_desktop.qtsupport.timers import Timer, TimerFactory, make_timer
from hipflex_desktop.store.routine_document import Key, RoutineDocument, new_exercise
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.editor_commands import DocumentChange
from hipflex_desktop.ui.editor_exercise_edits import ExerciseEdits
from hipflex_desktop.ui.editor_exercise_form import ExerciseForm
from hipflex_desktop.ui.editor_keys import FocusKeeper, UndoKeysToEditor
from hipflex_desktop.ui.editor_languages import EditorLanguages
from hipflex_desktop.ui.editor_preview import EditorPreview
from hipflex_desktop.ui.editor_problems import MESSAGE_ROLE, PATH_ROLE, EditorProblems
from hipflex_desktop.ui.editor_routine_form import RoutineForm
from hipflex_desktop.ui.editor_saving import EditorSaving
from hipflex_desktop.ui.editor_versions import STANDARD, VARIANT_FIELDS
from hipflex_desktop.ui.fitted_scroll import FittedScrollArea
from hipflex_desktop.ui.ladder_field import LadderSection

CHECK_DELAY_MS: Final = 300  # check once typing pauses, not on every key


class RoutineEditor(QWidget):
    saved = Signal(object)  # Path: the routine's file
    close_requested = Signal()
    # Pack, PlanOptions: start a session of it, in the version of the exercise being edited.
    try_requested = Signal(object, object)

    def __init__(self, document: RoutineDocument, dialogs: Dialogs, *,
                 routines_folder: Path, timer_factory: TimerFactory = make_timer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineEditor")
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.result: LoadResult = document.check()
        self._exercise = -1  # -1: the routine's own fields are shown
        self._level = STANDARD  # the version of the exercise shown: standard, easier, harder
        self._loading = False  # the form is being filled from the document: no changes
        self._check_timer: Timer = timer_factory(self, "editor-check")
        self._check_timer.setSingleShot(True)
        self._check_timer.connect_timeout(self.check_now)
        self.saving = EditorSaving(self, dialogs, routines_folder, timer_factory)

        self.languages = EditorLanguages(self)
        self.ladder = LadderSection(self)
        self.problems = EditorProblems(self)
        self.routine_form = RoutineForm(self)
        self.exercise_edits = ExerciseEdits(self, dialogs)
        self.exercise_form = ExerciseForm(self, self.exercise_edits)
        self._name_parts()
        self._make_widgets()
        self.languages.attach()
        self._make_actions()
        # Undo and redo go to the editor's stack, which holds every field's changes in order.
        self._undo_keys = UndoKeysToEditor(self)
        self._undo_keys.watch(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._focus = FocusKeeper(self, self.outline)
        self._reload_outline()
        self._show_section(-1)
        self._show_result()
        self.update_heading()

    # -- construction ------------------------------------------------------------------------

    def _name_parts(self) -> None:
        """The parts' fields by the names the editor has always given them (the languages, the
        tests and the main window reach them through the editor)."""
        routine, exercise = self.routine_form, self.exercise_form
        self._fields = routine.fields
        self._pairs = routine.pairs
        self._pair_paths = routine.pair_paths
        self.pack_lines = routine.pack_lines
        self.default_boxes = routine.default_boxes
        self.hold_low, self.hold_high = routine.hold_low, routine.hold_high
        self.first_side = routine.first_side
        self.version_switch = exercise.version_switch
        self.variant_group = exercise.variant_group
        self.variant_label = exercise.variant_label
        self.variant_when = exercise.variant_when
        self.variant_when_say = exercise.variant_when_say
        self.add_variant_button = exercise.add_variant_button
        self.remove_variant_button = exercise.remove_variant_button
        self.absent_panel = exercise.absent_panel
        self.fields_panel = exercise.fields_panel
        self.exercise_id = exercise.exercise_id
        self.exercise_name = exercise.exercise_name
        self.exercise_name_say = exercise.exercise_name_say
        self.purpose = exercise.purpose
        self.sides = exercise.sides
        self.picture = exercise.picture
        self.equipment, self.setup = exercise.equipment, exercise.setup
        self.phases, self.cues = exercise.phases, exercise.cues
        self.inherit_notes = exercise.inherit_notes
        self.problem_list = self.problems.problem_list
        self.use_picture = self.exercise_edits.use_picture
        self.step_version = exercise.step_version
        self._show_version = exercise.show_version
        self.problems_at = self.problems.problems_at
        self.go_to_problem = self.problems.go_to_problem

    def _make_widgets(self) -> None:
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.save_button = QPushButton(self.tr("&Save"))
        self.try_button = QPushButton(self.tr("&Try it"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.save_button.clicked.connect(self.save)
        self.try_button.clicked.connect(self._on_try)
        self.close_button.clicked.connect(self.request_close)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for button in (self.save_button, self.try_button, self.close_button):
            top.addWidget(button)

        self.outline = QListWidget()
        self.outline.setAccessibleName(self.tr("Parts of the routine"))
        # A long exercise name (German, Spanish) wraps rather than scrolling the list sideways.
        self.outline.setWordWrap(True)
        self.outline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline.currentRowChanged.connect(lambda row: self._show_section(row - 1))
        self.add_exercise_button = QPushButton(self.tr("&Add exercise"))
        self.add_exercise_button.setToolTip(self.tr("Add an exercise (Ctrl+Shift+A)"))
        self.remove_exercise_button = QPushButton(self.tr("&Remove exercise"))
        self.exercise_up_button = QPushButton(self.tr("Move &up"))
        self.exercise_down_button = QPushButton(self.tr("Move do&wn"))
        self.add_exercise_button.clicked.connect(self.add_exercise)
        self.remove_exercise_button.clicked.connect(self.remove_exercise)
        self.exercise_up_button.clicked.connect(lambda: self.move_exercise(-1))
        self.exercise_down_button.clicked.connect(lambda: self.move_exercise(1))
        left = QVBoxLayout()
        left.addWidget(self.languages.choice)
        left.addWidget(self.outline, 1)
        for button in (self.add_exercise_button, self.remove_exercise_button,
                       self.exercise_up_button, self.exercise_down_button):
            left.addWidget(button)
        left_panel = QWidget()
        left_panel.setLayout(left)

        self.forms = QStackedWidget()
        self.forms.addWidget(FittedScrollArea(self.routine_form))
        self.forms.addWidget(FittedScrollArea(self.exercise_form))

        # A problem activated also switches to its language, or opens its ladder step.
        self.problem_list.itemActivated.connect(
            lambda item: self.languages.on_problem_activated(item.data(MESSAGE_ROLE)))
        self.problem_list.itemActivated.connect(
            lambda item: self.ladder.on_problem_activated(item.data(PATH_ROLE)))
        right_panel = EditorPreview(self.problem_list)
        self.length_label = right_panel.length_label
        self.preview_label = right_panel.preview_label
        self.preview = right_panel.preview
        self._preview = right_panel

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)  # no part of the editor can be dragged away
        splitter.addWidget(left_panel)
        splitter.addWidget(self.forms)
        splitter.addWidget(right_panel)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _make_actions(self) -> None:
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo),
                           (QKeySequence("Ctrl+T"), self._on_try),
                           (QKeySequence("Ctrl+Shift+A"), self.add_exercise),
                           # The exercise's versions, as the tabs of a window are turned.
                           (QKeySequence("Ctrl+PgDown"), lambda: self.step_version(1)),
                           (QKeySequence("Ctrl+PgUp"), lambda: self.step_version(-1))):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- changing the document ---------------------------------------------------------------

    def change(self, text: str, change: Callable[[], object], merge_key: str = "") -> None:
        """One undoable change of the document, named ``text`` in the undo history; changes
        with the same ``merge_key`` one after another are undone together. Nothing while the
        form is being filled from the document (its fields' signals are not the person's)."""
        if self._loading:
            return

        def run() -> None:
            change()

        self.undo_stack.push(DocumentChange(self.document, text, run, self._on_changed,
                                            merge_key=merge_key))

    def show_document(self) -> None:
        """Show the document again as it stands (after the editing language changed)."""
        self.load_form()
        self._reload_outline()
        self.update_heading()
        self._show_result()

    def _exercise_path(self, *rest: Key) -> tuple[Key, ...]:
        return ("exercises", self._exercise, *rest)

    def _form_path(self, *rest: Key) -> tuple[Key, ...]:
        """Where the version being edited keeps ``rest``: the exercise's own fields for the
        standard version, else its variant's."""
        if self._level == STANDARD:
            return self._exercise_path(*rest)
        return self._exercise_path("variants", self._level, *rest)

    def _inherits(self, key: str) -> bool:
        """Whether the variant being edited keeps the standard version's ``key``."""
        return (self._level != STANDARD and key in VARIANT_FIELDS
                and self.document.get(self._form_path(key)) is None)

    def _shown_path(self, key: str, *rest: Key) -> tuple[Key, ...]:
        """Where the value the form shows for ``key`` lives: the variant's own, else the
        standard version's, which the variant keeps."""
        if self._inherits(key):
            return self._exercise_path(key, *rest)
        return self._form_path(key, *rest)

    def focus_field(self, widget: QWidget) -> None:
        area = self.forms.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_exercise(self) -> None:
        index = self.document.length(("exercises",))
        taken = {str(e.get("id")) for e in self.document.get(("exercises",), [])
                 if isinstance(e, dict)}
        number = index + 1
        while f"exercise-{number}" in taken:
            number += 1
        self.change(self.tr("Add an exercise"),
                    lambda: self.document.insert(("exercises",), index, new_exercise(number)))
        self.outline.setCurrentRow(index + 1)

    def remove_exercise(self) -> None:
        index = self._exercise
        if index < 0:
            return
        self.change(self.tr("Remove an exercise"),
                    lambda: self.document.remove(("exercises",), index))
        self.outline.setCurrentRow(min(index, self.document.length(("exercises",)) - 1) + 1)

    def move_exercise(self, step: int) -> None:
        index, target = self._exercise, self._exercise + step
        if index < 0 or not 0 <= target < self.document.length(("exercises",)):
            return
        self.change(self.tr("Move an exercise"),
                    lambda: self.document.move(("exercises",), index, target))
        self.outline.setCurrentRow(target + 1)

    def _on_changed(self) -> None:
        self.load_form()
        self._reload_outline()
        self.update_heading()
        self._check_timer.start(CHECK_DELAY_MS)
        self.saving.draft_soon()

    # -- showing -----------------------------------------------------------------------------

    def _on_clean_changed(self, _clean: bool) -> None:
        self.update_heading()

    def update_heading(self) -> None:
        title = self.document.shown_text(("title",)) or self.tr("Untitled routine")
        star = " *" if self.dirty else ""
        self.heading.setText(self.tr("Editing {title}").format(title=title) + star)

    def _reload_outline(self) -> None:
        names = [self.tr("Routine: title, introduction, settings")]
        for index, exercise in enumerate(self.document.get(("exercises",), []) or []):
            name = self.document.shown_text(("exercises", index, "name")) \
                if isinstance(exercise, dict) else ""
            names.append(self.tr("{n}. {name}").format(n=index + 1, name=name or "?"))
        current = self.outline.currentRow()
        self.outline.blockSignals(True)
        if [self.outline.item(i).text() for i in range(self.outline.count())] != names:
            self.outline.clear()
            for name in names:
                self.outline.addItem(QListWidgetItem(name))
        self.outline.setCurrentRow(max(0, min(current, len(names) - 1)))
        self.outline.blockSignals(False)
        self._exercise = self.outline.currentRow() - 1
        self.problems.mark_outline()

    def _show_section(self, exercise: int) -> None:
        if exercise != self._exercise:
            self._level = STANDARD  # another exercise opens at its standard version
        self._exercise = exercise
        self.forms.setCurrentIndex(0 if exercise < 0 else 1)
        for button in (self.remove_exercise_button, self.exercise_up_button,
                       self.exercise_down_button):
            button.setEnabled(exercise >= 0)
        self.load_form()
        self.problems.mark_fields()

    def load_form(self) -> None:
        """Fill the forms from the document; the fields' signals change nothing meanwhile."""
        self._loading = True
        try:
            self.routine_form.load(self.document)
            if self._exercise >= 0:
                self.exercise_form.load()
            self.languages.refresh()
        finally:
            self._loading = False
        self.ladder.refresh()

    def check_now(self) -> None:
        self._check_timer.stop()
        self.result = self.document.check()
        self._show_result()

    def _show_result(self) -> None:
        self.problems.show(self.result)
        self.try_button.setEnabled(self.result.pack is not None)
        self._preview.show_result(self.result, self.document)

    # -- saving, trying, leaving -------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.saving.dirty

    def recovered_from(self, draft: Path) -> None:
        """The document came from ``draft``: it stays unsaved, and the draft is kept, until
        the person saves or discards it."""
        self.saving.recovered_from(draft)
        self.update_heading()

    def save(self) -> bool:
        return self.saving.save()

    def _on_try(self) -> None:
        self.check_now()
        pack = self.result.pack
        if pack is None:
            return
        # The version on show is the one being worked on: Try it does that one.
        options = PlanOptions()
        version = self.version_switch.version()
        if 0 <= self._exercise < len(pack.exercises) and version != STANDARD:
            exercise = pack.exercises[self._exercise]
            if Level(version) in exercise.variants:
                options = options.with_variant(exercise.id, Level(version))
        self.try_requested.emit(pack, options)

    def request_close(self) -> None:
        if self.may_close():
            self.close_requested.emit()

    def may_close(self) -> bool:
        """Whether the editor may go: asks to save unsaved changes first."""
        return self.saving.may_close()

    def take_focus(self) -> None:
        """Give the keyboard back to the field last used in the editor (else its outline)."""
        self._focus.take_focus()

    def shutdown(self) -> None:
        self._focus.shutdown()
        self._check_timer.stop()
        self.saving.shutdown()
