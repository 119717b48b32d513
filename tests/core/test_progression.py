"""The progression rule over generated histories (hypothesis) and over hand-written ones."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Level, Pack, SideMode
from hipflex_desktop.core.progression import (
    MAX_GAP_DAYS,
    Attempt,
    Move,
    Reason,
    Verdict,
    assess,
    suggest,
    suggest_all,
)
from hipflex_desktop.core.session import SessionStatus

from .conftest import builtin_result

UNHURRIED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow],
                     max_examples=150)
MARCH = "banded-psoas-march"  # 8 steps, sides alternate, standard then harder
LIFTS = "seated-leg-lifts"  # 4 steps, each side, fixed hold
START_DAY = date(2026, 1, 5)


def the_pack() -> Pack:
    pack = builtin_result().pack
    assert pack is not None
    return pack


PACK = the_pack()


def attempt_at(number: int, session_id: int, day: date, *, exercise_id: str = MARCH,
               **changes: Any) -> Attempt:
    """A done-well attempt at step ``number``, changed by ``changes``."""
    step = ladder_of(PACK.exercise(exercise_id), PACK.defaults).step(number)
    sets = 2
    target = step.reps_per_side * sets
    values: dict[str, Any] = {
        "session_id": session_id, "day": day, "pack_id": PACK.id, "exercise_id": exercise_id,
        "status": SessionStatus.FINISHED, "variant": step.level, "step": number,
        "reps_per_side": step.reps_per_side, "hold_seconds": step.hold_seconds,
        "reps_target_per_side": target,
        "reps_done": {"right": target, "left": target, "none": 0},
        "events": {}, "variants_used": (step.level,),
    }
    values.update(changes)
    return Attempt(**values)


def weekly(number: int, count: int, first_id: int = 1, **changes: Any) -> list[Attempt]:
    return [attempt_at(number, first_id + i, START_DAY + timedelta(weeks=i), **changes)
            for i in range(count)]


def today_after(attempts: list[Attempt]) -> date:
    return max(a.day for a in attempts) + timedelta(days=1)


# -- one attempt -----------------------------------------------------------------------------


def test_a_complete_attempt_without_events_is_done_well() -> None:
    assert assess(attempt_at(2, 1, START_DAY), SideMode.ALTERNATE) is Verdict.WELL


@pytest.mark.parametrize(("changes", "verdict"), [
    ({"events": {"skipped": 1}}, Verdict.MIXED),
    ({"events": {"went_back": 2}}, Verdict.MIXED),
    ({"reps_done": {"right": 16, "left": 15}}, Verdict.MIXED),
    ({"reps_done": {"right": 16}}, Verdict.MIXED),
    ({"reps_done": {"none": 32}}, Verdict.MIXED),
    ({"events": {"harder": 1}}, Verdict.WELL),  # harder for a while is no reason to hold back
    ({"events": {"easier": 1}}, Verdict.TOO_HARD),
    ({"variants_used": (Level.STANDARD, Level.EASIER)}, Verdict.TOO_HARD),  # before v3 events
    ({"events": {"stopped": 1}}, Verdict.TOO_HARD),
    ({"events": {"stopped": 1, "skipped": 3}}, Verdict.TOO_HARD),
    ({"status": SessionStatus.STOPPED}, Verdict.WELL),  # stopped later, in another exercise
    ({"reps_target_per_side": 0, "reps_done": {}}, Verdict.MIXED),
])
def test_what_counts_as_done_well(changes: dict[str, Any], verdict: Verdict) -> None:
    assert assess(attempt_at(2, 1, START_DAY, **changes), SideMode.ALTERNATE) is verdict


def test_an_exercise_without_sides_counts_its_reps_without_a_side() -> None:
    attempt = attempt_at(2, 1, START_DAY, reps_done={"none": 16})
    assert assess(attempt, SideMode.NONE) is Verdict.WELL
    assert assess(attempt, SideMode.ALTERNATE) is Verdict.MIXED


# -- the suggestion --------------------------------------------------------------------------


def test_two_sessions_in_a_row_done_well_suggest_the_next_step() -> None:
    history = weekly(2, 2)
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.move, found.target, found.reason) == (Move.UP, 3, Reason.DONE_WELL)
    assert (found.well, found.too_hard, found.needed) == (2, 0, 0)
    assert found.since == START_DAY and found.changes


def test_one_session_done_well_needs_one_more() -> None:
    history = weekly(2, 1)
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.move, found.reason, found.well, found.needed) == (
        Move.STAY, Reason.BUILDING, 1, 1)


def test_two_sessions_too_hard_suggest_the_step_below() -> None:
    history = [attempt_at(2, 1, START_DAY, events={"easier": 1}),
               attempt_at(2, 2, START_DAY + timedelta(days=3), events={"stopped": 1})]
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.move, found.target, found.reason, found.too_hard) == (
        Move.DOWN, 1, Reason.TOO_HARD, 2)


def test_a_mixed_session_breaks_the_run() -> None:
    history = [*weekly(2, 1), attempt_at(2, 2, START_DAY + timedelta(weeks=1),
                                         events={"skipped": 1}), *weekly(2, 1, 3)]
    history[2] = dataclasses.replace(history[2], day=START_DAY + timedelta(weeks=2))
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.move, found.well, found.needed) == (Move.STAY, 1, 1)


def test_too_hard_then_done_well_starts_a_new_run() -> None:
    history = [attempt_at(2, 1, START_DAY, events={"easier": 1}),
               attempt_at(2, 2, START_DAY + timedelta(days=7))]
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.well, found.too_hard, found.move) == (1, 0, Move.STAY)


def test_at_the_top_and_the_bottom_there_is_nowhere_to_go() -> None:
    top = weekly(8, 3)
    found = suggest(PACK, MARCH, top, 8, today=today_after(top))
    assert (found.move, found.reason, found.needed, found.target) == (
        Move.STAY, Reason.AT_TOP, 0, 8)
    bottom = weekly(1, 2, events={"easier": 1})
    found = suggest(PACK, MARCH, bottom, 1, today=today_after(bottom))
    assert (found.move, found.reason, found.target) == (Move.STAY, Reason.AT_BOTTOM, 1)


def test_a_gap_of_weeks_between_sessions_ends_the_run() -> None:
    history = [attempt_at(2, 1, START_DAY),
               attempt_at(2, 2, START_DAY + timedelta(days=MAX_GAP_DAYS + 1))]
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.well, found.move) == (1, Move.STAY)
    history[1] = dataclasses.replace(history[1], day=START_DAY + timedelta(days=MAX_GAP_DAYS))
    assert suggest(PACK, MARCH, history, 2, today=today_after(history)).move is Move.UP


def test_weeks_away_since_the_last_session_start_again() -> None:
    history = weekly(2, 2)
    away = max(a.day for a in history) + timedelta(days=MAX_GAP_DAYS + 1)
    found = suggest(PACK, MARCH, history, 2, today=away)
    assert (found.well, found.move, found.needed) == (0, Move.STAY, 2)


def test_sessions_at_another_step_do_not_count() -> None:
    history = [*weekly(1, 3), *weekly(2, 1, 4)]
    history[3] = dataclasses.replace(history[3], day=START_DAY + timedelta(weeks=3))
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert found.well == 1


def test_a_pack_that_changed_the_step_does_not_lend_old_sessions() -> None:
    """The ladder's step 2 was 10 reps when these were done; now it is 8."""
    history = weekly(2, 3, reps_per_side=10, reps_target_per_side=20,
                     reps_done={"right": 20, "left": 20})
    found = suggest(PACK, MARCH, history, 2, today=today_after(history))
    assert (found.well, found.move) == (0, Move.STAY)


