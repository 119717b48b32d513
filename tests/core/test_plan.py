"""plan(pack, options): the whole session as one flat, immutable list of segments."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest

from hipflex_desktop.core.model import Level, Pack, Side, SideMode
from hipflex_desktop.core.plan import (
    Plan,
    PlanError,
    PlanOptions,
    Segment,
    SegmentKind,
    plan,
    resolve,
)

from .conftest import exercise_data, make_pack, phase_data, variant_data

P, M, H, R = SegmentKind.PREPARE, SegmentKind.MOVE, SegmentKind.HOLD, SegmentKind.RETURN
SW, REST = SegmentKind.SWITCH, SegmentKind.REST
RIGHT, LEFT = Side.RIGHT, Side.LEFT


def shape(segments: tuple[Segment, ...]) -> list[tuple[SegmentKind, Side | None, int, int]]:
    return [(s.kind, s.side, s.set, s.rep) for s in segments]


def rep(side: Side | None, number: int, set_number: int = 1) -> list[
        tuple[SegmentKind, Side | None, int, int]]:
    return [(kind, side, set_number, number) for kind in (M, H, R)]


def one(sides: str, **defaults: Any) -> Pack:
    return make_pack([exercise_data("march", sides=sides)], **defaults)


# -- order ------------------------------------------------------------------------------------


def test_alternate_changes_side_every_rep() -> None:
    segments = plan(one("alternate", reps_per_side=2)).segments
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), *rep(LEFT, 1), *rep(RIGHT, 2), *rep(LEFT, 2)]


def test_each_side_does_all_reps_then_switches() -> None:
    segments = plan(one("each-side", reps_per_side=2)).segments
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), *rep(RIGHT, 2), (SW, LEFT, 1, 0),
        *rep(LEFT, 1), *rep(LEFT, 2)]
    switch = segments[7]
    assert switch.seconds == 3
    assert switch.text == "Switch to the left side"


def test_no_switch_when_switch_seconds_is_zero() -> None:
    segments = plan(one("each-side", reps_per_side=2), PlanOptions(switch_seconds=0)).segments
    assert SW not in {s.kind for s in segments}
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), *rep(RIGHT, 2), *rep(LEFT, 1), *rep(LEFT, 2)]


@pytest.mark.parametrize("sides", ["alternate", "none"])
def test_switch_only_where_sides_are_done_one_after_the_other(sides: str) -> None:
    segments = plan(one(sides, switch_seconds=10, sets=2)).segments
    assert SW not in {s.kind for s in segments}


def test_none_has_no_sides() -> None:
    segments = plan(one("none", reps_per_side=3)).segments
    assert shape(segments) == [(P, None, 1, 0), *rep(None, 1), *rep(None, 2), *rep(None, 3)]


def test_first_side_left() -> None:
    segments = plan(one("alternate", reps_per_side=1), PlanOptions(first_side=LEFT)).segments
    assert [s.side for s in segments] == [LEFT, LEFT, LEFT, LEFT, RIGHT, RIGHT, RIGHT]
    assert segments[1].text == "Lift the left leg."


def test_the_sides_override_applies_only_to_exercises_with_sides() -> None:
    pack = make_pack([exercise_data("march"), exercise_data("bridge", sides="none")],
                     reps_per_side=1, rest_seconds=0)
    segments = plan(pack, PlanOptions(sides=SideMode.EACH_SIDE)).segments
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), (SW, LEFT, 1, 0), *rep(LEFT, 1),
        (P, None, 1, 0), *rep(None, 1)]
    back = plan(make_pack([exercise_data("lift", sides="each-side")], reps_per_side=1),
                PlanOptions(sides=SideMode.ALTERNATE)).segments
    assert shape(back) == [(P, RIGHT, 1, 0), *rep(RIGHT, 1), *rep(LEFT, 1)]


# -- rests ------------------------------------------------------------------------------------


def test_rest_between_exercises_and_sets() -> None:
    pack = make_pack([exercise_data("march"), exercise_data("bridge", sides="none")],
                     reps_per_side=1, sets=2, rest_seconds=20)
    segments = plan(pack).segments
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), *rep(LEFT, 1),
        (REST, RIGHT, 2, 0), *rep(RIGHT, 1, 2), *rep(LEFT, 1, 2),
        (REST, None, 0, 0), (P, None, 1, 0), *rep(None, 1),
        (REST, None, 2, 0), *rep(None, 1, 2)]
    rests = [s for s in segments if s.kind is REST]
    assert [s.seconds for s in rests] == [20, 20, 20]
    assert rests[0].text == "Rest before set 2 of 2"
    assert rests[1].text == "Rest. Next: Bridge"
    assert rests[1].next_name == "Bridge"
    assert rests[1].exercise_id == "bridge"  # a rest belongs to the exercise that follows
    assert segments[0].kind is P  # nothing before the first lead-in
    assert segments[-1].kind is R  # nothing after the last rep


def test_no_rest_when_rest_is_zero() -> None:
    pack = make_pack([exercise_data("march"), exercise_data("bridge", sides="none")],
                     reps_per_side=1, sets=2)
    segments = plan(pack, PlanOptions(rest_seconds=0)).segments
    assert REST not in {s.kind for s in segments}
    assert [s.kind for s in segments].count(P) == 2


def test_each_side_without_rest_switches_back_before_the_next_set() -> None:
    segments = plan(one("each-side", reps_per_side=1, sets=2, rest_seconds=0)).segments
    assert shape(segments) == [
        (P, RIGHT, 1, 0), *rep(RIGHT, 1), (SW, LEFT, 1, 0), *rep(LEFT, 1),
        (SW, RIGHT, 2, 0), *rep(RIGHT, 1, 2), (SW, LEFT, 2, 0), *rep(LEFT, 1, 2)]
    assert segments[8].text == "Switch to the right side"


def test_each_side_with_rest_rests_instead_of_switching_back() -> None:
    segments = plan(one("each-side", reps_per_side=1, sets=2, rest_seconds=15)).segments
    assert [s.kind for s in segments if not s.kind.is_phase] == [P, SW, REST, SW]


# -- lead-in, texts, cues -------------------------------------------------------------------------


def test_lead_in_comes_first_with_the_set_up_steps() -> None:
    exercise = exercise_data("march", setup=["Face the {side} wall.",
                                             {"text": "Loop the band.", "say": "Band on"}],
                             name={"text": "Standing march", "say": "March"})
    segments = plan(make_pack([exercise], lead_in_seconds=12)).segments
    prepare = segments[0]
    assert prepare.kind is P
    assert prepare.seconds == 12
    assert prepare.text == "Standing march"
    assert prepare.details == ("Face the right wall.", "Loop the band.")
    assert prepare.say == "March. Face the right wall. Band on."
    assert (prepare.rep, prepare.phase_index, prepare.last_phase) == (0, -1, False)


def test_side_placeholders_are_filled_in_every_text() -> None:
    phases = [phase_data("move", "{Side} knee up.", 2, say="{Side} up."),
              phase_data("return", "Lower it; the {other_side} foot stays.", 2)]
    exercise = exercise_data(phases=phases, cues=["Keep the {side} hip level."])
    segments = plan(make_pack([exercise], reps_per_side=1)).segments
    texts = [(s.side, s.text, s.say, s.cue) for s in segments if s.kind.is_phase]
    assert texts == [
        (RIGHT, "Right knee up.", "Right up.", "Keep the right hip level."),
        (RIGHT, "Lower it; the left foot stays.", "Lower it; the left foot stays.",
         "Keep the right hip level."),
        (LEFT, "Left knee up.", "Left up.", "Keep the left hip level."),
        (LEFT, "Lower it; the right foot stays.", "Lower it; the right foot stays.",
         "Keep the left hip level."),
    ]
    assert not any("{" in s.text or "{" in s.say for s in segments)


def test_form_cues_take_turns_from_rep_to_rep() -> None:
    exercise = exercise_data(sides="none", cues=["One.", "Two."])
    segments = plan(make_pack([exercise], reps_per_side=3)).segments
    assert [s.cue for s in segments if s.kind is M] == ["One.", "Two.", "One."]
    no_cues = plan(make_pack([exercise_data(cues=[])])).segments
    assert {s.cue for s in no_cues} == {None}


def test_numbering_of_segments_exercises_sets_reps_and_phases() -> None:
    pack = make_pack([exercise_data("march"), exercise_data("bridge", sides="none")],
                     reps_per_side=2, sets=2)
    segments = plan(pack).segments
    assert [s.index for s in segments] == list(range(len(segments)))
    assert {s.exercise_count for s in segments} == {2}
    assert [s.exercise_number for s in segments if s.kind is P] == [1, 2]
    for s in segments:
        assert (s.sets, s.reps) == (2, 2)
        if s.kind.is_phase:
            assert s.phase_index == [M, H, R].index(s.kind)
            assert s.last_phase == (s.kind is R)
            assert 1 <= s.rep <= 2 and 1 <= s.set <= 2
        else:
            assert (s.rep, s.phase_index, s.last_phase) == (0, -1, False)


def test_chosen_exercises_in_the_chosen_order() -> None:
    pack = make_pack([exercise_data("march"), exercise_data("lift"), exercise_data("bridge")])
    segments = plan(pack, PlanOptions(exercises=("bridge", "march"))).segments
    assert [s.exercise_id for s in segments if s.kind is P] == ["bridge", "march"]
    assert "lift" not in {s.exercise_id for s in segments}


def test_a_variant_replaces_the_phases_and_is_named_on_every_segment() -> None:
    easier = variant_data("Wall", phases=[phase_data("move", "Small lift, {side}.", 2),
                                          phase_data("return", "Down.", 2)])
    pack = make_pack([exercise_data(variants={"easier": easier})], reps_per_side=1)
    segments = plan(pack, PlanOptions(variants={"march": Level.EASIER})).segments
    assert {s.variant for s in segments} == {Level.EASIER}
    assert shape(segments) == [(P, RIGHT, 1, 0), (M, RIGHT, 1, 1), (R, RIGHT, 1, 1),
                               (M, LEFT, 1, 1), (R, LEFT, 1, 1)]
    assert segments[1].text == "Small lift, right."


# -- holds ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phase", "hold", "expected"),
    [
        (phase_data("hold", "Hold."), 1.75, 1.75),  # the pack's range: the user's choice
        (phase_data("hold", "Hold.", range=[2, 4]), 1.5, 2.0),  # below its own range
        (phase_data("hold", "Hold.", range=[0.5, 1.2]), 1.5, 1.2),  # above its own range
        (phase_data("hold", "Hold.", range=[1, 3]), 1.5, 1.5),  # inside
        (phase_data("hold", "Hold.", 4), 1.5, 4.0),  # fixed: the choice does not apply
    ],
)
def test_hold_seconds_are_kept_within_the_phase_range(phase: dict[str, Any], hold: float,
                                                      expected: float) -> None:
    pack = make_pack([exercise_data(sides="none", phases=[phase])], reps_per_side=1)
    segments = plan(pack, PlanOptions(hold_seconds=hold)).segments
    assert [s.seconds for s in segments if s.kind is H] == [expected]


# -- options ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (PlanOptions(reps_per_side=0), "reps per side must be between 1 and 50, got 0"),
        (PlanOptions(reps_per_side=51), "reps per side must be between 1 and 50, got 51"),
        (PlanOptions(reps_per_side=True), "reps per side must be between 1 and 50, got True"),
        (PlanOptions(reps_per_side=2.5), "reps per side must be a whole number, got 2.5"),  # type: ignore[arg-type]
        (PlanOptions(sets=11), "sets must be between 1 and 10, got 11"),
        (PlanOptions(sets=1.5), "sets must be a whole number, got 1.5"),  # type: ignore[arg-type]
        (PlanOptions(hold_seconds=2.5), "hold seconds must be between 1 and 2, got 2.5"),
        (PlanOptions(hold_seconds=math.nan), "hold seconds must be between 1 and 2, got nan"),
        (PlanOptions(rest_seconds=601), "rest seconds must be between 0 and 600, got 601"),
        (PlanOptions(rest_seconds="30"), "rest seconds must be a number, got '30'"),  # type: ignore[arg-type]
        (PlanOptions(lead_in_seconds=2), "lead-in seconds must be between 3 and 120, got 2"),
        (PlanOptions(switch_seconds=61), "switch seconds must be between 0 and 60, got 61"),
        (PlanOptions(exercises=()), "choose at least one exercise"),
        (PlanOptions(exercises=("march", "march")), "an exercise is chosen twice"),
        (PlanOptions(exercises=("plank",)), "no exercise 'plank' in this pack; it has: march"),
        (PlanOptions(variants={"plank": Level.EASIER}), "no exercise 'plank' in this pack"),
        (PlanOptions(variants={"march": Level.HARDER}),
         "march has no harder variant (it has: standard)"),
    ],
)
def test_options_are_checked(options: PlanOptions, message: str) -> None:
    pack = one("alternate")
    with pytest.raises(PlanError) as info:
        plan(pack, options)
    assert str(info.value).startswith(message)


def test_resolve_fills_in_the_pack_defaults() -> None:
    pack = one("each-side", reps_per_side=3, sets=2, hold_seconds=1.25, rest_seconds=20,
               lead_in_seconds=8, switch_seconds=4, first_side="left")
    settings = resolve(pack, PlanOptions())
    assert (settings.reps_per_side, settings.sets, settings.hold_seconds) == (3, 2, 1.25)
    assert (settings.rest_seconds, settings.lead_in_seconds, settings.switch_seconds) == (
        20, 8, 4)
    assert settings.first_side is LEFT
    assert settings.sides is None
    assert [e.id for e in settings.exercises] == ["march"]
    chosen = resolve(pack, PlanOptions(reps_per_side=5, rest_seconds=0, first_side=RIGHT))
    assert (chosen.reps_per_side, chosen.rest_seconds, chosen.first_side) == (5, 0, RIGHT)


# -- totals and purity ---------------------------------------------------------------------------


@pytest.mark.parametrize("sides", ["alternate", "each-side", "none"])
@pytest.mark.parametrize(("reps", "sets", "rest"), [(1, 1, 0), (2, 3, 15), (3, 2, 0)])
def test_total_length(sides: str, reps: int, sets: int, rest: float) -> None:
    pack = make_pack([exercise_data("march", sides=sides), exercise_data("bridge", sides="none")],
                     reps_per_side=reps, sets=sets, rest_seconds=rest, lead_in_seconds=6,
                     switch_seconds=3, hold_seconds=1.5)
    result = plan(pack)
    rep_seconds = 2 + 1.5 + 2
    side_count = 1 if sides == "none" else 2
    switches = (sets * (1 if rest else 2) - (0 if rest else 1)) if sides == "each-side" else 0
    march = 6 + sets * side_count * reps * rep_seconds + switches * 3
    bridge = 6 + sets * reps * rep_seconds
    rests = (1 + 2 * (sets - 1)) * rest
    assert result.total_seconds == pytest.approx(march + bridge + rests)
    assert result.total_seconds == sum(s.seconds for s in result.segments)
    assert len(result) == len(result.segments)
    phases = [s for s in result.segments if s.kind.is_phase]
    assert len(phases) == 3 * reps * sets * (side_count + 1)


def test_plan_is_pure_and_immutable() -> None:
    pack = one("alternate")
    options = PlanOptions(variants={}, reps_per_side=3)
    first, second = plan(pack, options), plan(pack, options)
    assert first == second
    assert isinstance(first.segments, tuple)
    assert options == PlanOptions(variants={}, reps_per_side=3)
    with pytest.raises(AttributeError):
        first.segments[0].seconds = 1  # type: ignore[misc]
    assert plan(pack) == plan(pack, PlanOptions())
    assert first.pack_id == "test-pack" and first.pack_version == "1.0.0"
    assert isinstance(first, Plan)


# -- JSON ---------------------------------------------------------------------------------------


def test_segments_round_trip_through_json() -> None:
    pack = make_pack([exercise_data("march", sides="each-side"),
                      exercise_data("bridge", sides="none")], sets=2)
    for segment in plan(pack).segments:
        data = json.loads(json.dumps(segment.to_json()))
        assert data["kind"] == segment.kind.value
        assert data["side"] == (None if segment.side is None else segment.side.value)
        assert Segment.from_json(data) == segment


def test_segment_json_seconds_become_float() -> None:
    segment = plan(one("none")).segments[0]
    data = segment.to_json()
    data["seconds"] = 5
    restored = Segment.from_json(data)
    assert isinstance(restored.seconds, float)
    assert restored == segment


@pytest.mark.parametrize(
    "options",
    [
        PlanOptions(),
        PlanOptions(exercises=("march",), variants={"march": Level.EASIER}, reps_per_side=3,
                    sets=2, hold_seconds=1.5, rest_seconds=0, lead_in_seconds=10,
                    switch_seconds=0, first_side=LEFT, sides=SideMode.EACH_SIDE),
    ],
)
def test_plan_options_round_trip_through_json(options: PlanOptions) -> None:
    data = json.loads(json.dumps(options.to_json()))
    assert PlanOptions.from_json(data) == options


def test_with_variant_adds_without_changing_the_original() -> None:
    options = PlanOptions(variants={"march": Level.EASIER})
    changed = options.with_variant("bridge", Level.HARDER)
    assert changed.variants == {"march": Level.EASIER, "bridge": Level.HARDER}
    assert options.variants == {"march": Level.EASIER}


# -- the built-in pack -------------------------------------------------------------------------


def test_the_built_in_pack_plans_with_its_defaults(builtin_pack: Pack) -> None:
    result = plan(builtin_pack)
    segments = result.segments
    assert [s.exercise_id for s in segments if s.kind is P] == list(builtin_pack.exercise_ids)
    assert not any("{" in s.text or "}" in s.text or "{" in s.say for s in segments)
    assert all(s.seconds > 0 for s in segments)
    for exercise in builtin_pack.exercises:
        for level in exercise.levels:
            variant = plan(builtin_pack, PlanOptions(variants={exercise.id: level}))
            assert {s.variant for s in variant.segments if s.exercise_id == exercise.id} == {
                level}
