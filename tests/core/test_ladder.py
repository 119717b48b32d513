"""Ladders: the pack's own (checked, with located errors), the default one, and plans at a step."""

from __future__ import annotations

import io
from typing import Any

import pytest

from hipflex_desktop import cli
from hipflex_desktop.core.ladder import default_ladder, hold_lengths, ladder_of
from hipflex_desktop.core.model import Ladder, LadderStep, Level, Pack
from hipflex_desktop.core.plan import PlanError, PlanOptions, SegmentKind, plan

from .conftest import (
    builtin_result,
    exercise_data,
    load_text,
    make_pack,
    pack_data,
    phase_data,
    to_yaml,
    variant_data,
)


def step(variant: str | None = None, reps: int = 2, hold: float | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"reps_per_side": reps}
    if variant is not None:
        data["variant"] = variant
    if hold is not None:
        data["hold_seconds"] = hold
    return data


def laddered(ladder: dict[str, Any], **variants: Any) -> str:
    exercise = exercise_data(variants=variants or {"easier": variant_data()}, ladder=ladder)
    return to_yaml(pack_data([exercise]))


def errors(text: str) -> list[tuple[int, str, str]]:
    result = load_text(text)
    assert result.pack is None
    return [(p.line, p.path, p.message) for p in result.errors]


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = text.splitlines()
    found = [i + 1 for i, line in enumerate(lines) if needle in line]
    return found[occurrence - 1]


# -- the pack's own ladder -------------------------------------------------------------------


def test_a_declared_ladder_is_read_with_its_rule_and_start() -> None:
    text = laddered({"climb_after": 3, "start": 2, "steps": [
        step("easier", 2, 1), step("easier", 2, 2), step(None, 2, 1), step(None, 4, 2)]})
    result = load_text(text)
    assert result.pack is not None, result.problems
    ladder = result.pack.exercises[0].ladder
    assert ladder == Ladder((
        LadderStep(Level.EASIER, 2, 1.0), LadderStep(Level.EASIER, 2, 2.0),
        LadderStep(Level.STANDARD, 2, 1.0), LadderStep(Level.STANDARD, 4, 2.0),
    ), climb_after=3, start=2)


def test_without_start_a_person_begins_at_the_first_standard_step() -> None:
    text = laddered({"steps": [step("easier", 2, 1), step("standard", 2, 1.5),
                               step("standard", 3, 2)]})
    pack = load_text(text).pack
    assert pack is not None
    ladder = pack.exercises[0].ladder
    assert ladder is not None
    assert (ladder.start, ladder.climb_after) == (2, 2)


def test_a_step_without_a_hold_takes_the_packs_hold_within_range() -> None:
    text = laddered({"steps": [step("easier", 2), step("standard", 2)]})
    pack = load_text(text).pack
    assert pack is not None and pack.exercises[0].ladder is not None
    assert [s.hold_seconds for s in pack.exercises[0].ladder.steps] == [1.5, 1.5]


