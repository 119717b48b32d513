"""A routine made from nothing with the keyboard only in the installed app on a real X screen:
built with two exercises (the second with an easier version of its own name), saved, checked
by ``hipflex validate`` and ``hipflex plan``, run as a session, exported as a .hipflex file and
imported on a fresh data folder."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.helpers import Launch, trace_of
from tests.e2e.xvfb import RunningApp

pytestmark = pytest.mark.e2e

TITLE = "Morning knees"
EASIER_NAME = "Wall knees"


def typed(text: str) -> list[str]:
    """``text`` as xdotool key names."""
    names = {" ": "space", "-": "minus", ".": "period", "/": "slash", "_": "underscore"}
    return [names.get(c, c) for c in text]


def wait_file(path: Path, timeout: float = 60.0) -> Path:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} was not written")
        time.sleep(0.05)
    return path


def run_cli(hipflex: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([hipflex, *args], capture_output=True, text=True, check=False,
                          timeout=60)


def test_a_routine_built_with_the_keyboard_is_saved_run_shared_and_imported(
        launch: Launch, hipflex: str, tmp_path: Path) -> None:
    app: RunningApp = launch()
    trace = trace_of(app)
    data = tmp_path / "data-0"
    app.key("ctrl+r")  # Routines
    app.key("ctrl+n")  # a new routine, in the editor
    app.key("alt+t", "ctrl+a", *typed(TITLE))  # its title
    app.key("ctrl+shift+a")  # two exercises
    app.key("ctrl+shift+a")
    # The second one gets an easier version with a name of its own.
    app.key("ctrl+Next")  # the next version, Easier: not made yet; the switch has the keys
    app.key("Tab", "space")  # Make an easier version: its label has the keys
    app.key("alt+n", "ctrl+a", *typed(EASIER_NAME))
    app.key("ctrl+s")
    saved = wait_file(data / "routines" / "my-routine" / "routine.yaml")
    deadline = time.monotonic() + 60
    while f"title: {TITLE}" not in saved.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, saved.read_text(encoding="utf-8")
        time.sleep(0.05)

    checked = run_cli(hipflex, "validate", str(saved))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "2 exercise(s)" in checked.stdout
    easier = run_cli(hipflex, "plan", "--pack", str(saved), "--variant", "exercise-2=easier")
    assert easier.returncode == 0, easier.stdout + easier.stderr
    assert EASIER_NAME in easier.stdout
    assert EASIER_NAME not in run_cli(hipflex, "plan", "--pack", str(saved)).stdout

    mark = trace.mark()
    app.key("ctrl+t")  # Try it: a session of the routine as it stands
    first = trace.wait_event("segment_started", since=mark, index=0, timeout=60)
    assert first["exercise"] == "exercise-1"
    for _ in range(400):
        if any(e["event"] == "session_finished" for e in trace.events()[mark:]):
            break
        step = trace.mark()
        app.key("Right")
        trace.wait_for(lambda e: e["event"] in ("segment_started", "session_finished"),
                       since=step, what="after Right", timeout=30)
    finished = trace.wait_event("session_finished", since=mark, timeout=60)
    assert finished["exercise"] == "exercise-2"

    app.key("Return")  # the summary's Done: back to the editor
    app.key("alt+c")  # close the editor: back to the Routines page, the routine chosen
    shared = tmp_path / "shared.hipflex"
    app.key("ctrl+r")  # Routines (already shown): its list has the keys
    known = app.windows()
    app.key("ctrl+shift+s")  # Export…: the file dialog
    dialog = app.wait_new_window(known, timeout=60)
    app.key("ctrl+a", *typed(str(shared)), "Return", window=dialog)
    wait_file(shared)

    fresh = tmp_path / "fresh"
    imported = run_cli(hipflex, "import", str(shared), "--data-dir", str(fresh))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert imported.stdout.startswith(f"imported: {TITLE} into {fresh / 'routines'}")
    again = run_cli(hipflex, "validate", str(fresh / "routines" / "my-routine" / "routine.yaml"))
    assert again.returncode == 0, again.stdout + again.stderr
