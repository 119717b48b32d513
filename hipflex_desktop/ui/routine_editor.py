"""The routine editor: every field of a routine, checked as it is typed, with a live preview.

The editor works on a :class:`RoutineDocument` (the routine's YAML, round-trip): each edit is
one undoable change of the document (editor_commands.py), after which the loader checks the
whole routine again, shortly after typing stops. Each problem is shown at its field (found by
the path the loader names, the same words as ``hipflex validate``) and listed beside the
preview: the session's length and its steps as ``hipflex plan`` prints them. Try it starts a
session of the routine as it stands. A draft of unsaved changes is written a few seconds after
each change, so a crash loses at most those seconds; saving writes through a temporary file.
"""

from __future__ import annotations

import copy
import io
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.cli import print_table
from hipflex_desktop.core.loader import LoadResult, Problem
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import Level
from hipflex_desktop.core.pictures import UnsafePicture, check_picture_file
from hipflex_desktop.core.plan import PlanError, PlanOptions, format_duration, plan
from hipflex_desktop.core.shown import escape
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.qtsupport.timers import Timer, TimerFactory, make_timer
from hipflex_desktop.store.kept_lines import UnkeptLine
from hipflex_desktop.store.routine_document import (
    LEVELS,
    Key,
    RoutineDocument,
    UnfaithfulSaveError,
    new_exercise,
    new_phase,
    new_variant,
    path_text,
)
from hipflex_desktop.store.routine_drafts import write_draft
from hipflex_desktop.ui.accessibility import announce
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.editor_commands import DocumentChange
from hipflex_desktop.ui.editor_fields import (
    HOLD_SETTING,
    NO_RANGE,
    PhaseField,
    PhaseRow,
    TextListField,
    mark,
)
from hipflex_desktop.ui.editor_languages import EditorLanguages
from hipflex_desktop.ui.editor_versions import (
    STANDARD,
    VARIANT_FIELDS,
    VERSIONS,
    InheritNote,
    VersionSwitch,
    version_name,
)
from hipflex_desktop.ui.fitted_scroll import FittedScrollArea
from hipflex_desktop.ui.ladder_field import LadderSection

