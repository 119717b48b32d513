"""The training history: a small SQLite database of sessions, exercises and reps.

This module is Qt-free on purpose: ``hipflex history`` uses it and must start fast.

Times
    Every timestamp is stored as UTC ISO 8601 text of fixed width (so text order is time
    order). A session also stores the UTC offset, in minutes, that the computer had when the
    session started. The *local date* of a session is its UTC start plus that offset, so a
    later change of time zone or of daylight saving time never moves an old session to
    another day. Callers therefore pass **aware local times** for ``started_at``, e.g.
    ``datetime.now().astimezone()``; passing ``datetime.now(UTC)`` would file every session
    under its UTC date.

Goals
    Only sessions that ended as ``finished`` count towards the weekly goal, the weekly counts
    and the streak. ``stopped`` and ``interrupted`` sessions are kept and listed (the reps
    were done), but they do not count.

Atomicity
    Every write is one ``BEGIN IMMEDIATE`` … ``COMMIT`` transaction in WAL mode with
    ``synchronous=FULL``: a crash, a kill or a power cut at any moment loses at most the rep
    being written and never leaves a half-written session or a damaged file.

Errors
    Every SQLite or operating-system failure is raised as :class:`HistoryError` (or one of
    its subclasses) with a message fit to show to the user. Arguments that are wrong in
    themselves (a naive datetime, an unknown status, a rep number below 1) raise
    :class:`ValueError`, since they are programming errors.

Schema versions (``PRAGMA user_version``)
    1. First release: sessions, their planned exercises and one row per rep. Times in UTC
       only; local dates were taken from the computer's current time zone.
    2. Adds ``session.utc_offset_minutes`` (so local dates no longer move when the time zone
       changes; sessions from version 1 are given the offset that this computer's time
       zone had at their start, the best guess available) and the ``resume_point`` table
       for resuming a session after the app was closed or crashed.
    3. Adds what the progression from week to week needs: per exercise of a session the
       ladder step it was planned at (``step`` of ``steps``), its ``sets`` and its
       ``hold_seconds``, all ``NULL`` for older sessions; and the ``exercise_event`` table of
       what happened in an exercise besides its reps (a rep's phase skipped, a step repeated
       with Back, a switch to an easier or harder variant, the session stopped there); and
       the ``step_decision`` table: each time the person accepted or declined a suggested
       step, or chose one by hand (the latest accepted or chosen step is the one planned).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

from hipflex_desktop.core.session import SessionStatus

__all__ = [
    "APPLICATION_ID",
    "DECISION_KINDS",
    "END_STATUSES",
    "EVENT_KINDS",
    "LATEST_VERSION",
    "MIGRATIONS",
    "MIGRATION_V2_SQL",
    "MIGRATION_V3_SQL",
    "SCHEMA_V1_SQL",
    "SIDES",
    "STATUSES",
    "ExerciseRecord",
    "History",
    "HistoryCorruptError",
    "HistoryError",
    "HistoryTooNewError",
    "Migration",
    "PlannedStep",
    "ResumePoint",
    "SessionRecord",
    "StepDecision",
    "local_date_of",
    "streak_from_dates",
    "week_start",
    "weekly_counts_from_dates",
]

STATUSES: Final = tuple(SessionStatus)
"""Every status a session can have; ``running`` until it ends (the schema's CHECK lists the
same values)."""
END_STATUSES: Final = tuple(status for status in SessionStatus if status.ended)
"""The statuses a session can end with."""
SIDES: Final = ("right", "left")
"""The sides of a one-sided exercise; ``None`` stands for an exercise without sides."""

EVENT_KINDS: Final = ("skipped", "went_back", "easier", "harder", "stopped")
"""What :meth:`History.record_event` records about an exercise besides its reps (the schema's
CHECK lists the same values)."""

DECISION_KINDS: Final = ("accepted", "declined", "chosen")
"""How a person answered about an exercise's step (the schema's CHECK lists the same)."""

APPLICATION_ID: Final = 0x48464C58  # "HFLX": marks the file as a HipFlex history database.
_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_NO_SIDE: Final = "none"  # ``None`` in the API; a real value so the rep key stays unique.
_BUSY_TIMEOUT_MS: Final = 5000


class HistoryError(Exception):
    """The history database could not be read or written; the message says why."""


class HistoryTooNewError(HistoryError):
    """The database was written by a newer version of the app; it is left untouched."""


class HistoryCorruptError(HistoryError):
    """The file is not a HipFlex history database or is damaged.

    :meth:`History.set_aside` moves it out of the way so that the app can start afresh
    without losing it.
    """


# --------------------------------------------------------------------------------------
# Schema and migrations
# --------------------------------------------------------------------------------------

SCHEMA_V1_SQL: Final = f"""
PRAGMA application_id = {APPLICATION_ID};
CREATE TABLE session (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    ended_at      TEXT,
    pack_id       TEXT NOT NULL,
    pack_version  TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'running'
                  CHECK (status IN ('running', 'finished', 'stopped', 'interrupted'))
);
CREATE INDEX session_by_start ON session (started_at);
CREATE TABLE session_exercise (
    session_id            INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL CHECK (position >= 0),
    exercise_id           TEXT NOT NULL,
    name                  TEXT NOT NULL,
    variant               TEXT NOT NULL,
    reps_target_per_side  INTEGER NOT NULL CHECK (reps_target_per_side >= 0),
    PRIMARY KEY (session_id, exercise_id),
    UNIQUE (session_id, position)
) WITHOUT ROWID;
CREATE TABLE rep (
    session_id   INTEGER NOT NULL,
    exercise_id  TEXT NOT NULL,
    side         TEXT NOT NULL CHECK (side IN ('right', 'left', 'none')),
    rep          INTEGER NOT NULL CHECK (rep >= 1),
    variant      TEXT NOT NULL,
    at           TEXT NOT NULL,
    PRIMARY KEY (session_id, exercise_id, side, rep),
    FOREIGN KEY (session_id, exercise_id)
        REFERENCES session_exercise (session_id, exercise_id) ON DELETE CASCADE
) WITHOUT ROWID;
"""
"""Version 1, the first release's schema (kept so tests can build a version-1 database)."""

