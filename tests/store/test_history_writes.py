"""Writing sessions, reps and resume points: validation, idempotence, atomicity, resume."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipflex_desktop.store import history as history_module
from hipflex_desktop.store.history import History, HistoryError, SessionRecord
from tests.store.helpers import EXERCISES, add_session

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN)
LIFTS = "seated-leg-lifts"


def only(history: History, session_id: int) -> SessionRecord:
    (session,) = [s for s in history.sessions() if s.id == session_id]
    return session


def start(history: History, at: datetime = T0) -> int:
    return history.start_session(
        started_at=at, pack_id="hip-flexors", pack_version="1.0", exercises=EXERCISES
    )


def run_sql(path: Path, sql: str) -> None:
    """Change the file through a second connection, as another process would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


# ---- sessions and reps ----------------------------------------------------------------


def test_a_new_session_is_running_with_its_plan(history: History) -> None:
    session_id = start(history)
    session = only(history, session_id)
    assert session.status == "running"
    assert session.ended_at is None
    assert session.started_at == T0
    assert session.started_at.tzinfo is UTC
    assert session.utc_offset_minutes == 60
    assert session.started_local.hour == 7
    assert [
        (e.exercise_id, e.name, e.variant, e.reps_target_per_side) for e in session.exercises
    ] == [*EXERCISES]
    assert all(e.total_reps == 0 and e.variants_used == () for e in session.exercises)


def test_reps_are_counted_per_side(history: History) -> None:
    session_id = start(history)
    for rep in (1, 2, 3):
        history.record_rep(session_id, LIFTS, variant="easier", side="right", rep=rep, at=T0)
    history.record_rep(session_id, LIFTS, variant="easier", side="left", rep=1, at=T0)
    history.record_rep(
        session_id, "elevated-bridge-march", variant="standard", side=None, rep=1, at=T0
    )
    by_id = {e.exercise_id: e for e in only(history, session_id).exercises}
    assert (by_id[LIFTS].reps_right, by_id[LIFTS].reps_left, by_id[LIFTS].reps_none) == (3, 1, 0)
    bridge = by_id["elevated-bridge-march"]
    assert (bridge.reps_right, bridge.reps_left, bridge.reps_none) == (0, 0, 1)
    assert only(history, session_id).total_reps == 5


def test_redoing_a_rep_does_not_count_twice(history: History) -> None:
    session_id = start(history)
    minute = timedelta(minutes=1)
    for rep in (1, 2, 3, 4):
        history.record_rep(
            session_id, LIFTS, variant="standard", side="left", rep=rep, at=T0 + rep * minute
        )
    # The user goes back two reps, switches to the harder variant and does them again,
    # then redoes the last one once more.
    for rep in (3, 4, 4):
        history.record_rep(
            session_id, LIFTS, variant="harder", side="left", rep=rep, at=T0 + (9 + rep) * minute
        )
    lifts = only(history, session_id).exercises[1]
    assert lifts.reps_left == 4
    assert lifts.variants_used == ("standard", "harder")
    assert lifts.variant == "harder"  # a tie (2 and 2): the variant used last wins


def test_the_variant_used_most_is_the_exercises_variant(history: History) -> None:
    session_id = start(history)
    for rep in range(1, 6):
        history.record_rep(
            session_id,
            LIFTS,
            variant="standard" if rep <= 3 else "harder",
            side="right",
            rep=rep,
            at=T0 + timedelta(minutes=rep),
        )
    lifts = only(history, session_id).exercises[1]
    assert lifts.variant == "standard"
    assert lifts.variants_used == ("standard", "harder")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"side": "middle"}, "side"),
        ({"rep": 0}, "rep"),
        ({"variant": ""}, "variant"),
        ({"at": datetime(2026, 3, 2, 7, 0)}, "aware"),
    ],
)
def test_bad_rep_arguments_are_value_errors(
    history: History, changes: dict[str, object], message: str
) -> None:
    session_id = start(history)
    arguments: dict[str, object] = {"variant": "easier", "side": "left", "rep": 1, "at": T0}
    arguments.update(changes)
    with pytest.raises(ValueError, match=message):
        history.record_rep(session_id, LIFTS, **arguments)  # type: ignore[arg-type]
    assert only(history, session_id).total_reps == 0


