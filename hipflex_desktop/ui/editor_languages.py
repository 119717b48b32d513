"""The routine editor's languages: the language its text fields read and write (the editing
language), the languages the routine lists as complete, and the marks that show them.

A translator, or a coach writing a routine in two languages, chooses the editing language and
writes every text in it; a text still in the pack's own language alone shows that text greyed in
its empty field, and the loader's warning for a text missing in a listed language is shown at
the field like any other problem (activating it in the problem list also switches to that
language). The document does the writing (store/routine_languages.py); this module is the
widgets and their wiring into the editor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.languages import pick_language
from hipflex_desktop.languages import LANGUAGES
from hipflex_desktop.store.routine_document import Key
from hipflex_desktop.store.routine_languages import (
    LanguageError,
    add_language,
    editable_languages,
    listed_languages,
    new_language,
    remove_language,
)
from hipflex_desktop.ui.pack_language import window_locale

if TYPE_CHECKING:
    from hipflex_desktop.ui.routine_editor import RoutineEditor

# The loader's words for a text missing in a language: "no de text, though ...".
_MISSING_RE: Final = re.compile(r"^no (\S+) text\b")
_TAG_ROLE: Final = Qt.ItemDataRole.UserRole


def language_name(tag: str) -> str:
    """``Deutsch (de)``: the language's own name and its code; the code alone where Qt does
    not know the language."""
    locale = QLocale(tag)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return tag
    language = tag.split("-", 1)[0]
    # Qt names a plain "en" after its usual country ("American English"); the interface's own
    # languages by their plain names.
    name = LANGUAGES.get(language) or locale.nativeLanguageName()[:1].upper() + \
        locale.nativeLanguageName()[1:]
    if "-" in tag and locale.territory() != QLocale.Country.AnyTerritory:
        name = f"{name}, {locale.nativeTerritoryName()}"
    return f"{name} ({tag})" if name else tag


def with_language(label: str, tag: str) -> str:
    """``&Title:`` → ``&Title [de]:``: a field's label naming the language it edits."""
    stem, colon = (label[:-1], ":") if label.endswith(":") else (label, "")
    return f"{stem} [{tag}]{colon}"


