"""The plan's own words (rests, side switches, ladder steps) follow the language of the
pack's texts."""

from __future__ import annotations

import pytest

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import LadderStep, Level, Pack
from hipflex_desktop.core.plan import PlanOptions, SegmentKind, plan
from hipflex_desktop.core.plan_words import WORDS, plan_words
from hipflex_desktop.resources import builtin_pack_path


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_or_raise(builtin_pack_path())


def pauses(pack: Pack, locale: str) -> list[tuple[str, str, str]]:
    options = PlanOptions(exercises=("banded-psoas-march", "seated-leg-lifts"), reps_per_side=1,
                          sets=2)
    return [(seg.kind.value, seg.text, seg.say)
            for seg in plan(localized_pack(pack, locale), options).segments
            if seg.kind in (SegmentKind.REST, SegmentKind.SWITCH)]


def test_english_rests_and_switches(pack: Pack) -> None:
    assert pauses(pack, "en") == [
        ("rest", "Rest before set 2 of 2", "Rest. Set 2 is next."),
        ("rest", "Rest. Next: Seated leg lifts", "Rest. Next: Seated leg lifts."),
        ("switch", "Switch to the left side", "Switch to the left side."),
        ("rest", "Rest before set 2 of 2", "Rest. Set 2 is next."),
        ("switch", "Switch to the left side", "Switch to the left side."),
    ]


def test_german_rests_and_switches(pack: Pack) -> None:
    assert pauses(pack, "de_CH") == [
        ("rest", "Pause vor Durchgang 2 von 2", "Pause. Gleich kommt Durchgang 2."),
        ("rest", "Pause. Als Nächstes: Beinheben im Sitzen",
         "Pause. Als Nächstes: Beinheben im Sitzen."),
        ("switch", "Wechsel auf die linke Seite", "Wechsel auf die linke Seite."),
        ("rest", "Pause vor Durchgang 2 von 2", "Pause. Gleich kommt Durchgang 2."),
        ("switch", "Wechsel auf die linke Seite", "Wechsel auf die linke Seite."),
    ]


def test_spanish_rests_and_switches(pack: Pack) -> None:
    rests = pauses(pack, "es")
    assert rests[1] == ("rest", "Descanso. A continuación: Elevaciones de pierna desde sentado",
                        "Descanso. A continuación: Elevaciones de pierna desde sentado.")
    assert rests[2] == ("switch", "Cambia al lado izquierdo", "Cambia al lado izquierdo.")


def test_a_language_without_plan_words_uses_english(pack: Pack) -> None:
    assert pauses(pack, "fr") == pauses(pack, "en")
    assert plan_words("fr-CA") is WORDS["en"]
    assert plan_words("es-MX") is WORDS["es"]


def test_every_language_has_every_word() -> None:
    for words in WORDS.values():
        assert "{name}" in words.rest_next and "{name}" in words.rest_next_say
        assert "{set}" in words.rest_set and "{sets}" in words.rest_set
        assert len(set(words.switch.values())) == 2


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Banded psoas march: step 2 of 8 (Standard, 8 reps per side, hold 1.5 s)"),
    ("de", "Psoas-Marsch mit Band: Schritt 2 von 8 (Standard, 8 Wiederholungen pro Seite,"
           " 1,5 s halten)"),
    ("es", "Marcha de psoas con banda: paso 2 de 8 (Estándar, 8 repeticiones por lado,"
           " mantener 1,5 s)"),
])
def test_a_ladder_step_in_the_packs_language(pack: Pack, language: str, line: str) -> None:
    local = localized_pack(pack, language)
    words = plan_words(local.language)
    march = local.exercises[0]
    ladder = ladder_of(march, local.defaults)
    what = words.describe_step(ladder.step(ladder.start), None)
    assert words.step_line.format(name=march.name.text, step=ladder.start, steps=len(ladder),
                                  what=what) == line
    harder = march.variants[Level.HARDER].label.text
    assert words.describe_step(LadderStep(Level.HARDER, 10, None), harder).startswith(harder)
