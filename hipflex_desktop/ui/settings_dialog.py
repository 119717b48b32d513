"""Settings: language, sound, voice, weekly goal and reminders — with what this computer can and
cannot do.

Changes apply at once (no Apply button): the dialog emits the new values and the shell saves
them. Where something is missing (no speech engine, no system tray, no screensaver service) the
dialog says so in plain words, with what to install, instead of failing.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.languages import LANGUAGES
from hipflex_desktop.store.settings import HabitSettings, SoundSettings, VoiceSettings
from hipflex_desktop.ui.theme import Appearance


class SettingsDialog(QDialog):
    sound_changed = Signal(object)  # SoundSettings
    voice_changed = Signal(object)  # VoiceSettings
    habit_changed = Signal(object)  # HabitSettings
    language_changed = Signal(str)  # a code of LANGUAGES, or "" for the system's language
    calendar_requested = Signal()
    appearance_changed = Signal(object)  # Appearance

    def __init__(self, sound: SoundSettings, voice: VoiceSettings, habit: HabitSettings,
                 parent: QWidget | None = None, *,
                 appearance: Appearance = Appearance.SYSTEM, language: str = "",
                 language_shown: str = "") -> None:
        """``language``: the choice remembered ("" follows the system); ``language_shown``:
        the code of the language the window is in now."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(860)
        self._loading = True

        # Language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._language_shown = language_shown
        self._language_at_start = language
        self.language_note = self._status_label(self.tr("About the language"))
        self.language_note.hide()
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Language"), self.language)
        language_form.addRow(self.language_note)

        # Sound
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(sound.volume * 100))
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setAccessibleDescription(self.tr("Volume of the sounds"))
        self.muted = QCheckBox(self.tr("Mute sounds and voice (M)"))
        self.muted.setChecked(sound.muted)
        self.sound_status = self._status_label(self.tr("Sound status"))
        sound_box = QGroupBox(self.tr("Sound"))
        sound_form = QFormLayout(sound_box)
        sound_form.addRow(self.tr("Volume"), self.volume)
        sound_form.addRow(self.muted)
        sound_form.addRow(self.sound_status)

        # Voice
        self.voice_on = QCheckBox(self.tr("Speak the instructions"))
        self.voice_on.setChecked(voice.enabled)
        self.voice_on.setAccessibleDescription(self.tr("Say each step aloud"))
        self.voice_choice = QComboBox()
        self.voice_choice.setAccessibleName(self.tr("Voice"))
        self.voice_choice.addItem(self.tr("The system's default voice"), "")
        self._wanted_voice = voice.voice
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(voice.rate * 10))
        self.rate.setAccessibleName(self.tr("Speaking rate"))
        self.rate.setAccessibleDescription(self.tr("Slower to the left, faster to the right"))
        self.voice_status = self._status_label(self.tr("Voice status"))
        self.voice_status.setText(self.tr("Looking for a speech engine…"))
        voice_box = QGroupBox(self.tr("Voice"))
        voice_form = QFormLayout(voice_box)
        voice_form.addRow(self.voice_on)
        voice_form.addRow(self.tr("Voice"), self.voice_choice)
        voice_form.addRow(self.tr("Rate"), self.rate)
        voice_form.addRow(self.voice_status)

        # Habit
        self.goal = QSpinBox()
        self.goal.setRange(1, 14)
        self.goal.setValue(habit.goal_per_week)
        self.goal.setAccessibleName(self.tr("Weekly goal"))
        self._show_goal_words()
        self.goal.valueChanged.connect(self._show_goal_words)
        self.reminders = QCheckBox(self.tr("Remind me on these days when I have not trained yet"))
        self.reminders.setChecked(habit.reminders)
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        locale = QLocale()
        for index in range(7):  # Monday first, as the settings keep them
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(index in habit.reminder_days)
            box.setAccessibleName(self.tr("Remind on {day}").format(
                day=locale.dayName(index + 1, QLocale.FormatType.LongFormat)))
            box.toggled.connect(self._on_habit)
            self.days.append(box)
            days_row.addWidget(box)
        self.reminder_time = QTimeEdit(QTime(habit.reminder_time.hour, habit.reminder_time.minute))
        self.reminder_time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.keep_in_tray = QCheckBox(
            self.tr("Keep running in the system tray when the window is closed"))
        self.keep_in_tray.setChecked(habit.keep_in_tray)
        self.tray_status = self._status_label(self.tr("Tray status"))
        self.calendar_uid = habit.calendar_uid
        calendar = QLabel('<a href="calendar">{}</a>'.format(
            self.tr("Add the schedule to your calendar…")))
        calendar.setAccessibleName(self.tr("Add to calendar"))
        calendar.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        calendar.linkActivated.connect(lambda _link: self.calendar_requested.emit())
        habit_box = QGroupBox(self.tr("Weekly routine"))
        habit_form = QFormLayout(habit_box)
        habit_form.addRow(self.tr("Goal"), self.goal)
        habit_form.addRow(self.reminders)
        habit_form.addRow(self.tr("Days"), days_row)
        habit_form.addRow(self.tr("At", "reminder time"), self.reminder_time)
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

        self.screen_status = self._status_label(self.tr("Screen status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        # The groups scroll when the screen is lower than they are tall (a 600-pixel screen,
        # a longer language); the Close button stays in view.
        # Two columns, so that it fits a 1024 x 600 screen whole in every language.
        body = QWidget()
        body_layout = QGridLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        for group in (language_box, sound_box, voice_box):
            left.addWidget(group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(habit_box)
        right.addWidget(look_box)
        right.addWidget(self.screen_status)
        right.addStretch(1)
        body_layout.addLayout(left, 0, 0)
        body_layout.addLayout(right, 0, 1)
        body_layout.setColumnStretch(0, 1)
        body_layout.setColumnStretch(1, 1)
        self._body = body_layout
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Only its controls take the focus (Tab goes through them, and the area scrolls to
        # the one focused); the area itself is a named group to a screen reader.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Settings"))
        self._scroll = scroll
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._layout = layout

        self.language.currentIndexChanged.connect(self._on_language)
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
        self.voice_choice.addItem(self.tr("The system's default voice"), "")
        for voice_id, label in voices:
            self.voice_choice.addItem(label, voice_id)
        index = self.voice_choice.findData(self._wanted_voice)
        self.voice_choice.setCurrentIndex(max(index, 0))
        self._loading = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """As tall as the groups need, up to the screen's height (they scroll beyond it). A
        status sentence that arrives while the dialog is open (the speech engine answers
        seconds later) wraps onto more lines: the dialog grows with it."""
        width = self._scroll.viewport().width() if self.isVisible() else self.width()
        self._body.activate()
        body = (self._body.totalHeightForWidth(width) if self._body.hasHeightForWidth()
                else self._body.totalSizeHint().height())
        margins = self._layout.contentsMargins()
        need = (body + self._buttons.sizeHint().height() + self._layout.spacing()
                + margins.top() + margins.bottom())
        screen = self.screen()
        room = screen.availableGeometry().height() - 48 if screen is not None else need
        wanted = min(need, room)
        if wanted > self.height() or (self.height() > room):
            self.resize(self.width(), wanted)

    def set_voice_status(self, text: str, available: bool) -> None:
        self.voice_status.setText(text)
        self._grow_to_fit()
        for widget in (self.voice_choice, self.rate):
            widget.setEnabled(available)

    def set_sound_status(self, text: str) -> None:
        self.sound_status.setText(text)
        self.sound_status.setVisible(bool(text))
        self._grow_to_fit()

    def set_tray_status(self, text: str, available: bool) -> None:
        self.tray_status.setText(text)
        self.tray_status.setVisible(bool(text))
        self._grow_to_fit()
        self.keep_in_tray.setEnabled(available)

    def set_screen_status(self, text: str) -> None:
        self.screen_status.setText(self.tr("Screen: {status}").format(status=text))
        self._grow_to_fit()

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

    def language_choice(self) -> str:
        return str(self.language.currentData() or "")

    def _show_goal_words(self) -> None:
        """"2 sessions a week" around the number, in the plural the number asks for."""
        value = self.goal.value()
        words = self.tr("%n session(s) a week", "weekly goal", value)
        number = QLocale().toString(value)
        at = words.find(number)
        if at < 0:  # a translation that spells the number out: keep the digits in front
            self.goal.setPrefix("")
            self.goal.setSuffix(" " + words)
            return
        self.goal.setPrefix(words[:at])
        self.goal.setSuffix(words[at + len(number):])

    def _on_language(self) -> None:
        code = self.language_choice()
        changed = code != self._language_at_start
        self.language_note.setText(self.tr(
            "The window shows the new language the next time HipFlex Desktop starts."))
        self.language_note.setVisible(changed)
        self._grow_to_fit()
        if not self._loading:
            self.language_changed.emit(code)

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
