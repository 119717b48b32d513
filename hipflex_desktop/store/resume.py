"""What the history stores about a session under way: the resume point and its summary, the
exercise list and the rep numbering.

Qt-free, so that the command line, the tests and the history benchmark read and write the same
format as the window without loading Qt.
"""

from __future__ import annotations

import json
from typing import Any

from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.core.session import Session


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
