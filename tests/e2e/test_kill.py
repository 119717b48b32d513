"""The installed app killed with SIGKILL at random moments of a session, and started again.

One data folder, one chain of runs: the app runs a short pack (two exercises, two reps a side,
two sets, half-second phases; one exercise done side by side, the other alternating) and is
killed at a moment drawn from a seeded random generator: after the segment with a drawn index
has begun (its ``segment_started`` line in the trace), plus a drawn fraction of that segment's
length measured on the monotonic clock. That delay is the test's input, not a wait for the app:
where the app really was when it died is read from its trace afterwards. One kill comes while
the session is paused.

After each kill, on a copy of the history (so that checking it changes nothing the next start
sees): ``PRAGMA integrity_check`` is ok; every ``rep_completed`` of the trace is a row of the
history (rep number ``(set - 1) * reps + rep``) and the history holds no rep the trace does not;
the resume point is where the trace says the app was. Then the app is started again on the same
folder: it offers to resume with the summary of that segment (``resume_summary`` of the segment
rebuilt from the pack's plan), Return answers Resume (the default button), the session comes back
at that very segment and Space sets it going from that segment's beginning.

What the app may lose, and this test allows: the trace line of an event is written just before
the history write of the same event (the window hears of every event before the recorder does),
so a kill between the two leaves the last line of the trace unrecorded. Only the last session
line of a run may be so (any later line shows the write before it was done): a rep completed
there may be missing, and the resume point may still be the step before.

After eight kills (or at the last steps) the session runs to its end, which the history must
show as finished with every rep, and a new session starts in the same history; at the end the
last session is finished with the Right key (its skipped reps do not count, as in the trace)
and every session in the history has ended as finished.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.plan import Segment, plan
from hipflex_desktop.core.session import EventKind
from hipflex_desktop.store.history import History
from hipflex_desktop.store.resume import parse_resume_payload, resume_summary
from tests.e2e.xvfb import RunningApp, Trace, TraceEvent, Xvfb, report_figures

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SEED = 20261125
KILLS = 12  # kills in all: the first session's, then the second's
FIRST_SESSION_KILLS = 8  # then the first session runs to its end
PAUSED_KILL = 5  # the kill (counted from 0) that comes while the session is paused
MAX_STEP = 11  # segments from where a run resumes to the one it is killed in, at most
MAIN_TITLE = "Kill check — HipFlex Desktop"  # the pack's title, then the app's name
RESUME_TITLE = "Unfinished session"

PACK = """\
format: 1
id: kill-check
title: Kill check
version: "1.0.0"
language: en
author: HipFlex Desktop tests
licence: CC0-1.0
introduction: Two short exercises with reps on both sides, to stop the app anywhere in them.
defaults:
  reps_per_side: 2
  sets: 2
  hold_seconds: 0.5
  hold_range: [0.5, 1]
  rest_seconds: 1
  lead_in_seconds: 3
  switch_seconds: 0.5
  first_side: right
exercises:
  - id: seated-leg-lift
    name: Seated leg lift
    purpose: Lifts one straight leg at a time.
    equipment: []
    setup:
      - Sit tall.
    sides: each-side
    phases:
      - kind: move
        text: Lift your {side} leg.
        say: Lift.
        seconds: 0.5
      - kind: hold
        text: Hold your {side} leg up.
        say: Hold.
      - kind: return
        text: Lower your {side} leg.
        say: Down.
        seconds: 0.5
    cues:
      - Keep your back straight.
  - id: knee-drive
    name: Standing knee drive
    purpose: Drives each knee up in turn.
    equipment: []
    setup:
      - Stand tall.
    sides: alternate
    phases:
      - kind: move
        text: Drive your {side} knee up.
        say: Up.
        seconds: 0.5
      - kind: return
        text: Lower your {side} foot.
        say: Down.
        seconds: 0.5
    cues:
      - Stay tall.
