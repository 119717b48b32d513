"""Spoken instructions that can never block or hang the window.

Three kinds of test:

- the real worker with the ``mock`` engine (a real process, an instant silent engine);
- a fake worker (a tiny Python script) that never answers, never finishes a sentence, exits at
  once or says it failed, with fake timers so that no test waits out the start-up bound;
- one test with the real ``speechd`` engine over a PulseAudio null sink, as CI runs it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.speech_fit import WORDS_PER_SECOND, count_words, estimate_seconds
from hipflex_desktop.cues.speech import (
    CRASHED,
    INSTALL_COMMAND,
    NO_ENGINE,
    NO_SOUND,
    NO_VOICE,
    READY_TIMEOUT_MS,
    STUCK_LIMIT,
    Speaker,
    say_bound_seconds,
)
from hipflex_desktop.cues.speech_worker import choose_engine
from tests.fakes import FakeTimers

LONG_TEXT = ("Lie on your back with your knees bent and your feet flat on the floor, then lift "
             "your hips until your body makes a straight line from your shoulders to your knees")


# -- a fake worker -------------------------------------------------------------------------

FAKE_WORKER = textwrap.dedent('''
    """A stand-in for the speech worker. argv: mode, log file, then what the speaker adds."""
    import json, sys, threading
    mode, log = sys.argv[1], sys.argv[2]

    def note(text):
        with open(log, "a", encoding="utf-8") as f:
            f.write(text + "\\n")

    def send(**event):
        sys.stdout.write(json.dumps(event) + "\\n")
        sys.stdout.flush()

    note("launch " + " ".join(sys.argv[3:]))
    if mode == "exit":
        sys.exit(3)
    if mode == "failed":
        send(event="failed", reason="the fake engine has no voices")
        sys.exit(1)
    if mode == "hung":  # never answers, never reads, never leaves by itself
        threading.Event().wait()
    send(event="ready", engine="fake", default_voice="xx/Fake", rate=0.0, volume=1.0,
         voices=[{"id": "xx/Fake", "name": "Fake", "locale": "xx"},
                 {"id": "xx/Other", "name": "Other", "locale": "xx"}])
    for line in sys.stdin:
        command = json.loads(line)
        note(json.dumps(command))
        cmd = command["cmd"]
        if cmd == "quit":
            break
        if cmd == "say":
            if mode == "crash-on-say":
                sys.exit(4)
            if mode == "mute":  # takes the sentence, never starts it
                continue
            send(event="started", id=command["id"])
            if mode == "echo":
                send(event="finished", id=command["id"], cut=False)
        elif cmd == "set":
            send(event="set", rate=command.get("rate", 0.0), volume=command.get("volume", 1.0),
                 voice=command.get("voice") or "xx/Fake")
''')


class FakeWorker:
    def __init__(self, directory: Path) -> None:
        self.script = directory / "fake_worker.py"
        self.script.write_text(FAKE_WORKER, encoding="utf-8")
        self.log = directory / "fake_worker.log"

    def command(self, mode: str) -> list[str]:
        return [sys.executable, str(self.script), mode, str(self.log)]

    def lines(self) -> list[str]:
        if not self.log.exists():
            return []
        return self.log.read_text(encoding="utf-8").splitlines()

    def launches(self) -> int:
        return sum(1 for line in self.lines() if line.startswith("launch"))

    def commands(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines() if line.startswith("{")]


# -- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def timers() -> FakeTimers:
    return FakeTimers()


@pytest.fixture
def fake_worker(tmp_path: Path) -> FakeWorker:
    return FakeWorker(tmp_path)


@pytest.fixture
def speakers(qtbot: QtBot) -> Iterator[list[Speaker]]:
    """Speakers made by a test; each is shut down and its worker gone at teardown."""
    made: list[Speaker] = []
    yield made
    for speaker in made:
        speaker.shutdown(wait_ms=2000)
        assert speaker.process is None


@pytest.fixture
def make_speaker(speakers: list[Speaker], timers: FakeTimers
                 ) -> Callable[..., Speaker]:
    def make(command: list[str] | None = None, *, fake_timers: bool = True,
             language: str | None = None) -> Speaker:
        if fake_timers:
            speaker = Speaker(command=command, timer_factory=timers.factory, language=language)
        else:
            speaker = Speaker(command=command, language=language)
        speakers.append(speaker)
        return speaker
    return make


def start_ready(qtbot: QtBot, speaker: Speaker, engine: str = "mock") -> list[Any]:
    with qtbot.waitSignal(speaker.ready, timeout=READY_TIMEOUT_MS) as blocker:
        speaker.start(engine)
    assert blocker.args is not None
    voices: list[Any] = blocker.args[0]
    return voices


def record(speaker: Speaker) -> list[tuple[str, int]]:
    """Every started / spoken / interrupted signal, in order."""
    events: list[tuple[str, int]] = []
    speaker.started.connect(lambda i: events.append(("started", i)))
    speaker.spoken.connect(lambda i: events.append(("spoken", i)))
    speaker.interrupted.connect(lambda i: events.append(("interrupted", i)))
    return events


def speech_log(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "hipflex.speech"]


def assert_no_repeats(caplog: pytest.LogCaptureFixture) -> None:
    repeated = {m: n for m, n in Counter(speech_log(caplog)).items() if n > 1}
    assert not repeated, f"logged more than once: {repeated}"


# -- speaking time -------------------------------------------------------------------------


def test_estimate_seconds_counts_words_at_a_normal_rate() -> None:
    assert WORDS_PER_SECOND == 2.5
    assert estimate_seconds("Right knee up") == pytest.approx(1.2)
    assert estimate_seconds("Rest. Next: seated leg lifts.") == pytest.approx(2.0)
    assert estimate_seconds("Don't arch your back", words_per_second=2.0) == pytest.approx(2.0)
    assert count_words("Don't arch your back") == 4
    assert estimate_seconds("") == 0.0
    assert estimate_seconds(" - ... ") == 0.0
    with pytest.raises(ValueError):
        estimate_seconds("Hold", words_per_second=0)


def test_a_sentence_may_take_twice_its_estimate_and_at_least_three_seconds() -> None:
    assert say_bound_seconds("Hold") == 3.0
    assert count_words(LONG_TEXT) == 32
    assert say_bound_seconds(LONG_TEXT) == pytest.approx(2 * 32 / 2.5)
    assert say_bound_seconds(LONG_TEXT, rate=-1.0) == pytest.approx(4 * 32 / 2.5)
    assert say_bound_seconds(LONG_TEXT, rate=1.0) == pytest.approx(2 * 32 / 2.5)


def test_auto_engine_choice() -> None:
    assert choose_engine("auto", ["speechd", "mock"], "linux") == "speechd"
    assert choose_engine("auto", ["mock"], "linux") is None
    assert choose_engine("auto", ["sapi", "winrt", "mock"], "win32") == "sapi"
    assert choose_engine("mock", ["speechd", "mock"], "linux") == "mock"
    assert choose_engine("speechd", ["mock"], "linux") is None


# -- the real worker, mock engine ----------------------------------------------------------


PARENT = textwrap.dedent("""\
    import subprocess, sys
    worker = subprocess.Popen(
        [sys.executable, "-m", "hipflex_desktop.cues.speech_worker", "--engine", "mock"],
        stdin=int(sys.argv[1]), pass_fds=(int(sys.argv[1]),))
    print(worker.pid, flush=True)
    worker.wait()
