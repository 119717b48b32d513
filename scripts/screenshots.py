"""Take the documentation's screenshots from the real, installed app on a 1280×800 Xvfb screen.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--steps-only]
    .venv/bin/python scripts/screenshots.py --language de [--size 1280x800 --size 1024x600]

Writes, with the built-in pack:
- ``setup.png``: the set-up page as the app first opens, with the pack's suggestions;
- ``session-hold-right.png``: the session page during a HOLD on the RIGHT side (the trace says
  when the hold begins; the shot is taken a third of the way into it and kept only if the trace
  shows the hold was still on when the shot was done, otherwise the next right-side hold is used);
- ``summary.png``: the summary after a real, short session (2 reps per side, the easier seated
  leg lifts), run in real time to its end (about a minute and a half), so every rep counts;
- the steps from week to week, over ten weeks of sessions at their steps
  (tests/store/step_histories.py: one exercise due a step up, one a step down, one on its way):
  ``setup-step-suggested.png`` (the set-up page with each exercise's step and the
  suggestions), ``session-step.png`` (the session saying the step), ``summary-next-time.png``
  (the summary of that session, stopped, saying what changes next time) and
  ``history-steps.png`` (the History page with the steps over the weeks).

With ``--language CODE`` the window is in that language and the shots go to ``OUT/CODE/`` with
the screen size in their names, over the same ten weeks of sessions at their steps: the set-up
page with the steps, a hold on the LEFT side, the summary of that session (stopped, with what
changes next time) and ``history-WxH.png``, the History page.

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

from hipflex_desktop.core.model import Level  # noqa: E402
from hipflex_desktop.core.plan import PlanOptions  # noqa: E402
from hipflex_desktop.store.settings import AppSettings  # noqa: E402
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
SHORT_SESSION_LIMIT_S = 300
HOLD_SHOT_AT = 1 / 3  # of the hold's length


def drawn(shot: Shot) -> bool:
    return shot.colours >= 64 and shot.deviation >= 0.05


def pixels(shot: Path) -> bytes:
    """The picture's pixels (not its file, which holds a time stamp)."""
    return subprocess.run(["convert", str(shot), "rgb:-"], check=True, capture_output=True,
                          timeout=60).stdout


def keep(shot: Path, dest: Path) -> None:
    """Copy without the timestamps ImageMagick writes, so an unchanged page gives the same file."""
    subprocess.run(["convert", str(shot), "-strip", str(dest)], check=True, timeout=60)
    print(dest)


def _segment_after(index: int, event: TraceEvent) -> bool:
    return bool(event["event"] == "segment_started" and int(event["index"]) > index)


def hold_on_side(app: RunningApp, trace: Trace, work: Path, side: str = "right") -> Path:
    """A screenshot taken inside a hold on ``side``, as proved by the trace."""
    for attempt in range(1, 6):
        hold = trace.wait_event("segment_started", since=trace.mark() if attempt > 1 else 0,
                                phase="hold", side=side, timeout=60)
        aim = hold["t"] + hold["seconds"] * HOLD_SHOT_AT
        time.sleep(max(0.0, aim - time.monotonic()))  # aim into the hold on the app's own clock
        shot = app.xvfb.screenshot(work / f"hold-{attempt}.png")
        done = time.monotonic()
        following = trace.wait_for(partial(_segment_after, hold["index"]), timeout=30)
        if following["t"] > done:
            return shot
        print(f"the shot ended {done - following['t']:.3f} s after the hold; trying again",
              file=sys.stderr)
    raise RuntimeError(f"no screenshot landed inside a {side}-side hold")


SHORT_SESSION = PlanOptions(reps_per_side=2, sets=1, rest_seconds=5, lead_in_seconds=5,
                            variants={"seated-leg-lifts": Level.EASIER})


def remember_a_short_session(data: Path) -> None:
    """The set-up the app will open with, as if the person had chosen it last time."""
    data.mkdir(parents=True, exist_ok=True)
    AppSettings(data / "settings.ini").set_plan_options("hip-flexors", SHORT_SESSION)