MIGRATION_V2_SQL: Final = """
ALTER TABLE session ADD COLUMN utc_offset_minutes INTEGER NOT NULL DEFAULT 0;
CREATE TABLE resume_point (
    session_id     INTEGER PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
    snapshot_json  TEXT NOT NULL,
    summary        TEXT NOT NULL,
    saved_at       TEXT NOT NULL
);
"""
"""Version 2: local UTC offset per session and the resume point."""

MIGRATION_V3_SQL: Final = """
ALTER TABLE session_exercise ADD COLUMN step INTEGER CHECK (step >= 1);
ALTER TABLE session_exercise ADD COLUMN steps INTEGER CHECK (steps >= step);
ALTER TABLE session_exercise ADD COLUMN sets INTEGER CHECK (sets >= 1);
ALTER TABLE session_exercise ADD COLUMN hold_seconds REAL CHECK (hold_seconds > 0);
CREATE TABLE exercise_event (
    session_id   INTEGER NOT NULL,
    exercise_id  TEXT NOT NULL,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('skipped', 'went_back', 'easier', 'harder', 'stopped')),
    at           TEXT NOT NULL,
    FOREIGN KEY (session_id, exercise_id)
        REFERENCES session_exercise (session_id, exercise_id) ON DELETE CASCADE
);
CREATE INDEX exercise_event_by_session ON exercise_event (session_id, exercise_id);
CREATE TABLE step_decision (
    id                  INTEGER PRIMARY KEY,
    pack_id             TEXT NOT NULL,
    exercise_id         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('accepted', 'declined', 'chosen')),
    step                INTEGER NOT NULL CHECK (step >= 1),
    previous            INTEGER CHECK (previous >= 1),
    reason              TEXT NOT NULL DEFAULT '',
    after_session       INTEGER NOT NULL DEFAULT 0,
    at                  TEXT NOT NULL,
    utc_offset_minutes  INTEGER NOT NULL
);
CREATE INDEX step_decision_by_exercise ON step_decision (pack_id, exercise_id, id);
"""
"""Version 3: the planned ladder step, sets and hold per exercise; what happened in it."""


def _backfill_offsets_v2(conn: sqlite3.Connection, legacy_tz: tzinfo | None) -> None:
    """Give version-1 sessions the offset this computer's zone had at their start.

    Version 1 did not record the offset; it showed each session on the date of the
    computer's zone at display time, so this keeps what the user saw before the upgrade.
    """
    rows = conn.execute("SELECT id, started_at FROM session").fetchall()
    for session_id, started_text in rows:
        started = _parse_utc(started_text)
        local = started.astimezone(legacy_tz) if legacy_tz is not None else started.astimezone()
        conn.execute(
            "UPDATE session SET utc_offset_minutes = ? WHERE id = ?",
            (_offset_minutes(local), session_id),
        )


@dataclass(frozen=True)
class Migration:
    """One schema step: the SQL, then an optional data step, in a single transaction."""

    version: int
    description: str
    sql: str
    data_step: Callable[[sqlite3.Connection, tzinfo | None], None] | None = None


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(1, "sessions, exercises and reps", SCHEMA_V1_SQL),
    Migration(
        2, "local UTC offset per session; resume point", MIGRATION_V2_SQL, _backfill_offsets_v2
    ),
    Migration(3, "ladder steps and what happened in each exercise", MIGRATION_V3_SQL),
)
"""Ordered migrations; a new database runs all of them, an old one the missing ones."""

LATEST_VERSION: Final = MIGRATIONS[-1].version


def _statements(script: str) -> Iterator[str]:
    """Split an SQL script into complete statements (``executescript`` would COMMIT)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement: {pending!r}")


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExerciseRecord:
    """One exercise of a session, as planned and as done.

    ``variant`` is the variant used for the most reps (ties go to the variant used last);
    when no rep was recorded it is the planned variant. ``variants_used`` lists the
    variants of the recorded reps in the order they were first used (empty without reps).
    ``reps_none`` counts the reps of an exercise without sides.
    """

    exercise_id: str
    name: str
    variant: str
    reps_target_per_side: int
    reps_right: int
    reps_left: int
    reps_none: int
    variants_used: tuple[str, ...]
    # From schema version 3; None for sessions recorded before it.
    step: int | None = None
    steps: int | None = None
    sets: int | None = None
    hold_seconds: float | None = None
    # How often each of EVENT_KINDS happened in the exercise (kinds that did not are left out).
    events: tuple[tuple[str, int], ...] = ()
    # The variant the exercise was planned in (``variant`` is the one used for most reps).
    planned_variant: str | None = None

    @property
    def total_reps(self) -> int:
        return self.reps_right + self.reps_left + self.reps_none

    def event_count(self, kind: str) -> int:
        return dict(self.events).get(kind, 0)

    @property
    def reps_per_side(self) -> int | None:
        """The reps per side of one set (None where the sets were not recorded)."""
        if self.sets is None:
            return None
        return self.reps_target_per_side // self.sets


@dataclass(frozen=True)
class StepDecision:
    """A person's answer about an exercise's step: ``accepted`` a suggested one, ``declined``
    it ("not yet", ``step`` then is the step kept), or ``chosen`` one by hand. ``previous`` is
    the step before; ``reason`` the rule's reason (empty for a choice by hand);
    ``after_session`` the newest session the suggestion had counted, so that it is not
    counted again. ``at`` is aware UTC and ``local_date`` the person's date then."""

    id: int
    pack_id: str
    exercise_id: str
    kind: str
    step: int
    previous: int | None
    reason: str
    after_session: int
    at: datetime
    local_date: date

    @property
    def changes_step(self) -> bool:
        return self.kind != "declined" and self.step != self.previous


