"""The Routines page: the built-in routine and the person's own, and what can be done with them.

Each row says the routine's title, how long a session takes at the settings remembered for it,
its exercises and whether it can be used (an invalid one shows its problems, with the words of
``hipflex validate``, under the list). From here a routine is used for a session, duplicated
(the built-in one is read-only: duplicating makes an own copy), renamed, deleted (Undo brings it
back until the app closes; then it goes to the desktop's trash), imported or exported as one
``.hipflex`` file. Read at the desk, so it uses ordinary desktop type sizes; everything is
reachable by keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions, format_duration
from hipflex_desktop.store.routines import Deleted, Routine, RoutineError, RoutineLibrary
from hipflex_desktop.store.sharefile import SHARE_SUFFIX, ShareError
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.notices import Notice, Severity

FILE_ROLE: Final = Qt.ItemDataRole.UserRole
MAX_SHOWN_PROBLEMS: Final = 12

OptionsFor = Callable[[Pack], PlanOptions | None]


class RoutinesPage(QWidget):
    use_requested = Signal(object)  # Path: the pack file of the routine to use
    edit_requested = Signal(object)  # Routine: open it in the editor (an own one)
    new_requested = Signal()
    back_requested = Signal()
    notice_given = Signal(object)  # Notice: for the window to show

    def __init__(self, library: RoutineLibrary, dialogs: Dialogs, options_for: OptionsFor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routinesPage")
        self._library = library
        self._dialogs = dialogs
        self._options_for = options_for
        self._routines: dict[str, Routine] = {}
        self.deleted: list[Deleted] = []  # newest last; Undo brings the last one back

        heading = QLabel(self.tr("Routines"))
        heading.setObjectName("routinesHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "The routine that comes with the app and your own. Duplicate one to change it;"
            " share one as a single .hipflex file."))
        intro.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("routinesList")
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setHeaderLabels([self.tr("Routine"), self.tr("Length"), self.tr("Exercises"),
                                   self.tr("State")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        # Rows a little apart: the list is read, and clicked, more than it is scanned.
        self.list.setStyleSheet("QTreeWidget::item { padding: 5px 2px; }")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QLabel()
        self.problems.setObjectName("routineProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.use_button = self._button(self.tr("&Use for a session"), self._on_use)
        self.use_button.setDefault(True)
        self.new_button = self._button(self.tr("Ne&w…"), self.new_requested.emit)
        self.edit_button = self._button(self.tr("&Edit…"), self._on_edit)
        self.duplicate_button = self._button(self.tr("&Duplicate"), self._on_duplicate)
        self.rename_button = self._button(self.tr("Re&name…"), self._on_rename)
        self.delete_button = self._button(self.tr("De&lete"), self._on_delete)
        self.undo_button = self._button(self.tr("Und&o delete"), self._on_undo)
        self.import_button = self._button(self.tr("&Import…"), self._on_import)
        self.export_button = self._button(self.tr("E&xport…"), self._on_export)
        self.export_button.setToolTip(self.tr("Save the routine as a .hipflex file to share"
                                              " (Ctrl+Shift+S)"))
        self.back_button = self._button(self.tr("&Back"), self.back_requested.emit)

        self._shortcut(QKeySequence(Qt.Key.Key_F2), self._on_rename)
        self._shortcut(QKeySequence("Ctrl+E"), self._on_edit)
        self._shortcut(QKeySequence("Ctrl+Shift+S"), self._on_export)  # as Save As
        self._shortcut(QKeySequence(QKeySequence.StandardKey.New), self.new_requested.emit)
        self._shortcut(QKeySequence(Qt.Key.Key_Delete), self._on_delete)
        self._shortcut(QKeySequence("Ctrl+D"), self._on_duplicate)
        self._shortcut(QKeySequence(QKeySequence.StandardKey.Undo), self._on_undo)

        # Two rows, so that the buttons keep their words in German or Spanish at 1024 px: what
        # is done to the chosen routine, then new ones, files and the way back.
        chosen = QHBoxLayout()
        for button in (self.use_button, self.edit_button, self.duplicate_button,
                       self.rename_button, self.delete_button, self.undo_button):
            chosen.addWidget(button)
        chosen.addStretch(1)
        others = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            others.addWidget(button)
        others.addStretch(1)
        others.addWidget(self.back_button)
        actions = QVBoxLayout()
        actions.addLayout(chosen)
        actions.addLayout(others)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problems)
        layout.addLayout(actions)

        self.list.itemActivated.connect(lambda _item, _column: self._on_use())
        self.list.currentItemChanged.connect(lambda _now, _before: self._update_buttons())
        self.refresh()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Read the library again and show it; keep (or move) the selection."""
        current = self.current()
        wanted = select or (current.file if current is not None else None)
        self.list.clear()
        self._routines = {}
        chosen: QTreeWidgetItem | None = None
        for routine in self._library.routines():
            item = self._row(routine)
            self.list.addTopLevelItem(item)
            self._routines[str(routine.file)] = routine
            if routine.file == wanted:
                chosen = item
        chosen = chosen or self.list.topLevelItem(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._update_buttons()

    def _row(self, routine: Routine) -> QTreeWidgetItem:
        title = routine.title
        if routine.builtin:
            title = self.tr("{title} (built in, read-only)").format(title=title)
        pack = routine.pack
        seconds = routine.length(self._options_for(pack)) if pack is not None else None
        length = format_duration(seconds) if seconds is not None else "—"
        if routine.valid:
            warnings = len(routine.result.warnings)
            state = (self.tr("Ready") if not warnings
                     else self.tr("Ready, %n warning(s)", "", warnings))
        else:
            state = self.tr("%n problem(s)", "", len(routine.result.errors))
        item = QTreeWidgetItem([title, length, ", ".join(routine.exercise_names), state])
        item.setData(0, FILE_ROLE, str(routine.file))
        item.setToolTip(0, str(routine.file))
        return item

    def current(self) -> Routine | None:
        item = self.list.currentItem()
        return None if item is None else self._routines.get(str(item.data(0, FILE_ROLE)))

    def select(self, file: Path) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, FILE_ROLE) == str(file):
                self.list.setCurrentItem(item)

    def _update_buttons(self) -> None:
        routine = self.current()
        valid = routine is not None and routine.valid
        own = routine is not None and not routine.builtin
        self.use_button.setEnabled(valid)
        self.duplicate_button.setEnabled(valid)
        self.export_button.setEnabled(valid)
        self.rename_button.setEnabled(own)
        self.edit_button.setEnabled(routine is not None and (own or valid))
        self.delete_button.setEnabled(own)
        self.undo_button.setEnabled(bool(self.deleted))
        if routine is None or routine.valid:
            self.problems.clear()
            self.problems.hide()
            return
        errors = routine.result.errors
        shown = "\n".join(str(p) for p in errors[:MAX_SHOWN_PROBLEMS])
        more = (self.tr("… and {count} more").format(count=len(errors) - MAX_SHOWN_PROBLEMS)
                if len(errors) > MAX_SHOWN_PROBLEMS else "")
        self.problems.setText("\n".join(filter(None, [shown, more])))
        self.problems.show()

    # -- doing -------------------------------------------------------------------------------

    def _tell(self, text: str) -> None:
        self.notice_given.emit(Notice(text))

    def _refused(self, title: str, text: str, problems: tuple[str, ...]) -> None:
        shown = "\n".join(problems[:MAX_SHOWN_PROBLEMS])
        more = (self.tr("… and {count} more").format(count=len(problems) - MAX_SHOWN_PROBLEMS)
                if len(problems) > MAX_SHOWN_PROBLEMS else "")
        self.notice_given.emit(Notice(text, Severity.WARNING, title=title,
                                      informative="\n".join(filter(None, [shown, more])),
                                      details="\n".join(problems)))

    def _on_use(self) -> None:
        routine = self.current()
        if routine is not None and routine.valid:
            self.use_requested.emit(routine.file)

    def _on_edit(self) -> None:
        """Edit an own routine; editing the built-in one edits a copy of it."""
        routine = self.current()
        if routine is None:
            return
        if routine.builtin:
            if not routine.valid:
                return
            try:
                routine = self._library.duplicate(routine)
            except RoutineError as exc:
                self._refused(self.tr("The routine was not copied"), str(exc), ())
                return
            self.refresh(select=routine.file)
            self._tell(self.tr("The built-in routine is read-only: you are editing {title}")
                       .format(title=routine.title))
        self.edit_requested.emit(routine)

    def _on_duplicate(self) -> None:
        routine = self.current()
        if routine is None or not routine.valid:
            return
        try:
            copy = self._library.duplicate(routine)
        except RoutineError as exc:
            self._refused(self.tr("The routine was not duplicated"), str(exc), ())
            return
        self.refresh(select=copy.file)
        self._tell(self.tr("Made {title}").format(title=copy.title))

    def _on_rename(self) -> None:
        routine = self.current()
        if routine is None or routine.builtin:
            return
        title = self._dialogs.ask_text(self.tr("Rename routine"), self.tr("New title:"),
                                       routine.title)
        if title is None or title.strip() == routine.title:
            return
        try:
            renamed = self._library.rename(routine, title)
        except RoutineError as exc:
            self._refused(self.tr("The routine was not renamed"), str(exc), ())
            return
        self.refresh(select=renamed.file)
        self._tell(self.tr("Renamed to {title}").format(title=renamed.title))

    def _on_delete(self) -> None:
        routine = self.current()
        if routine is None or routine.builtin:
            return
        try:
            deleted = self._library.delete(routine)
        except RoutineError as exc:
            self._refused(self.tr("The routine was not deleted"), str(exc), ())
            return
        self.deleted.append(deleted)
        self.refresh()
        self._tell(self.tr("Deleted {title}. Undo delete (Ctrl+Z) brings it back.")
                   .format(title=deleted.title))

    def _on_undo(self) -> None:
        if not self.deleted:
            return
        deleted = self.deleted.pop()
        try:
            restored = self._library.restore(deleted)
        except RoutineError as exc:
            self.deleted.append(deleted)
            self._refused(self.tr("The routine was not brought back"), str(exc), ())
            return
        self.refresh(select=restored.file)
        self._tell(self.tr("Brought back {title}").format(title=restored.title))

    def _on_import(self) -> None:
        path = self._dialogs.open_file(
            self.tr("Import a routine"),
            self.tr("HipFlex routines (*.hipflex *.yaml *.yml);;All files (*)"))
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> Routine | None:
        """Add the routine in ``path`` to the library, or say why it cannot be."""
        try:
            routine = self._library.import_file(path)
        except ShareError as exc:
            self._refused(self.tr("This routine cannot be imported"),
                          self.tr("{name} was not imported; nothing was written.")
                          .format(name=path.name), exc.problems)
            return None
        except RoutineError as exc:
            self._refused(self.tr("This routine cannot be imported"), str(exc), ())
            return None
        self.refresh(select=routine.file)
        self._tell(self.tr("Imported {title}").format(title=routine.title))
        return routine

    def _on_export(self) -> None:
        routine = self.current()
        if routine is None or routine.pack is None:
            return
        suggested = Path.home() / f"{routine.pack.id}{SHARE_SUFFIX}"
        target = self._dialogs.save_file(self.tr("Export routine"), suggested,
                                         self.tr("HipFlex routines (*.hipflex)"))
        if target is None:
            return
        try:
            written = self._library.export(routine, target)
        except RoutineError as exc:
            self._refused(self.tr("The routine was not exported"), str(exc), ())
            return
        self._tell(self.tr("Saved {name}: send it to share {title}")
                   .format(name=written.name, title=routine.title))
