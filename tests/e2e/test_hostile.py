"""The hostile corpus in the real window: up within seconds, memory bounded, a message shown.

Every case of ``tests/hostile/corpus.py`` given with ``--pack``: the window opens with the
built-in pack and a dialog says why the hostile pack cannot be used. And pictures swapped for a
hostile file after the pack was opened (the folder can change at any time) are refused by the
picture area, which says so, while the session runs on.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import ONE_REP_PACK, Launch, settled_shot, trace_of
from tests.e2e.xvfb import Shot, Xvfb, proc_status, report_figures
from tests.hostile import images
from tests.hostile.corpus import CASES, Case

pytestmark = pytest.mark.e2e

# The whole app (Qt, the window, sound, fonts) peaks at about 150-200 MB here; one decoded
# 8000 x 8000 picture alone is 244 MiB, so a bound of 400 MB shows that none was decoded.
MAX_PEAK_MEMORY = 400 * 1024 * 1024
# From start to the window on screen; an app that hangs on a pack never gets there.
MAX_SECONDS_TO_WINDOW = 15.0


def _peak(pid: int) -> int:
    return proc_status(pid, "VmHWM")


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_pack_is_refused_in_a_dialog(launch: Launch, tmp_path: Path,
                                               case: Case) -> None:
    pack = case.build(tmp_path / case.name)
    app = launch("--pack", str(pack))
    seconds = time.monotonic() - app.started_at
    assert seconds < MAX_SECONDS_TO_WINDOW, f"the window took {seconds:.1f} s"
    dialog = app.wait_window_named("This pack cannot be used")
    names = {app.window_name(w) for w in app.windows() if w != dialog}
    assert any("Hip-flexor strength" in name for name in names), names  # built-in pack kept
    peak = _peak(app.pid)
    report_figures(f"hostile-window-{case.name}", {"seconds_to_window": round(seconds, 2),
                                                   "peak_mb": round(peak / 2**20)})
    assert peak < MAX_PEAK_MEMORY, f"peak memory {peak / 2**20:.0f} MB"
    assert app.proc is not None and app.proc.poll() is None


def _swap_for_bomb(picture: Path, kind: str) -> None:
    """Replace the picture at once (write aside, then rename), as a sync tool would."""
    aside = picture.with_name("incoming.tmp")
    if kind == "png-bomb":
        aside.write_bytes(images.png(8000, 8000))
    elif kind == "svg-use-bomb":
        aside.write_bytes(images.use_bomb(9))
    else:
        os.mkfifo(aside)
    aside.replace(picture)


@pytest.mark.parametrize(("kind", "says"), [("png-bomb", "8,000 x 8,000 pixels"),
                                            ("svg-use-bomb", "more than 10,000 elements"),
                                            ("fifo", "named pipe (FIFO)")])
def test_a_picture_swapped_after_opening_is_said_not_shown(
        launch: Launch, xvfb: Xvfb, tmp_path: Path, kind: str, says: str) -> None:
    folder = tmp_path / "pack"
    (folder / "pictures").mkdir(parents=True)
    suffix = "png" if kind == "png-bomb" else "svg"
    picture = folder / "pictures" / f"knee.{suffix}"
    picture.write_bytes(images.png(400, 300) if suffix == "png" else images.use_bomb(2))
    pack = folder / "pack.yaml"
    pack.write_text(ONE_REP_PACK.replace("    cues:\n", f"    picture: pictures/knee.{suffix}\n"
                                         "    cues:\n", 1), encoding="utf-8")
    app = launch("--pack", str(pack))
    trace = trace_of(app)
    before = settled_shot(xvfb, tmp_path, "setup", lambda s: True, stable=True)
    _swap_for_bomb(picture, kind)
    mark = trace.mark()
    app.key("space")  # the session page asks for the picture afresh
    trace.wait_event("segment_started", since=mark, index=0)
    refused = trace.wait_event("picture_not_shown", since=mark)
    assert says in refused["problem"]
    shot: Shot = settled_shot(xvfb, tmp_path, f"session-{kind}",
                              lambda s: s.signature != before.signature, stable=True)
    assert shot.signature != before.signature
    # The session runs on to its end, with the words where the picture would be.
    trace.wait_event("session_finished", since=mark, timeout=30)
    peak = _peak(app.pid)
    report_figures(f"hostile-picture-{kind}", {"peak_mb": round(peak / 2**20)})
    assert peak < MAX_PEAK_MEMORY, f"peak memory {peak / 2**20:.0f} MB"
