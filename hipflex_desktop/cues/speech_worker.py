"""The speech engine, in a process of its own.

Run as ``python -m hipflex_desktop.cues.speech_worker --engine NAME`` (``speechd``, ``mock`` or
``auto``). Creating an engine can block for seconds (speech-dispatcher starting) or for ever (a
stuck daemon), and with no audio server a sentence can stay "speaking" for ever. Out here none of
that can touch the window: the app only reads this process's replies, and kills it when it stops
answering.

Protocol: one JSON object a line on stdin (commands) and stdout (replies, flushed).

Commands (``{"cmd": ...}``)::

    say   {"id": n, "text": "..."}     cuts any sentence being spoken, then speaks this one
    stop  {}                           cuts the sentence being spoken
    set   {"rate": -1..1, "volume": 0..1, "voice": id}   any subset; "" is the default voice
    ping  {"id": n}                    answered by pong
    quit  {}

Replies (``{"event": ...}``)::

    ready     {"engine", "voices": [{"id", "name", "locale"}], "default_voice", "rate", "volume"}
    failed    {"reason", "missing_language"?}   the engine could not be created, or has no
                                       voice of the language asked for; the process then exits
    started   {"id"}                   the sentence is being spoken
    finished  {"id", "cut"}            it was spoken to the end (cut: false) or cut short
    set       {"rate", "volume", "voice"}   the values now in effect
    pong      {"id"}
    error     {"reason", "id"?}        from the engine, or a command that made no sense

End of stdin ends the process (within a second, even when the engine hangs), so the worker never
outlives the app. An app that is killed cannot close anything: on Linux the kernel then ends the
worker too (``PR_SET_PDEATHSIG``). That matters because a hung engine can hold the Python lock:
speech-dispatcher's ``spd_open`` blocks in ``connect()`` on a stuck server inside QTextToSpeech's
constructor, which keeps the lock, so the thread that watches stdin never runs again.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

ENGINES: Final = ("auto", "speechd", "mock")
# After stdin closes, the process ends by itself at the latest this long after, even if the
# engine has hung the Qt thread.
EXIT_GRACE_S: Final = 1.0
# How long a stop may take to be acknowledged before the next sentence is said anyway.
STOP_SETTLE_MS: Final = 500
# The language of the session (the window's); the engine is moved to a locale of it, whatever
# its own (often "C" on a machine without a locale set).
DEFAULT_LANGUAGE: Final = "en"
# espeak-ng (through speech-dispatcher) picks an odd default voice for some locales.
PREFERRED_VOICES: Final = {
    "en_US": "English (America)",
    "en_GB": "English (Great Britain)",
}


def voice_id(voice: QVoice) -> str:
    """A voice's name, stable across runs: its locale and its name."""
    return f"{voice.locale().name()}/{voice.name()}"


class _Relay(QObject):
    """Carries stdin lines from the reading thread to the Qt thread (queued connections)."""

    line_read = Signal(str)
    input_closed = Signal()


def _read_commands(stream: IO[bytes], relay: _Relay) -> None:
    for raw in stream:
        relay.line_read.emit(raw.decode("utf-8", "replace"))
    relay.input_closed.emit()
    # The Qt thread normally quits at once; if the engine holds it, leave anyway.
    killer = threading.Timer(EXIT_GRACE_S, os._exit, args=(0,))
    killer.daemon = True
    killer.start()


