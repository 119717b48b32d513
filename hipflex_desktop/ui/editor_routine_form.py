"""The routine's own form in the editor: title, introduction, the pack's lines (id, version,
language, author, licence), its languages and the settings it suggests.

Each field writes one undoable change of the document through the editor; a text is written in
the editing language (with its optional spoken form), so the same form serves a translator.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.store.routine_document import Key, RoutineDocument, path_text
from hipflex_desktop.ui.editor_fields import set_text

if TYPE_CHECKING:
    from hipflex_desktop.ui.routine_editor import RoutineEditor

OPTIONAL_TEXTS: Final = (("defaults", "note"),)
DEFAULT_NUMBERS: Final = (
    ("reps_per_side", QT_TRANSLATE_NOOP("RoutineForm", "Reps per side"), 1, 50, False),
    ("sets", QT_TRANSLATE_NOOP("RoutineForm", "Sets"), 1, 10, False),
    ("hold_seconds", QT_TRANSLATE_NOOP("RoutineForm", "Hold (s)"), 0.5, 60, True),
    ("rest_seconds", QT_TRANSLATE_NOOP("RoutineForm", "Rest (s)"), 0, 600, True),
    ("lead_in_seconds", QT_TRANSLATE_NOOP("RoutineForm", "Lead-in (s)"), 3, 120, True),
    ("switch_seconds", QT_TRANSLATE_NOOP("RoutineForm", "Switch sides (s)"), 0, 60, True),
)


class RoutineForm(QWidget):
    """The fields of the routine itself; ``fields`` names them by the loader's paths, for the
    problems shown at them."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__()
        self._editor = editor
        self.fields: dict[str, QWidget] = {}
        # The texts with a spoken form, and where the document keeps each.
        self.pairs: dict[str, tuple[QLineEdit | QPlainTextEdit, QLineEdit]] = {}
        self.pair_paths: dict[str, tuple[Key, ...]] = {}
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
            self.fields[key] = edit
        self.fields["title"] = title
        self.fields["introduction"] = intro

        group = self._defaults()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(editor.languages.field)
        layout.addWidget(group)
        layout.addStretch(1)

    def _defaults(self) -> QGroupBox:
        """The settings the routine suggests; the person's own settings may differ."""
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
            box.setAccessibleName(QCoreApplication.translate("RoutineForm", label))
            box.valueChanged.connect(
                lambda value, k=key, r=real: self._set_value(("defaults", k),
                                                             float(value) if r else int(value)))
            self.default_boxes[key] = box
            self.fields[f"defaults.{key}"] = box
            defaults.addRow(QCoreApplication.translate("RoutineForm", label) + ":", box)
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
        self.fields["defaults.hold_range"] = self.hold_low
        self.first_side = QComboBox()
        self.first_side.addItem(self.tr("right"), "right")
        self.first_side.addItem(self.tr("left"), "left")
        self.first_side.setAccessibleName(self.tr("First side"))
        self.first_side.currentIndexChanged.connect(
            lambda _i: self._set_value(("defaults", "first_side"), self.first_side.currentData()))
        defaults.addRow(self.tr("First side:"), self.first_side)
        self.fields["defaults.first_side"] = self.first_side
        note, note_say = self._text_pair(("defaults", "note"),
                                         self.tr("Note on these settings"), True)
        assert isinstance(note, QPlainTextEdit)
        note.setMinimumHeight(80)
        note.setPlaceholderText(self.tr("Optional: which of these numbers are your own choices"
                                        " rather than your source's"))
        defaults.addRow(self.tr("N&ote:"), note)
        defaults.addRow("", note_say)
        self.fields["defaults.note"] = note
        group = QGroupBox(self.tr("Suggested settings"))
        group.setLayout(defaults)
        self.fields["defaults"] = group
        return group

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
        self.pairs[path_text(path)] = (shown, say)
        self.pair_paths[path_text(path)] = path
        return shown, say

    def load(self, doc: RoutineDocument) -> None:
        """Show the document's routine fields (the editor holds back the changes this makes)."""
        for key, (shown, say) in self.pairs.items():
            text, spoken = doc.text_at(self.pair_paths[key])
            set_text(shown, text)
            set_text(say, spoken)
        for key, edit in self.pack_lines.items():
            set_text(edit, str(doc.get((key,), "") or ""))
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

    def _set_value(self, path: tuple[Key, ...], value: Any) -> None:
        document = self._editor.document
        if document.get(path) == value:
            return
        self._editor.change(
            self.tr("Change {field}").format(field=path_text(path)),
            lambda: document.set(path, value), merge_key=path_text(path))

    def _on_text_pair(self, path: tuple[Key, ...]) -> None:
        document = self._editor.document
        shown, say = self.pairs[path_text(path)]
        text = shown.toPlainText() if isinstance(shown, QPlainTextEdit) else shown.text()
        text, spoken = text.strip(), say.text().strip()
        if document.text_at(path) == (text, spoken):
            return
        name = self.tr("Change {field}").format(field=path_text(path))
        if path in OPTIONAL_TEXTS and not text and not spoken and \
                document.language_of() == document.own_language():
            # An optional text left empty is left out, not kept as an empty one (emptied in
            # another language, only that language's goes: set_text).
            self._editor.change(name, lambda: document.set(path, None),
                                        merge_key=path_text(path))
            return
        self._editor.change(name, lambda: document.set_text(path, text, spoken),
                                    merge_key=path_text(path))