CHECK_DELAY_MS: Final = 300  # check once typing pauses, not on every key
DRAFT_DELAY_MS: Final = 2000  # a crash loses at most this much typing
MAX_LINES_NAMED: Final = 5  # of the lines a save would write anew, the ones a question names
LINE_SHOWN: Final = 60  # characters of such a line shown
SIDES: Final = ("alternate", "each-side", "none")
# The sides as the combo box shows them; the pack keeps the key.
SIDE_LABELS: Final = {
    "alternate": QT_TRANSLATE_NOOP("RoutineEditor", "alternate left and right"),
    "each-side": QT_TRANSLATE_NOOP("RoutineEditor", "each side in turn"),
    "none": QT_TRANSLATE_NOOP("RoutineEditor", "no sides"),
}
_MESSAGE_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # a problem's words, without its place
OPTIONAL_TEXTS: Final = (("defaults", "note"),)
DEFAULT_NUMBERS: Final = (
    ("reps_per_side", QT_TRANSLATE_NOOP("RoutineEditor", "Reps per side"), 1, 50, False),
    ("sets", QT_TRANSLATE_NOOP("RoutineEditor", "Sets"), 1, 10, False),
    ("hold_seconds", QT_TRANSLATE_NOOP("RoutineEditor", "Hold (s)"), 0.5, 60, True),
    ("rest_seconds", QT_TRANSLATE_NOOP("RoutineEditor", "Rest (s)"), 0, 600, True),
    ("lead_in_seconds", QT_TRANSLATE_NOOP("RoutineEditor", "Lead-in (s)"), 3, 120, True),
    ("switch_seconds", QT_TRANSLATE_NOOP("RoutineEditor", "Switch sides (s)"), 0, 60, True),
)


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
        self._dialogs = dialogs
        self._routines_folder = routines_folder
        self.undo_stack = QUndoStack(self)
        self.result: LoadResult = document.check()
        self._exercise = -1  # -1: the routine's own fields are shown
        self._level = STANDARD  # the version of the exercise shown: standard, easier, harder
        self._fields: dict[str, QWidget] = {}
        self._loading = False
        self.draft_file: Path | None = None
        self._recovered = False  # opened from a draft: unsaved until saved
        self._check_timer: Timer = timer_factory(self, "editor-check")
        self._check_timer.setSingleShot(True)
        self._check_timer.connect_timeout(self.check_now)
        self._draft_timer: Timer = timer_factory(self, "editor-draft")
        self._draft_timer.setSingleShot(True)
        self._draft_timer.connect_timeout(self.write_draft_now)

        self.languages = EditorLanguages(self)
        self.ladder = LadderSection(self)
        self._make_widgets()
        self.languages.attach()
        self._make_actions()
        # Undo and redo go to the editor's stack, which holds every field's changes in order;
        # a line's own undo would change the field behind the stack's back.
        self._undo_keys = _UndoKeysToEditor(self)
        for edit in (*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            edit.installEventFilter(self._undo_keys)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._last_focus: QWidget | None = None  # where the keys go back after a box
        app = QApplication.instance()
        self._follows_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._reload_outline()
        self._show_section(-1)
        self._show_result()
        self._update_heading()

    # -- construction ------------------------------------------------------------------------

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
        self.forms.addWidget(self._scrolled(self._routine_form()))
        self.forms.addWidget(self._scrolled(self._exercise_form()))

        self.length_label = QLabel()
        self.length_label.setObjectName("editorLength")
        self.length_label.setWordWrap(True)  # the preview gives way to the form
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems"))
        self.problem_list.setWordWrap(True)  # the whole located line, as validate prints it
        self.problem_list.itemActivated.connect(self._on_problem_activated)
        self.problem_list.itemActivated.connect(
            lambda item: self.languages.on_problem_activated(item.data(_MESSAGE_ROLE)))
        self.problem_list.itemActivated.connect(
            lambda item: self.ladder.on_problem_activated(item.data(Qt.ItemDataRole.UserRole)))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Steps of the session"))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = self.preview.font()
        mono.setFamily("monospace")
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.preview.setFont(mono)
        right = QVBoxLayout()
        right.addWidget(self.length_label)
        right.addWidget(_wrapped(QLabel(self.tr("Problems and warnings:"))))
        right.addWidget(self.problem_list, 1)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 2)
        right_panel = QWidget()
        right_panel.setLayout(right)

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

    @staticmethod
    def _scrolled(form: QWidget) -> QScrollArea:
        return FittedScrollArea(form)

    def _line(self, path: tuple[Key, ...], label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.setObjectName(path_text(path))
        edit.textEdited.connect(lambda value, p=path: self._set_value(p, value.strip()))
        return edit

    def _text_pair(self, path: tuple[Key, ...], label: str,
                   multiline: bool = False) -> tuple[QWidget, QLineEdit]:
        shown: QLineEdit | QPlainTextEdit
        if multiline:
            shown = QPlainTextEdit()
            shown.setTabChangesFocus(True)
            shown.setMinimumHeight(120)
            shown.textChanged.connect(lambda p=path: self._on_text_pair(p))
        else:
            shown = QLineEdit()
            shown.textEdited.connect(lambda _v, p=path: self._on_text_pair(p))
        shown.setAccessibleName(label)
        say = QLineEdit()
        say.setPlaceholderText(self.tr("Spoken form (optional)"))
        say.setAccessibleName(self.tr("{label}, spoken form").format(label=label))
        say.textEdited.connect(lambda _v, p=path: self._on_text_pair(p))
        self._pairs[path_text(path)] = (shown, say)
        self._pair_paths[path_text(path)] = path
        return shown, say

    def _routine_form(self) -> QWidget:
        self._pairs: dict[str, tuple[QLineEdit | QPlainTextEdit, QLineEdit]] = {}
        self._pair_paths: dict[str, tuple[Key, ...]] = {}
        form = QFormLayout()
        title, title_say = self._text_pair(("title",), self.tr("Title"))
        form.addRow(self.tr("&Title:"), title)
        form.addRow("", title_say)
        intro, intro_say = self._text_pair(("introduction",), self.tr("Introduction"), True)
        form.addRow(self.tr("&Introduction:"), intro)
        form.addRow("", intro_say)
        self.pack_lines: dict[str, QLineEdit] = {}
        for key, label in (("id", self.tr("Id")), ("version", self.tr("Version")),
                           ("language", self.tr("Language")), ("author", self.tr("Author")),
                           ("licence", self.tr("Licence"))):
            edit = self._line((key,), label)
            self.pack_lines[key] = edit
            form.addRow(f"{label}:", edit)
            self._fields[key] = edit
        self._fields["title"] = title
        self._fields["introduction"] = intro

        defaults = QFormLayout()
        self.default_boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for key, label, low, high, real in DEFAULT_NUMBERS:
            box: QSpinBox | QDoubleSpinBox
            if real:
                box = QDoubleSpinBox()
                box.setDecimals(1)
                box.setSingleStep(0.5)
                box.setRange(float(low), float(high))
            else:
                box = QSpinBox()
                box.setRange(int(low), int(high))
            box.setAccessibleName(QCoreApplication.translate("RoutineEditor", label))
            box.valueChanged.connect(
                lambda value, k=key, r=real: self._set_value(("defaults", k),
                                                             float(value) if r else int(value)))
            self.default_boxes[key] = box
            self._fields[f"defaults.{key}"] = box
            defaults.addRow(QCoreApplication.translate("RoutineEditor", label) + ":", box)
        self.hold_low = QDoubleSpinBox()
        self.hold_high = QDoubleSpinBox()
        for index, box in enumerate((self.hold_low, self.hold_high)):
            box.setRange(0.5, 60)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.valueChanged.connect(
                lambda value, i=index: self._set_value(("defaults", "hold_range", i),
                                                       float(value)))
        self.hold_low.setAccessibleName(self.tr("Shortest hold the person may choose"))
        self.hold_high.setAccessibleName(self.tr("Longest hold the person may choose"))
        hold_range = QHBoxLayout()
        hold_range.addWidget(self.hold_low)
        hold_range.addWidget(QLabel(self.tr("to")))
        hold_range.addWidget(self.hold_high)
        defaults.addRow(self.tr("Hold range (s):"), hold_range)
        self._fields["defaults.hold_range"] = self.hold_low
        self.first_side = QComboBox()
        self.first_side.addItem(self.tr("right"), "right")
        self.first_side.addItem(self.tr("left"), "left")
        self.first_side.setAccessibleName(self.tr("First side"))
        self.first_side.currentIndexChanged.connect(
            lambda _i: self._set_value(("defaults", "first_side"), self.first_side.currentData()))
        defaults.addRow(self.tr("First side:"), self.first_side)
        self._fields["defaults.first_side"] = self.first_side
        note, note_say = self._text_pair(("defaults", "note"),
                                         self.tr("Note on these settings"), True)
        assert isinstance(note, QPlainTextEdit)
        note.setMinimumHeight(80)
        note.setPlaceholderText(self.tr("Optional: which of these numbers are your own choices"
                                        " rather than your source's"))
        defaults.addRow(self.tr("N&ote:"), note)
        defaults.addRow("", note_say)
        self._fields["defaults.note"] = note
        group = QGroupBox(self.tr("Suggested settings"))
        group.setLayout(defaults)
        self._fields["defaults"] = group

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.languages.field)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _exercise_form(self) -> QWidget:
        # Which version the form edits; a variant's own heading, or the offer to make one.
        self.version_switch = VersionSwitch()
        self.version_switch.version_chosen.connect(self._on_version_chosen)
        self.variant_group = QGroupBox()
        self.variant_label = QLineEdit()
        self.variant_label.setAccessibleName(self.tr("Label of this version"))
        # Through set_text: a label kept for several languages changes in the pack's own.
        self.variant_label.textEdited.connect(
            lambda v: self._set_variant_text(("label",), v, ""))
        self.variant_when = QLineEdit()
        self.variant_when.setAccessibleName(self.tr("When to choose this version"))
        self.variant_when_say = QLineEdit()
        self.variant_when_say.setPlaceholderText(self.tr("Spoken form (optional)"))
        self.variant_when_say.setAccessibleName(
            self.tr("When to choose this version, spoken form"))
        for edit in (self.variant_when, self.variant_when_say):
            edit.textEdited.connect(lambda _v: self._set_variant_text(
                ("when",), self.variant_when.text(), self.variant_when_say.text()))
        self.remove_variant_button = QPushButton()  # named for the version shown
        self.remove_variant_button.clicked.connect(self._on_remove_variant)
        variant_rows = QFormLayout(self.variant_group)
        variant_rows.addRow(self.tr("&Label:"), self.variant_label)
        variant_rows.addRow(self.tr("When:"), self.variant_when)
        variant_rows.addRow("", self.variant_when_say)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove_variant_button)
        remove_row.addStretch(1)
        variant_rows.addRow("", remove_row)
        self.absent_note = QLabel()
        self.absent_note.setWordWrap(True)
        self.add_variant_button = QPushButton()
        self.add_variant_button.clicked.connect(self._on_add_variant)
        self.absent_panel = QWidget()
        absent = QVBoxLayout(self.absent_panel)
        absent.setContentsMargins(0, 0, 0, 0)
        absent.addWidget(self.absent_note)
        absent.addWidget(self.add_variant_button, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        self._exercise_rows = form
        self.exercise_id = QLineEdit()
        self.exercise_id.setAccessibleName(self.tr("Exercise id"))
        self.exercise_id.textEdited.connect(lambda v: self._set_exercise_value(("id",), v.strip()))
        form.addRow(self.tr("I&d:"), self.exercise_id)
        self.exercise_name = QLineEdit()
        self.exercise_name.setAccessibleName(self.tr("Exercise name"))
        self.exercise_name_say = QLineEdit()
        self.exercise_name_say.setPlaceholderText(self.tr("Spoken form (optional)"))
        self.exercise_name_say.setAccessibleName(self.tr("Exercise name, spoken form"))
        for edit in (self.exercise_name, self.exercise_name_say):
            edit.textEdited.connect(lambda _v: self._set_exercise_text(
                ("name",), self.exercise_name.text(), self.exercise_name_say.text()))
        self.inherit_notes: dict[str, InheritNote] = {}
        form.addRow(self.tr("&Name:"), self.exercise_name)
        form.addRow("", self.exercise_name_say)
        form.addRow("", self._inherit_note("name", self.tr("name")))
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.textEdited.connect(lambda v: self._set_exercise_text(("purpose",), v, ""))
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow("", self._inherit_note("purpose", self.tr("purpose")))
        self.sides = QComboBox()
        for key in SIDES:
            self.sides.addItem(QCoreApplication.translate("RoutineEditor", SIDE_LABELS[key]), key)
        self.sides.setAccessibleName(self.tr("Sides"))
        self.sides.currentIndexChanged.connect(
            lambda _i: self._set_exercise_value(("sides",), self.sides.currentData()))
        form.addRow(self.tr("Si&des:"), self.sides)
        form.addRow("", self._inherit_note("sides", self.tr("sides")))
        self.picture = QLineEdit()
        self.picture.setReadOnly(True)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.choose_picture = QPushButton(self.tr("C&hoose picture…"))
        self.choose_picture.clicked.connect(self._on_choose_picture)
        self.remove_picture = QPushButton(self.tr("No picture"))
        self.remove_picture.clicked.connect(lambda: self._set_exercise_value(("picture",), None))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture, 1)
        picture_row.addWidget(self.choose_picture)
        picture_row.addWidget(self.remove_picture)
        form.addRow(self.tr("Picture:"), picture_row)
        form.addRow("", self._inherit_note("picture", self.tr("picture")))

        self.equipment = TextListField(self.tr("Equipment"), spoken=False)
        self.setup = TextListField(self.tr("Set-up steps"), spoken=True)
        self.phases = PhaseField(self.tr("Phases of one rep"))
        self.cues = TextListField(self.tr("Form cues"), spoken=True)
        self._connect_text_list(self.equipment, "equipment", self.tr("New item"))
        self._connect_text_list(self.setup, "setup", self.tr("New step."))
        self._connect_text_list(self.cues, "cues", self.tr("New cue."))
        self.phases.row_added.connect(self._on_phase_added)
        self.phases.row_removed.connect(lambda row: self._list_change("phases", "remove", row))
        self.phases.row_moved.connect(lambda a, b: self._list_change("phases", "move", a, b))
        self.phases.kind_edited.connect(self._on_phase_kind)
        self.phases.text_edited.connect(self._on_phase_text)
        self.phases.seconds_edited.connect(self._on_phase_seconds)
        self._inherit_shown: dict[str, QWidget] = {
            "name": self.exercise_name, "purpose": self.purpose, "sides": self.sides,
            "picture": self.picture, "equipment": self.equipment.table,
            "setup": self.setup.table, "phases": self.phases.table, "cues": self.cues.table}
        self._base_names = {key: widget.accessibleName()
                            for key, widget in self._inherit_shown.items()}

        self.fields_panel = QWidget()
        fields = QVBoxLayout(self.fields_panel)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(form)
        for key, title, named, field in (
                ("equipment", self.tr("Equipment"), self.tr("equipment"), self.equipment),
                ("setup", self.tr("Set-up steps"), self.tr("set-up steps"), self.setup),
                ("phases", self.tr("Phases of one rep"), self.tr("phases"), self.phases),
                ("cues", self.tr("Form cues"), self.tr("form cues"), self.cues)):
            fields.addWidget(QLabel(title + ":"))
            fields.addWidget(self._inherit_note(key, named))
            fields.addWidget(field)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.version_switch)
        layout.addWidget(self.absent_panel)
        layout.addWidget(self.variant_group)
        layout.addWidget(self.fields_panel)
        layout.addWidget(self.ladder.group)  # the exercise's, whichever version is shown
        layout.addStretch(1)
        return page

    def _inherit_note(self, key: str, field: str) -> InheritNote:
        note = InheritNote(field)
        note.inherit_requested.connect(lambda k=key: self._on_inherit(k))
        self.inherit_notes[key] = note
        return note

    def _connect_text_list(self, field: TextListField, key: str, fresh: str) -> None:
        field.row_added.connect(lambda: self._list_change(key, "add", fresh))
        field.row_removed.connect(lambda row: self._list_change(key, "remove", row))
        field.row_moved.connect(lambda a, b: self._list_change(key, "move", a, b))
        field.text_edited.connect(
            lambda row, text, say: self._set_exercise_text((key, row), text, say))

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

    def _change(self, text: str, change: Callable[[], None], merge_key: str = "") -> None:
        if self._loading:
            return
        self.undo_stack.push(DocumentChange(self.document, text, change, self._on_changed,
                                            merge_key=merge_key))

    def change(self, text: str, change: Callable[[], object], merge_key: str = "") -> None:
        """One undoable change of the document, named ``text`` in the undo history; changes
        with the same ``merge_key`` one after another are undone together."""
        def run() -> None:
            change()

        self._change(text, run, merge_key)

    def show_document(self) -> None:
        """Show the document again as it stands (after the editing language changed)."""
        self._load_form()
        self._reload_outline()
        self._update_heading()
        self._show_result()

    def _set_value(self, path: tuple[Key, ...], value: Any) -> None:
        if self.document.get(path) == value:
            return
        self._change(self.tr("Change {field}").format(field=path_text(path)),
                     lambda: self.document.set(path, value), merge_key=path_text(path))

    def _on_text_pair(self, path: tuple[Key, ...]) -> None:
        shown, say = self._pairs[path_text(path)]
        text = shown.toPlainText() if isinstance(shown, QPlainTextEdit) else shown.text()
        text, spoken = text.strip(), say.text().strip()
        if self.document.text_at(path) == (text, spoken):
            return
        if path in OPTIONAL_TEXTS and not text and not spoken and \
                self.document.language_of() == self.document.own_language():
            # An optional text left empty is left out, not kept as an empty one (emptied in
            # another language, only that language's goes: set_text).
            self._change(self.tr("Change {field}").format(field=path_text(path)),
                         lambda: self.document.set(path, None), merge_key=path_text(path))
            return
        self._change(self.tr("Change {field}").format(field=path_text(path)),
                     lambda: self.document.set_text(path, text, spoken),
                     merge_key=path_text(path))

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

    def _edit(self, rest: tuple[Key, ...], text: str, change: Callable[[], None],
              merge: bool = True) -> None:
        """Make ``change`` (to ``rest`` in the version being edited) one undoable step. A
        change inside a list or phase the variant keeps from the standard version first gives
        the variant its own copy of it, in the same step."""
        if self._exercise < 0:
            return
        path = self._form_path(*rest)
        key = str(rest[0])
        made = change
        if len(rest) > 1 and self._inherits(key):
            own, standard = self._form_path(key), self._exercise_path(key)

            def made() -> None:
                self.document.set(own, copy.deepcopy(self.document.get(standard)))
                change()
        self._change(text.format(field=path_text(path)), made,
                     merge_key=path_text(path) if merge else "")

    def _set_exercise_value(self, rest: tuple[Key, ...], value: Any) -> None:
        if self._exercise < 0:
            return
        if self.document.get(self._shown_path(str(rest[0]), *rest[1:])) == value:
            return
        path = self._form_path(*rest)
        self._edit(rest, self.tr("Change {field}"), lambda: self.document.set(path, value))

    def _set_exercise_text(self, rest: tuple[Key, ...], text: str, say: str) -> None:
        if self._exercise < 0:
            return
        text, say = text.strip(), say.strip()
        if self.document.text_at(self._shown_path(str(rest[0]), *rest[1:])) == (text, say):
            return
        path = self._form_path(*rest)
        self._edit(rest, self.tr("Change {field}"),
                   lambda: self.document.set_text(path, text, say))

    def _set_variant_text(self, rest: tuple[Key, ...], text: str, say: str) -> None:
        """A variant's own text (its label, when): never written into the standard version."""
        if self._level != STANDARD:
            self._set_exercise_text(rest, text, say)

    def _list_change(self, key: str, how: str, *args: Any) -> None:
        if self._exercise < 0:
            return
        path = self._form_path(key)
        if how == "add":
            index = self.document.length(self._shown_path(key))
            self._edit((key, index), self.tr("Add to {field}"),
                       lambda: self.document.insert(path, index, args[0]), merge=False)
        elif how == "remove":
            self._edit((key, args[0]), self.tr("Remove from {field}"),
                       lambda: self.document.remove(path, args[0]), merge=False)
        else:
            self._edit((key, args[0]), self.tr("Move in {field}"),
                       lambda: self.document.move(path, args[0], args[1]), merge=False)

    def _on_phase_added(self) -> None:
        self._list_change("phases", "add", new_phase("move"))

    def _on_phase_kind(self, row: int, kind: str) -> None:
        """A move or return lasts fixed seconds: a hold's range or hold setting becomes its
        shortest length (the loader refuses a range on them)."""
        phase = self.document.get(self._shown_path("phases", row))
        if not isinstance(phase, dict) or phase.get("kind") == kind:
            return
        path = self._form_path("phases", row)
        hold_range = phase.get("range")
        seconds = phase.get("seconds")
        if kind != "hold" and seconds is None:
            seconds = hold_range[0] if isinstance(hold_range, list) and hold_range else 1.5

        def change() -> None:
            self.document.set((*path, "kind"), kind)
            if kind != "hold":
                self.document.set((*path, "range"), None)
                self.document.set((*path, "seconds"), seconds)
        self._edit(("phases", row, "kind"), self.tr("Change {field}"), change)

    def _on_phase_text(self, row: int, text: str, say: str) -> None:
        # Each language's text and spoken form, as document.set_phase_text writes them.
        shown = self._shown_path("phases", row)
        if (self.document.text_at((*shown, "text"))[0],
                self.document.text_at((*shown, "say"))[0]) == (text, say):
            return
        path = self._form_path("phases", row)
        self._edit(("phases", row, "text"), self.tr("Change {field}"),
                   lambda: self.document.set_phase_text(path, text, say))

    def _on_phase_seconds(self, row: int, seconds: float, upto: float) -> None:
        """Seconds alone: a fixed length; a hold's seconds and "to": the range the person
        chooses from; no seconds: the hold follows the person's hold setting."""
        phase = self.document.get(self._shown_path("phases", row))
        if not isinstance(phase, dict):
            return
        fixed: float | None = None if seconds == HOLD_SETTING else seconds
        chosen: list[float] | None = None
        if phase.get("kind") == "hold" and fixed is not None and upto != NO_RANGE:
            fixed, chosen = None, [seconds, upto]
        if phase.get("seconds") == fixed and phase.get("range") == chosen:
            return
        path = self._form_path("phases", row)

        def change() -> None:
            self.document.set((*path, "range"), chosen)
            self.document.set((*path, "seconds"), fixed)
        self._edit(("phases", row, "seconds"), self.tr("Change {field}"), change)

    def _on_inherit(self, key: str) -> None:
        """The variant goes back to the standard version's ``key``."""
        if not self._inherits(key) and self._level != STANDARD:
            path = self._form_path(key)
            self._change(self.tr("Use the standard version's {field}")
                         .format(field=path_text(path)),
                         lambda: self.document.set(path, None))
            # The note's button goes with the variant's own value: the field takes the keys.
            self._focus_field(self._inherit_shown[key])

    def _on_variant_toggled(self, level: str, on: bool) -> None:
        if self._exercise < 0 or self._loading:
            return
        path = self._exercise_path("variants", level)
        if on and self.document.get(path) is None:
            self._change(self.tr("Add the easier form") if level == "easier"
                         else self.tr("Add the harder form"),
                         lambda: self.document.set(path, new_variant(level)))
        elif not on and self.document.get(path) is not None:
            def drop() -> None:
                self.document.set(path, None)
                if not self.document.get(self._exercise_path("variants")):
                    self.document.set(self._exercise_path("variants"), None)
            self._change(self.tr("Remove the easier form") if level == "easier"
                         else self.tr("Remove the harder form"), drop)

    def _on_add_variant(self) -> None:
        if self._level == STANDARD:
            return  # the offer is only shown for a variant not made yet
        self._on_variant_toggled(self._level, True)
        self._focus_field(self.variant_label)  # the button is gone: the new label is next

    def _on_remove_variant(self) -> None:
        if self._level == STANDARD:
            return
        self._on_variant_toggled(self._level, False)
        self._focus_field(self.add_variant_button)

    def step_version(self, step: int) -> None:
        """Show the next (1) or previous (-1) version of the exercise; the switch takes the
        keys, so a screen reader says which one it is."""
        if self._exercise < 0:
            return
        index = VERSIONS.index(self._level) + step
        if 0 <= index < len(VERSIONS):
            button = self.version_switch.button(VERSIONS[index])
            self._focus_field(button)
            button.setChecked(True)

    def _on_version_chosen(self, level: str) -> None:
        self._show_version(level)
        announce(self, self._version_summary())

    def _show_version(self, level: str) -> None:
        """Edit the standard version of the exercise, or its easier or harder variant."""
        self._level = level
        self.version_switch.set_version(level)
        self._load_form()
        self._mark_fields()

    def _version_summary(self) -> str:
        name = version_name(self._level)
        if self._level == STANDARD:
            return name
        if not isinstance(self.document.get(self._form_path()), dict):
            return self.tr("{version}: not made yet").format(version=name)
        label = self.document.text_at(self._form_path("label"))[0]
        return self.tr("{version}: {label}").format(version=name, label=label)

    def _focus_field(self, widget: QWidget) -> None:
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
        self._change(self.tr("Add an exercise"),
                     lambda: self.document.insert(("exercises",), index, new_exercise(number)))
        self.outline.setCurrentRow(index + 1)

    def remove_exercise(self) -> None:
        index = self._exercise
        if index < 0:
            return
        self._change(self.tr("Remove an exercise"),
                     lambda: self.document.remove(("exercises",), index))
        self.outline.setCurrentRow(min(index, self.document.length(("exercises",)) - 1) + 1)

    def move_exercise(self, step: int) -> None:
        index, target = self._exercise, self._exercise + step
        if index < 0 or not 0 <= target < self.document.length(("exercises",)):
            return
        self._change(self.tr("Move an exercise"),
                     lambda: self.document.move(("exercises",), index, target))
        self.outline.setCurrentRow(target + 1)

    def _on_choose_picture(self) -> None:
        if self._exercise < 0:
            return
        chosen = self._dialogs.open_file(self.tr("Choose a picture"),
                                         self.tr("Pictures (*.svg *.png)"))
        if chosen is not None:
            self.use_picture(chosen)

    def use_picture(self, chosen: Path) -> bool:
        """Check the picture as the loader does, copy it into the routine's pictures folder
        and name it in the current exercise."""
        try:
            check_picture_file(chosen)
        except (UnsafePicture, OSError) as exc:
            self._dialogs.show_warning(self.tr("This picture cannot be used"),
                                       self.tr("{name}: {reason}").format(name=chosen.name,
                                                                          reason=exc))
            return False
        target = self.document.folder / "pictures" / chosen.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if chosen.resolve() != target.resolve():
                shutil.copyfile(chosen, target)
        except OSError as exc:
            self._dialogs.show_warning(self.tr("This picture cannot be used"),
                                       self.tr("It could not be copied ({reason}).")
                                       .format(reason=exc.strerror or exc))
            return False
        self._set_exercise_value(("picture",), str(PurePosixPath("pictures", chosen.name)))
        return True

    def _on_changed(self) -> None:
        self._load_form()
        self._reload_outline()
        self._update_heading()
        self._check_timer.start(CHECK_DELAY_MS)
        self._draft_timer.start(DRAFT_DELAY_MS)

    # -- showing -----------------------------------------------------------------------------

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_heading()

    def _update_heading(self) -> None:
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
        self._mark_outline()

    def _show_section(self, exercise: int) -> None:
        if exercise != self._exercise:
            self._level = STANDARD  # another exercise opens at its standard version
        self._exercise = exercise
        self.forms.setCurrentIndex(0 if exercise < 0 else 1)
        for button in (self.remove_exercise_button, self.exercise_up_button,
                       self.exercise_down_button):
            button.setEnabled(exercise >= 0)
        self._load_form()
        self._mark_fields()

    def _load_form(self) -> None:
        self._loading = True
        try:
            doc = self.document
            for key, (shown, say) in self._pairs.items():
                text, spoken = doc.text_at(self._pair_paths[key])
                _set_text(shown, text)
                _set_text(say, spoken)
            for key, edit in self.pack_lines.items():
                _set_text(edit, str(doc.get((key,), "") or ""))
            for key, box in self.default_boxes.items():
                value = doc.get(("defaults", key))
                if isinstance(value, (int, float)) and box.value() != value:
                    box.setValue(value)  # type: ignore[arg-type]
            hold_range = doc.get(("defaults", "hold_range"))
            if isinstance(hold_range, list) and len(hold_range) == 2:
                for box, value in zip((self.hold_low, self.hold_high), hold_range, strict=True):
                    if isinstance(value, (int, float)) and box.value() != value:
                        box.setValue(float(value))
            side = doc.get(("defaults", "first_side"))
            if side in ("right", "left"):
                self.first_side.setCurrentIndex(self.first_side.findData(side))
            if self._exercise >= 0:
                self._load_exercise()
            self.languages.refresh()
        finally:
            self._loading = False
        self.ladder.refresh()

    def _load_exercise(self) -> None:
        doc = self.document
        variant = self._level != STANDARD
        exists = not variant or isinstance(doc.get(self._form_path()), dict)
        self.version_switch.set_version(self._level)
        self.version_switch.set_present({level for level in LEVELS if isinstance(
            doc.get(self._exercise_path("variants", level)), dict)})
        self.absent_panel.setVisible(not exists)
        self.variant_group.setVisible(variant and exists)
        self.fields_panel.setVisible(exists)
        self._exercise_rows.setRowVisible(self.exercise_id, not variant)
        self.remove_picture.setVisible(not variant)  # a variant goes back to the standard's
        if variant:
            name = version_name(self._level)
            self.variant_group.setTitle(name)
            easier = self._level == "easier"
            self.absent_note.setText(
                self.tr("This exercise has no easier version yet.") if easier
                else self.tr("This exercise has no harder version yet."))
            self.add_variant_button.setText(self.tr("&Make an easier version") if easier
                                            else self.tr("&Make a harder version"))
            self.remove_variant_button.setText(self.tr("Remove the easier version") if easier
                                               else self.tr("Remove the harder version"))
            _set_text(self.variant_label, doc.text_at(self._form_path("label"))[0])
            when, when_say = doc.text_at(self._form_path("when"))
            _set_text(self.variant_when, when)
            _set_text(self.variant_when_say, when_say)
        path = self._shown_path
        _set_text(self.exercise_id, str(doc.get(self._exercise_path("id"), "") or ""))
        name, name_say = doc.text_at(path("name"))
        _set_text(self.exercise_name, name)
        _set_text(self.exercise_name_say, name_say)
        _set_text(self.purpose, doc.text_at(path("purpose"))[0])
        sides = doc.get(path("sides"))
        if sides in SIDES:
            self.sides.setCurrentIndex(self.sides.findData(sides))
        _set_text(self.picture, str(doc.get(path("picture"), "") or ""))
        for field, key in ((self.equipment, "equipment"), (self.setup, "setup"),
                           (self.cues, "cues")):
            items = doc.get(path(key), []) or []
            field.set_rows([doc.text_at(path(key, i)) for i in range(len(items))])
        phases = doc.get(path("phases"), []) or []
        self.phases.set_rows([_phase_row(item, doc.text_at(path("phases", i, "text"))[0],
                                         doc.text_at(path("phases", i, "say"))[0])
                              for i, item in enumerate(phases)])
        for key, note in self.inherit_notes.items():
            inherited = self._inherits(key)
            note.setVisible(variant)
            note.set_inherited(inherited)
            widget = self._inherit_shown[key]
            _show_kept(widget, inherited)
            widget.setAccessibleName(
                self.tr("{field}, same as the standard version").format(
                    field=self._base_names[key]) if inherited else self._base_names[key])

    def check_now(self) -> None:
        self._check_timer.stop()
        self.result = self.document.check()
        self._show_result()

    def _show_result(self) -> None:
        self.problem_list.clear()
        for problem in self.result.problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setData(_MESSAGE_ROLE, problem.message)
            self.problem_list.addItem(item)
        self._mark_fields()
        self._mark_outline()
        pack = self.result.pack
        self.try_button.setEnabled(pack is not None)
        language = self.document.language_of()
        self.preview_label.setText(
            self.tr("Steps (as hipflex plan prints them):") if language ==
            self.document.own_language() else
            self.tr("Steps (as hipflex plan --language {code} prints them):").format(
                code=language))
        if pack is None:
            errors = len(self.result.errors)
            self.length_label.setText(self.tr("%n problem(s) to fix before this routine can"
                                              " be used.", "", errors))
            self.preview.setPlainText("")
            return
        pack = localized_pack(pack, language)  # the texts and the plan's words as they read
        try:
            session = plan(pack)
        except PlanError as exc:
            self.length_label.setText(str(exc))
            return
        self.length_label.setText(self.tr("A session takes {length} at the routine's own"
                                          " settings.")
                                  .format(length=format_duration(session.total_seconds)))
        out = io.StringIO()
        print_table(pack, session, out)
        self.preview.setPlainText(out.getvalue())

    def problems_at(self, path: str) -> list[Problem]:
        return [p for p in self.result.problems
                if p.path == path or p.path.startswith((f"{path}.", f"{path}["))]

    def _form_fields(self) -> dict[str, QWidget]:
        """The fields of the exercise version shown, by the path the loader names them."""
        if self._exercise < 0:
            return {}
        prefix = path_text(self._form_path())
        fields = {f"{prefix}.{key}": widget for key, widget in self._inherit_shown.items()}
        if self._level == STANDARD:
            fields[f"{prefix}.id"] = self.exercise_id
        else:
            fields[f"{prefix}.label"] = self.variant_label
            fields[f"{prefix}.when"] = self.variant_when
        return fields

    def _mark_fields(self) -> None:
        fields: dict[str, QWidget] = {**self._fields, **self._form_fields()}
        for path, widget in fields.items():
            mark(widget, [f"{p.severity}: {p.message}" for p in self.problems_at(path)])
        if self._exercise >= 0:
            # Each version's button shows the problems of that version, wherever they are.
            exercise = path_text(self._exercise_path())
            variants = f"{exercise}.variants"
            for level in VERSIONS:
                found = self.problems_at(f"{variants}.{level}") if level != STANDARD else [
                    p for p in self.problems_at(exercise)
                    if p.path != variants and not p.path.startswith(f"{variants}.")]
                self.version_switch.set_problems(
                    level, [f"{p.severity}: {p.message}" for p in found])
        self.ladder.refresh()

    def _mark_outline(self) -> None:
        for row in range(self.outline.count()):
            item = self.outline.item(row)
            path = "exercises" if row == 0 else path_text(("exercises", row - 1))
            found = [p for p in self.problems_at(path) if p.severity == "error"]
            if row == 0:
                found = [p for p in self.result.errors if not p.path.startswith("exercises[")]
            item.setForeground(Qt.GlobalColor.red if found else self.palette().text())
            item.setToolTip("\n".join(str(p) for p in found))

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        """Go to the field the problem is about: its exercise, the version it is in, the
        field itself and, in a list, its row."""
        self.go_to_problem(str(item.data(Qt.ItemDataRole.UserRole)))

    def go_to_problem(self, path: str) -> None:
        if path.startswith("exercises["):
            index = int(path[len("exercises["):].split("]", 1)[0])
            self.outline.setCurrentRow(index + 1)
            within = path[len(path_text(("exercises", index))):]
            self._show_version(next((level for level in LEVELS
                                     if within.startswith(f".variants.{level}")), STANDARD))
        else:
            self.outline.setCurrentRow(0)
        fields: dict[str, QWidget] = {**self._fields, **self._form_fields()}
        best = max((p for p in fields if path == p or path.startswith((f"{p}.", f"{p}["))),
                   key=len, default="")
        if not best:
            if self._exercise >= 0:
                self._focus_field(self.version_switch.button(self._level))
            return
        widget = fields[best]
        if isinstance(widget, QTableWidget) and path.startswith(f"{best}["):
            row = int(path[len(best) + 1:].split("]", 1)[0])
            if row < widget.rowCount():
                widget.setCurrentCell(row, min(1, widget.columnCount() - 1)
                                      if widget is self.phases.table else 0)
        if widget is self.picture:
            widget = self.choose_picture
        self._focus_field(widget)

    # -- saving, trying, leaving -------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._recovered or not self.undo_stack.isClean()

    def recovered_from(self, draft: Path) -> None:
        """The document came from ``draft``: it stays unsaved, and the draft is kept, until
        the person saves or discards it."""
        self._recovered = True
        self.draft_file = draft
        self._update_heading()

    def save(self) -> bool:
        self.check_now()
        if not self._may_rewrite(self.document.unkept()):
            return False
        try:
            file = self.document.save()
        except UnfaithfulSaveError as exc:
            self._dialogs.show_warning(self.tr("The routine was not saved"), self.tr(
                "Saving would change what this file says: {lines} would read back"
                " differently. Write that part as plain “key: value” lines, then open the"
                " routine again.").format(lines=self._lines_text(exc.lines, "; ")))
            return False
        except OSError as exc:
            self._dialogs.show_warning(self.tr("The routine was not saved"),
                                       self.tr("It could not be written ({reason}).")
                                       .format(reason=getattr(exc, "strerror", "") or exc))
            return False
        except ValueError as exc:
            self._dialogs.show_warning(self.tr("The routine was not saved"), str(exc))
            return False
        self.undo_stack.setClean()
        self._recovered = False
        self._update_heading()
        self.discard_draft()
        self.saved.emit(file)
        return True

    def _may_rewrite(self, lines: tuple[UnkeptLine, ...]) -> bool:
        """Say before saving which of the person's own lines would be written in another
        layout (same values), and let them decide; True when there are none."""
        if not lines:
            return True
        text = "\n".join((
            self.tr("%n line(s) you wrote will be saved in another layout, with the same"
                    " values:", "", len(lines)),
            self._lines_text(lines, "\n"),
            self.tr("Save anyway?")))
        return self._dialogs.ask(self.tr("Save with lines written anew?"), text)

    def _lines_text(self, lines: tuple[UnkeptLine, ...], joiner: str) -> str:
        shown = [self.tr("line {number}: {text}").format(number=line.line,
                                                         text=_line_shown(line.text))
                 for line in lines[:MAX_LINES_NAMED]]
        if len(lines) > MAX_LINES_NAMED:
            shown.append(self.tr("and %n more", "", len(lines) - MAX_LINES_NAMED))
        return joiner.join(shown)

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
        if not self.dirty:
            self.discard_draft()
            return True
        title = self.document.shown_text(("title",))
        answer = self._dialogs.ask_save(
            self.tr("Save the changes?"),
            self.tr("{title} has changes that are not saved.").format(title=title))
        if answer == "discard":
            self.discard_draft()
            return True
        if answer == "save" and self.save():
            return True
        self.take_focus()  # the box is gone and the editor stays: the keys come back here
        return False

    def take_focus(self) -> None:
        """Give the keyboard back to the field last used in the editor (else its outline),
        as after a box that asked about unsaved changes."""
        widget = self._last_focus
        if widget is None or not widget.isVisibleTo(self) or not widget.isEnabled():
            widget = self.outline
        # Where no window manager gives the window back its activation when the box goes,
        # the window asks for it: a field's focus means nothing in an inactive window.
        if not self.window().isActiveWindow():
            self.window().activateWindow()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.isAncestorOf(new):
            self._last_focus = new

    def write_draft_now(self) -> None:
        self._draft_timer.stop()
        if self.dirty and self.document.file is not None:
            try:
                self.draft_file = write_draft(self._routines_folder, self.document)
            except OSError:
                self.draft_file = None  # no draft this time; the next change tries again

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft_file is not None:
            self.draft_file.unlink(missing_ok=True)
            self.draft_file = None

    def shutdown(self) -> None:
        app = QApplication.instance()
        if self._follows_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
            self._follows_focus = False
        self._check_timer.stop()
        self._draft_timer.stop()


