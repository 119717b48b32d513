"""The loader and packs in several languages: language maps, language codes, the languages a
pack claims (``languages:``) or must have (``require_languages``), per-language speech fit."""

from __future__ import annotations

from typing import Any

import pytest

from hipflex_desktop.core.loader import LoadResult, load_pack_bytes
from hipflex_desktop.core.model import Text

from .conftest import MINIMAL_TEXT, exercise_data, load_text, messages, pack_data, to_yaml

# Line numbers matter: the tests below point at lines of this text.
THREE_LANGUAGES = """\
format: 1
id: test-pack
language: en
languages: [en, de, es]
title:
  en: Test pack
  de: Testpaket
  es: Paquete de prueba
version: "1.0.0"
author: Test author
licence: CC0-1.0
introduction:
  en: {text: A small pack., say: Small pack.}
  de: {text: Ein kleines Paket., say: Kleines Paket.}
  es: Un paquete pequeño.
defaults:
  reps_per_side: 2
  sets: 1
  hold_seconds: 1.5
  hold_range: [1.0, 2.0]
  rest_seconds: 10
  lead_in_seconds: 10
  switch_seconds: 3
  first_side: right
exercises:
  - id: march
    name: {en: March, de: Marsch, es: Marcha}
    purpose: {en: Drives the knee up., de: Zieht das Knie hoch., es: Sube la rodilla.}
    equipment: []
    setup:
      - {en: Stand tall., de: Steh aufrecht., es: Ponte recto.}
    sides: alternate
    phases:
      - kind: move
        text: {en: "Drive the {side} knee up.", de: "Das {side:rechte|linke} Knie hoch.",
               es: "Rodilla {side} arriba."}
        say: {en: "{Side} knee.", de: "{Side:Rechtes|Linkes} Knie.", es: "Rodilla {side}."}
        seconds: 2
      - kind: hold
        text: {en: Hold., de: Halten., es: Aguanta.}
      - kind: return
        text: {en: "Lower the {side} foot.", de: "Den {side:rechten|linken} Fuß absetzen.",
               es: Baja el pie.}
        seconds: 2
    cues:
      - {en: Stay tall., de: Bleib aufrecht., es: Espalda recta.}
"""


def load(text: str, *, require: tuple[str, ...] = ()) -> LoadResult:
    return load_pack_bytes(text.encode("utf-8"), source="pack.yaml", require_languages=require)


def located(result: LoadResult) -> list[tuple[int, int, str, str, str]]:
    return [(p.line, p.column, p.severity, p.path, p.message) for p in result.problems]


def test_a_complete_pack_in_three_languages_loads_without_a_word() -> None:
    result = load(THREE_LANGUAGES, require=("de", "es"))
    assert result.problems == ()
    pack = result.pack
    assert pack is not None
    assert (pack.language, pack.languages) == ("en", ("de", "es"))
    assert pack.title.languages == {"de": Text("Testpaket"), "es": Text("Paquete de prueba")}
    assert pack.introduction == Text("A small pack.", "Small pack.", (
        ("de", Text("Ein kleines Paket.", "Kleines Paket.")), ("es", Text("Un paquete pequeño.")),
    ))
    march = pack.exercises[0]
    assert march.purpose.languages["es"] == Text("Sube la rodilla.")
    move = march.phases[0].text
    assert (move.text, move.say) == ("Drive the {side} knee up.", "{Side} knee.")
    assert move.languages["de"] == Text("Das {side:rechte|linke} Knie hoch.",
                                        "{Side:Rechtes|Linkes} Knie.")


def test_a_text_missing_in_a_listed_language_is_a_located_warning() -> None:
    text = THREE_LANGUAGES.replace("  es: Paquete de prueba\n", "").replace(
        "        text: {en: Hold., de: Halten., es: Aguanta.}",
        "        text: {en: Hold., es: Aguanta.}")
    result = load(text)
    assert result.pack is not None
    assert located(result) == [
        (6, 3, "warning", "title",
         "no es text, though the pack lists es in languages: (it shows in en instead)"),
        (39, 15, "warning", "exercises[0].phases[1].text",  # line 40 before the removal
         "no de text, though the pack lists de in languages: (it shows in en instead)"),
    ]
    assert str(result.problems[0]).startswith("pack.yaml:6:3: warning: title: no es text")