def weeks_at_steps(data: Path) -> None:
    """Ten weeks of sessions of the built-in pack at their steps, so that the set-up page has
    suggestions and the History page has weeks and steps to show."""
    from datetime import date

    from hipflex_desktop.core.loader import load_pack_or_raise
    from hipflex_desktop.resources import builtin_pack_path
    from hipflex_desktop.store.history import History
    from tests.store.step_histories import write_step_history

    data.mkdir(parents=True, exist_ok=True)
    with History.open(data / "history.db") as history:
        write_step_history(history, load_pack_or_raise(builtin_pack_path()), today=date.today())


# The key of the Yes button of a question, by the window's language ("&Yes", "&Ja", "&Sí").
YES_KEY = {"en": "y", "de": "j", "es": "s"}


def stop_and_say_yes(app: RunningApp, trace: Trace, language: str = "en") -> None:
    """Escape during the session, then Yes to the question: the summary of a stopped session."""
    mark = trace.mark()
    app.key("Escape")
    dialog = app.wait_new_window([app.window])
    app.key(YES_KEY[language], window=dialog)
    app.wait_windows_gone([dialog])
    trace.wait_event("session_stopped", since=mark)


def history_page(app: RunningApp, xvfb: Xvfb, work: Path, name: str, before: Path) -> Path:
    """Ctrl+H from the summary; the History page once it is on the screen."""
    shown = pixels(before)
    app.key("ctrl+h")
    # The History page is made on first use: wait until the screen is no longer the summary.
    history = settled_shot(xvfb, work, name,
                           lambda shot: drawn(shot) and pixels(shot.path) != shown,
                           stable=True, timeout=30)
    if pixels(history.path) == shown:
        raise RuntimeError("the History page did not open")
    return history.path


def in_language(hipflex: str, language: str, size: tuple[int, int], out: Path,
                work: Path) -> None:
    """Set-up, a left-side hold, the summary and the History page in ``language``."""
    name = f"{size[0]}x{size[1]}"
    folder = out / language
    folder.mkdir(parents=True, exist_ok=True)
    quiet = {"PULSE_SERVER": f"unix:{work / 'no-audio-server'}"}
    data = work / f"{language}-{name}"
    remember_a_short_session(data)
    weeks_at_steps(data)
    trace_file = work / f"{language}-{name}.jsonl"
    argv = [hipflex, "--data-dir", str(data), "--trace", str(trace_file),
            "--language", language]
    with Xvfb(size) as xvfb, RunningApp(xvfb, argv, trace=trace_file,
                                        log=work / f"{language}-{name}.log", env=quiet) as app:
        trace = Trace(trace_file)
        app.wait_window()
        trace.wait_event("window_shown")
        setup = settled_shot(xvfb, work, f"setup-{name}", drawn, stable=True)
        keep(setup.path, folder / f"setup-{name}.png")
        app.key("space")
        trace.wait_event("segment_started", index=0)
        mark = trace.mark()
        app.key("Right")
        trace.wait_event("segment_started", since=mark, index=1)
        keep(hold_on_side(app, trace, work, "left"), folder / f"session-hold-left-{name}.png")
        # Exercises at an accepted step are planned at it, which is longer than a short
        # session: it is stopped after the hold, and the summary says what changes next time.
        stop_and_say_yes(app, trace, language)
        summary = settled_shot(xvfb, work, f"summary-{name}", drawn, stable=True)
        keep(summary.path, folder / f"summary-{name}.png")
        keep(history_page(app, xvfb, work, f"history-{name}", summary.path),
             folder / f"history-{name}.png")


