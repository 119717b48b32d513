"""Run the installed ``hipflex`` on a private virtual screen and drive it as a person would.

Shared by the end-to-end tests, ``scripts/screenshots.py`` and ``benchmarks/window_bench.py``:

- :class:`Xvfb` starts an X server on the first free display number from ``:91`` (no TCP, so
  nothing outside this machine can reach it) and waits until it answers ``xdpyinfo``;
- :class:`RunningApp` starts a program on it, waits for its window, presses keys with
  ``xdotool`` (focusing the window first: there is no window manager to do it), finds dialogs and
  takes screenshots of the whole screen with ImageMagick's ``import``;
- :class:`Trace` reads the app's ``--trace`` file and waits, with a deadline, for an event.

Nothing here sleeps in place of waiting for something: every wait polls a condition (the X
server answers, a window is mapped, a trace line was written) until a deadline.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

#: What driving the window needs: the X server, its probe, and the key presser.
DRIVE_TOOLS: Final = ("Xvfb", "xdpyinfo", "xdotool")
#: What checking screenshots needs (ImageMagick).
PICTURE_TOOLS: Final = ("import", "convert")
POLL: Final = 0.02  # seconds between two looks at a file, a window or the X server

TraceEvent = dict[str, Any]


def missing_tools(names: Sequence[str] = DRIVE_TOOLS + PICTURE_TOOLS) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def installed_hipflex() -> str | None:
    """The ``hipflex`` console script next to this Python (the virtualenv's), else on PATH."""
    here = Path(sys.executable).parent
    return shutil.which("hipflex", path=str(here)) or shutil.which("hipflex")


def stop_process(proc: subprocess.Popen[Any] | None, grace: float = 5.0) -> int | None:
    """Terminate ``proc``, kill it if it does not end within ``grace`` seconds; its exit code."""
    if proc is None:
        return None
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(grace)
    return proc.returncode


@contextlib.contextmanager
def output_to(log: Path | None) -> Iterator[Any]:
    """Where a started program's output goes: appended to ``log`` (the file is closed here
    once the program has it), or nowhere."""
    if log is None:
        yield subprocess.DEVNULL
        return
    with log.open("ab") as out:
        yield out


def output_tail(log: Path | None, size: int = 2000) -> str:
    """The end of a program's output, as a failed wait reports it ("" without a log)."""
    if log is None or not log.exists():
        return ""
    tail = log.read_bytes()[-size:].decode("utf-8", "replace").strip()
    return f"; its output ends: {tail!r}" if tail else "; it printed nothing"


class Xvfb:
    """A private X server: ``with Xvfb() as x: ... x.env() ...``."""

    def __init__(self, size: tuple[int, int] = (1280, 800), first_display: int = 91,
                 timeout: float = 10.0, log: Path | None = None) -> None:
        self.size = size
        self.log = log  # where the server's own messages go (a failed wait reports them)
        self.first_display = first_display
        self.timeout = timeout
        self.display = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        width, height = self.size
        number = self.first_display
        for _ in range(64):
            while (Path(f"/tmp/.X11-unix/X{number}").exists()
                   or Path(f"/tmp/.X{number}-lock").exists()):
                number += 1
            display = f":{number}"
            with output_to(self.log) as out:
                # -noreset: by default the server resets when its last client leaves (the
                # app killed, an xdotool call ended), and a client connecting during the
                # reset is dropped ("could not connect to display"); measured here, 4
                # clients opening and closing the display 150 times each lost 6-7 each.
                proc = subprocess.Popen(
                    ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten",
                     "tcp", "-noreset"],
                    stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
            if self._answers(display, proc):
                self.display, self._proc = display, proc
                return self
            stop_process(proc)  # somebody else took this number first: try the next one
            number += 1
        raise RuntimeError("no free X display number for Xvfb")

    def _answers(self, display: str, proc: subprocess.Popen[bytes]) -> bool:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False
            probe = subprocess.run(["xdpyinfo", "-display", display], check=False,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if probe.returncode == 0:
                # Another program may have started a server on the same number a moment
                # before: only ours if the display's lock file names our process.
                return _lock_owner(display) == proc.pid
            time.sleep(POLL)
        raise RuntimeError(f"Xvfb on {display} did not answer within {self.timeout} s")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int:
        if self._proc is None:
            raise RuntimeError("Xvfb is not running")
        return self._proc.pid

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for a program on this screen (Qt's X11 platform, no Wayland)."""
        env = dict(os.environ if base is None else base)
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def run(self, argv: Sequence[str], timeout: float = 20.0) -> subprocess.CompletedProcess[str]:
        """Run a short X client (xdotool, import) against this screen."""
        return subprocess.run(list(argv), env=self.env(), check=False, capture_output=True,
                              text=True, timeout=timeout)

    def screenshot(self, path: Path) -> Path:
        done = self.run(["import", "-window", "root", str(path)])
        if done.returncode != 0:
            raise RuntimeError(f"import failed: {done.stderr.strip()}")
        return path

    def state(self) -> str:
        """Whether the server still runs and answers, and the end of its log."""
        if self._proc is None:
            return "the X server was not started"
        code = self._proc.poll()
        if code is None:
            probe = self.run(["xdpyinfo"], timeout=10)
            answers = "answers" if probe.returncode == 0 else (
                f"does not answer ({probe.stderr.strip()[-300:]!r})")
            running = f"the X server {self.display} runs and {answers}"
        else:
            running = f"the X server {self.display} ended with exit code {code}"
        return running + output_tail(self.log)

    def stop(self) -> None:
        stop_process(self._proc)
        self._proc = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def _lock_owner(display: str) -> int | None:
    try:
        return int(Path(f"/tmp/.X{display.lstrip(':')}-lock").read_text().strip())
    except (OSError, ValueError):
        return None


class Trace:
    """The app's ``--trace`` file: one JSON object per line, flushed as it is written."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def events(self) -> list[TraceEvent]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        # A line being written has no newline yet: only complete lines count.
        return [json.loads(line) for line in text.splitlines(keepends=True)
                if line.endswith("\n")]

    def mark(self) -> int:
        """How many events there are now; pass it as ``since`` to wait for a later one."""
        return len(self.events())

    def wait_for(self, predicate: Callable[[TraceEvent], bool], *, since: int = 0,
                 timeout: float = 10.0, what: str = "") -> TraceEvent:
        """The first event at position ``since`` or later that matches ``predicate``."""
        deadline = time.monotonic() + timeout
        while True:
            events = self.events()
            for event in events[since:]:
                if predicate(event):
                    return event
            if time.monotonic() >= deadline:
                tail = "\n".join(json.dumps(e) for e in events[-8:])
                raise TimeoutError(f"no trace event {what or 'matching'} within {timeout} s;"
                                   f" last events:\n{tail}")
            time.sleep(POLL)

    def wait_for_all(self, predicate: Callable[[list[TraceEvent]], bool], *,
                     timeout: float = 10.0, what: str = "") -> list[TraceEvent]:
        """All events, once ``predicate`` holds for the whole list of them."""
        deadline = time.monotonic() + timeout
        while not predicate(events := self.events()):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"no {what or 'expected'} trace within {timeout} s")
            time.sleep(POLL)
        return events

    def wait_event(self, name: str, *, since: int = 0, timeout: float = 10.0,
                   **fields: Any) -> TraceEvent:
        """The first event called ``name`` (with these field values) from ``since`` on."""
        def matches(event: TraceEvent) -> bool:
            return event.get("event") == name and all(
                event.get(key) == value for key, value in fields.items())

        shown = ", ".join(f"{k}={v!r}" for k, v in fields.items())
        return self.wait_for(matches, since=since, timeout=timeout,
                             what=f"{name}({shown})")


@dataclass(frozen=True)
class Shot:
    """A screenshot and what ImageMagick says about it."""

    path: Path
    colours: int  # distinct colours
    signature: str  # hash of the pixels: equal pictures, equal signatures
    deviation: float  # standard deviation of all channels, 0 for a one-colour picture


def describe(path: Path) -> Shot:
    done = subprocess.run(["convert", str(path), "-format", "%k %# %[fx:standard_deviation]",
                           "info:"], check=True, capture_output=True, text=True, timeout=30)
    colours, signature, deviation = done.stdout.split()
    return Shot(path, int(colours), signature, float(deviation))


class RunningApp:
    """A program on an :class:`Xvfb` screen, with its main window once it is mapped."""

    def __init__(self, xvfb: Xvfb, argv: Sequence[str], *, trace: Path | None = None,
                 log: Path | None = None, env: Mapping[str, str] | None = None) -> None:
        self.xvfb = xvfb
        self.argv = list(argv)
        self.extra_env = dict(env or {})
        self.trace = Trace(trace) if trace is not None else None
        self.log = log
        self.window = ""
        self.started_at = 0.0
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Self:
        with output_to(self.log) as out:
            self.started_at = time.monotonic()
            self.proc = subprocess.Popen(self.argv, env=self.xvfb.env() | self.extra_env,
                                         stdin=subprocess.DEVNULL, stdout=out,
                                         stderr=subprocess.STDOUT)
        return self

    @property
    def pid(self) -> int:
        if self.proc is None:
            raise RuntimeError("the app was not started")
        return self.proc.pid

    def windows(self) -> list[str]:
        """The app's visible top-level windows (X ids), oldest first."""
        done = self.xvfb.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)])
        return done.stdout.split()

    def wait_window(self, timeout: float = 20.0) -> str:
        """Wait until the app maps its window; remember it as the main window."""
        try:
            done = self.xvfb.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid",
                                  str(self.pid)], timeout=timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"no window of {self.argv[0]} within {timeout} s"
                               f" (exit code {self.proc.poll() if self.proc else None})"
                               ) from None
        ids = done.stdout.split()
        if not ids:
            server = "is running" if self.xvfb.running else "has ended"
            app = "is running" if self.proc is not None and self.proc.poll() is None else "ended"
            raise RuntimeError(f"xdotool found no window: {done.stderr.strip()} (the X server"
                               f" {server}, the app {app})")
        self.window = ids[0]
        return self.window

    def wait_new_window(self, known: Sequence[str], timeout: float = 10.0) -> str:
        """Wait for a visible window of the app that is not in ``known`` (a dialog)."""
        deadline = time.monotonic() + timeout
        while True:
            fresh = [w for w in self.windows() if w not in known]
            if fresh:
                return fresh[-1]
            if time.monotonic() >= deadline:
                raise TimeoutError(f"no new window within {timeout} s")
            time.sleep(POLL)

    def wait_windows(self, count: int, timeout: float = 10.0) -> list[str]:
        """Wait until the app shows at least ``count`` windows; their ids."""
        deadline = time.monotonic() + timeout
        while len(shown := self.windows()) < count:
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{len(shown)} window(s) shown after {timeout} s,"
                                   f" expected {count}")
            time.sleep(POLL)
        return shown

    def window_name(self, window: str) -> str:
        return self.xvfb.run(["xdotool", "getwindowname", window]).stdout.strip()

    def wait_windows_gone(self, gone: Sequence[str], timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while any(w in gone for w in self.windows()):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"windows {list(gone)} still shown after {timeout} s")
            time.sleep(POLL)

    def key(self, *keys: str, window: str | None = None, delay_ms: int = 12) -> None:
        """Focus ``window`` (the main window by default) and press ``keys`` in turn."""
        target = window or self.window
        focus = self.xvfb.run(["xdotool", "windowfocus", "--sync", target], timeout=10)
        if focus.returncode != 0:
            raise RuntimeError(f"cannot focus window {target}: {focus.stderr.strip()}")
        done = self.xvfb.run(["xdotool", "key", "--clearmodifiers", "--delay", str(delay_ms),
                              *keys], timeout=10 + len(keys) * delay_ms / 1000)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool key {keys} failed: {done.stderr.strip()}")

    def wait_window_named(self, name: str, timeout: float = 10.0) -> str:
        """Wait for a visible window of the app whose title starts with ``name``; its id.

        Dialogs are told apart from the main window by their titles (e.g. "Unfinished
        session"), whatever order the X server lists them in."""
        deadline = time.monotonic() + timeout
        while True:
            for window in self.windows():
                if self.window_name(window).startswith(name):
                    return window
            if time.monotonic() >= deadline:
                shown = [self.window_name(w) for w in self.windows()]
                raise TimeoutError(f"no window titled {name!r} within {timeout} s"
                                   f" (shown: {shown}){self.state()}")
            time.sleep(POLL)

    def state(self) -> str:
        """Whether the app still runs, and the end of its log: what a failed wait reports."""
        code = self.proc.poll() if self.proc is not None else None
        running = "still running" if code is None else f"ended with exit code {code}"
        return f"; the app is {running}{output_tail(self.log)}; {self.xvfb.state()}"

    def key_storm(self, keys: Sequence[str], delay_ms: int = 2) -> None:
        """Press ``keys`` in one xdotool call, ``delay_ms`` apart, into whatever window has
        the keyboard focus now: no window is focused first, so a dialog that the keys open
        (and that takes the focus) gets the keys that follow, as it would a person's."""
        done = self.xvfb.run(["xdotool", "key", "--delay", str(delay_ms), *keys],
                             timeout=10 + len(keys) * (delay_ms + 5) / 1000)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool key failed: {done.stderr.strip()}")

    def kill(self) -> float:
        """End the app with SIGKILL, as a crash or a power cut would (nothing is saved or
        closed on the way out); the monotonic time just before the signal was sent."""
        if self.proc is None:
            raise RuntimeError("the app was not started")
        at = time.monotonic()
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        return at

    def wait_exit(self, timeout: float = 10.0) -> int:
        if self.proc is None:
            raise RuntimeError("the app was not started")
        return self.proc.wait(timeout)

    def stop(self) -> int | None:
        return stop_process(self.proc)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


