"""The routine document the editor changes: comments and key order kept, new keys in the built-in
pack's order, paragraphs as blocks, and (property) any valid pack saved by the editor gives the
same plan when loaded again (texts in several languages and ladders among them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from hipflex_desktop.core.loader import load_pack_bytes
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import Level, Side, SideMode
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.routine_document import (
    RoutineDocument,
    new_exercise,
    new_phase,
    new_variant,
    path_text,
)
from hipflex_desktop.store.routine_languages import text_paths

HAND_WRITTEN = """\
# Sam's routine: written by hand.
format: 1
id: sams-routine
title: Sam's routine   # shown at the top
version: "1.0.0"
language: en
author: Sam
licence: CC0-1.0
introduction: Short.
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
  # The only exercise.
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


def document(text: str = HAND_WRITTEN, folder: Path = Path("/nonexistent")) -> RoutineDocument:
    return RoutineDocument.from_text(text, folder=folder)


def test_an_edit_keeps_every_comment_and_the_key_order() -> None:
    doc = document()
    doc.set(("exercises", 0, "phases", 0, "seconds"), 2.5)
    assert doc.text() == HAND_WRITTEN.replace("        seconds: 2\n      - kind: hold",
                                              "        seconds: 2.5\n      - kind: hold")


def test_new_keys_go_where_the_builtin_pack_puts_them() -> None:
    doc = document()
    doc.set(("exercises", 0, "phases", 0, "say"), "Knee up.")
    doc.set(("exercises", 0, "picture"), "pictures/march.svg")
    doc.set(("defaults", "note"), "Our own numbers.")
    exercise = doc.get(("exercises", 0))
    assert list(exercise) == ["id", "name", "purpose", "equipment", "setup", "sides", "phases",
                              "cues", "picture"]
    assert list(doc.get(("exercises", 0, "phases", 0))) == ["kind", "text", "say", "seconds"]
    assert list(doc.get(("defaults",)))[-1] == "note"


def test_paragraphs_are_saved_as_a_block() -> None:
    doc = document()
    doc.set_text(("introduction",), "First paragraph.\n\nSecond paragraph.", "")
    assert "introduction: |-\n  First paragraph.\n\n  Second paragraph.\n" in doc.text()
    assert doc.check().pack.introduction.text == (  # type: ignore[union-attr]
        "First paragraph.\n\nSecond paragraph.")


def test_a_spoken_form_makes_a_text_mapping_and_removing_it_a_plain_string() -> None:
    doc = document()
    doc.set_text(("exercises", 0, "name"), "Standing march", "March")
    assert doc.text_at(("exercises", 0, "name")) == ("Standing march", "March")
    assert "    name:\n      text: Standing march\n      say: March\n" in doc.text()
    doc.set_text(("exercises", 0, "name"), "Standing march", "")
    assert "    name: Standing march\n" in doc.text()


def test_a_language_map_keeps_its_other_languages() -> None:
    doc = document()
    doc.set(("title",), {"en": "Sam's routine", "de": "Sams Übungen"})
    doc.set_text(("title",), "Sam's new routine", "")
    assert dict(doc.get(("title",))) == {"en": "Sam's new routine", "de": "Sams Übungen"}


def test_exercises_are_added_moved_and_removed() -> None:
    doc = document()
    doc.insert(("exercises",), 1, new_exercise(2))
    doc.insert(("exercises",), 2, new_exercise(3))
    doc.move(("exercises",), 2, 0)
    assert [e["id"] for e in doc.get(("exercises",))] == ["exercise-3", "march", "exercise-2"]
    removed = doc.remove(("exercises",), 1)
    assert removed["id"] == "march"
    doc.set(("exercises", 0, "variants", "harder"), new_variant("harder"))
    doc.insert(("exercises", 0, "phases"), 3, new_phase("hold"))
    result = doc.check()
    assert result.errors == (), [str(p) for p in result.errors]
    assert result.pack is not None
    assert result.pack.exercises[0].levels == (Level.STANDARD, Level.HARDER)


