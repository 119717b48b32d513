"""Where should the sounds play: in the window's process (as now) or in the speech worker?

Run ``python benchmarks/sound_placement.py`` (``run_all.py`` puts its figures in the report).
Playing the sounds in the worker that already speaks would keep Qt Multimedia, its FFmpeg
back-end and the Qt Quick libraries it links to out of the window's process. This measures both
ways in one run, with the system's voice (speech-dispatcher) and the audio server:

- the window: HipFlex under Xvfb as it runs now, and the same app with its sound player never
  loaded (what its process would be with the sounds elsewhere): memory of its process and of
  all its processes (RSS and PSS), a few seconds after the window, idle;
- the worker: ``hipflex_desktop.cues.speech_worker`` as it is, and the same worker with the
  app's sounds loaded and a ``play`` command (a prototype kept in this file): time to its
  ``ready`` reply, memory after a run of cues;
- lateness of a sound sent to the worker: from the app writing ``play`` to the worker calling
  ``QSoundEffect.play()``, over a run of cues with a sentence spoken every third cue, as in a
  session, and over the same run without speech. In the window's process a sound is played in
  the same pass of the event loop that notices the cue (the ``cue`` lateness of the Window
  section), so this is what the worker would add.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import peers  # noqa: E402
from report import MB, percentile  # noqa: E402

from tests.e2e.xvfb import Xvfb, installed_hipflex  # noqa: E402

MS = 1e3

# The worker of the other design: the real speech worker, plus the app's sounds and "play".
SOUND_WORKER = r"""
import sys, time
from PySide6.QtCore import QUrl
from hipflex_desktop.cues import speech_worker as sw
from hipflex_desktop.cues.planner import Sound
from hipflex_desktop.resources import resource_path

effects = {}
opened = sw.SpeechWorker.open
handled = sw.SpeechWorker.handle


def open_with_sounds(self, engine, language=sw.DEFAULT_LANGUAGE):
    from PySide6.QtMultimedia import QSoundEffect
    for sound in Sound:
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(resource_path(f"sounds/{sound.value}.wav"))))
        effect.setVolume(0.8)
        effects[sound.value] = effect
    return opened(self, engine, language)


def handle(self, command):
    if command.get("cmd") != "play":
        return handled(self, command)
    for effect in effects.values():  # one sound at a time, as the app's player does
        if effect.isPlaying():
            effect.stop()
    late = time.monotonic() - command["sent"]
    effects[command["name"]].play()
    self.send("played", late=late)


