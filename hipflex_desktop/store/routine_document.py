"""A routine being edited: its YAML document, changed one value at a time, checked by the loader.

The document is read with ruamel.yaml's round-trip mode, so a routine first written by hand
keeps its comments, key order and quoting when the editor saves it; keys the editor adds go
where the built-in pack puts them. Saving changes only the lines the edits changed: every other
line keeps the person's own text byte for byte (see ``kept_lines``), and where that
cannot be done :meth:`RoutineDocument.unkept` lists what would be written otherwise. Values are
addressed by paths such as ``("exercises", 0, "phases", 1, "seconds")``, written
``exercises[0].phases[1].seconds`` exactly as the loader names them in its problems, so each
problem finds its field. Text with line breaks is saved as a ``|`` block. Qt-free: the editor's
undo stack and the property tests use the same calls.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from hipflex_desktop.core.languages import canonical_tag
from hipflex_desktop.core.loader import LoadResult, load_pack_bytes
from hipflex_desktop.store.kept_lines import Kept, UnkeptLine
from hipflex_desktop.store.routine_yaml import (
    HandWritten,
    YamlEditError,
    document_values,
    dump_text,
    read_document,
    round_trip_yaml,
)
from hipflex_desktop.store.routines import write_text_replacing

Key = str | int
Path_ = tuple[Key, ...]

# The order of keys in the built-in pack, for keys the editor adds.
KEY_ORDER: Final[dict[str, tuple[str, ...]]] = {
    "pack": ("format", "id", "title", "version", "language", "languages", "author", "licence",
             "introduction", "defaults", "exercises"),
    "defaults": ("reps_per_side", "sets", "hold_seconds", "hold_range", "rest_seconds",
                 "lead_in_seconds", "switch_seconds", "first_side", "note"),
    "exercise": ("id", "name", "purpose", "equipment", "setup", "sides", "phases", "cues",
                 "picture", "variants"),
    "variant": ("label", "when", "name", "purpose", "equipment", "setup", "sides", "phases",
                "cues", "picture"),
    "phase": ("kind", "text", "say", "seconds", "range"),
    "text": ("text", "say"),
    "ladder": ("climb_after", "start", "steps"),
    "step": ("variant", "reps_per_side", "hold_seconds"),
}
LEVELS: Final = ("easier", "harder")

NEW_ROUTINE: Final = """\
format: 1
id: my-routine
title: My routine
version: "1.0.0"
language: en
author: Me
licence: All rights reserved
introduction: What this routine is for.
defaults:
  reps_per_side: 8
  sets: 2
  hold_seconds: 1.5
  hold_range: [1.0, 2.0]
  rest_seconds: 30
  lead_in_seconds: 20
  switch_seconds: 5
  first_side: right
exercises: []
"""


class DocumentError(ValueError):
    """The text is not a YAML mapping the editor can work on; the message says why."""


class UnfaithfulSaveError(DocumentError):
    """Saving would change what the file says: ruamel.yaml writes a few hand-written layouts
    (an explicit ``?`` key with a comment) so that they read back otherwise. ``lines`` are the
    person's lines at fault, for the editor to name in the window's language."""

    def __init__(self, lines: tuple[UnkeptLine, ...]) -> None:
        self.lines = lines
        where = "; ".join(str(line) for line in lines[:3]) or "part of it"
        super().__init__(
            f"this file cannot be saved without changing what it says ({where} would not"
            " read back the same); write that part as plain \"key: value\" lines and open"
            " the file again")


def path_text(path: Sequence[Key]) -> str:
    """``("exercises", 0, "name")`` as the loader writes it: ``exercises[0].name``."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out


def new_exercise(number: int) -> CommentedMap:
    """An exercise that is valid as it stands, for the person to change."""
    made: CommentedMap = _commented({
        "id": f"exercise-{number}",
        "name": f"Exercise {number}",
        "purpose": "What this exercise is for.",
        "equipment": [],
        "setup": ["Get into position."],
        "sides": "alternate",
        "phases": [new_phase("move"), new_phase("hold"), new_phase("return")],
        "cues": [],
    })
    return made


