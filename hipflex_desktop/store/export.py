"""Export of the training history as JSON or CSV (Qt-free, standard library only).

JSON
    :func:`to_json` writes one object::

        {"format": "hipflex-history", "format_version": 1, "sessions": [...]}

    Each session has ``id``, ``local_date`` (ISO date), ``started_at`` and ``ended_at`` (ISO
    8601 in UTC, ``ended_at`` may be ``null``), ``utc_offset_minutes``, ``pack_id``,
    ``pack_version``, ``status``, ``counts_towards_goal`` and ``exercises``; each exercise
    has the fields of :class:`~hipflex_desktop.store.history.ExerciseRecord`.
    :func:`from_json` reads it back.

CSV
    :func:`to_csv` writes a header and one row per session and exercise (a session without
    exercises gets one row with the exercise columns empty), columns in :data:`CSV_COLUMNS`.
    ``date`` is the session's local date; ``started_at``/``ended_at`` are local times in
    ISO 8601 with their offset, to the second. Text cells that a spreadsheet would run as a
    formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return) are prefixed
    with ``'``. Rows end with CRLF: write the text with ``newline=""`` (and
    ``encoding="utf-8-sig"`` if it is meant for Excel).

Text
    :func:`to_text` is a plain table for a terminal (``hipflex history``): one line per
    session with its local date and start time, status, duration, pack and the reps done
    against the target per exercise.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, Final

from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.store.history import ExerciseRecord, SessionRecord

__all__ = [
    "CSV_COLUMNS",
    "JSON_FORMAT",
    "JSON_FORMAT_VERSION",
    "from_json",
    "to_csv",
    "to_json",
    "to_text",
]

JSON_FORMAT: Final = "hipflex-history"
JSON_FORMAT_VERSION: Final = 1

CSV_COLUMNS: Final = (
    "date",
    "started_at",
    "ended_at",
    "status",
    "pack_id",
    "pack_version",
    "exercise_id",
    "exercise_name",
    "variant",
    "reps_right",
    "reps_left",
    "reps_none",
    "reps_target_per_side",
)
"""The CSV header. ``reps_none`` counts reps of exercises without sides."""

_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _exercise_to_json(exercise: ExerciseRecord) -> dict[str, Any]:
    return {
        "exercise_id": exercise.exercise_id,
        "name": exercise.name,
        "variant": exercise.variant,
        "reps_target_per_side": exercise.reps_target_per_side,
        "reps_right": exercise.reps_right,
        "reps_left": exercise.reps_left,
        "reps_none": exercise.reps_none,
        "variants_used": list(exercise.variants_used),
    }


def _session_to_json(session: SessionRecord) -> dict[str, Any]:
    return {
        "id": session.id,
        "local_date": session.local_date.isoformat(),
        "started_at": session.started_at.isoformat(),
        "ended_at": None if session.ended_at is None else session.ended_at.isoformat(),
        "utc_offset_minutes": session.utc_offset_minutes,
        "pack_id": session.pack_id,
        "pack_version": session.pack_version,
        "status": session.status,
        "counts_towards_goal": session.counts_towards_goal,
        "exercises": [_exercise_to_json(exercise) for exercise in session.exercises],
    }


def to_json(sessions: Iterable[SessionRecord]) -> str:
    """The sessions as a JSON document (see the module documentation), UTF-8 text kept
    readable (no ``\\u`` escapes), indented, ending with a newline."""
    document = {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "sessions": [_session_to_json(session) for session in sessions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _aware(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"time without offset in the export: {text!r}")
    return value.astimezone(UTC)


def from_json(text: str) -> list[SessionRecord]:
    """Read back what :func:`to_json` wrote; raises :class:`ValueError` for anything else."""
    try:
        document = json.loads(text)
        if document.get("format") != JSON_FORMAT:
            raise ValueError("not a HipFlex history export")
        if document.get("format_version") != JSON_FORMAT_VERSION:
            raise ValueError(f"unknown export version {document.get('format_version')!r}")
        return [
            SessionRecord(
                id=int(item["id"]),
                started_at=_aware(item["started_at"]),
                ended_at=None if item["ended_at"] is None else _aware(item["ended_at"]),
                utc_offset_minutes=int(item["utc_offset_minutes"]),
                local_date=date.fromisoformat(item["local_date"]),
                pack_id=str(item["pack_id"]),
                pack_version=str(item["pack_version"]),
                status=SessionStatus(item["status"]),
                exercises=tuple(
                    ExerciseRecord(
                        exercise_id=str(ex["exercise_id"]),
                        name=str(ex["name"]),
                        variant=str(ex["variant"]),
                        reps_target_per_side=int(ex["reps_target_per_side"]),
                        reps_right=int(ex["reps_right"]),
                        reps_left=int(ex["reps_left"]),
                        reps_none=int(ex["reps_none"]),
                        variants_used=tuple(str(v) for v in ex["variants_used"]),
                    )
                    for ex in item["exercises"]
                ),
            )
            for item in document["sessions"]
        ]
    except (AttributeError, KeyError, TypeError) as exc:
        raise ValueError(f"malformed HipFlex history export: {exc!r}") from exc


def _cell(text: str) -> str:
    """Keep spreadsheets from running a text cell as a formula."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _local_text(value: datetime | None, offset_minutes: int) -> str:
    if value is None:
        return ""
    zone = timezone(timedelta(minutes=offset_minutes))
    return value.astimezone(zone).isoformat(timespec="seconds")


