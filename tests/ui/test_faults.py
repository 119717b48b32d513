"""Faults of the machine during a session, through the whole app (AppShell over a temporary data
folder, the fake clock and fake timers).

- The laptop sleeps mid-hold: where the monotonic clock does not stop in suspend it jumps; the
  session pauses where the app last looked, with the remaining time exact, and goes on from
  there when the person resumes (docs/faults.md says what they see).
- The wall clock changes (by hand, by daylight saving time, by travelling to another time zone):
  no step ends a moment earlier or later, and the history files the session under the local
  date it started on, with the UTC offset it started with.
- The data folder becomes read-only, full, deleted or its history replaced: the session runs to
  its end, the person is told once, and what could be kept is kept; when the folder is back,
  the next writes work.
"""

from __future__ import annotations

import errno
import json
import math
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import PlanOptions, Segment, SegmentKind
from hipflex_desktop.core.session import Event, EventKind
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History, SessionRecord
from hipflex_desktop.store.settings import AppSettings
from hipflex_desktop.ui import recorder as recorder_module
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.shell import AppShell
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.helpers import press

pytestmark = pytest.mark.qt_log_ignore(
    # The offscreen platform warns about every dialog it shows.
    r"This plugin does not support (propagateSizeHints|raise)",
    # Sounds load after the window shows; a machine without an audio server says so.
    "PulseAudioService: pa_context_connect", "QSoundEffect: playback of this format",
    # Qt Multimedia loads with the first sound and says which audio back-ends it lacks.
    "Couldn't (load|resolve) pipewire",
)

HISTORY_LOST = "Your history could not be saved"


def start_short(shell: AppShell) -> None:
    """One rep a side of the banded march (5 s lead-in, 1.5 s up, 1.5 s hold, 2.5 s down)."""
    page = shell.window.setup_page
    page.reps.setValue(1)
    page.sets.setValue(1)
    page.lead_in.setValue(5)
    for row in page._rows:
        row.check.setChecked(row.exercise.id == "banded-psoas-march")
    page.request_start()
    assert shell.controller.running


def current(shell: AppShell) -> Segment:
    session = shell.controller.session
    assert session is not None
    return session.current


def run_until(shell: AppShell, timers: FakeTimers, done: Callable[[], bool],
              limit: float = 600.0) -> None:
    end = timers.clock.now() + limit
    while not done():
        assert timers.clock.now() < end, "the session never got there"
        assert shell.controller.active, "the session ended first"
        timers.run_for(0.05, step=0.033)


def run_to_end(shell: AppShell, timers: FakeTimers, limit: float = 600.0) -> None:
    end = timers.clock.now() + limit
    while shell.controller.active:
        assert timers.clock.now() < end, "the session never ended"
        timers.run_for(0.5, step=0.033)


def on_the_left(shell: AppShell) -> bool:
    """The march alternates: the left side's rep has started (the right one is done)."""
    return current(shell).side is Side.LEFT


def record_events(shell: AppShell) -> list[Event]:
    events: list[Event] = []
    shell.controller.event_occurred.connect(events.append)
    return events


def chained_boundaries(segments: tuple[Segment, ...], start: float) -> list[float]:
    """When each segment starts if none is skipped or paused: the same additions the session
    makes, so a boundary that moved shows as inequality, not rounding."""
    starts = [start]
    for seg in segments[:-1]:
        starts.append(starts[-1] + seg.seconds)
    return starts


def only_session(shell: AppShell) -> SessionRecord:
    assert shell.history is not None
    (record,) = shell.history.sessions()
    return record


def reps(record: SessionRecord) -> tuple[int, int]:
    (exercise,) = record.exercises
    return exercise.reps_right, exercise.reps_left


# -- the machine sleeps -------------------------------------------------------------------------


