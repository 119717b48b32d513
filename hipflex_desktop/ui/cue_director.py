"""Plays the session to the ear: sounds, the voice, and a screen that stays on.

It listens to the controller's events and asks the sound player and the speaker for the cue
that ``cues.planner`` picks. It never waits for either: a sound starts within a millisecond or
two of the boundary the controller noticed, and speech runs in its own process.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal

from hipflex_desktop.core.plan import Segment
from hipflex_desktop.core.session import Event, EventKind
from hipflex_desktop.cues.planner import (
    ENGLISH,
    Phrases,
    Sound,
    cue_for_event,
    rep_count_text,
    tick_sound,
)
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.trace_recorder import CueGiven


class SoundOutput(Protocol):
    def play(self, sound: Sound) -> bool: ...

    def set_muted(self, muted: bool) -> None: ...


class SpeechOutput(Protocol):
    def say(self, text: str) -> int | None: ...

    def stop(self) -> None: ...


class ScreenKeeper(Protocol):
    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class CueDirector(QObject):
    cue_played = Signal(str, str)  # sound name ("" for none), spoken text ("" for none)
    cue_given = Signal(object)  # the same cue with its timing, a CueGiven (for the trace)

    def __init__(self, controller: SessionController, sound: SoundOutput,
                 speech: SpeechOutput | None, screen: ScreenKeeper | None, *,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._sound = sound
        self._speech = speech
        self._screen = screen
        self._muted = False
        self._voice_on = True
        self._previous: Segment | None = None
        self._current: Segment | None = None
        self._phrases: Phrases = ENGLISH
        controller.event_occurred.connect(self._on_event)
        controller.countdown_ticked.connect(self._on_countdown_ticked)
        controller.step_changed.connect(self._on_step_changed)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self._sound.set_muted(muted)
        if muted and self._speech is not None:
            self._speech.stop()

    def set_speech(self, speech: SpeechOutput | None) -> None:
        self._speech = speech

    def set_phrases(self, phrases: Phrases) -> None:
        """The app's own spoken words, in the language the session is spoken in."""
        self._phrases = phrases

    def set_voice_enabled(self, enabled: bool) -> None:
        self._voice_on = enabled
        if not enabled and self._speech is not None:
            self._speech.stop()

    def say_rep_count(self) -> None:
        if self._current is not None:
            self._cue(None, rep_count_text(self._current, self._phrases), self._current.index)

    def _on_event(self, event: Event) -> None:
        kind = event.kind
        if kind in (EventKind.SESSION_STARTED, EventKind.RESUMED) and self._screen is not None:
            self._screen.inhibit(self.tr("A guided exercise session is running"))
        elif kind in (EventKind.PAUSED, EventKind.SESSION_FINISHED,
                      EventKind.SESSION_STOPPED) and self._screen is not None:
            self._screen.release()
        if kind is EventKind.SESSION_STARTED:
            self._previous = None
        cue = cue_for_event(event, self._previous, self._phrases)
        if kind is EventKind.SEGMENT_STARTED:
            self._previous = event.segment
            self._current = event.segment
        if cue is not None:
            self._cue(cue.sound, cue.speech, cue.index, boundary=event.at)

    def _on_step_changed(self, seg: Segment) -> None:
        # Also a session restored after a crash, which starts no segment: the rep count and
        # the next step's sound then know where it stands.
        self._current = seg
        self._previous = seg

    def _on_countdown_ticked(self, seconds_left: int) -> None:
        index = -1 if self._current is None else self._current.index
        # The instant the mark was due: the segment's end minus the seconds it announces.
        clock = self._controller.clock
        mark = clock.now() + self._controller.remaining() - seconds_left
        self._cue(tick_sound(seconds_left), None, index, boundary=mark)

    def _cue(self, sound: Sound | None, speech: str | None, index: int,
             boundary: float | None = None) -> None:
        if self._muted:
            return
        played = sound is not None and self._sound.play(sound)
        spoken = bool(speech) and self._voice_on and self._speech is not None
        if spoken:
            assert self._speech is not None and speech is not None
            self._speech.say(speech)
        if not played and not spoken:
            return
        now = self._controller.clock.now()  # the clock the boundaries are read on
        self.cue_given.emit(CueGiven(
            index=index, sound=sound.value if played and sound else None,
            speech=speech if spoken else None, at=now,
            lateness=None if boundary is None else now - boundary))
        self.cue_played.emit(sound.value if played and sound else "", speech if spoken else "")

    def shutdown(self) -> None:
        if self._screen is not None:
            self._screen.release()
        if self._speech is not None:
            self._speech.stop()