@pytest.mark.parametrize("changes", [
    {"pack_id": "another-pack"}, {"status": SessionStatus.INTERRUPTED},
    {"status": SessionStatus.RUNNING}, {"exercise_id": LIFTS},
    {"reps_done": {"right": 0, "left": 0}, "events": {}},  # stopped before it began
])
def test_rows_that_are_passed_over_neither_count_nor_break(changes: dict[str, Any]) -> None:
    good = weekly(2, 2)
    between = attempt_at(2, 10, START_DAY + timedelta(days=3), **changes)
    found = suggest(PACK, MARCH, [good[0], between, good[1]], 2, today=today_after(good))
    assert (found.well, found.move) == (2, Move.UP)


def test_decisions_already_taken_are_not_counted_again() -> None:
    history = weekly(2, 3)
    found = suggest(PACK, MARCH, history, 2, today=today_after(history), decided_after=2)
    assert (found.well, found.move, found.needed) == (1, Move.STAY, 1)


def test_suggest_all_starts_exercises_without_a_step_at_the_ladders_start() -> None:
    found = suggest_all(PACK, weekly(2, 2), {}, today=START_DAY + timedelta(weeks=2))
    assert {k: v.current for k, v in found.items()} == {
        MARCH: 2, LIFTS: 3, "elevated-bridge-march": 5}
    assert found[MARCH].move is Move.UP
    assert found[LIFTS].move is Move.STAY


# -- generated histories ---------------------------------------------------------------------

