"""``hipflex history``: the recorded sessions for the terminal and for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from hipflex_desktop import cli
from hipflex_desktop.store.history import History

ZONE = timezone(timedelta(hours=2))
EXERCISES = [("banded-psoas-march", "Banded psoas march", "standard", 8),
             ("seated-leg-lifts", "Seated leg lifts", "easier", 8)]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["history", *args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Two sessions: one finished with every rep, one still running (the app is open)."""
    folder = tmp_path / "data"
    with History.open(folder / "history.db") as history:
        start = datetime(2026, 11, 23, 7, 30, tzinfo=ZONE)
        first = history.start_session(started_at=start, pack_id="hip-flexors",
                                      pack_version="1.0.0", exercises=EXERCISES)
        for rep in range(1, 9):
            for side in ("right", "left"):
                for exercise_id, _name, variant, _target in EXERCISES:
                    history.record_rep(first, exercise_id, variant=variant, side=side,
                                       rep=rep, at=start + timedelta(minutes=rep))
        history.finish_session(first, "finished", start + timedelta(minutes=13))
        later = start + timedelta(days=2)
        second = history.start_session(started_at=later, pack_id="hip-flexors",
                                       pack_version="1.0.0", exercises=EXERCISES)
        history.record_rep(second, "banded-psoas-march", variant="standard", side="right",
                           rep=1, at=later + timedelta(seconds=30))
        history.save_resume_point(second, "{}", "banded psoas march, left side, rep 1 of 8",
                                  later + timedelta(seconds=31))
    return folder


def test_the_text_table_lists_every_session(data_dir: Path) -> None:
    code, out, err = run("--data-dir", str(data_dir))
    assert code == 0 and err == ""
    assert "2026-11-23" in out and "2026-11-25" in out
    assert "finished" in out and "running" in out
    assert "Seated leg lifts (easier) R 8/8, L 8/8" in out
    assert out.rstrip().endswith("(only finished sessions count towards the weekly goal).")


def test_json_parses_back_to_the_same_sessions(data_dir: Path) -> None:
    code, out, _ = run("--json", "--data-dir", str(data_dir))
    assert code == 0
    document = json.loads(out)
    sessions = document["sessions"]
    assert [s["status"] for s in sessions] == ["finished", "running"]
    reps = {e["exercise_id"]: (e["reps_right"], e["reps_left"]) for e in sessions[0]["exercises"]}
    assert reps == {"banded-psoas-march": (8, 8), "seated-leg-lifts": (8, 8)}


def test_csv_has_a_row_per_session_and_exercise(data_dir: Path) -> None:
    code, out, _ = run("--csv", "--data-dir", str(data_dir))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4
    first = [r for r in rows if r["status"] == "finished"]
    assert {(r["exercise_id"], r["variant"], r["reps_right"], r["reps_left"]) for r in first} == {
        ("banded-psoas-march", "standard", "8", "8"), ("seated-leg-lifts", "easier", "8", "8")}
    assert {r["date"] for r in first} == {"2026-11-23"}


def test_reading_the_history_leaves_a_running_session_alone(data_dir: Path) -> None:
    """The app may be running a session right now: the command only reads."""
    run("--data-dir", str(data_dir))
    with History.open(data_dir / "history.db", recover=False) as history:
        assert [s.status for s in history.sessions()] == ["finished", "running"]
        assert history.resume_point() is not None


def test_no_history_yet_is_said_plainly(tmp_path: Path) -> None:
    code, out, err = run("--data-dir", str(tmp_path / "nothing"))
    assert code == 0
    assert "no sessions recorded yet" in err
    assert out.strip() == "No sessions recorded yet."
    assert not (tmp_path / "nothing").exists()  # reading creates nothing


def test_a_damaged_history_is_an_error_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "history.db").write_bytes(b"this is not a database" * 100)
    code, out, err = run("--data-dir", str(folder))
    assert code == 2
    assert err.startswith("hipflex history: error: ")
    assert "Traceback" not in err and out == ""


def test_json_and_csv_together_is_a_usage_error(data_dir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("--json", "--csv", "--data-dir", str(data_dir))
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_the_database_is_not_touched_by_reading(data_dir: Path) -> None:
    path = data_dir / "history.db"
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM rep").fetchone()[0]
    conn.close()
    run("--csv", "--data-dir", str(data_dir))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM rep").fetchone()[0] == before
    conn.close()
