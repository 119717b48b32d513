"""Saving the routine the editor holds, the draft of unsaved changes, and leaving the editor.

Saving first names the person's own lines that would be written in another layout (same
values) and asks; a file that cannot be saved without changing what it says is refused with its
lines named. Until the routine is saved, a draft (store/routine_drafts.py) is written a few
seconds after each change, so a crash loses at most those seconds; leaving with unsaved changes
asks whether to save them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject

from hipflex_desktop.core.shown import escape
from hipflex_desktop.qtsupport.timers import Timer, TimerFactory
from hipflex_desktop.store.kept_lines import UnkeptLine
from hipflex_desktop.store.routine_document import UnfaithfulSaveError
from hipflex_desktop.store.routine_drafts import write_draft
from hipflex_desktop.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from hipflex_desktop.ui.routine_editor import RoutineEditor

DRAFT_DELAY_MS: Final = 2000  # a crash loses at most this much typing
MAX_LINES_NAMED: Final = 5  # of the lines a save would write anew, the ones a question names
LINE_SHOWN: Final = 60  # characters of such a line shown


class EditorSaving(QObject):
    def __init__(self, editor: RoutineEditor, dialogs: Dialogs, routines_folder: Path,
                 timer_factory: TimerFactory) -> None:
        super().__init__(editor)
        self._editor = editor
        self._dialogs = dialogs
        self._routines_folder = routines_folder
        self.draft_file: Path | None = None
        self._recovered = False  # opened from a draft: unsaved until saved
        self._draft_timer: Timer = timer_factory(editor, "editor-draft")
        self._draft_timer.setSingleShot(True)
        self._draft_timer.connect_timeout(self.write_draft_now)

    @property
    def dirty(self) -> bool:
        return self._recovered or not self._editor.undo_stack.isClean()

    def recovered_from(self, draft: Path) -> None:
        """The document came from ``draft``: it stays unsaved, and the draft is kept, until
        the person saves or discards it."""
        self._recovered = True
        self.draft_file = draft

    def save(self) -> bool:
        editor = self._editor
        editor.check_now()
        if not self._may_rewrite(editor.document.unkept()):
            return False
        try:
            file = editor.document.save()
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
        editor.undo_stack.setClean()
        self._recovered = False
        editor.update_heading()
        self.discard_draft()
        editor.saved.emit(file)
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

    def may_close(self) -> bool:
        """Whether the editor may go: asks to save unsaved changes first."""
        if not self.dirty:
            self.discard_draft()
            return True
        editor = self._editor
        title = editor.document.shown_text(("title",))
        answer = self._dialogs.ask_save(
            self.tr("Save the changes?"),
            self.tr("{title} has changes that are not saved.").format(title=title))
        if answer == "discard":
            self.discard_draft()
            return True
        if answer == "save" and self.save():
            return True
        editor.take_focus()  # the box is gone and the editor stays: the keys come back here
        return False

    def draft_soon(self) -> None:
        """A change was made: a draft follows once the typing pauses."""
        self._draft_timer.start(DRAFT_DELAY_MS)

    def write_draft_now(self) -> None:
        self._draft_timer.stop()
        document = self._editor.document
        if self.dirty and document.file is not None:
            try:
                self.draft_file = write_draft(self._routines_folder, document)
            except OSError:
                self.draft_file = None  # no draft this time; the next change tries again

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        if self.draft_file is not None:
            self.draft_file.unlink(missing_ok=True)
            self.draft_file = None

    def shutdown(self) -> None:
        self._draft_timer.stop()


def _line_shown(text: str) -> str:
    """A line of the person's file as a question quotes it: escaped, and cut if long."""
    line = escape(text.strip())
    return line if len(line) <= LINE_SHOWN else line[:LINE_SHOWN] + "…"
