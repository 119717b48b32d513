"""Spoken instructions, without ever blocking or hanging the window.

The speech engine runs in a worker process (``cues.speech_worker``): creating speech-dispatcher's
engine blocks about 1.6 s, a stuck daemon can hang it for ever, and with no audio server a
sentence stays "speaking" for ever. The :class:`Speaker` here only writes commands to that
process and reads its replies as they arrive; nothing in it waits. Every step has a time bound
(start-up, each sentence, shutdown), and when the engine misbehaves the speaker says so once
(``unavailable``) and the session goes on with its sounds.
"""

from __future__ import annotations

import enum
import json
import logging
import math
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QProcess, Signal

from hipflex_desktop.core.speech_fit import estimate_seconds
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.qtsupport.timers import Timer, TimerFactory, make_timer

log = logging.getLogger("hipflex.speech")

# speech-dispatcher's engine takes 2-3 s to create on an idle two-core machine (it lists about
# 1,500 espeak-ng voices), 4-9 s with both cores busy.
READY_TIMEOUT_MS: Final = 15000  # speechd needs 2-6 s to start on a busy machine
# A sentence still not spoken after max(this, SAY_BOUND_FACTOR x its estimated length) is stuck.
MIN_SAY_BOUND_S: Final = 3.0
SAY_BOUND_FACTOR: Final = 2.0
STUCK_LIMIT: Final = 3  # stuck sentences in a row before speech is given up
MAX_RESTARTS: Final = 2  # a worker that stops by itself is started again at most this often
SHUTDOWN_WAIT_MS: Final = 1000
_STDERR_LINES_LOGGED: Final = 20

INSTALL_COMMAND: Final = "sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
# What the person reads in Settings when speech is off: English here, translated when shown
# (``{command}``, ``{language}``, ``{seconds}``, ``{times}`` and ``{reason}`` are filled in).
NO_ENGINE: Final = QT_TRANSLATE_NOOP(
    "Speaker",
    "No speech engine found. Install speech-dispatcher and espeak-ng ({command}) to hear"
    " spoken instructions; sounds still play.")
NO_VOICE: Final = QT_TRANSLATE_NOOP(
    "Speaker",
    "The speech engine has no voice for {language}, so sessions play their sounds only."
    " espeak-ng ({command}) brings voices for many languages.")
START_TIMEOUT: Final = QT_TRANSLATE_NOOP(
    "Speaker",
    "The speech engine did not start in time ({seconds} s), so spoken instructions are off"
    " until the app is restarted; sounds still play. If this happens again, the speech service"
    " (speech-dispatcher) may be stuck: restarting the computer clears it.")
NO_SOUND: Final = QT_TRANSLATE_NOOP(
    "Speaker",
    "Speech is not producing sound (the engine never finished a sentence; is there an audio"
    " output?), so spoken instructions are off until the app is restarted; sounds still play.")
CRASHED: Final = QT_TRANSLATE_NOOP(
    "Speaker",
    "The speech engine stopped working {times} times, so spoken instructions are off until the"
    " app is restarted; sounds still play.")
FAILED: Final = QT_TRANSLATE_NOOP(
    "Speaker", "The speech engine could not start: {reason}. Sounds still play.")
NOT_LAUNCHED: Final = QT_TRANSLATE_NOOP(
    "Speaker", "The speech helper could not be started ({reason}); sounds still play.")


def message(template: str, **values: object) -> str:
    """One of the messages above, in the window's language, with its values filled in."""
    return QCoreApplication.translate("Speaker", template).format(**values)


@dataclass(frozen=True)
class Voice:
    """A voice of the speech engine; ``id`` is what settings remember."""

    id: str
    name: str
    locale: str


def session_language() -> str:
    """The locale the voice speaks: the window's (``QLocale()``, which the app sets to the
    interface's language); English where that is the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "en_US"
    return locale.name()


# The first argument that makes ``hipflex`` the speech worker instead of the app. A one-file
# bundle has no Python to run ``-m`` with: it starts itself with this argument.
WORKER_ARGUMENT: Final = "--speech-worker"


def worker_command() -> list[str]:
    """How to run the speech worker: this Python and package, or this very bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_ARGUMENT]
    return [sys.executable, "-m", "hipflex_desktop.cues.speech_worker"]