class _UndoKeysToEditor(QObject):
    """Lets Undo and Redo pressed in a text field reach the editor's shortcuts."""

    _KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combined = QKeySequence(event.keyCombination())
            if any(event.matches(key) for key in self._KEYS) or combined == QKeySequence(
                    "Ctrl+Shift+Z"):
                event.ignore()
                return True
        return super().eventFilter(watched, event)


def _phase_row(item: object, text: str, say: str) -> PhaseRow:
    """A phase as the phase table shows it: kind, text, spoken form, seconds and "to"."""
    phase = item if isinstance(item, dict) else {}
    seconds = phase.get("seconds")
    hold_range = phase.get("range")
    upto = NO_RANGE
    if isinstance(hold_range, list) and len(hold_range) == 2 and all(
            isinstance(end, (int, float)) for end in hold_range):
        seconds, upto = hold_range
    return (str(phase.get("kind", "move")), text, say,
            float(seconds) if isinstance(seconds, (int, float)) else HOLD_SETTING, float(upto))


def _show_kept(widget: QWidget, kept: bool) -> None:
    """Italic: the standard version's value, shown for a variant that keeps it. In a table
    only the texts change (its boxes keep the width their columns were made for)."""
    if isinstance(widget, QTableWidget):
        for row in range(widget.rowCount()):
            for column in range(widget.columnCount()):
                item = widget.item(row, column)
                if item is not None and item.font().italic() != kept:
                    font = item.font()
                    font.setItalic(kept)
                    item.setFont(font)
        return
    font = widget.font()
    font.setItalic(kept)
    widget.setFont(font)


def _wrapped(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` without losing the cursor when it is what the widget already holds."""
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText().strip() != text:
            widget.setPlainText(text)
    elif widget.text().strip() != text:
        widget.setText(text)


def _line_shown(text: str) -> str:
    """A line of the person's file as a question quotes it: escaped, and cut if long."""
    line = escape(text.strip())
    return line if len(line) <= LINE_SHOWN else line[:LINE_SHOWN] + "…"
