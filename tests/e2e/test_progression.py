"""Three short real sessions on a real X screen: the suggestion appears, is accepted, and the next
session is planned at the new step."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import Launch, settled_shot, trace_of
from tests.e2e.xvfb import Shot, Trace, Xvfb
from tests.packs import LADDER_PACK

pytestmark = pytest.mark.e2e


def drawn(shot: Shot) -> bool:
    return shot.colours >= 64 and shot.deviation >= 0.05


def one_session(app_key: object, trace: Trace) -> list[dict[str, object]]:
    """Space starts the session; it runs to its end by itself. Its events are returned."""
    mark = trace.mark()
    app_key("space")  # type: ignore[operator]
    trace.wait_event("session_finished", since=mark, timeout=40)
    return trace.events()[mark:]


def holds(events: list[dict[str, object]]) -> set[object]:
    return {e["seconds"] for e in events
            if e["event"] == "segment_started" and e["phase"] == "hold"}


def steps_shown(trace: Trace, since: int) -> dict[str, object]:
    return trace.wait_event("steps_shown", since=since, timeout=10)


def test_three_sessions_bring_a_suggestion_that_is_accepted_and_changes_the_plan(
    launch: Launch, xvfb: Xvfb, tmp_path: Path,
) -> None:
    pack = tmp_path / "ladder.yaml"
    pack.write_text(LADDER_PACK, encoding="utf-8")
    app = launch("--pack", str(pack))
    trace = trace_of(app)
    first = trace.wait_event("steps_shown")
    assert (first["exercise"], first["step"], first["suggested"]) == ("lift", 1, 1)

    # Session 1: done well, nothing suggested yet.
    mark = trace.mark()
    events = one_session(app.key, trace)
    assert holds(events) == {0.5}
    after = steps_shown(trace, mark)
    assert (after["step"], after["suggested"], after["reason"]) == (1, 1, "building")
    app.key("space")  # Done: back to set-up

    # Session 2: done well again; the summary says what changes next time.
    mark = trace.mark()
    events = one_session(app.key, trace)
    assert holds(events) == {0.5}
    after = steps_shown(trace, mark)
    assert (after["step"], after["suggested"], after["reason"]) == (1, 2, "done-well")
    summary = settled_shot(xvfb, tmp_path, "summary", drawn, stable=True)
    assert drawn(summary)
    app.key("space")  # Done
    setup = settled_shot(xvfb, tmp_path, "setup-suggested",
                         lambda s: drawn(s) and s.signature != summary.signature, stable=True)
    assert setup.signature != summary.signature

    # Accept (Alt+A): the step is 2 from now on.
    mark = trace.mark()
    app.key("alt+a")
    accepted = steps_shown(trace, mark)
    assert (accepted["step"], accepted["suggested"]) == (2, 2)
    accepted_shot = settled_shot(xvfb, tmp_path, "setup-accepted",
                                 lambda s: drawn(s) and s.signature != setup.signature,
                                 stable=True)
    assert accepted_shot.signature != setup.signature

    # Session 3 is planned at step 2: the hold is 1 s now.
    mark = trace.mark()
    app.key("space")
    trace.wait_event("segment_started", since=mark)
    session_shot = settled_shot(xvfb, tmp_path, "session-step",
                                lambda s: drawn(s) and s.signature != accepted_shot.signature,
                                stable=False)
    assert session_shot.signature != accepted_shot.signature  # the session page is shown
    trace.wait_event("session_finished", since=mark, timeout=40)
    assert holds(trace.events()[mark:]) == {1.0}