@dataclass(frozen=True)
class PlannedStep:
    """How an exercise of a new session was planned on its ladder (see ``start_session``)."""

    step: int | None
    steps: int | None
    sets: int
    hold_seconds: float | None


@dataclass(frozen=True)
class SessionRecord:
    """One session. ``started_at``/``ended_at`` are aware UTC datetimes.

    ``utc_offset_minutes`` is the computer's offset when the session started and
    ``local_date`` the date there and then. ``ended_at`` is ``None`` while the session runs,
    and for an interrupted session without any recorded rep (the time it ended is unknown).
    """

    id: int
    started_at: datetime
    ended_at: datetime | None
    utc_offset_minutes: int
    local_date: date
    pack_id: str
    pack_version: str
    status: SessionStatus
    exercises: tuple[ExerciseRecord, ...]

    @property
    def counts_towards_goal(self) -> bool:
        """Only finished sessions count towards the weekly goal and the streak."""
        return self.status is SessionStatus.FINISHED

    @property
    def total_reps(self) -> int:
        return sum(exercise.total_reps for exercise in self.exercises)

    @property
    def local_zone(self) -> timezone:
        """The fixed offset the session was recorded in."""
        return timezone(timedelta(minutes=self.utc_offset_minutes))

    @property
    def started_local(self) -> datetime:
        return self.started_at.astimezone(self.local_zone)

    @property
    def ended_local(self) -> datetime | None:
        return None if self.ended_at is None else self.ended_at.astimezone(self.local_zone)


@dataclass(frozen=True)
class ResumePoint:
    """Where a running session can be resumed: the state machine's snapshot (opaque JSON),
    a line to show the user (e.g. "seated leg lifts, left side, rep 4 of 8") and when it
    was saved (aware UTC)."""

    session_id: int
    snapshot_json: str
    summary: str
    saved_at: datetime


# --------------------------------------------------------------------------------------
# Dates and weeks (pure functions: also usable without a database)
# --------------------------------------------------------------------------------------


def _require_aware(value: datetime, what: str) -> None:
    if not isinstance(value, datetime):
        raise TypeError(f"{what} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime (e.g. datetime.now().astimezone())")


def _utc_text(value: datetime) -> str:
    """Fixed-width UTC ISO text, so that text order is time order."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _parse_utc(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _offset_minutes(value: datetime) -> int:
    offset = value.utcoffset()
    assert offset is not None
    return round(offset.total_seconds() / 60)


def local_date_of(started_at_utc: datetime, utc_offset_minutes: int) -> date:
    """The local date of a session: its UTC start plus the offset recorded with it."""
    return (started_at_utc.astimezone(UTC) + timedelta(minutes=utc_offset_minutes)).date()


def week_start(day: date) -> date:
    """The Monday of the ISO week that ``day`` falls in (possibly in the previous year)."""
    return day - timedelta(days=day.weekday())


def weekly_counts_from_dates(
    dates: Iterable[date], *, weeks: int, today: date
) -> list[tuple[date, int]]:
    """(Monday, number of dates in that week) for the ``weeks`` weeks ending with the
    week of ``today``, oldest first, weeks without any date included with 0."""
    if weeks < 0:
        raise ValueError(f"weeks must not be negative, got {weeks}")
    counts = Counter(week_start(day) for day in dates)
    this_week = week_start(today)
    mondays = [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    return [(monday, counts[monday]) for monday in mondays]


def streak_from_dates(dates: Iterable[date], *, goal: int, today: date) -> int:
    """Consecutive weeks with at least ``goal`` dates.

    The streak ends with this week if this week already meets the goal; otherwise it ends
    with last week, since this week is still open. Weeks are stepped by seven days from
    their Mondays, so year ends and ISO years with 53 weeks need no special case.
    """
    if goal < 1:
        raise ValueError(f"the weekly goal must be at least 1, got {goal}")
    counts = Counter(week_start(day) for day in dates)
    week = week_start(today)
    if counts[week] < goal:
        week -= timedelta(weeks=1)
    streak = 0
    while counts[week] >= goal:
        streak += 1
        week -= timedelta(weeks=1)
    return streak


# --------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------


def _create_private_file(path: Path) -> None:
    """Create the missing directories (0700) and the database file (0600) if needed."""
    missing: list[Path] = []
    parent = path.parent
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    for directory in reversed(missing):
        with contextlib.suppress(FileExistsError):
            directory.mkdir(mode=0o700)
            directory.chmod(0o700)  # the umask may have taken bits away
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    # SQLite creates the -wal and -shm files with the mode of this file.
    path.chmod(0o600)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), or None when there is none."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _is_corruption(exc: BaseException) -> bool:
    """Whether SQLite says the file is damaged or not a database at all."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    return type(exc) is sqlite3.DatabaseError


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise HistoryCorruptError(f"{path} is not a database (it may have been overwritten).")