class LanguageChoice(QWidget):
    """The editing language: every text field of the editor reads and writes this language."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language of the texts being edited"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Te&xts in:"))
        label.setBuddy(self.combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(lambda index: self.language_chosen.emit(
            str(self.combo.itemData(index))))

    def show_languages(self, tags: list[str], current: str) -> None:
        if self.languages() != tags:
            self.combo.clear()
            for tag in tags:
                self.combo.addItem(language_name(tag), tag)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))

    def languages(self) -> list[str]:
        return [str(self.combo.itemData(i)) for i in range(self.combo.count())]

    def current(self) -> str:
        return str(self.combo.currentData())


class LanguagesField(QGroupBox):
    """The languages the routine is complete in (``languages:``): listed, added by code and
    removed (with their texts); the pack's own language is always there."""

    language_added = Signal(str)
    language_removed = Signal(str)
    language_activated = Signal(str)  # Enter or a double click: write in that language

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Languages the routine is complete in"), parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Languages the routine is complete in"))
        self.list.setMaximumHeight(90)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code of a language to add"))
        self.code.setPlaceholderText(self.tr("Code, e.g. de or es-MX"))
        code_label = QLabel(self.tr("Lan&guage to add:"))
        code_label.setBuddy(self.code)
        self.add_button = QPushButton(self.tr("Add language"))
        self.remove_button = QPushButton(self.tr("Remove language"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen language and its"
                                                     " texts"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("languagesMessage")
        self.message.hide()
        hint = QLabel(self.tr("A text missing in one of these languages is shown as a warning"
                              " at its field. Removing a language removes its texts."))
        hint.setWordWrap(True)
        self.code.returnPressed.connect(self._on_add)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(
            lambda item: self.language_activated.emit(str(item.data(_TAG_ROLE))))
        listed = QHBoxLayout()
        listed.addWidget(self.list, 1)
        side = QVBoxLayout()
        side.addWidget(self.remove_button)
        side.addStretch(1)
        listed.addLayout(side)
        adding = QHBoxLayout()
        adding.addWidget(code_label)
        adding.addWidget(self.code, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(listed)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self._own = ""

    def show_languages(self, own: str, listed: list[str]) -> None:
        tags = list(dict.fromkeys((own, *listed)))
        self._own = own
        if [self.list.item(i).data(_TAG_ROLE) for i in range(self.list.count())] != tags:
            row = self.list.currentRow()
            self.list.clear()
            for tag in tags:
                text = language_name(tag)
                if tag == own:
                    text = self.tr("{language}: the routine's own").format(language=text)
                item = QListWidgetItem(text)
                item.setData(_TAG_ROLE, tag)
                self.list.addItem(item)
            self.list.setCurrentRow(min(max(row, 0), len(tags) - 1))
        self._update_buttons()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None and item.data(_TAG_ROLE) != self._own)

    def _on_add(self) -> None:
        code = self.code.text().strip()
        if code:
            self.language_added.emit(code)

    def _on_remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(_TAG_ROLE) != self._own:
            self.language_removed.emit(str(item.data(_TAG_ROLE)))


class EditorLanguages(QObject):
    """The editor's language widgets, wired to its document and undo stack."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self.choice = LanguageChoice()
        self.field = LanguagesField()
        self.choice.language_chosen.connect(self.choose)
        self.field.language_added.connect(self._on_language_added)
        self.field.language_removed.connect(self._on_language_removed)
        self.field.language_activated.connect(self.choose)
        self._labels: list[tuple[QLabel, str]] = []
        self._sources: list[tuple[QLineEdit | QPlainTextEdit, Callable[[], tuple[Key, ...]]]] = []
        # The text cells of the list tables: column, the path of a row's text, and which part
        # of it (0: the text, 1: its spoken form) the column shows.
        self._cells: list[tuple[QTableWidget, int, Callable[[int], tuple[Key, ...]], int]] = []
        document = editor.document
        document.editing_language = pick_language(
            editable_languages(document), window_locale(), document.own_language())

    # -- marking the text fields -------------------------------------------------------------

    def attach(self) -> None:
        """Find the editor's text fields, once its widgets are made."""
        editor = self._editor
        def shown(key: str) -> Callable[[], tuple[Key, ...]]:
            return lambda: editor._shown_path(key)  # the version shown, or what it keeps

        def own(key: str) -> Callable[[], tuple[Key, ...]]:
            return lambda: editor._form_path(key)

        fields: list[tuple[QLineEdit | QPlainTextEdit, Callable[[], tuple[Key, ...]]]] = [
            (widget, _fixed(editor._pair_paths[key]))
            for key, (widget, _say) in editor._pairs.items()]
        fields += [(editor.exercise_name, shown("name")), (editor.purpose, shown("purpose")),
                   (editor.variant_label, own("label")), (editor.variant_when, own("when"))]
        tables = [field.table for field in (editor.equipment, editor.setup, editor.phases,
                                            editor.cues)]
        self.mark_fields(fields, tables)

        def item(key: str) -> Callable[[int], tuple[Key, ...]]:
            return lambda row: editor._shown_path(key, row)

        def phase(key: str) -> Callable[[int], tuple[Key, ...]]:
            return lambda row: editor._shown_path("phases", row, key)

        self._cells = [(editor.equipment.table, 0, item("equipment"), 0)]
        for field, key in ((editor.setup, "setup"), (editor.cues, "cues")):
            self._cells += [(field.table, 0, item(key), 0), (field.table, 1, item(key), 1)]
        self._cells += [(editor.phases.table, 1, phase("text"), 0),
                        (editor.phases.table, 2, phase("say"), 0)]

    def mark_fields(self, fields: list[tuple[QLineEdit | QPlainTextEdit,
                                             Callable[[], tuple[Key, ...]]]],
                    tables: list[QTableWidget]) -> None:
        """The text fields (each with the path it edits) and the tables of texts: their labels
        name the editing language, and an empty field shows the text in the pack's own
        language. A table's label is the one above it, which reads as its name."""
        self._sources = list(fields)
        labels = [label for label in self._editor.findChildren(QLabel) if label.text()]
        for widget, _path in fields:
            self._labels += [(label, label.text()) for label in labels if label.buddy() is widget]
        for table in tables:
            self._labels += [(label, label.text()) for label in labels
                             if label.text() == f"{table.accessibleName()}:"]

    def refresh(self) -> None:
        """Show the document's languages and mark the fields; after every change."""
        document = self._editor.document
        own = document.own_language()
        tags = editable_languages(document)
        current = document.language_of()
        if current not in tags:
            tags.append(current)
        self.choice.show_languages(tags, current)
        self.field.show_languages(own, listed_languages(document))
        for label, text in self._labels:
            label.setText(with_language(text, current))
        for widget, path in self._sources:
            source = document.text_at(path(), own)[0] if current != own else ""
            if isinstance(widget, QLineEdit):
                source = " ".join(source.split())  # one line shows one line
            widget.setPlaceholderText(source)
        for table, column, row_path, part in self._cells:
            for row in range(table.rowCount()):
                cell = table.item(row, column)
                if cell is None:
                    continue
                source = document.text_at(row_path(row), own)[part] if current != own else ""
                # A translator sees what the row says in the pack's own language.
                cell.setToolTip(self.tr("{language}: {text}").format(
                    language=language_name(own), text=source) if source else "")

    # -- choosing, adding, removing ----------------------------------------------------------

    def choose(self, tag: str) -> None:
        """Edit the texts in ``tag`` from now on."""
        document = self._editor.document
        if document.language_of(tag) == document.language_of():
            return
        document.editing_language = tag
        self._editor.show_document()

    def _on_language_added(self, code: str) -> None:
        document = self._editor.document
        try:
            tag = new_language(document, code)  # refused before anything changes
        except LanguageError as exc:
            self.field.show_message(
                self.tr("{code} is listed already.").format(code=exc.code)
                if exc.reason == "listed" else
                self.tr("“{code}” is not a language code. Write one such as de, es or"
                        " de-AT.").format(code=exc.code))
            return
        self._editor.change(self.tr("Add the language {code}").format(code=tag),
                            lambda: add_language(document, tag))
        self.field.code.clear()
        self.field.show_message("")
        document.editing_language = tag  # the person means to write in it now
        self._editor.show_document()

    def _on_language_removed(self, tag: str) -> None:
        document = self._editor.document
        self._editor.change(self.tr("Remove the language {code} and its texts").format(code=tag),
                            lambda: remove_language(document, tag))
        if document.language_of() == tag:
            document.editing_language = None
        self.field.show_message("")
        self._editor.show_document()

    def on_problem_activated(self, message: str) -> None:
        """A text missing in a language: write it in that language."""
        found = _MISSING_RE.match(message)
        if found is not None:
            self.choose(found.group(1))


def _fixed(path: tuple[Key, ...]) -> Callable[[], tuple[Key, ...]]:
    return lambda: path
