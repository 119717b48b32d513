"""The languages of a routine being edited: the ones it lists as complete (``languages:``), the
ones its texts are written in, and adding or removing one (Qt-free; the editor makes each call
one undoable change).

Removing a language removes its texts too: left behind, each would be reported as a language
the pack does not list. A text left with the pack's own language alone becomes a plain text.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from ruamel.yaml.comments import CommentedSeq

from hipflex_desktop.core.languages import LANGUAGE_RE, canonical_tag
from hipflex_desktop.store.routine_document import Key, RoutineDocument, is_language_map

# The texts of an exercise and of each of its variants: single ones, then lists of them.
_SINGLE: Final = ("name", "purpose")
_LISTS: Final = ("equipment", "setup", "cues")
_LEVELS: Final = ("easier", "harder")


class LanguageError(ValueError):
    """A language code the pack cannot take; the message says why, ``reason`` says it for the
    window's own words: ``not-a-code``, ``listed`` or ``own``."""

    def __init__(self, message: str, reason: str, code: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.code = code


def listed_languages(doc: RoutineDocument) -> list[str]:
    """The languages under ``languages:`` (canonical tags), in their order."""
    value = doc.get(("languages",))
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(canonical_tag(str(tag)) or str(tag) for tag in value))


def written_languages(doc: RoutineDocument) -> list[str]:
    """Every language some text is written in, in the order first met."""
    found: dict[str, None] = {}
    for path in text_paths(doc):
        value = doc.get(path)
        if is_language_map(value):
            found.update(dict.fromkeys(canonical_tag(str(key)) or str(key) for key in value))
    return list(found)


def editable_languages(doc: RoutineDocument) -> list[str]:
    """The languages a person may write texts in: the pack's own first, then the listed ones,
    then any other a text is written in."""
    return list(dict.fromkeys((doc.own_language(), *listed_languages(doc),
                               *written_languages(doc))))


def checked_tag(code: str) -> str:
    """``code`` as a language tag for ``languages:`` (``de_at`` → ``de-AT``), or LanguageError."""
    tag = canonical_tag(code)
    if not tag or not LANGUAGE_RE.match(tag) or len(tag) > 35:
        raise LanguageError(f'"{code.strip()}" is not a language code such as en, de or de-AT',
                            "not-a-code", code.strip())
    return tag


def new_language(doc: RoutineDocument, code: str) -> str:
    """``code`` as the tag :func:`add_language` would list, or LanguageError saying why not."""
    tag = checked_tag(code)
    if tag in listed_languages(doc):
        raise LanguageError(f"{tag} is listed already", "listed", tag)
    return tag


def add_language(doc: RoutineDocument, code: str) -> str:
    """List ``code`` under ``languages:`` (made with the pack's own language first where there
    is none); returns the tag as listed."""
    tag = new_language(doc, code)
    listed = listed_languages(doc)
    if not listed:
        languages = CommentedSeq([doc.own_language()] if tag != doc.own_language() else [])
        languages.append(tag)
        languages.fa.set_flow_style()  # languages: [en, de], as the built-in pack writes it
        doc.set(("languages",), languages)
    else:
        items = doc.get(("languages",))
        items.append(tag)
    return tag


def remove_language(doc: RoutineDocument, tag: str) -> int:
    """Take ``tag`` off ``languages:`` and remove its texts; returns how many texts went. The
    list goes when only the pack's own language is left on it. The pack's own language itself
    is never removed: every text needs it."""
    own = doc.own_language()
    if tag == own:
        raise LanguageError(f"{tag} is the pack's own language; every text needs it", "own", tag)
    items = doc.get(("languages",))
    if isinstance(items, list):
        for index in reversed(range(len(items))):
            if canonical_tag(str(items[index])) == tag:
                del items[index]
        if not [t for t in listed_languages(doc) if t != own]:
            doc.set(("languages",), None)
    removed = 0
    for path in list(text_paths(doc)):
        if is_language_map(doc.get(path)):
            removed += any(doc.text_at(path, tag))
            doc.set_text(path, "", "", tag)
            if path[-1] == "say":
                doc.drop_echoed_say(path[:-1])
    return removed


def text_paths(doc: RoutineDocument) -> Iterator[tuple[Key, ...]]:
    """The path of every translatable text the routine holds, in file order."""
    for path in (("title",), ("introduction",), ("defaults", "note")):
        if doc.get(path) is not None:
            yield path
    exercises = doc.get(("exercises",))
    for index in range(len(exercises) if isinstance(exercises, list) else 0):
        yield from _form_texts(doc, ("exercises", index))
        for level in _LEVELS:
            variant = ("exercises", index, "variants", level)
            if isinstance(doc.get(variant), dict):
                for key in ("label", "when"):
                    if doc.get((*variant, key)) is not None:
                        yield (*variant, key)
                yield from _form_texts(doc, variant)


def _form_texts(doc: RoutineDocument, form: tuple[Key, ...]) -> Iterator[tuple[Key, ...]]:
    for key in _SINGLE:
        if doc.get((*form, key)) is not None:
            yield (*form, key)
    for key in _LISTS:
        yield from _items(doc, (*form, key))
    phases = doc.get((*form, "phases"))
    for index in range(len(phases) if isinstance(phases, list) else 0):
        for key in ("text", "say"):
            if doc.get((*form, "phases", index, key)) is not None:
                yield (*form, "phases", index, key)


def _items(doc: RoutineDocument, path: tuple[Key, ...]) -> Iterator[tuple[Key, ...]]:
    items: Any = doc.get(path)
    for index in range(len(items) if isinstance(items, list) else 0):
        yield (*path, index)