class History:
    """The history database. Open it with :meth:`open`; use it from one thread.

    It is a context manager (``with History.open(path) as history:``) and closes on exit.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        """Use :meth:`open`."""
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._file = _identity(path)
        self.generation = 0  # counts reopenings after the file was deleted or replaced

    # ---- opening and closing ---------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, legacy_tz: tzinfo | None = None, recover: bool = True) -> History:
        """Open (creating if needed) the database at ``path`` and bring it up to date.

        A new file is created with mode 0600 and missing directories with 0700. The
        database runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy
        timeout. Missing migrations are applied, each in its own transaction. Then any
        ``running`` session without a resume point (the app ended before it could save
        one) is marked ``interrupted``.

        ``legacy_tz`` is the zone assumed for sessions recorded by schema version 1, which
        did not record the UTC offset; by default this computer's zone.

        ``recover=False`` skips marking sessions interrupted. Anything that may run while
        the app has a session going (the ``hipflex history`` command) must pass it, or it
        could end the app's session in the moment between its start and its first resume
        point.

        Raises :class:`HistoryTooNewError` for a database of a newer app version (it is not
        touched), :class:`HistoryCorruptError` for a file that is not a HipFlex history
        database or is damaged (see :meth:`set_aside`) and :class:`HistoryError` for any
        other failure.
        """
        path = Path(path)
        try:
            _create_private_file(path)
            _check_header(path)
            conn = sqlite3.connect(path, isolation_level=None)
        except HistoryError:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"Could not open the history database {path}: {exc}") from exc
        try:
            cls._prepare(conn, path, legacy_tz)
        except BaseException:
            conn.close()
            raise
        history = cls(conn, path)
        if recover:
            try:
                history._interrupt_orphans()
            except BaseException:
                history.close()
                raise
        return history

    @staticmethod
    def _prepare(conn: sqlite3.Connection, path: Path, legacy_tz: tzinfo | None) -> None:
        try:
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            # Read-only checks first: a database we refuse must not be changed in any way.
            version, app_id, tables = History._identify(conn, path)
            if app_id not in (0, APPLICATION_ID):
                raise HistoryCorruptError(f"{path} is a database of another program.")
            if version > LATEST_VERSION:
                raise HistoryTooNewError(
                    f"The history database {path} was written by a newer version of"
                    f" HipFlex Desktop (schema version {version}; this version knows up to"
                    f" {LATEST_VERSION}). Please update the app; the file was left as it is."
                )
            if version == 0 and tables:
                raise HistoryCorruptError(f"{path} is a database of another program.")
            History._quick_check(conn, path)
            # WAL: readers (``hipflex history``) never block the running session, and a
            # commit is one append to the log. synchronous=FULL syncs the log at every
            # commit; NORMAL would be enough to survive the app being killed, but a power
            # cut could then drop the last reps the user saw counted. A commit happens
            # at most once per rep, seconds apart, so the cost of FULL is not noticeable.
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":  # e.g. a file system without shared memory
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            History._migrate(conn, path, version, legacy_tz)
        except HistoryError:
            raise
        except (OSError, sqlite3.Error) as exc:
            if _is_corruption(exc):
                raise HistoryCorruptError(
                    f"The history database {path} is damaged or not a database: {exc}"
                ) from exc
            raise HistoryError(f"Could not open the history database {path}: {exc}") from exc

    @staticmethod
    def _identify(conn: sqlite3.Connection, path: Path) -> tuple[int, int, int]:
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise HistoryCorruptError(
                    f"{path} is not a usable history database: {exc}"
                ) from exc
            raise HistoryError(f"Could not read the history database {path}: {exc}") from exc
        return version, app_id, tables

    @staticmethod
    def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
        try:
            problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.Error as exc:
            if _is_corruption(exc):
                raise HistoryCorruptError(f"The history database {path} is damaged: {exc}") from exc
            raise HistoryError(f"Could not check the history database {path}: {exc}") from exc
        if problems != ["ok"]:
            raise HistoryCorruptError(
                f"The history database {path} is damaged: {'; '.join(problems[:3])}"
            )

    @staticmethod
    def _migrate(
        conn: sqlite3.Connection, path: Path, version: int, legacy_tz: tzinfo | None
    ) -> None:
        for migration in MIGRATIONS:
            if migration.version <= version:
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Re-read inside the write lock: another app instance may have migrated.
                current = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if current < migration.version:
                    for statement in _statements(migration.sql):
                        conn.execute(statement)
                    if migration.data_step is not None:
                        migration.data_step(conn, legacy_tz)
                    conn.execute(f"PRAGMA user_version = {migration.version}")
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise HistoryError(
                        f"Could not update the history database {path} to schema version"
                        f" {migration.version} ({migration.description}): {exc}."
                        f" It was left at version {version}."
                    ) from exc
                raise
            version = migration.version

    def _interrupt_orphans(self) -> None:
        """Mark running sessions that have no resume point as interrupted.

        Their end is unknown; ``ended_at`` is set to the time of their last recorded rep,
        the last moment the app is known to have been running them (``NULL`` without reps).
        """
        with self._write("mark sessions left running as interrupted") as conn:
            conn.execute(
                """
                UPDATE session
                SET status = 'interrupted',
                    ended_at = (SELECT max(at) FROM rep WHERE rep.session_id = session.id)
                WHERE status = 'running'
                  AND id NOT IN (SELECT session_id FROM resume_point)
                """
            )

    def close(self) -> None:
        """Close the database; calling it again does nothing."""
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except sqlite3.Error as exc:
                raise HistoryError(f"Could not close the history database: {exc}") from exc

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._path

    @staticmethod
    def set_aside(path: Path, *, now: datetime | None = None) -> Path:
        """Rename a broken database to ``<name>.broken-YYYYmmdd-HHMMSS`` (local time).

        Its ``-wal``/``-shm``/``-journal`` companions move along under the new name, so the
        set-aside copy stays complete and a new database at ``path`` does not pick up a
        stale log. Returns the new path of the main file. Call it only while the database
        is not open.
        """
        path = Path(path)
        stamp = (now or datetime.now().astimezone()).strftime("%Y%m%d-%H%M%S")
        base = f"{path.name}.broken-{stamp}"
        target = path.with_name(base)
        counter = 1
        while any(
            Path(f"{target}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal")
        ):
            counter += 1
            target = path.with_name(f"{base}-{counter}")
        try:
            for suffix in ("-wal", "-shm", "-journal"):
                companion = Path(f"{path}{suffix}")
                if companion.exists():
                    companion.rename(f"{target}{suffix}")
            path.rename(target)
        except OSError as exc:
            raise HistoryError(f"Could not move {path} out of the way: {exc}") from exc
        return target

    # ---- transactions ----------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryError("The history database is closed.")
        if _identity(self._path) != self._file:
            self._reopen()
        return self._conn

    def _reopen(self) -> None:
        """The file at our path is not the one open: deleted (with its folder, perhaps) or
        replaced while the app runs. SQLite would go on writing into the deleted file and
        every later write would be lost unseen, so say so; once the folder is there again,
        carry on in the file found there (a new one if there is none)."""
        if not self._path.parent.is_dir():
            raise HistoryError(f"The history file {self._path} is gone: its folder was"
                               " deleted while the app was running.")
        fresh = History.open(self._path, recover=False)  # raises HistoryError
        old, self._conn = self._conn, fresh._conn
        fresh._conn = None
        self._file = fresh._file
        self.generation += 1
        if old is not None:
            with contextlib.suppress(sqlite3.Error):
                old.close()

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is committed, or none of it."""
        conn = self._connection()
        try:
            # IMMEDIATE takes the write lock up front, so a read-then-write cannot fail
            # half-way because another connection wrote in between.
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise HistoryError(f"Could not {action}: {exc}") from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise HistoryError(f"Could not {action}: {exc}") from exc
            raise

    @contextlib.contextmanager
    def _read(self, action: str) -> Iterator[sqlite3.Connection]:
        """One read transaction, so that several queries see the same state."""
        conn = self._connection()
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise HistoryError(f"Could not {action}: {exc}") from exc
        try:
            yield conn
        except sqlite3.Error as exc:
            raise HistoryError(f"Could not {action}: {exc}") from exc
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("COMMIT")

    @staticmethod
    def _running_status(conn: sqlite3.Connection, session_id: int) -> None:
        row = conn.execute("SELECT status FROM session WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise HistoryError(f"There is no session {session_id} in the history.")
        if row[0] != SessionStatus.RUNNING:
            raise HistoryError(f"Session {session_id} has already ended ({row[0]}).")

    @classmethod
    def _running_exercise(cls, conn: sqlite3.Connection, session_id: int,
                          exercise_id: str) -> None:
        """Raise unless the session is running and has this exercise."""
        cls._running_status(conn, session_id)
        known = conn.execute(
            "SELECT 1 FROM session_exercise WHERE session_id = ? AND exercise_id = ?",
            (session_id, exercise_id),
        ).fetchone()
        if known is None:
            raise HistoryError(f"Session {session_id} has no exercise {exercise_id!r}.")

    # ---- writing ---------------------------------------------------------------------

    def start_session(
        self,
        *,
        started_at: datetime,
        pack_id: str,
        pack_version: str,
        exercises: Sequence[tuple[str, str, str, int]],
        planned: Mapping[str, PlannedStep] | None = None,
    ) -> int:
        """Record a new running session and return its id.

        ``started_at`` must be an aware *local* time (``datetime.now().astimezone()``): its
        offset decides the session's local date for good. ``exercises`` are
        ``(exercise_id, name, planned variant, reps_target_per_side)`` in session order;
        exercise ids must be unique within the session. Any other session still running
        (one never resumed nor discarded) is marked ``interrupted`` in the same
        transaction, as only one session runs at a time. ``planned`` gives, per exercise id,
        its ladder step, sets and hold length.
        """
        _require_aware(started_at, "started_at")
        if not exercises:
            raise ValueError("a session needs at least one exercise")
        seen: set[str] = set()
        for exercise_id, _name, variant, target in exercises:
            if exercise_id in seen:
                raise ValueError(f"exercise {exercise_id!r} appears twice in the session")
            seen.add(exercise_id)
            if not variant:
                raise ValueError(f"exercise {exercise_id!r} has no variant")
            if isinstance(target, bool) or not isinstance(target, int) or target < 0:
                raise ValueError(f"exercise {exercise_id!r}: bad reps target {target!r}")
        with self._write("save the new session") as conn:
            conn.execute(
                """
                UPDATE session
                SET status = 'interrupted',
                    ended_at = (
                        SELECT max(coalesce(saved, last_rep), coalesce(last_rep, saved))
                        FROM (SELECT
                            (SELECT saved_at FROM resume_point
                             WHERE resume_point.session_id = session.id) AS saved,
                            (SELECT max(at) FROM rep
                             WHERE rep.session_id = session.id) AS last_rep))
                WHERE status = 'running'
                """
            )
            conn.execute(
                "DELETE FROM resume_point WHERE session_id NOT IN"
                " (SELECT id FROM session WHERE status = 'running')"
            )
            cursor = conn.execute(
                """
                INSERT INTO session (started_at, utc_offset_minutes, pack_id, pack_version,
                                     status)
                VALUES (?, ?, ?, ?, 'running')
                """,
                (_utc_text(started_at), _offset_minutes(started_at), pack_id, pack_version),
            )
            session_id = cursor.lastrowid
            assert session_id is not None
            conn.executemany(
                """
                INSERT INTO session_exercise (session_id, position, exercise_id, name, variant,
                                              reps_target_per_side, step, steps, sets,
                                              hold_seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    (session_id, position, exercise_id, name, variant, target,
                     *_planned_columns((planned or {}).get(exercise_id)))
                    for position, (exercise_id, name, variant, target) in enumerate(exercises)
                ],
            )
        return session_id

    def record_rep(
        self,
        session_id: int,
        exercise_id: str,
        *,
        variant: str,
        side: str | None,
        rep: int,
        at: datetime,
    ) -> None:
        """Record that rep number ``rep`` (from 1) of an exercise was done on ``side``
        (``"right"``, ``"left"`` or ``None`` for an exercise without sides).

        One transaction. Recording the same (session, exercise, side, rep) again — the user
        went back and redid it — replaces the earlier record (its variant and time) and
        never counts twice. The session must be running and the exercise part of it.
        The arguments after ``exercise_id`` are keyword-only, so side and rep cannot be
        swapped by accident.
        """
        _require_aware(at, "at")
        if side is not None and side not in SIDES:
            raise ValueError(f"side must be 'right', 'left' or None, got {side!r}")
        if isinstance(rep, bool) or not isinstance(rep, int) or rep < 1:
            raise ValueError(f"rep numbers start at 1, got {rep!r}")
        if not variant:
            raise ValueError("variant must not be empty")
        with self._write("save the rep") as conn:
            self._running_exercise(conn, session_id, exercise_id)
            conn.execute(
                """
                INSERT INTO rep (session_id, exercise_id, side, rep, variant, at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, exercise_id, side, rep)
                DO UPDATE SET variant = excluded.variant, at = excluded.at
                """,
                (session_id, exercise_id, side or _NO_SIDE, rep, variant, _utc_text(at)),
            )

    def record_event(self, session_id: int, exercise_id: str, kind: str, at: datetime) -> None:
        """Record that ``kind`` (one of EVENT_KINDS) happened in an exercise of a running
        session: a rep's phase skipped, a step repeated with Back, a switch to an easier or
        harder variant, or the session stopped in it. One transaction."""
        _require_aware(at, "at")
        if kind not in EVENT_KINDS:
            raise ValueError(f"kind must be one of {', '.join(EVENT_KINDS)}, got {kind!r}")
        with self._write("save what happened in the exercise") as conn:
            self._running_exercise(conn, session_id, exercise_id)
            conn.execute(
                "INSERT INTO exercise_event (session_id, exercise_id, kind, at)"
                " VALUES (?, ?, ?, ?)",
                (session_id, exercise_id, kind, _utc_text(at)),
            )

    def record_step_decision(
        self, *, pack_id: str, exercise_id: str, kind: str, step: int, previous: int | None,
        reason: str = "", after_session: int = 0, at: datetime,
    ) -> int:
        """Record a person's answer about an exercise's step (see :class:`StepDecision`);
        ``at`` is an aware local time. Returns the decision's id. One transaction."""
        _require_aware(at, "at")
        if kind not in DECISION_KINDS:
            raise ValueError(f"kind must be one of {', '.join(DECISION_KINDS)}, got {kind!r}")
        for name, value in (("step", step), ("previous", previous)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or value < 1):
                raise ValueError(f"{name} must be a step number from 1, got {value!r}")
        with self._write("save the step") as conn:
            cursor = conn.execute(
                """
                INSERT INTO step_decision (pack_id, exercise_id, kind, step, previous, reason,
                                           after_session, at, utc_offset_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                (pack_id, exercise_id, kind, step, previous, reason, after_session,
                 _utc_text(at), _offset_minutes(at)),
            )
            decision_id = cursor.lastrowid
        assert decision_id is not None
        return decision_id

    def undo_step_decision(self, pack_id: str, exercise_id: str) -> StepDecision | None:
        """Take back the latest answer about an exercise's step (its row is deleted, as if
        it had not been given) and return it; None when there is none."""
        with self._write("undo the step") as conn:
            row = conn.execute(
                f"SELECT {_DECISION_COLUMNS} FROM step_decision"
                " WHERE pack_id = ? AND exercise_id = ? ORDER BY id DESC LIMIT 1",
                (pack_id, exercise_id),
            ).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM step_decision WHERE id = ?", (row[0],))
        return _decision(row)

    def step_decisions(self, pack_id: str | None = None) -> list[StepDecision]:
        """Every answer about a step (of one pack, or all), oldest first."""
        with self._read("read the steps") as conn:
            rows = conn.execute(
                f"SELECT {_DECISION_COLUMNS} FROM step_decision"
                " WHERE ? IS NULL OR pack_id = ? ORDER BY id",
                (pack_id, pack_id),
            ).fetchall()
        return [_decision(row) for row in rows]

    def save_resume_point(
        self, session_id: int, snapshot_json: str, summary: str, at: datetime
    ) -> None:
        """Save where the running session can be resumed, replacing the previous point.

        ``snapshot_json`` is stored as given (the session state machine owns its format);
        ``summary`` is what the user is shown when offered to resume. One transaction.
        """
        _require_aware(at, "at")
        with self._write("save the resume point") as conn:
            self._running_status(conn, session_id)
            conn.execute(
                """
                INSERT INTO resume_point (session_id, snapshot_json, summary, saved_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (session_id) DO UPDATE SET snapshot_json = excluded.snapshot_json,
                    summary = excluded.summary, saved_at = excluded.saved_at
                """,
                (session_id, snapshot_json, summary, _utc_text(at)),
            )

    def finish_session(self, session_id: int, status: SessionStatus, ended_at: datetime) -> None:
        """End a running session as ``finished``, ``stopped`` or ``interrupted`` and clear
        its resume point, in one transaction. Ending a session twice is an error."""
        _require_aware(ended_at, "ended_at")
        if status not in END_STATUSES:
            raise ValueError(
                f"a session ends as one of {', '.join(END_STATUSES)}, not {status!r}")
        with self._write("save the end of the session") as conn:
            self._running_status(conn, session_id)
            conn.execute(
                "UPDATE session SET status = ?, ended_at = ? WHERE id = ?",
                (SessionStatus(status).value, _utc_text(ended_at), session_id),
            )
            conn.execute("DELETE FROM resume_point WHERE session_id = ?", (session_id,))

    def discard_resume_point(self, session_id: int, ended_at: datetime) -> None:
        """The user declined to resume: the session becomes ``interrupted``, its resume
        point is removed. ``ended_at`` is best given as :attr:`ResumePoint.saved_at`."""
        self.finish_session(session_id, SessionStatus.INTERRUPTED, ended_at)

    # ---- reading ---------------------------------------------------------------------

    def resume_point(self) -> ResumePoint | None:
        """The resume point of the most recently started running session, if any.

        Meant for the app's start: right after :meth:`open` only sessions that saved a
        resume point can still be running.
        """
        with self._read("read the resume point") as conn:
            row = conn.execute(
                """
                SELECT r.session_id, r.snapshot_json, r.summary, r.saved_at
                FROM resume_point AS r JOIN session AS s ON s.id = r.session_id
                WHERE s.status = 'running'
                ORDER BY s.started_at DESC, s.id DESC
                LIMIT 1
                """
            ).fetchone()
        if row is None:
            return None
        return ResumePoint(int(row[0]), str(row[1]), str(row[2]), _parse_utc(row[3]))

    def sessions(self, *, since: date | None = None,
                 last: int | None = None) -> list[SessionRecord]:
        """All sessions of any status, oldest first; with ``since``, only those whose local
        date is on or after it; with ``last``, only the newest ``last`` of them (the
        progression looks at recent sessions only, after each session)."""
        # Offsets lie within a day either way, so this bound keeps every candidate.
        bound = ""
        if since is not None and since > date.min + timedelta(days=1):
            bound = _utc_text(datetime.combine(since - timedelta(days=1), time(), UTC))
        with self._read("read the sessions") as conn:
            if last is not None:
                row = conn.execute(
                    "SELECT started_at FROM session ORDER BY started_at DESC, id DESC"
                    " LIMIT 1 OFFSET ?", (max(last, 1) - 1,)).fetchone()
                if row is not None:
                    bound = max(bound, str(row[0]))
            session_rows = conn.execute(
                """
                SELECT id, started_at, ended_at, utc_offset_minutes, pack_id, pack_version,
                       status
                FROM session WHERE started_at >= ? ORDER BY started_at, id
                """,
                (bound,),
            ).fetchall()
            exercise_rows = conn.execute(
                """
                SELECT e.session_id, e.exercise_id, e.name, e.variant, e.reps_target_per_side,
                       e.step, e.steps, e.sets, e.hold_seconds
                FROM session_exercise AS e JOIN session AS s ON s.id = e.session_id
                WHERE s.started_at >= ?
                ORDER BY e.session_id, e.position
                """,
                (bound,),
            ).fetchall()
            rep_rows = conn.execute(
                """
                SELECT r.session_id, r.exercise_id, r.side, r.variant, count(*), min(r.at),
                       max(r.at)
                FROM rep AS r JOIN session AS s ON s.id = r.session_id
                WHERE s.started_at >= ?
                GROUP BY r.session_id, r.exercise_id, r.side, r.variant
                """,
                (bound,),
            ).fetchall()
            event_rows = conn.execute(
                """
                SELECT v.session_id, v.exercise_id, v.kind, count(*)
                FROM exercise_event AS v JOIN session AS s ON s.id = v.session_id
                WHERE s.started_at >= ?
                GROUP BY v.session_id, v.exercise_id, v.kind
                ORDER BY v.kind
                """,
                (bound,),
            ).fetchall()
        exercises = _build_exercises(exercise_rows, rep_rows, event_rows)
        records = []
        for sid, started, ended, offset, pack_id, pack_version, status in session_rows:
            started_at = _parse_utc(started)
            local = local_date_of(started_at, int(offset))
            if since is not None and local < since:
                continue
            records.append(
                SessionRecord(
                    id=int(sid),
                    started_at=started_at,
                    ended_at=None if ended is None else _parse_utc(ended),
                    utc_offset_minutes=int(offset),
                    local_date=local,
                    pack_id=str(pack_id),
                    pack_version=str(pack_version),
                    status=SessionStatus(status),
                    exercises=tuple(exercises.get(int(sid), [])),
                )
            )
        return records

    def _finished_dates(self) -> list[date]:
        with self._read("read the finished sessions") as conn:
            rows = conn.execute(
                "SELECT started_at, utc_offset_minutes FROM session WHERE status = 'finished'"
            ).fetchall()
        return [local_date_of(_parse_utc(started), int(offset)) for started, offset in rows]

    def weekly_counts(self, *, weeks: int, today: date) -> list[tuple[date, int]]:
        """(Monday, finished sessions) for each of the last ``weeks`` ISO weeks of local
        dates, ending with the week of ``today``, oldest first, empty weeks included."""
        return weekly_counts_from_dates(self._finished_dates(), weeks=weeks, today=today)

    def current_streak(self, *, goal: int, today: date) -> int:
        """Consecutive weeks with at least ``goal`` finished sessions, ending with this
        week if it already meets the goal, else with last week (this week is still open)."""
        return streak_from_dates(self._finished_dates(), goal=goal, today=today)

    def variant_timeline(self) -> dict[str, list[tuple[date, str]]]:
        """Per exercise id: (local date, variant used for most reps) for each session, of
        any status, in which at least one rep of it was recorded; oldest first."""
        timeline: dict[str, list[tuple[date, str]]] = {}
        for session in self.sessions():
            for exercise in session.exercises:
                if exercise.total_reps:
                    timeline.setdefault(exercise.exercise_id, []).append(
                        (session.local_date, exercise.variant)
                    )
        return timeline

    def last_session_date(self) -> date | None:
        """The latest local date of a finished session, or ``None`` if there is none."""
        return max(self._finished_dates(), default=None)


_DECISION_COLUMNS: Final = ("id, pack_id, exercise_id, kind, step, previous, reason,"
                            " after_session, at, utc_offset_minutes")


def _decision(row: Sequence[Any]) -> StepDecision:
    at = _parse_utc(row[8])
    return StepDecision(
        id=int(row[0]), pack_id=str(row[1]), exercise_id=str(row[2]), kind=str(row[3]),
        step=int(row[4]), previous=None if row[5] is None else int(row[5]),
        reason=str(row[6]), after_session=int(row[7]), at=at,
        local_date=local_date_of(at, int(row[9])),
    )


def _planned_columns(
    planned: PlannedStep | None,
) -> tuple[int | None, int | None, int | None, float | None]:
    if planned is None:
        return (None, None, None, None)
    if planned.step is not None and not (
        planned.steps is not None and 1 <= planned.step <= planned.steps
    ):
        raise ValueError(f"step {planned.step} of {planned.steps} is not a step")
    if planned.sets < 1:
        raise ValueError(f"sets must be at least 1, got {planned.sets}")
    return (planned.step, planned.steps if planned.step is not None else None, planned.sets,
            planned.hold_seconds)


def _build_exercises(
    exercise_rows: Sequence[Any], rep_rows: Sequence[Any], event_rows: Sequence[Any] = ()
) -> dict[int, list[ExerciseRecord]]:
    events: dict[tuple[int, str], list[tuple[str, int]]] = {}
    for sid, exercise_id, kind, count in event_rows:
        events.setdefault((int(sid), str(exercise_id)), []).append((str(kind), int(count)))
    by_side: Counter[tuple[int, str, str]] = Counter()
    by_variant: dict[tuple[int, str], dict[str, list[Any]]] = {}
    for sid, exercise_id, side, variant, count, first_at, last_at in rep_rows:
        key = (int(sid), str(exercise_id))
        by_side[(*key, str(side))] += int(count)
        entry = by_variant.setdefault(key, {}).setdefault(str(variant), [0, first_at, last_at])
        entry[0] += int(count)
        entry[1] = min(entry[1], first_at)
        entry[2] = max(entry[2], last_at)
    result: dict[int, list[ExerciseRecord]] = {}
    for sid, exercise_id, name, planned, target, step, steps, sets, hold in exercise_rows:
        key = (int(sid), str(exercise_id))
        variants = by_variant.get(key, {})
        used = tuple(sorted(variants, key=lambda v: (variants[v][1], v)))
        main = (
            max(variants, key=lambda v: (variants[v][0], variants[v][2], v))
            if variants
            else str(planned)
        )
        result.setdefault(key[0], []).append(
            ExerciseRecord(
                exercise_id=key[1],
                name=str(name),
                variant=main,
                reps_target_per_side=int(target),
                reps_right=by_side[(*key, "right")],
                reps_left=by_side[(*key, "left")],
                reps_none=by_side[(*key, _NO_SIDE)],
                variants_used=used,
                step=None if step is None else int(step),
                steps=None if steps is None else int(steps),
                sets=None if sets is None else int(sets),
                hold_seconds=None if hold is None else float(hold),
                events=tuple(events.get(key, ())),
                planned_variant=str(planned),
            )
        )
    return result
