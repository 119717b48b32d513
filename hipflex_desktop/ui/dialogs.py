"""Every box the app shows: questions to the person, messages to read, the offer to resume.

Made here and nowhere else, so that they look and behave alike: a question's default and Esc
answer is the safe one, messages and offers do not block (the session's timers keep running
behind them), each box is named for screen readers and deleted when closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from hipflex_desktop.ui.notices import Severity

ICONS = {
    Severity.INFO: QMessageBox.Icon.Information,
    Severity.WARNING: QMessageBox.Icon.Warning,
    Severity.ERROR: QMessageBox.Icon.Critical,
}


class Dialogs(QObject):
    """The boxes of one window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.last: QMessageBox | None = None  # the message box on screen, if any

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question; No unless the person says Yes."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(title)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show(self, severity: Severity, title: str, text: str, *, informative: str = "",
             details: str = "") -> QMessageBox:
        """A message to read, with an OK button."""
        box = QMessageBox(ICONS[severity], title, text, QMessageBox.StandardButton.Ok,
                          self._parent)
        # Messages quote file names and pack texts: shown as written, never read as rich text.
        box.setTextFormat(Qt.TextFormat.PlainText)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText(details)
        self._open(box, title)
        return box

    def offer(self, title: str, text: str, *, informative: str, accept: str, decline: str,
              answered: Callable[[bool], None]) -> QMessageBox:
        """A choice between ``accept`` (the default) and ``decline``; ``answered`` gets
        whether it was accepted."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setInformativeText(informative)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(decline, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(yes)
        box.buttonClicked.connect(lambda button: answered(button is yes))
        self._open(box, title, message=False)
        return box

    def show_warning(self, title: str, text: str) -> QMessageBox:
        return self.show(Severity.WARNING, title, text)

    def ask_save(self, title: str, text: str) -> str:
        """Save, discard or cancel unsaved changes: "save", "discard" or "cancel" (Esc)."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(title)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def open_file(self, title: str, filters: str, folder: Path | None = None) -> Path | None:
        """A file the person picks to read; ``None`` when they cancel."""
        name, _ = QFileDialog.getOpenFileName(self._parent, title, str(folder or ""), filters)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: Path, filters: str) -> Path | None:
        """A file name the person picks to write; ``None`` when they cancel."""
        name, _ = QFileDialog.getSaveFileName(self._parent, title, str(suggested), filters)
        return Path(name) if name else None

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """A line of text, starting from ``text``; ``None`` when they cancel."""
        answer, ok = QInputDialog.getText(self._parent, title, label, QLineEdit.EchoMode.Normal,
                                          text)
        return answer if ok else None

    def _open(self, box: QMessageBox, title: str, *, message: bool = True) -> None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(title)
        if message:
            self.last = box
            box.finished.connect(self._on_finished)
        box.open()

    def _on_finished(self, _result: int) -> None:
        self.last = None
