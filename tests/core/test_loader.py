"""The loader: every problem located as FILE:LINE:COL: error: PATH: MESSAGE, all in one run."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hipflex_desktop.core import loader
from hipflex_desktop.core.loader import (
    LoadResult,
    PackError,
    Problem,
    load_pack,
    load_pack_bytes,
    load_pack_or_raise,
)
from hipflex_desktop.core.model import Level, PhaseKind, Side, SideMode, Text
from tests.cpu_time import cpu_seconds
from tests.hostile import images

from .conftest import (
    MINIMAL_TEXT,
    exercise_data,
    load_text,
    messages,
    pack_data,
    phase_data,
    to_yaml,
    variant_data,
)

PROBLEM_RE = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning): .+$")


def only_errors(result: LoadResult) -> list[tuple[int, int, str, str]]:
    return [(p.line, p.column, p.path, p.message) for p in result.errors]


def error_paths(result: LoadResult) -> list[str]:
    return [p.path for p in result.errors]


def edit(old: str, new: str, text: str = MINIMAL_TEXT) -> str:
    assert text.count(old) == 1, f"{old!r} is not unique in the pack text"
    return text.replace(old, new)


def load_data(data: dict[str, Any], **kwargs: Any) -> LoadResult:
    return load_text(to_yaml(data), **kwargs)


# -- a valid pack ---------------------------------------------------------------------------------


def test_minimal_pack_loads_without_problems() -> None:
    result = load_text(MINIMAL_TEXT)
    assert result.ok
    assert result.problems == ()
    pack = result.pack
    assert pack is not None
    assert (pack.format, pack.id, pack.version, pack.language) == (1, "test-pack", "1.0.0", "en")
    assert pack.title == Text("Test pack")
    d = pack.defaults
    assert (d.reps_per_side, d.sets, d.hold_seconds, d.hold_range) == (2, 1, 1.5, (1.0, 2.0))
    assert (d.rest_seconds, d.lead_in_seconds, d.switch_seconds) == (10, 5, 3)
    assert d.first_side is Side.RIGHT
    (march,) = pack.exercises
    assert march.id == "march"
    assert march.sides is SideMode.ALTERNATE
    assert [p.kind for p in march.phases] == [PhaseKind.MOVE, PhaseKind.HOLD, PhaseKind.RETURN]
    assert [p.seconds for p in march.phases] == [2, None, 2]
    assert march.phases[1].adjustable and not march.phases[0].adjustable
    assert march.setup == (Text("Stand tall."),)
    assert march.cues == (Text("Stay tall."),)
    assert march.levels == (Level.STANDARD,)
    assert pack.source == "pack.yaml"


def test_text_with_say_and_defaults_note() -> None:
    data = pack_data()
    data["title"] = {"text": "Test pack, long title", "say": "Test pack"}
    data["defaults"]["note"] = "Defaults chosen by the pack."
    data["exercises"][0]["phases"][0]["say"] = "{Side} up."
    pack = load_data(data).pack
    assert pack is not None
    assert pack.title == Text("Test pack, long title", "Test pack")
    assert pack.title.spoken == "Test pack"
    assert pack.defaults.note == Text("Defaults chosen by the pack.")
    phase = pack.exercises[0].phases[0]
    assert phase.text.spoken == "{Side} up."
    assert phase.text.for_side(Side.LEFT) == Text("Lift the left leg.", "Left up.")


def test_variants_replace_only_what_they_name() -> None:
    easier = variant_data("Hands on a wall", phases=[
        phase_data("move", "Lift the {side} leg a little.", 2),
        phase_data("return", "Lower it.", 2)], equipment=["A wall"])
    harder = variant_data("No support", name="Free march", sides="each-side")
    pack = load_data(pack_data([exercise_data(variants={"easier": easier,
                                                        "harder": harder})])).pack
    assert pack is not None
    exercise = pack.exercises[0]
    assert exercise.levels == (Level.EASIER, Level.STANDARD, Level.HARDER)
    easy = exercise.as_variant(Level.EASIER)
    assert [p.text.text for p in easy.phases] == ["Lift the {side} leg a little.", "Lower it."]
    assert easy.equipment == (Text("A wall"),)
    assert easy.name == exercise.name and easy.setup == exercise.setup
    assert easy.level is Level.EASIER and easy.variant_label == "Hands on a wall"
    hard = exercise.as_variant(Level.HARDER)
    assert hard.name == Text("Free march")
    assert hard.sides is SideMode.EACH_SIDE
    assert hard.phases == exercise.phases
    assert exercise.as_variant(Level.STANDARD) is exercise


def test_load_pack_reads_a_file_and_knows_its_folder(tmp_path: Path) -> None:
    file = tmp_path / "my pack.yaml"
    file.write_text(MINIMAL_TEXT)
    result = load_pack(file)
    assert result.pack is not None
    assert result.pack.base_dir == tmp_path
    assert result.pack.source == str(file)
    assert load_pack_or_raise(file) == result.pack


# -- located errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("  sets: 1\n", "  sets: 0\n",
         (11, 9, "defaults.sets", "must be between 1 and 10, got 0")),
        ("        seconds: 2\n      - kind: hold", "        seconds: 61\n      - kind: hold",
         (29, 18, "exercises[0].phases[0].seconds", "must be between 0.5 and 60 seconds, got 61")),
        ("      - kind: hold\n", "      - kind: holdd\n",
         (30, 15, "exercises[0].phases[1].kind",
          '"holdd" is not one of move, hold, return; did you mean "hold"?')),
        ("    sides: alternate\n", "    sides: alternating\n",
         (25, 12, "exercises[0].sides",
          '"alternating" is not one of alternate, each-side, none; did you mean "alternate"?')),
        ("author: Test author\n", "author: 42\n",
         (6, 9, "author", 'expected text, got the number 42 (put it in quotes, "42", to use it'
                          " as text)")),
        ('version: "1.0.0"\n', "version: 1.0\n",
         (4, 10, "version", 'write the version in quotes, "1.0"')),
        ("format: 1\n", "format: 2\n",
         (1, 9, "format", "this app reads pack format 1, got 2 (a newer app may read it)")),
        ("  hold_range: [1.0, 2.0]\n", "  hold_range: [2.0, 1.0]\n",
         (13, 15, "defaults.hold_range", "the minimum 2 is above the maximum 1")),
        ("  hold_seconds: 1.5\n", "  hold_seconds: 2.5\n",
         (12, 17, "defaults.hold_seconds", "must lie within hold_range [1, 2], got 2.5")),
        ("      - Stand tall.\n", "      - '   '\n",
         (24, 9, "exercises[0].setup[0]", "must not be empty")),
        ("  first_side: right\n", "  first_side: [right]\n",
         (17, 15, "defaults.first_side", "expected one of right, left, got a list")),
        ("  reps_per_side: 2\n", "  reps_per_side: 2.5\n",
         (10, 18, "defaults.reps_per_side", "expected a whole number, got the number 2.5")),
        ("  rest_seconds: 10\n", "  rest_seconds: .nan\n",
         (14, 17, "defaults.rest_seconds", "must be between 0 and 600 seconds, got nan")),
        ("  lead_in_seconds: 5\n", "  lead_in_seconds: yes\n",
         (15, 20, "defaults.lead_in_seconds", "expected a number, got the boolean true")),
        ("id: test-pack\n", "id: Test Pack\n",
         (2, 5, "id", '"Test Pack" is not an id (lower-case letters, digits and -, e.g. my-pack)')),
        ("    equipment: []\n", "    equipment: A band\n",
         (22, 16, "exercises[0].equipment", "expected a list, got a string")),
    ],
    ids=["sets-0", "seconds-61", "kind-typo", "sides-typo", "author-number",
         "version-number", "format-2", "range-reversed", "hold-outside-range", "setup-blank",
         "first-side-list", "reps-fraction", "rest-nan", "lead-in-bool", "id-not-slug",
         "equipment-string"],
)
def test_error_is_located_exactly(old: str, new: str,
                                  expected: tuple[int, int, str, str]) -> None:
    result = load_text(edit(old, new))
    assert result.pack is None
    assert only_errors(result) == [expected]


def test_problem_prints_as_file_line_column_severity_path_message() -> None:
    result = load_text(edit("  sets: 1\n", "  sets: 0\n"), source="packs/mine.yaml")
    assert [str(p) for p in result.errors] == [
        "packs/mine.yaml:11:9: error: defaults.sets: must be between 1 and 10, got 0"]
    problem = Problem("f.yaml", 3, 4, "warning", "", "no path")
    assert str(problem) == "f.yaml:3:4: warning: no path"


def test_every_problem_is_reported_in_one_run_in_file_order() -> None:
    text = MINIMAL_TEXT
    for old, new in [
        ("title: Test pack\n", "titel: Test pack\n"),
        ("  sets: 1\n", "  sets: 11\n"),
        ("    purpose: Drives the knee up.\n", "    purpose: ''\n"),
        ("      - kind: hold\n", "      - kind: hold\n        colour: red\n"),
        ("      - Stay tall.\n", "      - Stay tall.\n  - 7\n"),
    ]:
        text = edit(old, new, text)
    result = load_text(text)
    assert result.pack is None
    found = [(p.line, p.column, p.path) for p in result.errors]
    assert found == sorted(found)
    assert found == [
        (1, 1, ""),  # missing required key "title"
        (3, 1, "titel"),
        (11, 9, "defaults.sets"),
        (21, 14, "exercises[0].purpose"),
        (31, 9, "exercises[0].phases[1].colour"),
        (38, 5, "exercises[1]"),
    ]
    assert 'missing required key "title"' in result.errors[0].message
    assert 'did you mean "title"?' in result.errors[1].message


# -- unknown and duplicate keys -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "path", "hint"),
    [
        ("title: Test pack\n", "titel: Test pack\n", "titel", "title"),
        ("  switch_seconds: 3\n", "  switch_second: 3\n", "defaults.switch_second",
         "switch_seconds"),
        ("    cues:\n", "    queues:\n", "exercises[0].queues", "cues"),
        ("        seconds: 2\n      - kind: hold", "        second: 2\n      - kind: hold",
         "exercises[0].phases[0].second", "seconds"),
    ],
)
def test_unknown_key_suggests_the_closest_known_one(old: str, new: str, path: str,
                                                    hint: str) -> None:
    result = load_text(edit(old, new))
    unknown = [p for p in result.errors if p.path == path]
    assert len(unknown) == 1
    assert f'did you mean "{hint}"?' in unknown[0].message
    assert "allowed here:" in unknown[0].message


def test_unknown_key_without_a_close_match_has_no_suggestion() -> None:
    result = load_text(MINIMAL_TEXT + "colour: red\n")
    assert only_errors(result) == [(37, 1, "colour", 'unknown key "colour" (allowed here: format,'
                                    " id, title, version, language, author, licence,"
                                    " introduction, defaults, exercises, languages)")]


@pytest.mark.parametrize(
    ("old", "new", "where", "path", "first_line"),
    [
        ("author: Test author\n", "author: Test author\nauthor: Someone else\n", (7, 1),
         "author", 6),
        ("  sets: 1\n", "  sets: 1\n  sets: 2\n", (12, 3), "defaults.sets", 11),
        ("        text: Hold.\n", "        text: Hold.\n        kind: move\n", (32, 9),
         "exercises[0].phases[1].kind", 30),
    ],
)
def test_duplicate_keys_are_errors(old: str, new: str, where: tuple[int, int], path: str,
                                   first_line: int) -> None:
    result = load_text(edit(old, new))
    assert result.pack is None
    key = path.rsplit(".", 1)[-1]
    assert only_errors(result) == [
        (*where, path, f'duplicate key "{key}" (first given at line {first_line})')]


def test_missing_keys_are_reported_at_their_mapping() -> None:
    result = load_text(edit("    purpose: Drives the knee up.\n", "").replace(
        "  rest_seconds: 10\n", ""))
    assert only_errors(result) == [
        (10, 3, "defaults", 'missing required key "rest_seconds"'),
        (18, 5, "exercises[0]", 'missing required key "purpose"'),
    ]


# -- types, ranges, empty texts, ids -----------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d["defaults"].update(reps_per_side="8"), "defaults.reps_per_side",
         "expected a whole number, got a string"),
        (lambda d: d["defaults"].update(reps_per_side=51), "defaults.reps_per_side",
         "must be between 1 and 50, got 51"),
        (lambda d: d["defaults"].update(rest_seconds=-1), "defaults.rest_seconds",
         "must be between 0 and 600 seconds, got -1"),
        (lambda d: d["defaults"].update(hold_range=[1.0]), "defaults.hold_range",
         "expected [min, max] seconds, got a list"),
        (lambda d: d["defaults"].update(switch_seconds=None), "defaults.switch_seconds",
         "expected a number, got nothing (null)"),
        (lambda d: d.update(title=""), "title", "must not be empty"),
        (lambda d: d.update(introduction={"text": "Why.", "say": "  "}), "introduction.say",
         "must not be empty"),
        (lambda d: d.update(introduction={"text": "Why."}), "introduction",
         'missing required key "say"'),
        (lambda d: d.update(language="English"), "language",
         '"English" is not a language tag such as en or en-GB'),
        (lambda d: d["exercises"][0].update(purpose="One.\nTwo."), "exercises[0].purpose",
         "must be a single line"),
        (lambda d: d["exercises"][0].update(purpose="x" * 161), "exercises[0].purpose",
         "is 161 characters long; at most 160"),
        (lambda d: d["exercises"][0].update(setup=[]), "exercises[0].setup",
         "has 0 items; at least 1 allowed"),
        (lambda d: d["exercises"][0].update(phases=[phase_data("move", "Up.", 1)] * 11),
         "exercises[0].phases", "has 11 items; at most 10 allowed"),
        (lambda d: d["exercises"][0].update(id="Knee_Drive"), "exercises[0].id",
         "is not an id"),
        (lambda d: d.update(exercises=[]), "exercises", "has 0 items; at least 1 allowed"),
        (lambda d: d.update(exercises={"id": "march"}), "exercises",
         "expected a list, got a mapping"),
        (lambda d: d["exercises"][0].update(variants={}), "exercises[0].variants",
         "lists no variant"),
        (lambda d: d["exercises"][0].update(variants={"medium": variant_data()}),
         "exercises[0].variants.medium", 'unknown key "medium"'),
        (lambda d: d["exercises"][0].update(variants={"easier": {"label": "Wall"}}),
         "exercises[0].variants.easier", 'missing required key "when"'),
    ],
)
def test_bad_values_are_errors(change: Callable[[dict[str, Any]], None], path: str,
                               message: str) -> None:
    data = pack_data()
    change(data)
    result = load_data(data)
    assert result.pack is None
    matching = [p for p in result.errors if p.path == path]
    assert matching, messages(result)
    assert message in matching[0].message


def test_the_pack_must_be_a_mapping() -> None:
    result = load_text("- format: 1\n- id: x\n")
    assert only_errors(result) == [
        (1, 1, "", "expected a mapping (key: value lines), got a list")]


def test_duplicate_exercise_ids_are_errors_even_beside_other_errors() -> None:
    broken_twin = exercise_data("march")
    broken_twin["phases"][0]["seconds"] = 0
    data = pack_data([exercise_data("march"), exercise_data("bridge"), broken_twin])
    result = load_data(data)
    assert result.pack is None
    paths = error_paths(result)
    assert "exercises[2].id" in paths
    assert "exercises[2].phases[0].seconds" in paths
    dup = next(p for p in result.errors if p.path == "exercises[2].id")
    assert dup.message == 'duplicate exercise id "march" (also exercises[0])'


def test_too_many_exercises() -> None:
    data = pack_data([exercise_data(f"ex-{n}") for n in range(21)])
    result = load_data(data)
    assert [p.message for p in result.errors] == ["has 21 items; at most 20 allowed"]


# -- placeholders ---------------------------------------------------------------------------


def test_side_placeholders_are_filled_per_side() -> None:
    phases = [phase_data("move", "{Side} knee up, {other_side} foot down.", 3,
                         say="{Other_side} stays."),
              phase_data("return", "Lower the {side} knee.", 2)]
    pack = load_data(pack_data([exercise_data(phases=phases)])).pack
    assert pack is not None
    move = pack.exercises[0].phases[0].text
    assert move.for_side(Side.RIGHT) == Text("Right knee up, left foot down.", "Left stays.")
    assert move.for_side(Side.LEFT) == Text("Left knee up, right foot down.", "Right stays.")
    assert move.for_side(None) == move


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d.update(introduction="Work your {side} hip."), "introduction",
         "placeholders like {side} are only allowed in exercise texts"),
        (lambda d: d["defaults"].update(note="Start {side}."), "defaults.note",
         "only allowed in exercise texts"),
        (lambda d: d["exercises"][0]["phases"][0].update(text="Lift the {knee}."),
         "exercises[0].phases[0].text", "unknown placeholder {knee}"),
        (lambda d: d["exercises"][0]["phases"][0].update(say="Lift {side."),
         "exercises[0].phases[0].say", "unbalanced { or }"),
        (lambda d: d["exercises"][0]["phases"][0].update(text="Lift side}."),
         "exercises[0].phases[0].text", "unbalanced { or }"),
        (lambda d: d["exercises"][0].update(sides="none"), "exercises[0].phases[0].text",
         "names a side, but this exercise has sides: none"),
        (lambda d: d["exercises"][0].update(sides="none", setup=["Face the {side} wall."]),
         "exercises[0].setup[0]", "names a side, but this exercise has sides: none"),
        (lambda d: d["exercises"][0].update(variants={"easier": variant_data(
            sides="none", phases=[phase_data("move", "Lift {side}.", 2)])}),
         "exercises[0].variants.easier.phases[0].text",
         "names a side, but this variant has sides: none"),
    ],
)
def test_placeholder_rules(change: Callable[[dict[str, Any]], None], path: str,
                           message: str) -> None:
    data = pack_data()
    change(data)
    result = load_data(data)
    assert result.pack is None
    matching = [p for p in result.errors if p.path == path]
    assert matching, messages(result)
    assert message in matching[0].message


def test_a_variant_without_sides_must_replace_the_texts_that_name_a_side() -> None:
    # The standard phases name a side; a sides: none variant that keeps them cannot fill it.
    keeps = variant_data(sides="none")
    result = load_data(pack_data([exercise_data(variants={"easier": keeps})]))
    assert result.pack is None
    assert [(p.path, p.message) for p in result.errors] == [(
        "exercises[0].variants.easier.sides",
        "the exercise's own phases name a side; a variant without sides must replace them")]


def test_a_variant_without_sides_that_replaces_every_sided_text_is_accepted() -> None:
    replaces = variant_data(sides="none", phases=[
        phase_data("move", "Lift both knees a little.", 2),
        phase_data("return", "Lower them.", 2)])
    result = load_data(pack_data([exercise_data(variants={"easier": replaces})]))
    assert result.ok, messages(result)
    assert result.pack is not None
    easy = result.pack.exercises[0].as_variant(Level.EASIER)
    assert easy.sides is SideMode.NONE


# -- holds ------------------------------------------------------------------------------------


def test_a_hold_takes_fixed_seconds_its_own_range_or_the_pack_range() -> None:
    phases = [phase_data("hold", "Hold fixed.", 3),
              phase_data("hold", "Hold ranged.", range=[2, 4]),
              phase_data("hold", "Hold default.")]
    pack = load_data(pack_data([exercise_data(phases=phases)])).pack
    assert pack is not None
    fixed, ranged, default = pack.exercises[0].phases
    assert (fixed.seconds, fixed.hold_range, fixed.adjustable) == (3, None, False)
    assert (ranged.seconds, ranged.hold_range, ranged.adjustable) == (None, (2, 4), True)
    assert (default.seconds, default.hold_range, default.adjustable) == (None, None, True)


@pytest.mark.parametrize(
    ("phase", "path", "message"),
    [
        (phase_data("move", "Up.", 1, range=[1, 2]), "exercises[0].phases[0].range",
         "only a hold has a range; a move phase has fixed seconds"),
        (phase_data("return", "Down."), "exercises[0].phases[0]",
         'missing required key "seconds" (a return phase lasts a fixed time)'),
        (phase_data("hold", "Hold.", 2, range=[1, 3]), "exercises[0].phases[0].range",
         "give a hold either fixed seconds or a range, not both"),
        (phase_data("hold", "Hold.", range=[3, 1]), "exercises[0].phases[0].range",
         "the minimum 3 is above the maximum 1"),
        (phase_data("hold", "Hold.", range=[1, 61]), "exercises[0].phases[0].range[1]",
         "must be between 0.5 and 60 seconds, got 61"),
        (phase_data("hold", "Hold.", 0.2), "exercises[0].phases[0].seconds",
         "must be between 0.5 and 60 seconds, got 0.2"),
    ],
)
def test_hold_rules(phase: dict[str, Any], path: str, message: str) -> None:
    result = load_data(pack_data([exercise_data(phases=[phase])]))
    assert result.pack is None
    matching = [p for p in result.errors if p.path == path]
    assert matching, messages(result)
    assert matching[0].message == message


# -- pictures -----------------------------------------------------------------------------------


@pytest.fixture
def pack_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "march.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    (folder / "pictures" / "wall.png").write_bytes(images.png(40, 30))
    (tmp_path / "outside.svg").write_text("<svg/>")
    return folder


def load_with_picture(folder: Path, picture: str, *, in_variant: bool = False) -> LoadResult:
    exercise = exercise_data()
    if in_variant:
        exercise["variants"] = {"easier": variant_data(picture=picture)}
    else:
        exercise["picture"] = picture
    file = folder / "pack.yaml"
    file.write_text(to_yaml(pack_data([exercise])))
    return load_pack(file)


def test_pictures_inside_the_pack_folder_are_accepted(pack_folder: Path) -> None:
    exercise = exercise_data(picture="pictures/march.svg",
                             variants={"easier": variant_data(picture="pictures/wall.png")})
    file = pack_folder / "pack.yaml"
    file.write_text(to_yaml(pack_data([exercise])))
    result = load_pack(file)
    assert result.pack is not None, messages(result)
    march = result.pack.exercises[0]
    assert march.picture == Path("pictures/march.svg")
    assert result.pack.picture_path(march.picture) == pack_folder / "pictures" / "march.svg"
    assert march.as_variant(Level.EASIER).picture == Path("pictures/wall.png")
    assert result.pack.picture_path(None) is None


@pytest.mark.parametrize(
    ("picture", "message"),
    [
        ("../outside.svg", "must be a relative path inside the pack's folder"),
        ("pictures/../../outside.svg", "must be a relative path inside the pack's folder"),
        ("/etc/outside.svg", "must be a relative path inside the pack's folder"),
        ("pictures\\march.svg", "must be a relative path inside the pack's folder"),
        ("https://example.org/march.svg", "not from a URL"),
        ("file:///etc/outside.svg", "not from a URL"),
        ("C:/pictures/march.svg", "not a drive such as C:"),
        ("c:pictures/march.svg", "not a drive such as C:"),
        ("pictures/missing.svg", '"pictures/missing.svg" cannot be used: no such file next to'
                                 " the pack file"),
        ("pictures/march.gif", "pictures must be .svg or .png files"),
        ("pictures", "pictures must be .svg or .png files"),
    ],
)
@pytest.mark.parametrize("in_variant", [False, True], ids=["exercise", "variant"])
def test_bad_pictures_are_errors(pack_folder: Path, picture: str, message: str,
                                 in_variant: bool) -> None:
    result = load_with_picture(pack_folder, picture, in_variant=in_variant)
    assert result.pack is None
    path = "exercises[0].variants.easier.picture" if in_variant else "exercises[0].picture"
    matching = [p for p in result.errors if p.path == path]
    assert matching, messages(result)
    assert message in matching[0].message


def test_a_symlink_leading_out_of_the_pack_folder_is_an_error(pack_folder: Path,
                                                              tmp_path: Path) -> None:
    (pack_folder / "pictures" / "link.svg").symlink_to(tmp_path / "outside.svg")
    (pack_folder / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    for picture in ("pictures/link.svg", "elsewhere/outside.svg"):
        result = load_with_picture(pack_folder, picture)
        assert result.pack is None
        assert [p.message for p in result.errors] == [
            f'"{picture}" cannot be used: it leads outside the pack\'s folder (through a'
            " symbolic link)"]


def test_a_symlink_inside_the_pack_folder_is_fine(pack_folder: Path) -> None:
    (pack_folder / "pictures" / "alias.svg").symlink_to(pack_folder / "pictures" / "march.svg")
    result = load_with_picture(pack_folder, "pictures/alias.svg")
    assert result.ok, messages(result)


def test_a_picture_named_as_a_folder_is_an_error(pack_folder: Path) -> None:
    (pack_folder / "pictures" / "folder.svg").mkdir()
    result = load_with_picture(pack_folder, "pictures/folder.svg")
    assert [p.message for p in result.errors] == [
        '"pictures/folder.svg" cannot be used: this is a folder, not a file']


def test_a_pack_read_without_its_folder_cannot_name_pictures() -> None:
    result = load_data(pack_data([exercise_data(picture="pictures/march.svg")]))
    assert [p.message for p in result.errors] == [
        "a pack read without its folder cannot name pictures"]


# -- speech-fit warnings ------------------------------------------------------------------------


def test_a_spoken_text_too_long_for_its_phase_is_a_warning_not_an_error() -> None:
    text = edit("        text: Hold.\n",
                "        text: Hold.\n        say: Hold it there and keep breathing slowly.\n")
    result = load_text(text)
    assert result.ok
    assert result.errors == ()
    assert [(p.line, p.column, p.severity, p.path) for p in result.warnings] == [
        (30, 9, "warning", "exercises[0].phases[1]")]
    # 7 words at 2.5 words a second against the shortest hold of the pack's range (1 s).
    assert result.warnings[0].message.startswith(
        '"Hold it there and keep breathing slowly." takes about 2.8 s to say, but the phase'
        " lasts 1 s")


def test_a_short_say_makes_a_long_text_fit() -> None:
    long = "Drive the {side} knee up towards the ceiling as far as it goes."
    phases = [phase_data("move", long, 2), phase_data("return", "Down.", 2)]
    assert load_data(pack_data([exercise_data(phases=phases)])).warnings != ()
    phases[0]["say"] = "Knee up."
    assert load_data(pack_data([exercise_data(phases=phases)])).problems == ()


def test_name_and_setup_too_long_for_the_lead_in_is_a_warning() -> None:
    setup = ["Stand tall with your feet hip width apart and the band around both feet."] * 3
    result = load_data(pack_data([exercise_data(setup=setup)], lead_in_seconds=5))
    assert result.ok
    assert [(p.path, p.severity) for p in result.problems] == [
        ("exercises[0].setup", "warning")]
    assert "lead-in lasts 5 s" in result.problems[0].message


def test_speech_fit_is_checked_for_variants_too() -> None:
    easier = variant_data(phases=[phase_data(
        "move", "Lift the {side} leg slowly and with great care.", 1)])
    result = load_data(pack_data([exercise_data(variants={"easier": easier})]))
    assert result.ok
    assert [p.path for p in result.warnings] == ["exercises[0].variants.easier.phases[0]"]


# -- files --------------------------------------------------------------------------------------


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = load_pack(tmp_path / "nope.yaml")
    assert [str(p) for p in missing.problems] == [f"{tmp_path / 'nope.yaml'}:1:1: error: no such"
                                                   " file"]
    folder = load_pack(tmp_path)
    assert "this is a folder" in folder.errors[0].message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    file = tmp_path / "pack.yaml"
    file.write_text(MINIMAL_TEXT)
    file.chmod(0)
    assert "permission denied" in load_pack(file).errors[0].message


def test_load_pack_or_raise_carries_the_problems(tmp_path: Path) -> None:
    file = tmp_path / "pack.yaml"
    file.write_text(edit("  sets: 1\n", "  sets: 0\n"))
    with pytest.raises(PackError) as info:
        load_pack_or_raise(file)
    assert str(info.value) == f"{file}:11:9: error: defaults.sets: must be between 1 and 10, got 0"
    assert info.value.result.pack is None


def test_bytes_and_text_give_the_same_result() -> None:
    from_bytes = load_pack_bytes(MINIMAL_TEXT.encode())
    from_text = load_pack_bytes(MINIMAL_TEXT)
    assert from_bytes == from_text
    assert from_bytes.ok


def test_every_problem_line_has_the_documented_shape() -> None:
    broken = edit("  sets: 1\n", "  sets: x\n").replace("kind: hold", "kind: rest")
    result = load_text(broken + "extra: 1\n", source="dir with spaces/pack.yaml")
    assert len(result.problems) == 3
    for problem in result.problems:
        match = PROBLEM_RE.match(str(problem))
        assert match is not None, str(problem)
        assert match["file"] == "dir with spaces/pack.yaml"


# -- many problems -------------------------------------------------------------------------------


def test_a_file_full_of_problems_stops_at_a_bound_quickly() -> None:
    from hipflex_desktop.core import yamltree

    text = "".join(f"formats{n}: v\n" for n in range(yamltree.MAX_EXPANDED_NODES // 2 - 10))
    start = cpu_seconds()
    result = load_text(text)
    elapsed = cpu_seconds() - start
    assert result.pack is None
    assert len(result.problems) == loader.MAX_PROBLEMS + 1
    assert any(f"more than {loader.MAX_PROBLEMS} errors" in p.message for p in result.errors)
    assert elapsed < 1.0


def test_many_warnings_do_not_make_a_pack_invalid() -> None:
    long_say = "Lift the leg slowly, all the way up, and keep the back long."
    phases = [phase_data("move", "Up.", 1, say=long_say) for _ in range(10)]
    data = pack_data([exercise_data(f"ex-{n}", phases=phases) for n in range(20)])
    result = load_data(data)
    assert result.ok
    assert result.errors == ()
    assert len(result.warnings) == loader.MAX_PROBLEMS + 1
    assert sum(p.message == f"more than {loader.MAX_PROBLEMS} warnings; the rest are not shown"
               for p in result.warnings) == 1


def test_many_real_problems_are_all_reported_below_the_bound() -> None:
    data = pack_data([exercise_data(f"ex-{n}", purpose="") for n in range(20)])
    result = load_data(data)
    assert [p.path for p in result.errors] == [f"exercises[{n}].purpose" for n in range(20)]


def test_a_problem_is_one_line_even_when_a_key_or_text_holds_line_breaks() -> None:
    text = MINIMAL_TEXT + '"colour\\nred\\u2028x\\x85": 1\n'
    result = load_text(text, source="odd\nname.yaml")
    assert result.pack is None
    (problem,) = result.errors
    assert problem.path == "colour\\nred\\u2028x\\x85"  # the key, escaped
    shown = str(problem)
    assert len(shown.splitlines()) == 1
    assert shown.startswith("odd\\nname.yaml:37:1: error: colour\\nred\\u2028x\\x85: unknown key")


def _fullest_form(tag: str) -> dict[str, Any]:
    def said() -> dict[str, str]:  # a new mapping each time, so the YAML has no aliases
        return {"text": f"{tag} text.", "say": f"{tag}."}

    return {
        "name": said(),
        "purpose": f"{tag} purpose.",
        "equipment": [f"{tag} item {n}" for n in range(20)],
        "setup": [said() for _ in range(10)],
        "phases": [phase_data("move", "Up {side}.", 2, say="Up."),
                   *(phase_data("hold", "Hold.", say="Hold.", range=[1, 3]) for _ in range(9))],
        "cues": [said() for _ in range(10)],
    }


def test_the_fullest_pack_the_format_allows_is_within_the_reader_bounds() -> None:
    exercises = []
    for n in range(20):
        exercise = {"id": f"ex-{n}", **_fullest_form("standard"), "sides": "alternate"}
        exercise["variants"] = {
            level: {"label": level, "when": {"text": "When.", "say": "When."},
                    **_fullest_form(level), "sides": "each-side"}
            for level in ("easier", "harder")}
        exercises.append(exercise)
    data = pack_data(exercises, note={"text": "Note.", "say": "Note."})
    data["title"] = {"text": "Title.", "say": "Title."}
    data["introduction"] = {"text": "Text.", "say": "Text."}
    from hipflex_desktop.core import yamltree

    text = to_yaml(data)
    assert "&" not in text and "*" not in text
    root = yamltree.parse(text)
    print(f"the fullest pack has {root.weight:,} values")
    assert root.weight <= yamltree.MAX_EXPANDED_NODES
    result = load_data(data)
    assert result.ok, messages(result)[:5]
