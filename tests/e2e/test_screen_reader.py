"""The installed app as a screen reader meets it: over AT-SPI, on a private accessibility bus.

A private D-Bus session bus and ``at-spi-bus-launcher`` are started for the test; the app joins
them (``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``), and ``tests/e2e/atspi_probe.py`` — run with the
system Python, which has Debian's ``pyatspi`` — walks what the app shows on every page, presses
its buttons as a screen reader does, and collects what the app announces.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pytest

from tests.e2e.xvfb import RunningApp, Xvfb, output_tail, stop_process

pytestmark = pytest.mark.e2e

SYSTEM_PYTHON: Final = "/usr/bin/python3"
BUS_LAUNCHER: Final = "/usr/libexec/at-spi-bus-launcher"
PROBE: Final = Path(__file__).with_name("atspi_probe.py")
ANSWER_TIMEOUT: Final = 40.0  # the probe's own waits end after 20 s
LEAD_IN_S: Final = 9
LISTEN_S: Final = 2.5


def _missing() -> list[str]:
    missing = [tool for tool in ("dbus-daemon", "dbus-send") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    if not Path(SYSTEM_PYTHON).exists():
        missing.append("python3")
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                        check=False, timeout=30).returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def accessibility_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private session bus with an accessibility bus on it: the environment to join them."""
    missing = _missing()
    if missing:
        reason = (f"the screen-reader test needs {', '.join(missing)};"
                  " `scripts/setup-debian.sh --test` installs them")
        if os.environ.get("CI"):
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    log = tmp_path_factory.mktemp("a11y") / "bus.log"
    with log.open("ab") as out:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=out, text=True)
    launcher = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, f"dbus-daemon gave no address{output_tail(log)}"
        env = {"DBUS_SESSION_BUS_ADDRESS": address}
        with log.open("ab") as out:
            launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"],
                                        env=os.environ | env, stdin=subprocess.DEVNULL,
                                        stdout=out, stderr=subprocess.STDOUT)
        _wait_for_name("org.a11y.Bus", os.environ | env, log)
        yield env
    finally:
        stop_process(launcher)
        stop_process(daemon)
        if daemon.stdout is not None:
            daemon.stdout.close()


def _wait_for_name(name: str, env: dict[str, str], log: Path, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        asked = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
             "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
            env=env, capture_output=True, text=True, check=False, timeout=10)
        if "boolean true" in asked.stdout:
            return
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{name} did not appear on the bus{output_tail(log)}")
        time.sleep(0.05)