def to_csv(sessions: Iterable[SessionRecord]) -> str:
    """The sessions as CSV text, one row per session and exercise (see the module
    documentation for the columns and how to write the text to a file)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for session in sessions:
        common = {
            "date": session.local_date.isoformat(),
            "started_at": _local_text(session.started_at, session.utc_offset_minutes),
            "ended_at": _local_text(session.ended_at, session.utc_offset_minutes),
            "status": _cell(session.status),
            "pack_id": _cell(session.pack_id),
            "pack_version": _cell(session.pack_version),
        }
        if not session.exercises:
            writer.writerow({column: common.get(column, "") for column in CSV_COLUMNS})
        for exercise in session.exercises:
            writer.writerow(
                {
                    **common,
                    "exercise_id": _cell(exercise.exercise_id),
                    "exercise_name": _cell(exercise.name),
                    "variant": _cell(exercise.variant),
                    "reps_right": exercise.reps_right,
                    "reps_left": exercise.reps_left,
                    "reps_none": exercise.reps_none,
                    "reps_target_per_side": exercise.reps_target_per_side,
                }
            )
    return buffer.getvalue()


def _duration_text(session: SessionRecord) -> str:
    if session.ended_at is None:
        return "-"
    seconds = max(0, round((session.ended_at - session.started_at).total_seconds()))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}:{seconds:02d}"


def _exercise_text(exercise: ExerciseRecord) -> str:
    name = " ".join(exercise.name.split())  # one line, whatever the pack's name holds
    target = exercise.reps_target_per_side
    if exercise.reps_right or exercise.reps_left:
        done = f"R {exercise.reps_right}/{target}, L {exercise.reps_left}/{target}"
        if exercise.reps_none:
            done += f", {exercise.reps_none}"
    else:
        done = f"{exercise.reps_none}/{target}"
    return f"{name} ({exercise.variant}) {done}"


def to_text(sessions: Iterable[SessionRecord]) -> str:
    """A table for a terminal, oldest session first, with a closing count line.

    Each line: local date, local start time, status, duration (minutes:seconds, ``-``
    while running or when unknown), pack id and version, then each exercise with its
    variant and the reps done against the target per side.
    """
    listed = list(sessions)
    if not listed:
        return "No sessions recorded yet.\n"
    lines = [f"{'Date':<10}  {'Start':<5}  {'Status':<11}  {'Time':>6}  Pack / exercises"]
    for session in listed:
        pack = " ".join(f"{session.pack_id} {session.pack_version}".split())
        lines.append(
            f"{session.local_date.isoformat():<10}  {session.started_local:%H:%M}  "
            f"{session.status:<11}  {_duration_text(session):>6}  {pack}"
        )
        lines.extend(f"{'':<40}{_exercise_text(exercise)}" for exercise in session.exercises)
    finished = sum(session.counts_towards_goal for session in listed)
    noun = "session" if len(listed) == 1 else "sessions"
    lines.append(
        f"{len(listed)} {noun}, {finished} finished (only finished sessions count"
        " towards the weekly goal)."
    )
    return "\n".join(lines) + "\n"
