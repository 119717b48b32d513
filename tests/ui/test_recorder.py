"""The history recorder writes a real session into a real history as it happens.

A controller on the fake clock runs the session; the history is a real SQLite file in the
test's folder. Every completed rep is there at once, set 2 does not overwrite set 1, a rep done
again is counted once, the point to resume from follows every step, and a history that fails
never stops the session: the person is told once, and recording carries on when it works again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Pack, Side
from hipflex_desktop.core.plan import PlanOptions, Segment, SegmentKind
from hipflex_desktop.core.session import Session
from hipflex_desktop.store.history import History, HistoryError, SessionRecord
from hipflex_desktop.store.resume import parse_resume_payload, resume_summary
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.recorder import HistoryRecorder
from tests.fakes import FakeTimers

EXERCISES = ("banded-psoas-march", "seated-leg-lifts", "elevated-bridge-march")
# Every exercise, two reps a side in two sets, short pauses: about three minutes.
TWO_SETS = PlanOptions(reps_per_side=2, sets=2, rest_seconds=3.0, lead_in_seconds=3.0,
                       switch_seconds=3.0)


@dataclass
class Rig:
    controller: SessionController
    timers: FakeTimers
    clock: FakeClock
    pack: Pack
    history: History
    recorder: HistoryRecorder
    failures: list[str]

    @property
    def session(self) -> Session:
        session = self.controller.session
        assert session is not None
        return session

    def only_record(self) -> SessionRecord:
        records = self.history.sessions()
        assert len(records) == 1
        return records[0]


@pytest.fixture
def rig(qtbot: QtBot, controller: SessionController, timers: FakeTimers,
        builtin_pack: Pack, tmp_path: Path) -> Iterator[Rig]:
    clock = timers.clock
    history = History.open(tmp_path / "history.db")
    recorder = HistoryRecorder(controller, history)
    failures: list[str] = []
    recorder.history_failed.connect(failures.append)
    yield Rig(controller, timers, clock, builtin_pack, history, recorder, failures)
    recorder.shutdown()


def run_to_end(rig: Rig, limit: float = 1200) -> None:
    end = rig.clock.now() + limit
    while rig.controller.active:
        assert rig.clock.now() < end, "the session never ended"
        rig.timers.run_for(0.5, step=0.1)


def run_until(rig: Rig, done: Callable[[Segment], bool]) -> Segment:
    end = rig.clock.now() + 1200
    while not done(rig.session.current):
        assert rig.controller.active and rig.clock.now() < end, "the session never got there"
        rig.timers.run_for(0.05, step=0.05)
    return rig.session.current


def reps_by_side(record: SessionRecord) -> dict[str, tuple[int, int, int]]:
    return {e.exercise_id: (e.reps_right, e.reps_left, e.reps_none) for e in record.exercises}


def rep_rows(rig: Rig) -> list[tuple[str, str, int]]:
    with sqlite3.connect(rig.history.path) as conn:
        rows = conn.execute("SELECT exercise_id, side, rep FROM rep ORDER BY at").fetchall()
    return [(str(e), str(s), int(r)) for e, s, r in rows]


def test_a_whole_session_is_recorded(rig: Rig) -> None:
    recorded: list[tuple[str, object, int]] = []
    rig.recorder.rep_recorded.connect(lambda e, s, r: recorded.append((e, s, r)))
    rig.controller.begin(rig.pack, TWO_SETS)
    record = rig.only_record()
    assert record.status == "running"
    assert rig.recorder.session_id == record.id
    assert record.pack_id == "hip-flexors" and record.pack_version == rig.pack.version
    assert [e.exercise_id for e in record.exercises] == list(EXERCISES)
    # Planned: reps per side over all sets, and the variant chosen.
    assert {e.reps_target_per_side for e in record.exercises} == {4}
    assert {e.variant for e in record.exercises} == {"standard"}

    run_to_end(rig)
    record = rig.only_record()
    assert record.status == "finished"
    assert record.ended_at is not None and record.ended_at >= record.started_at
    # Two reps a side in each of two sets: set 2 adds to set 1, it does not replace it.
    assert reps_by_side(record) == {ex: (4, 4, 0) for ex in EXERCISES}
    assert len(recorded) == len(rep_rows(rig)) == 3 * 2 * 4
    assert rig.history.resume_point() is None  # a finished session is not offered again
    assert rig.recorder.session_id is None
    assert rig.failures == []
    # The history agrees with what the summary page shows.
    summary = {s.exercise_id: (s.reps_done.get(Side.RIGHT, 0), s.reps_done.get(Side.LEFT, 0))
               for s in rig.controller.summary()}
    assert summary == {ex: (4, 4) for ex in EXERCISES}


def test_each_rep_is_written_when_it_is_completed(rig: Rig) -> None:
    rig.controller.begin(rig.pack, TWO_SETS)
    done: list[int] = []

    def on_event(_event: object) -> None:
        done.append(len(rep_rows(rig)))

    rig.recorder.rep_recorded.connect(on_event)
    first_return = run_until(rig, lambda s: s.kind is SegmentKind.RETURN)
    assert rep_rows(rig) == []  # the rep in progress is not there yet
    run_until(rig, lambda s: s.index > first_return.index)
    assert rep_rows(rig) == [("banded-psoas-march", "right", 1)]
    assert done == [1]  # already in the file when the signal went out
    rig.controller.stop()


def test_the_resume_point_follows_every_step(rig: Rig) -> None:
    checked: list[int] = []

    def on_step(seg: Segment) -> None:
        point = rig.history.resume_point()
        assert point is not None
        assert point.summary == resume_summary(seg)
        source, snapshot = parse_resume_payload(point.snapshot_json)
        assert source == rig.pack.source
        assert snapshot["index"] == seg.index
        checked.append(seg.index)

    rig.controller.step_changed.connect(on_step)
    rig.controller.begin(rig.pack, TWO_SETS)
    run_to_end(rig)
    assert checked == list(range(len(rig.session.segments)))


def test_the_resume_summary_says_where_the_person_is(rig: Rig) -> None:
    rig.controller.begin(rig.pack, PlanOptions(reps_per_side=8, sets=1))
    want = run_until_skipping(rig, lambda s: s.exercise_id == "seated-leg-lifts"
                              and s.side is Side.LEFT and s.rep == 4)
    point = rig.history.resume_point()
    assert point is not None
    assert point.summary == "seated leg lifts, left side, rep 4 of 8"
    assert point.session_id == rig.recorder.session_id
    assert parse_resume_payload(point.snapshot_json)[1]["index"] == want.index
    rig.controller.pause()
    point = rig.history.resume_point()
    assert point is not None
    assert parse_resume_payload(point.snapshot_json)[1]["state"] == "paused"
    rig.controller.stop()


def run_until_skipping(rig: Rig, done: Callable[[Segment], bool]) -> Segment:
    """Move on step by step (as with the Right arrow) until ``done``."""
    while not done(rig.session.current):
        assert rig.controller.active
        rig.controller.next_step()
    return rig.session.current


def test_a_stopped_session_is_recorded_as_stopped(rig: Rig) -> None:
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    rig.controller.stop()
    record = rig.only_record()
    assert record.status == "stopped"
    assert reps_by_side(record)["banded-psoas-march"] == (4, 4, 0)
    assert reps_by_side(record)["seated-leg-lifts"] == (0, 0, 0)
    assert rig.history.resume_point() is None
    # The next session is a new row; the stopped one stays as it was.
    rig.controller.begin(rig.pack, TWO_SETS)
    records = rig.history.sessions()
    assert [r.status for r in records] == ["stopped", "running"]
    rig.controller.stop()


def test_going_back_and_doing_a_rep_again_counts_it_once(rig: Rig) -> None:
    rig.controller.begin(rig.pack, TWO_SETS)
    second_move = run_until(rig, lambda s: s.kind is SegmentKind.MOVE and s.rep == 1
                            and s.side is Side.LEFT)
    assert rep_rows(rig) == [("banded-psoas-march", "right", 1)]
    rig.controller.previous_step()  # back into the right side's return: do it again
    assert rig.session.current.index == second_move.index - 1
    run_until(rig, lambda s: s.index == second_move.index)
    rig.controller.restart_exercise()  # and the whole exercise again, from its lead-in
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    rig.controller.stop()
    record = rig.only_record()
    assert reps_by_side(record)["banded-psoas-march"] == (4, 4, 0)
    assert len([r for r in rep_rows(rig) if r[0] == "banded-psoas-march"]) == 8


def test_reps_raced_through_with_skip_are_not_recorded(rig: Rig) -> None:
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until_skipping(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    rig.controller.stop()
    assert reps_by_side(rig.only_record())["banded-psoas-march"] == (0, 0, 0)


def test_reps_paced_with_the_right_arrow_are_recorded(rig: Rig) -> None:
    """Moving on (Right arrow, a clicker) once the move is done counts the rep, as the summary
    does: more than half of each phase has gone by."""
    rig.controller.begin(rig.pack, TWO_SETS)
    while rig.session.current.exercise_id == "banded-psoas-march":
        rig.timers.run_for(rig.session.current.seconds * 0.6)
        rig.controller.next_step()
    rig.controller.stop()
    assert reps_by_side(rig.only_record())["banded-psoas-march"] == (4, 4, 0)


# -- a history that fails -----------------------------------------------------------------------


class Failing:
    """Makes one History method raise while ``on`` is set, and counts the calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, history: History, method: str,
                 error: BaseException) -> None:
        self.on = True
        self.calls = 0
        self.failed = 0
        real = getattr(history, method)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.on:
                self.failed += 1
                raise error
            return real(*args, **kwargs)

        monkeypatch.setattr(history, method, wrapper)


