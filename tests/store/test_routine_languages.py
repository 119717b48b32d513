"""A routine's texts in several languages, as the editor writes them: one language at a time, a
plain text growing into a map of languages (its first language kept), the languages list, and a
language removed with its texts; every result checked by the loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.routine_document import RoutineDocument
from hipflex_desktop.store.routine_languages import (
    LanguageError,
    add_language,
    editable_languages,
    listed_languages,
    remove_language,
    text_paths,
    written_languages,
)
from tests.store.test_routine_document import HAND_WRITTEN

NAME = ("exercises", 0, "name")
PHASE = ("exercises", 0, "phases", 0)


def document(text: str = HAND_WRITTEN) -> RoutineDocument:
    return RoutineDocument.from_text(text, folder=Path("/nonexistent"))


def builtin() -> RoutineDocument:
    return RoutineDocument.from_text(builtin_pack_path().read_text(encoding="utf-8"),
                                     folder=builtin_pack_path().parent)


def test_a_plain_text_is_in_the_packs_own_language_only() -> None:
    doc = document()
    assert doc.text_at(NAME) == ("March", "")
    assert doc.text_at(NAME, "en") == ("March", "")
    assert doc.text_at(NAME, "de") == ("", "")


def test_a_second_languages_text_makes_a_language_map_that_keeps_the_first() -> None:
    doc = document()
    doc.editing_language = "de"
    doc.set_text(NAME, "Marsch", "")
    assert dict(doc.get(NAME)) == {"en": "March", "de": "Marsch"}
    assert doc.text_at(NAME) == ("Marsch", "")
    assert doc.text_at(NAME, "en") == ("March", "")
    doc.set_text(("exercises", 0, "setup", 0), "Steh aufrecht.", "Aufrecht.")
    assert doc.text_at(("exercises", 0, "setup", 0)) == ("Steh aufrecht.", "Aufrecht.")
    assert "    name:\n      en: March\n      de: Marsch\n" in doc.text()
    pack = doc.check().pack
    assert pack is not None
    assert pack.exercises[0].name.languages["de"].text == "Marsch"
    assert pack.exercises[0].setup[0].languages["de"].say == "Aufrecht."


def test_a_text_with_a_spoken_form_is_kept_whole_under_the_first_language() -> None:
    doc = document()
    doc.set_text(NAME, "Standing march", "March")
    doc.set_text(NAME, "Marcha", "", "es")
    assert doc.text_at(NAME, "en") == ("Standing march", "March")
    assert doc.text_at(NAME, "es") == ("Marcha", "")
    assert doc.check().ok


def test_a_language_map_is_edited_in_the_chosen_language_whatever_its_keys_spelling() -> None:
    doc = document()
    doc.set(NAME, {"en": "March", "de-at": "Marsch"})
    doc.set_text(NAME, "Marschieren", "", "de-AT")
    assert dict(doc.get(NAME)) == {"en": "March", "de-at": "Marschieren"}


def test_emptying_another_languages_text_removes_it_and_a_lone_language_becomes_plain() -> None:
    doc = document()
    doc.set_text(NAME, "Marsch", "", "de")
    doc.set_text(NAME, "Marcha", "", "es")
    doc.set_text(NAME, "", "", "de")
    assert dict(doc.get(NAME)) == {"en": "March", "es": "Marcha"}
    doc.set_text(NAME, "", "", "es")
    assert doc.get(NAME) == "March"
    doc.set_text(NAME, "", "", "de")  # nothing there: nothing changes
    assert doc.get(NAME) == "March"


def test_a_phase_text_and_its_spoken_form_each_become_maps_of_languages() -> None:
    doc = document()
    doc.set_phase_text(PHASE, "Heb das {side:rechte|linke} Knie.", "Knie hoch.", "de")
    assert dict(doc.get((*PHASE, "text"))) == {"en": "Drive the {side} knee up.",
                                               "de": "Heb das {side:rechte|linke} Knie."}
    # The English reader heard the text before; the spoken form given for it says the same.
    assert dict(doc.get((*PHASE, "say"))) == {"en": "Drive the {side} knee up.",
                                              "de": "Knie hoch."}
    result = doc.check()
    assert result.ok, [str(p) for p in result.problems]
    doc.set_phase_text(PHASE, "Heb das {side:rechte|linke} Knie.", "", "de")
    assert doc.get((*PHASE, "say")) is None  # it only repeated the English text
    assert doc.check().ok


def test_a_language_added_and_removed_again_leaves_the_file_as_it_was() -> None:
    doc = document()
    add_language(doc, "de")
    doc.set_text(NAME, "Marsch", "", "de")
    doc.set_phase_text(PHASE, "Knie hoch.", "Hoch.", "de")
    assert doc.check().ok
    remove_language(doc, "de")
    assert doc.text() == HAND_WRITTEN


def test_listing_a_language_starts_the_list_with_the_packs_own() -> None:
    doc = document()
    assert listed_languages(doc) == []
    assert add_language(doc, "de_at") == "de-AT"
    assert listed_languages(doc) == ["en", "de-AT"]
    assert "language: en\nlanguages: [en, de-AT]\n" in doc.text()
    add_language(doc, "es")
    assert listed_languages(doc) == ["en", "de-AT", "es"]
    with pytest.raises(LanguageError, match="listed already"):
        add_language(doc, "ES")
    with pytest.raises(LanguageError, match="not a language code"):
        add_language(doc, "Deutsch")
    # Every text missing in a listed language is the loader's warning, at the text.
    warnings = {p.path for p in doc.check().warnings if "no es text" in p.message}
    assert warnings == {"title", "introduction", "exercises[0].name",
                        "exercises[0].purpose", "exercises[0].setup[0]",
                        "exercises[0].phases[0].text", "exercises[0].phases[1].text",
                        "exercises[0].phases[2].text", "exercises[0].cues[0]"}


def test_removing_a_language_removes_its_texts_and_the_list_when_only_the_own_is_left() -> None:
    doc = document()
    add_language(doc, "de")
    doc.set_text(NAME, "Marsch", "", "de")
    doc.set_text(("title",), "Sams Übungen", "", "de")
    assert written_languages(doc) == ["en", "de"]
    assert remove_language(doc, "de") == 2
    assert doc.get(NAME) == "March"
    assert doc.get(("title",)) == "Sam's routine"
    assert doc.get(("languages",)) is None
    with pytest.raises(LanguageError, match="own language"):
        remove_language(doc, "en")


def test_the_builtin_pack_in_each_of_its_languages() -> None:
    doc = builtin()
    assert editable_languages(doc) == ["en", "de", "es"]
    paths = list(text_paths(doc))
    assert all(doc.text_at(path, "de")[0] for path in paths if path[-1] != "say")
    assert doc.text_at(("exercises", 0, "name"), "de")[0] != doc.text_at(
        ("exercises", 0, "name"), "en")[0]
    assert remove_language(doc, "es") == len(paths)
    assert listed_languages(doc) == ["en", "de"]
    result = doc.check()
    assert result.ok and not result.warnings, [str(p) for p in result.problems]
    assert result.pack is not None and result.pack.languages == ("de",)