def test_a_plain_string_is_in_the_packs_language_and_missing_in_the_others() -> None:
    text = THREE_LANGUAGES.replace(
        "      - {en: Stay tall., de: Bleib aufrecht., es: Espalda recta.}", "      - Stay tall.")
    assert [(p.line, p.column, p.path, p.message[:9]) for p in load(text).problems] == [
        (46, 9, "exercises[0].cues[0]", "no de tex"),
        (46, 9, "exercises[0].cues[0]", "no es tex"),
    ]


def test_required_languages_make_missing_texts_errors() -> None:
    text = THREE_LANGUAGES.replace("  es: Paquete de prueba\n", "")
    result = load(text, require=("es",))
    assert result.pack is None
    assert located(result) == [
        (6, 3, "error", "title", "no es text (required by --require-language es)"),
    ]
    # A language the pack does not even list can be required too.
    french = load(THREE_LANGUAGES, require=("fr",))
    assert french.pack is None
    assert len(french.errors) == 10  # every text of the pack
    assert {p.message for p in french.errors} == {
        "no fr text (required by --require-language fr)"}


def test_a_regional_language_is_complete_through_its_language() -> None:
    text = THREE_LANGUAGES.replace("languages: [en, de, es]", "languages: [en, de-AT, es]")
    result = load(text, require=("de-CH",))
    assert result.problems == ()
    assert result.pack is not None and result.pack.languages == ("de-AT", "es")


def test_every_map_needs_the_packs_own_language() -> None:
    text = THREE_LANGUAGES.replace("    name: {en: March, de: Marsch, es: Marcha}",
                                   "    name: {de: Marsch, es: Marcha}")
    result = load(text)
    assert result.pack is None
    assert located(result) == [
        (27, 11, "error", "exercises[0].name",
         "has no en text; every text needs one in the pack's language (language: en), which"
         " readers of other languages fall back on"),
    ]


@pytest.mark.parametrize(("key", "message"), [
    ("English", '"English" is not a language code such as en, de or de-AT'),
    ("de_AT", '"de_AT" is not a language code such as en, de or de-AT; did you mean "de-AT"?'),
    ("DE", '"DE" is not a language code such as en, de or de-AT; did you mean "de"?'),
    ("1", '"1" is not a language code such as en, de or de-AT'),
])
def test_a_key_that_is_no_language_code_is_an_error(key: str, message: str) -> None:
    text = THREE_LANGUAGES.replace("    purpose: {en: Drives the knee up., de:",
                                   f"    purpose: {{en: Drives the knee up., {key}:")
    result = load(text)
    assert result.pack is None
    problems = [p for p in result.problems if p.path.startswith("exercises[0].purpose")]
    assert [(p.line, p.severity, p.message) for p in problems] == [(28, "error", message)]
    assert problems[0].path == f"exercises[0].purpose.{key}"


def test_a_spoken_form_key_is_not_a_language_where_a_text_has_no_spoken_form() -> None:
    text = THREE_LANGUAGES.replace(
        "    purpose: {en: Drives the knee up., de: Zieht das Knie hoch., es: Sube la rodilla.}",
        "    purpose: {text: Drives the knee up., say: Knee up.}")
    result = load(text)
    assert result.pack is None
    assert [p.message for p in result.errors] == [
        '"text" is not a language: this text is a plain string (no say: form), or a map of'
        " languages to plain strings",
        '"say" is not a language: this text is a plain string (no say: form), or a map of'
        " languages to plain strings",
    ]


def test_a_language_the_pack_does_not_list_is_a_warning() -> None:
    text = THREE_LANGUAGES.replace("    name: {en: March, de: Marsch, es: Marcha}",
                                   "    name: {en: March, de: Marsch, es: Marcha, ed: Marsch}")
    result = load(text)
    assert result.pack is not None
    assert located(result) == [
        (27, 47, "warning", "exercises[0].name.ed",
         "ed is not one of the pack's languages (de, en, es); add it to languages: or correct"
         " the code"),
    ]


def test_a_language_given_twice_is_an_error() -> None:
    text = THREE_LANGUAGES.replace("    name: {en: March, de: Marsch, es: Marcha}",
                                   "    name: {en: March, de-AT: Marsch, de-at: Marsch}")
    result = load(text)
    assert result.pack is None
    assert [(p.line, p.column, p.message) for p in result.errors] == [
        (27, 38, "de-AT is given twice")]


