"""Benchmark of the session window: start-up, memory, CPU and timing, against a bare Qt window.

Run ``python benchmarks/window_bench.py``; ``--doc docs/benchmarks.md`` also writes the table into
that file's "Window" section. It starts its own Xvfb (1280×800) and runs the installed
``hipflex`` there as a person would, driving it with xdotool; every figure is measured in this
one run against a baseline measured in the same run:

- start-up: from just before ``Popen`` to the app's ``window_shown`` trace line (its first
  paint), against a bare PySide6 window (a 1280×800 QLabel) that prints ``time.monotonic()`` at
  its first ``paintEvent``; both on the system-wide monotonic clock; median of several runs,
  each a first start (an empty data folder) and a later start (the folder of the runs before);
- peak memory: VmHWM of the app after a session of about two minutes, against the bare window
  after the same kind of run (its label repainted at the app's frame rate); the mappings that
  make the difference are listed;
- CPU: user+system time from ``/proc/PID/stat`` over 20 s of a running session (the bare window:
  30 label repaints a second) and over 10 s of a paused one (the bare window: idle);
- timing: over a 2-minute session with three pauses (Space pressed with xdotool), each
  segment's start in the trace against the previous start + its length + the pauses between, and
  the cumulative drift. A segment's ``t`` is the exact boundary by construction, so the real
  wake-up latency is measured too: for a segment that began because the previous one ran out,
  the trace's ``remaining`` was read on the app's clock when the app noticed the boundary, so
  ``seconds - remaining`` is how late it noticed. The baseline is a bare window whose precise
  single-shot QTimer is aimed at deadlines on the same clock, computed the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import os
import platform
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from report import MB, Row, percentile, replace_section, table  # noqa: E402

from tests.e2e.xvfb import (  # noqa: E402
    DRIVE_TOOLS,
    RunningApp,
    Trace,
    TraceEvent,
    Xvfb,
    cpu_seconds,
    installed_hipflex,
    missing_tools,
    proc_status,
    stop_process,
)

SIZE = (1280, 800)

# An installed app has its bytecode compiled (pip does it); let both sides write and reuse it
# in a temporary folder even where PYTHONDONTWRITEBYTECODE is set, so that start-up does not
# measure compiling the app's sources.
PYCACHE = Path(tempfile.gettempdir()) / "hipflex-bench-pycache"
BYTECODE = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(PYCACHE)}
MS = 1e3

# The session run, in seconds after Space (session time is this minus the pauses before it).
RUN_CPU = (22.0, 42.0)  # running, in the reps of the first exercise (after the 20 s lead-in)
PAUSES = ((45.0, 57.0), (80.0, 83.0), (100.0, 102.0))  # (press Space, press Space again)
PAUSED_CPU = (46.0, 56.0)
SESSION_SECONDS = 120.0
END = SESSION_SECONDS + sum(b - a for a, b in PAUSES)

# The bare window: a QLabel; "paint" prints when it first paints; "session" then repaints it
# at the app's frame rate and aims a precise single-shot timer at deadlines for RUN seconds,
# printing how late each wake-up was, and after that stays idle.
BARE = r"""
import math, sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

mode = sys.argv[1]
app = QApplication(sys.argv[:1])


class Label(QLabel):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not Label.painted:
            Label.painted = True
            print(f"painted {time.monotonic():.6f}", flush=True)


label = Label("HipFlex")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
label.resize(1280, 800)
label.show()
if mode == "session":
    run = float(sys.argv[2])
    lengths = (0.5, 0.3, 0.7)
    begun = time.monotonic()
    state = {"deadline": begun + lengths[0], "n": 0}
    frame = QTimer()
    frame.setTimerType(Qt.TimerType.PreciseTimer)
    frame.timeout.connect(lambda: label.setText(f"{time.monotonic() - begun:.1f}"))
    frame.start(33)
    deadline = QTimer()
    deadline.setTimerType(Qt.TimerType.PreciseTimer)
    deadline.setSingleShot(True)

    def wake():
        now = time.monotonic()
        print(f"late {now - state['deadline']:.6f}", flush=True)
        state["n"] += 1
        state["deadline"] += lengths[state["n"] % len(lengths)]
        if now - begun > run:
            frame.stop()
            print(f"idle {time.monotonic():.6f}", flush=True)
            return
        deadline.start(max(0, math.ceil((state["deadline"] - time.monotonic()) * 1000)))

    deadline.timeout.connect(wake)
    deadline.start(math.ceil((state["deadline"] - time.monotonic()) * 1000))
