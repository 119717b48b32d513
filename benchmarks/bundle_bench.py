"""Benchmark of the one-file bundle (scripts/build-bundle's dist/hipflex) against the venv install.

Run ``python benchmarks/bundle_bench.py``; ``--doc docs/benchmarks.md`` also writes the figures
into that file's "One-file bundle" section, ``--build`` builds the bundle first and times it,
and ``--onefile`` also builds PyInstaller's own one-file mode (which unpacks at every start) to
show why the bundle unpacks once instead. On a private Xvfb screen, interleaved run after run so
that a busy moment of the machine hits every variant alike, median of ``--runs``:

- ``--version`` (Python and QtCore loaded, no window): the venv's ``hipflex``; the bundle's
  first start (an empty cache folder each run: it unpacks); its later starts (unpacked already);
- start to first paint: from just before ``Popen`` to the app's ``window_shown`` trace line,
  for the same three.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from report import replace_section  # noqa: E402

from tests.e2e.xvfb import RunningApp, Trace, Xvfb, installed_hipflex  # noqa: E402

HEADING = "One-file bundle: size and start-up against the venv install"
BUNDLE = REPO / "dist" / "hipflex"


def build(command: list[str]) -> float:
    begun = time.monotonic()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - begun


def build_plain_onefile(out: Path) -> tuple[Path, float]:
    """PyInstaller's own --onefile of the same staged package, for comparison."""
    stage = REPO / "build" / "bundle" / "stage"
    begun = time.monotonic()
    subprocess.run([str(REPO / ".venv" / "bin" / "pyinstaller"), "--onefile", "--noconfirm",
                    "--log-level", "WARN", "--name", "hipflex-onefile", "--distpath", str(out),
                    "--workpath", str(out / "work"), "--specpath", str(out),
                    "--paths", str(stage), "--add-data",
                    f"{stage}/hipflex_desktop/_resources:hipflex_desktop/_resources",
                    "--hidden-import", "hipflex_desktop._resources",
                    str(REPO / "packaging" / "bundle_entry.py")],
                   cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return out / "hipflex-onefile", time.monotonic() - begun


def timed_version(argv: list[str], env: dict[str, str]) -> float:
    begun = time.monotonic()
    subprocess.run([*argv, "--version"], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - begun


def timed_window(xvfb: Xvfb, argv: list[str], env: dict[str, str], work: Path) -> float:
    trace_file = work / "trace.jsonl"
    trace_file.unlink(missing_ok=True)
    app = RunningApp(xvfb, [*argv, "--data-dir", str(work / "data"), "--trace", str(trace_file)],
                     trace=trace_file, env=env)
    with app:
        shown = Trace(trace_file).wait_event("window_shown", timeout=60)
        return float(shown["t"]) - app.started_at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", action="store_true", help="run scripts/build-bundle first")
    parser.add_argument("--onefile", action="store_true",
                        help="also build and measure PyInstaller's plain --onefile")
    parser.add_argument("--doc", type=Path, help="write the section into this Markdown file")
    args = parser.parse_args()

    hipflex = installed_hipflex()
    if hipflex is None:
        sys.exit("bundle_bench: the hipflex console script is not installed (pip install -e .)")
    build_seconds = build(["bash", "scripts/build-bundle"]) if args.build else None
    if not BUNDLE.is_file():
        sys.exit("bundle_bench: no dist/hipflex; run scripts/build-bundle (or --build)")

    work = Path(tempfile.mkdtemp(prefix="hipflex-bundle-bench-"))
    try:
        onefile: Path | None = None
        onefile_build = None
        if args.onefile:
            onefile, onefile_build = build_plain_onefile(work / "onefile")
        unpacked_dir = work / "unpacked-once"
        base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
        base["HIPFLEX_SPEECH_ENGINE"] = "none"  # the speech engine's start is not measured

        def cache(folder: Path) -> dict[str, str]:
            return {**base, "XDG_CACHE_HOME": str(folder)}

        def fresh() -> dict[str, str]:
            folder = work / "fresh-cache"
            shutil.rmtree(folder, ignore_errors=True)
            return cache(folder)

        variants: dict[str, tuple[list[str], Callable[[], dict[str, str]]]] = {
            "venv install (.venv/bin/hipflex)": ([hipflex], lambda: base),
            "bundle, first start (unpacks)": ([str(BUNDLE)], fresh),
            "bundle, later starts": ([str(BUNDLE)], lambda: cache(unpacked_dir)),
        }
        if onefile is not None:
            variants["PyInstaller --onefile (unpacks every start)"] = ([str(onefile)],
                                                                        lambda: base)
        timed_version([str(BUNDLE)], cache(unpacked_dir))  # unpack once for "later starts"
        versions: dict[str, list[float]] = {name: [] for name in variants}
        windows: dict[str, list[float]] = {name: [] for name in variants}
        with Xvfb((1280, 800)) as xvfb:
            for argv, env in variants.values():  # warm the file cache
                timed_window(xvfb, argv, env(), work)
            for _ in range(args.runs):
                for name, (argv, env) in variants.items():
                    versions[name].append(timed_version(argv, env()))
                    windows[name].append(timed_window(xvfb, argv, env(), work))

        size = BUNDLE.stat().st_size
        (unpacked,) = (unpacked_dir / "hipflex-desktop").glob("bundle-*")
        unpacked_size = sum(p.lstat().st_size for p in unpacked.rglob("*")
                            if p.is_file() and not p.is_symlink())  # PyInstaller links libraries
        venv_version = statistics.median(versions["venv install (.venv/bin/hipflex)"])
        venv_window = statistics.median(windows["venv install (.venv/bin/hipflex)"])
        rows = ["| Start | `--version`, median | × venv | to first paint, median | × venv |",
                "|---|---:|---:|---:|---:|"]
        for name in variants:
            v = statistics.median(versions[name])
            w = statistics.median(windows[name])
            rows.append(f"| {name} | {v:.2f} s | {v / venv_version:.2f} | {w:.2f} s |"
                        f" {w / venv_window:.2f} |")
        facts = [f"- `dist/hipflex`: {size / 1e6:.0f} MB; unpacked into"
                 f" `~/.cache/hipflex-desktop/`: {unpacked_size / 1e6:.0f} MB."]
        if build_seconds is not None:
            facts.append(f"- `scripts/build-bundle`: {build_seconds:.0f} s (offline).")
        if onefile is not None and onefile_build is not None:
            facts.append(f"- PyInstaller's plain `--onefile` of the same app:"
                         f" {onefile.stat().st_size / 1e6:.0f} MB, built in {onefile_build:.0f} s;"
                         " it unpacks into /tmp at every start, hence the bundle's own stub.")
        section = "\n".join([
            f"## {HEADING}", "",
            f"`benchmarks/bundle_bench.py` on {time.strftime('%Y-%m-%d')}, {args.runs} runs of"
            " each, interleaved, on a private Xvfb screen (speech engine off). The venv install"
            " is the baseline measured in the same run.", "",
            *facts, "", *rows, "",
        ])
        print(section)
        if args.doc is not None:
            replace_section(args.doc, HEADING, section)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