class FocusKeeper:
    """Does for the app what a window manager does and a bare Xvfb does not: when the keyboard
    focus falls to the root window (a dialog of the app was closed, and X gives the focus to
    the dialog's parent, the root), it gives it to the app's newest visible window (the dialog
    still shown, else the main window). Without it, keys typed after a dialog closes reach no
    window. ``with FocusKeeper(app): ...``; ``refocused`` counts the times it stepped in."""

    def __init__(self, app: RunningApp, interval: float = 0.005) -> None:
        self.app = app
        self.interval = interval
        self.refocused = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            focus = self.app.xvfb.run(["xdotool", "getwindowfocus", "-f"]).stdout.strip()
            windows = self.app.windows()
            if windows and focus not in windows:
                self.app.xvfb.run(["xdotool", "windowfocus", windows[-1]])
                self.refocused += 1

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(10)


def proc_status(pid: int, field: str) -> int:
    """A ``kB`` figure from ``/proc/PID/status`` (e.g. VmHWM, VmRSS), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise KeyError(field)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of ``pid`` so far, from ``/proc/PID/stat``."""
    raw = Path(f"/proc/{pid}/stat").read_text()
    fields = raw[raw.rindex(")") + 2:].split()  # the name may hold spaces and parentheses
    ticks = int(fields[11]) + int(fields[12])  # utime and stime: fields 14 and 15 of stat
    return ticks / os.sysconf("SC_CLK_TCK")


def audio_server_running() -> bool:
    """Whether a PulseAudio (or PipeWire-Pulse) server answers, e.g. the null sink that
    ``scripts/test`` starts on a machine without a sound card."""
    if shutil.which("pactl") is None:
        return False
    done = subprocess.run(["pactl", "info"], check=False, capture_output=True, timeout=10)
    return done.returncode == 0


#: Where the stress tests leave their figures (``benchmarks/run_all.py`` sets it and reads them).
FIGURES_ENV: Final = "HIPFLEX_STRESS_FIGURES"


def report_figures(name: str, figures: Mapping[str, Any]) -> None:
    """Print a test's figures, and keep them as ``NAME.json`` in the folder named by the
    ``HIPFLEX_STRESS_FIGURES`` variable when it is set."""
    print(f"{name}: " + ", ".join(f"{key} {value}" for key, value in figures.items()))
    folder = os.environ.get(FIGURES_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{name}.json").write_text(json.dumps(dict(figures), indent=1) + "\n")
