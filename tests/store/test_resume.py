"""The resume point and the history's view of a session, without Qt: the summary the person is
offered, the payload's round trip, the exercise list and the rep numbering through the sets."""

from __future__ import annotations

import json

import pytest

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions, SegmentKind, plan
from hipflex_desktop.core.session import Session
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.resume import (
    history_exercises,
    history_rep,
    parse_resume_payload,
    resume_payload,
    resume_summary,
)

TWO_SETS = PlanOptions(reps_per_side=2, sets=2, rest_seconds=3.0, lead_in_seconds=3.0,
                       switch_seconds=3.0)


@pytest.fixture
def builtin_pack() -> Pack:
    result = load_pack(builtin_pack_path())
    assert result.pack is not None, result.errors
    return result.pack


@pytest.mark.parametrize(("kind", "options", "text"), [
    (SegmentKind.PREPARE, PlanOptions(sets=1), "banded psoas march, right side, getting ready"),
    (SegmentKind.REST, PlanOptions(sets=1), "seated leg lifts, resting"),
    (SegmentKind.REST, PlanOptions(sets=2), "banded psoas march, resting, set 2 of 2"),
    (SegmentKind.SWITCH, PlanOptions(sets=1), "seated leg lifts, left side"),
    (SegmentKind.HOLD, PlanOptions(sets=2), "banded psoas march, right side, rep 1 of 8,"
                                            " set 1 of 2"),
])
def test_resume_summaries_of_each_kind_of_step(
        builtin_pack: Pack, kind: SegmentKind, options: PlanOptions, text: str) -> None:
    seg = next(s for s in plan(builtin_pack, options).segments if s.kind is kind)
    assert resume_summary(seg) == text


def test_the_resume_payload_round_trip(builtin_pack: Pack) -> None:
    session = Session(builtin_pack, TWO_SETS, FakeClock())
    session.start()
    text = resume_payload(session)
    source, snapshot = parse_resume_payload(text)
    assert source == builtin_pack.source
    assert snapshot == json.loads(json.dumps(session.snapshot()))
    for bad in ("[]", '{"session": 3}', '{"pack_source": 1}'):
        with pytest.raises(ValueError, match="not a saved session"):
            parse_resume_payload(bad)
    assert parse_resume_payload('{"pack_source": 7, "session": {}}') == (None, {})


def test_the_history_lists_each_exercise_once_in_order_with_all_its_reps(
        builtin_pack: Pack) -> None:
    session = Session(builtin_pack, TWO_SETS, FakeClock())
    listed = history_exercises(session)
    ids = [ex.id for ex in builtin_pack.exercises]
    assert [row[0] for row in listed] == ids
    for exercise_id, _name, variant, reps in listed:
        holds = [s for s in session.segments if s.exercise_id == exercise_id and s.rep > 0]
        assert variant == holds[0].variant.value
        assert reps == holds[0].reps * holds[0].sets


def test_reps_are_numbered_through_the_sets(builtin_pack: Pack) -> None:
    segments = plan(builtin_pack, TWO_SETS).segments
    first = next(s for s in segments if s.rep > 0)
    numbers = sorted({(s.set, s.rep, history_rep(s)) for s in segments
                      if s.exercise_id == first.exercise_id and s.rep > 0
                      and s.side == first.side})
    assert numbers == [(1, 1, 1), (1, 2, 2), (2, 1, 3), (2, 2, 4)]