class SpeechWorker(QObject):
    """Drives one QTextToSpeech on the worker's Qt thread and reports what it does."""

    def __init__(self, out: IO[str], app: QCoreApplication) -> None:
        super().__init__()
        self._out = out
        self._app = app
        self._tts: QTextToSpeech | None = None
        self._voices: dict[str, QVoice] = {}
        self._default_voice: QVoice | None = None
        self._current: int | None = None  # id of the sentence in hand
        self._started = False
        self._pending: str | None = None  # its text, while the engine finishes a stop
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._say_pending)

    # -- output ----------------------------------------------------------------------------

    def send(self, event: str, **fields: Any) -> None:
        try:
            self._out.write(json.dumps({"event": event, **fields}) + "\n")
            self._out.flush()
        except (OSError, ValueError):
            os._exit(0)  # the app is gone

    # -- start -----------------------------------------------------------------------------

    def open(self, engine: str, language: str = DEFAULT_LANGUAGE) -> bool:
        """Create the engine (this may block for seconds); report ready or failed."""
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:  # e.g. libpulse.so.0 missing
            self.send("failed", reason=f"the speech module cannot be loaded ({exc}); "
                                       "installing libpulse0 may help")
            return False
        available = [str(name) for name in QTextToSpeech.availableEngines()]
        name = choose_engine(engine, available, sys.platform)
        if name is None:
            found = ", ".join(e for e in available if e != "mock") or "none"
            self.send("failed", reason=f"no usable speech engine (asked for {engine}, "
                                       f"found {found})")
            return False
        tts = QTextToSpeech(name)
        if tts.state() == QTextToSpeech.State.Error:
            self.send("failed", reason=f"the {name} engine reports: {tts.errorString()}")
            return False
        self._tts = tts
        if not self._choose_language(language):
            self.send("failed", reason=f"the {name} engine has no voice for {language}",
                      missing_language=language)
            return False
        if not self._voices:
            hint = (" (install speech-dispatcher-espeak-ng espeak-ng)" if name == "speechd"
                    else "")
            self.send("failed", reason=f"the {name} engine has no voices{hint}")
            return False
        tts.stateChanged.connect(self._on_state_changed)
        tts.errorOccurred.connect(self._on_error)
        self.send(
            "ready",
            engine=name,
            voices=[{"id": key, "name": v.name(), "locale": v.locale().name()}
                    for key, v in self._voices.items()],
            default_voice=voice_id(tts.voice()),
            rate=tts.rate(),
            volume=tts.volume(),
        )
        return True

    def _choose_language(self, language: str) -> bool:
        """Voices of ``language`` ("de", "es_MX"): False when the engine has none."""
        assert self._tts is not None
        tts = self._tts
        wanted = QLocale(language)
        locales = [loc for loc in tts.availableLocales() if loc.language() == wanted.language()]
        if not locales:
            return False
        # The locale asked for, else the language's own country (de_DE, es_ES), else any.
        main = QLocale(wanted.language()).name()
        pick = next((loc for loc in locales if loc.name() == wanted.name()), None)
        pick = pick or next((loc for loc in locales if loc.name() == main), locales[0])
        if tts.locale() != pick:
            tts.setLocale(pick)
        chosen_locale = tts.locale()
        default = tts.voice()
        # Every voice of the language, without the engine's variants of a voice ("X+Y") when
        # the voice itself is there: a list a person can choose from.
        voices: dict[str, QVoice] = {}
        for loc in locales:
            tts.setLocale(loc)
            for voice in tts.availableVoices():
                voices.setdefault(voice_id(voice), voice)
        names = {v.name() for v in voices.values()}
        self._voices = {
            key: v for key, v in sorted(voices.items(), key=lambda kv: kv[0].casefold())
            if "+" not in v.name() or v.name().split("+", 1)[0] not in names
        }
        tts.setLocale(chosen_locale)
        preferred = PREFERRED_VOICES.get(chosen_locale.name(), "")
        default = self._voices.get(f"{chosen_locale.name()}/{preferred}", default)
        if default.locale().language() != wanted.language() and self._voices:
            default = next(iter(self._voices.values()))
        tts.setVoice(default)
        self._voices.setdefault(voice_id(default), default)
        self._default_voice = default
        return True

    # -- commands --------------------------------------------------------------------------

    def handle_line(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        try:
            command = json.loads(line)
        except ValueError:
            self.send("error", reason=f"not a JSON command: {line[:80]}")
            return
        if not isinstance(command, dict):
            self.send("error", reason=f"not a command object: {line[:80]}")
            return
        self.handle(command)

    def handle(self, command: dict[str, Any]) -> None:
        cmd = command.get("cmd")
        if cmd == "quit":
            self.quit()
        elif cmd == "ping":
            self.send("pong", id=command.get("id"))
        elif self._tts is None:
            self.send("error", reason=f"no engine for {cmd!r}")
        elif cmd == "say":
            ident, text = command.get("id"), command.get("text")
            if not isinstance(ident, int) or not isinstance(text, str):
                self.send("error", reason="say needs an integer id and a text")
                return
            self.say(ident, text)
        elif cmd == "stop":
            self.stop()
        elif cmd == "set":
            self.apply(command)
        else:
            self.send("error", reason=f"unknown command {cmd!r}")

    def say(self, ident: int, text: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert self._tts is not None
        self.stop()
        self._current, self._started = ident, False
        if self._tts.state() == QTextToSpeech.State.Speaking:
            # speech-dispatcher acknowledges a stop a few tens of milliseconds later; a sentence
            # said before that would be taken for the one just cut.
            self._pending = text
            self._settle.start(STOP_SETTLE_MS)
        else:
            self._tts.say(text)

    def _say_pending(self) -> None:
        text, self._pending = self._pending, None
        self._settle.stop()
        if text is not None and self._tts is not None:
            self._tts.say(text)

    def stop(self) -> None:
        assert self._tts is not None
        cut, self._current, self._pending = self._current, None, None
        self._settle.stop()
        if cut is not None:
            self.send("finished", id=cut, cut=True)
        self._tts.stop()

    def apply(self, command: dict[str, Any]) -> None:
        assert self._tts is not None
        tts = self._tts
        rate, volume, voice = command.get("rate"), command.get("volume"), command.get("voice")
        if isinstance(rate, int | float):
            tts.setRate(min(max(float(rate), -1.0), 1.0))
        if isinstance(volume, int | float):
            tts.setVolume(min(max(float(volume), 0.0), 1.0))
        if isinstance(voice, str):
            chosen = self._voices.get(voice) if voice else self._default_voice
            if chosen is None:
                self.send("error", reason=f"no voice {voice!r}; keeping {voice_id(tts.voice())}")
            else:
                tts.setVoice(chosen)
        self.send("set", rate=tts.rate(), volume=tts.volume(), voice=voice_id(tts.voice()))

    def input_closed(self) -> None:
        self.quit()

    def quit(self) -> None:
        if self._tts is not None:
            self._current, self._pending = None, None
            self._tts.stop()
        self._app.quit()

    # -- engine ----------------------------------------------------------------------------

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._pending is not None:
            if state != QTextToSpeech.State.Speaking:
                self._say_pending()
            return
        if self._current is None:
            return
        if state == QTextToSpeech.State.Speaking and not self._started:
            self._started = True
            self.send("started", id=self._current)
        elif state == QTextToSpeech.State.Ready and self._started:
            done, self._current = self._current, None
            self.send("finished", id=done, cut=False)

    def _on_error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        failed, self._current = self._current, None
        if failed is None:
            self.send("error", reason=message)
        else:
            self.send("error", reason=message, id=failed)


def choose_engine(asked: str, available: Sequence[str], platform: str) -> str | None:
    """The engine to create for ``asked``, or None when there is none."""
    if asked != "auto":
        return asked if asked in available else None
    real = [name for name in available if name != "mock"]
    if platform.startswith("linux"):
        return "speechd" if "speechd" in real else None
    return real[0] if real else None


def _protocol_stream() -> IO[str]:
    """stdout for the protocol only: anything else that prints (Qt, the engine's libraries)
    goes to stderr instead of into the replies."""
    protocol_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(protocol_fd, "w", encoding="utf-8", buffering=1)


# prctl(2): the signal this process gets when the thread that started it ends.
PR_SET_PDEATHSIG: Final = 1


def end_with_parent() -> bool:
    """Have the kernel kill this process when its parent dies (Linux); True where it will.

    No Python code needs to run for it, so it works while an engine holds the Python lock.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() == 1:
        os._exit(0)  # the parent died before the line above: nobody is left to speak for
    return True


def main(argv: Sequence[str] | None = None) -> int:
    end_with_parent()
    parser = argparse.ArgumentParser(prog="speech_worker", description=__doc__.splitlines()[0])
    parser.add_argument("--engine", default="auto", help=", ".join(ENGINES) + " or another"
                        " engine of QTextToSpeech")
    parser.add_argument("--language", default=DEFAULT_LANGUAGE)
    args = parser.parse_args(argv)
    # Ctrl-C in a terminal reaches the whole process group; the app decides, and this process
    # follows when its stdin closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = _protocol_stream()
    app = QCoreApplication([sys.argv[0]])
    worker = SpeechWorker(out, app)
    relay = _Relay()
    relay.line_read.connect(worker.handle_line)
    relay.input_closed.connect(worker.input_closed)
    reader = threading.Thread(target=_read_commands, args=(sys.stdin.buffer, relay),
                              name="speech-commands", daemon=True)
    reader.start()
    code = 0 if worker.open(args.engine, args.language) else 1
    if code == 0:
        app.exec()
    out.flush()
    # No destructors: a stuck engine can hang in them too.
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
