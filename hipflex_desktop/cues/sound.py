"""Short sounds played with QSoundEffect, loaded once and ready before they are needed.

QSoundEffect never blocks: with no audio server its status goes to Error and ``play()``
returns. Such a player reports the problem once (``problem``) and keeps quiet afterwards.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLoggingCategory, QObject, QUrl, Signal

from hipflex_desktop.cues.planner import Sound
from hipflex_desktop.cues.qt_messages import NoAudioMessages
from hipflex_desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger("hipflex.sound")


class SoundPlayer(QObject):
    played = Signal(str)  # the sound's name, as play() was called
    problem_found = Signal(str)
    load_finished = Signal()  # every sound is either ready to play or known not to play

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Sound, QSoundEffect] = {}
        self._volume = 0.8
        self._muted = False
        self.problem: str | None = None
        self._qt_messages = NoAudioMessages()
        self._load_finished = False

    def load(self) -> None:
        """Load every sound (kept off the start-up path by the caller)."""
        if self._effects:
            return
        # Qt Multimedia is imported here, not with the module: it costs start-up time and
        # memory that the first paint should not wait for. Its notes about looking for
        # PipeWire before settling on PulseAudio are not news for the person (the
        # QT_LOGGING_RULES environment variable still brings them back).
        QLoggingCategory.setFilterRules(
            "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false")
        self._qt_messages.install()  # one line of ours instead of one of Qt's per sound
        from PySide6.QtMultimedia import QSoundEffect

        for sound in Sound:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path(f"sounds/{sound.value}.wav"))))
            effect.setVolume(self._volume)
            effect.statusChanged.connect(self._on_status_changed)
            self._effects[sound] = effect

    @property
    def loaded(self) -> bool:
        return bool(self._effects)

    @property
    def settled(self) -> bool:
        """Every sound has loaded or failed (so ``problem`` is final)."""
        return self.loaded and all(
            e.status() in (e.Status.Ready, e.Status.Error) for e in self._effects.values())

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def muted(self) -> bool:
        return self._muted

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            for effect in self._effects.values():
                effect.stop()

    def play(self, sound: Sound) -> bool:
        """Start ``sound`` now; False when muted or it cannot play."""
        if self._muted or self._volume <= 0:
            return False
        if not self._effects:
            self.load()
        effect = self._effects[sound]
        if effect.status() == effect.Status.Error:
            return False
        # One sound at a time: a new cue cuts the one still ringing. Besides being what a
        # listener wants, this matters for Qt 6.11's PulseAudio backend: sound effects playing
        # over each other in quick succession (a person pressing Right fast) wedge its event
        # notifier and freeze the app; played one at a time they never did (thousands of
        # plays at 15 ms intervals, measured).
        for other in self._effects.values():
            if other.isPlaying():
                other.stop()
        effect.play()
        self.played.emit(sound.value)
        return True

    def _on_status_changed(self) -> None:
        sender = self.sender()
        effect = next((e for e in self._effects.values() if e is sender), None)
        if effect is not None and effect.status() == effect.Status.Error \
                and self.problem is None:
            self.problem = self.tr("Sounds cannot play: no audio output was found. Check the"
                                   " sound settings of your computer.")
            qt_said = self._qt_messages.first or "its status is Error"
            log.warning("sounds are off: no audio output was found (Qt: %s, for %s); an audio"
                        " server (PulseAudio or PipeWire) must run for sounds and speech",
                        qt_said, effect.source().fileName())
            self.problem_found.emit(self.problem)
        if not self._load_finished and self.settled:
            self._load_finished = True
            self.load_finished.emit()