def say_bound_seconds(text: str, rate: float = 0.0) -> float:
    """How long ``text`` may take from ``say`` to its end before it counts as stuck.

    ``rate`` is the speaking rate (-1 slowest, 0 normal, 1 fastest); the slowest rate takes
    about twice as long as the normal one.
    """
    slowdown = math.pow(2.0, -min(max(rate, -1.0), 1.0))
    return max(MIN_SAY_BOUND_S, SAY_BOUND_FACTOR * estimate_seconds(text) * max(slowdown, 1.0))


class _State(enum.Enum):
    IDLE = "idle"  # not started yet
    STARTING = "starting"  # the worker runs, ready not yet received
    READY = "ready"
    UNAVAILABLE = "unavailable"  # given up; sounds only
    CLOSED = "closed"  # shut down


@dataclass
class _Sentence:
    id: int
    text: str
    started: bool = False


class Speaker(QObject):
    """The app's voice. Lives on the GUI thread and never blocks it.

    Signals (facts, after the event):

    - ``ready(list[Voice])``: the engine is up (again, after a restart); voices to choose from.
    - ``unavailable(str)``: speech is off, with a message for the person (once per ``start``).
    - ``started(int)``: the sentence with that id is being spoken.
    - ``spoken(int)``: it was spoken to the end.
    - ``interrupted(int)``: it was cut (by the next sentence, ``stop``, or a stuck engine).
    - ``settings_applied(dict)``: rate, volume and voice now in effect in the engine.
    """

    ready = Signal(list)
    unavailable = Signal(str)
    started = Signal(int)
    spoken = Signal(int)
    interrupted = Signal(int)
    settings_applied = Signal(object)

    def __init__(self, parent: QObject | None = None, *,
                 command: Sequence[str] | None = None,
                 timer_factory: TimerFactory = make_timer,
                 ready_timeout_ms: int = READY_TIMEOUT_MS,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._command = list(command) if command is not None else worker_command()
        self._language = language or session_language()
        self._missing_language = False  # gave up because no voice speaks the language
        self._ready_timeout_ms = ready_timeout_ms
        self._state = _State.IDLE
        self._engine_asked = "auto"
        self._process: QProcess | None = None
        self._stdout = b""
        self._launches = 0
        self._restarts = 0
        self._stuck = 0
        self._next_id = 1
        self._current: _Sentence | None = None
        self._enabled = True
        self._settings: dict[str, Any] = {}  # rate, volume, voice as the app set them
        self._voices: list[Voice] = []
        self._default_voice = ""
        self._engine = ""
        self._applied: dict[str, Any] = {}
        self._message = ""
        self._logged: set[str] = set()
        self._stderr_seen: set[str] = set()
        self._ready_timer: Timer = timer_factory(self, "speech-ready")
        self._ready_timer.setSingleShot(True)
        self._ready_timer.connect_timeout(self._on_ready_timeout)
        self._say_timer: Timer = timer_factory(self, "speech-say")
        self._say_timer.setSingleShot(True)
        self._say_timer.connect_timeout(self._on_say_timeout)
        self._say_bound_s = 0.0
        app = QCoreApplication.instance()
        if app is not None:  # a worker never outlives the app, even if nobody shuts it down
            app.aboutToQuit.connect(self.shutdown)

    # -- what the app reads ----------------------------------------------------------------

    @property
    def available(self) -> bool:
        """True while the engine is up and speaking is possible."""
        return self._state is _State.READY

    @property
    def starting(self) -> bool:
        return self._state is _State.STARTING

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def voices(self) -> list[Voice]:
        return list(self._voices)

    @property
    def default_voice(self) -> str:
        return self._default_voice

    @property
    def language(self) -> str:
        """The locale the voice speaks ("de_DE")."""
        return self._language

    @property
    def engine(self) -> str:
        """The engine in use ("" before ready)."""
        return self._engine

    @property
    def applied(self) -> dict[str, Any]:
        """Rate, volume and voice as the engine last reported them."""
        return dict(self._applied)

    @property
    def message(self) -> str:
        """Why speech is unavailable ("" while it is not)."""
        return self._message

    @property
    def process(self) -> QProcess | None:
        """The worker process, while there is one."""
        return self._process

    @property
    def launch_count(self) -> int:
        """How many worker processes this speaker has started."""
        return self._launches

    # -- control ---------------------------------------------------------------------------

    def start(self, engine: str = "auto") -> None:
        """Start the engine in its worker process; returns at once.

        Call it off the start-up path (e.g. from a zero-delay single-shot timer once the window
        is shown). ``ready`` or ``unavailable`` follows. ``mock`` is an instant, silent engine
        for tests.
        """
        if self._state in (_State.STARTING, _State.READY):
            return
        self._state = _State.IDLE
        self._engine_asked = engine
        self._restarts = 0
        self._stuck = 0
        self._message = ""
        self._missing_language = False
        if (engine == "auto" and sys.platform.startswith("linux")
                and shutil.which("speech-dispatcher") is None):
            self._give_up(message(NO_ENGINE, command=INSTALL_COMMAND),
                          "speech-dispatcher is not installed; speech is off",
                          level=logging.INFO)
            return
        self._launch()

    def say(self, text: str) -> int | None:
        """Speak ``text``, cutting whatever is being spoken. Returns the sentence's id, or None
        when nothing will be spoken (voice off, no engine, engine not ready yet, no text)."""
        if not self._enabled or self._state is not _State.READY or not text.strip():
            return None
        sentence = _Sentence(self._next_id, text)
        self._next_id += 1
        previous, self._current = self._current, sentence
        self._send({"cmd": "stop"})
        self._send({"cmd": "say", "id": sentence.id, "text": text})
        # The bound runs from the last sign of life: a previous sentence that never started
        # keeps its clock running, so a stuck engine is found even when cues come fast.
        if previous is None or previous.started or not self._say_timer.isActive():
            self._arm_say_timer(sentence)
        if previous is not None:
            self.interrupted.emit(previous.id)
        return sentence.id

    def stop(self) -> None:
        """Cut the sentence being spoken, if any."""
        if self._process is not None and self._state is _State.READY:
            self._send({"cmd": "stop"})
        self._say_timer.stop()
        cut, self._current = self._current, None
        if cut is not None:
            self.interrupted.emit(cut.id)

    def set_enabled(self, enabled: bool) -> None:
        """Voice on or off; off cuts the sentence being spoken."""
        self._enabled = enabled
        if not enabled:
            self.stop()

    def set_language(self, language: str) -> None:
        """Speak ``language`` ("de_DE") from now on. A running engine is started again in its
        worker with voices of that language (a second or two without speech, on the set-up
        page); one that gave up only for want of a voice of the old language tries again."""
        if language == self._language:
            return
        self._language = language
        if self._state in (_State.STARTING, _State.READY) or (
                self._state is _State.UNAVAILABLE and self._missing_language):
            process, self._process = self._process, None
            if process is not None and process.state() != QProcess.ProcessState.NotRunning:
                process.kill()  # its finished signal finds another worker and is ignored
            self._ready_timer.stop()
            self._drop_current()
            self._state = _State.IDLE
            self.start(self._engine_asked)

    def set_rate(self, rate: float) -> None:
        """-1 (slowest) .. 0 (normal) .. 1 (fastest)."""
        self._set({"rate": min(max(float(rate), -1.0), 1.0)})

    def set_volume(self, volume: float) -> None:
        """0 .. 1."""
        self._set({"volume": min(max(float(volume), 0.0), 1.0)})

    def set_voice(self, voice_id: str) -> None:
        """A voice's id from ``voices``; "" for the engine's default voice."""
        self._set({"voice": voice_id})

    def shutdown(self, wait_ms: int = SHUTDOWN_WAIT_MS) -> None:
        """End the worker: ask it to quit, close its input, give it ``wait_ms``, then kill it.

        Meant for the app's exit. A healthy worker leaves within milliseconds; a hung one costs
        at most ``wait_ms`` plus the moment a kill takes.
        """
        self._state = _State.CLOSED
        self._ready_timer.stop()
        self._say_timer.stop()
        self._current = None
        process = self._process
        if process is None:
            return
        if process.state() != QProcess.ProcessState.NotRunning:
            self._send({"cmd": "quit"})
            process.closeWriteChannel()
            if not process.waitForFinished(wait_ms):
                process.kill()
                process.waitForFinished(1000)
        self._forget(process)

    # -- worker process --------------------------------------------------------------------

    def _launch(self) -> None:
        process = QProcess(self)
        process.setProgram(self._command[0])
        process.setArguments([*self._command[1:], "--engine", self._engine_asked,
                              "--language", self._language])
        process.readyReadStandardOutput.connect(lambda: self._on_stdout(process))
        process.readyReadStandardError.connect(lambda: self._on_stderr(process))
        process.finished.connect(
            lambda code, status: self._on_finished(process, code, status))
        process.errorOccurred.connect(lambda error: self._on_process_error(process, error))
        self._process = process
        self._stdout = b""
        self._state = _State.STARTING
        self._launches += 1
        self._ready_timer.start(self._ready_timeout_ms)
        process.start()

    def _forget(self, process: QProcess) -> None:
        # The finished process stays a child of the speaker until the speaker goes (at most
        # a few per run). A deleteLater here left a deferred delete behind that a later nested
        # event loop (a modal dialog) ran on an object PySide had already freed.
        if self._process is process:
            self._process = None

    def _kill(self) -> None:
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # its finished signal arrives later and is ignored

    def _send(self, command: dict[str, Any]) -> None:
        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return
        process.write((json.dumps(command) + "\n").encode("utf-8"))

    def _set(self, settings: dict[str, Any]) -> None:
        self._settings.update(settings)
        if self._state is _State.READY:
            self._send({"cmd": "set", **settings})

    @property
    def _rate(self) -> float:
        return float(self._settings.get("rate", 0.0))

    def _on_stdout(self, process: QProcess) -> None:
        if process is not self._process:
            return
        self._stdout += bytes(process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for raw in lines:
            if process is not self._process:
                return  # a reply made us drop this worker
            try:
                reply = json.loads(raw)
            except ValueError:
                self._log_once("garbled", logging.WARNING,
                               "The speech worker wrote something that is not a reply: %r",
                               raw[:80])
                continue
            if isinstance(reply, dict):
                self._on_reply(reply)

    def _on_stderr(self, process: QProcess) -> None:
        text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        for raw in text.splitlines():
            line = raw.strip()
            if line and line not in self._stderr_seen and (
                    len(self._stderr_seen) < _STDERR_LINES_LOGGED):
                self._stderr_seen.add(line)
                log.debug("speech worker: %s", line)

    def _on_finished(self, process: QProcess, code: int,
                     status: QProcess.ExitStatus) -> None:
        if process is not self._process:
            return  # an earlier worker, already replaced; it stays a child until the end
        self._forget(process)
        if self._state not in (_State.STARTING, _State.READY):
            return  # we ended it, or it said why before leaving
        self._ready_timer.stop()
        self._drop_current()
        how = ("crashed" if status == QProcess.ExitStatus.CrashExit
               else f"exited with code {code}")
        if self._restarts < MAX_RESTARTS:
            self._restarts += 1
            self._log_once("restart", logging.WARNING,
                           "The speech worker %s; starting it again", how)
            self._launch()
        else:
            self._give_up(message(CRASHED, times=self._restarts + 1),
                          f"the speech worker {how} again; speech is off")

    def _on_process_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if process is not self._process or self._state not in (_State.STARTING, _State.READY):
            return
        if error == QProcess.ProcessError.FailedToStart:
            reason = process.errorString()
            self._forget(process)
            self._give_up(message(NOT_LAUNCHED, reason=reason),
                          f"the speech worker could not be started: {reason}")
        else:
            self._log_once(f"process-{error.name}", logging.INFO,
                           "Speech worker: %s", process.errorString())

    # -- replies ---------------------------------------------------------------------------

    def _on_reply(self, reply: dict[str, Any]) -> None:
        event = reply.get("event")
        ident = reply.get("id")
        current = self._current
        if event == "ready":
            self._on_ready(reply)
        elif event == "failed":
            reason = str(reply.get("reason", "no reason given"))
            missing = reply.get("missing_language")
            self._missing_language = isinstance(missing, str) and bool(missing)
            if isinstance(missing, str) and missing:
                self._give_up(message(NO_VOICE, language=QLocale(missing).nativeLanguageName(),
                                      command=INSTALL_COMMAND),
                              f"the speech engine has no voice for {missing}; speech is off",
                              level=logging.INFO)
            else:
                self._give_up(message(FAILED, reason=reason),
                              f"the speech engine could not start: {reason}")
        elif event == "started":
            if current is not None and current.id == ident and not current.started:
                current.started = True
                self._arm_say_timer(current)
                self.started.emit(current.id)
        elif event == "finished":
            if current is not None and current.id == ident and not reply.get("cut"):
                self._current = None
                self._say_timer.stop()
                self._stuck = 0
                self.spoken.emit(current.id)
        elif event == "set":
            self._applied = {key: reply.get(key) for key in ("rate", "volume", "voice")}
            self.settings_applied.emit(dict(self._applied))
        elif event == "error":
            reason = str(reply.get("reason", ""))
            self._log_once(f"error:{reason}", logging.WARNING, "Speech engine: %s", reason)
            if current is not None and current.id == ident:
                self._say_timer.stop()
                self._count_stuck(current)
        elif event != "pong":
            self._log_once(f"event:{event}", logging.INFO,
                           "The speech worker sent an unknown reply %r", event)

    def _on_ready(self, reply: dict[str, Any]) -> None:
        if self._state is not _State.STARTING:
            return
        self._ready_timer.stop()
        self._engine = str(reply.get("engine", ""))
        self._voices = [
            Voice(str(v.get("id", "")), str(v.get("name", "")), str(v.get("locale", "")))
            for v in reply.get("voices", []) if isinstance(v, dict)
        ]
        self._default_voice = str(reply.get("default_voice", ""))
        self._applied = {"rate": reply.get("rate"), "volume": reply.get("volume"),
                         "voice": self._default_voice}
        self._state = _State.READY
        settings = dict(self._settings)
        if settings.get("voice") and settings["voice"] not in {v.id for v in self._voices}:
            self._log_once("voice-gone", logging.INFO,
                           "The chosen voice %r is not available; using the default voice",
                           settings["voice"])
            settings["voice"] = ""
        if settings:
            self._send({"cmd": "set", **settings})
        self._log_once(f"ready:{self._engine}", logging.INFO, "Speech engine %s ready with %d "
                       "voices", self._engine, len(self._voices))
        self.ready.emit(self.voices)

    # -- time bounds -----------------------------------------------------------------------

    def _on_ready_timeout(self) -> None:
        if self._state is _State.STARTING:
            self._give_up(message(START_TIMEOUT,
                                  seconds=QLocale().toString(self._ready_timeout_ms / 1000)),
                          f"the speech engine gave no sign of life in "
                          f"{self._ready_timeout_ms} ms")

    def _arm_say_timer(self, sentence: _Sentence) -> None:
        self._say_bound_s = say_bound_seconds(sentence.text, self._rate)
        self._say_timer.start(round(self._say_bound_s * 1000))

    def _on_say_timeout(self) -> None:
        current = self._current
        if current is None or self._state is not _State.READY:
            return
        self._log_once("stuck", logging.WARNING,
                       "The speech engine gave no sign of progress for %.1f s; the sentence "
                       "was stopped", self._say_bound_s)
        self._send({"cmd": "stop"})
        self._count_stuck(current)

    def _count_stuck(self, sentence: _Sentence) -> None:
        if self._current is sentence:
            self._current = None
        self._stuck += 1
        self.interrupted.emit(sentence.id)
        if self._stuck >= STUCK_LIMIT:
            self._give_up(message(NO_SOUND), f"{self._stuck} sentences in a row were not spoken; "
                                    "speech is off")

    # -- giving up -------------------------------------------------------------------------

    def _drop_current(self) -> None:
        self._say_timer.stop()
        cut, self._current = self._current, None
        if cut is not None:
            self.interrupted.emit(cut.id)

    def _give_up(self, message: str, log_line: str, level: int = logging.WARNING) -> None:
        """Speech is off from now on: say so once, keep quiet afterwards."""
        if self._state is _State.UNAVAILABLE:
            return
        self._state = _State.UNAVAILABLE
        self._ready_timer.stop()
        self._drop_current()
        self._kill()
        self._message = message
        self._log_once(f"unavailable:{log_line}", level, "%s", log_line)
        self.unavailable.emit(message)

    def _log_once(self, key: str, level: int, text: str, *args: object) -> None:
        if key in self._logged:
            return
        self._logged.add(key)
        log.log(level, text, *args)
