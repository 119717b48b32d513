"""Benchmark of the Qt-free core: pack loading, planning, the session tick, ``hipflex validate``.

Run ``python benchmarks/core_bench.py``; it prints a table with each figure beside its target and
the baselines measured in the same run (``python -c pass``, ``yaml.safe_load`` of the same file).
``--doc docs/benchmarks.md`` also writes the figures into that file's "Core" section.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml
from report import Row, replace_section, table

from hipflex_desktop.core import yamltree
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.core.session import Session, State
from hipflex_desktop.resources import builtin_pack_path

REPO = Path(__file__).resolve().parents[1]
MS = 1e3
US = 1e6


def timed(what: str, seconds: float, unit: str, target: float | None = None,
          baseline: str = "") -> Row:
    """A row of the report for a time in seconds, shown in ``unit`` ("ms" or "µs")."""
    return Row(what, shown(seconds, unit),
               target="—" if target is None else f"< {shown(target, unit)}",
               baseline=baseline or "—",
               passed=None if target is None else seconds < target)


def shown(seconds: float, unit: str) -> str:
    scale = US if unit == "µs" else MS
    return f"{seconds * scale:,.{2 if unit == 'µs' else 1}f} {unit}"


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- a generated pack just under 1 MiB ------------------------------------------------------------


def _words(count: int, seed: int) -> str:
    vocabulary = ("knee", "band", "hip", "slowly", "keep", "your", "back", "long", "lift",
                  "lower", "foot", "floor", "breathe", "steady", "core", "tall", "control")
    return " ".join(vocabulary[(seed * 7 + i * 3) % len(vocabulary)] for i in range(count))


def _form(level: str, number: int, text_words: int) -> dict[str, object]:
    long = _words(text_words, number)
    phases: list[dict[str, object]] = []
    for index in range(10):
        kind = ("move", "hold", "return")[index % 3]
        phase: dict[str, object] = {"kind": kind, "text": f"{long[:280]} {{side}}.",
                                    "say": "{Side} now."}
        if kind == "hold":
            phase["range"] = [1.0, 3.0]
        else:
            phase["seconds"] = 3
        phases.append(phase)
    return {
        "name": {"text": f"Exercise {number} {level}", "say": f"Exercise {number}"},
        "purpose": f"Strengthens the hip flexors, form {level} of exercise {number}.",
        "equipment": [f"Item {i} for {level}: {_words(8, i)}" for i in range(20)],
        "setup": [{"text": f"Step {i}: {long}", "say": "Get ready."} for i in range(10)],
        "phases": phases,
        "cues": [f"Cue {i}: {long}" for i in range(10)],
    }


def generated_pack_text(text_words: int) -> str:
    exercises = []
    for number in range(20):
        exercise = {"id": f"exercise-{number}", **_form("standard", number, text_words),
                    "sides": "alternate" if number % 2 else "each-side"}
        exercise["variants"] = {
            level: {"label": f"{level} form",
                    "when": f"Choose it when the standard form is too {too}.",
                    **_form(level, number, text_words)}
            for level, too in (("easier", "hard"), ("harder", "easy"))
        }
        exercises.append(exercise)
    data = {
        "format": 1, "id": "generated", "title": "A generated pack", "version": "1.0.0",
        "language": "en", "author": "The benchmark", "licence": "CC0-1.0",
        "introduction": {"text": _words(1500, 1), "say": "A generated pack."},
        "defaults": {"reps_per_side": 8, "sets": 2, "hold_seconds": 1.5,
                     "hold_range": [1.0, 2.0], "rest_seconds": 30, "lead_in_seconds": 20,
                     "switch_seconds": 5, "first_side": "right"},
        "exercises": exercises,
    }
    return yaml.safe_dump(data, sort_keys=False, width=100)


def write_generated_pack(folder: Path) -> Path:
    """A valid pack of real content, a few hundred bytes under 1 MiB."""
    target = yamltree.MAX_BYTES - 512

    def size(words: int) -> int:
        return len(generated_pack_text(words).encode())

    # The size grows linearly with the words per text: two samples give the count that fits.
    low, high = 40, 120
    low_size, high_size = size(low), size(high)
    words = low + int((target - low_size) * (high - low) / (high_size - low_size))
    text = generated_pack_text(words)
    while len(text.encode()) > target:
        words -= 1
        text = generated_pack_text(words)
    # Fill the last few kilobytes with comment lines, so the file is just under the limit.
    missing = target - len(text.encode())
    text += "".join(f"# {'.' * min(96, missing - 3 - 100 * i)}\n"
                    for i in range(missing // 100 + 1) if missing - 3 - 100 * i > 0)
    file = folder / "generated.yaml"
    file.write_text(text)
    return file


# -- measurements ---------------------------------------------------------------------------------


def bench_load(file: Path, runs: int) -> tuple[float, float]:
    result = load_pack(file)
    if result.pack is None:
        raise SystemExit(f"{file} does not validate:\n" + "\n".join(map(str, result.errors)))
    text = file.read_text()
    ours = median_time(lambda: load_pack(file), runs)
    safe_load = median_time(lambda: yaml.safe_load(text), runs)
    return ours, safe_load


def bench_tick(pack: Pack, ticks: int) -> tuple[float, float]:
    """One tick as the window does it: poll, then read remaining and total_remaining."""
    clock = FakeClock()
    options = PlanOptions()
    session = Session(pack, options, clock)
    session.start()
    step = 1 / 60
    times: list[float] = []
    now = time.perf_counter
    for _ in range(ticks):
        if session.state is State.FINISHED:
            session = Session(pack, options, clock)
            session.start()
        clock.advance(step)
        start = now()
        session.poll()
        session.remaining()
        session.total_remaining()
        times.append(now() - start)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


def bench_processes(commands: Sequence[Sequence[str]], runs: int) -> list[tuple[float, float]]:
    """Median and best wall time of each command as a whole process, the commands taking
    turns run after run: a slow spell of the machine (a virtual machine's neighbours) then
    slows the baseline and the command measured alike, instead of one of them alone."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for argv, kept in zip(commands, times, strict=True):
            start = time.perf_counter()
            done = subprocess.run(list(argv), capture_output=True, check=False, env=env,
                                  cwd=REPO)
            kept.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"{' '.join(argv)} failed:\n{done.stderr.decode()}")
    return [(statistics.median(kept), min(kept)) for kept in times]