def test_a_sleep_mid_hold_pauses_where_the_app_last_looked_and_goes_on_from_there(
        qtbot: QtBot, make_shell: MakeShell, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    trace = tmp_path / "trace.jsonl"
    shell = make_shell(trace_path=trace)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    events = record_events(shell)
    looks: list[tuple[float, float]] = []  # every time the app looked: (clock, remaining)
    shell.controller.time_changed.connect(
        lambda: looks.append((clock.now(), shell.controller.remaining())))
    start_short(shell)
    run_until(shell, timers, lambda: current(shell).kind is SegmentKind.HOLD)
    hold = current(shell)
    timers.run_for(0.6, step=0.033)
    last_look, remaining = looks[-1]
    assert 0 < remaining < hold.seconds

    clock.advance(3600.0)  # the lid is closed for an hour; this clock kept counting
    timers.fire_due()  # the first wake-up after it
    assert shell.controller.paused
    assert current(shell) == hold
    assert shell.controller.remaining() == remaining  # exactly where the app last looked
    assert [e.kind for e in events[-2:]] == [EventKind.STALLED, EventKind.PAUSED]
    assert not any(e.kind is EventKind.REP_COMPLETED and e.at > last_look for e in events)
    assert timers.active() == []  # nothing ticks while paused
    page = shell.window.session_page
    assert page.paused_shown and page.pause.text() == "Resume"
    stalled = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()
               if '"stalled"' in line]
    assert len(stalled) == 1 and float(stalled[0]["detail"]) >= 3600.0
    # The point to resume from, should the app be closed now, is that same moment.
    assert shell.history is not None
    point = shell.history.resume_point()
    assert point is not None
    assert point.summary == "banded psoas march, right side, rep 1 of 1"
    assert json.loads(point.snapshot_json)["session"]["elapsed"] == pytest.approx(
        hold.seconds - remaining, abs=1e-9)

    clock.advance(600.0)  # ten minutes to find the mat again
    assert timers.fire_due() == 0
    assert shell.controller.remaining() == remaining
    press(qtbot, shell.window, Qt.Key.Key_Space)
    assert shell.controller.running
    resumed_at = clock.now()
    assert shell.controller.remaining() == pytest.approx(remaining, abs=1e-9)
    deadline = timers.named("deadline").due_at
    assert deadline == pytest.approx(resumed_at + remaining, abs=0.0015)
    run_until(shell, timers, lambda: current(shell).index == hold.index + 1)
    started = [e for e in events if e.kind is EventKind.SEGMENT_STARTED]
    assert started[-1].at == pytest.approx(resumed_at + remaining, abs=1e-9)

    run_to_end(shell, timers)
    assert shell.window.current_page() is shell.window.summary_page
    record = only_session(shell)
    assert record.status == "finished"
    assert reps(record) == (1, 1)