def test_a_ladder_of_one_step_goes_nowhere() -> None:
    text = laddered({"steps": [step("easier", 2, 1)]})
    [(line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps"
    assert line == line_of(text, "steps:") + 1  # the list starts with its first item
    assert "at least two" in message and "goes nowhere" in message


def test_a_repeated_step_is_located_at_the_repeat() -> None:
    text = laddered({"steps": [step("easier", 2, 1), step("standard", 2, 1),
                               step("easier", 2, 1)]})
    [(line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps[2]"
    assert line == line_of(text, "- reps_per_side: 2", 3)
    assert "repeats step 1" in message


def test_a_hold_outside_the_range_is_an_error() -> None:
    text = laddered({"steps": [step("easier", 2, 1), step("standard", 2, 2.5)]})
    [(line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps[1].hold_seconds"
    assert line == line_of(text, "hold_seconds: 2.5")
    assert "[1, 2]" in message and "2.5" in message


def test_a_variants_own_hold_range_is_the_one_checked() -> None:
    own = variant_data(phases=[phase_data("move", "Up.", 1), phase_data("hold", "Hold.",
                                                                         range=[2, 4])])
    text = laddered({"steps": [step("easier", 2, 4), step("standard", 2, 2)]}, easier=own)
    assert load_text(text).pack is not None
    text = laddered({"steps": [step("easier", 2, 1), step("standard", 2, 2)]}, easier=own)
    [(_line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps[0].hold_seconds"
    assert "[2, 4]" in message


def test_a_hold_on_a_fixed_hold_is_an_error() -> None:
    fixed = [phase_data("move", "Up.", 1), phase_data("hold", "Hold.", 1)]
    exercise = exercise_data(phases=fixed, ladder={"steps": [step(None, 2, 1), step(None, 3)]})
    text = to_yaml(pack_data([exercise]))
    [(_line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps[0].hold_seconds"
    assert "fixed seconds" in message


def test_a_variant_the_exercise_lacks_is_an_error() -> None:
    text = laddered({"steps": [step("standard", 2, 1), step("harder", 2, 1)]})
    [(line, path, message)] = errors(text)
    assert path == "exercises[0].ladder.steps[1].variant"
    assert line == line_of(text, "variant: harder")
    assert "no harder variant" in message and "easier, standard" in message


@pytest.mark.parametrize(("ladder", "path"), [
    ({"steps": [step(None, 0), step(None, 2)]}, "exercises[0].ladder.steps[0].reps_per_side"),
    ({"steps": [step(None, 1), step(None, 2)], "climb_after": 0},
     "exercises[0].ladder.climb_after"),
    ({"steps": [step(None, 1), step(None, 2)], "start": 3}, "exercises[0].ladder.start"),
    ({"steps": [step(None, 1), step(None, 2)], "climb": 2}, "exercises[0].ladder.climb"),
    ({"climb_after": 2}, "exercises[0].ladder"),
    ({"steps": [{"reps_per_side": 2, "variant": "hardest"}, step(None, 3)]},
     "exercises[0].ladder.steps[0].variant"),
])
def test_bad_ladder_values_are_located(ladder: dict[str, Any], path: str) -> None:
    text = laddered(ladder)
    assert path in [p for _line, p, _m in errors(text)]


def test_every_ladder_problem_of_a_file_is_reported_in_one_run() -> None:
    first = exercise_data("one", ladder={"steps": [step(None, 2, 5), step(None, 2, 5)]})
    second = exercise_data("two", ladder={"steps": [step("harder", 2)]})
    text = to_yaml(pack_data([first, second]))
    paths = [p for _line, p, _m in errors(text)]
    assert "exercises[0].ladder.steps[0].hold_seconds" in paths
    assert "exercises[1].ladder.steps[0].variant" in paths


def test_the_builtin_pack_has_a_ladder_for_each_exercise() -> None:
    pack = builtin_result().pack
    assert pack is not None
    for exercise in pack.exercises:
        ladder = exercise.ladder
        assert ladder is not None and ladder.declared, exercise.id
        assert len(ladder) >= 4
        # The person starts where the pack's own settings put them.
        start = ladder.step(ladder.start)
        assert start.level is Level.STANDARD
        assert start.reps_per_side == pack.defaults.reps_per_side
        levels = [s.level for s in ladder.steps]
        assert levels == sorted(levels, key=list(Level).index), "easiest first"


# -- the default ladder ----------------------------------------------------------------------


def test_the_default_ladder_climbs_hold_then_reps_then_variant() -> None:
    pack = make_pack([exercise_data(variants={"easier": variant_data(),
                                              "harder": variant_data("Harder")})],
                     reps_per_side=8, hold_seconds=1.5, hold_range=[1, 2])
    ladder = ladder_of(pack.exercises[0], pack.defaults)
    assert not ladder.declared
    expected = [
        (lv, reps, hold) for lv in Level for reps, hold in ((8, 1.0), (8, 2.0), (10, 2.0))
    ]
    assert [(s.level, s.reps_per_side, s.hold_seconds) for s in ladder.steps] == expected
    assert len(ladder) == 9 and ladder.start == 4 and ladder.climb_after == 2


def test_the_default_ladder_of_fixed_holds_climbs_by_reps() -> None:
    fixed = [phase_data("move", "Up.", 1), phase_data("hold", "Hold.", 1)]
    pack = make_pack([exercise_data(phases=fixed)], reps_per_side=50)
    ladder = default_ladder(pack.exercises[0], pack.defaults)
    assert [(s.level, s.reps_per_side, s.hold_seconds) for s in ladder.steps] == [
        (Level.STANDARD, 48, None), (Level.STANDARD, 50, None)]


@pytest.mark.parametrize(("low", "high", "expected"), [
    (1, 1, (1,)), (1, 2, (1, 2)), (1.5, 3, (1.5, 2, 3)), (0.5, 60, (0.5, 20, 40, 60)),
    (1, 4, (1, 2, 3, 4)),
])
def test_hold_lengths_keep_both_ends_and_at_most_four(low: float, high: float,
                                                      expected: tuple[float, ...]) -> None:
    assert hold_lengths(low, high) == expected


def test_every_default_ladder_loads_back_as_a_declared_one() -> None:
    """What the app builds obeys the rules a pack author must follow."""
    pack = make_pack([exercise_data(variants={"easier": variant_data()})])
    ladder = default_ladder(pack.exercises[0], pack.defaults)
    steps = [{"variant": s.level.value, "reps_per_side": s.reps_per_side,
              "hold_seconds": s.hold_seconds} for s in ladder.steps]
    result = load_text(laddered({"steps": steps}))
    assert result.pack is not None, result.problems
    assert result.pack.exercises[0].ladder is not None
    assert result.pack.exercises[0].ladder.steps == ladder.steps


# -- plans at a step -------------------------------------------------------------------------


@pytest.fixture
def pack() -> Pack:
    pack = builtin_result().pack
    assert pack is not None
    return pack


def test_a_plan_at_a_step_takes_its_variant_reps_and_hold(pack: Pack) -> None:
    session = plan(pack, PlanOptions(exercises=("banded-psoas-march",),
                                     steps={"banded-psoas-march": 8}))
    reps = [s for s in session.segments if s.kind.is_phase]
    assert {s.variant for s in reps} == {Level.HARDER}
    assert max(s.rep for s in reps) == 10
    assert {s.seconds for s in reps if s.kind is SegmentKind.HOLD} == {2.0}
    assert {(s.step, s.steps) for s in session.segments} == {(8, 8)}


def test_steps_are_per_exercise_and_others_keep_the_session_settings(pack: Pack) -> None:
    session = plan(pack, PlanOptions(steps={"seated-leg-lifts": 1}, reps_per_side=3))
    by_id = {s.exercise_id: s for s in session.segments if s.kind.is_phase}
    assert by_id["seated-leg-lifts"].variant is Level.EASIER
    assert by_id["seated-leg-lifts"].reps == 8 and by_id["seated-leg-lifts"].step == 1
    assert by_id["banded-psoas-march"].reps == 3 and by_id["banded-psoas-march"].step == 0


@pytest.mark.parametrize("steps", [{"banded-psoas-march": 9}, {"banded-psoas-march": 0},
                                   {"nope": 1}, {"banded-psoas-march": True}])
def test_a_step_off_the_ladder_is_refused(pack: Pack, steps: dict[str, Any]) -> None:
    with pytest.raises(PlanError):
        plan(pack, PlanOptions(steps=steps))


def test_steps_survive_the_options_round_trip(pack: Pack) -> None:
    options = PlanOptions(steps={"seated-leg-lifts": 2})
    assert PlanOptions.from_json(options.to_json()).steps == {"seated-leg-lifts": 2}
    assert PlanOptions.from_json({}).steps == {}


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_plan_step_for_every_exercise_and_for_one() -> None:
    code, out, _ = run_cli("plan", "--step", "2", "--step", "seated-leg-lifts=4")
    assert code == 0
    assert "Banded psoas march: step 2 of 8 (Standard, 8 reps per side, hold 1.5 s)" in out
    assert "Seated leg lifts: step 4 of 4 (Standard, 10 reps per side)" in out
    assert "step 2 of 7 (From the floor, 8 reps per side, hold 2 s)" in out


def test_plan_step_past_a_ladder_is_a_clear_error() -> None:
    code, out, err = run_cli("plan", "--step", "5")
    assert code == cli.EXIT_PROBLEM and out == ""
    assert "seated-leg-lifts has steps 1 to 4, not 5" in err


def test_plan_step_json_carries_the_step() -> None:
    code, out, _ = run_cli("plan", "--step", "1", "--exercise", "seated-leg-lifts", "--json")
    assert code == 0
    assert '"step": 1, "steps": 4' in out.splitlines()[0]


@pytest.mark.parametrize("value", ["0", "x", "=3", "a=b"])
def test_plan_step_bad_value(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.run(["plan", "--step", value])
    assert exit_info.value.code == 2
    assert "--step" in capsys.readouterr().err