@pytest.mark.parametrize(("languages", "message"), [
    ("[en, de, de]", "de is listed twice"),
    ("[en, German]", '"German" is not a language tag such as en or en-GB'),
    ("[]", "has 0 items; at least 1 allowed"),
    ("de", "expected a list, got a string"),
])
def test_bad_languages_lists_are_errors(languages: str, message: str) -> None:
    result = load(THREE_LANGUAGES.replace("languages: [en, de, es]", f"languages: {languages}"))
    assert result.pack is None
    assert any(p.path.startswith("languages") and p.message == message for p in result.errors), (
        messages(result))


def test_a_language_map_may_not_hold_another_one() -> None:
    text = THREE_LANGUAGES.replace("    name: {en: March, de: Marsch, es: Marcha}",
                                   "    name: {en: March, de: {de-AT: Marsch}, es: Marcha}")
    result = load(text)
    assert result.pack is None
    assert [(p.line, p.column, p.path, p.message) for p in result.errors] == [
        (27, 27, "exercises[0].name.de",
         "give the de text as a string or {text: ..., say: ...}, not as another map of"
         " languages")]


@pytest.mark.parametrize("placeholder", ["{side:rechte}", "{side:a|b|c}", "{left:a|b}",
                                         "{side:|b}"])
def test_a_choice_placeholder_needs_two_words(placeholder: str) -> None:
    text = THREE_LANGUAGES.replace('de: "Das {side:rechte|linke} Knie hoch."',
                                   f'de: "Das {placeholder} Knie hoch."')
    result = load(text)
    assert result.pack is None
    assert [p.path for p in result.errors] == ["exercises[0].phases[0].text.de"]
    assert "unknown placeholder" in result.errors[0].message


def test_speech_fit_is_checked_in_every_language_at_its_own_rate() -> None:
    # Four German words need 4 / 2.15 = 1.9 s, more than the 1.5 s of the phase; the same
    # four words in English (1.6 s) would not fit either, three (1.2 s) do.
    text = THREE_LANGUAGES.replace(
        'say: {en: "{Side} knee.", de: "{Side:Rechtes|Linkes} Knie.",',
        'say: {en: "{Side} knee up.", de: "Jetzt das {side:rechte|linke} Knie.",',
    ).replace("        seconds: 2\n      - kind: hold", "        seconds: 1.5\n      - kind: hold")
    result = load(text)
    assert result.pack is not None
    assert located(result) == [
        (34, 9, "warning", "exercises[0].phases[0]",
         'in de: "Jetzt das {side:rechte|linke} Knie." takes about 1.9 s to say, but the phase'
         " lasts 1.5 s; give it a shorter say: text"),
    ]


def test_a_plain_side_placeholder_in_a_language_without_side_words_is_a_warning() -> None:
    data: dict[str, Any] = pack_data([exercise_data("march", phases=[
        {"kind": "move", "seconds": 2,
         "text": {"en": "Lift the {side} leg.", "fr": "Lève la jambe {side}."}},
        {"kind": "return", "seconds": 2,
         "text": {"en": "Lower it.", "fr": "Baisse la jambe {side:droite|gauche}."}},
    ])])
    result = load_text(to_yaml(data))
    assert result.pack is not None
    assert [(p.severity, p.path) for p in result.problems] == [
        ("warning", "exercises[0].phases[0].text.fr")]
    assert "{side:droit|gauche}" in result.problems[0].message


def test_a_pack_in_german_fills_its_own_placeholders_in_german() -> None:
    from hipflex_desktop.core.localize import localized_pack
    from hipflex_desktop.core.model import Side

    result = load_text(MINIMAL_TEXT.replace("language: en", "language: de").replace(
        "text: Drive the {side} knee up.", 'text: "{Side}: Knie hoch."'))
    assert result.pack is not None
    move = localized_pack(result.pack, "fr").exercises[0].phases[0].text
    assert move.for_side(Side.LEFT).text == "Links: Knie hoch."


def test_a_pack_may_use_at_most_fifty_languages() -> None:
    codes = [f"{a}{b}" for a in "abcdefghij" for b in "rstuvwxyz"][:55]
    data: dict[str, Any] = pack_data([exercise_data("march")])
    data["title"] = {"en": "Title", **{code: f"Title {code}" for code in codes}}
    result = load_text(to_yaml(data))
    assert result.pack is None
    over = [p for p in result.errors if p.message == "a pack may use at most 50 languages"]
    assert [p.path for p in over] == [f"title.{code}" for code in codes[49:]]  # en and 49
    assert len(result.errors) == 6
