"""What the history stores about a session under way: the resume point and its summary, the
exercise list and the rep numbering.

Qt-free, so that the command line, the tests and the history benchmark read and write the same
format as the window without loading Qt.
"""

from __future__ import annotations

import json
from typing import Any

from hipflex_desktop.core.model import Level
from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.core.session import Event, EventKind, Session
from hipflex_desktop.store.history import PlannedStep


def resume_summary(seg: Segment) -> str:
    """``seated leg lifts, left side, rep 4 of 8`` — where the session stands."""
    name = seg.exercise_name[:1].lower() + seg.exercise_name[1:]
    parts = [name]
    if seg.side is not None and seg.kind is not SegmentKind.REST:
        parts.append(f"{seg.side.value} side")
    if seg.rep > 0:
        parts.append(f"rep {seg.rep} of {seg.reps}")
    elif seg.kind is SegmentKind.PREPARE:
        parts.append("getting ready")
    elif seg.kind is SegmentKind.REST:
        parts.append("resting")
    if seg.sets > 1 and seg.set > 0:
        parts.append(f"set {seg.set} of {seg.sets}")
    return ", ".join(parts)


def resume_payload(session: Session) -> str:
    """The resume point: the session's snapshot and where its pack came from."""
    return json.dumps({"pack_source": session.pack.source, "session": session.snapshot()},
                      separators=(",", ":"))


def history_exercises(session: Session) -> list[tuple[str, str, str, int]]:
    """The session's exercises as the history lists them: id, name, variant and planned reps,
    in the order they come."""
    first = {seg.exercise_id: seg for seg in reversed(session.segments)}
    return [
        (seg.exercise_id, seg.exercise_name, seg.variant.value, seg.reps * seg.sets)
        for seg in sorted(first.values(), key=lambda s: s.exercise_number)
    ]


def history_planned(session: Session) -> dict[str, PlannedStep]:
    """Per exercise of the session: the ladder step, sets and hold length it is planned at."""
    first = {seg.exercise_id: seg for seg in reversed(session.segments)}
    return {
        seg.exercise_id: PlannedStep(seg.step or None, seg.steps or None, max(seg.sets, 1),
                                     seg.hold_seconds)
        for seg in first.values()
    }


def history_rep(seg: Segment) -> int:
    """The rep's number in the history: numbered through the sets, so that set 2's first rep
    does not replace set 1's."""
    return (max(seg.set, 1) - 1) * seg.reps + seg.rep


def parse_resume_payload(text: str) -> tuple[str | None, dict[str, Any]]:
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("session"), dict):
        raise ValueError("not a saved session")
    source = data.get("pack_source")
    return (source if isinstance(source, str) else None), data["session"]


def exercise_event(event: Event, before: Segment | None) -> tuple[str, str] | None:
    """(exercise id, kind) when ``event`` is something the progression rule needs to know
    about an exercise besides its reps; ``before`` is where the session stood until then.

    Skipping a lead-in, a rest or a switch is not counted: only the reps are the exercise.
    Back or Restart count where they repeat part of a rep.
    """
    seg = event.segment
    if seg is None:
        return None
    kind = event.kind
    if kind is EventKind.SKIPPED and seg.kind.is_phase:
        return seg.exercise_id, "skipped"
    if kind in (EventKind.WENT_BACK, EventKind.RESTARTED_EXERCISE):
        if seg.kind.is_phase:
            return seg.exercise_id, "went_back"
        if before is not None and before.kind.is_phase and before.exercise_id == seg.exercise_id:
            return seg.exercise_id, "went_back"
        return None
    if kind is EventKind.VARIANT_CHANGED and event.detail is not None:
        old = before.variant if before is not None and before.exercise_id == seg.exercise_id \
            else seg.variant
        new = Level(event.detail)
        order = list(Level)
        if order.index(new) < order.index(old):
            return seg.exercise_id, "easier"
        if order.index(new) > order.index(old):
            return seg.exercise_id, "harder"
        return None
    if kind is EventKind.SESSION_STOPPED and not (seg.kind is SegmentKind.REST and seg.set == 0):
        # Stopped in the rest before an exercise, none of it was begun.
        return seg.exercise_id, "stopped"
    return None
