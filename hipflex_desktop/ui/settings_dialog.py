"""Settings: sound, voice, weekly goal and reminders — with what this computer can and cannot do.

Changes apply at once (no Apply button): the dialog emits the new values and the shell saves
them. Where something is missing (no speech engine, no system tray, no screensaver service) the
dialog says so in plain words, with what to install, instead of failing.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.store.settings import HabitSettings, SoundSettings, VoiceSettings
from hipflex_desktop.ui.theme import Appearance

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class SettingsDialog(QDialog):
    sound_changed = Signal(object)  # SoundSettings
    voice_changed = Signal(object)  # VoiceSettings
    habit_changed = Signal(object)  # HabitSettings
    calendar_requested = Signal()
    appearance_changed = Signal(object)  # Appearance

    def __init__(self, sound: SoundSettings, voice: VoiceSettings, habit: HabitSettings,
                 parent: QWidget | None = None, *,
                 appearance: Appearance = Appearance.SYSTEM) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(480)
        self._loading = True

        # Sound
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(sound.volume * 100))
        self.volume.setAccessibleName("Volume")
        self.volume.setAccessibleDescription("Volume of the sounds")
        self.muted = QCheckBox("Mute sounds and voice (M)")
        self.muted.setChecked(sound.muted)
        self.sound_status = self._status_label("Sound status")
        sound_box = QGroupBox("Sound")
        sound_form = QFormLayout(sound_box)
        sound_form.addRow("Volume", self.volume)
        sound_form.addRow(self.muted)
        sound_form.addRow(self.sound_status)

        # Voice
        self.voice_on = QCheckBox("Speak the instructions")
        self.voice_on.setChecked(voice.enabled)
        self.voice_on.setAccessibleDescription("Say each step aloud")
        self.voice_choice = QComboBox()
        self.voice_choice.setAccessibleName("Voice")
        self.voice_choice.addItem("The system's default voice", "")
        self._wanted_voice = voice.voice
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(voice.rate * 10))
        self.rate.setAccessibleName("Speaking rate")
        self.rate.setAccessibleDescription("Slower to the left, faster to the right")
        self.voice_status = self._status_label("Voice status")
        self.voice_status.setText("Looking for a speech engine…")
        voice_box = QGroupBox("Voice")
        voice_form = QFormLayout(voice_box)
        voice_form.addRow(self.voice_on)
        voice_form.addRow("Voice", self.voice_choice)
        voice_form.addRow("Rate", self.rate)
        voice_form.addRow(self.voice_status)

        # Habit
        self.goal = QSpinBox()
        self.goal.setRange(1, 14)
        self.goal.setValue(habit.goal_per_week)
        self.goal.setSuffix(" sessions a week")
        self.goal.setAccessibleName("Weekly goal")
        self.reminders = QCheckBox("Remind me on these days when I have not trained yet")
        self.reminders.setChecked(habit.reminders)
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for index, name in enumerate(DAY_NAMES):
            box = QCheckBox(name)
            box.setChecked(index in habit.reminder_days)
            box.setAccessibleName(f"Remind on {name}")
            box.toggled.connect(self._on_habit)
            self.days.append(box)
            days_row.addWidget(box)
        self.reminder_time = QTimeEdit(QTime(habit.reminder_time.hour, habit.reminder_time.minute))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName("Reminder time")
        self.keep_in_tray = QCheckBox("Keep running in the system tray when the window is closed")
        self.keep_in_tray.setChecked(habit.keep_in_tray)
        self.tray_status = self._status_label("Tray status")
        self.calendar_uid = habit.calendar_uid
        calendar = QLabel('<a href="calendar">Add the schedule to your calendar…</a>')
        calendar.setAccessibleName("Add to calendar")
        calendar.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        calendar.linkActivated.connect(lambda _link: self.calendar_requested.emit())
        habit_box = QGroupBox("Weekly routine")
        habit_form = QFormLayout(habit_box)
        habit_form.addRow("Goal", self.goal)
        habit_form.addRow(self.reminders)
        habit_form.addRow("Days", days_row)
        habit_form.addRow("At", self.reminder_time)
        habit_form.addRow(self.keep_in_tray)
        habit_form.addRow(self.tray_status)
        habit_form.addRow(calendar)

        # Look
        self.appearance = QComboBox()
        for value, label in (
            (Appearance.SYSTEM, self.tr("As the desktop is set (light, dark, high contrast)")),
            (Appearance.LIGHT, self.tr("Light")),
            (Appearance.DARK, self.tr("Dark")),
            (Appearance.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.appearance.addItem(label, value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(appearance)))
        self.appearance.setAccessibleName(self.tr("Colours"))
        self.appearance.setAccessibleDescription(
            self.tr("High contrast draws all text at least 7 to 1 against its background"))
        look_box = QGroupBox(self.tr("Look"))
        look_form = QFormLayout(look_box)
        look_form.addRow(self.tr("Colours"), self.appearance)

        self.screen_status = self._status_label("Screen status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(sound_box)
        layout.addWidget(voice_box)
        layout.addWidget(habit_box)
        layout.addWidget(look_box)
        layout.addWidget(self.screen_status)
        layout.addWidget(buttons)

        self.volume.valueChanged.connect(self._on_sound)
        self.muted.toggled.connect(self._on_sound)
        self.voice_on.toggled.connect(self._on_voice)
        self.voice_choice.currentIndexChanged.connect(self._on_voice)
        self.rate.valueChanged.connect(self._on_voice)
        for widget in (self.goal,):
            widget.valueChanged.connect(self._on_habit)
        self.reminders.toggled.connect(self._on_habit)
        self.reminder_time.timeChanged.connect(self._on_habit)
        self.keep_in_tray.toggled.connect(self._on_habit)
        self.appearance.currentIndexChanged.connect(self._on_appearance)
        self._loading = False

    @staticmethod
    def _status_label(name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName("muted")
        label.setAccessibleDescription(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def fit_contents(self) -> None:
        """Tall enough for the status lines as they wrap (a dialog's own minimum counts each
        as one line)."""
        width = self.sizeHint().width()
        self.resize(width, max(self.sizeHint().height(), self.heightForWidth(width)))

    # -- what this computer can do ---------------------------------------------------------

    def set_voices(self, voices: list[tuple[str, str]]) -> None:
        """``(id, label)`` pairs from the speech engine."""
        self._loading = True
        self.voice_choice.clear()
        self.voice_choice.addItem("The system's default voice", "")
        for voice_id, label in voices:
            self.voice_choice.addItem(label, voice_id)
        index = self.voice_choice.findData(self._wanted_voice)
        self.voice_choice.setCurrentIndex(max(index, 0))
        self._loading = False

    def set_voice_status(self, text: str, available: bool) -> None:
        self.voice_status.setText(text)
        for widget in (self.voice_choice, self.rate):
            widget.setEnabled(available)

    def set_sound_status(self, text: str) -> None:
        self.sound_status.setText(text)
        self.sound_status.setVisible(bool(text))

    def set_tray_status(self, text: str, available: bool) -> None:
        self.tray_status.setText(text)
        self.tray_status.setVisible(bool(text))
        self.keep_in_tray.setEnabled(available)

    def set_screen_status(self, text: str) -> None:
        self.screen_status.setText(f"Screen: {text}")

    # -- values ----------------------------------------------------------------------------

    def sound(self) -> SoundSettings:
        return SoundSettings(volume=self.volume.value() / 100, muted=self.muted.isChecked())

    def voice(self) -> VoiceSettings:
        return VoiceSettings(enabled=self.voice_on.isChecked(),
                             voice=str(self.voice_choice.currentData() or ""),
                             rate=self.rate.value() / 10)

    def habit(self) -> HabitSettings:
        at = self.reminder_time.time()
        return HabitSettings(
            goal_per_week=self.goal.value(),
            reminders=self.reminders.isChecked(),
            reminder_days=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            reminder_time=time(at.hour(), at.minute()),
            keep_in_tray=self.keep_in_tray.isChecked(),
            calendar_uid=self.calendar_uid,
        )

    def set_muted(self, muted: bool) -> None:
        self._loading = True
        self.muted.setChecked(muted)
        self._loading = False

    def _on_sound(self) -> None:
        if not self._loading:
            self.sound_changed.emit(self.sound())

    def _on_voice(self) -> None:
        if not self._loading:
            self._wanted_voice = str(self.voice_choice.currentData() or "")
            self.voice_changed.emit(self.voice())

    def _on_appearance(self) -> None:
        if not self._loading:
            self.appearance_changed.emit(Appearance(self.appearance.currentData()))

    def _on_habit(self) -> None:
        if not self._loading:
            self.habit_changed.emit(self.habit())