""")


def _gone(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_worker_ends_when_the_app_is_killed_though_its_input_stays_open() -> None:
    # The worker's stdin is a pipe this test keeps open, as a hung engine keeps the worker from
    # ever reading its end: only the parent's death can end it.
    read_end, write_end = os.pipe()
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(read_end)],
                              pass_fds=(read_end,), stdout=subprocess.PIPE, text=True)
    os.close(read_end)
    try:
        assert parent.stdout is not None
        worker_pid = int(parent.stdout.readline())
        ready = json.loads(parent.stdout.readline())  # the worker's stdout is the parent's
        assert ready["event"] == "ready"
        assert not _gone(worker_pid)
        parent.kill()
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not _gone(worker_pid):
            assert time.monotonic() < deadline, "the worker outlived the killed app"
            time.sleep(0.02)  # polling another process's end: there is no signal to wait on
    finally:
        os.close(write_end)
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        assert parent.stdout is not None
        parent.stdout.close()


def test_worker_answers_its_protocol_and_leaves_when_input_closes() -> None:
    commands = [
        {"cmd": "ping", "id": 7},
        {"cmd": "set", "rate": 0.5, "volume": 0.25, "voice": "en_GB/Anne"},
        {"cmd": "set", "voice": "nobody"},
        {"cmd": "dance"},
    ]
    text = "".join(json.dumps(c) + "\n" for c in commands) + "not json\n"
    done = subprocess.run(
        [sys.executable, "-m", "hipflex_desktop.cues.speech_worker", "--engine", "mock"],
        input=text, capture_output=True, text=True, timeout=30, check=False,
    )
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    ready = replies[0]
    assert ready["event"] == "ready" and ready["engine"] == "mock"
    assert {"id": "en_GB/Anne", "name": "Anne", "locale": "en_GB"} in ready["voices"]
    assert ready["default_voice"] in {v["id"] for v in ready["voices"]}
    assert replies[1] == {"event": "pong", "id": 7}
    assert replies[2] == {"event": "set", "rate": 0.5, "volume": 0.25, "voice": "en_GB/Anne"}
    assert replies[3]["event"] == "error" and "nobody" in replies[3]["reason"]
    assert replies[4] == {"event": "set", "rate": 0.5, "volume": 0.25, "voice": "en_GB/Anne"}
    assert replies[5] == {"event": "error", "reason": "unknown command 'dance'"}
    assert replies[6] == {"event": "error", "reason": "not a JSON command: not json"}
    assert len(replies) == 7


def test_mock_engine_is_ready_with_voices(qtbot: QtBot, make_speaker: Callable[..., Speaker],
                                          timers: FakeTimers) -> None:
    speaker = make_speaker()
    began = time.monotonic()
    speaker.start("mock")
    assert time.monotonic() - began < 0.5, "start() must not wait for the worker"
    assert speaker.starting and not speaker.available
    assert timers["speech-ready"].active and timers["speech-ready"].interval == READY_TIMEOUT_MS
    with qtbot.waitSignal(speaker.ready, timeout=READY_TIMEOUT_MS) as blocker:
        pass
    assert blocker.args is not None
    voices = blocker.args[0]
    names = {v.name for v in voices}
    assert {"Anne", "Bob"} <= names
    assert speaker.available and speaker.engine == "mock"
    assert speaker.default_voice in {v.id for v in voices}
    assert speaker.voices == voices
    assert not timers["speech-ready"].active


def test_say_reports_started_then_spoken(qtbot: QtBot,
                                         make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker()
    start_ready(qtbot, speaker)
    events = record(speaker)
    with qtbot.waitSignal(speaker.spoken, timeout=5000):
        first = speaker.say("Right knee up")
    with qtbot.waitSignal(speaker.spoken, timeout=5000):
        second = speaker.say("Hold")
    assert first == 1 and second == 2
    assert events == [("started", 1), ("spoken", 1), ("started", 2), ("spoken", 2)]


def test_a_second_sentence_cuts_the_first(qtbot: QtBot,
                                          make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker()
    start_ready(qtbot, speaker)
    events = record(speaker)
    with qtbot.waitSignal(speaker.started, timeout=5000):
        first = speaker.say(LONG_TEXT)  # about 3 s for the mock engine
    with qtbot.waitSignal(speaker.spoken, timeout=5000):
        second = speaker.say("Hold")
    assert events == [("started", first), ("interrupted", first),
                      ("started", second), ("spoken", second)]
    # the worker reported the first sentence's end (as cut) before the second one's start
    assert ("spoken", first) not in events


def test_settings_round_trip_through_the_engine(qtbot: QtBot,
                                                make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker()
    speaker.set_rate(0.5)  # before start: applied once the engine is up
    start_ready(qtbot, speaker)
    qtbot.waitUntil(lambda: speaker.applied.get("rate") == 0.5, timeout=5000)
    speaker.set_volume(0.25)
    speaker.set_voice("en_GB/Anne")
    wanted = {"rate": 0.5, "volume": 0.25, "voice": "en_GB/Anne"}
    qtbot.waitUntil(lambda: speaker.applied == wanted, timeout=5000)
    speaker.set_rate(7)  # clamped
    speaker.set_voice("")  # the default voice
    qtbot.waitUntil(lambda: speaker.applied == {"rate": 1.0, "volume": 0.25,
                                                "voice": speaker.default_voice}, timeout=5000)


def test_shutdown_ends_the_worker_within_the_bound(qtbot: QtBot,
                                                   make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker()
    start_ready(qtbot, speaker)
    process = speaker.process
    assert process is not None
    pid = process.processId()
    began = time.monotonic()
    speaker.shutdown()
    took = time.monotonic() - began
    assert took < 1.0
    assert speaker.process is None and not speaker.available
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert speaker.say("Hold") is None


def test_nothing_is_said_before_ready_or_with_the_voice_off(
        qtbot: QtBot, make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker()
    assert speaker.say("Hold") is None  # not started
    speaker.start("mock")
    assert speaker.say("Hold") is None  # starting: a late sentence would be wrong
    qtbot.waitUntil(lambda: speaker.available, timeout=READY_TIMEOUT_MS)
    speaker.set_enabled(False)
    assert speaker.say("Hold") is None
    speaker.set_enabled(True)
    assert speaker.say("   ") is None
    with qtbot.waitSignal(speaker.spoken, timeout=5000):
        assert speaker.say("Hold") is not None


# -- fake workers: every way an engine misbehaves ------------------------------------------


def test_stop_is_sent_before_every_sentence(qtbot: QtBot, make_speaker: Callable[..., Speaker],
                                            fake_worker: FakeWorker) -> None:
    speaker = make_speaker(fake_worker.command("echo"))
    start_ready(qtbot, speaker)
    with qtbot.waitSignal(speaker.spoken):
        speaker.say("Right knee up")
    with qtbot.waitSignal(speaker.spoken):
        speaker.say("Hold")
    said = [c["cmd"] for c in fake_worker.commands()]
    assert said == ["stop", "say", "stop", "say"]
    assert fake_worker.lines()[0] == "launch --engine mock --language en_US"


def test_a_worker_that_never_answers_is_killed_after_the_bound(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker,
        timers: FakeTimers, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hipflex.speech")
    speaker = make_speaker(fake_worker.command("hung"))
    speaker.start("auto")
    qtbot.waitUntil(lambda: fake_worker.launches() == 1)
    assert timers["speech-ready"].interval == READY_TIMEOUT_MS
    with qtbot.waitSignal(speaker.unavailable, timeout=1000) as blocker:
        timers["speech-ready"].fire()  # the start-up bound later
    assert blocker.args is not None
    assert blocker.args[0].startswith(
        f"The speech engine did not start in time ({READY_TIMEOUT_MS // 1000} s)")
    assert "sounds still play" in blocker.args[0]
    assert speaker.message == blocker.args[0]
    qtbot.waitUntil(lambda: speaker.process is None, timeout=5000)
    assert speaker.say("Hold") is None
    assert fake_worker.launches() == 1  # not started again
    assert_no_repeats(caplog)


def test_a_hung_worker_is_killed_at_shutdown(qtbot: QtBot, make_speaker: Callable[..., Speaker],
                                             fake_worker: FakeWorker) -> None:
    speaker = make_speaker(fake_worker.command("hung"))
    speaker.start()
    qtbot.waitUntil(lambda: fake_worker.launches() == 1)
    began = time.monotonic()
    speaker.shutdown(wait_ms=300)
    assert time.monotonic() - began < 1.5
    assert speaker.process is None


def test_three_stuck_sentences_turn_speech_off(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker,
        timers: FakeTimers, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hipflex.speech")
    speaker = make_speaker(fake_worker.command("stuck"))
    start_ready(qtbot, speaker)
    events = record(speaker)
    unavailable: list[str] = []
    speaker.unavailable.connect(unavailable.append)
    say_timer = timers["speech-say"]
    for n in range(1, STUCK_LIMIT + 1):
        with qtbot.waitSignal(speaker.started):
            ident = speaker.say("Right knee up")
        assert say_timer.active and say_timer.interval == 3000
        say_timer.fire()  # still speaking 3 s later
        assert events[-1] == ("interrupted", ident)
        assert len(unavailable) == (1 if n == STUCK_LIMIT else 0)
    assert unavailable == [NO_SOUND]
    assert unavailable[0].startswith("Speech is not producing sound")
    qtbot.waitUntil(lambda: speaker.process is None, timeout=5000)
    # each stuck sentence was stopped in the engine before the next one
    sent = [c["cmd"] for c in fake_worker.commands()]
    assert sent[:8] == ["stop", "say", "stop"] * 2 + ["stop", "say"]
    assert speaker.say("Hold") is None
    assert not speaker.available
    log = speech_log(caplog)
    assert sum("no sign of progress for 3.0 s" in m for m in log) == 1
    assert_no_repeats(caplog)


def test_a_long_sentence_gets_a_longer_bound(qtbot: QtBot, make_speaker: Callable[..., Speaker],
                                             fake_worker: FakeWorker,
                                             timers: FakeTimers) -> None:
    speaker = make_speaker(fake_worker.command("stuck"))
    start_ready(qtbot, speaker)
    with qtbot.waitSignal(speaker.started):
        speaker.say(LONG_TEXT)
    assert timers["speech-say"].interval == round(say_bound_seconds(LONG_TEXT) * 1000) == 25600
    speaker.set_rate(-1.0)
    with qtbot.waitSignal(speaker.started):
        speaker.say(LONG_TEXT)
    assert timers["speech-say"].interval == 51200
    events = record(speaker)
    speaker.set_enabled(False)  # voice off: the sentence is cut at once
    assert events == [("interrupted", 2)]
    assert not timers["speech-say"].active
    qtbot.waitUntil(lambda: [c["cmd"] for c in fake_worker.commands()][-1:] == ["stop"])


def test_sentences_that_never_start_are_found_even_when_cues_come_fast(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker,
        timers: FakeTimers) -> None:
    speaker = make_speaker(fake_worker.command("mute"))
    start_ready(qtbot, speaker)
    events = record(speaker)
    say_timer = timers["speech-say"]
    first = speaker.say("Right knee up")
    second = speaker.say("Hold")  # 1 s later, say: the first never started
    assert say_timer.starts == 1, "no sign of life since the first sentence: its clock runs on"
    say_timer.fire()
    assert events == [("interrupted", first), ("interrupted", second)]
    third = speaker.say("Lower slowly")
    assert say_timer.active and say_timer.starts == 2
    assert third is not None


def test_a_crashing_worker_is_restarted_at_most_twice(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker,
        timers: FakeTimers, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hipflex.speech")
    speaker = make_speaker(fake_worker.command("exit"))
    unavailable: list[str] = []
    speaker.unavailable.connect(unavailable.append)
    with qtbot.waitSignal(speaker.unavailable, timeout=10_000):
        speaker.start()
    assert unavailable == [CRASHED.format(times=3)]
    assert fake_worker.launches() == 3
    assert speaker.process is None and speaker.launch_count == 3
    assert not timers["speech-ready"].active
    log = speech_log(caplog)
    assert sum("starting it again" in m for m in log) == 1
    assert_no_repeats(caplog)
    speaker.say("Hold")
    assert unavailable == [CRASHED.format(times=3)], "said once"


def test_a_restarted_worker_gets_the_settings_again(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hipflex.speech")
    speaker = make_speaker(fake_worker.command("crash-on-say"))
    speaker.set_rate(0.3)
    speaker.set_voice("xx/Other")
    start_ready(qtbot, speaker)
    events = record(speaker)
    with qtbot.waitSignal(speaker.ready, timeout=READY_TIMEOUT_MS):
        ident = speaker.say("Right knee up")  # the worker dies on it
    assert events == [("interrupted", ident)]
    qtbot.waitUntil(lambda: speaker.applied == {"rate": 0.3, "volume": 1.0,
                                                "voice": "xx/Other"})
    sets = [c for c in fake_worker.commands() if c["cmd"] == "set"]
    assert sets == [{"cmd": "set", "rate": 0.3, "voice": "xx/Other"}] * 2
    assert fake_worker.launches() == 2 and speaker.available
    assert_no_repeats(caplog)


def test_an_engine_that_fails_is_reported_without_restarts(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], fake_worker: FakeWorker) -> None:
    speaker = make_speaker(fake_worker.command("failed"))
    with qtbot.waitSignal(speaker.unavailable, timeout=5000) as blocker:
        speaker.start()
    assert blocker.args == [
        "The speech engine could not start: the fake engine has no voices. Sounds still play."]
    qtbot.waitUntil(lambda: speaker.process is None, timeout=5000)
    assert fake_worker.launches() == 1


def test_a_worker_that_cannot_be_launched(qtbot: QtBot,
                                          make_speaker: Callable[..., Speaker],
                                          tmp_path: Path) -> None:
    speaker = make_speaker([str(tmp_path / "no-such-python")])
    with qtbot.waitSignal(speaker.unavailable, timeout=5000) as blocker:
        speaker.start()
    assert blocker.args is not None
    assert blocker.args[0].startswith("The speech helper could not be started")
    assert speaker.process is None


def test_auto_without_speech_dispatcher_says_what_to_install(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("speech-dispatcher is the Linux engine")
    caplog.set_level(logging.DEBUG, logger="hipflex.speech")
    monkeypatch.setenv("PATH", str(tmp_path))  # a fresh machine: no speech-dispatcher
    speaker = make_speaker()
    messages: list[str] = []
    speaker.unavailable.connect(messages.append)
    speaker.start("auto")
    assert messages == [NO_ENGINE.format(command=INSTALL_COMMAND)]
    assert "sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng" in (
        messages[0])
    assert "sounds still play" in messages[0]
    assert speaker.process is None and speaker.launch_count == 0
    for _ in range(5):  # cues keep coming: no error storm
        assert speaker.say("Right knee up") is None
    assert messages == [NO_ENGINE.format(command=INSTALL_COMMAND)]
    assert speech_log(caplog) == ["speech-dispatcher is not installed; speech is off"]


# -- the real engine -----------------------------------------------------------------------


def _audio_server_answers() -> bool:
    if shutil.which("pactl") is None:
        return False
    return subprocess.run(["pactl", "info"], capture_output=True, timeout=10,
                          check=False).returncode == 0


@pytest.fixture(scope="module")
def speechd_ready_machine() -> None:
    """speech-dispatcher installed, and an audio server: a PulseAudio null sink when none runs.

    The null sink is left running, as scripts/test leaves it: speech-dispatcher stays connected
    to the audio server for a few seconds after its last client, and a daemon whose audio
    server went away hangs the next engine that connects to it.
    """
    if shutil.which("speech-dispatcher") is None:
        if os.environ.get("CI"):
            pytest.fail("speech-dispatcher is missing; CI installs speech-dispatcher, "
                        "speech-dispatcher-espeak-ng and espeak-ng (scripts/setup-debian.sh)")
        pytest.skip("speech-dispatcher is not installed "
                    "(apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)")
    if _audio_server_answers():
        return
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        if os.environ.get("CI"):
            pytest.fail("pulseaudio is missing; scripts/setup-debian.sh --test installs it")
        pytest.skip("no audio server and no pulseaudio to start one (apt install pulseaudio)")
    # --daemonize=yes returns once the server accepts connections.
    subprocess.run([pulseaudio, "-n", "--daemonize=yes", "--exit-idle-time=-1",
                    "--load=module-null-sink", "--load=module-native-protocol-unix"],
                   capture_output=True, timeout=30, check=False)
    if not _audio_server_answers():
        pytest.fail("PulseAudio with a null sink did not start")


@pytest.mark.slow
def test_speechd_says_right_knee_up(qtbot: QtBot, make_speaker: Callable[..., Speaker],
                                    speechd_ready_machine: None) -> None:
    speaker = make_speaker(fake_timers=False)
    unavailable: list[str] = []
    speaker.unavailable.connect(unavailable.append)
    began = time.monotonic()
    speaker.start("auto")
    qtbot.waitUntil(lambda: speaker.available or bool(unavailable),
                    timeout=READY_TIMEOUT_MS + 2000)
    took = time.monotonic() - began
    assert not unavailable, f"after {took:.1f} s: {unavailable[0]}"
    assert took < READY_TIMEOUT_MS / 1000
    assert speaker.engine == "speechd"
    assert any(v.locale.startswith("en") for v in speaker.voices)
    events = record(speaker)
    with qtbot.waitSignal(speaker.spoken, timeout=10_000):
        ident = speaker.say("Right knee up")
    assert events == [("started", ident), ("spoken", ident)]
    assert not unavailable
    assert speaker.process is not None
    assert speaker.process.state() == QProcess.ProcessState.Running


# -- the session's language -------------------------------------------------------------------


def test_no_voice_for_the_language_means_sounds_only_said_once(
        qtbot: QtBot, make_speaker: Callable[..., Speaker]) -> None:
    # The mock engine speaks English only: a German session gets no voice, and says why.
    speaker = make_speaker(fake_timers=False, language="de_DE")
    assert speaker.language == "de_DE"
    unavailable: list[str] = []
    speaker.unavailable.connect(unavailable.append)
    speaker.start("mock")
    qtbot.waitUntil(lambda: bool(unavailable), timeout=READY_TIMEOUT_MS)
    assert unavailable == [NO_VOICE.format(language="Deutsch", command=INSTALL_COMMAND)]
    assert speaker.say("Rechtes Knie hoch") is None
    assert not speaker.available
    # Back to a language it has: the engine is asked again, and speaks.
    with qtbot.waitSignal(speaker.ready, timeout=READY_TIMEOUT_MS) as blocker:
        speaker.set_language("en_GB")
    assert blocker.args is not None
    assert all(voice.locale.startswith("en") for voice in blocker.args[0])
    assert unavailable == [NO_VOICE.format(language="Deutsch", command=INSTALL_COMMAND)]


def test_another_language_starts_the_engine_again_with_its_voices(
        qtbot: QtBot, make_speaker: Callable[..., Speaker]) -> None:
    speaker = make_speaker(fake_timers=False, language="en_US")
    start_ready(qtbot, speaker)
    first = speaker.process
    assert speaker.default_voice.startswith("en_US/")
    with qtbot.waitSignal(speaker.ready, timeout=READY_TIMEOUT_MS):
        speaker.set_language("en_GB")
    assert speaker.launch_count == 2
    assert speaker.process is not first
    assert speaker.default_voice.startswith("en_GB/")
    speaker.set_language("en_GB")  # the same language: nothing to do
    assert speaker.launch_count == 2


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text"), [("de_DE", "Rechtes Knie hoch"),
                                                ("es_ES", "Sube la rodilla derecha")])
def test_speechd_speaks_german_and_spanish_with_their_own_voices(
        qtbot: QtBot, make_speaker: Callable[..., Speaker], speechd_ready_machine: None,
        language: str, text: str) -> None:
    speaker = make_speaker(fake_timers=False, language=language)
    unavailable: list[str] = []
    speaker.unavailable.connect(unavailable.append)
    speaker.start("auto")
    qtbot.waitUntil(lambda: speaker.available or bool(unavailable),
                    timeout=READY_TIMEOUT_MS + 2000)
    assert not unavailable, unavailable[0]
    code = language.split("_", maxsplit=1)[0]
    assert speaker.voices
    assert all(v.locale.split("_")[0] == code for v in speaker.voices), speaker.voices
    assert speaker.default_voice.startswith(language + "/")
    events = record(speaker)
    with qtbot.waitSignal(speaker.spoken, timeout=10_000):
        ident = speaker.say(text)
    assert events == [("started", ident), ("spoken", ident)]
