"""Small content packs written by the core tests themselves (no Qt anywhere under tests/core).

``MINIMAL_TEXT`` is a valid pack whose line numbers the location tests rely on; the builders
(``pack_data``, ``exercise_data``, ``make_pack``) give packs shaped for one test at a time.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from hipflex_desktop.core.loader import LoadResult, load_pack, load_pack_bytes
from hipflex_desktop.core.model import Pack
from hipflex_desktop.resources import builtin_pack_path

# Line numbers matter: test_loader.py points at lines of this text.
MINIMAL_TEXT = """\
format: 1
id: test-pack
title: Test pack
version: "1.0.0"
language: en
author: Test author
licence: CC0-1.0
introduction: A small pack for the tests.
defaults:
  reps_per_side: 2
  sets: 1
  hold_seconds: 1.5
  hold_range: [1.0, 2.0]
  rest_seconds: 10
  lead_in_seconds: 5
  switch_seconds: 3
  first_side: right
exercises:
  - id: march
    name: March
    purpose: Drives the knee up.
    equipment: []
    setup:
      - Stand tall.
    sides: alternate
    phases:
      - kind: move
        text: Drive the {side} knee up.
        seconds: 2
      - kind: hold
        text: Hold.
      - kind: return
        text: Lower the {side} foot.
        seconds: 2
    cues:
      - Stay tall.
"""


def phase_data(kind: str, text: str, seconds: float | None = None,
               **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": kind, "text": text}
    if seconds is not None:
        data["seconds"] = seconds
    data.update(extra)
    return data


def default_phases() -> list[dict[str, Any]]:
    return [
        phase_data("move", "Lift the {side} leg.", 2),
        phase_data("hold", "Hold."),
        phase_data("return", "Lower the {side} leg.", 2),
    ]


def exercise_data(exercise_id: str = "march", *, sides: str = "alternate",
                  phases: list[dict[str, Any]] | None = None,
                  variants: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """One exercise; with ``sides: none`` the default phases name no side."""
    if phases is None:
        phases = default_phases()
        if sides == "none":
            phases = [
                phase_data("move", "Lift the hips.", 2),
                phase_data("hold", "Hold."),
                phase_data("return", "Lower the hips.", 2),
            ]
    data: dict[str, Any] = {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").capitalize(),
        "purpose": "Works the hip flexors.",
        "equipment": [],
        "setup": ["Stand tall.", "Breathe out."],
        "sides": sides,
        "phases": phases,
        "cues": ["Stay tall.", "Move slowly."],
    }
    data.update(extra)
    if variants is not None:
        data["variants"] = variants
    return data


def variant_data(label: str = "Easier", **extra: Any) -> dict[str, Any]:
    return {"label": label, "when": "When the standard form is too hard.", **extra}


DEFAULTS: dict[str, Any] = {
    "reps_per_side": 2,
    "sets": 1,
    "hold_seconds": 1.5,
    "hold_range": [1.0, 2.0],
    "rest_seconds": 10,
    "lead_in_seconds": 5,
    "switch_seconds": 3,
    "first_side": "right",
}


def pack_data(exercises: list[dict[str, Any]] | None = None,
              **defaults: Any) -> dict[str, Any]:
    """A whole valid pack as plain data; keyword arguments change its defaults."""
    return {
        "format": 1,
        "id": "test-pack",
        "title": "Test pack",
        "version": "1.0.0",
        "language": "en",
        "author": "Test author",
        "licence": "CC0-1.0",
        "introduction": "A small pack for the tests.",
        "defaults": {**copy.deepcopy(DEFAULTS), **defaults},
        "exercises": exercises if exercises is not None else [exercise_data()],
    }


def to_yaml(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def load_text(text: str | bytes, *, base_dir: Path | None = None,
              source: str = "pack.yaml") -> LoadResult:
    return load_pack_bytes(text.encode("utf-8") if isinstance(text, str) else text,
                           source=source, base_dir=base_dir)


def make_pack(exercises: list[dict[str, Any]] | None = None, **defaults: Any) -> Pack:
    """A loaded pack; fails the test (with the problems) if the loader refuses it."""
    result = load_text(to_yaml(pack_data(exercises, **defaults)))
    assert result.pack is not None, "\n".join(str(p) for p in result.problems)
    return result.pack


def messages(result: LoadResult) -> list[str]:
    return [str(p) for p in result.problems]


@pytest.fixture
def minimal_text() -> str:
    return MINIMAL_TEXT


@pytest.fixture
def small_pack() -> Pack:
    return make_pack()


@pytest.fixture
def write_pack(tmp_path: Path) -> Callable[..., Path]:
    """Write a pack text (or data) to ``tmp_path/name`` and return the file."""

    def write(content: str | bytes | dict[str, Any], name: str = "pack.yaml") -> Path:
        file = tmp_path / name
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, dict):
            content = to_yaml(content)
        if isinstance(content, str):
            content = content.encode("utf-8")
        file.write_bytes(content)
        return file

    return write


def builtin_result() -> LoadResult:
    return load_pack(builtin_pack_path())


@pytest.fixture
def builtin_pack() -> Pack:
    """The built-in pack; the test is skipped while that pack does not validate."""
    result = builtin_result()
    if result.pack is None:
        pytest.skip("the built-in pack does not validate yet:\n"
                    + "\n".join(str(p) for p in result.errors[:5]))
    return result.pack