def new_phase(kind: str) -> CommentedMap:
    texts = {"move": "{Side} leg up.", "hold": "Hold.", "return": "Down."}
    phase: dict[str, Any] = {"kind": kind, "text": texts.get(kind, "Move.")}
    if kind != "hold":
        phase["seconds"] = 1.5
    made: CommentedMap = _commented(phase)
    return made


def new_variant(level: str) -> CommentedMap:
    label = "An easier form" if level == "easier" else "A harder form"
    made: CommentedMap = _commented({"label": label, "when": "When to choose it."})
    return made


def _commented(value: Any) -> Any:
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _commented(item)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_commented(item) for item in value)
        if not value or all(isinstance(v, (int, float)) for v in value):
            seq.fa.set_flow_style()  # [] and [1.0, 2.0] stay on one line
        return seq
    return value


def _yaml() -> YAML:
    return round_trip_yaml()


class RoutineDocument:
    """One routine's YAML, its folder (for pictures) and the file it is saved to."""

    def __init__(self, data: CommentedMap, *, folder: Path, file: Path | None,
                 source: str | None = None, kept: HandWritten | None = None) -> None:
        self.data = data
        self.folder = folder
        self.file = file
        self.source = source or str(file or folder / "routine.yaml")
        # The text as the person wrote it, to keep every line no edit changes.
        self._kept = kept
        # The language texts are read and written in (None: the pack's own language).
        self.editing_language: str | None = None

    # -- reading and writing -----------------------------------------------------------------

    @classmethod
    def from_text(cls, text: str, *, folder: Path, file: Path | None = None) -> RoutineDocument:
        try:
            data, kept = read_document(text)
        except YamlEditError as exc:
            raise DocumentError(f"the routine cannot be read as YAML ({exc})") from None
        if not isinstance(data, CommentedMap):
            raise DocumentError("the routine's file does not hold a mapping of keys")
        return cls(data, folder=folder, file=file, kept=kept)

    @classmethod
    def open(cls, file: Path) -> RoutineDocument:
        try:  # line endings as they are: a file written with CR LF is saved with CR LF
            with file.open(encoding="utf-8", newline="") as stream:
                text = stream.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise DocumentError(f"{file} cannot be read ({exc})") from None
        return cls.from_text(text, folder=file.parent, file=file)

    @classmethod
    def new(cls, folder: Path) -> RoutineDocument:
        return cls.from_text(NEW_ROUTINE, folder=folder, file=folder / "routine.yaml")

    def text(self) -> str:
        """The text a save writes: the person's lines where no edit changed them."""
        return self._saved().text

    def unkept(self) -> tuple[UnkeptLine, ...]:
        """The person's lines that a save would write differently (none when every untouched
        line is kept as written): for the editor to show before saving."""
        return self._saved().unkept

    def _saved(self) -> Kept:
        if self._kept is None:
            return Kept(dump_text(_yaml(), self.data), ())
        return self._kept.save(self.data)

    def check(self) -> LoadResult:
        """The loader's verdict on the routine as it is now, pictures looked up in its folder."""
        return load_pack_bytes(self.text(), source=self.source, base_dir=self.folder)

    def save(self, file: Path | None = None) -> Path:
        """Write the routine to a temporary file beside ``file`` and rename it over it."""
        target = file or self.file
        if target is None:
            raise DocumentError("the routine has no file to be saved to")
        hand = self._kept or HandWritten.blank()
        edited = hand.dump(self.data)
        kept = hand.kept.save(edited, document_values(self.data))
        if not kept.faithful:
            raise UnfaithfulSaveError(kept.unkept)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_replacing(target, kept.text)
        self.file = target
        self._kept = hand.saved(kept.text, edited)  # the next save keeps this text
        return target

    def snapshot(self) -> CommentedMap:
        return copy.deepcopy(self.data)

    # -- values ------------------------------------------------------------------------------

    def get(self, path: Sequence[Key], default: Any = None) -> Any:
        node: Any = self.data
        for key in path:
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):
                return default
        return node

    def set(self, path: Sequence[Key], value: Any) -> None:
        """Set the value at ``path`` (``None`` removes a mapping key); mappings on the way are
        made as needed, new keys placed in the built-in pack's order."""
        parent = self._container(path[:-1])
        key = path[-1]
        value = _stored(value)
        if isinstance(parent, list) and isinstance(key, int):
            if value is None:
                del parent[key]
            else:
                parent[key] = value
            return
        assert isinstance(parent, CommentedMap) and isinstance(key, str)
        if value is None:
            parent.pop(key, None)
        elif key in parent:
            parent[key] = value
        else:
            order = KEY_ORDER.get(_kind(path[:-1]), ())
            parent.insert(_position(parent, key, order), key, value)

    def insert(self, list_path: Sequence[Key], index: int, value: Any) -> None:
        items = self._list(list_path)
        items.insert(index, _stored(value))

    def remove(self, list_path: Sequence[Key], index: int) -> Any:
        items = self._list(list_path)
        return items.pop(index)

    def move(self, list_path: Sequence[Key], source: int, target: int) -> None:
        items = self._list(list_path)
        item = items.pop(source)
        items.insert(target, item)

    def length(self, list_path: Sequence[Key]) -> int:
        value = self.get(list_path)
        return len(value) if isinstance(value, list) else 0

    def _list(self, list_path: Sequence[Key]) -> CommentedSeq:
        items = self.get(list_path)
        if not isinstance(items, list):
            items = CommentedSeq()
            self.set(list_path, items)
            items = self.get(list_path)
        if getattr(items.fa, "_flow_style", None):  # [] grows into a block list
            items.fa.set_block_style()
        return items  # type: ignore[no-any-return]

    def _container(self, path: Sequence[Key]) -> Any:
        node: Any = self.data
        for depth, key in enumerate(path):
            if isinstance(node, list):
                child = node[int(key)]
            else:
                child = node.get(key)
                if not isinstance(child, (dict, list)):
                    child = CommentedMap()
                    if key in node:
                        node[key] = child
                    else:
                        order = KEY_ORDER.get(_kind(path[:depth]), ())
                        node.insert(_position(node, str(key), order), key, child)
            node = child
        return node

    # -- texts -------------------------------------------------------------------------------
    #
    # A text is a plain string, ``{text, say}``, or a map from language to either. The editor
    # edits one language at a time: ``editing_language`` (None: the pack's own language).

    def own_language(self) -> str:
        """The pack's own language (``language:``): the language of every plain string."""
        raw = str(self.get(("language",), "") or "").strip()
        return canonical_tag(raw) or raw or "en"

    def language_of(self, language: str | None = None) -> str:
        """``language``, else the editing language, else the pack's own, as a canonical tag."""
        return canonical_tag(language or self.editing_language or "") or self.own_language()

    def text_at(self, path: Sequence[Key], language: str | None = None) -> tuple[str, str]:
        """A Text's shown and spoken forms in ``language`` (default: the editing language);
        ``("", "")`` where the text has none in it. A plain string is in the pack's own
        language only."""
        wanted = self.language_of(language)
        value = self.get(path)
        if is_language_map(value):
            key = _entry_key(value, wanted)
            value = None if key is None else value[key]
        elif wanted != self.own_language():
            value = None
        if isinstance(value, dict):
            return str(value.get("text", "") or ""), str(value.get("say", "") or "")
        return ("" if value is None else str(value)), ""

    def shown_text(self, path: Sequence[Key]) -> str:
        """A text as a reader of the editing language sees it: in that language, else in the
        pack's own (a heading or a list names the exercise even before it is translated)."""
        return self.text_at(path)[0] or self.text_at(path, self.own_language())[0]

    def set_text(self, path: Sequence[Key], text: str, say: str,
                 language: str | None = None) -> None:
        """Write a Text in ``language`` (default: the editing language): a plain string
        without a spoken form, else ``{text, say}``. A map from language to text keeps its
        other languages; a plain text becomes such a map when a second language's text is
        written (the first kept under the pack's own language). Emptying another language's
        text removes it (readers fall back on the pack's own), and a map left with the pack's
        language alone becomes a plain text again."""
        wanted = self.language_of(language)
        own = self.own_language()
        current = self.get(path)
        if is_language_map(current):
            key = _entry_key(current, wanted)
            if not text and not say and wanted != own:
                if key is not None:
                    del current[key]
                    self._unwrap_language_map(path)
                return
            self._set_one((*path, key or wanted), text, say)
            return
        if wanted == own:
            self._set_one(path, text, say)
        elif text or say:
            languages = CommentedMap()
            if current is not None:
                languages[own] = current
            languages[wanted] = _commented({"text": text, "say": say}) if say else _stored(text)
            self.set(path, languages)

    def set_phase_text(self, phase: Sequence[Key], text: str, say: str,
                       language: str | None = None) -> None:
        """A phase's ``text`` and optional ``say`` in ``language``, each a string or a map of
        languages. A spoken form written only in another language gets the pack's own language
        beside it (the shown text, which is what that reader hears without one); a spoken form
        emptied in the pack's language is left out, or, where other languages keep theirs,
        becomes the shown text again."""
        wanted = self.language_of(language)
        own = self.own_language()
        self.set_text((*phase, "text"), text, "", wanted)
        say_path = (*phase, "say")
        current = self.get(say_path)
        if say:
            if wanted != own and current is None:
                self.set_text(say_path, self.text_at((*phase, "text"), own)[0], "", own)
            self.set_text(say_path, say, "", wanted)
        elif wanted != own:
            self.set_text(say_path, "", "", wanted)
            self.drop_echoed_say(phase)
        elif is_language_map(current) and len(current) > 1:
            self.set_text(say_path, text, "", own)
        else:
            self.set(say_path, None)

    def drop_echoed_say(self, phase: Sequence[Key]) -> None:
        """Leave out a phase's spoken form that only repeats its text (as one given for the
        pack's language beside another language's becomes when that language goes): the text
        is what is spoken without one."""
        say = self.get((*phase, "say"))
        own = self.own_language()
        if isinstance(say, str) and say == self.text_at((*phase, "text"), own)[0]:
            # A plain say is the pack's language's alone: another language speaks its own
            # text either way.
            self.set((*phase, "say"), None)

    def _set_one(self, path: Sequence[Key], text: str, say: str) -> None:
        current = self.get(path)
        if say:
            if isinstance(current, CommentedMap) and "text" in current:
                current["text"] = _stored(text)
                current["say"] = _stored(say)
                return
            self.set(path, _commented({"text": text, "say": say}))
        else:
            self.set(path, text)

    def _unwrap_language_map(self, path: Sequence[Key]) -> None:
        """A map of languages left with the pack's language alone becomes that text; one left
        with nothing goes."""
        current = self.get(path)
        if not isinstance(current, dict):
            return
        if not current:
            self.set(path, None)
            return
        key = _entry_key(current, self.own_language())
        if key is not None and len(current) == 1:
            self.set(path, current[key])