def steps_from_week_to_week(hipflex: str, xvfb: Xvfb, out: Path, work: Path,
                            env: dict[str, str]) -> None:
    """The set-up page with each exercise's step, the session at its step, the summary with
    what changes next time and the History page with the steps over the weeks."""
    data = work / "steps"
    remember_a_short_session(data)
    weeks_at_steps(data)
    trace_file = work / "steps.jsonl"
    argv = [hipflex, "--data-dir", str(data), "--trace", str(trace_file)]
    with RunningApp(xvfb, argv, trace=trace_file, log=work / "steps.log", env=env) as app:
        trace = Trace(trace_file)
        app.wait_window()
        trace.wait_event("window_shown")
        trace.wait_event("steps_shown")
        setup = settled_shot(xvfb, work, "setup-steps", drawn, stable=True)
        keep(setup.path, out / "setup-step-suggested.png")
        app.key("space")
        trace.wait_event("segment_started", index=0)
        mark = trace.mark()
        app.key("Right")
        trace.wait_event("segment_started", since=mark, index=1)
        session = settled_shot(xvfb, work, "session-step", drawn, stable=False)
        keep(session.path, out / "session-step.png")
        trace.wait_event("segment_started", index=9, timeout=60)  # a few reps done
        stop_and_say_yes(app, trace)
        summary = settled_shot(xvfb, work, "summary-steps",
                               lambda shot: drawn(shot) and shot.signature
                               != session.signature, stable=True)
        keep(summary.path, out / "summary-next-time.png")
        keep(history_page(app, xvfb, work, "history-steps", summary.path),
             out / "history-steps.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--work", type=Path, metavar="DIR",
                        help="keep the app's trace, log and every raw screenshot in DIR")
    parser.add_argument("--language", metavar="CODE",
                        help="the window in this language (shots in OUT/CODE/)")
    parser.add_argument("--size", action="append", metavar="WxH",
                        help="screen size with --language (repeatable; default 1280x800)")
    parser.add_argument("--steps-only", action="store_true",
                        help="only the shots of the steps from week to week")
    args = parser.parse_args()
    missing = missing_tools(DRIVE_TOOLS + PICTURE_TOOLS)
    hipflex = installed_hipflex()
    if missing or hipflex is None:
        print(f"screenshots: missing {', '.join(missing) or 'the hipflex command'};"
              " run scripts/setup-debian.sh --test", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.language:
        with tempfile.TemporaryDirectory(prefix="hipflex-shots-") as tmp:
            work = Path(tmp) if args.work is None else args.work
            work.mkdir(parents=True, exist_ok=True)
            for size in args.size or ["1280x800"]:
                width, height = (int(n) for n in size.split("x"))
                in_language(hipflex, args.language, (width, height), out, work)
        return 0
    with tempfile.TemporaryDirectory(prefix="hipflex-shots-") as tmp, Xvfb(SIZE) as xvfb:
        work = Path(tmp) if args.work is None else args.work
        work.mkdir(parents=True, exist_ok=True)
        trace_file = work / "trace.jsonl"
        # The sound stays off (no audio server): the pictures do not depend on it.
        quiet = {"PULSE_SERVER": f"unix:{work / 'no-audio-server'}"}
        if args.steps_only:
            steps_from_week_to_week(hipflex, xvfb, out, work, quiet)
            return 0
        # The set-up page as a new user first sees it: the pack's own suggestions.
        first = [hipflex, "--data-dir", str(work / "new-user"), "--trace",
                 str(work / "first.jsonl")]
        with RunningApp(xvfb, first, trace=work / "first.jsonl", log=work / "first.log",
                        env=quiet) as app:
            app.wait_window()
            Trace(work / "first.jsonl").wait_event("window_shown")
            setup = settled_shot(xvfb, work, "setup", drawn, stable=True)
            if not drawn(setup):
                raise RuntimeError(f"the set-up page looks blank: {setup}")
            keep(setup.path, out / "setup.png")

        remember_a_short_session(work / "data")
        argv = [hipflex, "--data-dir", str(work / "data"), "--trace", str(trace_file)]
        with RunningApp(xvfb, argv, trace=trace_file, log=work / "app.log", env=quiet) as app:
            trace = Trace(trace_file)
            app.wait_window()
            trace.wait_event("window_shown")
            app.key("space")
            trace.wait_event("segment_started", index=0)
            mark = trace.mark()
            app.key("Right")  # from the lead-in to the first lift; the hold follows on its own
            trace.wait_event("segment_started", since=mark, index=1)
            keep(hold_on_side(app, trace, work), out / "session-hold-right.png")

            finished = trace.wait_event("session_finished", timeout=SHORT_SESSION_LIMIT_S)
            print(f"session finished at step {finished['index']}", file=sys.stderr)
            summary = settled_shot(xvfb, work, "summary", drawn, stable=True)
            keep(summary.path, out / "summary.png")
        steps_from_week_to_week(hipflex, xvfb, out, work, quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
