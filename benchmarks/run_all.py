"""Every benchmark of the project in one run, written as one report: ``docs/benchmarks.md``.

Run ``python benchmarks/run_all.py`` (about 45 minutes, 30 of them the real-time long run). It
runs, one after the other so that none disturbs another:

- the core benchmark (``core_bench.py``): pack loading against ``yaml.safe_load``, the plan, the
  session tick, ``hipflex validate`` against ``python -c pass``;
- the history's write cost per rep (``history_bench.py``) against a bare SQLite insert;
- the window benchmark (``window_bench.py``): start-up (a first start with an empty data
  folder and later starts) and memory against a bare PySide6 window, CPU running and paused,
  segment timing over two minutes;
- the peers (``peers.py``): HipFlex, the bare window, Workrave and Safe Eyes (Debian's
  packages; reported as missing when not installed, never installed from here) started alike,
  start to window with one poller and memory of all their processes;
- where the sounds play (``sound_placement.py``): the window's process against the speech
  worker, memory of all processes, the worker's start and how late its sounds would be;
- the stress runs: the SIGKILL and input-storm tests (``tests/e2e/test_kill.py`` and
  ``test_input_storm.py``, with the storm's checker test) and the endurance test
  (``tests/ui/test_endurance.py``), their outcome and figures;
- the long run (``long_run.py``): a real-time session of ``--long-minutes`` (30) under Xvfb, or
  the figures an earlier ``long_run.py --json FILE`` kept (``--long-results FILE``).

Each benchmark script still runs on its own; this one imports their measuring functions (the
long run and the tests run as processes of their own) and writes the report: the machine, then
a table per area with each figure beside its target, the baseline measured in the same run and
their ratio, and an explanation of every target missed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
for entry in (REPO, HERE):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import core_bench  # noqa: E402
import history_bench  # noqa: E402
import peers  # noqa: E402
import sound_placement  # noqa: E402
import window_bench  # noqa: E402
from report import MB, Row, machine, percentile, table  # noqa: E402

from tests.e2e.xvfb import (  # noqa: E402
    DRIVE_TOOLS,
    FIGURES_ENV,
    Xvfb,
    installed_hipflex,
    missing_tools,
)

MS = 1e3
US = 1e6


@dataclass
class Section:
    title: str
    intro: str
    rows: list[Row]
    notes: list[str] = field(default_factory=list)
    extra: str = ""  # more Markdown after the notes


def say(text: str) -> None:
    print(f"run_all: {text}", file=sys.stderr, flush=True)


# -- core ----------------------------------------------------------------------------------

def core_section(runs: int, process_runs: int, ticks: int) -> Section:
    from hipflex_desktop.core.loader import load_pack
    from hipflex_desktop.core.plan import plan
    from hipflex_desktop.resources import builtin_pack_path

    builtin = builtin_pack_path()
    pack = load_pack(builtin).pack
    if pack is None:
        raise SystemExit("the built-in pack does not validate")
    rows: list[Row] = []
    ours, safe = core_bench.bench_load(builtin, runs)
    rows.append(Row(f"Built-in pack load + validate ({builtin.stat().st_size:,} bytes), median",
                    f"{ours * MS:.1f} ms", "< 20 ms", f"`yaml.safe_load` {safe * MS:.1f} ms",
                    f"{ours / safe:.2f}×", ours < 0.020, "pack_load"))
    with tempfile.TemporaryDirectory() as tmp:
        big = core_bench.write_generated_pack(Path(tmp))
        size = big.stat().st_size
        ours, safe = core_bench.bench_load(big, max(3, runs // 5))
    rows.append(Row(f"Generated pack load + validate ({size:,} bytes, 20 exercises), median",
                    f"{ours * MS:.1f} ms", "< 1,000 ms", f"`yaml.safe_load` {safe * MS:.1f} ms",
                    f"{ours / safe:.2f}×", ours < 1.0, "pack_load"))
    planned = core_bench.median_time(lambda: plan(pack), runs * 10)
    rows.append(Row("Plan of the built-in pack (defaults), median", f"{planned * MS:.1f} ms"))
    tick, tick_p99 = core_bench.bench_tick(pack, ticks)
    rows.append(Row(f"Session tick: poll + remaining + total ({ticks:,} at 60 Hz), median",
                    f"{tick * US:.2f} µs (p99 {tick_p99 * US:.2f} µs)", "< 50 µs",
                    passed=tick < 50e-6, key="tick"))
    script = core_bench.console_script()
    commands = [[sys.executable, "-c", "pass"],
                [sys.executable, "-c", "import hipflex_desktop.cli"]]
    if script is not None:
        commands.append([script, "validate"])
    measured = core_bench.bench_processes(commands, process_runs)
    (bare, bare_best), (imports, _) = measured[:2]
    rows.append(Row("`import hipflex_desktop.cli` in a new process, median",
                    f"{imports * MS:.1f} ms", baseline=f"`python -c pass` {bare * MS:.1f} ms",
                    ratio=f"{imports / bare:.2f}×"))
    if script is not None:
        whole, best = measured[2]
        rows.append(Row("`hipflex validate`, whole process, median (best)",
                        f"{whole * MS:.1f} ms ({best * MS:.1f} ms)", "< 150 ms",
                        f"`python -c pass` {bare * MS:.1f} ms ({bare_best * MS:.1f} ms)",
                        f"{whole / bare:.2f}×", whole < 0.150, "validate"))
    notes = [line.removeprefix("- ") for line in core_bench.NOTES if line.startswith("- ")]
    return Section("Core: packs, plan, session tick, command line",
                   f"`core_bench.py`'s measurements: in-process medians of {runs} runs (the"
                   f" generated pack {max(3, runs // 5)}), whole processes {process_runs}"
                   " times each, taking turns with their baseline run after run.",
                   rows, notes)


# -- history -------------------------------------------------------------------------------

def history_section(reps: int) -> Section:
    with tempfile.TemporaryDirectory(prefix="hipflex-history-bench-") as tmp:
        run = history_bench.measure(reps, Path(tmp))
    rows = history_bench.rows(run)
    rows[0] = Row(**{**rows[0].to_json(), "key": "history"})
    return Section(
        "History writes", "`history_bench.py`: what the app writes when a rep ends (the rep,"
        " then the resume point as the next step begins), each its own transaction on a real"
        " file, against a bare durable insert in the same folder and run.", rows,
        ["Both sides pay one `fsync` of the write-ahead log per transaction (`synchronous=FULL`);"
         " the app's pair is two transactions, each checking that the session is still running"
         " and, for the rep, that the exercise belongs to it. A crash or power cut therefore"
         " loses at most the rep being written (the SIGKILL test below shows it)."])


# -- window --------------------------------------------------------------------------------

def window_section(runs: int, work: Path) -> Section:
    hipflex = installed_hipflex()
    if hipflex is None:
        raise SystemExit("the hipflex command is not installed next to this Python")
    load_before = os.getloadavg()[0]
    with Xvfb(window_bench.SIZE) as xvfb:
        say(f"window: start-up, {runs} runs each")
        starts = window_bench.measure_startup(xvfb, hipflex, work, runs)
        say(f"window: a session of {window_bench.END:.0f} s with pauses")
        session = window_bench.session_app(xvfb, hipflex, work)
        say("window: the bare window, running and idle")
        base = window_bench.session_bare(xvfb)
    load_after = os.getloadavg()[0]
    timing = window_bench.analyse(session.trace)
    late_ms = [v * MS for v in timing.lateness]
    base_ms = [v * MS for v in base.lateness]
    cue_ms = [float(e["lateness"]) * MS for e in session.trace
              if e["event"] == "cue" and e.get("lateness") is not None]
    p99 = percentile(late_ms, 99)
    bare_starts = starts.bare
    bare_start = statistics.median(bare_starts)
    errors = [abs(e) for e in timing.errors]
    rows = [
        Row(f"Start to first paint, {label}, median of {runs} (best)",
            f"{statistics.median(app) * MS:.0f} ms ({min(app) * MS:.0f} ms)",
            "≤ 1.3× the bare window",
            f"{bare_start * MS:.0f} ms ({min(bare_starts) * MS:.0f} ms)",
            f"{statistics.median(app) / bare_start:.2f}× (best"
            f" {min(app) / min(bare_starts):.2f}×)", statistics.median(app) / bare_start <= 1.3,
            "startup")
        for label, app in (("later starts", starts.later),
                           ("first start (empty data folder)", starts.first))
    ]
    rows += [
        Row("Peak memory (VmHWM) after a 2-minute session", f"{session.peak / MB:.0f} MB",
            "≤ 1.2× the bare window", f"{base.peak / MB:.0f} MB",
            f"{session.peak / base.peak:.2f}×", session.peak / base.peak <= 1.2, "memory"),
        Row("Peak memory of all the app's processes (the window and the speech worker)",
            f"{(session.peak + session.children_peak) / MB:.0f} MB",
            baseline=f"{base.peak / MB:.0f} MB",
            ratio=f"{(session.peak + session.children_peak) / base.peak:.2f}×"),
        Row("CPU, session running (20 s)", f"{session.cpu_running:.1f} %",
            "< 3 % of one core", f"{base.cpu_running:.1f} % (30 repaints a second)",
            f"{session.cpu_running / base.cpu_running:.1f}×" if base.cpu_running else "—",
            session.cpu_running < 3, "cpu_running"),
        Row("CPU, session paused (10 s)", f"{session.cpu_paused:.2f} %", "≈ 0 (< 0.2 %)",
            f"{base.cpu_idle:.2f} % (idle)", passed=session.cpu_paused < 0.2, key="cpu_paused"),
        Row(f"Segment ends vs the plan ({timing.boundaries} boundaries)",
            f"max {max(errors, default=math.nan) * MS:.3f} ms", "exact (< 1 ms)",
            passed=max(errors, default=1) < 0.001, key="long_drift"),
        Row("Segment end noticed late, p50 / p99 / max",
            f"{percentile(late_ms, 50):.1f} / {p99:.1f} / {max(late_ms, default=math.nan):.1f}"
            " ms", "p99 < 15 ms",
            f"{percentile(base_ms, 50):.1f} / {percentile(base_ms, 99):.1f} /"
            f" {max(base_ms, default=math.nan):.1f} ms: a precise QTimer aimed at the same kind"
            " of deadlines", f"p99 {p99 / percentile(base_ms, 99):.2f}×",
            p99 < 15 and timing.clamped == 0, "long_lateness"),
        Row(f"Cumulative drift over {window_bench.SESSION_SECONDS:.0f} s"
            f" (+{timing.paused:.0f} s paused)", f"{timing.drift * MS:+.3f} ms", "none (< 1 ms)",
            passed=abs(timing.drift) < 0.001, key="long_drift"),
    ]
    if cue_ms:
        rows.append(Row("Cue lateness, p50 / p99 / max (the app's `cue` lines)",
                        f"{percentile(cue_ms, 50):.1f} / {percentile(cue_ms, 99):.1f} /"
                        f" {max(cue_ms):.1f} ms"))
    rows.append(Row(f"Peak memory of the {session.children} process(es) the app started"
                    " (speech)", f"{session.children_peak / MB:.0f} MB", "not in the ratio"))
    rows.append(Row("X server CPU while the session runs", f"{session.xvfb_running:.1f} %"))
    extra = sorted(window_bench.qt_libraries(session.mapping)
                   - window_bench.qt_libraries(base.mapping))
    notes = [
        f"Xvfb {window_bench.SIZE[0]}×{window_bench.SIZE[1]}, {window_bench.audio_server()};"
        f" load average (1 min) {load_before:.2f} before this part, {load_after:.2f} after.",
        "The bare window is a 1280×800 `QLabel` that prints the monotonic time at its first"
        " paint; both sides run with compiled bytecode, as an installed app has.",
        "Lateness: for each segment that began because the previous one ran out, the trace's"
        " `seconds - remaining` (the app read its clock when it noticed the boundary).",
        f"Qt libraries the app maps that the bare window does not: {', '.join(extra) or 'none'}.",
        f"The app wrote {session.log_lines} lines to its stdout/stderr during the session run.",
    ]
    text = "\n".join(["Where the app's resident memory differs most from the bare window's (at"
                      " the end of each run):", "",
                      window_bench.memory_table(session.mapping, base.mapping)])
    return Section("Window: start-up, memory, CPU, timing against a bare PySide6 window",
                   "`window_bench.py`'s measurements: the installed `hipflex` on its own Xvfb,"
                   " driven with xdotool, every figure against a bare PySide6 window measured in"
                   " the same run.", rows, notes, text)


# -- peers ---------------------------------------------------------------------------------

def peers_section(runs: int, work: Path) -> Section:
    hipflex = installed_hipflex()
    if hipflex is None:
        raise SystemExit("the hipflex command is not installed next to this Python")
    tools = peers.missing_tools()
    if tools:
        return Section("Beside the peers: Workrave and Safe Eyes", "`peers.py` could not run.",
                       [Row("Peers", f"not measured: {', '.join(tools)} missing",
                            ratio="run scripts/setup-debian.sh --test")])
    missing = peers.missing_peers()
    say(f"peers: start to window and memory, {runs} later starts each"
        + (f" (not installed: {', '.join(missing)})" if missing else ""))
    measured = peers.measure(runs, work / "peers", hipflex)
    bare = next(p for p in measured if p.name == peers.BARE_NAME)
    assert bare.first is not None
    bare_mem = bare.memory_run()
    rows: list[Row] = []
    for program in measured:
        assert program.first is not None
        mem = program.memory_run()
        is_bare = program is bare
        rows.append(Row(
            f"{program.name}: start to window, later starts median (best) / first start",
            f"{program.later_median() * MS:.0f} ms ({program.later_best() * MS:.0f} ms) /"
            f" {program.first.window * MS:.0f} ms",
            baseline="—" if is_bare else f"{bare.later_median() * MS:.0f} ms"
            f" ({bare.later_best() * MS:.0f} ms) / {bare.first.window * MS:.0f} ms",
            ratio="—" if is_bare else f"{program.later_median() / bare.later_median():.2f}× /"
            f" {program.first.window / bare.first.window:.2f}×"))
        names = ", ".join(sorted(set(mem.processes)))
        rows.append(Row(
            f"{program.name}: memory of all its processes, RSS / PSS",
            f"{mem.rss / MB:.0f} / {mem.pss / MB:.0f} MB ({len(mem.processes)} process"
            f"{'es' if len(mem.processes) != 1 else ''}: {names})",
            baseline="—" if is_bare else f"{bare_mem.rss / MB:.0f} / {bare_mem.pss / MB:.0f} MB",
            ratio="—" if is_bare else f"{mem.rss / bare_mem.rss:.2f}× /"
            f" {mem.pss / bare_mem.pss:.2f}×"))
    for package in missing:
        rows.append(Row(f"{package}: not installed", "not measured",
                        ratio=f"`apt-get install {package}` to compare"))
    versions = ", ".join(f"{name} {peers.peer_version(name)}" for name in peers.PEERS
                         if peers.PEERS[name][0] not in missing)
    notes = [
        "One poller for all: an `xev` on the root window of one private Xvfb (1280×800) notes"
        " the arrival of the first top-level window's `MapNotify`; start to window is from just"
        " before `Popen` to that moment (HipFlex's first paint, in the Window section, comes a"
        " few milliseconds after its window is mapped).",
        "Each program has a home folder of its own, empty at its first start and kept for the"
        f" later starts (HipFlex's data folder is in it); the programs take turns, {runs} later"
        " starts each. All run on one private D-Bus bus, also given as the system bus (Safe"
        " Eyes stops at start without one).",
        f"Memory: the program and every process it started, {peers.SETTLE_S:.0f} s after its"
        " window appeared, idle, at its first and its last start (the last is shown). RSS"
        " counts a library shared by two processes in each; PSS shares it between them."
        " HipFlex's second process is its speech worker; speech-dispatcher, which the worker"
        " starts and every app that speaks shares, leaves the tree and is not counted.",
        "Safe Eyes shows no window of its own at start (its face is a tray icon, which an X"
        " server without a tray cannot show): `safeeyes --settings`, which starts it and opens"
        " its settings window, is measured.",
        f"Debian's packages: {versions or 'none installed'}."
        + (f" Not installed, so not measured: {', '.join(missing)}." if missing else ""),
    ]
    return Section("Beside the peers: Workrave and Safe Eyes",
                   "`peers.py`: HipFlex, the bare PySide6 window and the break reminders Debian"
                   " ships, started the same way and measured with the same poller in one run;"
                   " the baseline is the bare window.", rows, notes)


def sound_section(work: Path) -> Section:
    hipflex = installed_hipflex()
    if hipflex is None:
        raise SystemExit("the hipflex command is not installed next to this Python")
    say("sounds: in the window's process or in the speech worker")
    placement = sound_placement.measure(work / "sound-placement", hipflex)
    (now_rss, now_pss), (moved_rss, moved_pss) = placement.totals()
    speaking = [v * MS for v in placement.sound_worker.lateness_speaking]
    quiet = [v * MS for v in placement.sound_worker.lateness_quiet]
    window_now, window_moved = placement.now_window, placement.moved_window

    def spread(values: list[float]) -> str:
        return (f"{percentile(values, 50):.1f} / {percentile(values, 99):.1f} /"
                f" {max(values, default=math.nan):.1f} ms")

    rows = [
        Row("Window process, RSS / PSS, idle", f"{window_now.own_rss / MB:.0f} /"
            f" {window_now.own_pss / MB:.0f} MB", baseline=f"{window_moved.own_rss / MB:.0f} /"
            f" {window_moved.own_pss / MB:.0f} MB without the sounds",
            ratio=f"{window_now.own_rss / window_moved.own_rss:.2f}×"),
        Row("Speech worker, RSS / PSS, after a run of cues",
            f"{placement.worker.rss / MB:.0f} / {placement.worker.pss / MB:.0f} MB",
            baseline=f"{placement.sound_worker.rss / MB:.0f} /"
            f" {placement.sound_worker.pss / MB:.0f} MB with the sounds",
            ratio=f"{placement.worker.rss / placement.sound_worker.rss:.2f}×"),
        Row("All processes, RSS / PSS", f"{now_rss / MB:.0f} / {now_pss / MB:.0f} MB",
            baseline=f"{moved_rss / MB:.0f} / {moved_pss / MB:.0f} MB with the sounds in the"
            " worker", ratio=f"{now_pss / moved_pss:.2f}× (PSS)"),
        Row("Speech worker ready after", f"{placement.worker.ready * MS:.0f} ms",
            baseline=f"{placement.sound_worker.ready * MS:.0f} ms with the sounds"),
        Row("A sound played by the worker, late p50 / p99 / max, while it speaks",
            "0 ms more: played where the cue is noticed",
            baseline=f"{spread(speaking)} ({len(speaking)} sounds)"),
        Row("… while it does not speak", "0 ms more",
            baseline=f"{spread(quiet)} ({len(quiet)} sounds)"),
    ]
    notes = [
        "Measured: the app as it is (sounds in the window's process, Qt Multimedia loaded after"
        " the first paint) against the other design, made of the same app with its sound"
        " player never loaded and a prototype of the speech worker that also loads the app's"
        " sounds and plays them on a `play` command (`sound_placement.py`). Memory: each"
        " program under Xvfb a few seconds after its window, idle; the worker after a run of"
        " cues. Lateness: from the app writing `play` to the worker calling"
        " `QSoundEffect.play()`, cues 0.15-0.6 s apart, a sentence every third cue as in a"
        " session.",
        f"Decision: the sounds stay in the window's process. With them in the worker, all the"
        f" processes together take {(moved_pss - now_pss) / MB:+.0f} MB (PSS) more in this run"
        " (Qt Multimedia costs more in the worker, which has no Qt GUI libraries to share it"
        " with, than it saves in the window; +8 MB in an earlier run of this script on the"
        " same day). And a sound in the worker waits for the worker's Qt thread, which the"
        " speech engine holds while it starts, cuts and speaks sentences: late by"
        f" {percentile(speaking, 99):.0f} ms (p99) and {max(speaking, default=math.nan):.0f} ms"
        " (max) in this run while it speaks; three earlier runs of the same prototype on this"
        " machine on 2026-12-06 measured p99 / max 25 / 92 ms, 964 / 1,157 ms and 1,155 /"
        " 1,571 ms, a sound more than a second late. In the window's process a sound is played"
        " in the pass of the event loop that notices its cue. The window's own memory would drop"
        " by the first row's difference, which alone would not bring it to 1.2× the bare window"
        " either.",
    ]
    return Section("Where the sounds play", "`sound_placement.py`: the sounds in the window's"
                   " process (as now) against the sounds in the speech worker, both measured in"
                   " one run; the baseline column is the other design.", rows, notes)


# -- stress runs ---------------------------------------------------------------------------

@dataclass
class TestRun:
    outcome: dict[str, str]  # test name: passed, failed, skipped, error
    seconds: dict[str, float]
    messages: dict[str, str]
    returncode: int
    wall: float


def run_pytest(args: Sequence[str], work: Path, name: str,
               env: dict[str, str] | None = None) -> TestRun:
    junit = work / f"{name}.xml"
    begun = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pytest", *args, "-q", "-p", "no:cacheprovider",
                           f"--junitxml={junit}"], cwd=REPO, env=os.environ | (env or {}),
                          capture_output=True, text=True, check=False)
    wall = time.monotonic() - begun
    (work / f"{name}.out").write_text(done.stdout + done.stderr)
    outcome: dict[str, str] = {}
    seconds: dict[str, float] = {}
    messages: dict[str, str] = {}
    if junit.exists():
        for case in ET.parse(junit).getroot().iter("testcase"):
            test = case.get("name", "?")
            seconds[test] = float(case.get("time", "nan"))
            result = "passed"
            for kind in ("failure", "error", "skipped"):
                found = case.find(kind)
                if found is not None:
                    result = {"failure": "failed"}.get(kind, kind)
                    messages[test] = (found.get("message") or "").splitlines()[0][:200] \
                        if found.get("message") else ""
            outcome[test] = result
    return TestRun(outcome, seconds, messages, done.returncode, wall)


def figures(work: Path, name: str) -> dict[str, Any]:
    path = work / "figures" / f"{name}.json"
    if not path.exists():
        return {}
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def verdict_of(run: TestRun, test: str) -> tuple[bool | None, str]:
    result = run.outcome.get(test)
    if result is None:
        return False, "did not run"
    if result == "skipped":
        return None, f"skipped: {run.messages.get(test, '')}"
    return result == "passed", result + (f": {run.messages[test]}" if test in run.messages
                                         else "")


def stress_section(work: Path, endurance: bool) -> Section:
    env = {FIGURES_ENV: str(work / "figures")}
    say("stress: the SIGKILL and input-storm tests")
    stress = run_pytest(["tests/e2e/test_kill.py", "tests/e2e/test_input_storm.py"], work,
                        "stress", env)
    kill = figures(work, "kill")
    storm = figures(work, "storm")
    rows: list[Row] = []
    test = "test_sigkill_at_random_moments_loses_no_completed_rep_and_resumes_where_it_was"
    passed, shown = verdict_of(stress, test)
    rows.append(Row(
        "SIGKILL at seeded random moments (`test_kill.py`)",
        (f"{kill.get('kills')} kills ({kill.get('paused_kills')} while paused) in"
         f" {len(kill.get('segments_killed_in', []))} different steps of"
         f" {kill.get('sessions')} sessions, {kill.get('resumes')} resumed; last trace line"
         f" not yet written {kill.get('unwritten_last_lines')} time(s);"
         f" {stress.seconds.get(test, math.nan):.0f} s") if kill else shown,
        "integrity ok, every completed rep kept, resumed at the step killed in",
        passed=passed, key="kill"))
    test = "test_a_storm_of_random_keys_leaves_the_app_responsive_consistent_and_finishable"
    passed, shown = verdict_of(stress, test)
    lines = storm.get("storm_lines", {})
    rows.append(Row(
        "Input storm of 1,000 keys (`test_input_storm.py`)",
        (f"{storm.get('presses')} presses in {storm.get('storm_seconds')} s →"
         f" {sum(lines.values())} session events ({lines.get('skipped', 0)} skips,"
         f" {lines.get('went_back', 0)} backs, {lines.get('paused', 0)} pauses,"
         f" {lines.get('variant_changed', 0)} variant changes); {storm.get('sessions')} sessions"
         f" ({storm.get('stopped_by_the_storm')} stopped by the storm); slowest Space answer"
         f" {storm.get('space_answer_seconds_max', math.nan) * MS:.0f} ms; sound through"
         f" {'PulseAudio' if storm.get('audio_server') else 'no audio server'};"
         f" {stress.seconds.get(test, math.nan):.0f} s") if storm else shown,
        "alive, Space answers < 2 s, trace follows the state machine, finishable",
        passed=passed, key="storm"))
    passed, shown = verdict_of(stress, "test_the_checkers_find_broken_traces")
    rows.append(Row("The storm test's trace checkers find broken traces", shown,
                    "pass", passed=passed))
    notes = [f"`pytest tests/e2e/test_kill.py tests/e2e/test_input_storm.py` exited with"
             f" {stress.returncode} after {stress.wall:.0f} s."]
    test_file = REPO / "tests" / "ui" / "test_endurance.py"
    if endurance and test_file.exists():
        say("stress: the endurance test")
        run = run_pytest([str(test_file.relative_to(REPO))], work, "endurance")
        for test in sorted(run.outcome):
            passed, shown = verdict_of(run, test)
            rows.append(Row(f"Endurance: `{test}`", f"{shown}; {run.seconds[test]:.0f} s",
                            "no growth in memory, objects, timers, open files",
                            passed=passed, key="endurance"))
        if not run.outcome:
            rows.append(Row("Endurance (`tests/ui/test_endurance.py`)", "no result",
                            "pass", passed=False, key="endurance"))
    return Section("Stress runs", "The tests that prove the app under stress, run here as"
                   " they run in CI; their outcome and the figures they report.", rows, notes)


# -- long run ------------------------------------------------------------------------------

LONG_KEYS = (("Segment end noticed late", "long_lateness"),
             ("Cumulative drift", "long_drift"), ("Memory slope", "long_memory"),
             ("Memory growth", "long_memory"), ("CPU, session running", "cpu_running"),
             ("CPU, session paused", "cpu_paused"))


def long_section(minutes: float, results: Path | None, work: Path) -> Section:
    if results is None:
        results = work / "long-run.json"
        say(f"long run: {minutes:g} minutes of real time")
        done = subprocess.run([sys.executable, str(HERE / "long_run.py"), "--minutes",
                               f"{minutes:g}", "--json", str(results)], cwd=REPO, check=False)
        if not results.exists():
            raise SystemExit(f"long_run.py ended with {done.returncode} and no figures")
        source = "measured in this run"
    else:
        source = "figures kept by `long_run.py --json` on {measured}"
    data = json.loads(results.read_text())
    source = source.format(measured=data.get("measured", "an earlier day"))
    rows = []
    for raw in data["rows"]:
        row = Row.from_json(raw)
        if not row.key:
            key = next((k for prefix, k in LONG_KEYS if row.figure.startswith(prefix)), "")
            row = Row(**{**raw, "key": key})
        rows.append(row)
    samples = data.get("rss_samples", [])
    series = ", ".join(f"{t / 60:.0f}′ {rss / MB:.1f}" for t, rss in samples[::6])
    load = ", ".join(f"{v:.2f}" for v in data.get("load_before", []))
    notes = [
        f"{source[:1].upper()}{source[1:]}; load average (1, 5, 15 min) at its start: {load}.",
        "The session is the built-in pack with more reps and 3 sets (set through the app's own"
        " settings file), the system's voice on, sounds through the audio server; three pauses"
        " of 20 s spread over the run. Xvfb 1280×800.",
        f"Resident memory, MB, every 3 minutes: {series}." if series else "",
    ]
    return Section(f"Long run: a real-time session of {data['minutes']:g} minutes",
                   "`long_run.py`: timing, drift, memory and CPU over a long session.", rows,
                   [n for n in notes if n])


# -- report --------------------------------------------------------------------------------

EXPLANATIONS = {
    "startup": (
        "Start-up against a bare PySide6 window. The set-up page is now painted first with only"
        " what it needs: the history and its recorder, the session and summary pages, the cue"
        " director, the screen-saver inhibitor and the reminders are made after the first"
        " paint, then the sounds (Qt Multimedia), then the speech worker; the set-up page is"
        " filled once (it was filled twice on every later start), and the cyclic garbage"
        " collector waits until the window is painted. What the first paint still waits for,"
        " as a share of the app's CPU time to it (measured apart, the process's CPU time at"
        " each step, median of 4 runs): Python and Qt's own start, as in the bare window"
        " (about 40 %); the pack loader with PyYAML, the plan and the content model (about"
        " 18 %); the window's and set-up page's modules (about 13 %); reading the settings,"
        " loading and checking the built-in pack with its pictures, and building the window"
        " with its menus and the set-up page with its three SVG pictures and accessible names"
        " (about 18 %); the first paint of a full page (about 6 %). QtSvg stays before the"
        " first paint because the set-up page shows the exercises' pictures: importing it and"
        " making the three pictures' renderers takes about 3 ms (median of 5, measured apart),"
        " not worth a page that changes after it appears. The set-up page cannot be"
        " painted without the pack it shows, and a 1.3× target leaves a few tens of"
        " milliseconds for all of that: it is not met. The peers' section shows where this"
        " stands: HipFlex starts faster than Safe Eyes, slower than Workrave (C++ with GTK)."
        " The median moves with the load of the machine (see the load average); the ratio of"
        " the best runs, beside it, is the fairer one on a busy machine."),
    "memory": (
        "Peak memory against a bare PySide6 window. After a session the app has loaded Qt"
        " Multimedia for its sounds, with the FFmpeg back-end it brings (libavcodec and the"
        " FFmpeg stubs) and the Qt Quick/QML libraries that Qt Multimedia links to, QtSvg for"
        " the pictures, SQLite for the history and its own Python modules, pages and widgets:"
        " the table of mappings in the Window section shows where the difference lies. Playing"
        " the sounds in the speech worker instead was measured (the section 'Where the sounds"
        " play'): the window's process would shed Qt Multimedia, but the sounds would come late"
        " whenever the voice speaks and all the processes together would take more memory, so"
        " the sounds stay. Without Qt Multimedia the window would still be above 1.2× the bare"
        " window (same section, first row). Memory stays flat over a long session (see the"
        " long run)."),
    "cpu_running": (
        "CPU while a session runs. Each frame (20 a second in a phase, fewer in long lead-ins"
        " and rests) costs about 1.5 ms of CPU. Sampled with py-spy over 20 s of phases on"
        " this machine: about 45 % of the app's time is the frame's Python path (the"
        " controller's poll, the signals that pass the time to the page, the ring's"
        " `set_state`), about 45 % is Qt painting and the flush to X11 (the ring's"
        " `paintEvent` is half of that), the rest the segment changes (new texts, colours and"
        " picture). Remembering the digits' fitted font and box per size and text brought"
        " it from 3.7 % to 3.05 % (medians of 5 interleaved 20-s runs of each version, measured"
        " apart); what is left is mostly PySide's cost per call into Qt. By proportion, 17"
        " frames a second would bring it to about 2.6 %; the 20 frames a second that keep a"
        " 1.5-s hold's ring smooth are kept instead."),
    "cpu_paused": "CPU while paused: the frame and deadline timers stop when the session pauses.",
    "long_lateness": (
        "Segment ends noticed late: the app's deadline timer (a precise single-shot QTimer)"
        " woke up late, which happens on a loaded machine (see the load average)."),
    "long_drift": "Drift: segment boundaries are computed from the plan and the pauses.",
    "long_memory": (
        "Memory over the long run: resident memory grew after the warm-up; see the samples"
        " in the notes."),
    "pack_load": "Pack loading took longer than its target on this machine.",
    "tick": "The session tick took longer than its target on this machine.",
    "validate": (
        "A whole `hipflex validate` process: Python's start-up (`python -c pass`, in the same"
        " row) grows several-fold on a busy machine."),
    "history": (
        "History writes: each transaction waits for an `fsync` of the write-ahead log; on a"
        " busy or slow disk both sides grow, the ratio says how the app's pair compares."),
    "kill": "The SIGKILL test failed: see its output in the stress folder kept with `--work`.",
    "storm": "The input storm test failed: see its output in the stress folder kept with"
             " `--work`.",
    "endurance": "The endurance test failed: see its output.",
}


def missed(sections: Sequence[Section]) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for section in sections:
        for row in section.rows:
            if row.passed is not False:
                continue
            key = row.key or row.figure
            text = EXPLANATIONS.get(row.key, "No explanation yet: this target was met before;"
                                    " look into it.")
            if key in seen:
                lines.append(f"- **{row.figure}** ({section.title}): {row.value}; see above.")
                continue
            seen.add(key)
            lines.append(f"- **{row.figure}** ({section.title}): {row.value} against"
                         f" {row.target}. {text}")
    return lines


def render(sections: Sequence[Section], info: dict[str, str], command: str,
           seconds: float) -> str:
    out = ["# Benchmarks", "",
           f"Written by `{command}` in {seconds / 60:.0f} minutes; every figure comes from"
           " that one run unless a section says otherwise. Each table shows a figure beside"
           " its target and, where one exists, the baseline measured in the same run and the"
           " ratio between them. The explanation of every missed target is at the end.", "",
           "## Machine", "", "| | |", "|---|---|"]
    out += [f"| {name} | {value} |" for name, value in info.items()]
    for section in sections:
        out += ["", f"## {section.title}", "", section.intro, "", table(section.rows)]
        if section.notes:
            out += [""] + [f"- {note}" for note in section.notes]
        if section.extra:
            out += ["", section.extra]
    failed = missed(sections)
    out += ["", "## Missed targets", ""]
    out += failed or ["None: every figure with a target met it in this run."]
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--long-minutes", type=float, default=30.0,
                        help="minutes of the real-time long run (default 30)")
    parser.add_argument("--long-results", type=Path, metavar="FILE",
                        help="use the figures of an earlier `long_run.py --json FILE` instead"
                             " of running it again")
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each window")
    parser.add_argument("--core-runs", type=int, default=30)
    parser.add_argument("--history-reps", type=int, default=400)
    parser.add_argument("--peer-runs", type=int, default=5,
                        help="later starts of each program beside the peers (default 5)")
    parser.add_argument("--no-peers", action="store_true", help="leave the peers out")
    parser.add_argument("--no-sound-placement", action="store_true",
                        help="leave out the measure of where the sounds play")
    parser.add_argument("--no-stress", action="store_true", help="leave the stress tests out")
    parser.add_argument("--no-endurance", action="store_true",
                        help="leave the endurance test out")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="keep traces, logs and test output in DIR")
    args = parser.parse_args(argv)
    missing = missing_tools(DRIVE_TOOLS)
    if missing or installed_hipflex() is None:
        print(f"run_all: missing {', '.join(missing) or 'the hipflex command'};"
              " run scripts/setup-debian.sh --test", file=sys.stderr)
        return 2
    begun = time.monotonic()
    info = machine()
    info["Audio"] = window_bench.audio_server()
    with contextlib.ExitStack() as stack:
        if args.work is None:
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="hipflex-all-")))
        else:
            work = args.work
            work.mkdir(parents=True, exist_ok=True)
        sections: list[Section] = []
        say("core")
        sections.append(core_section(args.core_runs, 30, 100_000))
        say("history writes")
        sections.append(history_section(args.history_reps))
        sections.append(window_section(args.runs, work))
        if not args.no_peers:
            sections.append(peers_section(args.peer_runs, work))
        if not args.no_sound_placement:
            sections.append(sound_section(work))
        if not args.no_stress:
            sections.append(stress_section(work, not args.no_endurance))
        sections.append(long_section(args.long_minutes, args.long_results, work))
    command = "python benchmarks/run_all.py" + (
        f" --long-results {args.long_results.name}" if args.long_results else
        f" --long-minutes {args.long_minutes:g}")
    text = render(sections, info, command, time.monotonic() - begun)
    args.doc.parent.mkdir(parents=True, exist_ok=True)
    args.doc.write_text(text)
    print(text)
    say(f"wrote {args.doc} ({dt.datetime.now():%H:%M})")
    return 0 if all(r.passed is not False for s in sections for r in s.rows) else 1


if __name__ == "__main__":
    sys.exit(main())
