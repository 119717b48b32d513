"""HipFlex beside its peers: start to window and memory of every process, measured alike.

Run ``python benchmarks/peers.py`` (``run_all.py`` puts its figures in the report). The peers are
the break reminders Debian ships, Workrave and Safe Eyes (``apt-get install workrave
safeeyes``); this script installs nothing: a peer that is not installed is reported as missing.
Every program runs the same way, one after the other, taking turns, on one private Xvfb
(1280×800) with one private D-Bus bus (also given as the system bus, which Safe Eyes asks
for) and a home folder of its own:

- start to window: from just before ``Popen`` to the moment one X client (``xev`` on the root
  window, started once for the whole run) receives the ``MapNotify`` of the program's first
  top-level window (not a pop-up): the same poller for HipFlex, the bare PySide6 window and the
  peers. The first start runs with an empty home (and, for HipFlex, an empty data folder);
  the later starts reuse it;
- memory: the program and every process it started (its process tree, read from /proc),
  resident (VmRSS) and proportional (PSS: a library shared by two of the processes counts
  half in each) memory summed, a few seconds after the window appeared, idle.

Safe Eyes shows no window of its own at start: its face is a tray icon (an X server without a
tray shows none), so ``safeeyes --settings``, which starts it and opens its settings window,
is measured instead.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from report import MB  # noqa: E402

from tests.e2e.xvfb import Xvfb, installed_hipflex  # noqa: E402

SIZE = (1280, 800)
MS = 1e3
SETTLE_S = 6.0  # idle time after the window before memory is read
# Installed apps have their bytecode compiled; HipFlex and the bare window (run from a
# checkout) keep theirs in a temporary folder, as window_bench does.
PYCACHE = Path(tempfile.gettempdir()) / "hipflex-bench-pycache"
BYTECODE = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(PYCACHE)}

# The bare window of window_bench: a 1280×800 QLabel.
BARE = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("HipFlex")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
label.resize(1280, 800)
label.show()
sys.exit(app.exec())
"""

#: The peers and how each is started (Debian package name, command).
PEERS: dict[str, tuple[str, list[str]]] = {
    "Workrave": ("workrave", ["workrave"]),
    "Safe Eyes": ("safeeyes", ["safeeyes", "--settings"]),
}
HIPFLEX = "HipFlex"
BARE_NAME = "Bare PySide6 window"


TOOLS = ("Xvfb", "xev", "xmessage", "xdotool", "dbus-daemon")


def missing_tools() -> list[str]:
    """The programs this benchmark itself needs and does not find (x11-utils, xvfb...)."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def missing_peers() -> list[str]:
    """The peers whose command is not installed (their Debian package names)."""
    return [package for package, argv in PEERS.values() if shutil.which(argv[0]) is None]


def peer_version(name: str) -> str:
    package = PEERS[name][0]
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package], check=False,
                          capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else "?"


# -- the one poller ------------------------------------------------------------------------

class MapWatcher:
    """One ``xev`` on the root window: the arrival time of each top-level window mapped."""

    def __init__(self, xvfb: Xvfb) -> None:
        self._proc = subprocess.Popen(["xev", "-root", "-event", "substructure"],
                                      env=xvfb.env(), stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                      text=True, bufsize=1)
        self._maps: queue.Queue[float] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        # Map a window of our own until it is seen: from then on xev is watching.
        deadline = time.monotonic() + 20
        while True:
            shown = subprocess.Popen(["xmessage", "-timeout", "1", "ready"], env=xvfb.env(),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                self._maps.get(timeout=2)
                break
            except queue.Empty:
                if time.monotonic() > deadline:
                    raise RuntimeError("xev saw no window mapped") from None
            finally:
                shown.kill()
                shown.wait()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        mapped = False
        for line in self._proc.stdout:
            now = time.monotonic()
            if line.startswith("MapNotify event"):
                mapped = True
            elif mapped:
                mapped = False
                if "override NO" in line:
                    self._maps.put(now)

    def drain(self) -> None:
        while True:
            try:
                self._maps.get_nowait()
            except queue.Empty:
                return

    def next_map(self, timeout: float) -> float:
        try:
            return self._maps.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no window was mapped within {timeout} s") from None

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)


# -- processes -----------------------------------------------------------------------------

def tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue
        parent = int(raw[raw.rindex(")") + 2:].split()[1])
        parents.setdefault(parent, []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def process_name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def memory(pid: int) -> tuple[int, int]:
    """VmRSS and PSS of one process, bytes (0, 0 if it has gone)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = dict(re.findall(r"^(Rss|Pss):\s+(\d+) kB", rollup, re.MULTILINE))
    return int(values.get("Rss", 0)) * 1024, int(values.get("Pss", 0)) * 1024


