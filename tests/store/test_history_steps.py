"""Schema version 3: the ladder step planned per exercise and what happened in it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.store import history as history_module
from hipflex_desktop.store.history import (
    EVENT_KINDS,
    LATEST_VERSION,
    History,
    HistoryError,
    PlannedStep,
)

from .helpers import EXERCISES, add_session

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


def test_planned_steps_and_events_are_read_back(history: History) -> None:
    session_id = history.start_session(
        started_at=START, pack_id="hip-flexors", pack_version="1.0", exercises=EXERCISES,
        planned={"banded-psoas-march": PlannedStep(4, 8, 2, 2.0),
                 "seated-leg-lifts": PlannedStep(None, None, 2, None)},
    )
    at = START + timedelta(minutes=1)
    for kind in ("skipped", "went_back", "skipped", "easier"):
        history.record_event(session_id, "banded-psoas-march", kind, at)
    history.record_event(session_id, "seated-leg-lifts", "stopped", at)
    history.finish_session(session_id, SessionStatus.STOPPED, at)
    march, lifts, bridge = history.sessions()[0].exercises
    assert (march.step, march.steps, march.sets, march.hold_seconds) == (4, 8, 2, 2.0)
    assert march.reps_per_side == 4  # target 8 over 2 sets
    assert dict(march.events) == {"skipped": 2, "went_back": 1, "easier": 1}
    assert march.event_count("harder") == 0
    assert (lifts.step, lifts.sets, dict(lifts.events)) == (None, 2, {"stopped": 1})
    # An exercise planned without a step keeps the columns empty.
    assert (bridge.step, bridge.steps, bridge.sets, bridge.events) == (None, None, None, ())
    assert bridge.reps_per_side is None


@pytest.mark.parametrize("kind", ["jumped", "", "SKIPPED"])
def test_unknown_event_kinds_are_refused(history: History, kind: str) -> None:
    session_id = add_session(history, START, status="running")
    with pytest.raises(ValueError, match="kind must be one of"):
        history.record_event(session_id, "banded-psoas-march", kind, START)


def test_events_need_a_running_session_and_one_of_its_exercises(history: History) -> None:
    session_id = add_session(history, START, status="running")
    with pytest.raises(HistoryError, match="no exercise"):
        history.record_event(session_id, "nope", "skipped", START)
    history.finish_session(session_id, SessionStatus.FINISHED, START)
    with pytest.raises(HistoryError, match="already ended"):
        history.record_event(session_id, "banded-psoas-march", "skipped", START)
    with pytest.raises(ValueError, match="aware"):
        history.record_event(session_id, "banded-psoas-march", "skipped",
                             START.replace(tzinfo=None))


@pytest.mark.parametrize("planned", [PlannedStep(9, 8, 1, None), PlannedStep(0, 8, 1, None),
                                     PlannedStep(1, None, 1, None), PlannedStep(1, 2, 0, None)])
def test_impossible_planned_steps_are_refused(history: History, planned: PlannedStep) -> None:
    with pytest.raises(ValueError):
        history.start_session(started_at=START, pack_id="p", pack_version="1",
                              exercises=EXERCISES, planned={"banded-psoas-march": planned})
    assert history.sessions() == []  # nothing half-written


def test_a_version_2_database_is_brought_to_version_3_keeping_its_sessions(
    db_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(history_module, "MIGRATIONS", history_module.MIGRATIONS[:2])
    History.open(db_path).close()
    monkeypatch.undo()
    conn = sqlite3.connect(db_path, isolation_level=None)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    # A session as version 2 wrote it.
    first = conn.execute(
        "INSERT INTO session (started_at, ended_at, pack_id, pack_version, status,"
        " utc_offset_minutes) VALUES ('2026-03-02T07:00:00.000000+00:00',"
        " '2026-03-02T07:20:00.000000+00:00', 'hip-flexors', '1.0', 'finished', 60)").lastrowid
    conn.execute("INSERT INTO session_exercise VALUES (?, 0, 'banded-psoas-march',"
                 " 'Banded psoas march', 'standard', 8)", (first,))
    for rep in (1, 2, 3):
        for side in ("right", "left"):
            conn.execute("INSERT INTO rep VALUES (?, 'banded-psoas-march', ?, ?, 'standard',"
                         " '2026-03-02T07:01:00.000000+00:00')", (first, side, rep))
    conn.close()
    with History.open(db_path) as history:
        (session,) = history.sessions()
        assert session.id == first
        march = session.exercises[0]
        assert (march.reps_right, march.reps_left) == (3, 3)
        assert (march.step, march.steps, march.sets, march.hold_seconds, march.events) == (
            None, None, None, None, ())
        # The new parts work on the upgraded file.
        new_id = history.start_session(
            started_at=START + timedelta(days=7), pack_id="hip-flexors", pack_version="1.0",
            exercises=EXERCISES, planned={"banded-psoas-march": PlannedStep(2, 8, 1, 1.5)})
        history.record_event(new_id, "banded-psoas-march", "went_back", START)
        assert history.sessions()[1].exercises[0].events == (("went_back", 1),)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION == 3
    finally:
        conn.close()


def test_the_schema_check_lists_the_same_event_kinds(history: History, db_path: Path) -> None:
    session_id = add_session(history, START, status="running")
    conn = sqlite3.connect(db_path)
    try:
        for kind in EVENT_KINDS:
            conn.execute("INSERT INTO exercise_event VALUES (?, 'banded-psoas-march', ?, 'x')",
                         (session_id, kind))
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO exercise_event VALUES (?, 'banded-psoas-march', 'no', 'x')",
                         (session_id,))
    finally:
        conn.close()


def test_deleting_a_session_deletes_its_events(history: History, db_path: Path) -> None:
    session_id = add_session(history, START, status="running")
    history.record_event(session_id, "banded-psoas-march", "skipped", START)
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM session WHERE id = ?", (session_id,))
        conn.commit()
        assert conn.execute("SELECT count(*) FROM exercise_event").fetchone()[0] == 0
    finally:
        conn.close()


def test_the_newest_sessions_only(history: History) -> None:
    ids = [add_session(history, START + timedelta(days=day)) for day in range(5)]
    assert [s.id for s in history.sessions(last=2)] == ids[-2:]
    assert [s.id for s in history.sessions(last=10)] == ids
    assert [s.id for s in history.sessions(last=3, since=(START + timedelta(days=3)).date())] \
        == ids[-2:]
    assert all(s.exercises for s in history.sessions(last=2))
