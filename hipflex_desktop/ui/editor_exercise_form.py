"""The exercise's form in the editor: which version is edited (standard, easier, harder), a
variant's own label and when to choose it, and the fields every version has (name, purpose,
sides, picture, equipment, set-up steps, phases, cues).

A variant keeps the standard version's value of a field until it is given its own: such a field
shows the standard's value in italics, with a note offering to go back to it, and a screen
reader hears that it is the same as the standard version. The changes the fields make are
ExerciseEdits' (editor_exercise_edits.py); this module is the widgets and what they show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.store.routine_document import LEVELS, path_text
from hipflex_desktop.ui.accessibility import announce
from hipflex_desktop.ui.editor_fields import (
    HOLD_SETTING,
    NO_RANGE,
    PhaseField,
    PhaseRow,
    TextListField,
    set_text,
)
from hipflex_desktop.ui.editor_versions import (
    STANDARD,
    VERSIONS,
    InheritNote,
    VersionSwitch,
    version_name,
)

if TYPE_CHECKING:
    from hipflex_desktop.ui.editor_exercise_edits import ExerciseEdits
    from hipflex_desktop.ui.routine_editor import RoutineEditor

SIDES: Final = ("alternate", "each-side", "none")
# The sides as the combo box shows them; the pack keeps the key.
SIDE_LABELS: Final = {
    "alternate": QT_TRANSLATE_NOOP("ExerciseForm", "alternate left and right"),
    "each-side": QT_TRANSLATE_NOOP("ExerciseForm", "each side in turn"),
    "none": QT_TRANSLATE_NOOP("ExerciseForm", "no sides"),
}


class ExerciseForm(QWidget):
    def __init__(self, editor: RoutineEditor, edits: ExerciseEdits) -> None:
        super().__init__()
        self._editor = editor
        # Which version the form edits; a variant's own heading, or the offer to make one.
        self.version_switch = VersionSwitch()
        self.version_switch.version_chosen.connect(self._on_version_chosen)
        self._make_variant_rows(edits)
        form = self._make_rows(edits)

        self.equipment = TextListField(self.tr("Equipment"), spoken=False)
        self.setup = TextListField(self.tr("Set-up steps"), spoken=True)
        self.phases = PhaseField(self.tr("Phases of one rep"))
        self.cues = TextListField(self.tr("Form cues"), spoken=True)
        for texts, key, fresh in ((self.equipment, "equipment", self.tr("New item")),
                                  (self.setup, "setup", self.tr("New step.")),
                                  (self.cues, "cues", self.tr("New cue."))):
            edits.connect_text_list(texts, key, fresh)
        self.phases.row_added.connect(edits.on_phase_added)
        self.phases.row_removed.connect(lambda row: edits.list_change("phases", "remove", row))
        self.phases.row_moved.connect(lambda a, b: edits.list_change("phases", "move", a, b))
        self.phases.kind_edited.connect(edits.on_phase_kind)
        self.phases.text_edited.connect(edits.on_phase_text)
        self.phases.seconds_edited.connect(edits.on_phase_seconds)
        # The fields a variant may keep from the standard version, and their own names.
        self.inherit_shown: dict[str, QWidget] = {
            "name": self.exercise_name, "purpose": self.purpose, "sides": self.sides,
            "picture": self.picture, "equipment": self.equipment.table,
            "setup": self.setup.table, "phases": self.phases.table, "cues": self.cues.table}
        self._base_names = {key: widget.accessibleName()
                            for key, widget in self.inherit_shown.items()}

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
            fields.addWidget(self._inherit_note(key, named, edits))
            fields.addWidget(field)

        layout = QVBoxLayout(self)
        layout.addWidget(self.version_switch)
        layout.addWidget(self.absent_panel)
        layout.addWidget(self.variant_group)
        layout.addWidget(self.fields_panel)
        layout.addWidget(editor.ladder.group)  # the exercise's, whichever version is shown
        layout.addStretch(1)

    def _make_variant_rows(self, edits: ExerciseEdits) -> None:
        """A variant's label and when to choose it, or, for one not made yet, the offer."""
        self.variant_group = QGroupBox()
        self.variant_label = QLineEdit()
        self.variant_label.setAccessibleName(self.tr("Label of this version"))
        # Through set_text: a label kept for several languages changes in the pack's own.
        self.variant_label.textEdited.connect(
            lambda v: edits.set_variant_text(("label",), v, ""))
        self.variant_when = QLineEdit()
        self.variant_when.setAccessibleName(self.tr("When to choose this version"))
        self.variant_when_say = QLineEdit()
        self.variant_when_say.setPlaceholderText(self.tr("Spoken form (optional)"))
        self.variant_when_say.setAccessibleName(
            self.tr("When to choose this version, spoken form"))
        for edit in (self.variant_when, self.variant_when_say):
            edit.textEdited.connect(lambda _v: edits.set_variant_text(
                ("when",), self.variant_when.text(), self.variant_when_say.text()))
        self.remove_variant_button = QPushButton()  # named for the version shown
        self.remove_variant_button.clicked.connect(edits.on_remove_variant)
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
        self.add_variant_button.clicked.connect(edits.on_add_variant)
        self.absent_panel = QWidget()
        absent = QVBoxLayout(self.absent_panel)
        absent.setContentsMargins(0, 0, 0, 0)
        absent.addWidget(self.absent_note)
        absent.addWidget(self.add_variant_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _make_rows(self, edits: ExerciseEdits) -> QFormLayout:
        """Id, name, purpose, sides and picture, each with its note for a variant."""
        form = QFormLayout()
        self._exercise_rows = form
        self.exercise_id = QLineEdit()
        self.exercise_id.setAccessibleName(self.tr("Exercise id"))
        self.exercise_id.textEdited.connect(lambda v: edits.set_value(("id",), v.strip()))
        form.addRow(self.tr("I&d:"), self.exercise_id)
        self.exercise_name = QLineEdit()
        self.exercise_name.setAccessibleName(self.tr("Exercise name"))
        self.exercise_name_say = QLineEdit()
        self.exercise_name_say.setPlaceholderText(self.tr("Spoken form (optional)"))
        self.exercise_name_say.setAccessibleName(self.tr("Exercise name, spoken form"))
        for edit in (self.exercise_name, self.exercise_name_say):
            edit.textEdited.connect(lambda _v: edits.set_text(
                ("name",), self.exercise_name.text(), self.exercise_name_say.text()))
        self.inherit_notes: dict[str, InheritNote] = {}
        form.addRow(self.tr("&Name:"), self.exercise_name)
        form.addRow("", self.exercise_name_say)
        form.addRow("", self._inherit_note("name", self.tr("name"), edits))
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.textEdited.connect(lambda v: edits.set_text(("purpose",), v, ""))
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow("", self._inherit_note("purpose", self.tr("purpose"), edits))
        self.sides = QComboBox()
        for key in SIDES:
            self.sides.addItem(QCoreApplication.translate("ExerciseForm", SIDE_LABELS[key]), key)
        self.sides.setAccessibleName(self.tr("Sides"))
        self.sides.currentIndexChanged.connect(
            lambda _i: edits.set_value(("sides",), self.sides.currentData()))
        form.addRow(self.tr("Si&des:"), self.sides)
        form.addRow("", self._inherit_note("sides", self.tr("sides"), edits))
        self.picture = QLineEdit()
        self.picture.setReadOnly(True)
        self.picture.setAccessibleName(self.tr("Picture"))
        self.choose_picture = QPushButton(self.tr("C&hoose picture…"))
        self.choose_picture.clicked.connect(edits.on_choose_picture)
        self.remove_picture = QPushButton(self.tr("No picture"))
        self.remove_picture.clicked.connect(lambda: edits.set_value(("picture",), None))
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture, 1)
        picture_row.addWidget(self.choose_picture)
        picture_row.addWidget(self.remove_picture)
        form.addRow(self.tr("Picture:"), picture_row)
        form.addRow("", self._inherit_note("picture", self.tr("picture"), edits))
        return form

    def _inherit_note(self, key: str, field: str, edits: ExerciseEdits) -> InheritNote:
        note = InheritNote(field)
        note.inherit_requested.connect(lambda k=key: edits.on_inherit(k))
        self.inherit_notes[key] = note
        return note

    # -- what the form shows -----------------------------------------------------------------

    def load(self) -> None:
        """Show the exercise's version being edited (the editor holds back the changes)."""
        editor = self._editor
        doc = editor.document
        level = editor._level
        variant = level != STANDARD
        exists = not variant or isinstance(doc.get(editor._form_path()), dict)
        self.version_switch.set_version(level)
        self.version_switch.set_present({one for one in LEVELS if isinstance(
            doc.get(editor._exercise_path("variants", one)), dict)})
        self.absent_panel.setVisible(not exists)
        self.variant_group.setVisible(variant and exists)
        self.fields_panel.setVisible(exists)
        self._exercise_rows.setRowVisible(self.exercise_id, not variant)
        self.remove_picture.setVisible(not variant)  # a variant goes back to the standard's
        if variant:
            self.variant_group.setTitle(version_name(level))
            easier = level == "easier"
            self.absent_note.setText(
                self.tr("This exercise has no easier version yet.") if easier
                else self.tr("This exercise has no harder version yet."))
            self.add_variant_button.setText(self.tr("&Make an easier version") if easier
                                            else self.tr("&Make a harder version"))
            self.remove_variant_button.setText(self.tr("Remove the easier version") if easier
                                               else self.tr("Remove the harder version"))
            set_text(self.variant_label, doc.text_at(editor._form_path("label"))[0])
            when, when_say = doc.text_at(editor._form_path("when"))
            set_text(self.variant_when, when)
            set_text(self.variant_when_say, when_say)
        path = editor._shown_path
        set_text(self.exercise_id, str(doc.get(editor._exercise_path("id"), "") or ""))
        name, name_say = doc.text_at(path("name"))
        set_text(self.exercise_name, name)
        set_text(self.exercise_name_say, name_say)
        set_text(self.purpose, doc.text_at(path("purpose"))[0])
        sides = doc.get(path("sides"))
        if sides in SIDES:
            self.sides.setCurrentIndex(self.sides.findData(sides))
        set_text(self.picture, str(doc.get(path("picture"), "") or ""))
        for field, key in ((self.equipment, "equipment"), (self.setup, "setup"),
                           (self.cues, "cues")):
            items = doc.get(path(key), []) or []
            field.set_rows([doc.text_at(path(key, i)) for i in range(len(items))])
        phases = doc.get(path("phases"), []) or []
        self.phases.set_rows([_phase_row(item, doc.text_at(path("phases", i, "text"))[0],
                                         doc.text_at(path("phases", i, "say"))[0])
                              for i, item in enumerate(phases)])
        for key, note in self.inherit_notes.items():
            inherited = editor._inherits(key)
            note.setVisible(variant)
            note.set_inherited(inherited)
            widget = self.inherit_shown[key]
            _show_kept(widget, inherited)
            widget.setAccessibleName(
                self.tr("{field}, same as the standard version").format(
                    field=self._base_names[key]) if inherited else self._base_names[key])

    def form_fields(self) -> dict[str, QWidget]:
        """The fields of the exercise version shown, by the path the loader names them."""
        editor = self._editor
        if editor._exercise < 0:
            return {}
        prefix = path_text(editor._form_path())
        fields = {f"{prefix}.{key}": widget for key, widget in self.inherit_shown.items()}
        if editor._level == STANDARD:
            fields[f"{prefix}.id"] = self.exercise_id
        else:
            fields[f"{prefix}.label"] = self.variant_label
            fields[f"{prefix}.when"] = self.variant_when
        return fields

    # -- the version shown -------------------------------------------------------------------

    def step_version(self, step: int) -> None:
        """Show the next (1) or previous (-1) version of the exercise; the switch takes the
        keys, so a screen reader says which one it is."""
        editor = self._editor
        if editor._exercise < 0:
            return
        index = VERSIONS.index(editor._level) + step
        if 0 <= index < len(VERSIONS):
            button = self.version_switch.button(VERSIONS[index])
            editor.focus_field(button)
            button.setChecked(True)

    def _on_version_chosen(self, level: str) -> None:
        self.show_version(level)
        announce(self._editor, self._version_summary())

    def show_version(self, level: str) -> None:
        """Edit the standard version of the exercise, or its easier or harder variant."""
        editor = self._editor
        editor._level = level
        self.version_switch.set_version(level)
        editor.load_form()
        editor.problems.mark_fields()

    def _version_summary(self) -> str:
        editor = self._editor
        name = version_name(editor._level)
        if editor._level == STANDARD:
            return name
        if not isinstance(editor.document.get(editor._form_path()), dict):
            return self.tr("{version}: not made yet").format(version=name)
        label = editor.document.text_at(editor._form_path("label"))[0]
        return self.tr("{version}: {label}").format(version=name, label=label)


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
