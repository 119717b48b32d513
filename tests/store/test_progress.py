"""Where each exercise stands, from a real history: attempts, decisions, resumed sessions."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hipflex_desktop import cli
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.progression import Move, Reason
from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History, HistoryError, PlannedStep
from hipflex_desktop.store.progress import (
    attempts_of,
    current_steps,
    decided_after,
    standings_from,
)

MARCH = "banded-psoas-march"
FIRST = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
PLANNED = [("banded-psoas-march", "Banded psoas march", "standard", 16)]


@pytest.fixture
def pack() -> Pack:
    result = load_pack(builtin_pack_path())
    assert result.pack is not None
    return result.pack


def march_session(history: History, day: datetime, *, step: int = 2, reps: int = 8,
                  hold: float = 1.5, resume_after: int | None = None,
                  path: Path | None = None) -> int:
    """A session of the march at ``step`` (8 reps a side in 2 sets), every rep done; with
    ``resume_after``, the app closes after that many reps and the session is resumed."""
    session_id = history.start_session(
        started_at=day, pack_id="hip-flexors", pack_version="1.0.0", exercises=PLANNED,
        planned={MARCH: PlannedStep(step, 8, 2, hold)})
    done = 0
    for rep in range(1, reps * 2 + 1):
        for side in ("right", "left"):
            if resume_after is not None and done == resume_after:
                history.save_resume_point(session_id, "{}", "here", day)
                history.close()
                assert path is not None
                history = History.open(path)  # the app starts again: the point is kept
                point = history.resume_point()
                assert point is not None and point.session_id == session_id
            history.record_rep(session_id, MARCH, variant="standard", side=side, rep=rep,
                               at=day + timedelta(seconds=done))
            done += 1
    history.finish_session(session_id, SessionStatus.FINISHED, day + timedelta(minutes=20))
    return session_id


def test_a_resumed_session_is_one_attempt_done_well(db_path: Path, pack: Pack) -> None:
    history = History.open(db_path)
    march_session(history, FIRST, resume_after=10, path=db_path)
    history = History.open(db_path)
    try:
        sessions = history.sessions()
        assert len(sessions) == 1
        (attempt,) = [a for a in attempts_of(sessions) if a.exercise_id == MARCH]
        assert attempt.reps_done == {"right": 16, "left": 16, "none": 0}
        assert (attempt.step, attempt.reps_per_side, attempt.hold_seconds) == (2, 8, 1.5)
    finally:
        history.close()


def test_two_sessions_done_well_suggest_the_next_step(history: History, pack: Pack) -> None:
    march_session(history, FIRST)
    last = march_session(history, FIRST + timedelta(days=7))
    rows = standings_from(pack, history.sessions(), [], today=FIRST.date() + timedelta(days=8))
    march = rows[0]
    assert march.suggestion.move is Move.UP and march.suggestion.target == 3
    assert march.target == "Standard, 8 reps per side, hold 2 s"
    # Accepted: the step is 3 from now on, and the sessions counted are not counted again.
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="accepted", step=3,
                                 previous=2, reason=Reason.DONE_WELL.value, after_session=last,
                                 at=FIRST + timedelta(days=7))
    decisions = history.step_decisions(pack.id)
    assert current_steps(pack, decisions)[MARCH] == 3
    assert decided_after(pack, decisions) == {MARCH: last}
    rows = standings_from(pack, history.sessions(), decisions,
                          today=FIRST.date() + timedelta(days=8))
    assert (rows[0].suggestion.current, rows[0].suggestion.move) == (3, Move.STAY)
    assert decisions[0].changes_step and decisions[0].local_date == FIRST.date() + timedelta(7)


def test_not_yet_keeps_the_step_and_starts_the_count_again(history: History,
                                                           pack: Pack) -> None:
    march_session(history, FIRST)
    last = march_session(history, FIRST + timedelta(days=7))
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="declined", step=2,
                                 previous=2, reason="done-well", after_session=last, at=FIRST)
    decisions = history.step_decisions()
    assert current_steps(pack, decisions)[MARCH] == 2
    assert not decisions[0].changes_step
    rows = standings_from(pack, history.sessions(), decisions, today=FIRST.date())
    assert (rows[0].suggestion.move, rows[0].suggestion.well) == (Move.STAY, 0)


def test_undo_takes_back_the_latest_answer(history: History, pack: Pack) -> None:
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="chosen", step=5,
                                 previous=2, at=FIRST)
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="accepted", step=6,
                                 previous=5, at=FIRST)
    undone = history.undo_step_decision(pack.id, MARCH)
    assert undone is not None and (undone.kind, undone.step) == ("accepted", 6)
    assert current_steps(pack, history.step_decisions())[MARCH] == 5
    assert history.undo_step_decision(pack.id, MARCH) is not None
    assert history.undo_step_decision(pack.id, MARCH) is None
    assert current_steps(pack, history.step_decisions())[MARCH] == 2  # the ladder's start


def test_a_step_past_a_shorter_ladder_and_other_packs_are_ignored(pack: Pack,
                                                                  history: History) -> None:
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="chosen", step=40,
                                 previous=2, at=FIRST)
    history.record_step_decision(pack_id="other", exercise_id=MARCH, kind="chosen", step=4,
                                 previous=2, at=FIRST)
    assert current_steps(pack, history.step_decisions())[MARCH] == 2


@pytest.mark.parametrize(("kind", "step"), [("maybe", 2), ("chosen", 0), ("chosen", True)])
def test_bad_decisions_are_refused(history: History, kind: str, step: int) -> None:
    with pytest.raises(ValueError):
        history.record_step_decision(pack_id="p", exercise_id=MARCH, kind=kind, step=step,
                                     previous=None, at=FIRST)
    with pytest.raises(ValueError, match="aware"):
        history.record_step_decision(pack_id="p", exercise_id=MARCH, kind="chosen", step=1,
                                     previous=None, at=FIRST.replace(tzinfo=None))
    assert history.step_decisions() == []


def test_history_errors_surface_as_history_errors(db_path: Path) -> None:
    history = History.open(db_path)
    history.close()
    with pytest.raises(HistoryError):
        history.step_decisions()


# -- hipflex progress ------------------------------------------------------------------------


def run_progress(data_dir: Path, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["progress", "--data-dir", str(data_dir), *extra], out, err)
    return code, out.getvalue(), err.getvalue()


def test_progress_without_history_shows_the_starting_steps(tmp_path: Path) -> None:
    code, out, err = run_progress(tmp_path)
    assert (code, err) == (0, "")
    assert "Banded psoas march: step 2 of 8: Standard, 8 reps per side, hold 1.5 s" in out
    assert ("Next: step 3, Standard, 8 reps per side, hold 2 s, after 2 sessions done well"
            " in a row.") in out
    assert "Seated leg lifts: step 3 of 4: Standard, 8 reps per side" in out


def test_progress_counts_sessions_done_well_and_suggests(tmp_path: Path) -> None:
    with History.open(tmp_path / "history.db") as history:
        march_session(history, datetime.now(UTC) - timedelta(days=8))
    code, out, _ = run_progress(tmp_path)
    assert code == 0
    assert "after 1 more session done well in a row (1 so far)" in out
    with History.open(tmp_path / "history.db") as history:
        march_session(history, datetime.now(UTC) - timedelta(days=1))
    code, out, _ = run_progress(tmp_path)
    assert ("Suggested for next time: step 3, Standard, 8 reps per side, hold 2 s"
            " (2 sessions in a row done well)") in out
    code, out, _ = run_progress(tmp_path, "--json")
    march = json.loads(out)["exercises"][0]
    assert (march["step"], march["suggested_step"], march["reason"]) == (2, 3, "done-well")
    assert (march["done_well_in_a_row"], march["needed"]) == (2, 0)


def test_progress_with_a_broken_history_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "history.db").write_bytes(b"not a database at all, just text" * 10)
    code, out, err = run_progress(tmp_path)
    assert code == cli.EXIT_PROBLEM and out == ""
    assert err.startswith("hipflex progress: error:") and "Traceback" not in err


def test_history_json_and_csv_carry_the_steps_and_decisions(tmp_path: Path) -> None:
    with History.open(tmp_path / "history.db") as history:
        march_session(history, FIRST, step=4, reps=10, hold=2.0)
        history.record_step_decision(pack_id="hip-flexors", exercise_id=MARCH, kind="accepted",
                                     step=5, previous=4, reason="done-well", at=FIRST)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["history", "--json", "--data-dir", str(tmp_path)], out, err) == 0
    document = json.loads(out.getvalue())
    march = document["sessions"][0]["exercises"][0]
    assert (march["step"], march["steps"], march["sets"], march["hold_seconds"]) == (4, 8, 2, 2.0)
    assert document["step_decisions"][0] | {"at": None} == {
        "local_date": "2026-03-02", "at": None, "pack_id": "hip-flexors", "exercise_id": MARCH,
        "kind": "accepted", "step": 5, "previous": 4, "reason": "done-well"}
    out = io.StringIO()
    assert cli.run(["history", "--csv", "--data-dir", str(tmp_path)], out, err) == 0
    header, row = out.getvalue().splitlines()[:2]
    cells = dict(zip(header.split(","), row.split(","), strict=True))
    assert (cells["step"], cells["steps"], cells["hold_seconds"]) == ("4", "8", "2")
