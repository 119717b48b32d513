"""The routine editor's keyboard: Undo and Redo from any text field go to the editor's own
stack, and after a box (such as the question about unsaved changes) the keys go back to the
field last used.

A line's own undo would change its field behind the stack's back, so the stack holding every
field's changes in order must get those keys first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget


class UndoKeysToEditor(QObject):
    """Lets Undo and Redo pressed in a text field reach the editor's shortcuts."""

    _KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def watch(self, editor: QWidget) -> None:
        """Every text field of ``editor`` as it stands (fields are made once, up front)."""
        for edit in (*editor.findChildren(QLineEdit), *editor.findChildren(QPlainTextEdit)):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combined = QKeySequence(event.keyCombination())
            if any(event.matches(key) for key in self._KEYS) or combined == QKeySequence(
                    "Ctrl+Shift+Z"):
                event.ignore()
                return True
        return super().eventFilter(watched, event)


class FocusKeeper(QObject):
    """Remembers the editor's field that last had the keys, to give them back to it."""

    def __init__(self, editor: QWidget, fallback: QWidget) -> None:
        super().__init__(editor)
        self._editor = editor
        self._fallback = fallback  # where the keys go when that field is gone or hidden
        self._last_focus: QWidget | None = None
        app = QApplication.instance()
        self._follows_focus = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def take_focus(self) -> None:
        """Give the keyboard back to the field last used in the editor (else the fallback),
        as after a box that asked about unsaved changes."""
        editor = self._editor
        widget = self._last_focus
        if widget is None or not widget.isVisibleTo(editor) or not widget.isEnabled():
            widget = self._fallback
        # Where no window manager gives the window back its activation when the box goes,
        # the window asks for it: a field's focus means nothing in an inactive window.
        if not editor.window().isActiveWindow():
            editor.window().activateWindow()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._editor.isAncestorOf(new):
            self._last_focus = new

    def shutdown(self) -> None:
        app = QApplication.instance()
        if self._follows_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
            self._follows_focus = False