"""

SESSION_LINES = frozenset(kind.value for kind in EventKind) | {"resumed_session"}
# Session lines whose event the recorder writes into the history, after the line.
WRITTEN = frozenset({"session_started", "segment_started", "paused", "rep_completed",
                     "session_finished", "session_stopped"})
POSITIONS = frozenset({"segment_started", "paused", "resumed_session"})

RepKey = tuple[str, str, int]  # exercise, side ("none" without sides), rep through the sets


@dataclass
class Stored:
    """What a copy of the history holds."""

    integrity: list[tuple[Any, ...]]
    statuses: dict[int, str]
    reps: dict[int, set[RepKey]]
    resume_session: int | None = None
    resume_index: int | None = None
    resume_summary: str | None = None


@dataclass
class Chain:
    """The session the runs are going through, as the traces show it."""

    segments: tuple[Segment, ...]
    session_id: int | None = None
    reps: set[RepKey] = field(default_factory=set)  # certainly written
    maybe: set[RepKey] = field(default_factory=set)  # the last line of a killed run
    finished: list[int] = field(default_factory=list)  # sessions run to their end
    kills: int = 0
    resumes: int = 0
    unwritten_tails: int = 0  # kills that came between a trace line and its history write
    seen_indexes: set[int] = field(default_factory=set)  # segments killed in

    def rep_key(self, event: TraceEvent) -> RepKey:
        reps = self.segments[int(event["index"])].reps
        return (str(event["exercise"]), str(event["side"] or "none"),
                (max(int(event["set"]), 1) - 1) * reps + int(event["rep"]))

    def all_reps(self) -> set[RepKey]:
        return {(s.exercise_id, s.side.value if s.side else "none",
                 (max(s.set, 1) - 1) * s.reps + s.rep)
                for s in self.segments if s.kind.is_phase and s.last_phase}


def session_lines(events: list[TraceEvent]) -> list[TraceEvent]:
    return [e for e in events if e["event"] in SESSION_LINES]


def read_history(data: Path, work: Path) -> Stored:
    """Check a copy of the history (the database and its write-ahead log as the kill left
    them), so that opening it here recovers nothing the app's next start should find."""
    copy = work / "copy"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir()
    for name in ("history.db", "history.db-wal"):
        if (data / name).exists():
            shutil.copy2(data / name, copy / name)
    path = copy / "history.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        statuses = dict(conn.execute("SELECT id, status FROM session").fetchall())
        reps: dict[int, set[RepKey]] = {sid: set() for sid in statuses}
        for sid, exercise, side, rep in conn.execute(
                "SELECT session_id, exercise_id, side, rep FROM rep"):
            reps.setdefault(sid, set()).add((exercise, side, rep))
    stored = Stored(integrity, statuses, reps)
    with History.open(path, recover=False) as history:
        point = history.resume_point()
    if point is not None:
        _, snapshot = parse_resume_payload(point.snapshot_json)
        stored.resume_session = point.session_id
        stored.resume_index = int(snapshot["index"])
        stored.resume_summary = point.summary
    return stored


class Runs:
    """Starts the app again and again on one data folder, a new trace and log each time."""

    def __init__(self, xvfb: Xvfb, hipflex: str, pack: Path, data: Path, work: Path) -> None:
        self.xvfb, self.hipflex, self.pack, self.data, self.work = xvfb, hipflex, pack, data, work
        self.count = 0
        self.apps: list[RunningApp] = []

    def start(self) -> RunningApp:
        n = self.count
        self.count += 1
        trace = self.work / f"trace-{n}.jsonl"
        app = RunningApp(self.xvfb, [self.hipflex, "--pack", str(self.pack), "--data-dir",
                                     str(self.data), "--trace", str(trace)],
                         trace=trace, log=self.work / f"app-{n}.log",
                         env={"HIPFLEX_SPEECH_ENGINE": "none"})
        self.apps.append(app.start())
        app.window = app.wait_window_named(MAIN_TITLE, timeout=30)
        Trace(trace).wait_event("window_shown", timeout=30)
        return app

    def stop_all(self) -> None:
        for app in self.apps:
            app.stop()


