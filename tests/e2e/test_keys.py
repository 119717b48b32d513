"""The installed app under Xvfb, driven by single keys: each key's effect shows in the trace."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import Launch, trace_of

pytestmark = pytest.mark.e2e


def test_space_starts_the_session_at_the_first_lead_in(launch: Launch) -> None:
    app = launch()
    trace = trace_of(app)
    mark = trace.mark()
    app.key("space")
    started = trace.wait_event("session_started", since=mark)
    first = trace.wait_event("segment_started", since=mark)
    assert started["exercise"] == "banded-psoas-march"
    assert (first["index"], first["phase"], first["side"]) == (0, "prepare", "right")
    assert 0 < first["remaining"] <= first["seconds"]


def test_next_and_previous_keys_and_the_clicker_keys_move_through_the_steps(
    launch: Launch,
) -> None:
    app = launch()
    trace = trace_of(app)
    app.key("space")
    trace.wait_event("segment_started", index=0)
    for forward, back in (("Right", "Left"), ("Next", "Prior")):  # Next/Prior: Page Down/Up
        mark = trace.mark()
        app.key(forward)
        skipped = trace.wait_event("skipped", since=mark)
        assert skipped["index"] == 0
        entered = trace.wait_event("segment_started", since=mark)
        assert (entered["index"], entered["phase"], entered["rep"]) == (1, "move", 1)

        mark = trace.mark()
        app.key(back)
        went_back = trace.wait_event("went_back", since=mark)
        assert went_back["index"] == 0
        again = trace.wait_event("segment_started", since=mark)
        assert (again["index"], again["phase"]) == (0, "prepare")
        assert again["remaining"] == pytest.approx(again["seconds"], abs=0.05)


def test_space_pauses_and_resumes_with_the_remaining_time_unchanged(launch: Launch) -> None:
    app = launch()
    trace = trace_of(app)
    app.key("space")
    trace.wait_event("segment_started", index=0)
    mark = trace.mark()
    app.key("space")
    paused = trace.wait_event("paused", since=mark)
    mark = trace.mark()
    app.key("space")
    resumed = trace.wait_event("resumed", since=mark)
    assert resumed["t"] > paused["t"]
    assert resumed["index"] == paused["index"] == 0
    assert abs(resumed["remaining"] - paused["remaining"]) <= 0.001
    assert paused["remaining"] < paused["seconds"]  # it was counting down before the pause


def test_easier_and_harder_keys_change_the_variant_of_the_current_exercise(
    launch: Launch, one_rep_pack: Path,
) -> None:
    app = launch("--pack", str(one_rep_pack))
    trace = trace_of(app)
    app.key("space")
    trace.wait_event("segment_started", index=0, exercise="knee-raise")
    for key, level in (("e", "easier"), ("h", "standard"), ("h", "harder")):
        mark = trace.mark()
        app.key(key)
        changed = trace.wait_event("variant_changed", since=mark)
        assert (changed["detail"], changed["variant"]) == (level, level)
        restarted = trace.wait_event("segment_started", since=mark)
        assert restarted["variant"] == level


def test_escape_asks_before_stopping_and_no_keeps_the_session_running(launch: Launch) -> None:
    app = launch()
    trace = trace_of(app)
    app.key("space")
    trace.wait_event("segment_started", index=0)
    mark = trace.mark()
    app.key("Escape")
    dialog = app.wait_new_window([app.window])
    assert trace.wait_event("paused", since=mark)["index"] == 0  # paused while it asks

    mark = trace.mark()
    app.key("Escape", window=dialog)  # the dialog's Escape answers No
    app.wait_windows_gone([dialog])
    trace.wait_event("resumed", since=mark)
    app.key("Right")  # still running: the next step comes
    assert trace.wait_event("segment_started", since=mark)["index"] == 1
    assert not [e for e in trace.events() if e["event"] == "session_stopped"]
    assert app.proc is not None and app.proc.poll() is None


def test_ctrl_q_asks_during_a_session_return_means_no_and_y_quits(launch: Launch) -> None:
    app = launch()
    trace = trace_of(app)
    app.key("space")
    trace.wait_event("segment_started", index=0)

    mark = trace.mark()
    app.key("ctrl+q")
    dialog = app.wait_new_window([app.window])
    trace.wait_event("paused", since=mark)
    app.key("Return", window=dialog)  # the default button is No: Return keeps the app open
    app.wait_windows_gone([dialog])
    trace.wait_event("resumed", since=mark)
    assert app.proc is not None and app.proc.poll() is None

    app.key("ctrl+q")
    dialog = app.wait_new_window([app.window])
    app.key("y", window=dialog)  # Yes
    assert app.wait_exit(timeout=10) == 0


def test_ctrl_q_without_a_session_quits_at_once(launch: Launch) -> None:
    app = launch()
    app.key("ctrl+q")
    assert app.wait_exit(timeout=10) == 0
    names = [e["event"] for e in trace_of(app).events()]
    assert names[0] == "window_shown"
    assert "session_started" not in names
