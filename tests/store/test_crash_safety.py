"""A session killed with SIGKILL at random moments never damages the file or loses a rep
whose write had returned."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from hipflex_desktop.store.history import History

# Records reps (and every third rep a resume point) as fast as it can, printing each one
# only after the call has returned, i.e. after its transaction committed.
WRITER = """
import json, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from hipflex_desktop.store.history import History

history = History.open(Path(sys.argv[1]))
start = datetime(2026, 3, 1, 7, 0, tzinfo=UTC) + timedelta(days=int(sys.argv[2]))
session = history.start_session(
    started_at=start, pack_id="hip-flexors", pack_version="1.0",
    exercises=[("banded-psoas-march", "Banded psoas march", "standard", 8)],
)
print("session", session, flush=True)
rep = 0
while True:
    rep += 1
    side = "right" if rep % 2 else "left"
    history.record_rep(
        session, "banded-psoas-march", variant="standard", side=side, rep=rep, at=start
    )
    print("rep", session, side, rep, flush=True)
    if rep % 3 == 0:
        history.save_resume_point(session, json.dumps({"rep": rep}), f"rep {rep}", start)
        print("resume", session, rep, flush=True)
"""

ROUNDS = 8


def kill_writer(path: Path, round_number: int, lines_before_kill: int) -> list[list[str]]:
    """Start the writer, SIGKILL it after it has printed that many lines; all its lines."""
    # Popen as a context manager closes the pipes and waits, whatever happens here.
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(round_number)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        try:
            seen = [process.stdout.readline() for _ in range(lines_before_kill)]
        finally:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        # Read the rest through the same buffered reader: readline() may already hold lines
        # read ahead from the pipe, which communicate() (reading the pipe itself) would miss.
        # The writer is dead, so both pipes end and neither read can block.
        rest, errors = process.stdout.read(), process.stderr.read()
    assert process.returncode == -signal.SIGKILL, errors
    output = "".join(seen) + rest
    # A line cut short by the kill was not confirmed.
    complete = output.split("\n")[:-1]
    return [line.split() for line in complete]


def test_killed_sessions_keep_every_confirmed_rep(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    chance = random.Random(20260301)
    confirmed: dict[int, set[tuple[str, int]]] = {}
    for round_number in range(ROUNDS):
        lines = kill_writer(path, round_number, chance.randint(1, 400))
        session = int(lines[0][1])
        reps = {(line[2], int(line[3])) for line in lines if line[0] == "rep"}
        resumes = [int(line[2]) for line in lines if line[0] == "resume"]
        confirmed[session] = reps

        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            for known_session, known_reps in confirmed.items():
                stored = set(
                    conn.execute(
                        "SELECT side, rep FROM rep WHERE session_id = ?", (known_session,)
                    ).fetchall()
                )
                assert known_reps <= stored
                # At most the rep in progress may be stored without having been confirmed.
                assert len(stored - known_reps) <= 1
            saved = conn.execute(
                "SELECT snapshot_json FROM resume_point WHERE session_id = ?", (session,)
            ).fetchone()
        finally:
            conn.close()
        if resumes:
            assert saved is not None
            assert json.loads(saved[0])["rep"] >= resumes[-1]

        # The app starts again normally after the kill.
        with History.open(path) as history:
            point = history.resume_point()
            (record,) = [s for s in history.sessions() if s.id == session]
            if resumes:
                assert point is not None
                assert point.session_id == session
            if point is None:  # no resume point committed: the session was interrupted
                assert not resumes
                assert record.status == "interrupted"
            else:
                assert record.status == "running"
            assert record.exercises[0].reps_right + record.exercises[0].reps_left >= len(reps)
    assert len(confirmed) == ROUNDS
