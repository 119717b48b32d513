"""The person's choices, remembered in an INI file in the data folder.

Every value comes back as it was saved, in a new run; a file that is damaged, holds nonsense or
comes from a newer version is set aside (kept, renamed) with a message that names the kept
file, and the defaults are used. The file is readable by its owner only.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QWidget

from hipflex_desktop.core.model import Level, Side, SideMode
from hipflex_desktop.core.plan import PlanOptions
from hipflex_desktop.store.settings import (
    DEFAULT_GOAL,
    SETTINGS_FORMAT,
    AppSettings,
    HabitSettings,
    SoundSettings,
    VoiceSettings,
)


@pytest.fixture
def path(qapp: QApplication, tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def user_only_umask() -> Iterator[None]:
    """A umask that lets everybody read new files: the app must not rely on the person's."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_defaults(settings: AppSettings) -> None:
    assert settings.sound == SoundSettings()
    assert settings.voice == VoiceSettings()
    assert settings.habit == HabitSettings()
    assert settings.plan_options("hip-flexors") is None
    assert settings.window_geometry() is None
    assert settings.last_pack() is None


# -- first run and round trips ------------------------------------------------------------------


def test_a_first_run_has_the_defaults_and_no_problem(path: Path) -> None:
    settings = AppSettings(path)
    assert settings.problem is None
    assert_defaults(settings)
    assert settings.habit.goal_per_week == DEFAULT_GOAL == 2
    assert settings.habit.reminder_days == (0, 3)
    assert settings.habit.reminder_time == time(18, 0)
    assert not path.exists()  # nothing is written before something is chosen


def test_every_value_comes_back_in_the_next_run(path: Path) -> None:
    sound = SoundSettings(volume=0.35, muted=True)
    voice = VoiceSettings(enabled=False, voice="English (Great Britain), female", rate=-0.5)
    habit = HabitSettings(goal_per_week=4, reminders=True, reminder_days=(1, 5, 6),
                          reminder_time=time(7, 45), keep_in_tray=True,
                          calendar_uid="2b1c@hipflex.desktop")
    first = AppSettings(path)
    first.set_sound(sound)
    first.set_voice(voice)
    first.set_habit(habit)
    first.set_last_pack(path.parent / "my pack, v2.yaml")
    assert (first.sound, first.voice, first.habit) == (sound, voice, habit)

    again = AppSettings(path)
    assert again.problem is None
    assert again.sound == sound
    assert again.voice == voice
    assert again.habit == habit
    assert again.last_pack() == path.parent / "my pack, v2.yaml"
    again.set_last_pack(None)
    assert AppSettings(path).last_pack() is None


@pytest.mark.parametrize("days", [(), (3,), (0, 1, 2, 3, 4, 5, 6)])
def test_reminder_days_of_any_count(path: Path, days: tuple[int, ...]) -> None:
    AppSettings(path).set_habit(HabitSettings(reminder_days=days))
    again = AppSettings(path)
    assert again.problem is None
    assert again.habit.reminder_days == days


def test_mute_alone_keeps_the_volume(path: Path) -> None:
    settings = AppSettings(path)
    settings.set_sound(SoundSettings(volume=0.4, muted=False))
    settings.set_muted(True)
    assert AppSettings(path).sound == SoundSettings(volume=0.4, muted=True)
    settings.set_muted(False)
    assert AppSettings(path).sound == SoundSettings(volume=0.4, muted=False)


def test_plan_options_are_kept_per_pack(path: Path) -> None:
    builtin = PlanOptions(
        exercises=("elevated-bridge-march", "banded-psoas-march"),
        variants={"banded-psoas-march": Level.HARDER, "elevated-bridge-march": Level.EASIER},
        reps_per_side=10, sets=3, hold_seconds=1.75, rest_seconds=45.0,
        lead_in_seconds=15.0, switch_seconds=4.0, first_side=Side.LEFT,
        sides=SideMode.EACH_SIDE,
    )
    other = PlanOptions(reps_per_side=3)
    settings = AppSettings(path)
    settings.set_plan_options("hip-flexors", builtin)
    settings.set_plan_options("my-own-pack", other)
    again = AppSettings(path)
    assert again.problem is None
    assert again.plan_options("hip-flexors") == builtin
    restored = again.plan_options("hip-flexors")
    assert restored is not None and restored.exercises == builtin.exercises  # order kept
    assert again.plan_options("my-own-pack") == other
    assert again.plan_options("never-used") is None
    # Saving one pack's set-up leaves the other's alone.
    again.set_plan_options("my-own-pack", PlanOptions(sets=2))
    assert AppSettings(path).plan_options("hip-flexors") == builtin
    assert AppSettings(path).plan_options("my-own-pack") == PlanOptions(sets=2)


def test_window_geometry_round_trip(path: Path, qapp: QApplication) -> None:
    widget = QWidget()
    widget.setGeometry(60, 40, 420, 300)
    saved = widget.saveGeometry()
    AppSettings(path).set_window_geometry(saved)
    restored = AppSettings(path).window_geometry()
    assert isinstance(restored, QByteArray)
    assert bytes(restored.data()) == bytes(saved.data())
    other = QWidget()
    assert other.restoreGeometry(restored)
    assert other.size() == widget.size()
    widget.deleteLater()
    other.deleteLater()


