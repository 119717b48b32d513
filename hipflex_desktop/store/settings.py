"""What the person chose, remembered across runs (QSettings, an INI file in the data folder).

A settings file that cannot be read, holds values that make no sense, or comes from a newer
version of the app is set aside (renamed, never deleted) and the defaults are used; ``problem``
then says what happened so the window can tell the person once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QByteArray, QSettings

from hipflex_desktop.core.plan import PlanOptions
from hipflex_desktop.languages import LANGUAGE_CODE
from hipflex_desktop.store.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE

log = logging.getLogger("hipflex.settings")

SETTINGS_FORMAT: Final = 1
DEFAULT_GOAL: Final = 2  # sessions a week: the routine asks for every week; twice keeps it going


@dataclass(frozen=True)
class SoundSettings:
    volume: float = 0.8
    muted: bool = False


@dataclass(frozen=True)
class VoiceSettings:
    enabled: bool = True
    voice: str = ""  # the engine's voice id; "" = the engine's default
    rate: float = 0.0  # -1 (slow) … 1 (fast)


@dataclass(frozen=True)
class HabitSettings:
    goal_per_week: int = DEFAULT_GOAL
    reminders: bool = False
    reminder_days: tuple[int, ...] = (0, 3)  # Monday and Thursday (0 = Monday)
    reminder_time: time = time(18, 0)
    keep_in_tray: bool = False
    calendar_uid: str = ""


@dataclass
class _Values:
    sound: SoundSettings = field(default_factory=SoundSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    habit: HabitSettings = field(default_factory=HabitSettings)
    language: str = ""  # the interface's language code; "" follows the system


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class SetAside:
    """Why a settings file was set aside (one of the reasons in ``AppSettings._open``), and the
    name it is kept under."""

    reason: str
    kept_as: str
    detail: str = ""  # the value that made no sense, if that was the reason


class AppSettings:
    def __init__(self, path: Path) -> None:
        self._path = path
        self.problem: str | None = None
        self.set_aside: SetAside | None = None
        self._qs = self._open()

    @property
    def path(self) -> Path:
        return self._path

    def _open(self) -> QSettings:
        qs = QSettings(str(self._path), QSettings.Format.IniFormat)
        detail = ""
        reason = self._not_text()
        if reason is None and qs.status() != QSettings.Status.NoError:
            reason = "it could not be read"
        elif reason is None:
            stored = qs.value("format")
            if stored is not None:
                try:
                    version = int(str(stored))
                except ValueError:
                    reason = "its format number is damaged"
                else:
                    if version > SETTINGS_FORMAT:
                        reason = "it was written by a newer version of HipFlex Desktop"
            if reason is None:
                try:
                    self._check(qs)
                except (SettingsError, ValueError, TypeError) as exc:
                    detail = str(exc)
                    reason = f"it holds values that make no sense ({detail})"
        if reason is None:
            return qs
        aside = self._set_aside()
        # The same, in parts, for the window to say in its language (read before the window's
        # language is known, so it cannot be translated here).
        self.set_aside = SetAside(reason, aside.name, detail)
        self.problem = (f"Your settings file {self._path.name} was set aside because {reason};"
                        f" the usual settings are used. The old file is kept as {aside.name}.")
        log.warning("settings set aside: %s", reason)
        return QSettings(str(self._path), QSettings.Format.IniFormat)

    def _not_text(self) -> str | None:
        """QSettings reads any bytes as keys without an error: a damaged file shows as such
        only here (settings files are UTF-8 text)."""
        try:
            data = self._path.read_bytes()
        except OSError:
            return None  # missing (a first run), or unreadable: QSettings says which
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return "it is not a text file (it may be damaged)"
        if b"\0" in data:
            return "it is not a text file (it may be damaged)"
        return None

    def _set_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self._path.with_name(f"{self._path.name}.broken-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self._path.with_name(f"{self._path.name}.broken-{stamp}-{n}")
        try:
            self._path.rename(target)
        except OSError as exc:
            log.warning("could not set the settings file aside: %s", exc)
        return target

    def _check(self, qs: QSettings) -> None:
        """Read every value once; anything unreadable raises."""
        self._read_values(qs)
        qs.beginGroup("plans")
        try:
            for key in qs.childKeys():
                self._parse_options(qs.value(key))
        finally:
            qs.endGroup()

    # -- values ----------------------------------------------------------------------------

    @staticmethod
    def _float(qs: QSettings, key: str, default: float, low: float, high: float) -> float:
        raw = qs.value(key)
        if raw is None:
            return default
        value = float(str(raw))
        if not low <= value <= high:
            raise SettingsError(f"{key}={value}")
        return value

    @staticmethod
    def _bool(qs: QSettings, key: str, default: bool) -> bool:
        raw = qs.value(key)
        if raw is None:
            return default
        text = str(raw).lower()
        if text not in ("true", "false"):
            raise SettingsError(f"{key}={raw}")
        return text == "true"

    def _read_values(self, qs: QSettings) -> _Values:
        sound = SoundSettings(
            volume=self._float(qs, "sound/volume", 0.8, 0.0, 1.0),
            muted=self._bool(qs, "sound/muted", False),
        )
        voice = VoiceSettings(
            enabled=self._bool(qs, "voice/enabled", True),
            voice=str(qs.value("voice/voice", "") or ""),
            rate=self._float(qs, "voice/rate", 0.0, -1.0, 1.0),
        )
        days_raw = qs.value("habit/reminder_days")
        days = HabitSettings.reminder_days
        if days_raw is not None:
            text = days_raw if isinstance(days_raw, str) else ",".join(map(str, days_raw))
            days = tuple(sorted({int(d) for d in text.split(",") if d.strip()}))
            if any(not 0 <= d <= 6 for d in days):
                raise SettingsError(f"habit/reminder_days={text}")
        time_raw = qs.value("habit/reminder_time")
        at = HabitSettings.reminder_time if time_raw is None else time.fromisoformat(
            str(time_raw))
        habit = HabitSettings(
            goal_per_week=int(self._float(qs, "habit/goal_per_week", DEFAULT_GOAL, 1, 14)),
            reminders=self._bool(qs, "habit/reminders", False),
            reminder_days=days,
            reminder_time=at,
            keep_in_tray=self._bool(qs, "habit/keep_in_tray", False),
            calendar_uid=str(qs.value("habit/calendar_uid", "") or ""),
        )
        language = str(qs.value("interface/language", "") or "")
        if language and not LANGUAGE_CODE.fullmatch(language):
            raise SettingsError(f"interface/language={language}")
        return _Values(sound, voice, habit, language)

    @staticmethod
    def _parse_options(raw: Any) -> PlanOptions:
        if not isinstance(raw, str):
            raise SettingsError("a remembered session is not text")
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise SettingsError("a remembered session is not an object")
        return PlanOptions.from_json(data)

    @property
    def sound(self) -> SoundSettings:
        return self._read_values(self._qs).sound

    @property
    def voice(self) -> VoiceSettings:
        return self._read_values(self._qs).voice

    @property
    def habit(self) -> HabitSettings:
        return self._read_values(self._qs).habit

    @property
    def language(self) -> str:
        """The interface language chosen in Settings ("de"), or "" to follow the system."""
        return self._read_values(self._qs).language

    def set_language(self, code: str) -> None:
        if code and not LANGUAGE_CODE.fullmatch(code):
            raise SettingsError(f"not a language code: {code!r}")
        if code:
            self._qs.setValue("interface/language", code)
        else:
            self._qs.remove("interface/language")
        self.sync()

    def set_sound(self, sound: SoundSettings) -> None:
        self._qs.setValue("sound/volume", f"{sound.volume:.2f}")
        self._qs.setValue("sound/muted", "true" if sound.muted else "false")
        self.sync()

    def set_muted(self, muted: bool) -> None:
        self.set_sound(replace(self.sound, muted=muted))

    def set_voice(self, voice: VoiceSettings) -> None:
        self._qs.setValue("voice/enabled", "true" if voice.enabled else "false")
        self._qs.setValue("voice/voice", voice.voice)
        self._qs.setValue("voice/rate", f"{voice.rate:.2f}")
        self.sync()

    def set_habit(self, habit: HabitSettings) -> None:
        self._qs.setValue("habit/goal_per_week", str(habit.goal_per_week))
        self._qs.setValue("habit/reminders", "true" if habit.reminders else "false")
        self._qs.setValue("habit/reminder_days", ",".join(map(str, habit.reminder_days)))
        self._qs.setValue("habit/reminder_time", habit.reminder_time.strftime("%H:%M"))
        self._qs.setValue("habit/keep_in_tray", "true" if habit.keep_in_tray else "false")
        self._qs.setValue("habit/calendar_uid", habit.calendar_uid)
        self.sync()

    def plan_options(self, pack_id: str) -> PlanOptions | None:
        """The set-up last used with this pack (the pack checks each value still fits)."""
        raw = self._qs.value(f"plans/{pack_id}")
        if raw is None:
            return None
        try:
            return self._parse_options(raw)
        except (SettingsError, ValueError, TypeError):
            return None

    def set_plan_options(self, pack_id: str, options: PlanOptions) -> None:
        self._qs.setValue(f"plans/{pack_id}", json.dumps(options.to_json(), sort_keys=True))
        self.sync()

    def window_geometry(self) -> QByteArray | None:
        raw = self._qs.value("window/geometry")
        return raw if isinstance(raw, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self.sync()

    def last_pack(self) -> Path | None:
        raw = self._qs.value("pack/last")
        return Path(str(raw)) if raw else None

    def set_last_pack(self, path: Path | None) -> None:
        if path is None:
            self._qs.remove("pack/last")
        else:
            self._qs.setValue("pack/last", str(path))
        self.sync()

    def appearance(self) -> str:
        """The look chosen in Settings ("system", "light", "dark", "high-contrast"); the
        window falls back on "system" for a value it does not know."""
        return str(self._qs.value("view/appearance", "system") or "system")

    def set_appearance(self, appearance: str) -> None:
        self._qs.setValue("view/appearance", appearance)
        self.sync()

    def sync(self) -> None:
        self._qs.setValue("format", SETTINGS_FORMAT)
        if not self._path.exists():
            # Created user-only before QSettings writes it (it keeps the mode of the file),
            # and so is its folder if it has gone: QSettings would make it readable by all.
            with contextlib.suppress(OSError):
                self._path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
                os.close(os.open(self._path, os.O_CREAT | os.O_EXCL | os.O_WRONLY,
                                 PRIVATE_FILE_MODE))
        self._qs.sync()
        if self._qs.status() != QSettings.Status.NoError:
            log.warning("settings could not be written to %s", self._path)
            return
        with contextlib.suppress(OSError):  # e.g. a file system without modes
            self._path.chmod(PRIVATE_FILE_MODE)
