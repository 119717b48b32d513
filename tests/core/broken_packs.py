"""Small broken content packs, shared by the schema tests and the loader tests.

Every case starts from :data:`MINIMAL_PACK_YAML`, a valid pack that is as small as the format
allows (one exercise: move, hold, return; no pictures, so it loads without a folder), and breaks
exactly ONE thing. Both the JSON Schema and the loader must reject every case.

A case is ``(case_id, change, expected_path_fragment)``:

- ``change`` is either a function that receives a fresh copy of the minimal pack (plain dicts
  and lists) and changes it in place, or the complete YAML text of the broken pack;
- ``expected_path_fragment`` is part of the path of the reported problem, written the way the
  loader writes paths (``exercises[0].phases[1].seconds``). A missing key is reported at the
  mapping that should hold it, so the fragment of a missing key of the pack itself is ``""``
  (the whole pack) and that of a missing phase key is the phase's path.

Use :func:`pack_data` for the changed pack as data and :func:`pack_text` for it as YAML text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, NamedTuple

import yaml

Pack = dict[str, Any]
Change = Callable[[Pack], None] | str

MINIMAL_PACK_YAML = """\
format: 1
id: tiny-pack
title: Tiny pack
version: "1.0.0"
language: en
author: Test author
licence: CC0-1.0
introduction: A very small pack used by the tests.
defaults:
  reps_per_side: 8
  sets: 1
  hold_seconds: 1.5
  hold_range: [1.0, 2.0]
  rest_seconds: 30
  lead_in_seconds: 15
  switch_seconds: 5
  first_side: right
exercises:
  - id: knee-drive
    name: Knee drive
    purpose: Lifts the knee.
    equipment: []
    setup:
      - Stand tall.
    sides: alternate
    phases:
      - kind: move
        text: Drive the {side} knee up.
        say: "{Side} knee up."
        seconds: 1.5
      - kind: hold
        text: Hold it there.
        say: Hold.
      - kind: return
        text: Lower the {side} foot slowly.
        say: Slowly down.
        seconds: 2.5
    cues: []
