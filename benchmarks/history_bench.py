"""Benchmark of the history's write cost per rep, against a bare SQLite insert in the same run.

Run ``python benchmarks/history_bench.py``. What the app writes when a rep ends: the rep
(``History.record_rep``) and, as the next step begins, the point to resume from
(``History.save_resume_point`` with a real session snapshot of the built-in pack). Each is its
own ``BEGIN IMMEDIATE … COMMIT`` in WAL mode with ``synchronous=FULL`` on a real file in a
temporary folder (on the same file system as the system's temporary files). The baseline,
measured in the same run and folder, is a bare ``sqlite3`` ``INSERT`` + ``COMMIT`` with the same
journal mode and synchronous setting: what any durable write costs on this disk.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for entry in (REPO, Path(__file__).resolve().parent):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from report import Row, file_system, percentile, table  # noqa: E402

from hipflex_desktop.core.clock import FakeClock  # noqa: E402
from hipflex_desktop.core.loader import load_pack  # noqa: E402
from hipflex_desktop.core.plan import PlanOptions  # noqa: E402
from hipflex_desktop.core.session import Session, SessionStatus  # noqa: E402
from hipflex_desktop.resources import builtin_pack_path  # noqa: E402
from hipflex_desktop.store.history import History  # noqa: E402
from hipflex_desktop.store.resume import (  # noqa: E402
    history_exercises,
    history_rep,
    resume_payload,
    resume_summary,
)

MS = 1e3
PAIR_RATIO_TARGET = 3.0  # two transactions with their checks, against one bare insert
PAIR_P99_TARGET = 0.015  # seconds: within the timing budget of a step's end (p99 < 15 ms)


@dataclass
class HistoryRun:
    reps: int
    pair: list[float]  # seconds: record_rep + save_resume_point
    record: list[float]
    resume: list[float]
    bare: list[float]  # INSERT + COMMIT
    snapshot_bytes: int
    file_system: str  # of the folder measured in


def measure(reps: int, folder: Path) -> HistoryRun:
    pack = load_pack(builtin_pack_path()).pack
    if pack is None:
        raise SystemExit("the built-in pack does not validate")
    session = Session(pack, PlanOptions(), FakeClock())
    ends = [s for s in session.segments if s.kind.is_phase and s.last_phase]
    exercises = history_exercises(session)
    # The resume point the app saves, from the built-in session well under way.
    session.start()
    for _ in range(40):
        session.next()
    payload, summary = resume_payload(session), resume_summary(session.current)
    now = datetime.now().astimezone()
    pair: list[float] = []
    record: list[float] = []
    resume: list[float] = []
    clock = time.perf_counter
    with History.open(folder / "history.db") as history:
        session_id = history.start_session(started_at=now, pack_id=pack.id,
                                           pack_version=pack.version, exercises=exercises)
        done = 0
        while done < reps:  # a session's reps, then a new session, as long as needed
            for seg in ends:
                if done == reps:
                    break
                side = None if seg.side is None else seg.side.value
                begun = clock()
                history.record_rep(session_id, seg.exercise_id, variant=seg.variant.value,
                                   side=side, rep=history_rep(seg),
                                   at=datetime.now().astimezone())
                middle = clock()
                history.save_resume_point(session_id, payload, summary,
                                          datetime.now().astimezone())
                end = clock()
                pair.append(end - begun)
                record.append(middle - begun)
                resume.append(end - middle)
                done += 1
            history.finish_session(session_id, SessionStatus.FINISHED, datetime.now().astimezone())
            session_id = history.start_session(started_at=now, pack_id=pack.id,
                                               pack_version=pack.version, exercises=exercises)
    return HistoryRun(reps, pair, record, resume, bare_inserts(reps, folder), len(payload),
                      file_system(folder))


def bare_inserts(count: int, folder: Path) -> list[float]:
    """INSERT + COMMIT, one transaction each, WAL and synchronous=FULL: the baseline."""
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE rep (session INTEGER, exercise TEXT, side TEXT, rep INTEGER,"
                     " at TEXT)")
        times: list[float] = []
        for n in range(count):
            begun = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO rep VALUES (?, ?, ?, ?, ?)",
                         (1, "seated-leg-lifts", "left", n + 1, datetime.now().isoformat()))
            conn.execute("COMMIT")
            times.append(time.perf_counter() - begun)
        return times
    finally:
        conn.close()


def rows(run: HistoryRun) -> list[Row]:
    pair, bare = statistics.median(run.pair), statistics.median(run.bare)
    ratio = pair / bare
    p99 = percentile(run.pair, 99)
    return [
        Row(f"History write per rep: record_rep + save_resume_point, median of {run.reps}"
            f" ({run.file_system})",
            f"{pair * MS:.2f} ms (p99 {p99 * MS:.2f} ms)",
            f"≤ {PAIR_RATIO_TARGET:g}× baseline; p99 < {PAIR_P99_TARGET * MS:.0f} ms",
            f"{bare * MS:.2f} ms (p99 {percentile(run.bare, 99) * MS:.2f} ms): bare INSERT +"
            " COMMIT, WAL, synchronous=FULL", f"{ratio:.2f}×",
            ratio <= PAIR_RATIO_TARGET and p99 < PAIR_P99_TARGET),
        Row("… of which record_rep, median", f"{statistics.median(run.record) * MS:.2f} ms",
            baseline=f"{bare * MS:.2f} ms",
            ratio=f"{statistics.median(run.record) / bare:.2f}×"),
        Row(f"… of which save_resume_point ({run.snapshot_bytes} bytes of snapshot), median",
            f"{statistics.median(run.resume) * MS:.2f} ms", baseline=f"{bare * MS:.2f} ms",
            ratio=f"{statistics.median(run.resume) / bare:.2f}×"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reps", type=int, default=400)
    parser.add_argument("--folder", type=Path, help="measure in this folder (default: a"
                        " temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hipflex-history-bench-") as tmp:
        folder = args.folder or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        run = measure(args.reps, folder)
    result = rows(run)
    print(table(result))
    return 0 if all(r.passed is not False for r in result) else 1


if __name__ == "__main__":
    sys.exit(main())