sys.exit(app.exec())
"""


@dataclass
class Timing:
    errors: list[float] = field(default_factory=list)  # boundary t against the plan, seconds
    lateness: list[float] = field(default_factory=list)  # noticed - boundary, seconds
    clamped: int = 0  # boundaries noticed more than a whole segment late
    drift: float = 0.0
    boundaries: int = 0
    paused: float = 0.0


class Lines:
    """The output lines of a process, read by a thread so that waiting for one can time out."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self._queue: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.strip())
        self._queue.put(None)

    def next(self, prefix: str, timeout: float) -> str:
        """The next line that starts with ``prefix``."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            if line.startswith(prefix):
                return line
        raise TimeoutError(f"no '{prefix}' line from the bare window within {timeout} s")


def bare(xvfb: Xvfb, *args: str) -> Lines:
    return Lines(subprocess.Popen([sys.executable, "-c", BARE, *args],
                                  env=xvfb.env() | BYTECODE,
                                  text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL))


def wait_until(moment: float) -> None:
    """Hold the benchmark's own schedule (the app is not waited for here, only the clock)."""
    time.sleep(max(0.0, moment - time.monotonic()))


# -- start-up ------------------------------------------------------------------------------

def startup_app(xvfb: Xvfb, hipflex: str, work: Path, data: Path) -> float:
    trace_file = work / "startup-trace.jsonl"
    trace_file.unlink(missing_ok=True)
    app = RunningApp(xvfb, [hipflex, "--data-dir", str(data), "--trace", str(trace_file)],
                     trace=trace_file, env=BYTECODE)
    with app:
        shown = Trace(trace_file).wait_event("window_shown", timeout=30)
        return float(shown["t"]) - app.started_at


def startup_bare(xvfb: Xvfb) -> float:
    begun = time.monotonic()
    lines = bare(xvfb, "paint")
    try:
        return float(lines.next("painted", 30).split()[1]) - begun
    finally:
        stop_process(lines.proc)


@dataclass
class Startups:
    first: list[float]  # the app with an empty data folder (a person's first start)
    later: list[float]  # the app with the data folder of the runs before
    bare: list[float]


def measure_startup(xvfb: Xvfb, hipflex: str, work: Path, runs: int) -> Startups:
    later_data = work / "startup-data"
    startup_app(xvfb, hipflex, work, later_data)  # warm the file cache, make the data folder
    startup_bare(xvfb)
    measured = Startups([], [], [])
    for run in range(runs):  # taking turns, so that a busy moment hits all alike
        first_data = work / f"startup-first-{run}"
        shutil.rmtree(first_data, ignore_errors=True)
        measured.first.append(startup_app(xvfb, hipflex, work, first_data))
        measured.later.append(startup_app(xvfb, hipflex, work, later_data))
        measured.bare.append(startup_bare(xvfb))
    return measured


# -- memory breakdown ----------------------------------------------------------------------