@pytest.fixture
def runs(xvfb: Xvfb, hipflex: str, tmp_path: Path) -> Iterator[Runs]:
    pack = tmp_path / "kill-check.yaml"
    pack.write_text(PACK, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    chain = Runs(xvfb, hipflex, pack, data, tmp_path)
    yield chain
    chain.stop_all()


def trace_of(app: RunningApp) -> Trace:
    assert app.trace is not None
    return app.trace


def check_plan_lines(chain: Chain, events: list[TraceEvent]) -> None:
    """Every segment the app started is the plan's segment of that index: the plan rebuilt
    here from the pack is the one the app runs."""
    for e in events:
        if e["event"] != "segment_started":
            continue
        seg = chain.segments[int(e["index"])]
        assert (e["exercise"], e["side"], e["set"], e["rep"], e["phase"], e["seconds"]) == (
            seg.exercise_id, seg.side.value if seg.side else None, seg.set, seg.rep,
            seg.kind.value, seg.seconds), e


def kill_at_random_moment(app: RunningApp, chain: Chain, rng: random.Random, *, start: int,
                          resumed_at: float | None, mark: int, pause: bool) -> float:
    """Let the session run into a drawn segment, a drawn fraction of it, then SIGKILL it
    (with ``pause``: pause there first and kill a drawn moment later)."""
    trace = trace_of(app)
    last = len(chain.segments) - 1
    # Not the last segment: a kill a moment late there would find the session ended.
    target = min(start + rng.randint(0, MAX_STEP), last - 1)
    fraction = rng.random()
    if target == start and resumed_at is not None:
        begun = resumed_at  # the resumed segment started again when Space was pressed
    else:
        begun = float(trace.wait_event("segment_started", since=mark, index=target,
                                       timeout=30)["t"])
    # The drawn moment is the input of the test: the trace says afterwards where it fell.
    time.sleep(max(0.0, begun + fraction * chain.segments[target].seconds - time.monotonic()))
    if pause:
        paused_mark = trace.mark()
        app.key("space")
        trace.wait_event("paused", since=paused_mark)
        time.sleep(rng.uniform(0.0, 0.4))
    return app.kill()


def check_after_kill(chain: Chain, events: list[TraceEvent], stored: Stored,
                     killed_at: float) -> set[int]:
    """The history against the trace of the run that was killed; the segment indexes the
    resume point may hold (none when the kill came before the session's row was written)."""
    assert stored.integrity == [("ok",)], stored.integrity
    lines = session_lines(events)
    starts = [n for n, e in enumerate(lines) if e["event"] == "session_started"]
    lines = lines[starts[-1]:] if starts else lines  # the session the kill cut short
    assert lines, "the killed run wrote no session line"
    assert all(float(e["t"]) <= killed_at for e in events if e["event"] in POSITIONS)
    assert not [e for e in lines if e["event"] in ("session_finished", "session_stopped")], \
        "the session ended before the kill"
    tail = lines[-1] if lines[-1]["event"] in WRITTEN else None
    for e in lines:
        if e["event"] == "session_started":
            chain.session_id = None  # a new session: its row is the running one
            chain.reps, chain.maybe = set(), set()
        elif e["event"] == "rep_completed":
            (chain.maybe if e is tail else chain.reps).add(chain.rep_key(e))
    chain.maybe -= chain.reps

    running = [sid for sid, status in stored.statuses.items() if status == "running"]
    if tail is not None and tail["event"] == "session_started" and not running:
        chain.unwritten_tails += 1
        return set()  # killed before the new session's row was written: nothing to resume
    assert len(running) == 1, stored.statuses
    if chain.session_id is None:
        chain.session_id = running[0]
    assert running == [chain.session_id]

    recorded = stored.reps.get(chain.session_id, set())
    missing = chain.reps - recorded
    assert not missing, f"completed reps not in the history: {sorted(missing)}"
    invented = recorded - chain.reps - chain.maybe
    assert not invented, f"reps in the history that the trace never completed: {invented}"

    positions = [e for e in lines if e["event"] in POSITIONS]
    where = int(positions[-1]["index"])
    accepted = {where}
    if positions[-1] is tail and len(positions) > 1:
        accepted.add(int(positions[-2]["index"]))  # its resume point was being written
    chain.seen_indexes.add(where)
    unwritten = (tail is not None and tail["event"] == "rep_completed"
                 and chain.rep_key(tail) not in recorded) or stored.resume_index != where
    chain.unwritten_tails += unwritten
    assert stored.resume_session == chain.session_id
    assert stored.resume_index in accepted, (stored.resume_index, accepted, positions[-2:])
    assert stored.resume_index is not None
    assert stored.resume_summary == resume_summary(chain.segments[stored.resume_index])
    return accepted


def resume_after_restart(app: RunningApp, chain: Chain, stored: Stored,
                         accepted: set[int]) -> tuple[int, float]:
    """The offer names where the session was killed; Resume brings it back at that very
    segment, and Space sets it going from that segment's beginning."""
    trace = trace_of(app)
    offered = trace.wait_event("resume_offered", timeout=15)
    index = stored.resume_index
    assert index is not None and index in accepted
    seg = chain.segments[index]
    assert offered["summary"] == resume_summary(seg)
    assert offered["session_id"] == chain.session_id
    name = seg.exercise_name.lower()
    side = f"{seg.side.value} side" if seg.side and seg.rep else ""
    assert offered["summary"].startswith(name)  # "seated leg lift, left side, rep 2 of 2"
    assert side in offered["summary"]
    if seg.rep:
        assert f"rep {seg.rep} of {seg.reps}" in offered["summary"]

    dialog = app.wait_window_named(RESUME_TITLE)
    app.key("Return", window=dialog)  # Resume is the default button
    restored = trace.wait_event("resumed_session", timeout=10)
    assert (restored["index"], restored["session_id"]) == (index, chain.session_id)
    app.wait_windows_gone([dialog])
    mark = trace.mark()
    app.key("space")
    resumed = trace.wait_event("resumed", since=mark)
    assert resumed["index"] == index
    assert resumed["remaining"] == pytest.approx(seg.seconds, abs=0.05)  # from its beginning
    assert (resumed["exercise"], resumed["side"], resumed["rep"], resumed["phase"]) == (
        seg.exercise_id, seg.side.value if seg.side else None, seg.rep, seg.kind.value)
    chain.resumes += 1
    return index, float(resumed["t"])


def wait_history(data: Path, session_id: int, status: str, timeout: float = 10) -> Stored:
    """The history once the session's row shows ``status`` (the app writes it just after
    the trace line that the caller has seen)."""
    deadline = time.monotonic() + timeout
    while True:
        with History.open(data / "history.db", recover=False) as history:
            found = {s.id: s.status for s in history.sessions()}
        if found.get(session_id) == status or time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    assert found.get(session_id) == status, found
    return read_history(data, data.parent)


def test_sigkill_at_random_moments_loses_no_completed_rep_and_resumes_where_it_was(
    runs: Runs,
) -> None:
    pack = load_pack(runs.pack).pack
    assert pack is not None
    chain = Chain(plan(pack).segments)
    last = len(chain.segments) - 1
    rng = random.Random(SEED)
    begun = time.monotonic()

    app = runs.start()
    trace = trace_of(app)
    mark = trace.mark()
    app.key("space")
    trace.wait_event("session_started", since=mark)
    start, resumed_at = 0, None
    while chain.kills < KILLS:
        if resumed_at is not None and (
                start >= last - 1 or (chain.kills == FIRST_SESSION_KILLS and not chain.finished)):
            # The session runs to its end and a new one begins.
            trace.wait_event("session_finished", since=mark, timeout=45)
            assert chain.session_id is not None
            stored = wait_history(runs.data, chain.session_id, "finished")
            assert stored.reps[chain.session_id] == chain.all_reps() == trace_reps(runs, chain)
            chain.finished.append(chain.session_id)
            mark = trace.mark()
            app.key("space")  # the summary page: back to the set-up page
            app.key("space")  # and start again
            trace.wait_event("session_started", since=mark)
            start, resumed_at = 0, None
            continue
        killed_at = kill_at_random_moment(app, chain, rng, start=start, resumed_at=resumed_at,
                                          mark=mark, pause=chain.kills == PAUSED_KILL)
        events = trace.events()
        check_plan_lines(chain, events)
        if resumed_at is not None:  # the resumed session went on from its segment
            following = [e for e in events[mark:] if e["event"] == "segment_started"][:1]
            assert [e["index"] for e in following] in ([], [start + 1]), following
        if chain.kills == PAUSED_KILL:
            assert session_lines(events)[-1]["event"] == "paused", session_lines(events)[-3:]
        chain.kills += 1
        stored = read_history(runs.data, runs.work)
        accepted = check_after_kill(chain, events, stored, killed_at)

        app = runs.start()
        trace = trace_of(app)
        mark = trace.mark()
        if not accepted:  # nothing was written to resume: a new session
            app.key("space")
            trace.wait_event("session_started", since=mark)
            assert not [e for e in trace.events() if e["event"] == "resume_offered"]
            start, resumed_at = 0, None
            continue
        start, resumed_at = resume_after_restart(app, chain, stored, accepted)

    # Finish the last session with the Right key; every session is then complete.
    assert chain.session_id is not None
    deadline = time.monotonic() + 30
    while not [e for e in trace.events()[mark:] if e["event"] == "session_finished"]:
        assert time.monotonic() < deadline, "Right never finished the session"
        app.key("Right", "Right", "Right", "Right")
    stored = wait_history(runs.data, chain.session_id, "finished")
    assert stored.integrity == [("ok",)]
    assert set(stored.statuses.values()) == {"finished"}, stored.statuses
    for sid in chain.finished:  # ran to their end: every rep
        assert stored.reps[sid] == chain.all_reps(), sid
    # Skipped through to its end: the reps done before, and those Right left late enough.
    assert chain.reps <= stored.reps[chain.session_id] == trace_reps(runs, chain)
    chain.finished.append(chain.session_id)
    assert app.proc is not None and app.proc.poll() is None
    for log in sorted(runs.work.glob("app-*.log")):
        assert "Traceback" not in log.read_text(encoding="utf-8", errors="replace"), log.name

    report_figures("kill", {
        "kills": chain.kills, "resumes": chain.resumes, "paused_kills": 1,
        "sessions": len(chain.finished), "segments_killed_in": sorted(chain.seen_indexes),
        "unwritten_last_lines": chain.unwritten_tails,
        "seconds": round(time.monotonic() - begun, 1)})
    assert chain.kills >= 8 and chain.resumes + chain.unwritten_tails >= chain.kills
    assert len(chain.finished) >= 2  # a session ran to its end between kills


def trace_reps(runs: Runs, chain: Chain) -> set[RepKey]:
    """The reps the traces of every run of the current session completed."""
    found: set[RepKey] = set()
    for n in range(runs.count):
        events = Trace(runs.work / f"trace-{n}.jsonl").events()
        for e in events:
            if e["event"] == "session_started":
                found = set()
            elif e["event"] == "rep_completed":
                found.add(chain.rep_key(e))
    return found