sw.SpeechWorker.open = open_with_sounds
sw.SpeechWorker.handle = handle
sw.main(sys.argv[1:])
"""

# The app with its sound player never loaded: the window's process of the other design.
NO_SOUNDS_APP = ("import sys; from hipflex_desktop.cues import sound;"
                 " sound.SoundPlayer.load = lambda self: None;"
                 " from hipflex_desktop.__main__ import main; sys.exit(main(sys.argv[1:]))")

SOUNDS = ("move", "hold", "hold_end", "tick", "tick_last", "side")


@dataclass
class WorkerRun:
    ready: float  # seconds from Popen to the ready reply
    engine: str
    rss: int
    pss: int
    lateness_speaking: list[float]  # seconds, with a sentence every third cue
    lateness_quiet: list[float]


def _worker(with_sounds: bool) -> subprocess.Popen[str]:
    code = ["-c", SOUND_WORKER] if with_sounds else ["-m", "hipflex_desktop.cues.speech_worker"]
    return subprocess.Popen([sys.executable, *code, "--engine", "auto"], cwd=REPO,
                            env=os.environ | peers.BYTECODE, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            bufsize=1)


def measure_worker(with_sounds: bool, cues: int) -> WorkerRun:
    begun = time.monotonic()
    proc = _worker(with_sounds)
    replies: queue.Queue[tuple[float, dict[str, object]]] = queue.Queue()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            replies.put((time.monotonic(), json.loads(line)))

    threading.Thread(target=read, daemon=True).start()
    try:
        while True:
            at, reply = replies.get(timeout=60)
            if reply["event"] in ("ready", "failed"):
                break
        if reply["event"] != "ready":
            raise RuntimeError(f"the speech worker failed: {reply.get('reason')}")
        run = WorkerRun(at - begun, str(reply.get("engine")), 0, 0, [], [])
        if with_sounds:
            run.lateness_speaking = _cues(proc, replies, cues, speak=True)
            run.lateness_quiet = _cues(proc, replies, cues // 2, speak=False)
        else:
            _cues(proc, replies, cues, speak=True)
        run.rss, run.pss = peers.memory(proc.pid)
        return run
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _cues(proc: subprocess.Popen[str], replies: queue.Queue[tuple[float, dict[str, object]]],
          count: int, *, speak: bool) -> list[float]:
    assert proc.stdin is not None
    rng = random.Random(9)
    late: list[float] = []

    def collect() -> None:
        while True:
            try:
                _, reply = replies.get_nowait()
            except queue.Empty:
                return
            if reply["event"] == "played":
                late.append(float(str(reply["late"])))

    for number in range(count):
        if speak and number % 3 == 0:
            proc.stdin.write(json.dumps({"cmd": "say", "id": number,
                                         "text": f"Left leg, rep {number} of 10: lift and hold"})
                             + "\n")
        proc.stdin.write(json.dumps({"cmd": "play", "name": rng.choice(SOUNDS),
                                     "sent": time.monotonic()}) + "\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0.15, 0.6))  # cues come a fraction of a second apart
        collect()
    time.sleep(2)
    collect()
    return late


@dataclass
class WindowRun:
    name: str
    own_rss: int  # the window's process
    own_pss: int
    all_rss: int  # with the speech worker
    all_pss: int


def measure_windows(work: Path, hipflex: str, runs: int) -> list[WindowRun]:
    found: dict[str, list[WindowRun]] = {"now": [], "no sounds": []}
    with peers.private_bus() as bus, Xvfb(peers.SIZE) as xvfb:
        watcher = peers.MapWatcher(xvfb)
        try:
            base = {"DBUS_SESSION_BUS_ADDRESS": bus} | peers.BYTECODE
            programs = {
                "now": peers.Program("now", [hipflex, "--data-dir", str(work / "a" / "data")],
                                     work / "a", base),
                "no sounds": peers.Program("no sounds", [sys.executable, "-c", NO_SOUNDS_APP,
                                                         "--data-dir", str(work / "b" / "data")],
                                           work / "b", base),
            }
            for program in programs.values():
                program.home.mkdir(parents=True, exist_ok=True)
            for _ in range(runs):
                for name, program in programs.items():
                    found[name].append(_window_run(xvfb, watcher, program))
        finally:
            watcher.close()
    return [min(runs_of, key=lambda r: r.all_pss) for runs_of in found.values()]


def _window_run(xvfb: Xvfb, watcher: peers.MapWatcher, program: peers.Program) -> WindowRun:
    env = xvfb.env() | program.env | {"HOME": str(program.home)}
    proc = subprocess.Popen(program.argv, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        watcher.drain()
        watcher.next_map(60)
        time.sleep(peers.SETTLE_S)
        pids = peers.tree(proc.pid)
        figures = [peers.memory(pid) for pid in pids]
        own = peers.memory(proc.pid)
        return WindowRun(program.name, own[0], own[1], sum(f[0] for f in figures),
                         sum(f[1] for f in figures))
    finally:
        peers.stop_tree(proc)


@dataclass
class Placement:
    now_window: WindowRun
    moved_window: WindowRun
    worker: WorkerRun
    sound_worker: WorkerRun

    def totals(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """(RSS, PSS) of all processes: as now, and with the sounds in the worker."""
        extra_rss = self.sound_worker.rss - self.worker.rss
        extra_pss = self.sound_worker.pss - self.worker.pss
        return ((self.now_window.all_rss, self.now_window.all_pss),
                (self.moved_window.all_rss + extra_rss, self.moved_window.all_pss + extra_pss))


def measure(work: Path, hipflex: str, cues: int = 150, runs: int = 2) -> Placement:
    windows = measure_windows(work, hipflex, runs)
    return Placement(windows[0], windows[1], measure_worker(False, cues),
                     measure_worker(True, cues))


def lines(p: Placement) -> list[str]:
    (now_rss, now_pss), (moved_rss, moved_pss) = p.totals()
    speaking = [v * MS for v in p.sound_worker.lateness_speaking]
    quiet = [v * MS for v in p.sound_worker.lateness_quiet]

    def spread(values: list[float]) -> str:
        return (f"{percentile(values, 50):.1f} / {percentile(values, 99):.1f} /"
                f" {max(values, default=float('nan')):.1f} ms ({len(values)} sounds)")

    return [
        f"Window process: {p.now_window.own_rss / MB:.0f} MB RSS ({p.now_window.own_pss / MB:.0f}"
        f" MB PSS) as now; {p.moved_window.own_rss / MB:.0f} MB ({p.moved_window.own_pss / MB:.0f}"
        " MB) without the sounds.",
        f"Speech worker: {p.worker.rss / MB:.0f} MB RSS ({p.worker.pss / MB:.0f} MB PSS), ready"
        f" after {p.worker.ready * MS:.0f} ms, as now; with the sounds"
        f" {p.sound_worker.rss / MB:.0f} MB ({p.sound_worker.pss / MB:.0f} MB), ready after"
        f" {p.sound_worker.ready * MS:.0f} ms (engine {p.sound_worker.engine}).",
        f"All processes: {now_rss / MB:.0f} MB RSS ({now_pss / MB:.0f} MB PSS) as now;"
        f" {moved_rss / MB:.0f} MB ({moved_pss / MB:.0f} MB) with the sounds in the worker.",
        f"A sound sent to the worker, p50 / p99 / max late: {spread(speaking)} while it speaks"
        f" every third cue; {spread(quiet)} when it does not speak.",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cues", type=int, default=150)
    args = parser.parse_args()
    hipflex = installed_hipflex()
    if hipflex is None:
        print("sound_placement: the hipflex command is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hipflex-sound-placement-") as tmp:
        placement = measure(Path(tmp), hipflex, args.cues)
    print("\n".join(f"- {line}" for line in lines(placement)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