def test_reps_need_a_running_session_and_a_planned_exercise(history: History) -> None:
    session_id = start(history)
    with pytest.raises(HistoryError, match="no exercise 'plank'"):
        history.record_rep(session_id, "plank", variant="standard", side=None, rep=1, at=T0)
    with pytest.raises(HistoryError, match="no session 99"):
        history.record_rep(99, LIFTS, variant="standard", side="left", rep=1, at=T0)
    history.finish_session(session_id, "stopped", T0)
    with pytest.raises(HistoryError, match="already ended"):
        history.record_rep(session_id, LIFTS, variant="standard", side="left", rep=1, at=T0)
    assert only(history, session_id).total_reps == 0


def test_bad_session_plans_are_refused(history: History) -> None:
    with pytest.raises(ValueError, match="twice"):
        history.start_session(
            started_at=T0, pack_id="p", pack_version="1", exercises=[EXERCISES[0]] * 2
        )
    with pytest.raises(ValueError, match="at least one"):
        history.start_session(started_at=T0, pack_id="p", pack_version="1", exercises=[])
    with pytest.raises(ValueError, match="aware"):
        history.start_session(
            started_at=datetime(2026, 3, 2),
            pack_id="p",
            pack_version="1",
            exercises=EXERCISES,
        )
    assert history.sessions() == []


def test_finishing(history: History) -> None:
    session_id = start(history)
    with pytest.raises(ValueError, match="ends as one of"):
        history.finish_session(session_id, "running", T0)
    history.finish_session(session_id, "finished", T0 + timedelta(minutes=25))
    session = only(history, session_id)
    assert (session.status, session.ended_at) == ("finished", T0 + timedelta(minutes=25))
    assert session.counts_towards_goal
    with pytest.raises(HistoryError, match="already ended"):
        history.finish_session(session_id, "stopped", T0)
    assert only(history, session_id).status == "finished"


# ---- atomicity ------------------------------------------------------------------------


def test_a_failure_while_saving_a_session_leaves_no_trace(history: History) -> None:
    earlier = add_session(history, T0 - timedelta(days=1))
    before = history.sessions()
    run_sql(
        history.path,
        "CREATE TRIGGER fail_second BEFORE INSERT ON session_exercise WHEN NEW.position = 1"
        " BEGIN SELECT RAISE(ABORT, 'disk is full'); END",
    )
    with pytest.raises(HistoryError, match="disk is full"):
        start(history)
    # The session row written before the failing exercise row was rolled back.
    assert history.sessions() == before
    run_sql(history.path, "DROP TRIGGER fail_second")
    later = start(history)  # the connection is not left inside a transaction
    assert [s.id for s in history.sessions()] == [earlier, later]


