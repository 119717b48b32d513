"""Undo and redo for the routine editor: each change keeps the document before and after it.

A routine is small (the loader refuses more than 1 MiB, a typical one is a few KB), so a copy of
the whole document per change is cheap and makes every change undoable alike, whether it sets
one value or moves an exercise. Typing in one field merges into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from ruamel.yaml.comments import CommentedMap

from hipflex_desktop.store.routine_document import RoutineDocument

_MERGE_ID = 1


class DocumentChange(QUndoCommand):
    def __init__(self, document: RoutineDocument, text: str, change: Callable[[], None],
                 changed: Callable[[], None], *, merge_key: str = "") -> None:
        super().__init__(text)
        self._document = document
        self._changed = changed
        self.merge_key = merge_key
        self._before: CommentedMap = document.snapshot()
        change()
        self._after: CommentedMap = document.snapshot()
        self._first = True

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentChange) or other.merge_key != self.merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._first:  # the change is already made: QUndoStack.push calls redo at once
            self._first = False
        else:
            self._document.data = self._snapshot(self._after)
        self._changed()

    def undo(self) -> None:
        self._document.data = self._snapshot(self._before)
        self._changed()

    def _snapshot(self, data: CommentedMap) -> CommentedMap:
        return RoutineDocument(data, folder=self._document.folder, file=None).snapshot()
