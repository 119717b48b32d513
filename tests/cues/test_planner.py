"""What a person hears for each thing that happens in a session (plain pytest, no Qt).

Every segment start gets the cue the person needs with eyes closed: a distinct sound for a
move, a hold, the end of a hold, a side switch and a finished exercise, and the segment's own
spoken text, which names the side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_bytes, load_pack_or_raise
from hipflex_desktop.core.model import Pack, Side
from hipflex_desktop.core.plan import PlanOptions, Segment, SegmentKind, plan
from hipflex_desktop.core.session import Event, EventKind, Session
from hipflex_desktop.cues.planner import (
    Cue,
    Sound,
    cue_for_event,
    rep_count_text,
    tick_sound,
)
from hipflex_desktop.resources import builtin_pack_path

# Two exercises: one without sides whose return follows a move (no hold), and one done a side
# at a time, with a hold, so the switch and the end of a hold are both in it.
SMALL_PACK = """\
format: 1
id: small-pack
title: Small pack
version: "1.0.0"
language: en
author: Test author
licence: CC0-1.0
introduction: A small pack for the cue tests.
defaults:
  reps_per_side: 2
  sets: 2
  hold_seconds: 1.5
  hold_range: [1.0, 2.0]
  rest_seconds: 5
  lead_in_seconds: 5
  switch_seconds: 3
  first_side: left
exercises:
  - id: hip-lift
    name: {text: Hip lift, say: Hip lift now}
    purpose: Lifts the hips.
    equipment: []
    setup:
      - {text: Lie on your back with your knees bent., say: On your back.}
    sides: none
    phases:
      - kind: move
        text: Lift the hips.
        say: Hips up.
        seconds: 2
      - kind: return
        text: Lower the hips.
        say: Hips down.
        seconds: 2
    cues:
      - Stay long.
  - id: side-step
    name: Side step
    purpose: Steps out to the side.
    equipment: []
    setup:
      - Stand tall.
    sides: each-side
    phases:
      - kind: move
        text: Step the {side} foot out.
        say: "{Side} out."
        seconds: 1
      - kind: hold
        text: Hold the {side} foot there.
        say: Hold it.
        seconds: 1
      - kind: return
        text: Bring the {side} foot back.
        say: "{Side} back."
        seconds: 1
    cues:
      - Stay tall.