def test_a_python_error_after_the_first_statement_rolls_back(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = start(history)
    history.save_resume_point(running, '{"rep": 3}', "rep 3", T0)

    def broken(value: datetime) -> int:
        raise RuntimeError("crash in the middle of the write")

    # start_session first marks the running session interrupted, then computes the offset.
    monkeypatch.setattr(history_module, "_offset_minutes", broken)
    with pytest.raises(RuntimeError, match="middle of the write"):
        start(history, T0 + timedelta(hours=1))
    monkeypatch.undo()
    assert [s.status for s in history.sessions()] == ["running"]
    point = history.resume_point()
    assert point is not None
    assert point.session_id == running


def test_a_failed_rep_keeps_the_previous_record(history: History) -> None:
    session_id = start(history)
    history.record_rep(session_id, LIFTS, variant="easier", side="right", rep=1, at=T0)
    run_sql(
        history.path,
        "CREATE TRIGGER no_updates BEFORE UPDATE ON rep BEGIN SELECT RAISE(ABORT, 'I/O'); END",
    )
    with pytest.raises(HistoryError, match="save the rep"):
        history.record_rep(session_id, LIFTS, variant="harder", side="right", rep=1, at=T0)
    lifts = only(history, session_id).exercises[1]
    assert (lifts.reps_right, lifts.variant) == (1, "easier")


def test_a_failed_finish_keeps_the_session_running_and_resumable(history: History) -> None:
    session_id = start(history)
    history.save_resume_point(session_id, "{}", "rep 2", T0)
    run_sql(
        history.path,
        "CREATE TRIGGER keep BEFORE DELETE ON resume_point BEGIN SELECT RAISE(ABORT, 'I/O'); END",
    )
    with pytest.raises(HistoryError, match="end of the session"):
        history.finish_session(session_id, "finished", T0)
    assert only(history, session_id).status == "running"
    assert history.resume_point() is not None


# ---- resume points --------------------------------------------------------------------


def test_resume_point_is_saved_replaced_and_read(history: History) -> None:
    assert history.resume_point() is None
    session_id = start(history)
    history.save_resume_point(session_id, '{"step": 1}', "banded psoas march, rep 1", T0)
    later = T0 + timedelta(minutes=3)
    history.save_resume_point(
        session_id, '{"step": 9}', "seated leg lifts, left side, rep 4 of 8", later
    )
    point = history.resume_point()
    assert point is not None
    assert (point.session_id, point.snapshot_json, point.summary, point.saved_at) == (
        session_id,
        '{"step": 9}',
        "seated leg lifts, left side, rep 4 of 8",
        later,
    )
    conn = sqlite3.connect(history.path)
    try:
        assert conn.execute("SELECT count(*) FROM resume_point").fetchone()[0] == 1
    finally:
        conn.close()


def test_finishing_clears_the_resume_point(history: History) -> None:
    session_id = start(history)
    history.save_resume_point(session_id, "{}", "rep 1", T0)
    history.finish_session(session_id, "stopped", T0 + timedelta(minutes=5))
    assert history.resume_point() is None
    with pytest.raises(HistoryError, match="already ended"):
        history.save_resume_point(session_id, "{}", "rep 2", T0)
    assert history.resume_point() is None


def test_declining_to_resume_interrupts_the_session(history: History) -> None:
    session_id = start(history)
    history.save_resume_point(session_id, "{}", "rep 1", T0 + timedelta(minutes=2))
    point = history.resume_point()
    assert point is not None
    history.discard_resume_point(point.session_id, point.saved_at)
    assert history.resume_point() is None
    session = only(history, session_id)
    assert (session.status, session.ended_at) == ("interrupted", T0 + timedelta(minutes=2))
    assert not session.counts_towards_goal


def test_open_interrupts_running_sessions_without_a_resume_point(db_path: Path) -> None:
    with History.open(db_path) as history:
        with_reps = start(history, T0)
        history.record_rep(
            with_reps, LIFTS, variant="easier", side="left", rep=1, at=T0 + timedelta(minutes=4)
        )
        # Only one session runs at a time, so start the others after closing this one's app.
    with History.open(db_path) as history:
        without_reps = start(history, T0 + timedelta(hours=1))
    with History.open(db_path) as history:
        resumable = start(history, T0 + timedelta(hours=2))
        history.save_resume_point(resumable, '{"x": 1}', "rep 4 of 8", T0 + timedelta(hours=2))
    with History.open(db_path) as history:
        by_id = {s.id: s for s in history.sessions()}
        assert by_id[with_reps].status == "interrupted"
        assert by_id[with_reps].ended_at == T0 + timedelta(minutes=4)  # its last rep
        assert by_id[without_reps].status == "interrupted"
        assert by_id[without_reps].ended_at is None
        assert by_id[resumable].status == "running"
        point = history.resume_point()
        assert point is not None
        assert (point.session_id, point.snapshot_json) == (resumable, '{"x": 1}')


def test_starting_a_session_interrupts_one_left_running(history: History) -> None:
    old = start(history, T0)
    history.save_resume_point(old, "{}", "rep 1", T0 + timedelta(minutes=1))
    history.record_rep(
        old, LIFTS, variant="easier", side="left", rep=1, at=T0 + timedelta(minutes=2)
    )
    new = start(history, T0 + timedelta(hours=1))
    by_id = {s.id: s for s in history.sessions()}
    assert by_id[old].status == "interrupted"
    assert by_id[old].ended_at == T0 + timedelta(minutes=2)  # the later of rep and resume point
    assert by_id[new].status == "running"
    assert history.resume_point() is None
    history.save_resume_point(new, "{}", "rep 1", T0 + timedelta(hours=1))
    point = history.resume_point()
    assert point is not None
    assert point.session_id == new


def test_a_reader_alongside_the_app_sees_reps_and_ends_nothing(db_path: Path) -> None:
    with History.open(db_path) as app:
        session_id = start(app)  # no resume point yet
        app.record_rep(session_id, LIFTS, variant="easier", side="left", rep=1, at=T0)
        with History.open(db_path, recover=False) as reader:
            (seen,) = reader.sessions()
            assert (seen.status, seen.exercises[1].reps_left) == ("running", 1)
            app.record_rep(session_id, LIFTS, variant="easier", side="left", rep=2, at=T0)
            assert reader.sessions()[0].exercises[1].reps_left == 2
        app.finish_session(session_id, "finished", T0 + timedelta(minutes=20))
        assert only(app, session_id).status == "finished"
