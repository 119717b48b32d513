"""Take the documentation's screenshots from the real, installed app on a 1280×800 Xvfb screen.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Writes, with the built-in pack:
- ``setup.png``: the set-up page as the app opens;
- ``session-hold-right.png``: the session page during a HOLD on the RIGHT side (the trace says
  when the hold begins; the shot is taken a third of the way into it and kept only if the trace
  shows the hold was still on when the shot was done, otherwise the next right-side hold is used);
- ``summary.png``: the summary after a session stepped through with Right, with the harder
  variant chosen for the first exercise and the easier one for the second.

Needs Xvfb, xdotool, xdpyinfo and ImageMagick (``scripts/setup-debian.sh --test``). The app
writes its data into a temporary folder, never into the user's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.e2e.helpers import settled_shot  # noqa: E402
from tests.e2e.xvfb import (  # noqa: E402
    DRIVE_TOOLS,
    PICTURE_TOOLS,
    RunningApp,
    Shot,
    Trace,
    TraceEvent,
    Xvfb,
    installed_hipflex,
    missing_tools,
)

SIZE = (1280, 800)
HOLD_SHOT_AT = 1 / 3  # of the hold's length


def drawn(shot: Shot) -> bool:
    return shot.colours >= 64 and shot.deviation >= 0.05


def keep(shot: Path, dest: Path) -> None:
    """Copy without the timestamps ImageMagick writes, so an unchanged page gives the same file."""
    subprocess.run(["convert", str(shot), "-strip", str(dest)], check=True, timeout=60)
    print(dest)


def _segment_after(index: int, event: TraceEvent) -> bool:
    return bool(event["event"] == "segment_started" and int(event["index"]) > index)


def _skipped_at_least(count: int, events: list[TraceEvent]) -> bool:
    return sum(1 for e in events if e["event"] == "skipped") >= count


def hold_on_right(app: RunningApp, trace: Trace, work: Path) -> Path:
    """A screenshot taken inside a right-side hold, as proved by the trace."""
    for attempt in range(1, 6):
        hold = trace.wait_event("segment_started", since=trace.mark() if attempt > 1 else 0,
                                phase="hold", side="right", timeout=30)
        aim = hold["t"] + hold["seconds"] * HOLD_SHOT_AT
        time.sleep(max(0.0, aim - time.monotonic()))  # aim into the hold on the app's own clock
        shot = app.xvfb.screenshot(work / f"hold-{attempt}.png")
        done = time.monotonic()
        following = trace.wait_for(partial(_segment_after, hold["index"]), timeout=30)
        if following["t"] > done:
            return shot
        print(f"the shot ended {done - following['t']:.3f} s after the hold; trying again",
              file=sys.stderr)
    raise RuntimeError("no screenshot landed inside a right-side hold")


def step_to_the_end(app: RunningApp, trace: Trace) -> TraceEvent:
    """Right through the session, choosing a variant on the way; one step at a time in the
    last exercise, so that no key press is left over for the summary page (where Right would
    move the keyboard focus into the table)."""
    variant_keys = {"banded-psoas-march": "h", "seated-leg-lifts": "e"}
    sent = 0
    for _ in range(1000):
        # Every Right the app has handled leaves one "skipped" line: wait for all of them, so
        # that the last step in the trace is where the session really is.
        events = trace.wait_for_all(partial(_skipped_at_least, sent),
                                    what=f"{sent} skipped steps")
        finished = [e for e in events if e["event"] == "session_finished"]
        if finished:
            return finished[0]
        current = [e for e in events if e["event"] == "segment_started"][-1]
        key = variant_keys.pop(current["exercise"], None)
        if key is not None:
            mark = trace.mark()
            app.key(key)
            trace.wait_event("variant_changed", since=mark)
        presses = 1 if current["exercise"] == "elevated-bridge-march" else 20
        app.key(*["Right"] * presses, delay_ms=8)
        sent += presses
    raise RuntimeError("the session did not finish")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="keep the app's trace, log and every raw screenshot in DIR")
    args = parser.parse_args()
    missing = missing_tools(DRIVE_TOOLS + PICTURE_TOOLS)
    hipflex = installed_hipflex()
    if missing or hipflex is None:
        print(f"screenshots: missing {', '.join(missing) or 'the hipflex command'};"
              " run scripts/setup-debian.sh --test", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hipflex-shots-") as tmp, Xvfb(SIZE) as xvfb:
        work = Path(tmp) if args.work is None else args.work
        work.mkdir(parents=True, exist_ok=True)
        trace_file = work / "trace.jsonl"
        argv = [hipflex, "--data-dir", str(work / "data"), "--trace", str(trace_file)]
        # No audio server for the app: with one, a few dozen steps in a row stall the app's
        # event loop inside QSoundEffect (reported); the pictures do not depend on sound.
        quiet = {"PULSE_SERVER": f"unix:{work / 'no-audio-server'}"}
        with RunningApp(xvfb, argv, trace=trace_file, log=work / "app.log", env=quiet) as app:
            trace = Trace(trace_file)
            app.wait_window()
            trace.wait_event("window_shown")
            setup = settled_shot(xvfb, work, "setup", drawn, stable=True)
            if not drawn(setup):
                raise RuntimeError(f"the set-up page looks blank: {setup}")
            keep(setup.path, out / "setup.png")

            app.key("space")
            trace.wait_event("segment_started", index=0)
            mark = trace.mark()
            app.key("Right")  # from the lead-in to the first lift; the hold follows on its own
            trace.wait_event("segment_started", since=mark, index=1)
            keep(hold_on_right(app, trace, work), out / "session-hold-right.png")

            finished = step_to_the_end(app, trace)
            print(f"session finished at step {finished['index']}", file=sys.stderr)
            summary = settled_shot(xvfb, work, "summary", drawn, stable=True)
            keep(summary.path, out / "summary.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
