"""JSON and CSV export of the history."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hipflex_desktop.store.export import CSV_COLUMNS, from_json, to_csv, to_json, to_text
from hipflex_desktop.store.history import (
    EVENT_KINDS,
    ExerciseRecord,
    History,
    PlannedStep,
    SessionRecord,
)
from tests.store.helpers import UNHURRIED

BERLIN = ZoneInfo("Europe/Berlin")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.fixture
def recorded(history: History) -> list[SessionRecord]:
    """Sessions as the app records them: sides, no sides, odd names, one still running."""
    t0 = datetime(2026, 3, 2, 7, 5, tzinfo=BERLIN)
    first = history.start_session(
        started_at=t0,
        pack_id="hip-flexors",
        pack_version="1.2",
        exercises=[
            ("seated-leg-lifts", 'Seated leg lifts, "slow"; 3 s hold', "standard", 8),
            ("elevated-bridge-march", "Brücke mit Marsch\nzweite Zeile", "easier", 6),
        ],
        planned={"seated-leg-lifts": PlannedStep(3, 4, 2, None),
                 "elevated-bridge-march": PlannedStep(None, None, 1, 1.5)},
    )
    history.record_event(first, "seated-leg-lifts", "went_back", t0)
    for rep in (1, 2, 3):
        history.record_rep(
            first, "seated-leg-lifts", variant="harder", side="right", rep=rep, at=t0
        )
    history.record_rep(first, "seated-leg-lifts", variant="standard", side="left", rep=1, at=t0)
    history.record_rep(first, "elevated-bridge-march", variant="easier", side=None, rep=1, at=t0)
    history.finish_session(first, "finished", t0 + timedelta(minutes=24, seconds=30))
    history.start_session(
        started_at=datetime(2026, 3, 3, 0, 30, tzinfo=ZoneInfo("America/Los_Angeles")),
        pack_id="=HYPERLINK(1)",
        pack_version="-1",
        exercises=[("banded-psoas-march", "@march", "standard", 8)],
    )
    return history.sessions()


def test_csv_has_one_row_per_session_and_exercise(recorded: list[SessionRecord]) -> None:
    text = to_csv(recorded)
    assert text.startswith(",".join(CSV_COLUMNS) + "\r\n")
    rows = read_csv(text)
    assert len(rows) == 3
    assert rows[0] == {
        "date": "2026-03-02",
        "started_at": "2026-03-02T07:05:00+01:00",
        "ended_at": "2026-03-02T07:29:30+01:00",
        "status": "finished",
        "pack_id": "hip-flexors",
        "pack_version": "1.2",
        "exercise_id": "seated-leg-lifts",
        "exercise_name": 'Seated leg lifts, "slow"; 3 s hold',
        "variant": "harder",
        "reps_right": "3",
        "reps_left": "1",
        "reps_none": "0",
        "reps_target_per_side": "8",
        "step": "3",
        "steps": "4",
        "sets": "2",
        "hold_seconds": "",
        "skipped": "0",
        "went_back": "1",
        "easier": "0",
        "harder": "0",
        "stopped": "0",
    }
    assert (rows[1]["step"], rows[1]["sets"], rows[1]["hold_seconds"]) == ("", "1", "1.5")
    assert rows[1]["exercise_name"] == "Brücke mit Marsch\nzweite Zeile"
    assert (rows[1]["reps_right"], rows[1]["reps_left"], rows[1]["reps_none"]) == ("0", "0", "1")
    # Still running: no end; local date and time of Los Angeles at the start.
    assert rows[2]["date"] == "2026-03-03"
    assert rows[2]["started_at"] == "2026-03-03T00:30:00-08:00"
    assert rows[2]["ended_at"] == ""
    assert rows[2]["status"] == "running"


def test_csv_cells_cannot_run_as_formulas(recorded: list[SessionRecord]) -> None:
    row = read_csv(to_csv(recorded))[2]
    assert row["pack_id"] == "'=HYPERLINK(1)"
    assert row["pack_version"] == "'-1"
    assert row["exercise_name"] == "'@march"
    assert row["started_at"].startswith("2026")


def test_csv_written_to_a_file_reads_back(recorded: list[SessionRecord], tmp_path: Path) -> None:
    path = tmp_path / "history.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(to_csv(recorded))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == read_csv(to_csv(recorded))
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate,")


def test_a_session_without_exercises_still_gets_a_row() -> None:
    session = SessionRecord(
        id=1,
        started_at=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        ended_at=None,
        utc_offset_minutes=60,
        local_date=date(2026, 3, 2),
        pack_id="p",
        pack_version="1",
        status="interrupted",
        exercises=(),
    )
    (row,) = read_csv(to_csv([session]))
    assert (row["date"], row["status"], row["exercise_id"], row["reps_right"]) == (
        "2026-03-02",
        "interrupted",
        "",
        "",
    )


def test_json_round_trips(recorded: list[SessionRecord]) -> None:
    text = to_json(recorded)
    assert from_json(text) == recorded
    document = json.loads(text)
    assert document["format"] == "hipflex-history"
    first = document["sessions"][0]
    assert first["local_date"] == "2026-03-02"
    assert first["started_at"] == "2026-03-02T06:05:00+00:00"
    assert first["counts_towards_goal"] is True
    assert first["exercises"][0]["variants_used"] == ["harder", "standard"]
    assert document["sessions"][1]["ended_at"] is None
    assert "Brücke" in text  # readable, not \\u-escaped


@pytest.mark.parametrize(
    "text",
    ["[]", '{"format": "other"}', '{"format": "hipflex-history", "format_version": 99}', "{"],
)
def test_json_that_is_not_an_export_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"export|Expecting"):
        from_json(text)


texts = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))
counts = st.integers(0, 500)
exercise_records = st.builds(
    ExerciseRecord,
    exercise_id=texts,
    name=texts,
    variant=texts,
    reps_target_per_side=counts,
    reps_right=counts,
    reps_left=counts,
    reps_none=counts,
    variants_used=st.lists(texts, max_size=3).map(tuple),
    step=st.none() | st.integers(1, 30),
    steps=st.none() | st.integers(1, 30),
    sets=st.none() | st.integers(1, 10),
    hold_seconds=st.none() | st.sampled_from([0.5, 1.0, 1.5, 2.25, 60.0]),
    events=st.dictionaries(st.sampled_from(EVENT_KINDS), st.integers(1, 9), max_size=5).map(
        lambda d: tuple(sorted(d.items()))),
    planned_variant=st.none() | texts,
)
utc_times = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@st.composite
def session_records(draw: st.DrawFn) -> SessionRecord:
    started = draw(utc_times)
    offset = draw(st.integers(-12 * 60, 14 * 60))
    return SessionRecord(
        id=draw(st.integers(1, 10**9)),
        started_at=started,
        ended_at=draw(st.none() | utc_times),
        utc_offset_minutes=offset,
        local_date=(started + timedelta(minutes=offset)).date(),
        pack_id=draw(texts),
        pack_version=draw(texts),
        status=draw(st.sampled_from(["running", "finished", "stopped", "interrupted"])),
        exercises=tuple(draw(st.lists(exercise_records, max_size=3))),
    )


@UNHURRIED
@given(st.lists(session_records(), max_size=4))
def test_json_round_trips_any_sessions(sessions: list[SessionRecord]) -> None:
    assert from_json(to_json(sessions)) == sessions


def as_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@UNHURRIED
@given(st.lists(session_records(), max_size=4))
def test_csv_reads_back_to_the_same_values(sessions: list[SessionRecord]) -> None:
    rows = read_csv(to_csv(sessions))
    expected = []
    for session in sessions:
        zone = session.local_zone
        common = {
            "date": session.local_date.isoformat(),
            "started_at": session.started_at.astimezone(zone).isoformat(timespec="seconds"),
            "ended_at": ""
            if session.ended_at is None
            else session.ended_at.astimezone(zone).isoformat(timespec="seconds"),
            "status": session.status,
            "pack_id": as_cell(session.pack_id),
            "pack_version": as_cell(session.pack_version),
        }
        blank = dict.fromkeys(CSV_COLUMNS[6:], "")
        expected += [
            {
                **common,
                "exercise_id": as_cell(e.exercise_id),
                "exercise_name": as_cell(e.name),
                "variant": as_cell(e.variant),
                "reps_right": str(e.reps_right),
                "reps_left": str(e.reps_left),
                "reps_none": str(e.reps_none),
                "reps_target_per_side": str(e.reps_target_per_side),
                "step": "" if e.step is None else str(e.step),
                "steps": "" if e.steps is None else str(e.steps),
                "sets": "" if e.sets is None else str(e.sets),
                "hold_seconds": "" if e.hold_seconds is None else f"{e.hold_seconds:g}",
                **{kind: str(dict(e.events).get(kind, 0)) for kind in EVENT_KINDS},
            }
            for e in session.exercises
        ] or [{**common, **blank}]
    assert rows == expected


def test_text_table_for_the_terminal(recorded: list[SessionRecord]) -> None:
    lines = to_text(recorded).splitlines()
    assert lines[0].split() == ["Date", "Start", "Status", "Time", "Pack", "/", "exercises"]
    assert lines[1].split() == ["2026-03-02", "07:05", "finished", "24:30", "hip-flexors", "1.2"]
    assert lines[2].split() == [
        "Seated",
        "leg",
        "lifts,",
        '"slow";',
        "3",
        "s",
        "hold",
        "(harder",
        "step",
        "3/4)",
        "R",
        "3/8,",
        "L",
        "1/8",
    ]
    # A name with a line break stays on one line; an exercise without sides shows its reps.
    assert lines[3].split() == ["Brücke", "mit", "Marsch", "zweite", "Zeile", "(easier)", "1/6"]
    assert lines[4].split()[:5] == ["2026-03-03", "00:30", "running", "-", "=HYPERLINK(1)"]
    assert lines[-1].startswith("2 sessions, 1 finished")
    assert to_text([]) == "No sessions recorded yet.\n"