def rss_by_mapping(pid: int) -> dict[str, int]:
    """Resident bytes per mapped file (by name), heap and anonymous memory."""
    totals: dict[str, int] = defaultdict(int)
    name = "anonymous"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        parts = line.split()
        if parts and re.fullmatch(r"[0-9a-f]+-[0-9a-f]+", parts[0]):
            path = parts[5] if len(parts) > 5 else ""
            name = Path(path).name if path.startswith("/") else (path or "anonymous")
            name = re.sub(r"\.so[.\d]*$", ".so", name)
        elif parts and parts[0] == "Rss:":
            totals[name] += int(parts[1]) * 1024
    return dict(totals)


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (the speech worker, for the app)."""
    found: list[int] = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            raw = stat.read_text()
        except OSError:
            continue
        if int(raw[raw.rindex(")") + 2:].split()[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def qt_libraries(mapping: dict[str, int]) -> set[str]:
    return {n.removesuffix(".so") for n in mapping if n.startswith("libQt6")}


# -- the session run -----------------------------------------------------------------------

@dataclass
class SessionRun:
    cpu_running: float  # % of one core
    cpu_paused: float
    xvfb_running: float
    peak: int  # bytes
    children_peak: int  # bytes, all the processes the app started
    children: int
    mapping: dict[str, int]
    trace: list[TraceEvent]
    log_lines: int


def session_app(xvfb: Xvfb, hipflex: str, work: Path) -> SessionRun:
    trace_file = work / "session-trace.jsonl"
    log = work / "session-app.log"
    app = RunningApp(xvfb, [hipflex, "--data-dir", str(work / "session-data"),
                            "--trace", str(trace_file)], trace=trace_file, log=log,
                     env=BYTECODE)
    trace = Trace(trace_file)
    with app:
        app.wait_window()
        trace.wait_event("window_shown", timeout=30)
        mark = trace.mark()
        app.key("space")
        start = float(trace.wait_event("session_started", since=mark)["t"])
        pid, xvfb_pid = app.pid, xvfb.pid

        wait_until(start + RUN_CPU[0])
        cpu0, x0, wall0 = cpu_seconds(pid), cpu_seconds(xvfb_pid), time.monotonic()
        wait_until(start + RUN_CPU[1])
        cpu1, x1, wall1 = cpu_seconds(pid), cpu_seconds(xvfb_pid), time.monotonic()
        running = (cpu1 - cpu0) / (wall1 - wall0) * 100
        xvfb_running = (x1 - x0) / (wall1 - wall0) * 100

        paused = math.nan
        for number, (press, release) in enumerate(PAUSES):
            wait_until(start + press)
            mark = trace.mark()
            app.key("space")
            trace.wait_event("paused", since=mark)
            if number == 0:
                wait_until(start + PAUSED_CPU[0])
                cpu0, wall0 = cpu_seconds(pid), time.monotonic()
                wait_until(start + PAUSED_CPU[1])
                paused = (cpu_seconds(pid) - cpu0) / (time.monotonic() - wall0) * 100
            wait_until(start + release)
            mark = trace.mark()
            app.key("space")
            trace.wait_event("resumed", since=mark)
        wait_until(start + END)
        peak = proc_status(pid, "VmHWM")
        mapping = rss_by_mapping(pid)
        kids = children(pid)
        kids_peak = sum(proc_status(kid, "VmHWM") for kid in kids)
    with log.open(encoding="utf-8", errors="replace") as lines:
        log_lines = sum(1 for _ in lines)
    return SessionRun(running, paused, xvfb_running, peak, kids_peak, len(kids), mapping,
                      trace.events(), log_lines)


@dataclass
class BareRun:
    cpu_running: float
    cpu_idle: float
    peak: int
    mapping: dict[str, int]
    lateness: list[float]


def session_bare(xvfb: Xvfb) -> BareRun:
    run = RUN_CPU[1] - RUN_CPU[0] + 4
    lines = bare(xvfb, "session", str(run))
    proc = lines.proc
    try:
        begun = float(lines.next("painted", 30).split()[1])
        wait_until(begun + 2)
        cpu0, wall0 = cpu_seconds(proc.pid), time.monotonic()
        wait_until(begun + 2 + RUN_CPU[1] - RUN_CPU[0])
        running = (cpu_seconds(proc.pid) - cpu0) / (time.monotonic() - wall0) * 100
        lateness: list[float] = []
        while True:
            line = lines.next("", 30)
            if line.startswith("late"):
                lateness.append(float(line.split()[1]))
            elif line.startswith("idle"):
                break
        cpu0, wall0 = cpu_seconds(proc.pid), time.monotonic()
        wait_until(wall0 + PAUSED_CPU[1] - PAUSED_CPU[0])
        idle = (cpu_seconds(proc.pid) - cpu0) / (time.monotonic() - wall0) * 100
        peak = proc_status(proc.pid, "VmHWM")
        mapping = rss_by_mapping(proc.pid)
    finally:
        stop_process(proc)
    return BareRun(running, idle, peak, mapping, lateness)


def analyse(events: list[TraceEvent]) -> Timing:
    """Segment starts against the plan; wake-up lateness; cumulative drift."""
    timing = Timing()
    segs = [e for e in events if e["event"] == "segment_started"]
    pauses: list[tuple[float, float]] = []
    paused_at: float | None = None
    for e in events:
        if e["event"] == "paused":
            paused_at = float(e["t"])
        elif e["event"] == "resumed" and paused_at is not None:
            pauses.append((paused_at, float(e["t"])))
            paused_at = None
    moved = {float(e["t"]) for e in events
             if e["event"] in ("skipped", "went_back", "variant_changed", "restarted_exercise")}

    def paused_between(a: float, b: float) -> float:
        return sum(end - begin for begin, end in pauses if a <= begin < b)

    for before, after in itertools.pairwise(segs):
        if float(after["t"]) in moved:  # started by a key, not by the clock
            continue
        planned = float(before["t"]) + float(before["seconds"]) + paused_between(
            float(before["t"]), float(after["t"]))
        timing.errors.append(float(after["t"]) - planned)
        late = float(after["seconds"]) - float(after["remaining"])
        if float(after["remaining"]) <= 0:
            timing.clamped += 1
        timing.lateness.append(late)
    if len(segs) >= 2:
        first, last = segs[0], segs[-1]
        planned_last = (float(first["t"]) + sum(float(s["seconds"]) for s in segs[:-1])
                        + paused_between(float(first["t"]), float(last["t"])))
        timing.drift = float(last["t"]) - planned_last
    timing.boundaries = len(timing.errors)
    timing.paused = sum(end - begin for begin, end in pauses)
    return timing


# -- report --------------------------------------------------------------------------------

def memory_table(app: dict[str, int], base: dict[str, int], top: int = 10) -> str:
    names = set(app) | set(base)
    diffs = sorted(((app.get(n, 0) - base.get(n, 0), n) for n in names), reverse=True)
    lines = ["| Mapping | HipFlex RSS | Bare RSS | Difference |", "|---|---|---|---|"]
    for diff, name in diffs[:top]:
        lines.append(f"| `{name}` | {app.get(name, 0) / MB:.1f} MB | {base.get(name, 0) / MB:.1f}"
                     f" MB | {diff / MB:+.1f} MB |")
    return "\n".join(lines)


def audio_server() -> str:
    if shutil.which("pactl") is None:
        return "no pactl"
    done = subprocess.run(["pactl", "info"], capture_output=True, text=True, check=False)
    return "an audio server (PulseAudio)" if done.returncode == 0 else "no audio server"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each (default 9)")
    parser.add_argument("--doc", type=Path,
                        help="write the figures into this file's Window section")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="keep the app's traces and logs in DIR")
    args = parser.parse_args()
    missing = missing_tools(DRIVE_TOOLS)
    hipflex = installed_hipflex()
    if missing or hipflex is None:
        print(f"window_bench: missing {', '.join(missing) or 'the hipflex command'};"
              " run scripts/setup-debian.sh --test", file=sys.stderr)
        return 2

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="hipflex-bench-") as tmp, Xvfb(SIZE) as xvfb:
        work = Path(tmp) if args.work is None else args.work
        work.mkdir(parents=True, exist_ok=True)
        print(f"start-up: {args.runs} runs each ...", file=sys.stderr)
        starts = measure_startup(xvfb, hipflex, work, args.runs)
        print(f"session: {END:.0f} s of the app with pauses ...", file=sys.stderr)
        session = session_app(xvfb, hipflex, work)
        print("bare window: running and idle ...", file=sys.stderr)
        base = session_bare(xvfb)

    load_after = os.getloadavg()[0]
    timing = analyse(session.trace)
    late_ms = [v * MS for v in timing.lateness]
    base_ms = [v * MS for v in base.lateness]
    cue_ms = [float(e["lateness"]) * MS for e in session.trace
              if e["event"] == "cue" and e.get("lateness") is not None]
    p99 = percentile(late_ms, 99)
    app_starts, bare_starts = starts.later, starts.bare
    app_start, bare_start = statistics.median(app_starts), statistics.median(bare_starts)
    first_start = statistics.median(starts.first)
    start_ratio = app_start / bare_start
    mem_ratio = session.peak / base.peak
    rows = [
        Row(f"Start to first paint, later starts, median of {args.runs} (best)",
            f"{app_start * MS:.0f} ms ({min(app_starts) * MS:.0f} ms)",
            baseline=f"{bare_start * MS:.0f} ms ({min(bare_starts) * MS:.0f} ms)",
            target=f"{start_ratio:.2f}× (≤ 1.3×); best {min(app_starts) / min(bare_starts):.2f}×",
            passed=start_ratio <= 1.3),
        Row(f"Start to first paint, first start (empty data folder), median of {args.runs}"
            " (best)", f"{first_start * MS:.0f} ms ({min(starts.first) * MS:.0f} ms)",
            baseline=f"{bare_start * MS:.0f} ms ({min(bare_starts) * MS:.0f} ms)",
            target=f"{first_start / bare_start:.2f}× (≤ 1.3×); best"
            f" {min(starts.first) / min(bare_starts):.2f}×",
            passed=first_start / bare_start <= 1.3),
        Row("Peak memory (VmHWM)", f"{session.peak / MB:.0f} MB",
            baseline=f"{base.peak / MB:.0f} MB", target=f"{mem_ratio:.2f}× (≤ 1.2×)",
            passed=mem_ratio <= 1.2),
        Row("CPU, session running (20 s)", f"{session.cpu_running:.1f} %",
            baseline=f"{base.cpu_running:.1f} % (30 repaints/s)", target="< 3 % of one core",
            passed=session.cpu_running < 3),
        Row("CPU, session paused (10 s)", f"{session.cpu_paused:.2f} %",
            baseline=f"{base.cpu_idle:.2f} % (idle)", target="≈ 0 (< 0.2 %)",
            passed=session.cpu_paused < 0.2),
        Row(f"Segment ends vs the plan ({timing.boundaries} boundaries)",
            f"max {max((abs(e) for e in timing.errors), default=math.nan) * MS:.3f} ms",
            target="exact by construction",
            passed=max((abs(e) for e in timing.errors), default=1) < 0.001),
        Row("Boundary noticed late, p50 / p99 / max",
            f"{percentile(late_ms, 50):.1f} / {p99:.1f} / {max(late_ms, default=math.nan):.1f} ms",
            baseline=f"{percentile(base_ms, 50):.1f} / {percentile(base_ms, 99):.1f} /"
            f" {max(base_ms, default=math.nan):.1f} ms ({len(base_ms)} wake-ups)",
            target="p99 < 15 ms", passed=p99 < 15 and timing.clamped == 0),
        Row(f"Cumulative drift over {SESSION_SECONDS:.0f} s (+{timing.paused:.0f} s paused)",
            f"{timing.drift * MS:+.3f} ms", target="none (< 1 ms)",
            passed=abs(timing.drift) < 0.001),
    ]
    if cue_ms:
        rows.append(Row("Cue lateness, p50 / p99 / max (app's `cue` lines)",
                        f"{percentile(cue_ms, 50):.1f} / {percentile(cue_ms, 99):.1f} /"
                        f" {max(cue_ms):.1f} ms"))
    rows.append(Row(f"Peak memory of the {session.children} process(es) the app started",
                    f"{session.children_peak / MB:.0f} MB", target="not in the ratio"))
    rows.append(Row("X server CPU while the session runs", f"{session.xvfb_running:.1f} %"))

    extra = sorted(qt_libraries(session.mapping) - qt_libraries(base.mapping))
    notes = [
        f"- Machine: {platform.platform()}, Python {platform.python_version()},"
        f" {os.cpu_count()} cores, Xvfb {SIZE[0]}×{SIZE[1]}, {audio_server()}; load average"
        f" (1 min) {load_before:.2f} at the start, {load_after:.2f} at the end.",
        "- Lateness: for each segment that began because the previous one ran out, the trace's"
        " `seconds - remaining` (the app read its clock when it noticed the boundary); the"
        " repaint that shows it follows in the same pass of the event loop.",
        f"- Qt libraries the app maps that the bare window does not: {', '.join(extra) or 'none'}.",
        "- Both sides run with compiled bytecode (as an installed app has), kept in a temporary"
        " folder.",
        f"- The app wrote {session.log_lines} lines to its stdout/stderr during the session run.",
    ]
    if timing.clamped:
        notes.append(f"- {timing.clamped} boundaries were noticed more than a whole segment"
                     " late (the lateness shown for them is a lower bound).")
    text = "\n".join([
        table(rows, measured="HipFlex", target="Ratio / target",
              baseline="Bare PySide6 window"),
        "", *notes, "", "Where the app's resident memory differs most from the"
        " bare window's (at the end of each run):", "", memory_table(session.mapping,
                                                                    base.mapping)])
    print(text)
    if args.doc is not None:
        section = "\n".join([
            "## Window", "",
            f"Measured by `python benchmarks/window_bench.py --doc {args.doc}` on"
            f" {dt.date.today().isoformat()}, all figures from one run.", "", text, ""])
        replace_section(args.doc, "Window", section)
        print(f"wrote the Window section of {args.doc}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