"""


@pytest.fixture(scope="module")
def builtin() -> Pack:
    return load_pack_or_raise(builtin_pack_path())


@pytest.fixture(scope="module")
def small() -> Pack:
    result = load_pack_bytes(SMALL_PACK, source="small.yaml")
    assert result.pack is not None, "\n".join(str(p) for p in result.problems)
    return result.pack


def started(seg: Segment, at: float = 0.0) -> Event:
    return Event(EventKind.SEGMENT_STARTED, at, seg.index, seg, seg.seconds, None)


def expected_sound(segments: Sequence[Segment], i: int) -> Sound | None:
    """The sound rule, written out independently of the planner."""
    seg = segments[i]
    previous = segments[i - 1] if i > 0 else None
    exercise_just_ended = (previous is not None
                           and previous.exercise_number != seg.exercise_number
                           and previous.kind is not SegmentKind.REST)
    if seg.kind is SegmentKind.MOVE:
        return Sound.MOVE
    if seg.kind is SegmentKind.HOLD:
        return Sound.HOLD
    if seg.kind is SegmentKind.RETURN:
        assert previous is not None
        return Sound.HOLD_END if previous.kind is SegmentKind.HOLD else Sound.MOVE
    if seg.kind is SegmentKind.SWITCH:
        return Sound.SIDE
    if exercise_just_ended:
        return Sound.EXERCISE_DONE
    # A rest between sets still gets a sound (heard with the voice off); a lead-in after a
    # rest does not (the rest's ticks led into it).
    return Sound.HOLD_END if seg.kind is SegmentKind.REST else None


def cues_in_order(segments: Sequence[Segment]) -> Iterator[tuple[Segment, Cue]]:
    previous: Segment | None = None
    for seg in segments:
        cue = cue_for_event(started(seg), previous)
        assert cue is not None
        yield seg, cue
        previous = seg


# -- every segment of real plans ---------------------------------------------------------------


@pytest.mark.parametrize("options", [
    PlanOptions(),
    PlanOptions(reps_per_side=2, sets=3, rest_seconds=0),
    PlanOptions(reps_per_side=1, sets=1, switch_seconds=0),
    PlanOptions(exercises=("elevated-bridge-march", "banded-psoas-march"), first_side=Side.LEFT),
], ids=["defaults", "no-rest", "no-switch", "reordered"])
def test_every_segment_of_the_builtin_pack_gets_its_sound_and_its_words(
        builtin: Pack, options: PlanOptions) -> None:
    segments = plan(builtin, options).segments
    seen_kinds = set()
    for seg, cue in cues_in_order(segments):
        assert cue.index == seg.index
        assert cue.sound == expected_sound(segments, seg.index), seg
        assert cue.speech == seg.say
        assert cue.speech  # nothing is silent for the ear
        seen_kinds.add(seg.kind)
    assert {SegmentKind.PREPARE, SegmentKind.MOVE, SegmentKind.HOLD,
            SegmentKind.RETURN} <= seen_kinds


@pytest.mark.parametrize("options", [PlanOptions(), PlanOptions(rest_seconds=0)],
                         ids=["with-rest", "no-rest"])
def test_every_segment_of_a_small_pack_gets_its_sound_and_its_words(
        small: Pack, options: PlanOptions) -> None:
    segments = plan(small, options).segments
    sounds = [cue.sound for _seg, cue in cues_in_order(segments)]
    assert sounds == [expected_sound(segments, i) for i in range(len(segments))]
    assert [cue.speech for _seg, cue in cues_in_order(segments)] == [s.say for s in segments]


def test_the_small_pack_cues_written_out(small: Pack) -> None:
    """The whole small session, as the person hears it."""
    segments = plan(small, PlanOptions(reps_per_side=1, sets=1)).segments
    heard = [(cue.sound, cue.speech) for _seg, cue in cues_in_order(segments)]
    assert heard == [
        (None, "Hip lift now. On your back."),
        (Sound.MOVE, "Hips up."),
        (Sound.MOVE, "Hips down."),  # a return after a move is a move, not a hold's end
        (Sound.EXERCISE_DONE, "Rest. Next: Side step."),
        (None, "Side step. Stand tall."),  # after a rest: the exercise was announced already
        (Sound.MOVE, "Left out."),
        (Sound.HOLD, "Hold it."),
        (Sound.HOLD_END, "Left back."),
        (Sound.SIDE, "Switch to the right side."),
        (Sound.MOVE, "Right out."),
        (Sound.HOLD, "Hold it."),
        (Sound.HOLD_END, "Right back."),
    ]


def test_without_a_rest_the_next_lead_in_marks_the_exercise_done(small: Pack) -> None:
    segments = plan(small, PlanOptions(reps_per_side=1, sets=1, rest_seconds=0)).segments
    second = next(s for s in segments if s.exercise_number == 2)
    assert second.kind is SegmentKind.PREPARE
    cue = cue_for_event(started(second), segments[second.index - 1])
    assert cue == Cue(Sound.EXERCISE_DONE, "Side step. Stand tall.", second.index)


def test_a_rest_between_sets_is_not_an_exercise_done(small: Pack) -> None:
    segments = plan(small, PlanOptions(reps_per_side=1, sets=2)).segments
    rests = [s for s in segments if s.kind is SegmentKind.REST]
    between_sets = [s for s in rests if s.set == 2]
    between_exercises = [s for s in rests if s.set == 0]
    assert len(between_sets) == 2 and len(between_exercises) == 1
    for rest in between_sets:
        cue = cue_for_event(started(rest), segments[rest.index - 1])
        assert cue is not None
        assert cue.sound is Sound.HOLD_END
        assert cue.speech == "Rest. Set 2 is next."
    cue = cue_for_event(started(between_exercises[0]),
                        segments[between_exercises[0].index - 1])
    assert cue is not None and cue.sound is Sound.EXERCISE_DONE


def test_the_very_first_lead_in_has_no_sound_but_says_the_exercise(builtin: Pack) -> None:
    first = plan(builtin).segments[0]
    cue = cue_for_event(started(first), None)
    assert cue is not None
    assert cue.sound is None
    assert cue.speech is not None
    assert cue.speech.startswith("Banded psoas march.")
    assert "Band round both feet." in cue.speech


def test_the_spoken_phase_names_the_side(builtin: Pack) -> None:
    segments = plan(builtin, PlanOptions(reps_per_side=2, sets=1)).segments
    spoken = [(s.exercise_id, s.side, s.kind, s.say) for s in segments]
    march = [(side, say) for ex, side, kind, say in spoken
             if ex == "banded-psoas-march" and kind is SegmentKind.MOVE]
    # The march alternates sides every rep, right first.
    assert march == [(Side.RIGHT, "Right knee up."), (Side.LEFT, "Left knee up."),
                     (Side.RIGHT, "Right knee up."), (Side.LEFT, "Left knee up.")]
    lifts = [say for ex, _side, kind, say in spoken
             if ex == "seated-leg-lifts" and kind is SegmentKind.MOVE]
    assert lifts == ["Right leg up and over.", "Back over."] * 2 + \
        ["Left leg up and over.", "Back over."] * 2
    switches = [say for _ex, _side, kind, say in spoken if kind is SegmentKind.SWITCH]
    assert switches == ["Switch to the left side."] * 2
    rests = [say for _ex, _side, kind, say in spoken if kind is SegmentKind.REST]
    assert rests == ["Rest. Next: Seated leg lifts.", "Rest. Next: Elevated bridge march."]
    for seg, cue in cues_in_order(segments):
        assert cue.speech == seg.say


def test_a_hold_end_only_follows_a_hold(builtin: Pack) -> None:
    segments = plan(builtin, PlanOptions(reps_per_side=1, sets=1)).segments
    returns = [(segments[s.index - 1].kind, s) for s in segments
               if s.kind is SegmentKind.RETURN]
    assert {kind for kind, _ in returns} == {SegmentKind.HOLD, SegmentKind.MOVE}
    for before, seg in returns:
        cue = cue_for_event(started(seg), segments[seg.index - 1])
        assert cue is not None
        assert (cue.sound is Sound.HOLD_END) == (before is SegmentKind.HOLD)
        assert cue.sound in (Sound.HOLD_END, Sound.MOVE)


# -- a session's own events ---------------------------------------------------------------------


def test_a_whole_session_through_its_events(small: Pack) -> None:
    """Cues for the events a real session emits, tracked as the cue director does."""
    clock = FakeClock()
    session = Session(small, PlanOptions(reps_per_side=1, sets=1), clock)
    events = session.start()
    while session.state.active:
        clock.advance(0.25)
        events.extend(session.poll())
    previous: Segment | None = None
    heard: list[Cue] = []
    for event in events:
        if event.kind is EventKind.SESSION_STARTED:
            previous = None
        cue = cue_for_event(event, previous)
        if event.kind is EventKind.SEGMENT_STARTED:
            previous = event.segment
        if cue is not None:
            heard.append(cue)
    segments = session.segments
    assert [c.index for c in heard] == [*range(len(segments)), len(segments) - 1]
    assert heard[-1] == Cue(Sound.SESSION_DONE, "Session complete. Well done!",
                            len(segments) - 1)
    # The last exercise ends with the session: no separate "exercise done" after it.
    assert [c.sound for c in heard].count(Sound.EXERCISE_DONE) == 1


@pytest.mark.parametrize(("kind", "speech"), [
    (EventKind.PAUSED, "Paused."),
    (EventKind.RESUMED, "Resuming."),
    (EventKind.SESSION_STOPPED, "Session stopped."),
])
def test_pause_resume_and_stop_are_spoken_without_a_sound(
        small: Pack, kind: EventKind, speech: str) -> None:
    seg = plan(small).segments[3]
    cue = cue_for_event(Event(kind, 0.0, seg.index, seg, 1.0, None), seg)
    assert cue == Cue(None, speech, seg.index)


@pytest.mark.parametrize("kind", [
    EventKind.SESSION_STARTED, EventKind.SKIPPED, EventKind.WENT_BACK,
    EventKind.RESTARTED_EXERCISE, EventKind.VARIANT_CHANGED, EventKind.REP_COMPLETED,
    EventKind.EXERCISE_COMPLETED, EventKind.STALLED,
])
def test_bookkeeping_events_have_no_cue_of_their_own(small: Pack, kind: EventKind) -> None:
    seg = plan(small).segments[2]
    assert cue_for_event(Event(kind, 0.0, seg.index, seg, 1.0, None), seg) is None


def test_an_event_without_a_segment_has_no_cue() -> None:
    for kind in EventKind:
        assert cue_for_event(Event(kind, 0.0, 0, None, 0.0, None), None) is None


# -- ticks and the rep count --------------------------------------------------------------------


def test_ticks_count_down_with_a_different_last_one() -> None:
    assert [tick_sound(n) for n in (3, 2, 1)] == [Sound.TICK, Sound.TICK, Sound.TICK_LAST]


def test_every_sound_has_its_own_name() -> None:
    assert len({s.value for s in Sound}) == len(Sound) == 8


def test_rep_count_in_a_rep(builtin: Pack) -> None:
    segments = plan(builtin, PlanOptions(reps_per_side=8, sets=2)).segments
    lift = next(s for s in segments if s.exercise_id == "seated-leg-lifts"
                and s.side is Side.LEFT and s.rep == 4 and s.set == 2
                and s.kind is SegmentKind.HOLD)
    assert rep_count_text(lift) == "Rep 4 of 8, left side, set 2 of 2."
    one_set = plan(builtin, PlanOptions(reps_per_side=8, sets=1)).segments
    march = next(s for s in one_set if s.exercise_id == "banded-psoas-march" and s.rep == 3
                 and s.side is Side.RIGHT and s.kind is SegmentKind.RETURN)
    assert rep_count_text(march) == "Rep 3 of 8, right side."


def test_rep_count_outside_a_rep(builtin: Pack, small: Pack) -> None:
    segments = plan(builtin, PlanOptions(reps_per_side=6)).segments
    assert rep_count_text(segments[0]) == "6 reps per side coming up."
    rest = next(s for s in segments if s.kind is SegmentKind.REST)
    assert rep_count_text(rest) == "Resting."
    switch = next(s for s in segments if s.kind is SegmentKind.SWITCH)
    assert rep_count_text(switch) == "Switching to the left side."
    no_sides = plan(small).segments
    assert no_sides[0].side is None
    assert rep_count_text(no_sides[0]) == "2 reps."
    lift = no_sides[1]
    assert rep_count_text(lift) == "Rep 1 of 2, set 1 of 2."


def test_rep_count_of_a_single_rep(small: Pack) -> None:
    segments = plan(small, PlanOptions(reps_per_side=1)).segments
    assert rep_count_text(segments[0]) == "1 rep."
    side_step = next(s for s in segments if s.exercise_id == "side-step"
                     and s.kind is SegmentKind.PREPARE)
    assert rep_count_text(side_step) == "1 rep per side coming up."
