"""Take the low-vision screenshots of the session page from the real, installed app on Xvfb.

    .venv/bin/python scripts/screenshots_low_vision.py [--out docs/screenshots]

Each is the get-ready step of the built-in pack's first exercise, a moment into its countdown:

- ``session-focus-view.png``: full screen (F11) at 1280×800, the focus view;
- ``session-high-contrast.png``: the high-contrast look (Settings → Look) at 1280×800;
- ``session-focus-view-high-contrast-1920x1080.png``: both, on a 1920×1080 screen;
- ``session-200-percent-notice.png``: 2560×1600 at 200 % (``QT_SCALE_FACTOR=2``), with the notice
  "No easier variant" shown where it covers nothing of the step;
- ``session-focus-view-150-percent.png``: full screen on 1920×1080 at 150 %.

Needs Xvfb, xdotool, xdpyinfo and ImageMagick (``scripts/setup-debian.sh --test``). The app
writes its data into a temporary folder, never into the user's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hipflex_desktop.store.settings import AppSettings  # noqa: E402
from tests.e2e.helpers import settled_shot  # noqa: E402
from tests.e2e.xvfb import (  # noqa: E402
    DRIVE_TOOLS,
    PICTURE_TOOLS,
    RunningApp,
    Shot,
    Trace,
    Xvfb,
    installed_hipflex,
    missing_tools,
)


@dataclass(frozen=True)
class View:
    name: str
    screen: tuple[int, int]
    keys: tuple[str, ...] = ()  # pressed once the session runs
    scale: str = ""  # QT_SCALE_FACTOR
    appearance: str = "system"


VIEWS = (
    View("session-focus-view", (1280, 800), ("F11",)),
    View("session-high-contrast", (1280, 800), appearance="high-contrast"),
    View("session-focus-view-high-contrast-1920x1080", (1920, 1080), ("F11",),
         appearance="high-contrast"),
    View("session-200-percent-notice", (2560, 1600), ("e",), scale="2"),
    View("session-focus-view-150-percent", (1920, 1080), ("F11",), scale="1.5"),
)


def drawn(shot: Shot) -> bool:
    return shot.colours >= 64 and shot.deviation >= 0.05


def wait_until(done: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{what} within {timeout} s")
        time.sleep(0.05)


def fills_the_screen(app: RunningApp) -> bool:
    shown = app.xvfb.run(["xdotool", "getwindowgeometry", "--shell", app.window]).stdout
    size = dict(line.split("=", 1) for line in shown.split() if "=" in line)
    return (int(size.get("WIDTH", 0)), int(size.get("HEIGHT", 0))) == app.xvfb.size


def luminance_at(app: RunningApp, work: Path, x: int, y: int) -> float:
    shot = app.xvfb.screenshot(work / "probe.png")
    pixel = subprocess.run(["convert", str(shot), "-crop", f"1x1+{x}+{y}", "-format",
                            "%[fx:luminance]", "info:"],
                           capture_output=True, text=True, check=True, timeout=30).stdout
    return float(pixel)


def notice_shown(app: RunningApp, work: Path) -> bool:
    """The notice band (dark, in the light look) across the bottom of the page."""
    width, height = app.xvfb.size
    return luminance_at(app, work, width // 2, round(height * 0.93)) < 0.2


def painted_to_the_corner(app: RunningApp, work: Path) -> bool:
    """The page (light, in these looks) is drawn over the whole screen: the bare X screen
    beyond a window still being resized is black."""
    width, height = app.xvfb.size
    return luminance_at(app, work, width - 2, height - 2) > 0.5


def take(view: View, hipflex: str, work: Path, out: Path) -> None:
    data = work / view.name
    data.mkdir(parents=True)
    AppSettings(data / "settings.ini").set_appearance(view.appearance)
    trace_file = data / "trace.jsonl"
    env = {"PULSE_SERVER": f"unix:{work / 'no-audio-server'}", "HIPFLEX_SPEECH_ENGINE": "none"}
    if view.scale:
        env["QT_SCALE_FACTOR"] = view.scale
    argv = [hipflex, "--data-dir", str(data), "--trace", str(trace_file)]
    with Xvfb(view.screen) as xvfb, RunningApp(xvfb, argv, trace=trace_file,
                                               log=data / "app.log", env=env) as app:
        trace = Trace(trace_file)
        app.wait_window()
        trace.wait_event("window_shown")
        setup = settled_shot(xvfb, data, "setup", drawn, stable=True)
        app.key("space")
        trace.wait_event("segment_started", index=0)
        # The session page is on the screen (not the set-up page a moment longer).
        settled_shot(xvfb, data, "session", lambda s: drawn(s) and s.signature != setup.signature,
                     stable=False)
        if view.keys:
            app.key(*view.keys)
        if "F11" in view.keys:
            wait_until(lambda: fills_the_screen(app), "no full screen")
            wait_until(lambda: painted_to_the_corner(app, data), "full screen not drawn")
        if "e" in view.keys:
            wait_until(lambda: notice_shown(app, data), "no notice shown")
        shot = settled_shot(xvfb, data, "shot",
                            lambda s: drawn(s) and s.signature != setup.signature, stable=False)
        if not drawn(shot):
            raise RuntimeError(f"{view.name} looks blank: {shot}")
        dest = out / f"{view.name}.png"
        subprocess.run(["convert", str(shot.path), "-strip", str(dest)], check=True, timeout=60)
        print(dest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    missing = missing_tools(DRIVE_TOOLS + PICTURE_TOOLS)
    hipflex = installed_hipflex()
    if missing or hipflex is None:
        print(f"screenshots: missing {', '.join(missing) or 'the hipflex command'};"
              " run scripts/setup-debian.sh --test", file=sys.stderr)
        return 2
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hipflex-shots-") as tmp:
        for view in VIEWS:
            take(view, hipflex, Path(tmp), out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