LADDER = ladder_of(PACK.exercise(MARCH), PACK.defaults)


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Attempt], int, date]:
    """Attempts of the march with gaps of days to weeks, some at other steps, other packs,
    changed ladders, sessions not ended, and every kind of event."""
    current = draw(st.integers(1, len(LADDER)))
    count = draw(st.integers(0, 12))
    day = START_DAY
    attempts = []
    for session_id in range(1, count + 1):
        day += timedelta(days=draw(st.sampled_from([0, 1, 3, 7, 14, 27, 28, 29, 60])))
        number = draw(st.sampled_from([current, current, current, 1, len(LADDER)]))
        step = LADDER.step(number)
        target = step.reps_per_side * 2
        short = draw(st.sampled_from([0, 0, 0, 1, target]))
        events = draw(st.dictionaries(
            st.sampled_from(["skipped", "went_back", "easier", "harder", "stopped"]),
            st.integers(1, 3), max_size=2))
        if draw(st.integers(0, 2)):
            events = {}
        attempts.append(attempt_at(
            number, session_id, day,
            pack_id=draw(st.sampled_from([PACK.id] * 5 + ["old-pack"])),
            status=draw(st.sampled_from([SessionStatus.FINISHED] * 4 + list(SessionStatus))),
            reps_per_side=draw(st.sampled_from([step.reps_per_side] * 5 + [99])),
            reps_done={"right": target, "left": target - short, "none": 0},
            events=events,
        ))
    today = day + timedelta(days=draw(st.sampled_from([0, 1, 7, 28, 29])))
    return attempts, current, today


def reference(attempts: list[Attempt], current: int, today: date) -> tuple[int, int]:
    """The runs (well, too hard), worked out the slow way: one session at a time, oldest
    first, as a person keeping a paper log would."""
    step = LADDER.step(current)
    well = hard = 0
    last: date | None = None
    for attempt in sorted(attempts, key=lambda a: (a.day, a.session_id)):
        if attempt.pack_id != PACK.id or attempt.status not in (
            SessionStatus.FINISHED, SessionStatus.STOPPED
        ):
            continue
        if not any(attempt.reps_done.values()) and not any(attempt.events.values()):
            continue
        if last is not None and (attempt.day - last).days > MAX_GAP_DAYS:
            well = hard = 0
        last = attempt.day
        same = (attempt.step == current and attempt.reps_per_side == step.reps_per_side
                and attempt.variant is step.level)
        if not same:
            well = hard = 0
            continue
        events = attempt.events
        if events.get("easier") or events.get("stopped"):
            well, hard = 0, hard + 1
        elif (events.get("skipped") or events.get("went_back")
              or min(attempt.reps_done["right"], attempt.reps_done["left"])
              < attempt.reps_target_per_side):
            well = hard = 0
        else:
            well, hard = well + 1, 0
    if last is not None and (today - last).days > MAX_GAP_DAYS:
        well = hard = 0
    return well, hard


@UNHURRIED
@given(histories())
def test_the_runs_agree_with_a_session_by_session_log(
    history: tuple[list[Attempt], int, date],
) -> None:
    attempts, current, today = history
    found = suggest(PACK, MARCH, attempts, current, today=today)
    assert (found.well, found.too_hard) == reference(attempts, current, today)


@UNHURRIED
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_of_the_rows_does_not_matter(
    history: tuple[list[Attempt], int, date], shuffler: random.Random,
) -> None:
    attempts, current, today = history
    shuffled = list(attempts)
    shuffler.shuffle(shuffled)
    assert suggest(PACK, MARCH, shuffled, current, today=today) == suggest(
        PACK, MARCH, attempts, current, today=today)


@UNHURRIED
@given(histories())
def test_a_suggestion_is_always_one_step_and_says_why(
    history: tuple[list[Attempt], int, date],
) -> None:
    attempts, current, today = history
    found = suggest(PACK, MARCH, attempts, current, today=today)
    assert 1 <= found.target <= len(LADDER)
    assert abs(found.target - current) <= 1
    assert found.well == 0 or found.too_hard == 0
    assert (found.move is Move.UP) == (found.well >= LADDER.climb_after and current < 8)
    assert (found.move is Move.DOWN) == (found.too_hard >= LADDER.climb_after and current > 1)
    assert found.changes == (found.move is not Move.STAY)
    if found.move is Move.UP:
        assert found.reason is Reason.DONE_WELL and found.needed == 0
    if found.move is Move.STAY and current < len(LADDER) and found.too_hard == 0:
        assert found.needed == LADDER.climb_after - found.well > 0


@UNHURRIED
@given(histories())
def test_one_more_session_done_well_today_moves_the_run_on(
    history: tuple[list[Attempt], int, date],
) -> None:
    attempts, current, today = history
    before = suggest(PACK, MARCH, attempts, current, today=today)
    recent = [a for a in attempts if a.pack_id == PACK.id]
    if recent and (today - max(a.day for a in recent)).days > MAX_GAP_DAYS:
        expected = 1
    else:
        expected = before.well + 1
    more = [*attempts, attempt_at(current, len(attempts) + 1, today)]
    after = suggest(PACK, MARCH, more, current, today=today)
    assert after.well == expected and after.too_hard == 0


@UNHURRIED
@given(histories())
def test_a_decision_hides_every_session_before_it(
    history: tuple[list[Attempt], int, date],
) -> None:
    attempts, current, today = history
    last = max((a.session_id for a in attempts), default=0)
    found = suggest(PACK, MARCH, attempts, current, today=today, decided_after=last)
    assert (found.well, found.too_hard, found.move) == (0, 0, Move.STAY)