def stop_tree(proc: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    pids = tree(proc.pid) if proc.poll() is None else []
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(grace)
    deadline = time.monotonic() + grace
    for pid in pids[1:]:
        while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@contextmanager
def private_bus() -> Iterator[str]:
    """A D-Bus bus of this run's own: its address."""
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        if not address:
            raise RuntimeError("dbus-daemon gave no address")
        yield address
    finally:
        proc.terminate()
        proc.wait(5)


# -- measuring -----------------------------------------------------------------------------

@dataclass
class Start:
    window: float  # seconds from Popen to the first top-level window mapped
    rss: int = 0  # bytes, all the processes; 0 when not read
    pss: int = 0
    processes: list[str] = field(default_factory=list)


@dataclass
class Program:
    name: str
    argv: list[str]
    home: Path
    env: dict[str, str]
    first: Start | None = None
    later: list[Start] = field(default_factory=list)

    def later_median(self) -> float:
        return statistics.median(s.window for s in self.later)

    def later_best(self) -> float:
        return min(s.window for s in self.later)

    def memory_run(self) -> Start:
        """The later start whose memory was read."""
        return next(s for s in reversed(self.later) if s.rss)


def start_once(xvfb: Xvfb, watcher: MapWatcher, program: Program, *,
               read_memory: bool) -> Start:
    env = xvfb.env() | program.env | {"HOME": str(program.home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                 "XDG_RUNTIME_DIR"):
        env.pop(name, None)
    watcher.drain()
    begun = time.monotonic()
    proc = subprocess.Popen(program.argv, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=program.home)
    try:
        start = Start(watcher.next_map(60) - begun)
        if read_memory:
            time.sleep(SETTLE_S)
            pids = tree(proc.pid)
            for pid in pids:
                rss, pss = memory(pid)
                start.rss += rss
                start.pss += pss
            start.processes = [process_name(pid) for pid in pids]
        return start
    finally:
        stop_tree(proc)


def programs(work: Path, bus: str, hipflex: str) -> list[Program]:
    base = {"DBUS_SESSION_BUS_ADDRESS": bus, "DBUS_SYSTEM_BUS_ADDRESS": bus} | BYTECODE
    made = [
        Program(HIPFLEX, [hipflex, "--data-dir", str(work / "hipflex-home" / "data")],
                work / "hipflex-home", base),
        Program(BARE_NAME, [sys.executable, "-c", BARE], work / "bare-home", base),
    ]
    for name, (_, argv) in PEERS.items():
        if shutil.which(argv[0]) is not None:
            folder = name.lower().replace(" ", "-")
            made.append(Program(name, list(argv), work / f"{folder}-home", base))
    for program in made:
        if program.home.exists():
            shutil.rmtree(program.home)
        program.home.mkdir(parents=True)
    return made


def measure(runs: int, work: Path, hipflex: str) -> list[Program]:
    """First start of each program (empty home), then ``runs`` later starts each, taking
    turns; memory read at the first start and the last later start."""
    with private_bus() as bus, Xvfb(SIZE) as xvfb:
        watcher = MapWatcher(xvfb)
        try:
            measured = programs(work, bus, hipflex)
            for program in measured:
                program.first = start_once(xvfb, watcher, program, read_memory=True)
            for run in range(runs):
                for program in measured:
                    program.later.append(start_once(xvfb, watcher, program,
                                                    read_memory=run == runs - 1))
        finally:
            watcher.close()
    return measured


def table(measured: Sequence[Program]) -> str:
    bare = next(p for p in measured if p.name == BARE_NAME)
    runs = len(bare.later)
    lines = [f"| Program | First start to window (empty home) | Later starts, median of {runs}"
             " (best) | Ratio to the bare window (median) | Memory, all processes: RSS / PSS"
             " | Processes |", "|---|---|---|---|---|---|"]
    for p in measured:
        assert p.first is not None
        mem = p.memory_run()
        lines.append(
            f"| {p.name} | {p.first.window * MS:.0f} ms | {p.later_median() * MS:.0f} ms"
            f" ({p.later_best() * MS:.0f} ms) | {p.later_median() / bare.later_median():.2f}×"
            f" | {mem.rss / MB:.0f} / {mem.pss / MB:.0f} MB | {len(mem.processes)}:"
            f" {', '.join(sorted(set(mem.processes)))} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="later starts of each (default 5)")
    args = parser.parse_args()
    hipflex = installed_hipflex()
    tools = missing_tools()
    if hipflex is None or tools:
        print(f"peers: missing {', '.join(tools) or 'the hipflex command'}", file=sys.stderr)
        return 2
    missing = missing_peers()
    if missing:
        print(f"peers: not installed: {', '.join(missing)} (apt-get install"
              f" {' '.join(missing)}); measuring without them", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="hipflex-peers-") as tmp:
        measured = measure(args.runs, Path(tmp), hipflex)
    print(table(measured))
    return 0


if __name__ == "__main__":
    sys.exit(main())
