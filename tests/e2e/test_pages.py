"""Every page of the installed app is drawn on a real X screen, and a bad pack is survived."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import Launch, settled_shot, trace_of
from tests.e2e.xvfb import Shot, Xvfb

pytestmark = pytest.mark.e2e

# A drawn page has antialiased text, pictures and colours: hundreds of distinct colours. A blank
# or one-colour screen has one; a window that never painted shows Xvfb's black root.
MIN_COLOURS = 64
MIN_DEVIATION = 0.05


def drawn(shot: Shot) -> bool:
    return shot.colours >= MIN_COLOURS and shot.deviation >= MIN_DEVIATION


def test_the_window_manager_sees_the_pack_and_the_app_name_once(launch: Launch) -> None:
    app = launch()
    name = app.window_name(app.window)
    assert name == "Hip-flexor strength for runners — HipFlex Desktop"
    german = launch("--language", "de")
    name = german.window_name(german.window)
    assert name == "Starke Hüftbeuger für Läuferinnen und Läufer — HipFlex Desktop"
    assert name.count("HipFlex") == 1


def test_setup_session_and_summary_pages_are_drawn(
    launch: Launch, one_rep_pack: Path, xvfb: Xvfb, tmp_path: Path,
) -> None:
    app = launch("--pack", str(one_rep_pack))
    trace = trace_of(app)

    setup = settled_shot(xvfb, tmp_path, "setup", drawn, stable=True)
    assert drawn(setup), f"set-up page looks blank: {setup}"

    mark = trace.mark()
    app.key("space")
    trace.wait_event("segment_started", since=mark, index=0)
    session = settled_shot(xvfb, tmp_path, "session",
                           lambda s: drawn(s) and s.signature != setup.signature, stable=False)
    assert drawn(session), f"session page looks blank: {session}"
    assert session.signature != setup.signature, "the screen did not change after Space"

    for _ in range(20):
        if any(e["event"] == "session_finished" for e in trace.events()):
            break
        mark = trace.mark()
        app.key("Right")
        trace.wait_for(lambda e: e["event"] in ("segment_started", "session_finished"),
                       since=mark, what="after Right")
    finished = trace.wait_event("session_finished")
    assert finished["exercise"] == "knee-raise"

    summary = settled_shot(
        xvfb, tmp_path, "summary",
        lambda s: drawn(s) and s.signature not in (setup.signature, session.signature),
        stable=True)
    assert drawn(summary), f"summary page looks blank: {summary}"
    assert summary.signature not in (setup.signature, session.signature)


BROKEN_PACK = """\
format: 1
id: Not A Valid Id
title: Half a pack
exercises: []
"""


def test_a_broken_pack_shows_its_problems_and_the_window_keeps_working(
    launch: Launch, tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN_PACK, encoding="utf-8")
    app = launch("--pack", str(broken))
    shown = app.wait_windows(2)
    names = {window: app.window_name(window) for window in shown}
    dialogs = [w for w, name in names.items() if "cannot be used" in name]
    assert len(dialogs) == 1, names
    main = next(w for w in shown if w not in dialogs)
    assert "Hip-flexor strength" in names[main]  # the built-in pack stayed open
    app.window = main

    app.key("Return", window=dialogs[0])  # OK
    app.wait_windows_gone(dialogs)
    mark = trace_of(app).mark()
    app.key("space")
    started = trace_of(app).wait_event("session_started", since=mark)
    assert started["exercise"] == "banded-psoas-march"
    assert app.proc is not None and app.proc.poll() is None
