"""The whole app over a temporary data folder, the fake clock and fake timers.

Settings survive a restart; damaged or newer files are set aside with a message; a session cut
short (the app crashed) is offered again at the next start, exactly where it was, and can be
resumed to its end or discarded; the weekly schedule goes to a calendar file; reminders come
once a day when no session was done; and the data folder is the person's only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.core.session import State
from hipflex_desktop.cues.missing_outputs import NO_SOUND_NO_SPEECH, NO_SPEECH, notice_text
from hipflex_desktop.cues.screensaver import INTERFACE, PATH, SERVICE
from hipflex_desktop.cues.speech import NO_ENGINE
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History
from hipflex_desktop.store.settings import AppSettings, HabitSettings
from hipflex_desktop.ui.reminders import ReminderService
from hipflex_desktop.ui.shell import AppShell, default_speech
from tests.cues.conftest import private_session_bus  # noqa: F401 - a fixture used here
from tests.cues.test_screensaver import FakeScreenSaver
from tests.fakes import FakeTimers
from tests.ui.conftest import MakeShell
from tests.ui.helpers import copy_pack, press

EXERCISES = ("banded-psoas-march", "seated-leg-lifts", "elevated-bridge-march")
pytestmark = pytest.mark.qt_log_ignore(
    # The offscreen platform warns about every dialog it shows.
    r"This plugin does not support (propagateSizeHints|raise)",
    # Sounds load after the window shows; a machine without an audio server says so.
    "PulseAudioService: pa_context_connect", "QSoundEffect: playback of this format",
)

def run_to_end(shell: AppShell, timers: FakeTimers, limit: float = 2000) -> None:
    end = timers.clock.now() + limit
    while shell.controller.active:
        assert timers.clock.now() < end, "the session never ended"
        timers.run_for(0.5, step=0.25)


def current(shell: AppShell) -> Segment:
    session = shell.controller.session
    assert session is not None
    return session.current


def short_session(shell: AppShell) -> None:
    """One rep a side of the first exercise only, as a person sets it up."""
    page = shell.window.setup_page
    page.reps.setValue(1)
    page.sets.setValue(1)
    page.lead_in.setValue(5)
    for row in page._rows:
        row.check.setChecked(row.exercise.id == "banded-psoas-march")


def button(box: QMessageBox, text: str) -> QAbstractButton:
    found = [b for b in box.buttons() if b.text() == text]
    assert len(found) == 1, [b.text() for b in box.buttons()]
    return found[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- a staged start ------------------------------------------------------------------------------

FIRST_PAINT_PROBE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from hipflex_desktop.ui.shell import AppShell

app = QApplication([])
shell = AppShell(data_dir=Path(sys.argv[1]), staged=True)
later = ("PySide6.QtMultimedia", "PySide6.QtDBus", "sqlite3", "hipflex_desktop.store.history",
         "hipflex_desktop.cues.sound", "hipflex_desktop.cues.speech",
         "hipflex_desktop.ui.reminders", "hipflex_desktop.ui.settings_dialog")
print(" ".join(m for m in later if m in sys.modules) or "none")
shell.finish_start_up()
print(" ".join(m for m in later if m in sys.modules))
"""


def test_a_staged_start_makes_only_the_set_up_page_before_the_first_paint(
        tmp_path: Path) -> None:
    # In a process of its own: this one has imported everything already.
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=60, check=False,
                          env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    before, after = done.stdout.splitlines()
    assert before == "none"
    assert "hipflex_desktop.store.history" in after.split()
    assert "PySide6.QtMultimedia" not in after.split()  # the sounds load in a later pass