def test_problems_are_named_by_the_same_paths() -> None:
    doc = document()
    doc.set(("exercises", 0, "phases", 0, "seconds"), 90)
    [problem] = doc.check().errors
    assert problem.path == path_text(("exercises", 0, "phases", 0, "seconds"))
    assert problem.source == "/nonexistent/routine.yaml"


def test_save_writes_through_a_temporary_file(tmp_path: Path) -> None:
    doc = RoutineDocument.new(tmp_path / "mine")
    doc.insert(("exercises",), 0, new_exercise(1))
    file = doc.save()
    assert file == tmp_path / "mine" / "routine.yaml"
    assert [p.name for p in file.parent.iterdir()] == ["routine.yaml"]
    assert RoutineDocument.open(file).check().ok


def test_the_builtin_pack_saved_unchanged_is_byte_for_byte_the_same() -> None:
    text = builtin_pack_path().read_text(encoding="utf-8")
    assert document(text).text() == text


# -- property: saved by the editor, the same plan -------------------------------------------

_words = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs", "S"),
                               exclude_characters="{}\u2028\u2029\x85"),
                 min_size=1, max_size=40).map(str.strip).filter(bool)
_risky = st.sampled_from(["a: b", "# not a comment", "- dash", "'quoted'", '"double"', "yes",
                          "1.5", "null", "@at", "Lift the {side} leg.", "~", "[x]", "*star",
                          "&amp", "!tag", "%pct", "`tick`"])
_line = st.one_of(_words, _risky)
_paragraphs = st.lists(_line, min_size=1, max_size=3).map("\n\n".join)
_one_text = st.one_of(_line, st.builds(lambda t, s: {"text": t, "say": s}, _line, _line))
# A text may be a map from language to text: the pack's own language and German.
_text = st.one_of(_one_text, st.builds(lambda en, de: {"en": en, "de": de}, _one_text, _one_text))
_plain = st.one_of(_line, st.builds(lambda en, de: {"en": en, "de": de}, _line, _line))
_seconds = st.sampled_from([0.5, 1, 1.5, 2, 2.5, 3])


@st.composite
def _phase(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["move", "hold", "return"]))
    phase: dict[str, Any] = {"kind": kind, "text": draw(_plain)}
    if draw(st.booleans()):
        phase["say"] = draw(_plain)
    if kind != "hold" or draw(st.booleans()):
        phase["seconds"] = draw(_seconds)
    return phase


@st.composite
def _exercise(draw: st.DrawFn, number: int) -> dict[str, Any]:
    exercise: dict[str, Any] = {
        "id": f"ex-{number}",
        "name": draw(_text),
        "purpose": draw(_plain),
        "equipment": draw(st.lists(_plain, max_size=2)),
        "setup": draw(st.lists(_text, min_size=1, max_size=2)),
        "sides": draw(st.sampled_from([m.value for m in SideMode])),
        "phases": draw(st.lists(_phase(), min_size=1, max_size=3)),
        "cues": draw(st.lists(_text, max_size=2)),
    }
    if draw(st.booleans()):
        variant: dict[str, Any] = {"label": draw(_plain), "when": draw(_text)}
        if draw(st.booleans()):
            variant["phases"] = draw(st.lists(_phase(), min_size=1, max_size=2))
        exercise["variants"] = {draw(st.sampled_from(["easier", "harder"])): variant}
    if draw(st.booleans()):
        exercise["ladder"] = draw(_ladder(exercise["phases"]))
    return exercise


@st.composite
def _ladder(draw: st.DrawFn, phases: list[dict[str, Any]]) -> dict[str, Any]:
    """Steps of the standard form, each different; a hold length where its hold is adjustable
    (within the pack's hold range)."""
    adjustable = any(p["kind"] == "hold" and "seconds" not in p for p in phases)
    steps = []
    for reps in draw(st.lists(st.integers(1, 12), min_size=2, max_size=3, unique=True)):
        step: dict[str, Any] = {"variant": "standard", "reps_per_side": reps}
        if adjustable and draw(st.booleans()):
            step["hold_seconds"] = draw(st.sampled_from([1, 1.5, 2.0]))
        steps.append(step)
    return {"climb_after": draw(st.integers(1, 3)), "start": draw(st.integers(1, len(steps))),
            "steps": steps}