def console_script() -> str | None:
    beside = Path(sys.executable).parent / "hipflex"
    if beside.exists():
        return str(beside)
    return shutil.which("hipflex")


# -- the machine ----------------------------------------------------------------------------------


def load_average() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "unknown"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"
            f" ({platform.python_implementation()}), PyYAML {yaml.__version__}"
            f" ({'libyaml' if hasattr(yaml, 'CSafeLoader') else 'pure Python'}),"
            f" {platform.system()} {platform.release()}")


# -- output ---------------------------------------------------------------------------------------


NOTES = [
    "What the figures say:",
    "",
    "- Loading is libyaml's event parser plus located checks in Python, and is faster than"
    " `yaml.safe_load` (PyYAML's pure-Python safe loader, which also composes and constructs in"
    " Python) on the same file: see the ratios. The built-in pack's time includes checking its"
    " SVG pictures as untrusted files, which `yaml.safe_load` does not do.",
    "- The generated pack is valid and a few hundred bytes under the 1 MiB limit: 20 exercises,"
    " each with an easier and a harder variant that replace the set-up, phases and cues, 10"
    " set-up steps and 10 cues of long text per form, 10 phases, 20 pieces of equipment.",
    "- A tick (poll, remaining, total remaining) is a few subtractions and one comparison: the"
    " session reads the clock instead of counting ticks, and the total left comes from sums"
    " computed once per plan.",
    "- A whole `hipflex validate` process is Python's start-up (`python -c pass`), the imports"
    " of the command line (PyYAML with libyaml, the core; never Qt), and the check itself"
    " (the first row). In a development checkout the package is an editable install, whose"
    " import hook adds to the start-up; an installed wheel does not have it. The figures are"
    " wall-clock times: on a machine busy with other work (see the load average) process"
    " start-up grows several-fold, which is why `python -c pass` is measured in the same run and"
    " the ratio to it is shown.",
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="runs for each in-process median")
    parser.add_argument("--process-runs", type=int, default=10)
    parser.add_argument("--ticks", type=int, default=100_000)
    parser.add_argument("--doc", type=Path, help="write the figures into this file's Core section")
    args = parser.parse_args(argv)

    load_at_start = load_average()
    builtin = builtin_pack_path()
    pack = load_pack(builtin).pack
    if pack is None:
        raise SystemExit("the built-in pack does not validate; run hipflex validate")
    rows: list[Row] = []

    ours, safe = bench_load(builtin, args.runs)
    rows.append(timed(f"built-in pack load + validate ({builtin.stat().st_size:,} bytes)", ours,
                    "ms", 0.020, f"yaml.safe_load {safe * MS:.1f} ms (x{ours / safe:.2f})"))

    with tempfile.TemporaryDirectory() as tmp:
        big = write_generated_pack(Path(tmp))
        size = big.stat().st_size
        ours, safe = bench_load(big, max(3, args.runs // 5))
    rows.append(timed(f"generated pack load + validate ({size:,} bytes, 20 exercises)", ours, "ms",
                    1.0, f"yaml.safe_load {safe * MS:.1f} ms (x{ours / safe:.2f})"))

    rows.append(timed("plan of the built-in pack (defaults)",
                    median_time(lambda: plan(pack), args.runs * 10), "ms"))

    tick, tick_p99 = bench_tick(pack, args.ticks)
    rows.append(timed(f"session tick: poll + remaining + total_remaining ({args.ticks:,} at 60 Hz)",
                    tick, "µs", 50e-6, f"99th percentile {tick_p99 * US:.2f} µs"))

    commands = [("`python -m hipflex_desktop validate`",
                 [sys.executable, "-m", "hipflex_desktop", "validate"])]
    script = console_script()
    if script is not None:
        commands.append(("`hipflex validate` (console script)", [script, "validate"]))
    measured = bench_processes([[sys.executable, "-c", "pass"],
                                [sys.executable, "-c", "import hipflex_desktop.cli"],
                                *(command for _, command in commands)], args.process_runs)
    (bare, bare_best), (imports, imports_best) = measured[:2]
    rows.append(timed(f"`python -c 'import hipflex_desktop.cli'` (best {imports_best * MS:.1f} ms)",
                    imports, "ms", None,
                    f"`python -c pass` {bare * MS:.1f} ms (+{(imports - bare) * MS:.1f} ms)"))
    for (name, _), (whole, best) in zip(commands, measured[2:], strict=True):
        rows.append(timed(
            f"{name}, whole process (best {best * MS:.1f} ms)", whole, "ms", 0.150,
            f"`python -c pass` {bare * MS:.1f} ms, best {bare_best * MS:.1f} ms"
            f" (x{whole / bare:.2f})"))

    lines = table(rows).splitlines()
    lines.append("")
    lines.append(f"Load average (1 min) at the start: {load_at_start}; at the end:"
                 f" {load_average()}.")
    print(f"Machine: {machine()}")
    print("\n".join(lines))
    if args.doc is not None:
        section = "\n".join([
            "## Core",
            "",
            "Measured by `python benchmarks/core_bench.py --doc docs/benchmarks.md` on"
            f" {dt.date.today().isoformat()}.",
            "",
            f"Machine: {machine()}.",
            "",
            *lines,
            "",
            *NOTES,
        ]) + "\n"
        replace_section(args.doc, "Core", section)
        print(f"wrote the Core section of {args.doc}")
    return 1 if any(row.passed is False for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
