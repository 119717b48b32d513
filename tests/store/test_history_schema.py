"""Opening the history database: creation, file modes, migrations, refusals, set-aside."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.store import history as history_module
from hipflex_desktop.store.history import (
    LATEST_VERSION,
    SCHEMA_V1_SQL,
    History,
    HistoryCorruptError,
    HistoryError,
    HistoryTooNewError,
)
from tests.store.helpers import add_session

BERLIN = ZoneInfo("Europe/Berlin")


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


@contextmanager
def process_tz(name: str) -> Iterator[None]:
    """Run with the process's local time zone set to ``name``."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def make_v1_database(path: Path) -> None:
    """A database as the first release left it, with three sessions."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(SCHEMA_V1_SQL)
    conn.execute("PRAGMA user_version = 1")
    sessions = [
        # id, started_at (UTC), ended_at, status
        (1, "2026-01-10T03:00:00.000000+00:00", "2026-01-10T03:25:00.000000+00:00", "finished"),
        (2, "2026-07-04T12:00:00.000000+00:00", "2026-07-04T12:10:00.000000+00:00", "stopped"),
        (3, "2026-07-05T12:00:00.000000+00:00", None, "running"),
    ]
    for session_id, started, ended, status in sessions:
        conn.execute(
            "INSERT INTO session (id, started_at, ended_at, pack_id, pack_version, status)"
            " VALUES (?, ?, ?, 'hip-flexors', '0.9', ?)",
            (session_id, started, ended, status),
        )
        conn.execute(
            "INSERT INTO session_exercise VALUES (?, 0, 'seated-leg-lifts', 'Seated leg lifts',"
            " 'standard', 8)",
            (session_id,),
        )
        for rep in (1, 2, 3):
            conn.execute(
                "INSERT INTO rep VALUES (?, 'seated-leg-lifts', 'left', ?, 'harder', ?)",
                (session_id, rep, started.replace("00.000000", f"0{rep}.000000", 1)),
            )
    conn.close()


# ---- creation ---------------------------------------------------------------------------


@pytest.mark.parametrize("mask", [0o022, 0o000])
def test_new_database_is_private_whatever_the_umask(tmp_path: Path, mask: int) -> None:
    path = tmp_path / "new" / "nested" / "history.db"
    tmp_mode = mode(tmp_path)
    with umask(mask), History.open(path) as history:
        add_session(history, datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN))
        wal = Path(f"{path}-wal")
        shm = Path(f"{path}-shm")
        # SQLite gives its -wal and -shm files the mode of the database file.
        assert wal.exists()
        assert shm.exists()
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    assert mode(path.parent.parent) == 0o700
    assert mode(tmp_path) == tmp_mode  # directories that existed are left alone


def test_new_database_settings(db_path: Path) -> None:
    with History.open(db_path) as history:
        conn = history._conn
        assert conn is not None
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x48464C58
    assert user_version(db_path) == LATEST_VERSION == 2


def test_existing_file_mode_is_kept(db_path: Path) -> None:
    with History.open(db_path):
        pass
    db_path.chmod(0o640)
    with History.open(db_path):
        pass
    assert mode(db_path) == 0o640


def test_closed_history_refuses_work(db_path: Path) -> None:
    history = History.open(db_path)
    history.close()
    history.close()  # a second close does nothing
    with pytest.raises(HistoryError, match="closed"):
        history.sessions()


def test_a_directory_in_the_way_is_a_history_error(tmp_path: Path) -> None:
    path = tmp_path / "history.db"
    path.mkdir()
    with pytest.raises(HistoryError, match=re.escape(str(path))):
        History.open(path)


def test_store_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import hipflex_desktop.store.history, hipflex_desktop.store.export\n"
        "import hipflex_desktop.store.calendar, hipflex_desktop.store.resume\n"
        "import hipflex_desktop.store.overview\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_schema_allows_exactly_the_session_statuses(db_path: Path) -> None:
    with History.open(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'session'").fetchone()
    listed = re.search(r"CHECK \(status IN \(([^)]*)\)\)", sql)
    assert listed is not None
    assert tuple(re.findall(r"'(\w+)'", listed.group(1))) == tuple(SessionStatus)
    assert history_module.END_STATUSES == ("finished", "stopped", "interrupted")


# ---- migrations -------------------------------------------------------------------------


def test_version_1_database_is_upgraded_and_keeps_its_rows(db_path: Path) -> None:
    db_path.parent.mkdir()
    make_v1_database(db_path)
    new_york = ZoneInfo("America/New_York")
    with History.open(db_path, legacy_tz=new_york) as history:
        sessions = history.sessions()
        assert [s.id for s in sessions] == [1, 2, 3]
        assert [s.status for s in sessions] == ["finished", "stopped", "interrupted"]
        # Winter and summer offsets of New York at each session's start.
        assert [s.utc_offset_minutes for s in sessions] == [-300, -240, -240]
        # 03:00 UTC on 10 January was the evening of the 9th in New York.
        assert sessions[0].local_date == date(2026, 1, 9)
        assert sessions[0].ended_at == datetime(2026, 1, 10, 3, 25, tzinfo=UTC)
        for session in sessions:
            (exercise,) = session.exercises
            assert exercise.reps_left == 3
            assert exercise.variant == "harder"
            assert (session.pack_id, session.pack_version) == ("hip-flexors", "0.9")
        # The running session had no resume point (version 1 had none): interrupted, and
        # ended at its last recorded rep.
        assert sessions[2].ended_at == datetime(2026, 7, 5, 12, 0, 3, tzinfo=UTC)
        # The version-2 parts work on the upgraded file.
        new_id = history.start_session(
            started_at=datetime(2026, 7, 6, 8, 0, tzinfo=new_york),
            pack_id="hip-flexors",
            pack_version="1.0",
            exercises=[("seated-leg-lifts", "Seated leg lifts", "standard", 8)],
        )
        history.save_resume_point(new_id, "{}", "rep 1", datetime(2026, 7, 6, 8, 1, tzinfo=UTC))
        point = history.resume_point()
        assert point is not None
        assert point.session_id == new_id
    assert user_version(db_path) == LATEST_VERSION


def test_version_1_offsets_default_to_this_computers_zone(db_path: Path) -> None:
    db_path.parent.mkdir()
    make_v1_database(db_path)
    with process_tz("Asia/Tokyo"), History.open(db_path) as history:
        assert {s.utc_offset_minutes for s in history.sessions()} == {540}
    # Later zone changes no longer move the sessions.
    with process_tz("America/Los_Angeles"), History.open(db_path) as history:
        assert [s.local_date for s in history.sessions()] == [
            date(2026, 1, 10),
            date(2026, 7, 4),
            date(2026, 7, 5),
        ]


def test_failed_migration_leaves_the_old_version_untouched(db_path: Path) -> None:
    db_path.parent.mkdir()
    make_v1_database(db_path)
    conn = sqlite3.connect(db_path)
    # Something in the file that makes migration 2 fail after its first statement.
    conn.execute("CREATE TABLE resume_point (anything TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(HistoryError, match="schema version 2") as caught:
        History.open(db_path)
    assert not isinstance(caught.value, HistoryCorruptError)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = [row[1] for row in conn.execute("PRAGMA table_info(session)")]
        assert "utc_offset_minutes" not in columns  # the ALTER TABLE was rolled back
        statuses = [row[0] for row in conn.execute("SELECT status FROM session ORDER BY id")]
        assert statuses == ["finished", "stopped", "running"]
    finally:
        conn.close()


def test_each_migration_runs_in_its_own_transaction(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure in migration 2's data step keeps migration 1 committed."""

    def failing_step(conn: sqlite3.Connection, tz: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    failing = history_module.Migration(2, "failing", history_module.MIGRATION_V2_SQL, failing_step)
    monkeypatch.setattr(history_module, "MIGRATIONS", (history_module.MIGRATIONS[0], failing))
    with pytest.raises(HistoryError, match="disk I/O error"):
        History.open(db_path)
    assert user_version(db_path) == 1
    monkeypatch.undo()
    with History.open(db_path) as history:
        assert history.sessions() == []
    assert user_version(db_path) == LATEST_VERSION


def test_newer_database_is_refused_and_not_touched(db_path: Path) -> None:
    with History.open(db_path) as history:
        add_session(history, datetime(2026, 3, 2, 7, 0, tzinfo=BERLIN))
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    files_before = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(HistoryTooNewError, match="newer version") as caught:
        History.open(db_path)
    assert str(LATEST_VERSION + 1) in str(caught.value)
    assert db_path.read_bytes() == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files_before


# ---- damaged and foreign files ---------------------------------------------------------


def test_a_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_text("These are my notes, not a database.\n" * 50)
    with pytest.raises(HistoryCorruptError, match="not a database"):
        History.open(db_path)


def test_a_damaged_database_is_refused(db_path: Path) -> None:
    with History.open(db_path) as history:
        for day in range(1, 29):
            add_session(history, datetime(2026, 2, day, 7, 0, tzinfo=BERLIN), reps=8)
    page_size = 4096
    assert db_path.stat().st_size > 6 * page_size
    with db_path.open("r+b") as handle:
        handle.seek(2 * page_size)
        handle.write(b"\xff" * (3 * page_size))
    with pytest.raises(HistoryCorruptError, match="damaged"):
        History.open(db_path)


@pytest.mark.parametrize(
    "setup",
    [
        "CREATE TABLE contacts (name TEXT)",  # another program's database, no version
        "PRAGMA application_id = 1234",  # marked as another program's
    ],
)
def test_another_programs_database_is_refused(db_path: Path, setup: str) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute(setup)
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(HistoryCorruptError, match="another program"):
        History.open(db_path)
    assert db_path.read_bytes() == before


def test_set_aside_keeps_the_broken_file_and_lets_the_app_start_afresh(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(b"garbage" * 100)
    Path(f"{db_path}-wal").write_bytes(b"log")
    with pytest.raises(HistoryCorruptError):
        History.open(db_path)
    moved = History.set_aside(db_path)
    assert re.fullmatch(r"history\.db\.broken-\d{8}-\d{6}", moved.name)
    assert moved.parent == db_path.parent
    assert moved.read_bytes() == b"garbage" * 100
    assert Path(f"{moved}-wal").read_bytes() == b"log"
    assert not db_path.exists()
    assert not Path(f"{db_path}-wal").exists()
    with History.open(db_path) as history:
        assert history.sessions() == []


def test_set_aside_never_overwrites_an_earlier_one(db_path: Path) -> None:
    db_path.parent.mkdir()
    now = datetime(2026, 12, 31, 23, 59, 59)
    db_path.write_bytes(b"first")
    first = History.set_aside(db_path, now=now)
    db_path.write_bytes(b"second")
    second = History.set_aside(db_path, now=now)
    assert first.name == "history.db.broken-20261231-235959"
    assert second != first
    assert first.read_bytes() == b"first"
    assert second.read_bytes() == b"second"


def test_set_aside_of_a_missing_file_is_a_history_error(db_path: Path) -> None:
    with pytest.raises(HistoryError, match="out of the way"):
        History.set_aside(db_path)
