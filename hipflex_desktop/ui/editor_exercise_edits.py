"""The changes the exercise form makes to the document, each one undoable step.

Every change goes to the version being edited: the exercise's own fields for the standard
version, its variant's for the easier or harder one. A variant that keeps the standard's list
or phase gets its own copy of it in the same step as the first change inside it, so undo takes
both back at once. The picture a person chooses is checked as the loader checks it and copied
beside the routine before the exercise names it.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hipflex_desktop.core.pictures import UnsafePicture, check_picture_file
from hipflex_desktop.store.routine_document import Key, new_phase, new_variant, path_text
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.editor_fields import HOLD_SETTING, NO_RANGE, TextListField
from hipflex_desktop.ui.editor_versions import STANDARD

if TYPE_CHECKING:
    from hipflex_desktop.ui.routine_editor import RoutineEditor


class ExerciseEdits(QObject):
    def __init__(self, editor: RoutineEditor, dialogs: Dialogs) -> None:
        super().__init__(editor)
        self._editor = editor
        self._dialogs = dialogs

    def _edit(self, rest: tuple[Key, ...], text: str, change: Callable[[], None],
              merge: bool = True) -> None:
        """Make ``change`` (to ``rest`` in the version being edited) one undoable step. A
        change inside a list or phase the variant keeps from the standard version first gives
        the variant its own copy of it, in the same step."""
        editor = self._editor
        if editor._exercise < 0:
            return
        path = editor._form_path(*rest)
        key = str(rest[0])
        made = change
        if len(rest) > 1 and editor._inherits(key):
            own, standard = editor._form_path(key), editor._exercise_path(key)

            def made() -> None:
                editor.document.set(own, copy.deepcopy(editor.document.get(standard)))
                change()
        editor.change(text.format(field=path_text(path)), made,
                      merge_key=path_text(path) if merge else "")

    def set_value(self, rest: tuple[Key, ...], value: Any) -> None:
        editor = self._editor
        if editor._exercise < 0:
            return
        if editor.document.get(editor._shown_path(str(rest[0]), *rest[1:])) == value:
            return
        path = editor._form_path(*rest)
        self._edit(rest, self.tr("Change {field}"), lambda: editor.document.set(path, value))

    def set_text(self, rest: tuple[Key, ...], text: str, say: str) -> None:
        editor = self._editor
        if editor._exercise < 0:
            return
        text, say = text.strip(), say.strip()
        if editor.document.text_at(editor._shown_path(str(rest[0]), *rest[1:])) == (text, say):
            return
        path = editor._form_path(*rest)
        self._edit(rest, self.tr("Change {field}"),
                   lambda: editor.document.set_text(path, text, say))

    def set_variant_text(self, rest: tuple[Key, ...], text: str, say: str) -> None:
        """A variant's own text (its label, when): never written into the standard version."""
        if self._editor._level != STANDARD:
            self.set_text(rest, text, say)

    def connect_text_list(self, field: TextListField, key: str, fresh: str) -> None:
        field.row_added.connect(lambda: self.list_change(key, "add", fresh))
        field.row_removed.connect(lambda row: self.list_change(key, "remove", row))
        field.row_moved.connect(lambda a, b: self.list_change(key, "move", a, b))
        field.text_edited.connect(lambda row, text, say: self.set_text((key, row), text, say))

    def list_change(self, key: str, how: str, *args: Any) -> None:
        editor = self._editor
        if editor._exercise < 0:
            return
        document = editor.document
        path = editor._form_path(key)
        if how == "add":
            index = document.length(editor._shown_path(key))
            self._edit((key, index), self.tr("Add to {field}"),
                       lambda: document.insert(path, index, args[0]), merge=False)
        elif how == "remove":
            self._edit((key, args[0]), self.tr("Remove from {field}"),
                       lambda: document.remove(path, args[0]), merge=False)
        else:
            self._edit((key, args[0]), self.tr("Move in {field}"),
                       lambda: document.move(path, args[0], args[1]), merge=False)

    def on_phase_added(self) -> None:
        self.list_change("phases", "add", new_phase("move"))

    def on_phase_kind(self, row: int, kind: str) -> None:
        """A move or return lasts fixed seconds: a hold's range or hold setting becomes its
        shortest length (the loader refuses a range on them)."""
        editor = self._editor
        document = editor.document
        phase = document.get(editor._shown_path("phases", row))
        if not isinstance(phase, dict) or phase.get("kind") == kind:
            return
        path = editor._form_path("phases", row)
        hold_range = phase.get("range")
        seconds = phase.get("seconds")
        if kind != "hold" and seconds is None:
            seconds = hold_range[0] if isinstance(hold_range, list) and hold_range else 1.5

        def change() -> None:
            document.set((*path, "kind"), kind)
            if kind != "hold":
                document.set((*path, "range"), None)
                document.set((*path, "seconds"), seconds)
        self._edit(("phases", row, "kind"), self.tr("Change {field}"), change)

    def on_phase_text(self, row: int, text: str, say: str) -> None:
        # Each language's text and spoken form, as document.set_phase_text writes them.
        editor = self._editor
        document = editor.document
        shown = editor._shown_path("phases", row)
        if (document.text_at((*shown, "text"))[0],
                document.text_at((*shown, "say"))[0]) == (text, say):
            return
        path = editor._form_path("phases", row)
        self._edit(("phases", row, "text"), self.tr("Change {field}"),
                   lambda: document.set_phase_text(path, text, say))

    def on_phase_seconds(self, row: int, seconds: float, upto: float) -> None:
        """Seconds alone: a fixed length; a hold's seconds and "to": the range the person
        chooses from; no seconds: the hold follows the person's hold setting."""
        editor = self._editor
        document = editor.document
        phase = document.get(editor._shown_path("phases", row))
        if not isinstance(phase, dict):
            return
        fixed: float | None = None if seconds == HOLD_SETTING else seconds
        chosen: list[float] | None = None
        if phase.get("kind") == "hold" and fixed is not None and upto != NO_RANGE:
            fixed, chosen = None, [seconds, upto]
        if phase.get("seconds") == fixed and phase.get("range") == chosen:
            return
        path = editor._form_path("phases", row)

        def change() -> None:
            document.set((*path, "range"), chosen)
            document.set((*path, "seconds"), fixed)
        self._edit(("phases", row, "seconds"), self.tr("Change {field}"), change)

    def on_inherit(self, key: str) -> None:
        """The variant goes back to the standard version's ``key``."""
        editor = self._editor
        if not editor._inherits(key) and editor._level != STANDARD:
            path = editor._form_path(key)
            editor.change(self.tr("Use the standard version's {field}")
                          .format(field=path_text(path)),
                          lambda: editor.document.set(path, None))
            # The note's button goes with the variant's own value: the field takes the keys.
            editor.focus_field(editor.exercise_form.inherit_shown[key])

    def on_variant_toggled(self, level: str, on: bool) -> None:
        editor = self._editor
        if editor._exercise < 0 or editor._loading:
            return
        document = editor.document
        path = editor._exercise_path("variants", level)
        if on and document.get(path) is None:
            editor.change(self.tr("Add the easier form") if level == "easier"
                          else self.tr("Add the harder form"),
                          lambda: document.set(path, new_variant(level)))
        elif not on and document.get(path) is not None:
            def drop() -> None:
                document.set(path, None)
                if not document.get(editor._exercise_path("variants")):
                    document.set(editor._exercise_path("variants"), None)
            editor.change(self.tr("Remove the easier form") if level == "easier"
                          else self.tr("Remove the harder form"), drop)

    def on_add_variant(self) -> None:
        editor = self._editor
        if editor._level == STANDARD:
            return  # the offer is only shown for a variant not made yet
        self.on_variant_toggled(editor._level, True)
        # The button is gone: the new label is next.
        editor.focus_field(editor.exercise_form.variant_label)

    def on_remove_variant(self) -> None:
        editor = self._editor
        if editor._level == STANDARD:
            return
        self.on_variant_toggled(editor._level, False)
        editor.focus_field(editor.exercise_form.add_variant_button)

    def on_choose_picture(self) -> None:
        if self._editor._exercise < 0:
            return
        chosen = self._dialogs.open_file(self.tr("Choose a picture"),
                                         self.tr("Pictures (*.svg *.png)"))
        if chosen is not None:
            self.use_picture(chosen)

    def use_picture(self, chosen: Path) -> bool:
        """Check the picture as the loader does, copy it into the routine's pictures folder
        and name it in the current exercise."""
        try:
            check_picture_file(chosen)
        except (UnsafePicture, OSError) as exc:
            self._dialogs.show_warning(self.tr("This picture cannot be used"),
                                       self.tr("{name}: {reason}").format(name=chosen.name,
                                                                          reason=exc))
            return False
        target = self._editor.document.folder / "pictures" / chosen.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if chosen.resolve() != target.resolve():
                shutil.copyfile(chosen, target)
        except OSError as exc:
            self._dialogs.show_warning(self.tr("This picture cannot be used"),
                                       self.tr("It could not be copied ({reason}).")
                                       .format(reason=exc.strerror or exc))
            return False
        self.set_value(("picture",), str(PurePosixPath("pictures", chosen.name)))
        return True