def is_language_map(value: Any) -> bool:
    """Whether a text's value is a map from language to text (not ``{text, say}``)."""
    return isinstance(value, dict) and bool(value) and "text" not in value and "say" not in value


def _entry_key(languages: Any, language: str) -> Any:
    """The key of ``languages`` that names ``language`` in any spelling (de-at, de-AT)."""
    return next((key for key in languages if canonical_tag(str(key)) == language), None)


def _stored(value: Any) -> Any:
    if isinstance(value, str) and "\n" in value and not isinstance(value, LiteralScalarString):
        # Paragraphs stay paragraphs in the file: a | block keeps each line as written.
        return LiteralScalarString(value)
    if isinstance(value, (dict, list)) and not isinstance(value, (CommentedMap, CommentedSeq)):
        return _commented(value)
    return value


def _kind(path: Sequence[Key]) -> str:
    """What kind of mapping lives at ``path``: for the order of its keys."""
    names = [k for k in path if isinstance(k, str)]
    if not path:
        return "pack"
    last = path[-1]
    if last == "defaults":
        return "defaults"
    if isinstance(last, int) and names and names[-1] == "exercises":
        return "exercise"
    if isinstance(last, int) and names and names[-1] == "phases":
        return "phase"
    if last in LEVELS:
        return "variant"
    if last == "ladder":
        return "ladder"
    if isinstance(last, int) and names and names[-1] == "steps":
        return "step"
    return "text"


def _position(mapping: CommentedMap, key: str, order: Sequence[str]) -> int:
    """Where ``key`` goes among the keys already in ``mapping``: after those the order puts
    before it (at the end when the order does not know it)."""
    if key not in order:
        return len(mapping)
    rank = order.index(key)
    position = 0
    for index, present in enumerate(mapping):
        if present in order and order.index(present) < rank:
            position = index + 1
    return position