@st.composite
def _pack(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 3))
    return {
        "format": 1, "id": "generated", "title": draw(_text), "version": "1.0",
        "language": "en", **draw(st.sampled_from([{}, {"languages": ["en", "de"]}])),
        "author": draw(_line), "licence": "CC0-1.0",
        "introduction": draw(st.one_of(_text, _paragraphs)),
        "defaults": {
            "reps_per_side": draw(st.integers(1, 3)), "sets": draw(st.integers(1, 2)),
            "hold_seconds": 1.5, "hold_range": [1.0, 2.0],
            "rest_seconds": draw(st.sampled_from([0, 5])), "lead_in_seconds": 3,
            "switch_seconds": draw(st.sampled_from([0, 2])),
            "first_side": draw(st.sampled_from(["right", "left"])),
        },
        "exercises": [draw(_exercise(n)) for n in range(count)],
    }


def _edit_every_text(doc: RoutineDocument, node: Any, path: tuple[Any, ...]) -> None:
    """Set every text again through the editor's own calls, as typing it would."""
    if isinstance(node, dict):
        if set(node) <= {"text", "say"} and "text" in node and path[-1] != "phases":
            doc.set_text(path, *doc.text_at(path))
            return
        for key in list(node):
            _edit_every_text(doc, node[key], (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(list(node)):
            _edit_every_text(doc, item, (*path, index))
    elif isinstance(node, str) and path:
        doc.set(path, str(node))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_pack(), options=st.sampled_from([
    PlanOptions(), PlanOptions(reps_per_side=2, sets=1, hold_seconds=2.0),
    PlanOptions(first_side=Side.LEFT, sides=SideMode.EACH_SIDE),
]))
def test_any_valid_pack_saved_by_the_editor_gives_the_same_plan(
        data: dict[str, Any], options: PlanOptions) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    before = load_pack_bytes(text)
    assume(before.pack is not None)
    assert before.pack is not None
    doc = RoutineDocument.from_text(text, folder=Path("/nonexistent"))
    _edit_every_text(doc, doc.data, ())
    for path in list(text_paths(doc)):  # and each language of each text, as the editor would
        for language in ("de", "en"):
            doc.set_text(path, *doc.text_at(path, language), language)
    saved = doc.text()
    after = load_pack_bytes(saved)
    assert after.pack is not None, "\n".join(str(p) for p in after.problems) + "\n" + saved
    assert after.pack.introduction == before.pack.introduction
    assert after.pack.title == before.pack.title
    assert plan(after.pack, options).segments == plan(before.pack, options).segments
    levels = {e.id: next(iter(e.variants), Level.STANDARD) for e in before.pack.exercises}
    varied = PlanOptions(variants=levels)
    assert plan(after.pack, varied).segments == plan(before.pack, varied).segments
    stepped = PlanOptions(steps={e.id: 2 for e in before.pack.exercises})
    for language in ("en", "de"):
        assert plan(localized_pack(after.pack, language), stepped).segments == \
            plan(localized_pack(before.pack, language), stepped).segments


@pytest.mark.parametrize("scalar", ["0E0", "1e5", "+12E3", "010", "yes", "off", "1:30",
                                    "2024-01-02"])
def test_an_untouched_plain_scalar_is_read_and_saved_as_the_loader_reads_it(scalar: str) -> None:
    text = f"format: 1\nid: x\ntitle: T\nintroduction: {scalar}\n"
    doc = RoutineDocument.from_text(text, folder=Path("/nonexistent"))
    assert doc.get(("introduction",)) == yaml.safe_load(text)["introduction"]
    doc.set(("title",), "Changed")
    assert yaml.safe_load(doc.text())["introduction"] == yaml.safe_load(text)["introduction"]


def test_a_text_that_the_loader_would_read_as_another_type_is_saved_quoted() -> None:
    doc = RoutineDocument.from_text("format: 1\nid: x\ntitle: T\n", folder=Path("/nonexistent"))
    for value in ("yes", "on", "0E0", "1.0", "010", "~"):
        doc.set(("title",), value)
        assert yaml.safe_load(doc.text())["title"] == value