@pytest.mark.parametrize("error", [
    HistoryError("Could not save the rep: disk I/O error"),
    sqlite3.OperationalError("disk I/O error"),
], ids=["history-error", "sqlite-error"])
def test_failing_reps_never_stop_the_session_and_are_told_once(
        rig: Rig, monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    failing = Failing(monkeypatch, rig.history, "record_rep", error)
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    assert failing.failed == 8
    # The resume points in between were saved, and still the person heard it once only.
    assert len(rig.failures) == 1
    assert "disk I/O error" in rig.failures[0]
    assert "carries on" in rig.failures[0]

    failing.on = False  # the disk is back
    run_to_end(rig)
    assert rig.controller.summary()  # the session ran to its end
    record = rig.only_record()
    assert record.status == "finished"
    assert reps_by_side(record) == {"banded-psoas-march": (0, 0, 0),
                                    "seated-leg-lifts": (4, 4, 0),
                                    "elevated-bridge-march": (4, 4, 0)}
    assert len(rig.failures) == 1


def test_a_history_that_fails_altogether_is_told_once(
        rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    error = sqlite3.OperationalError("disk I/O error")
    failing = [Failing(monkeypatch, rig.history, name, error)
               for name in ("record_rep", "save_resume_point", "finish_session")]
    rig.controller.begin(rig.pack, TWO_SETS)
    run_to_end(rig)
    assert sum(f.failed for f in failing) > 20
    assert len(rig.failures) == 1
    # Nothing after the start made it: the session is still "running" with no reps.
    record = rig.only_record()
    assert record.status == "running"
    assert record.total_reps == 0


def test_a_start_that_failed_is_tried_again_at_the_next_step(
        rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = Failing(monkeypatch, rig.history, "start_session",
                      HistoryError("Could not save the new session: database is locked"))
    rig.controller.begin(rig.pack, TWO_SETS)
    assert rig.history.sessions() == []
    assert rig.recorder.session_id is None
    assert len(rig.failures) == 1
    assert failing.calls == 2  # tried again at once, for the lead-in's start
    rig.timers.run_for(1.0)
    rig.controller.pause()  # still failing: tried again at each step, told no more
    rig.controller.resume()
    assert failing.calls == 4
    assert len(rig.failures) == 1

    failing.on = False
    first_move = run_until(rig, lambda s: s.kind is SegmentKind.MOVE)  # the lead-in ended
    record = rig.only_record()
    assert record.status == "running"
    assert rig.recorder.session_id == record.id
    point = rig.history.resume_point()
    assert point is not None and point.summary == resume_summary(first_move)
    run_to_end(rig)
    record = rig.only_record()
    assert record.status == "finished"
    assert reps_by_side(record) == {ex: (4, 4, 0) for ex in EXERCISES}
    assert len(rig.failures) == 1


def test_an_end_that_could_not_be_written_is_written_when_the_app_closes(
        rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = Failing(monkeypatch, rig.history, "finish_session",
                      sqlite3.OperationalError("database is locked"))
    rig.controller.begin(rig.pack, TWO_SETS)
    run_to_end(rig)
    assert failing.failed == 1
    assert rig.only_record().status == "running"  # would be offered for resuming
    failing.on = False
    path = rig.history.path
    rig.recorder.shutdown()
    with History.open(path, recover=False) as reopened:
        [record] = reopened.sessions()
        assert record.status == "finished"
        assert reopened.resume_point() is None


def test_a_new_session_tells_again(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = Failing(monkeypatch, rig.history, "record_rep", HistoryError("disk full"))
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    rig.controller.stop()
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts")
    rig.controller.stop()
    assert failing.failed == 16
    assert len(rig.failures) == 2
    assert [r.status for r in rig.history.sessions()] == ["stopped", "stopped"]


def test_without_a_history_nothing_is_written_and_nothing_fails(
        qtbot: QtBot, controller: SessionController, timers: FakeTimers,
        builtin_pack: Pack) -> None:
    recorder = HistoryRecorder(controller, None)
    failures: list[str] = []
    recorder.history_failed.connect(failures.append)
    controller.begin(builtin_pack, TWO_SETS)
    timers.run_for(10)
    controller.stop()
    assert failures == []
    assert recorder.session_id is None
    recorder.shutdown()


# -- continuing a resumed session ---------------------------------------------------------------


def test_a_resumed_session_records_into_the_same_row(rig: Rig) -> None:
    rig.controller.begin(rig.pack, TWO_SETS)
    run_until(rig, lambda s: s.exercise_id == "seated-leg-lifts" and s.side is Side.LEFT
              and s.rep == 1 and s.kind is SegmentKind.HOLD)
    session_id = rig.recorder.session_id
    point = rig.history.resume_point()
    assert point is not None and session_id is not None
    # The app went away; a new run restores the session from the saved point.
    _source, snapshot = parse_resume_payload(point.snapshot_json)
    rig.controller.shutdown()
    restored = Session.restore(rig.pack, snapshot, rig.clock, restart_segment=True)
    controller = SessionController(rig.clock, rig.timers.factory)
    recorder = HistoryRecorder(controller, rig.history)
    recorder.continue_session(session_id)
    controller.adopt_restored(restored)
    controller.resume()
    while controller.active:
        rig.timers.run_for(0.5, step=0.1)
    record = rig.only_record()
    assert record.id == session_id
    assert record.status == "finished"
    assert reps_by_side(record) == {ex: (4, 4, 0) for ex in EXERCISES}
    controller.shutdown()
