"""The versions of an exercise in the routine editor: the standard one and its easier and harder
variants, edited one at a time in the same form.

A variant keeps every field it does not give itself from the standard version, as the loader
reads it (``Exercise.as_variant``). The form shows such a field with the standard's value and
a note saying so; editing it gives the variant its own value, and the note's button goes back
to the standard's.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.store.routine_document import KEY_ORDER, LEVELS
from hipflex_desktop.ui.editor_fields import mark

STANDARD: Final = "standard"
VERSIONS: Final = (STANDARD, *LEVELS)
# The fields a variant may give itself; the rest of the exercise (its id) is shared.
VARIANT_FIELDS: Final = tuple(k for k in KEY_ORDER["variant"] if k not in ("label", "when"))
VERSION_LABELS: Final = {
    STANDARD: QT_TRANSLATE_NOOP("VersionSwitch", "Standard"),
    "easier": QT_TRANSLATE_NOOP("VersionSwitch", "Easier"),
    "harder": QT_TRANSLATE_NOOP("VersionSwitch", "Harder"),
}
VERSION_NAMES: Final = {
    STANDARD: QT_TRANSLATE_NOOP("VersionSwitch", "Standard version"),
    "easier": QT_TRANSLATE_NOOP("VersionSwitch", "Easier version"),
    "harder": QT_TRANSLATE_NOOP("VersionSwitch", "Harder version"),
}


def version_name(level: str) -> str:
    return QCoreApplication.translate("VersionSwitch", VERSION_NAMES[level])


class VersionSwitch(QWidget):
    """Standard, Easier, Harder: which version of the exercise the form edits. Its label's
    key (Alt+E) goes to the chosen one and arrow keys move between them (one radio group); a
    screen reader hears each one's name and whether the exercise has it yet."""

    version_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Version of the exercise"))
        self._group = QButtonGroup(self)
        self._absent: set[str] = set()
        self._problems: dict[str, list[str]] = {}
        self._buttons: dict[str, QRadioButton] = {}
        self.label = QLabel(self.tr("V&ersion:"))
        self.setToolTip(self.tr("Ctrl+Page Down and Ctrl+Page Up show the next and the previous"
                                " version"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        for level in VERSIONS:
            button = QRadioButton(QCoreApplication.translate("VersionSwitch",
                                                             VERSION_LABELS[level]))
            button.setAccessibleName(version_name(level))
            button.toggled.connect(lambda on, lv=level: self._on_toggled(lv, on))
            button.installEventFilter(self)
            self._group.addButton(button)
            self._buttons[level] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._buttons[STANDARD].setChecked(True)
        self._group.buttonToggled.connect(lambda _b, _on: self._follow())
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The arrow keys choose the version beside the focused one, and nothing else: the
        # window's own arrow keys (the session's steps) never reach past the switch.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1,
                    Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            levels = [level for level, button in self._buttons.items() if button is watched]
            if step is not None and levels:
                index = VERSIONS.index(levels[0]) + step
                if 0 <= index < len(VERSIONS):
                    button = self._buttons[VERSIONS[index]]
                    button.setFocus(Qt.FocusReason.TabFocusReason)
                    button.setChecked(True)
                return True
        return super().eventFilter(watched, event)

    def _on_toggled(self, level: str, on: bool) -> None:
        if on:
            self.version_chosen.emit(level)

    def _follow(self) -> None:
        self.label.setBuddy(self._buttons[self.version()])

    def button(self, level: str) -> QRadioButton:
        return self._buttons[level]

    def version(self) -> str:
        return next(level for level, button in self._buttons.items() if button.isChecked())

    def set_version(self, level: str) -> None:
        """Show ``level`` as chosen without reporting it (the editor chose it)."""
        button = self._buttons[level]
        if not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    def set_present(self, present: set[str]) -> None:
        """Which variants the exercise has; the others say that they are not made yet."""
        self._absent = {level for level in LEVELS if level not in present}
        for level in LEVELS:
            font = self._buttons[level].font()
            font.setItalic(level in self._absent)
            self._buttons[level].setFont(font)
            self._describe(level)

    def set_problems(self, level: str, messages: list[str]) -> None:
        """The problems of one version, shown on its button as on a field."""
        self._problems[level] = messages
        self._describe(level)

    def _describe(self, level: str) -> None:
        button = self._buttons[level]
        messages = self._problems.get(level, [])
        mark(button, messages)
        if level in self._absent:
            button.setAccessibleDescription(self.tr("This exercise has no such version yet."))


class InheritNote(QWidget):
    """Beside a variant's field: whether it keeps the standard version's value, and a button
    to go back to it once the variant has its own."""

    inherit_requested = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self.tr("Use the standard's"))
        self.button.setAccessibleName(
            self.tr("Use the standard version's {field}").format(field=field))
        self.button.clicked.connect(self.inherit_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.inherited = True

    def set_inherited(self, inherited: bool) -> None:
        self.inherited = inherited
        self.label.setText(self.tr("Same as the standard version; a change makes it this"
                                   " version's own.") if inherited
                           else self.tr("This version's own."))
        self.button.setVisible(not inherited)