def test_a_sleep_in_the_lead_in_keeps_the_countdown_in_order(
        make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    shell = make_shell()
    ticks: list[tuple[int, float]] = []
    shell.controller.countdown_ticked.connect(
        lambda mark: ticks.append((mark, shell.controller.remaining())))
    looks: list[float] = []
    shell.controller.time_changed.connect(lambda: looks.append(shell.controller.remaining()))
    start_short(shell)
    timers.run_for(1.2, step=0.033)  # about 3.8 s of the lead-in left: no tick yet
    assert ticks == []
    last_look = looks[-1]
    assert 3.5 < last_look < 4.0
    clock.advance(7200.0)
    timers.fire_due()
    assert shell.controller.paused
    assert current(shell).kind is SegmentKind.PREPARE
    remaining = shell.controller.remaining()
    assert remaining == last_look
    shell.controller.resume()
    run_until(shell, timers, lambda: current(shell).kind is not SegmentKind.PREPARE)
    # 3, 2, 1, each once and on time, counted from the resume.
    assert [mark for mark, _ in ticks] == [3, 2, 1]
    for mark, left in ticks:
        assert left == pytest.approx(mark, abs=0.002)
    shell.controller.stop()


def test_short_gaps_are_no_sleep_and_move_no_boundary(
        make_shell: MakeShell, clock: FakeClock, timers: FakeTimers) -> None:
    # A busy machine wakes the app late, up to just under the stall limit: nothing pauses and
    # every step still starts at its exact boundary.
    shell = make_shell()
    events = record_events(shell)
    start_short(shell)
    session = shell.controller.session
    assert session is not None
    start = events[0].at
    while shell.controller.active:
        clock.advance(2.9)  # every look comes 2.9 s late
        timers.fire_due()
    assert not any(e.kind is EventKind.STALLED for e in events)
    started = {e.index: e.at for e in events if e.kind is EventKind.SEGMENT_STARTED}
    assert started == dict(enumerate(chained_boundaries(session.segments, start)))
    assert reps(only_session(shell)) == (1, 1)


def test_a_countdown_mark_a_rounding_error_away_still_ticks(
        qtbot: QtBot, clock: FakeClock, timers: FakeTimers) -> None:
    # The session starts one step of floating point after 1023 s: its 3 s lead-in ends at
    # 1026.0 (rounded), the wake-up for "2" comes at 1024.0, and there the time left,
    # 3 - (1024.0 - start), is 2.0000000000001: a hair above the mark. That wake-up must find
    # the mark due, not ask to be woken again at once, for ever while the clock stands still.
    clock.set(math.nextafter(1023.0, math.inf))
    pack = load_pack_or_raise(builtin_pack_path())
    controller = SessionController(clock, timers.factory, frame_ms=60_000)  # deadlines only
    ticks: list[int] = []
    controller.countdown_ticked.connect(ticks.append)
    controller.begin(pack, PlanOptions(exercises=("banded-psoas-march",), lead_in_seconds=3))
    timers.run_for(3.5, step=3.5)
    assert ticks == [2, 1]
    assert controller.session is not None and controller.session.index == 1
    controller.stop()


# -- the wall clock changes ---------------------------------------------------------------------


class Wall:
    """The wall clock: runs with the session's clock, and jumps when the test says so."""

    def __init__(self, clock: FakeClock, start: datetime) -> None:
        self._clock = clock
        self._origin = clock.now()
        self._start = start.timestamp()
        self.jumped = 0.0

    def timestamp(self) -> float:
        return self._start + (self._clock.now() - self._origin) + self.jumped


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> Wall:
    """``datetime.now()`` for the history and ``time.time()`` follow a :class:`Wall`."""
    wall = Wall(clock, datetime(2025, 6, 1, 12, 0, tzinfo=UTC))

    class WallDatetime(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> WallDatetime:
            return cls.fromtimestamp(wall.timestamp(), tz)  # local time, as the real one

    monkeypatch.setattr(recorder_module, "datetime", WallDatetime)
    monkeypatch.setattr(time, "time", wall.timestamp)
    return wall


@pytest.mark.parametrize("jumps", [
    (86400.0, 0.0),  # a day forward (a wrong date put right)
    (-7200.0, 0.0),  # two hours back, by hand
    (3600.0, -3600.0),  # forward and back again
], ids=["day-forward", "hours-back", "forward-and-back"])
def test_a_wall_clock_change_moves_no_boundary(
        make_shell: MakeShell, timers: FakeTimers, wall: Wall,
        jumps: tuple[float, float]) -> None:
    shell = make_shell()
    events = record_events(shell)
    start_short(shell)
    session = shell.controller.session
    assert session is not None
    start = events[0].at
    run_until(shell, timers, lambda: current(shell).kind is SegmentKind.HOLD)
    wall.jumped += jumps[0]  # mid-hold
    run_until(shell, timers, lambda: on_the_left(shell))
    wall.jumped += jumps[1]
    run_to_end(shell, timers)
    assert not any(e.kind in (EventKind.STALLED, EventKind.PAUSED) for e in events)
    started = {e.index: e.at for e in events if e.kind is EventKind.SEGMENT_STARTED}
    assert started == dict(enumerate(chained_boundaries(session.segments, start)))
    record = only_session(shell)
    assert record.status == "finished" and reps(record) == (1, 1)
    assert record.started_at == datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    assert record.ended_at is not None
    # The end is the wall clock's word, jumps included; the start and its date stay.
    took = session.total_seconds
    expected_end = record.started_at + timedelta(seconds=took + sum(jumps))
    assert abs((record.ended_at - expected_end).total_seconds()) < 0.1
    assert record.local_date == record.started_local.date()


@pytest.fixture
def zone() -> Iterator[Callable[[str], None]]:
    """Sets the process's time zone (TZ, POSIX rules: no zone database needed)."""
    old = os.environ.get("TZ")

    def set_zone(rule: str) -> None:
        os.environ["TZ"] = rule
        time.tzset()

    yield set_zone
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"
TOKYO = "JST-9"
BERLIN = "CET-1CEST,M3.5.0,M10.5.0/3"


class ZoneCase(NamedTuple):
    start_zone: str
    start_utc: datetime
    end_zone: str
    day: date  # the local date the session is filed under
    offset: int  # its UTC offset, in minutes
    clock_time: str  # the local time it started, as shown


ZONE_CASES = {
    # Late in the evening in New York, then the zone becomes Tokyo's (a traveller's laptop):
    # already the next afternoon there. The session stays on the evening it started.
    "new-york-to-tokyo": ZoneCase(NEW_YORK, datetime(2025, 6, 2, 3, 59, 50, tzinfo=UTC), TOKYO,
                                  date(2025, 6, 1), -240, "23:59:50"),
    # Daylight saving time starts in Berlin during the session (02:00 → 03:00).
    "berlin-summer-time": ZoneCase(BERLIN, datetime(2025, 3, 30, 0, 59, 50, tzinfo=UTC), BERLIN,
                                   date(2025, 3, 30), 60, "01:59:50"),
    # New Year's Eve in Tokyo: it ends in the new year, and counts in the week it started.
    "tokyo-new-year": ZoneCase(TOKYO, datetime(2025, 12, 31, 14, 59, 50, tzinfo=UTC), TOKYO,
                               date(2025, 12, 31), 540, "23:59:50"),
}


@pytest.mark.parametrize("case", ZONE_CASES.values(), ids=ZONE_CASES.keys())
def test_the_history_keeps_the_date_and_offset_the_session_started_with(
        make_shell: MakeShell, timers: FakeTimers, wall: Wall,
        zone: Callable[[str], None], case: ZoneCase) -> None:
    start_zone, start_utc, end_zone, day, offset, clock_time = case
    zone(start_zone)
    wall._start = start_utc.timestamp()
    shell = make_shell()
    events = record_events(shell)
    start_short(shell)
    session = shell.controller.session
    assert session is not None
    run_until(shell, timers, lambda: current(shell).kind is SegmentKind.HOLD)
    zone(end_zone)
    run_to_end(shell, timers)
    started = {e.index: e.at for e in events if e.kind is EventKind.SEGMENT_STARTED}
    assert started == dict(enumerate(chained_boundaries(session.segments, events[0].at)))

    record = only_session(shell)
    assert record.status == "finished"
    assert record.started_at == start_utc
    assert record.utc_offset_minutes == offset
    assert record.local_date == day
    assert record.started_local.strftime("%H:%M:%S") == clock_time
    assert record.ended_at is not None  # the zone's change did not stretch the session
    took = (record.ended_at - record.started_at).total_seconds()
    assert took == pytest.approx(session.total_seconds, abs=0.1)
    assert shell.history is not None
    assert shell.history.last_session_date() == day
    monday = day - timedelta(days=day.weekday())
    assert shell.history.weekly_counts(weeks=1, today=day) == [(monday, 1)]


# -- the data folder fails ------------------------------------------------------------------------


class FailingConnection:
    """The history's SQLite connection, as a full or read-only disk makes it: every write
    transaction fails to begin while ``failing`` (reads still work)."""

    def __init__(self, real: sqlite3.Connection, error: Exception) -> None:
        self._real = real
        self.error = error
        self.failing = True
        self.refused = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if self.failing and sql.startswith("BEGIN IMMEDIATE"):
            self.refused += 1
            raise self.error
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def break_history(shell: AppShell, error: Exception) -> FailingConnection:
    history = shell.history
    assert history is not None
    failing = FailingConnection(history._conn, error)  # type: ignore[arg-type]
    history._conn = failing  # type: ignore[assignment]
    return failing


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def notices_of(shell: AppShell) -> list[str]:
    told: list[str] = []
    shell.recorder.history_failed.connect(told.append)
    return told


@pytest.mark.parametrize("error", [
    sqlite3.OperationalError("attempt to write a readonly database"),
    sqlite3.OperationalError("database or disk is full"),
    OSError(errno.ENOSPC, "No space left on device"),
], ids=["read-only", "full", "no-space"])
@pytest.mark.parametrize("comes_back", [False, True], ids=["stays", "comes-back"])
def test_a_history_that_cannot_be_written_mid_session(
        make_shell: MakeShell, timers: FakeTimers, tmp_path: Path, *,
        error: Exception, comes_back: bool) -> None:
    trace = tmp_path / "trace.jsonl"
    shell = make_shell(trace_path=trace)
    told = notices_of(shell)
    start_short(shell)
    run_until(shell, timers, lambda: on_the_left(shell))
    assert reps(only_session(shell)) == (1, 0)  # the right side's rep is saved
    failing = break_history(shell, error)
    run_until(shell, timers, lambda: current(shell).kind is SegmentKind.HOLD)
    assert failing.refused > 0
    assert len(told) == 1
    assert str(error) in told[0]
    assert HISTORY_LOST in shell.window.statusBar().currentMessage()
    if comes_back:
        failing.failing = False  # space was freed, or the disk was remounted
    run_to_end(shell, timers)
    assert len(told) == 1  # told once, however many writes failed
    assert shell.window.current_page() is shell.window.summary_page
    assert '"session_finished"' in trace.read_text(encoding="utf-8")  # the trace went on
    failing.failing = False
    record = only_session(shell)
    if comes_back:
        assert record.status == "finished"
        assert reps(record) == (1, 1)
    else:
        # Kept: the session and its first rep. The end could not be written; it is tried
        # again when the app closes.
        assert record.status == "running"
        assert reps(record) == (1, 0)
        shell.window.close()
        with History.open(shell.paths.history_file, recover=False) as history:
            (again,) = history.sessions()
        assert again.status == "finished"


@pytest.mark.parametrize("back_by", ["restored", "settings-saved"])
def test_the_data_folder_deleted_mid_session(
        make_shell: MakeShell, timers: FakeTimers, data_dir: Path, tmp_path: Path, *,
        wall: Wall, back_by: str) -> None:
    trace = tmp_path / "trace.jsonl"
    shell = make_shell(trace_path=trace)
    told = notices_of(shell)
    start_short(shell)
    run_until(shell, timers, lambda: on_the_left(shell))
    shutil.rmtree(data_dir)  # a clean-up tool, or the person, removes the whole folder

    run_until(shell, timers, lambda: current(shell).kind is SegmentKind.HOLD)
    assert len(told) == 1
    assert "folder was deleted" in told[0]
    assert HISTORY_LOST in shell.window.statusBar().currentMessage()
    assert not data_dir.exists()  # the history does not make it again behind their back
    if back_by == "restored":
        data_dir.mkdir(mode=0o700)
    else:
        # A change of settings is saved at once: the folder is made again, user-only.
        shell.window.act_mute.trigger()
        assert mode(data_dir) == 0o700
        assert mode(data_dir / "settings.ini") == 0o600
    run_to_end(shell, timers)
    assert len(told) == 1
    assert shell.window.current_page() is shell.window.summary_page
    shell.window.close()
    # The next writes worked: the rest of the session, and the settings, are in the folder.
    with History.open(data_dir / "history.db", recover=False) as history:
        (record,) = history.sessions()
    assert record.status == "finished"
    assert reps(record) == (0, 1)  # the right side's rep went with the deleted folder
    # Its row in the new file keeps the time the session started, not when the folder came back.
    assert record.started_at == datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    assert AppSettings(data_dir / "settings.ini").sound.muted is (back_by != "restored")
    for path in (data_dir, *data_dir.iterdir()):
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_the_history_file_replaced_by_a_folder_mid_session(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers, data_dir: Path) -> None:
    shell = make_shell()
    told = notices_of(shell)
    start_short(shell)
    run_until(shell, timers, lambda: on_the_left(shell))
    for name in ("history.db", "history.db-wal", "history.db-shm"):
        (data_dir / name).unlink(missing_ok=True)
    (data_dir / "history.db").mkdir()  # something else took its name
    shell.window.act_mute.trigger()
    run_to_end(shell, timers)
    assert len(told) == 1
    assert "history.db" in told[0]
    assert shell.window.current_page() is shell.window.summary_page
    shell.window.close()
    # What could be kept is: the settings went on being saved beside it.
    assert (data_dir / "history.db").is_dir()
    assert AppSettings(data_dir / "settings.ini").sound.muted