def test_after_the_first_paint_the_rest_follows_in_order(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell(staged=True)
    assert not shell.complete
    shell.show()
    qtbot.waitUntil(lambda: shell.complete, timeout=5000)
    assert shell.history is not None
    qtbot.waitUntil(lambda: shell.sound.loaded, timeout=5000)


def test_a_session_started_before_the_rest_is_made_is_recorded_and_cued(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers) -> None:
    shell = make_shell(staged=True)
    short_session(shell)
    shell.window.setup_page.request_start()  # Space at once, before the first paint's work
    assert shell.complete
    assert shell.controller.active
    assert shell.window.current_page() is shell.window.session_page
    cues: list[tuple[str, str]] = []
    shell.director.cue_played.connect(lambda sound, text: cues.append((sound, text)))
    run_to_end(shell, timers)
    assert shell.history is not None
    records = shell.history.sessions()
    assert [r.status for r in records] == ["finished"]
    assert records[0].total_reps == 2
    assert len(cues) >= 4  # the director follows the session it was made for


# -- settings across runs -----------------------------------------------------------------------


def test_the_set_up_and_mute_are_remembered_across_runs(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    first = make_shell()
    page = first.window.setup_page
    rows = {r.exercise.id: r for r in page._rows}
    rows["banded-psoas-march"].buttons[Level.HARDER].setChecked(True)
    rows["seated-leg-lifts"].buttons[Level.EASIER].setChecked(True)
    rows["elevated-bridge-march"].up.click()
    rows["elevated-bridge-march"].up.click()  # the bridge first
    rows["seated-leg-lifts"].check.setChecked(False)
    page.reps.setValue(6)
    page.sets.setValue(3)
    page.hold.setValue(2.0)
    page.rest.setValue(20)
    page.lead_in.setValue(10)
    page.first_side.setCurrentIndex(page.first_side.findData(Side.LEFT))
    chosen = page.options()
    assert chosen.exercises == ("elevated-bridge-march", "banded-psoas-march")
    first.window.act_mute.trigger()  # M
    assert first.director.muted and first.sound.muted
    first.window.close()

    second = make_shell()
    assert second.notices == []
    assert second.window.setup_page.options() == chosen
    second_rows = [r.exercise.id for r in second.window.setup_page._rows]
    assert second_rows == ["elevated-bridge-march", "banded-psoas-march", "seated-leg-lifts"]
    assert second.window.muted
    assert second.window.act_mute.isChecked()
    assert second.director.muted and second.sound.muted
    assert second.settings.window_geometry() is not None  # saved when the first one closed
    # Sound on again, remembered too.
    second.window.act_mute.trigger()
    assert not AppSettings(data_dir_of(second) / "settings.ini").sound.muted


def data_dir_of(shell: AppShell) -> Path:
    return shell.paths.root


def test_each_pack_keeps_its_own_set_up(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    other_pack = copy_pack(tmp_path, title="My own pack",
                           edit=lambda t: t.replace("id: hip-flexors", "id: my-own-pack", 1))
    shell = make_shell()
    page = shell.window.setup_page
    page.reps.setValue(4)
    {r.exercise.id: r for r in page._rows}["seated-leg-lifts"].buttons[
        Level.EASIER].setChecked(True)
    builtin_choice = page.options()

    assert shell.window.open_pack_file(other_pack)
    assert shell.pack.id == "my-own-pack"
    page.reps.setValue(9)
    other_choice = page.options()
    assert shell.settings.plan_options("hip-flexors") == builtin_choice

    assert shell.window.open_pack_file(builtin_pack_path())
    assert page.options() == builtin_choice
    assert shell.window.open_pack_file(other_pack)
    assert page.options() == other_choice
    shell.window.close()

    # The next run opens the pack used last, with its set-up.
    again = make_shell()
    assert again.pack.id == "my-own-pack"
    assert again.window.setup_page.options() == other_choice


# -- damaged files ------------------------------------------------------------------------------


def test_a_damaged_settings_file_is_set_aside_and_the_person_told(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.ini").write_bytes(b"\x00\xff garbage \x89PNG" * 20)
    shell = make_shell()
    assert len(shell.notices) == 1
    notice = shell.notices[0]
    kept = sorted(data_dir.glob("settings.ini.broken-*"))
    assert len(kept) == 1 and kept[0].name in notice
    assert shell.settings.problem == notice
    shell.show()
    qtbot.waitUntil(lambda: shell.window.last_dialog is not None, timeout=5000)
    dialog = shell.window.last_dialog
    assert dialog is not None
    assert notice in dialog.text()
    assert dialog.icon() is QMessageBox.Icon.Warning


def test_a_settings_file_from_a_newer_version_is_set_aside(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.ini").write_text("[General]\nformat=99\n", encoding="utf-8")
    shell = make_shell()
    assert len(shell.notices) == 1
    assert "newer version" in shell.notices[0]
    assert not shell.window.muted


def test_a_damaged_history_is_set_aside_and_a_new_one_works(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers) -> None:
    data_dir.mkdir(mode=0o700)
    garbage = b"this is not a database at all " * 200
    (data_dir / "history.db").write_bytes(garbage)
    shell = make_shell()
    kept = sorted(data_dir.glob("history.db.broken-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == garbage
    assert len(shell.notices) == 1
    assert "damaged" in shell.notices[0] and kept[0].name in shell.notices[0]
    assert shell.history is not None

    short_session(shell)
    shell.window.setup_page.request_start()
    run_to_end(shell, timers)
    records = shell.history.sessions()
    assert [r.status for r in records] == ["finished"]
    assert records[0].total_reps == 2


def test_a_history_from_a_newer_version_is_left_alone_and_the_app_still_works(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers) -> None:
    History.open(data_dir / "history.db").close()
    with sqlite3.connect(data_dir / "history.db") as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    shell = make_shell()
    assert shell.history is None
    assert len(shell.notices) == 1
    assert "newer version" in shell.notices[0]
    assert "records nothing" in shell.notices[0]
    assert not shell.offer_resume()

    short_session(shell)
    shell.window.setup_page.request_start()
    assert shell.controller.running
    run_to_end(shell, timers)
    assert shell.window.current_page() is shell.window.summary_page
    with sqlite3.connect(data_dir / "history.db") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
        assert conn.execute("SELECT count(*) FROM session").fetchone()[0] == 0
    conn.close()


# -- resume after a crash -----------------------------------------------------------------------


def start_and_crash(shell: AppShell, timers: FakeTimers, *,
                    where: Callable[[Segment], bool]) -> Segment:
    """Run a session part way, then end the app the way a crash does: no stop, no pause, no
    last write; only the files stay as they were."""
    page = shell.window.setup_page
    page.reps.setValue(8)
    page.sets.setValue(1)
    page.rest.setValue(5)
    page.lead_in.setValue(5)
    page.request_start()
    assert shell.controller.running
    # Skipping ahead (Right arrow) into the second exercise, then time passes as usual.
    while not where(current(shell)):
        if current(shell).exercise_number == 1:
            shell.controller.next_step()
        else:
            timers.run_for(0.25, step=0.25)
        assert shell.controller.active
    timers.run_for(0.3, step=0.1)  # a moment into the step
    reached = current(shell)
    shell.recorder.shutdown()  # the files stay as the last write left them
    shell.controller.shutdown()
    return reached


def at_left_rep_4(seg: Segment) -> bool:
    return (seg.exercise_id == "seated-leg-lifts" and seg.side is Side.LEFT and seg.rep == 4
            and seg.kind is SegmentKind.HOLD)


def rep_rows(data_dir: Path) -> int:
    with sqlite3.connect(data_dir / "history.db") as conn:
        count = int(conn.execute("SELECT count(*) FROM rep").fetchone()[0])
    conn.close()
    return count


def test_a_crashed_session_is_offered_and_resumed_exactly_where_it_was(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers,
        tmp_path: Path) -> None:
    first = make_shell()
    reached = start_and_crash(first, timers, where=at_left_rep_4)
    index = reached.index
    reps_before = rep_rows(data_dir)
    # The march was raced through with Skip, so none of its reps count; then the leg lifts
    # ran in time: the right side and three on the left.
    assert reps_before == 8 + 3

    trace = tmp_path / "trace.jsonl"
    second = make_shell(trace_path=trace)
    offers: list[str] = []
    second.resume_offered.connect(offers.append)
    recorded: list[object] = []
    second.recorder.rep_recorded.connect(lambda *args: recorded.append(args))
    assert second.offer_resume() is True
    assert offers == ["Resume your session: seated leg lifts, left side, rep 4 of 8"]
    box = second.resume_box
    assert box is not None
    assert box.text() == offers[0] + "?"
    lines = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    offered = [line for line in lines if line["event"] == "resume_offered"]
    assert len(offered) == 1
    assert offered[0]["summary"] == "seated leg lifts, left side, rep 4 of 8"

    button(box, "Resume").click()
    session = second.controller.session
    assert session is not None
    assert session.state is State.PAUSED
    assert session.index == index
    assert session.current == reached
    assert second.controller.remaining() == reached.seconds  # the step starts again
    assert second.window.current_page() is second.window.session_page
    assert second.window.session_page.phase.text()  # shows the step, waiting

    second.window.show()
    qtbot.waitExposed(second.window)
    press(qtbot, second.window, Qt.Key.Key_Space)
    assert second.controller.running
    run_to_end(second, timers)
    assert second.window.current_page() is second.window.summary_page

    assert second.history is not None
    records = second.history.sessions()
    assert len(records) == 1
    record = records[0]
    assert record.status == "finished"
    reps = {e.exercise_id: (e.reps_right, e.reps_left) for e in record.exercises}
    assert reps == {**{ex: (8, 8) for ex in EXERCISES}, "banded-psoas-march": (0, 0)}
    # The rest was done in the second run (the march's reps, skipped, never count).
    assert len(recorded) == 2 * 2 * 8 - reps_before
    assert second.history.resume_point() is None
    resumed = [line for line in trace.read_text(encoding="utf-8").splitlines()
               if '"resumed_session"' in line]
    assert len(resumed) == 1 and json.loads(resumed[0])["index"] == index

    third = make_shell()
    assert third.offer_resume() is False  # a finished session is not offered again


def test_a_crashed_session_can_be_discarded(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers) -> None:
    first = make_shell()
    start_and_crash(first, timers, where=at_left_rep_4)
    second = make_shell()
    assert second.offer_resume() is True
    assert second.resume_box is not None
    button(second.resume_box, "Discard it").click()
    assert not second.controller.active
    assert second.history is not None
    records = second.history.sessions()
    assert [r.status for r in records] == ["interrupted"]
    assert records[0].total_reps == rep_rows(data_dir) > 0  # what was done is kept
    second.window.close()

    third = make_shell()
    assert third.offer_resume() is False
    assert third.resume_box is None


def test_a_session_whose_pack_has_gone_is_not_offered_but_explained(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path, timers: FakeTimers,
        tmp_path: Path) -> None:
    pack_file = copy_pack(tmp_path, title="A pack that goes away",
                          edit=lambda t: t.replace("id: hip-flexors", "id: gone-pack", 1))
    first = make_shell(pack_path=pack_file)
    assert first.pack.id == "gone-pack"
    start_and_crash(first, timers, where=at_left_rep_4)
    pack_file.unlink()

    second = make_shell()
    assert second.pack.id == "hip-flexors"
    # Not offered at all: the person reads why, and the session is closed as interrupted.
    assert second.offer_resume() is False
    assert second.resume_box is None
    assert not second.controller.active
    dialog = second.window.last_dialog
    assert dialog is not None
    assert "cannot be resumed" in dialog.text()
    assert "no longer available" in dialog.text()
    assert "left side, rep 4" in dialog.text()
    assert second.history is not None
    assert [r.status for r in second.history.sessions()] == ["interrupted"]
    assert second.offer_resume() is False


# -- the screen ---------------------------------------------------------------------------------


@pytest.fixture
def screensaver_service(private_session_bus: str) -> Iterator[tuple[str, FakeScreenSaver]]:  # noqa: F811
    service = FakeScreenSaver()
    name = f"shell-screensaver-{id(service)}"
    bus = QDBusConnection.connectToBus(private_session_bus, name)
    assert bus.isConnected()
    assert bus.registerService(SERVICE)
    assert bus.registerObject(PATH, INTERFACE, service,
                              QDBusConnection.RegisterOption.ExportAllSlots)
    yield private_session_bus, service
    bus.unregisterObject(PATH)
    bus.unregisterService(SERVICE)
    QDBusConnection.disconnectFromBus(name)


def test_the_screen_stays_awake_while_a_session_runs(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers,
        screensaver_service: tuple[str, FakeScreenSaver]) -> None:
    address, service = screensaver_service
    shell = make_shell(screensaver_bus=address)
    short_session(shell)
    with qtbot.waitSignal(shell.inhibitor.inhibited_changed, timeout=5000) as held:
        shell.window.setup_page.request_start()
    assert held.args == [True]
    assert service.calls == [("HipFlex Desktop", "A guided exercise session is running")]
    with qtbot.waitSignal(shell.inhibitor.inhibited_changed, timeout=5000) as let_go:
        shell.controller.pause()
    assert let_go.args == [False]
    with qtbot.waitSignal(shell.inhibitor.inhibited_changed, timeout=5000):
        shell.controller.resume()
    assert len(service.calls) == 2
    with qtbot.waitSignal(shell.inhibitor.inhibited_changed, timeout=5000) as let_go:
        run_to_end(shell, timers)
    assert let_go.args == [False]
    assert not shell.inhibitor.inhibited
    shell.show_settings()
    assert shell.settings_dialog is not None
    assert shell.settings_dialog.screen_status.text() == "Screen: released"
    shell.settings_dialog.close()


# -- calendar, reminders, tray ------------------------------------------------------------------


def test_the_weekly_schedule_goes_to_a_calendar_file(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    shell = make_shell()
    shell.settings.set_habit(HabitSettings(reminder_days=(1, 5), reminder_time=time(7, 30)))
    shell.show_settings()  # open before the first export, as from its calendar link
    dialog = shell.settings_dialog
    assert dialog is not None
    target = shell.export_calendar(tmp_path / "x.ics")
    assert target == tmp_path / "x.ics"
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "END:VCALENDAR" in text
    assert "RRULE:FREQ=WEEKLY" in text
    rule = next(line for line in text.splitlines() if line.startswith("RRULE:"))
    assert "BYDAY=TU,SA" in rule
    assert "T073000" in text
    uid = shell.settings.habit.calendar_uid
    assert uid
    assert f"UID:{uid}" in text.replace("\r\n ", "")
    assert "Saved x.ics" in shell.window.statusBar().currentMessage()

    # The same UID next time, so a calendar app replaces the schedule instead of adding one;
    # also after a change in the settings dialog, which opened before the first export.
    dialog.goal.setValue(4)
    assert shell.settings.habit.goal_per_week == 4
    assert shell.settings.habit.calendar_uid == uid
    again = shell.export_calendar(tmp_path / "y.ics")
    assert again is not None
    assert f"UID:{uid}" in again.read_text(encoding="utf-8").replace("\r\n ", "")
    dialog.close()


def test_a_calendar_file_that_cannot_be_written_is_said(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path) -> None:
    shell = make_shell()
    assert shell.export_calendar(tmp_path / "no-such-folder" / "x.ics") is None
    assert "could not be written" in shell.window.statusBar().currentMessage()


def test_a_reminder_once_a_day_when_no_session_was_done(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers) -> None:
    shell = make_shell()
    habit = HabitSettings(reminders=True, reminder_days=tuple(range(7)),
                          reminder_time=time(18, 0))
    shell.settings.set_habit(habit)
    today = date.today()
    now = [datetime.combine(today, time(17, 59)).astimezone()]
    service = ReminderService(shell.window, shell.icon, trained_today=shell._trained_today,
                              now=lambda: now[0], timer_factory=timers.factory)
    service.apply(habit)
    reminded: list[str] = []
    service.reminded.connect(reminded.append)

    assert service.check() is False  # not yet six
    now[0] = datetime.combine(today, time(18, 30)).astimezone()
    assert service.check() is True
    assert reminded == ["window"]  # no tray here: the window comes up instead
    assert shell.window.isVisible()
    assert service.check() is False  # once a day
    now[0] += timedelta(days=1)
    assert service.check() is True
    assert reminded == ["window", "window"]
    service.shutdown()

    # A session finished today: no reminder today.
    short_session(shell)
    shell.window.setup_page.request_start()
    run_to_end(shell, timers)
    assert shell._trained_today()
    fresh = ReminderService(shell.window, shell.icon, trained_today=shell._trained_today,
                            now=lambda: datetime.combine(today, time(19, 0)).astimezone(),
                            timer_factory=timers.factory)
    fresh.apply(habit)
    assert fresh.check() is False
    fresh.shutdown()


def test_reminders_switched_on_in_the_settings_wake_up_every_minute(
        qtbot: QtBot, make_shell: MakeShell, timers: FakeTimers) -> None:
    shell = make_shell()
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    reminders = [t for t in timers.all if t.name == "reminders"]
    assert len(reminders) == 1 and not reminders[0].active
    dialog.reminders.setChecked(True)
    assert shell.settings.habit.reminders
    assert reminders[0].active and reminders[0].interval == 60_000
    dialog.reminders.setChecked(False)
    assert not reminders[0].active
    dialog.close()


def test_keep_in_tray_without_a_tray_says_so_and_closing_quits(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    AppSettings(data_dir / "settings.ini").set_habit(HabitSettings(keep_in_tray=True))
    shell = make_shell()
    assert shell.reminders.tray is None
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    assert "No system tray" in dialog.tray_status.text()
    assert not dialog.tray_status.isHidden()
    assert not dialog.keep_in_tray.isEnabled()
    dialog.close()

    shell.window.show()
    qtbot.waitExposed(shell.window)
    with qtbot.waitSignal(shell.window.closed, timeout=1000):
        assert shell.window.close()
    assert not shell.window.isVisible()
    assert shell.recorder.history is None  # the app let go of its files


# -- the data folder ----------------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)  # the person's umask would let everybody read new files
    try:
        yield
    finally:
        os.umask(old)


def test_the_data_folder_is_the_persons_only(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, timers: FakeTimers,
        open_umask: None) -> None:
    root = tmp_path / "new" / "place" / "data"
    shell = make_shell(data_dir=root)
    assert mode(root) == 0o700
    assert mode(root / "history.db") == 0o600
    short_session(shell)  # the set-up is saved: the settings file appears
    shell.window.setup_page.request_start()
    run_to_end(shell, timers)
    shell.window.close()
    assert mode(root / "settings.ini") == 0o600
    for path in root.iterdir():
        assert mode(path) == 0o600, path
    # Nothing was written anywhere else.
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert all(p.parts[:3] == ("new", "place", "data") for p in written), written


def test_an_existing_data_folder_is_left_as_it_is(
        qtbot: QtBot, make_shell: MakeShell, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o750)
    data_dir.chmod(0o750)
    (data_dir / "notes.txt").write_text("mine", encoding="utf-8")
    shell = make_shell()
    assert shell.notices == []
    assert mode(data_dir) == 0o750
    assert (data_dir / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert mode(data_dir / "history.db") == 0o600


def test_a_data_folder_that_cannot_be_made_is_said_and_the_app_runs(
        qtbot: QtBot, make_shell: MakeShell, tmp_path: Path, timers: FakeTimers) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    shell = make_shell(data_dir=blocker / "data")
    assert shell.history is None
    assert any("cannot be created" in n for n in shell.notices)
    short_session(shell)
    shell.window.setup_page.request_start()
    run_to_end(shell, timers)
    assert shell.window.current_page() is shell.window.summary_page


def test_settings_written_by_the_app_are_read_back_by_the_next_run(
        qtbot: QtBot, make_shell: MakeShell) -> None:
    shell = make_shell()
    shell.settings.set_habit(replace(shell.settings.habit, goal_per_week=5))
    shell.window.close()
    assert make_shell().settings.habit.goal_per_week == 5


def test_no_speech_engine_gets_one_notice_saying_what_to_install(
        make_shell: MakeShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    # A machine without speech-dispatcher: the speaker gives up at once with NO_ENGINE.
    monkeypatch.setattr("hipflex_desktop.cues.speech.shutil.which", lambda name: None)
    monkeypatch.setenv("HIPFLEX_SPEECH_ENGINE", "auto")
    shell = make_shell(speech_factory=default_speech)
    shell.show()
    bar = shell.window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=10_000)
    message = bar.currentMessage()
    if shell.sound.problem is None:
        assert message == notice_text(NO_SPEECH)
    else:  # this machine has no audio output either: both in the one notice
        assert message == notice_text(NO_SOUND_NO_SPEECH)
    # Telling it again (the settings dialog asks the speaker again) adds nothing.
    bar.clearMessage()
    shell.speech.unavailable.emit(NO_ENGINE)  # type: ignore[union-attr]
    assert bar.currentMessage() == ""
    logged = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert logged.count(message) == 1  # the log says it once
