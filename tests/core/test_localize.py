"""A pack with several languages, localized for one locale; side words in each language."""

from __future__ import annotations

from typing import Any

import pytest

from hipflex_desktop.core.localize import localized_pack, localized_text
from hipflex_desktop.core.model import Side, Text, fill_side, spell_out_sides

from .conftest import load_text, to_yaml

GERMAN_MARCH: dict[str, Any] = {
    "id": "march",
    "name": {"en": "March", "de": "Marsch", "de-AT": "Marsch (AT)", "es": "Marcha"},
    "purpose": {"en": "Drives the knee up.", "de": "Zieht das Knie hoch."},
    "equipment": [{"en": "A wall", "de": "Eine Wand", "es": "Una pared"}],
    "setup": [{"en": {"text": "Stand tall.", "say": "Stand."},
               "de": {"text": "Stell dich aufrecht hin.", "say": "Aufrecht."},
               "es": "Ponte recto."}],
    "sides": "alternate",
    "phases": [
        {"kind": "move", "seconds": 2,
         "text": {"en": "Drive the {side} knee up.",
                  "de": "Zieh das {side:rechte|linke} Knie hoch.",
                  "es": "Sube la rodilla {side}."},
         "say": {"en": "{Side} knee up.", "de": "{Side:Rechtes|Linkes} Knie hoch."}},
        {"kind": "hold", "text": {"en": "Hold.", "de": "Halten.", "es": "Aguanta."}},
        {"kind": "return", "seconds": 2, "text": "Lower the {other_side} foot."},
    ],
    "cues": [],
}


def pack_text() -> str:
    data: dict[str, Any] = {
        "format": 1, "id": "p", "title": {"en": "Pack", "de": "Paket"}, "version": "1",
        "language": "en", "author": "A", "licence": "CC0-1.0",
        "introduction": "Intro.",
        "defaults": {"reps_per_side": 2, "sets": 1, "hold_seconds": 1.5,
                     "hold_range": [1.0, 2.0], "rest_seconds": 10, "lead_in_seconds": 20,
                     "switch_seconds": 3, "first_side": "right"},
        "exercises": [GERMAN_MARCH],
    }
    return to_yaml(data)


@pytest.fixture
def pack() -> Any:
    result = load_text(pack_text())
    assert result.pack is not None, [str(p) for p in result.problems]
    return result.pack


def test_each_text_is_looked_up_on_its_own(pack: Any) -> None:
    austrian = localized_pack(pack, "de_AT.UTF-8")
    exercise = austrian.exercises[0]
    assert exercise.name.text == "Marsch (AT)"      # exact
    assert exercise.purpose.text == "Zieht das Knie hoch."   # language
    assert austrian.title.text == "Paket"
    assert austrian.introduction.text == "Intro."   # the pack's own
    assert austrian.language == "en"  # the pack lists no complete language but its own


def test_a_text_in_another_language_keeps_its_own_spoken_form(pack: Any) -> None:
    german = localized_pack(pack, "de").exercises[0]
    spanish = localized_pack(pack, "es").exercises[0]
    assert german.setup[0] == Text("Stell dich aufrecht hin.", "Aufrecht.")
    # A plain Spanish string is shown and spoken; it never borrows the English say.
    assert spanish.setup[0] == Text("Ponte recto.")
    assert spanish.setup[0].spoken == "Ponte recto."


def test_phase_text_and_say_each_look_up_their_language(pack: Any) -> None:
    spanish = localized_pack(pack, "es").exercises[0]
    move = spanish.phases[0].text.for_side(Side.LEFT)
    # Spanish has a text but no say: it speaks its own text, not the English say.
    assert move.text == "Sube la rodilla izquierda."
    assert move.spoken == "Sube la rodilla izquierda."
    german = localized_pack(pack, "de").exercises[0].phases[0].text.for_side(Side.RIGHT)
    assert (german.text, german.spoken) == ("Zieh das rechte Knie hoch.", "Rechtes Knie hoch.")


def test_an_english_fallback_in_a_german_session_still_says_right_and_left(pack: Any) -> None:
    german = localized_pack(pack, "de").exercises[0]
    assert german.phases[2].text.for_side(Side.RIGHT).text == "Lower the left foot."


def test_localized_pack_lists_no_languages_and_localizing_again_changes_nothing(
        pack: Any) -> None:
    german = localized_pack(pack, "de")
    assert german.exercises[0].name.translations == ()
    assert localized_pack(german, "es") == german
    assert localized_pack(pack, "") == localized_pack(pack, "en")


@pytest.mark.parametrize(("language", "template", "right", "left"), [
    ("en", "{Side} knee up, then the {other_side} one.", "Right knee up, then the left one.",
     "Left knee up, then the right one."),
    ("de", "{Side}: Knie hoch.", "Rechts: Knie hoch.", "Links: Knie hoch."),
    ("de", "Das {side:rechte|linke} Knie, dann das {other_side:rechte|linke}.",
     "Das rechte Knie, dann das linke.", "Das linke Knie, dann das rechte."),
    ("de", "{Side:rechtes|linkes} Bein hoch.", "Rechtes Bein hoch.", "Linkes Bein hoch."),
    ("es", "Pierna {side} arriba.", "Pierna derecha arriba.", "Pierna izquierda arriba."),
    ("es", "{Side}, ahora.", "Derecha, ahora.", "Izquierda, ahora."),
    ("es", "El pie {side:derecho|izquierdo} y la rodilla {other_side}.",
     "El pie derecho y la rodilla izquierda.", "El pie izquierdo y la rodilla derecha."),
    ("es-MX", "Lado {side:derecho|izquierdo}.", "Lado derecho.", "Lado izquierdo."),
])
def test_side_words_per_language(language: str, template: str, right: str, left: str) -> None:
    spelled = spell_out_sides(template, language)
    assert fill_side(spelled, Side.RIGHT) == right
    assert fill_side(spelled, Side.LEFT) == left


def test_a_language_without_side_words_keeps_plain_placeholders() -> None:
    assert spell_out_sides("Genou {side}.", "fr") == "Genou {side}."
    assert fill_side("Genou {side:droit|gauche}.", Side.LEFT) == "Genou gauche."


def test_localized_text_of_a_plain_text_is_itself() -> None:
    assert localized_text(Text("Hold.", "Hold"), "de", "en") == Text("Hold.", "Hold")