def test_the_file_is_the_owners_only(path: Path, user_only_umask: None) -> None:
    settings = AppSettings(path)
    settings.set_muted(True)
    assert mode(path) == 0o600
    settings.set_habit(HabitSettings(goal_per_week=3))
    assert mode(path) == 0o600
    assert AppSettings(path).habit.goal_per_week == 3
    # Every kind of write, in a later run, keeps the mode.
    later = AppSettings(path)
    later.set_window_geometry(QByteArray(b"\x01\x02"))
    later.set_plan_options("hip-flexors", PlanOptions(reps_per_side=5))
    assert mode(path) == 0o600
    assert path.read_text(encoding="utf-8").count(f"format={SETTINGS_FORMAT}") == 1


def test_the_file_is_created_user_only_not_made_so_afterwards(
        path: Path, user_only_umask: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No moment in which others could read it: without the chmod after writing, the file
    is still the owner's only."""
    monkeypatch.setattr(Path, "chmod", lambda self, mode, **kw: None)
    settings = AppSettings(path)
    settings.set_sound(SoundSettings(volume=0.6))
    assert mode(path) == 0o600
    settings.set_voice(VoiceSettings(rate=0.5))
    assert mode(path) == 0o600
    assert AppSettings(path).voice.rate == 0.5


# -- files set aside ----------------------------------------------------------------------------


def _kept_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


def _assert_set_aside(path: Path, original: bytes, settings: AppSettings, why: str) -> None:
    assert settings.problem is not None
    kept = _kept_files(path)
    assert len(kept) == 1
    assert kept[0].read_bytes() == original  # kept as it was, never deleted
    assert kept[0].name in settings.problem
    assert path.name in settings.problem
    assert why in settings.problem
    assert "usual settings are used" in settings.problem
    assert not path.exists()
    assert_defaults(settings)
    # The next write starts a clean file, which then reads without a problem.
    settings.set_sound(SoundSettings(volume=0.5))
    again = AppSettings(path)
    assert again.problem is None
    assert again.sound == SoundSettings(volume=0.5)
    assert len(_kept_files(path)) == 1


GARBAGE = bytes(range(256)) * 8


@pytest.mark.parametrize(("content", "why"), [
    (GARBAGE, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(128, 256)) * 4, "not a text file"),
    (b"[sound]\nvolume=0.5\x00\x00\x00\n", "not a text file"),
    (b"[sound]\nvolume=7\n", "sound/volume=7"),
    (b"[sound]\nvolume=loud\n", "make no sense"),
    (b"[sound]\nmuted=perhaps\n", "sound/muted=perhaps"),
    (b"[voice]\nrate=-3\n", "voice/rate=-3"),
    (b"[habit]\nreminder_time=25:99\n", "make no sense"),
    (b"[habit]\nreminder_days=\"1,9\"\n", "habit/reminder_days"),
    (b"[habit]\ngoal_per_week=0\n", "habit/goal_per_week"),
    (b"[plans]\nx=not JSON\n", "make no sense"),
    (b"[plans]\nx=\"[1, 2]\"\n", "not an object"),
    (b"[plans]\nx=\"{\\\"first_side\\\": \\\"middle\\\"}\"\n", "make no sense"),
    (b"[General]\nformat=one\n", "format number is damaged"),
], ids=["binary", "picture", "nul-bytes", "volume-7", "volume-word", "muted-word",
        "rate", "reminder-time", "reminder-day", "goal", "plan-not-json",
        "plan-not-object", "plan-bad-side", "format-word"])
def test_a_damaged_file_is_set_aside_and_the_defaults_used(
        path: Path, content: bytes, why: str) -> None:
    path.write_bytes(content)
    settings = AppSettings(path)
    _assert_set_aside(path, content, settings, why)


def test_a_file_from_a_newer_version_is_set_aside(path: Path) -> None:
    content = b"[General]\nformat=99\n\n[sound]\nvolume=0.3\n"
    path.write_bytes(content)
    settings = AppSettings(path)
    _assert_set_aside(path, content, settings, "newer version of HipFlex Desktop")


def test_a_good_file_written_by_hand_is_read(path: Path) -> None:
    path.write_text(
        "[General]\nformat=1\n\n[sound]\nvolume=0.25\nmuted=true\n\n"
        "[habit]\nreminder_days=\"2,4\"\nreminder_time=06:30\n", encoding="utf-8")
    settings = AppSettings(path)
    assert settings.problem is None
    assert settings.sound == SoundSettings(volume=0.25, muted=True)
    assert settings.habit.reminder_days == (2, 4)
    assert settings.habit.reminder_time == time(6, 30)


def test_two_damaged_files_in_a_row_are_both_kept(path: Path) -> None:
    path.write_bytes(GARBAGE)
    first = AppSettings(path)
    path.write_bytes(b"[sound]\nvolume=7\n")
    second = AppSettings(path)
    kept = _kept_files(path)
    assert len(kept) == 2
    assert {k.read_bytes() for k in kept} == {GARBAGE, b"[sound]\nvolume=7\n"}
    assert first.problem is not None and second.problem is not None
    assert first.problem != second.problem  # each names its own kept file


def test_a_remembered_set_up_the_pack_no_longer_accepts_is_just_forgotten(path: Path) -> None:
    """Values the pack checks itself (an exercise that has gone) are the pack's business:
    the file stays, and the stored set-up is offered for the pack to check."""
    settings = AppSettings(path)
    settings.set_plan_options("hip-flexors", PlanOptions(exercises=("no-such-exercise",)))
    again = AppSettings(path)
    assert again.problem is None
    assert again.plan_options("hip-flexors") == PlanOptions(exercises=("no-such-exercise",))