class Probe:
    """The AT-SPI client, one command and one JSON answer at a time."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.log = log
        with log.open("ab") as err:
            self.proc = subprocess.Popen(
                [SYSTEM_PYTHON, str(PROBE)], env=env, stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=err, text=True)
        self.hello = self._read()

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], ANSWER_TIMEOUT)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            raise AssertionError(f"the AT-SPI probe did not answer{output_tail(self.log)}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, command: str) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._read()

    def must(self, command: str) -> dict[str, Any]:
        answer = self.ask(command)
        assert answer["ok"], (command, answer.get("windows"), answer)
        return answer

    def walk(self, page: str) -> list[dict[str, Any]]:
        """Every showing object; fails on one a keyboard reaches that has no name."""
        answer = self.must("walk")
        assert answer["unnamed"] == [], f"{page}: focusable objects without a name"
        objects: list[dict[str, Any]] = answer["objects"]
        return objects

    def close(self) -> None:
        if self.proc.poll() is None:
            self.ask("quit")
        stop_process(self.proc)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def _named(objects: list[dict[str, Any]], role: str) -> set[str]:
    return {o["name"] for o in objects if o["role"] == role}


def test_a_screen_reader_can_follow_and_drive_a_session(
        xvfb: Xvfb, hipflex: str, one_rep_pack: Path, tmp_path: Path,
        accessibility_bus: dict[str, str]) -> None:
    # A longer get-ready step: long enough to listen to its countdown for a while.
    pack = tmp_path / "one-rep-slow-start.yaml"
    pack.write_text(one_rep_pack.read_text("utf-8").replace(
        "lead_in_seconds: 3", f"lead_in_seconds: {LEAD_IN_S}"), "utf-8")
    env = accessibility_bus | {"QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                               "HIPFLEX_SPEECH_ENGINE": "none"}
    data = tmp_path / "data"
    data.mkdir()
    app = RunningApp(xvfb, [hipflex, "--data-dir", str(data), "--trace",
                            str(data / "trace.jsonl"), "--pack", str(pack)],
                     trace=data / "trace.jsonl", log=tmp_path / "app.log", env=env)
    probe: Probe | None = None
    with app:
        app.wait_window()
        assert app.trace is not None
        app.trace.wait_event("window_shown")
        probe = Probe(xvfb.env() | env, tmp_path / "probe.log")
        try:
            assert probe.hello == {"ok": True, "app": "hipflex-desktop"}
            _follow_a_session(app, probe)
        finally:
            probe.close()


def _follow_a_session(app: RunningApp, probe: Probe) -> None:
    assert app.trace is not None
    trace = app.trace
    probe.must("wait push_button Start session")
    setup = probe.walk("set-up page")
    assert {"Start session", "Move Knee raise earlier"} <= _named(setup, "push button")
    assert "Include Knee raise" in _named(setup, "check box")
    assert {"Reps per side", "Sets"} <= _named(setup, "spin button")

    # Start and pause as a screen reader user does: the buttons' own actions, no keys.
    mark = trace.mark()
    probe.must("press push_button Start session")
    trace.wait_event("session_started", since=mark)
    probe.must("wait push_button Pause")
    session = probe.walk("session page")
    assert {"Back", "Pause", "Skip", "Easier", "Harder", "Stop"} <= _named(
        session, "push button")
    countdown = [o for o in session if o["role"] == "progress bar" and o["name"] == "Countdown"]
    assert len(countdown) == 1, "the countdown is not shown as a named progress bar"
    assert countdown[0]["description"].endswith(" seconds left"), countdown
    labels = _named(session, "label")
    assert "Right side" in labels  # the side badge, by what it shows
    assert {"Knee raise", "GET READY", "1 of 1"} <= labels, labels  # labels by their text

    # While the countdown runs, nothing is sent: no event per second (or per frame) from the
    # digits, the session's time left or its progress.
    sent = probe.must(f"listen {LISTEN_S}")["events"]
    assert sent == [], sent
    # The step that begins is announced, and the next phase when the lead-in ends: once each,
    # never a word about the seconds in between.
    heard = probe.must("heard Lift")["heard"]
    assert heard[0].startswith("Exercise 1 of 1: Knee raise. Right side. Get ready")
    assert len(heard) == 2 and "Lift" in heard[1], heard
    mark = trace.mark()
    probe.must("press push_button Pause")
    trace.wait_event("paused", since=mark)
    # The listening does hear what changes: the button's new name, the announcement.
    sent = probe.must("listen 0.5")["events"]
    assert any("accessible-name push button 'Resume'" in e for e in sent), sent
    heard = probe.must("heard Paused")["heard"]
    assert heard[-1].startswith("Paused"), heard
    probe.must("wait push_button Resume")
    paused = probe.walk("paused session")
    assert "Resume" in _named(paused, "push button")

    # Stop (asks first): the question, then the summary.
    probe.must("press push_button Stop")
    question = probe.must("wait push_button Yes")
    assert question["object"]["enabled"]
    probe.walk("the question before stopping")
    mark = trace.mark()
    probe.must("press push_button Yes")
    trace.wait_event("session_stopped", since=mark)
    probe.must("wait push_button Done")
    summary = probe.walk("summary page")
    assert "Done" in _named(summary, "push button")
    assert "Session stopped." in probe.must("heard Session stopped")["heard"]

    probe.must("press push_button Done")
    probe.must("wait push_button Start session")
    app.key("ctrl+h")
    probe.must("wait push_button Back")
    probe.walk("history page")
    app.key("Escape")
    probe.must("wait push_button Start session")
    app.key("ctrl+comma")
    probe.must("wait dialog Settings — HipFlex Desktop")  # Qt adds the app's name
    probe.walk("settings dialog")
