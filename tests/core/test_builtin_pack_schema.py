"""The content-pack JSON Schema, the built-in pack and the pack authors' guide agree.

- the schema is a valid draft 2020-12 schema;
- the built-in pack and every ```yaml block of docs/content-pack.md validate against it;
- every broken pack of ``broken_packs.BROKEN_PACKS`` is rejected, at the expected place;
- the built-in pack states every fact of the routine it is built from;
- its spoken texts fit in their time at a normal speaking rate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from hipflex_desktop.core.loader import load_pack
from tests.core.broken_packs import (
    BROKEN_PACKS,
    MINIMAL_PACK_YAML,
    BrokenCase,
    Pack,
    minimal_pack,
    pack_data,
    pack_text,
    set_,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "resources" / "schema" / "content-pack-1.schema.json"
PACK_PATH = ROOT / "resources" / "packs" / "hip-flexors.yaml"
GUIDE_PATH = ROOT / "docs" / "content-pack.md"

# Each language's speaking rate, as the app's speech_fit module states it; written out here so
# that this check stays independent of the code it checks.
WORDS_PER_SECOND = {"en": 2.5, "de": 2.15, "es": 2.25}
LANGUAGES = ("en", "de", "es")
PICTURES = frozenset(
    f"pictures/{name}.svg"
    for name in (
        "march-wall",
        "march-free",
        "leg-lift",
        "leg-lift-wall",
        "bridge-bench",
        "bridge-floor",
    )
)


@cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


def _validator() -> Draft202012Validator:
    return Draft202012Validator(_schema())


def _builtin_pack() -> Any:
    return yaml.safe_load(PACK_PATH.read_text(encoding="utf-8"))


def _error_report(errors: list[ValidationError]) -> str:
    return "\n".join(f"{_path(e.absolute_path)}: {e.message}" for e in errors)


def _path(parts: Any) -> str:
    """A jsonschema path written the way the loader writes it: ``exercises[0].phases[1]``."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _error_paths(error: ValidationError) -> set[str]:
    """The paths an error is about; for missing or unknown keys, also the key's own path."""
    base = list(error.absolute_path)
    paths = {_path(base)}
    keys: list[str] = []
    if error.validator == "required" and isinstance(error.instance, dict):
        keys = [k for k in error.validator_value if k not in error.instance]
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        keys = [str(k) for k in error.instance if k not in known]
    paths.update(_path([*base, key]) for key in keys)
    # A key that is no language code: reported at its map, the key being the instance.
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        paths.add(_path([*base, error.instance]))
    # A value that fits none of a oneOf's forms (a text or a map of languages): the reasons
    # of each form, which name the inner path (``name.de``).
    for reason in error.context or ():
        paths.update(_error_paths(reason))
    return paths


# -- the schema itself -------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = _schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://hipflex.invalid/schema/content-pack-1.schema.json"


