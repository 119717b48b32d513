"""The routine editor's right-hand side: the session's length and its steps as ``hipflex plan``
prints them, in the editing language, beside the list of problems.

The preview is the loader's verdict made visible: while the routine has errors there is no
session to show, so the length line says how many problems stand in the way instead.
"""

from __future__ import annotations

import io

from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from hipflex_desktop.cli import print_table
from hipflex_desktop.core.loader import LoadResult
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.plan import PlanError, format_duration, plan
from hipflex_desktop.store.routine_document import RoutineDocument


class EditorPreview(QWidget):
    """The length of a session, the problem list (made by EditorProblems) and the steps."""

    def __init__(self, problem_list: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.length_label = QLabel()
        self.length_label.setObjectName("editorLength")
        self.length_label.setWordWrap(True)  # the preview gives way to the form
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Steps of the session"))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        mono = self.preview.font()
        mono.setFamily("monospace")
        mono.setStyleHint(mono.StyleHint.Monospace)
        self.preview.setFont(mono)
        problems_label = QLabel(self.tr("Problems and warnings:"))
        problems_label.setWordWrap(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.length_label)
        layout.addWidget(problems_label)
        layout.addWidget(problem_list, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 2)

    def show_result(self, result: LoadResult, document: RoutineDocument) -> None:
        """The session the routine makes as it stands, in the language being edited."""
        language = document.language_of()
        self.preview_label.setText(
            self.tr("Steps (as hipflex plan prints them):") if language ==
            document.own_language() else
            self.tr("Steps (as hipflex plan --language {code} prints them):").format(
                code=language))
        pack = result.pack
        if pack is None:
            errors = len(result.errors)
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