"""

MINIMAL_PACK: Pack = yaml.safe_load(MINIMAL_PACK_YAML)


class BrokenCase(NamedTuple):
    case_id: str
    change: Change
    expected_path_fragment: str


def minimal_pack() -> Pack:
    """A fresh, independent copy of the valid minimal pack."""
    return copy.deepcopy(MINIMAL_PACK)


def pack_data(case: BrokenCase) -> Any:
    """The broken pack of ``case`` as plain data (what ``yaml.safe_load`` gives)."""
    if isinstance(case.change, str):
        return yaml.safe_load(case.change)
    pack = minimal_pack()
    case.change(pack)
    return pack


def pack_text(case: BrokenCase) -> str:
    """The broken pack of ``case`` as YAML text."""
    if isinstance(case.change, str):
        return case.change
    return yaml.safe_dump(pack_data(case), sort_keys=False, allow_unicode=True)


# -- building blocks for the changes -----------------------------------------------------------

Key = str | int


def _parent(pack: Pack, path: tuple[Key, ...]) -> Any:
    node: Any = pack
    for key in path[:-1]:
        node = node[key]
    return node


def set_(*path_and_value: Any) -> Callable[[Pack], None]:
    """A change that sets the value at a path: ``set_("defaults", "sets", 11)``."""
    *path, value = path_and_value

    def change(pack: Pack) -> None:
        _parent(pack, tuple(path))[path[-1]] = copy.deepcopy(value)

    return change


def delete(*path: Key) -> Callable[[Pack], None]:
    """A change that removes the key (or list item) at a path."""

    def change(pack: Pack) -> None:
        del _parent(pack, path)[path[-1]]

    return change


def _with_variant(level: str, variant: dict[str, Any]) -> Callable[[Pack], None]:
    return set_("exercises", 0, "variants", {level: variant})


_VARIANT = {"label": "Hands on a wall", "when": "If balance is hard."}
_EX = ("exercises", 0)
_PHASE_MOVE = (*_EX, "phases", 0)
_PHASE_HOLD = (*_EX, "phases", 1)


def _hold_with_seconds_and_range(pack: Pack) -> None:
    pack["exercises"][0]["phases"][1].update(seconds=1.5, range=[1.0, 2.0])


def _exercises(count: int) -> Callable[[Pack], None]:
    def change(pack: Pack) -> None:
        template = pack["exercises"][0]
        pack["exercises"] = [
            {**copy.deepcopy(template), "id": f"exercise-{n}"} for n in range(count)
        ]

    return change


# -- the table -----------------------------------------------------------------------------------

BROKEN_PACKS: list[BrokenCase] = [
    # The pack itself.
    BrokenCase("missing-format", delete("format"), ""),
    BrokenCase("format-2", set_("format", 2), "format"),
    BrokenCase("format-as-text", set_("format", "1"), "format"),
    BrokenCase("missing-id", delete("id"), ""),
    BrokenCase("pack-id-not-a-slug", set_("id", "Tiny Pack"), "id"),
    BrokenCase("pack-id-leading-hyphen", set_("id", "-tiny"), "id"),
    BrokenCase("pack-id-too-long", set_("id", "a" * 64), "id"),
    BrokenCase("missing-title", delete("title"), ""),
    BrokenCase("title-empty-mapping", set_("title", {}), "title"),
    BrokenCase("version-as-number", set_("version", 1.0), "version"),
    BrokenCase("version-with-space", set_("version", "1.0 beta"), "version"),
    BrokenCase("version-too-long", set_("version", "1." * 20), "version"),
    BrokenCase("language-not-a-tag", set_("language", "English"), "language"),
    BrokenCase("author-empty", set_("author", ""), "author"),
    BrokenCase("licence-whitespace-only", set_("licence", "   "), "licence"),
    BrokenCase("missing-licence", delete("licence"), ""),
    BrokenCase(
        "introduction-is-a-list", set_("introduction", ["Why", "it matters"]), "introduction"
    ),
    BrokenCase(
        "introduction-text-without-say", set_("introduction", {"text": "Why."}), "introduction"
    ),
    BrokenCase(
        "text-mapping-unknown-key",
        set_("introduction", {"text": "Why.", "say": "Why.", "voice": "calm"}),
        "introduction",
    ),
    BrokenCase(
        "text-mapping-empty-say", set_("introduction", {"text": "Why.", "say": " "}), "introduction"
    ),
    BrokenCase("unknown-top-level-key", set_("colour", "red"), "colour"),
    # Defaults.
    BrokenCase("missing-defaults", delete("defaults"), ""),
    BrokenCase("missing-reps", delete("defaults", "reps_per_side"), "defaults"),
    BrokenCase("reps-zero", set_("defaults", "reps_per_side", 0), "defaults.reps_per_side"),
    BrokenCase("reps-51", set_("defaults", "reps_per_side", 51), "defaults.reps_per_side"),
    BrokenCase("reps-fraction", set_("defaults", "reps_per_side", 8.5), "defaults.reps_per_side"),
    BrokenCase("reps-as-text", set_("defaults", "reps_per_side", "8"), "defaults.reps_per_side"),
    BrokenCase("sets-11", set_("defaults", "sets", 11), "defaults.sets"),
    BrokenCase(
        "hold-seconds-below-half", set_("defaults", "hold_seconds", 0.4), "defaults.hold_seconds"
    ),
    BrokenCase(
        "hold-range-one-number", set_("defaults", "hold_range", [1.0]), "defaults.hold_range"
    ),
    BrokenCase(
        "hold-range-three-numbers",
        set_("defaults", "hold_range", [1.0, 1.5, 2.0]),
        "defaults.hold_range",
    ),
    BrokenCase(
        "hold-range-min-too-small",
        set_("defaults", "hold_range", [0.2, 2.0]),
        "defaults.hold_range",
    ),
    BrokenCase(
        "hold-range-max-too-big", set_("defaults", "hold_range", [1.0, 61]), "defaults.hold_range"
    ),
    BrokenCase("rest-601", set_("defaults", "rest_seconds", 601), "defaults.rest_seconds"),
    BrokenCase("rest-negative", set_("defaults", "rest_seconds", -1), "defaults.rest_seconds"),
    BrokenCase("lead-in-2", set_("defaults", "lead_in_seconds", 2), "defaults.lead_in_seconds"),
    BrokenCase("switch-61", set_("defaults", "switch_seconds", 61), "defaults.switch_seconds"),
    BrokenCase("first-side-both", set_("defaults", "first_side", "both"), "defaults.first_side"),
    BrokenCase("defaults-note-empty", set_("defaults", "note", ""), "defaults.note"),
    BrokenCase("defaults-unknown-key", set_("defaults", "tempo", "slow"), "defaults"),
    # Exercises.
    BrokenCase("no-exercises", set_("exercises", []), "exercises"),
    BrokenCase("exercises-not-a-list", set_("exercises", {"id": "knee-drive"}), "exercises"),
    BrokenCase("twenty-one-exercises", _exercises(21), "exercises"),
    BrokenCase("exercise-id-not-a-slug", set_(*_EX, "id", "Knee_Drive"), "exercises[0].id"),
    BrokenCase("exercise-missing-name", delete(*_EX, "name"), "exercises[0]"),
    BrokenCase("exercise-name-whitespace", set_(*_EX, "name", " \n "), "exercises[0].name"),
    BrokenCase("exercise-unknown-key", set_(*_EX, "reps", 10), "exercises[0]"),
    BrokenCase(
        "purpose-two-lines",
        set_(*_EX, "purpose", "Lifts the knee.\nAnd more."),
        "exercises[0].purpose",
    ),
    BrokenCase("purpose-161-chars", set_(*_EX, "purpose", "x" * 161), "exercises[0].purpose"),
    BrokenCase("missing-equipment", delete(*_EX, "equipment"), "exercises[0]"),
    BrokenCase("equipment-a-string", set_(*_EX, "equipment", "A band"), "exercises[0].equipment"),
    BrokenCase(
        "equipment-item-81-chars", set_(*_EX, "equipment", ["b" * 81]), "exercises[0].equipment[0]"
    ),
    BrokenCase("setup-empty", set_(*_EX, "setup", []), "exercises[0].setup"),
    BrokenCase(
        "setup-eleven-steps",
        set_(*_EX, "setup", [f"Step {n}." for n in range(11)]),
        "exercises[0].setup",
    ),
    BrokenCase("setup-step-a-number", set_(*_EX, "setup", [5]), "exercises[0].setup[0]"),
    BrokenCase("bad-side-mode", set_(*_EX, "sides", "both"), "exercises[0].sides"),
    BrokenCase("missing-sides", delete(*_EX, "sides"), "exercises[0]"),
    BrokenCase(
        "cues-eleven", set_(*_EX, "cues", [f"Cue {n}." for n in range(11)]), "exercises[0].cues"
    ),
    BrokenCase("missing-cues", delete(*_EX, "cues"), "exercises[0]"),
    # Phases.
    BrokenCase("no-phases", set_(*_EX, "phases", []), "exercises[0].phases"),
    BrokenCase(
        "phase-kind-stretch", set_(*_PHASE_MOVE, "kind", "stretch"), "exercises[0].phases[0].kind"
    ),
    BrokenCase("phase-missing-text", delete(*_PHASE_MOVE, "text"), "exercises[0].phases[0]"),
    BrokenCase("phase-text-empty", set_(*_PHASE_MOVE, "text", ""), "exercises[0].phases[0].text"),
    BrokenCase(
        "phase-say-whitespace", set_(*_PHASE_MOVE, "say", "  \t "), "exercises[0].phases[0].say"
    ),
    BrokenCase(
        "phase-text-stray-brace",
        set_(*_PHASE_MOVE, "text", "Drive the {knee} up."),
        "exercises[0].phases[0].text",
    ),
    BrokenCase(
        "phase-text-unbalanced-brace",
        set_(*_PHASE_MOVE, "text", "Drive {side up."),
        "exercises[0].phases[0].text",
    ),
    BrokenCase("phase-unknown-key", set_(*_PHASE_MOVE, "sound", "beep"), "exercises[0].phases[0]"),
    BrokenCase("move-without-seconds", delete(*_PHASE_MOVE, "seconds"), "exercises[0].phases[0]"),
    BrokenCase(
        "move-seconds-0.4", set_(*_PHASE_MOVE, "seconds", 0.4), "exercises[0].phases[0].seconds"
    ),
    BrokenCase(
        "return-seconds-61",
        set_(*_EX, "phases", 2, "seconds", 61),
        "exercises[0].phases[2].seconds",
    ),
    BrokenCase(
        "seconds-as-text", set_(*_PHASE_MOVE, "seconds", "1.5"), "exercises[0].phases[0].seconds"
    ),
    BrokenCase(
        "range-on-a-move", set_(*_PHASE_MOVE, "range", [1.0, 2.0]), "exercises[0].phases[0]"
    ),
    BrokenCase("hold-seconds-and-range", _hold_with_seconds_and_range, "exercises[0].phases[1]"),
    BrokenCase(
        "hold-range-above-60",
        set_(*_PHASE_HOLD, "range", [1.0, 61]),
        "exercises[0].phases[1].range",
    ),
    # Variants.
    BrokenCase(
        "variant-medium", set_(*_EX, "variants", {"medium": _VARIANT}), "exercises[0].variants"
    ),
    BrokenCase("variants-empty", set_(*_EX, "variants", {}), "exercises[0].variants"),
    BrokenCase(
        "variant-without-label",
        _with_variant("easier", {"when": "If it is hard."}),
        "exercises[0].variants.easier",
    ),
    BrokenCase(
        "variant-without-when",
        _with_variant("harder", {"label": "No wall"}),
        "exercises[0].variants.harder",
    ),
    BrokenCase(
        "variant-unknown-key",
        _with_variant("easier", {**_VARIANT, "reps": 5}),
        "exercises[0].variants.easier",
    ),
    BrokenCase(
        "variant-label-two-lines",
        _with_variant("easier", {**_VARIANT, "label": "Wall\nor pillow"}),
        "exercises[0].variants.easier.label",
    ),
    BrokenCase(
        "variant-bad-side-mode",
        _with_variant("easier", {**_VARIANT, "sides": "one"}),
        "exercises[0].variants.easier.sides",
    ),
    BrokenCase(
        "variant-move-without-seconds",
        _with_variant("easier", {**_VARIANT, "phases": [{"kind": "move", "text": "Lift it."}]}),
        "exercises[0].variants.easier.phases[0]",
    ),
    BrokenCase(
        "variant-picture-url",
        _with_variant("harder", {**_VARIANT, "picture": "http://example.org/a.svg"}),
        "exercises[0].variants.harder.picture",
    ),
    # Pictures.
    BrokenCase(
        "picture-url",
        set_(*_EX, "picture", "https://example.org/march.svg"),
        "exercises[0].picture",
    ),
    BrokenCase(
        "picture-absolute", set_(*_EX, "picture", "/home/me/march.svg"), "exercises[0].picture"
    ),
    BrokenCase(
        "picture-dot-dot", set_(*_EX, "picture", "pictures/../../march.svg"), "exercises[0].picture"
    ),
    BrokenCase(
        "picture-dot-dot-first", set_(*_EX, "picture", "../march.svg"), "exercises[0].picture"
    ),
    BrokenCase(
        "picture-windows-drive",
        set_(*_EX, "picture", "C:/pictures/march.svg"),
        "exercises[0].picture",
    ),
    BrokenCase(
        "picture-backslash", set_(*_EX, "picture", "pictures\\march.svg"), "exercises[0].picture"
    ),
    BrokenCase("picture-gif", set_(*_EX, "picture", "pictures/march.gif"), "exercises[0].picture"),
    BrokenCase("picture-empty", set_(*_EX, "picture", ""), "exercises[0].picture"),
    # Texts in several languages.
    BrokenCase("languages-not-a-list", set_("languages", "de"), "languages"),
    BrokenCase("languages-empty", set_("languages", []), "languages"),
    BrokenCase("languages-bad-code", set_("languages", ["en", "German"]), "languages[1]"),
    BrokenCase("languages-twice", set_("languages", ["de", "de"]), "languages"),
    BrokenCase("language-map-bad-code",
               set_(*_EX, "name", {"en": "Knee drive", "de_AT": "Kniehub"}),
               "exercises[0].name.de_AT"),
    BrokenCase("language-map-upper-case-language",
               set_(*_EX, "name", {"en": "Knee drive", "DE": "Kniehub"}),
               "exercises[0].name.DE"),
    BrokenCase("language-map-empty", set_(*_EX, "name", {}), "exercises[0].name"),
    BrokenCase("language-map-empty-text",
               set_(*_EX, "name", {"en": "Knee drive", "de": " "}), "exercises[0].name.de"),
    BrokenCase("language-map-in-language-map",
               set_(*_EX, "name", {"en": "Knee drive", "de": {"de-AT": "Kniehub"}}),
               "exercises[0].name.de"),
    BrokenCase("language-map-say-in-plain-field",
               set_(*_EX, "purpose", {"en": "Lifts the knee.", "say": "Knee."}),
               "exercises[0].purpose.say"),
    BrokenCase("language-map-spoken-form-in-plain-field",
               set_(*_EX, "purpose", {"en": {"text": "Lifts the knee.", "say": "Knee."}}),
               "exercises[0].purpose.en"),
    BrokenCase("language-map-too-long-label",
               _with_variant("easier", {"label": {"en": "Wall", "de": "W" * 61},
                                        "when": "If it is hard."}),
               "exercises[0].variants.easier.label.de"),
    BrokenCase("language-map-phase-two-lines",
               set_(*_EX, "equipment", [{"en": "A band", "de": "Ein\nBand"}]),
               "exercises[0].equipment[0].de"),
    BrokenCase("choice-placeholder-one-word",
               set_(*_EX, "phases", 0, "say", {"en": "{Side} knee up.",
                                               "de": "{Side:Rechtes} Knie hoch."}),
               "exercises[0].phases[0].say.de"),
    BrokenCase("choice-placeholder-three-words",
               set_(*_EX, "phases", 0, "text", "Drive the {side:right|left|middle} knee up."),
               "exercises[0].phases[0].text"),
    # Whole texts, for the cases that are easiest to see as YAML.
    BrokenCase(
        "yaml-side-mode-typo",
        MINIMAL_PACK_YAML.replace("sides: alternate", "sides: alternating"),
        "exercises[0].sides",
    ),
    BrokenCase(
        "yaml-phases-a-mapping",
        MINIMAL_PACK_YAML.split("    phases:\n", maxsplit=1)[0]
        + "    phases:\n      kind: move\n      text: Up.\n      seconds: 1\n"
        + "    cues: []\n",
        "exercises[0].phases",
    ),
    BrokenCase("yaml-pack-is-a-list", "- format: 1\n- id: tiny-pack\n", ""),
]
