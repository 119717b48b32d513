"""Which characters a text may hold: the loader and the JSON Schema agree, both ways.

Each character of a list that covers every class (C0 controls, tab, new line, carriage
return, DEL, C1 controls, the Unicode line and paragraph separators, invisible format
characters, ordinary letters) is put inside, and at the end of, a value of every kind of
field (one-line and multi-line, plain and {text, say}); a value is accepted by the loader
exactly when the schema accepts it, and each refusal names the character.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from hipflex_desktop.core.loader import LoadResult, load_pack_bytes

from .conftest import exercise_data, pack_data, variant_data

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources/schema/content-pack-1.schema.json"

# Every class of character the rules treat differently, with the ones that look harmless.
CHARACTERS = {
    "nul": "\x00", "bell": "\x07", "backspace": "\x08", "tab": "\t", "new-line": "\n",
    "vertical-tab": "\x0b", "form-feed": "\x0c", "carriage-return": "\r", "escape": "\x1b",
    "file-separator": "\x1c", "unit-separator": "\x1f", "delete": "\x7f",
    "c1-next-line": "\x85", "c1-csi": "\x9b", "c1-last": "\x9f", "line-separator": "\u2028",
    "paragraph-separator": "\u2029", "no-break-space": "\xa0", "zero-width-space": "\u200b",
    "letter-e-acute": "\xe9", "emoji": "\U0001f3c3",
}
REFUSED_EVERYWHERE = set(CHARACTERS) - {"tab", "new-line", "no-break-space", "zero-width-space",
                                        "letter-e-acute", "emoji"}
REFUSED_IN_ONE_LINE = REFUSED_EVERYWHERE | {"tab", "new-line"}

Edit = Callable[[dict[str, Any], str], None]


def _exercise(data: dict[str, Any]) -> dict[str, Any]:
    exercise: dict[str, Any] = data["exercises"][0]
    return exercise


def _set_in_variant(key: str) -> Edit:
    def edit(data: dict[str, Any], value: str) -> None:
        _exercise(data)["variants"] = {"easier": variant_data(**{key: value})}
    return edit


FIELDS: dict[str, tuple[bool, Edit]] = {
    # name: (one line?, how to put a value there)
    "title": (True, lambda d, v: d.__setitem__("title", v)),
    "title.say": (True, lambda d, v: d.__setitem__("title", {"text": "T", "say": v})),
    "author": (True, lambda d, v: d.__setitem__("author", v)),
    "licence": (True, lambda d, v: d.__setitem__("licence", v)),
    "exercise name": (True, lambda d, v: _exercise(d).__setitem__("name", v)),
    "purpose": (True, lambda d, v: _exercise(d).__setitem__("purpose", v)),
    "equipment item": (True, lambda d, v: _exercise(d).__setitem__("equipment", [v])),
    "variant label": (True, _set_in_variant("label")),
    "introduction": (False, lambda d, v: d.__setitem__("introduction", v)),
    "introduction.text": (False, lambda d, v: d.__setitem__("introduction",
                                                             {"text": v, "say": "Hi."})),
    "set-up step": (False, lambda d, v: _exercise(d).__setitem__("setup", [v])),
    "cue": (False, lambda d, v: _exercise(d).__setitem__("cues", [v])),
    "phase text": (False, lambda d, v: _exercise(d)["phases"][1].__setitem__("text", v)),
    "variant when": (False, _set_in_variant("when")),
}


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


class _QuotedDumper(yaml.SafeDumper):
    """Every string double-quoted, so each character is written as a YAML escape (\\x85 as
    \\N): written raw, YAML would read some of them as a line break and fold them away."""


_QuotedDumper.add_representer(
    str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value,
                                                       style='"'))


def _yaml(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_QuotedDumper, allow_unicode=False, sort_keys=False)


def _load(data: dict[str, Any]) -> LoadResult:
    return load_pack_bytes(_yaml(data))


def _pack_with(field: str, value: str) -> dict[str, Any]:
    data = copy.deepcopy(pack_data([exercise_data()]))
    FIELDS[field][1](data, value)
    return data


def test_the_pack_used_here_is_valid_for_both() -> None:
    data = pack_data([exercise_data()])
    assert _load(data).ok
    assert _validator().is_valid(data)


@pytest.mark.parametrize("where", ["inside", "at-the-end"])
@pytest.mark.parametrize("field", sorted(FIELDS))
@pytest.mark.parametrize("char_name", sorted(CHARACTERS))
def test_loader_and_schema_agree_on_every_character(char_name: str, field: str,
                                                     where: str) -> None:
    char = CHARACTERS[char_name]
    value = f"Stand{char}tall" if where == "inside" else f"Stand tall{char}"
    data = _pack_with(field, value)
    one_line = FIELDS[field][0]
    refused = char_name in (REFUSED_IN_ONE_LINE if one_line else REFUSED_EVERYWHERE)
    result = _load(data)
    # The schema judges what an editor reads from the same file.
    assert yaml.safe_load(_yaml(data)) == data
    schema_ok = _validator().is_valid(data)
    assert schema_ok is not refused, f"schema {'accepts' if schema_ok else 'refuses'} it"
    assert result.ok is not refused, [str(p) for p in result.errors]
    if refused:
        (problem,) = result.errors
        assert f"U+{ord(char):04X}" in problem.message
        # The message itself never carries the character raw.
        assert char not in str(problem)