def _walk_property_schemas(node: Any, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{where}.properties.{name}", sub
        for key, sub in node.items():
            yield from _walk_property_schemas(sub, f"{where}.{key}")
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            yield from _walk_property_schemas(sub, f"{where}[{index}]")


def test_every_property_has_a_title_and_description() -> None:
    """Editors show these as help while a pack author types."""
    missing = []
    for where, sub in _walk_property_schemas(_schema(), "#"):
        if ".if." in where:
            continue  # the conditions of if/then are tests, not documentation
        if not (isinstance(sub, dict) and sub.get("title") and sub.get("description")):
            missing.append(where)
    assert not missing, missing


def _objects(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "object":
            yield node
        for sub in node.values():
            yield from _objects(sub)
    elif isinstance(node, list):
        for sub in node:
            yield from _objects(sub)


LANGUAGE_KEYS = {"$ref": "#/$defs/languageKey"}


def test_every_object_refuses_unknown_keys() -> None:
    """A mapping either lists its keys, or is a map of languages whose keys must be codes."""
    objects = list(_objects(_schema()))
    assert len(objects) >= 6
    assert all(obj.get("additionalProperties") is False or obj.get("propertyNames") == LANGUAGE_KEYS
               for obj in objects)
    assert any(obj.get("propertyNames") == LANGUAGE_KEYS for obj in objects)


# -- valid packs -------------------------------------------------------------------------------


def test_builtin_pack_validates() -> None:
    errors = list(_validator().iter_errors(_builtin_pack()))
    assert not errors, _error_report(errors)


def test_builtin_pack_points_editors_at_the_schema() -> None:
    first_line = PACK_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/content-pack-1.schema.json"
    assert (PACK_PATH.parent / "../schema/content-pack-1.schema.json").resolve() == SCHEMA_PATH


def test_minimal_pack_of_the_broken_table_validates() -> None:
    errors = list(_validator().iter_errors(yaml.safe_load(MINIMAL_PACK_YAML)))
    assert not errors, _error_report(errors)


YAML_BLOCK = re.compile(r"^```yaml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def _guide_yaml_blocks() -> list[str]:
    if not GUIDE_PATH.is_file():  # reported by test_guide_has_a_complete_example_pack
        return []
    return YAML_BLOCK.findall(GUIDE_PATH.read_text(encoding="utf-8"))


def test_guide_has_a_complete_example_pack() -> None:
    blocks = _guide_yaml_blocks()
    assert blocks, "docs/content-pack.md has no ```yaml block"
    example = yaml.safe_load(blocks[-1])
    assert len(example["exercises"]) == 2
    assert any("variants" in exercise for exercise in example["exercises"])


@pytest.mark.parametrize("index", range(len(_guide_yaml_blocks())))
def test_guide_yaml_blocks_validate(index: int) -> None:
    data = yaml.safe_load(_guide_yaml_blocks()[index])
    errors = list(_validator().iter_errors(data))
    assert not errors, _error_report(errors)
    # The guide has no folder of pictures, so its examples must not name any.
    assert "picture:" not in _guide_yaml_blocks()[index]


def _hold(**fields: Any) -> Callable[[Pack], None]:
    def change(pack: Pack) -> None:
        pack["exercises"][0]["phases"][1].update(fields)

    return change


VALID_CHANGES: list[tuple[str, Callable[[Pack], None]]] = [
    ("hold-with-seconds", _hold(seconds=1)),
    ("hold-with-range", _hold(range=[1, 3])),
    ("hold-range-a-single-length", _hold(range=[2, 2])),
    ("sides-none", set_("exercises", 0, "sides", "none")),
    ("each-side", set_("exercises", 0, "sides", "each-side")),
    ("name-with-say", set_("exercises", 0, "name", {"text": "Knee drive", "say": "Knees."})),
    ("note", set_("defaults", "note", {"text": "Our own numbers.", "say": "Own numbers."})),
    ("switch-zero", set_("defaults", "switch_seconds", 0)),
    ("rest-zero", set_("defaults", "rest_seconds", 0)),
    ("language-with-region", set_("language", "en-GB")),
    ("version-with-build", set_("version", "1.0.0-rc.1+build.5")),
    ("png-picture", set_("exercises", 0, "picture", "pictures/knee.png")),
    ("picture-with-dots-in-name", set_("exercises", 0, "picture", "knee..drive.svg")),
    ("multi-line-introduction", set_("introduction", "First paragraph.\n\nSecond one.\n")),
    ("placeholders-in-cues", set_("exercises", 0, "cues", ["Keep the {other_side} leg still."])),
    (
        "both-variants",
        set_(
            "exercises",
            0,
            "variants",
            {
                "easier": {"label": "Hands on a chair", "when": "If balance is hard."},
                "harder": {
                    "label": "Slower",
                    "when": {"text": "When it feels easy.", "say": "When it is easy."},
                    "sides": "each-side",
                    "equipment": [],
                    "cues": [],
                    "phases": [{"kind": "move", "text": "Up.", "seconds": 3}],
                },
            },
        ),
    ),
]


@pytest.mark.parametrize("change", [c for _, c in VALID_CHANGES], ids=[i for i, _ in VALID_CHANGES])
def test_schema_accepts_valid_variations(change: Callable[[Pack], None]) -> None:
    """The schema is not stricter than the format."""
    pack = minimal_pack()
    change(pack)
    errors = list(_validator().iter_errors(pack))
    assert not errors, _error_report(errors)


# -- broken packs ------------------------------------------------------------------------------


def test_broken_table_is_large_and_ids_are_unique() -> None:
    ids = [case.case_id for case in BROKEN_PACKS]
    assert len(ids) >= 25
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("case", BROKEN_PACKS, ids=[case.case_id for case in BROKEN_PACKS])
def test_schema_rejects_broken_pack(case: BrokenCase) -> None:
    data = pack_data(case)
    errors = list(_validator().iter_errors(data))
    assert errors, f"{case.case_id}: the schema accepts it"
    paths = set().union(*(_error_paths(e) for e in errors))
    assert any(case.expected_path_fragment in path for path in paths), (
        f"{case.case_id}: no error at {case.expected_path_fragment!r}:\n" + _error_report(errors)
    )


@pytest.mark.parametrize("case", BROKEN_PACKS, ids=[case.case_id for case in BROKEN_PACKS])
def test_broken_pack_text_round_trips(case: BrokenCase) -> None:
    """The YAML form of each case (what the loader reads) holds the same data."""
    assert yaml.safe_load(pack_text(case)) == pack_data(case)


# -- the built-in pack's content ---------------------------------------------------------------


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _all_text() -> str:
    return " ".join(" ".join(_strings(_builtin_pack())).split()).lower()


# (fact, words of which at least one must appear in the pack's text)
KEY_FACTS: list[tuple[str, tuple[str, ...]]] = [
    # Introduction.
    ("the hip flexors sit at the front of the hip", ("front of your hip", "front of the hip")),
    ("they are small", ("small",)),
    ("they matter in every stride", ("every stride",)),
    ("they give stability", ("steady", "stability", "stable")),
    ("they give power", ("power",)),
    ("they let the leg move efficiently", ("efficient",)),
    ("weakness leads to muscle imbalances", ("imbalance", "out of balance")),
    ("weakness weakens the stride", ("stride loses", "weaker stride")),
    ("weakness raises the injury risk", ("injur",)),
    ("training them is simple", ("little time", "simple", "easy")),
    ("do them every week", ("every week", "weekly", "once a week")),
    ("better running form", ("running form",)),
    ("more efficient running", ("efficient running",)),
    # The banded psoas march.
    ("an exercise band", ("exercise band",)),
    ("band around both feet", ("around both feet", "round both feet")),
    ("stand facing a wall", ("facing a wall", "face the wall")),
    ("lean forward a little", ("slightly forward", "lean")),
    ("hands on the wall", ("palms flat on the wall", "hands on the wall")),
    ("arms straight", ("arms straight",)),
    ("foot in dorsiflexion", ("dorsiflex",)),
    ("toes pulled up", ("toes up", "toes pulled up", "pull your toes up")),
    ("knee driven up", ("knee up",)),
    ("thigh parallel to the floor", ("parallel",)),
    ("hold one to two seconds", ("1 to 2 seconds",)),
    ("lower slowly", ("slowly",)),
    ("the back does not round", ("round",)),
    ("the other side too", ("side",)),
    ("harder: without the wall", ("no wall", "without touching the wall")),
    ("harder: no hands for support", ("no hands for support", "no support")),
    # The seated leg lifts.
    ("sit on the floor", ("sit down on the floor", "sit on the floor")),
    ("legs straight out in front", ("legs out ahead", "straight out in front")),
    ("legs in a slight V", ("slight v",)),
    ("sit up straight, back tall", ("sit up tall",)),
    ("a yoga block", ("yoga block",)),
    ("a small kettlebell", ("small kettlebell",)),
    ("any household object", ("household",)),
    ("the object between the feet", ("between your feet",)),
    ("keep the leg straight", ("leg straight",)),
    ("over the object", ("across the object", "over the object")),
    ("touch the floor on the far side", ("far side",)),
    ("back over the object", ("back up and over", "back over")),
    ("return to the start", ("where it started", "back to start")),
    ("easier: back against a wall", ("back resting against a wall", "back against a wall")),
    ("easier: a small pillow", ("small pillow",)),
    ("easier: the pillow under the buttocks", ("buttocks",)),
    ("easier: for anyone who cannot sit up straight", ("sitting upright", "sit up straight")),
    # The elevated bridge march.
    ("a variation of the psoas march", ("psoas march done while",)),
    ("a bench", ("bench",)),
    ("a chair", ("chair",)),
    ("a couch", ("couch",)),
    ("lie on the back", ("lie on your back",)),
    ("band around the feet", ("band around your feet", "band round your feet")),
    ("heels on the bench", ("heels on a bench", "heels up on the bench")),
    ("knees slightly bent", ("knees slightly bent",)),
    ("push through the heels", ("through your heels",)),
    ("squeeze the glutes", ("squeeze your glutes",)),
    ("lift the hips into a bridge", ("into a bridge",)),
    ("arms on the floor at the sides", ("arms on the floor by your sides",)),
    ("arms for stability", ("stable",)),
    ("knee toward the chest", ("chest",)),
    ("the hips do not drop", ("hips drop", "sag or drop")),
    ("easier: from the floor", ("from the floor",)),
    ("easier: heels on the ground", ("heels on the floor",)),
    ("easier: when it is too hard", ("too hard",)),
    # The pack's own choices are said to be defaults.
    ("reps, sets and timing are defaults the user can change", ("starting point",)),
]


@pytest.mark.parametrize(("fact", "words"), KEY_FACTS, ids=[fact for fact, _ in KEY_FACTS])
def test_builtin_pack_states_the_fact(fact: str, words: tuple[str, ...]) -> None:
    text = _all_text()
    assert any(word.lower() in text for word in words), f"{fact}: none of {words}"


def test_builtin_pack_has_the_three_exercises_and_their_variants() -> None:
    pack = _builtin_pack()
    exercises = {exercise["id"]: exercise for exercise in pack["exercises"]}
    assert list(exercises) == ["banded-psoas-march", "seated-leg-lifts", "elevated-bridge-march"]
    assert set(exercises["banded-psoas-march"]["variants"]) == {"harder"}
    assert set(exercises["seated-leg-lifts"]["variants"]) == {"easier"}
    assert set(exercises["elevated-bridge-march"]["variants"]) == {"easier"}
    assert pack["defaults"]["hold_range"] == [1.0, 2.0]
    assert pack["defaults"].get("note")


def test_builtin_pack_names_only_the_shipped_pictures() -> None:
    pack = _builtin_pack()
    named = []
    for exercise in pack["exercises"]:
        named.append(exercise["picture"])
        named.extend(v["picture"] for v in exercise.get("variants", {}).values())
    assert sorted(named) == sorted(PICTURES)


# -- speech fits the time ----------------------------------------------------------------------


def _words(text: str) -> int:
    # A placeholder is one word when heard, the choice form {side:rechte|linke} too.
    return len(re.findall(r"[\w']+", re.sub(r"\{[^{}]*\}", "side", text)))


def _in(text: Any, language: str) -> Any:
    """``text`` (a string, {text, say}, or a map of languages to either) in ``language``."""
    if isinstance(text, dict) and "text" not in text and "say" not in text:
        return text[language]
    return text


def _spoken(text: Any, language: str) -> str:
    one = _in(text, language)
    if isinstance(one, dict):
        return str(one["say"])
    return str(one)


def _forms(exercise: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield exercise["id"], exercise
    for level, variant in exercise.get("variants", {}).items():
        yield f"{exercise['id']} ({level})", {**exercise, **variant}


@pytest.mark.parametrize("language", LANGUAGES)
def test_builtin_pack_speech_fits_the_time(language: str) -> None:
    pack = _builtin_pack()
    defaults = pack["defaults"]
    rate = WORDS_PER_SECOND[language]
    too_long = []
    for exercise in pack["exercises"]:
        for form_name, form in _forms(exercise):
            for index, phase in enumerate(form["phases"]):
                assert "say" in phase, f"{form_name} phase {index} has no say"
                seconds = phase.get("seconds") or phase.get("range", defaults["hold_range"])[0]
                say = _spoken(phase["say"], language)
                if _words(say) / rate > seconds:
                    too_long.append(f"{form_name} phase {index}: {say!r}")
            lead_in = [_spoken(form["name"], language),
                       *(_spoken(step, language) for step in form["setup"])]
            assert all(isinstance(_in(step, language), dict) for step in form["setup"]), form_name
            if sum(_words(s) for s in lead_in) / rate > defaults["lead_in_seconds"]:
                too_long.append(f"{form_name} set-up")
    assert not too_long, too_long


def _texts(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every text of the pack as written (its language map), with its path."""
    keys = ("title", "introduction", "note", "name", "purpose", "label", "when", "text", "say")
    lists = ("equipment", "setup", "cues")
    if isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else key
            if key in keys:
                yield where, value
            elif key in lists:
                for index, item in enumerate(value):
                    yield f"{where}[{index}]", item
            else:
                yield from _texts(value, where)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _texts(item, f"{path}[{index}]")


def test_builtin_pack_gives_every_text_in_english_german_and_spanish() -> None:
    pack = _builtin_pack()
    assert pack["language"] == "en"
    assert pack["languages"] == ["en", "de", "es"]
    texts = list(_texts(pack))
    # The loader finds the same texts: asked for French, it reports each one, at its path.
    missing = load_pack(PACK_PATH, require_languages=["fr"]).errors
    assert sorted(p.path for p in missing) == sorted(where for where, _ in texts)
    not_three = [where for where, text in texts
                 if not (isinstance(text, dict) and list(text) == list(LANGUAGES))]
    assert not not_three, not_three
    # No language is a copy of another: every German and Spanish text is written anew.
    copied = [where for where, text in texts
              if len({str(text[language]) for language in LANGUAGES}) < 3
              and where.rsplit(".", 1)[-1] not in ("name",)]
    assert not copied, copied


def _all_text_in(language: str) -> str:
    words = [one for _, text in _texts(_builtin_pack()) for one in _strings(_in(text, language))]
    return " ".join(" ".join(words).split()).lower()


# The routine's facts, as the German and Spanish texts state them (fact, words of which at
# least one must appear in that language's texts).
FACTS_BY_LANGUAGE: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "de": [
        ("the front of the hip", ("vorn an deiner hüfte",)),
        ("every stride", ("jedem laufschritt",)),
        ("imbalance", ("gleichgewicht",)),
        ("injury", ("verletz",)),
        ("every week", ("jede woche",)),
        ("band around both feet", ("um beide füße",)),
        ("facing a wall", ("gesicht zur wand",)),
        ("arms straight", ("arme gestreckt",)),
        ("dorsiflexion", ("dorsalflexion",)),
        ("thigh parallel to the floor", ("parallel zum boden",)),
        ("lower slowly", ("langsam",)),
        ("the back does not round", ("rund",)),
        ("harder: no hands", ("ohne hände", "ohne halt")),
        ("slight V", ("v-form",)),
        ("yoga block, kettlebell, household item", ("yogablock",)),
        ("small kettlebell", ("kleine kettlebell",)),
        ("household", ("haushalt",)),
        ("touch on the far side", ("hinter dem gegenstand",)),
        ("easier: wall or pillow", ("kissen",)),
        ("easier: buttocks raised", ("gesäß",)),
        ("bench, chair or couch", ("bank",)),
        ("knees slightly bent", ("leicht gebeugt",)),
        ("squeeze the glutes", ("gesäß an", "po anspannen")),
        ("into a bridge", ("in die brücke",)),
        ("knee toward the chest", ("brust",)),
        ("hips do not drop", ("absack",)),
        ("easier: from the floor", ("vom boden",)),
        ("defaults are starting points", ("vorschläge",)),
    ],
    "es": [
        ("the front of the hip", ("parte delantera de la cadera",)),
        ("every stride", ("cada zancada",)),
        ("imbalance", ("desequilibran",)),
        ("injury", ("lesi",)),
        ("every week", ("cada semana",)),
        ("band around both feet", ("los dos pies",)),
        ("facing a wall", ("frente a una pared", "mira a la pared")),
        ("arms straight", ("brazos rectos",)),
        ("dorsiflexion", ("flexión dorsal",)),
        ("thigh parallel to the floor", ("paralelo al suelo",)),
        ("lower slowly", ("despacio",)),
        ("the back does not round", ("redonde",)),
        ("harder: no hands", ("sin apoyar las manos", "sin agarrarte")),
        ("slight V", ("forma de v", "una v suave")),
        ("yoga block", ("bloque de yoga",)),
        ("small kettlebell", ("kettlebell pequeña",)),
        ("household", ("objeto de casa",)),
        ("touch on the far side", ("al otro lado del objeto",)),
        ("easier: wall or pillow", ("cojín",)),
        ("easier: buttocks raised", ("glúteos",)),
        ("bench, chair or couch", ("banco", "sofá")),
        ("knees slightly bent", ("un poco flexionadas",)),
        ("squeeze the glutes", ("aprieta los glúteos",)),
        ("into a bridge", ("puente",)),
        ("knee toward the chest", ("pecho",)),
        ("hips do not drop", ("no caiga la cadera", "si cae")),
        ("easier: from the floor", ("desde el suelo",)),
        ("defaults are starting points", ("punto de partida",)),
    ],
}


@pytest.mark.parametrize(("language", "fact", "words"), [
    (language, fact, words) for language, facts in FACTS_BY_LANGUAGE.items()
    for fact, words in facts
], ids=[f"{language}-{fact}" for language, facts in FACTS_BY_LANGUAGE.items()
        for fact, _ in facts])
def test_builtin_pack_states_the_fact_in(language: str, fact: str, words: tuple[str, ...]) -> None:
    text = _all_text_in(language)
    assert any(word in text for word in words), f"{language}: {fact}: none of {words}"
