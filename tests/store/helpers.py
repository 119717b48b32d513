"""Shared helpers for the history store tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from hypothesis import HealthCheck, settings

from hipflex_desktop.store.history import History

# Other work may load the machine while the tests run: no per-example deadline.
UNHURRIED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXERCISES: Sequence[tuple[str, str, str, int]] = (
    ("banded-psoas-march", "Banded psoas march", "standard", 8),
    ("seated-leg-lifts", "Seated leg lifts", "easier", 8),
    ("elevated-bridge-march", "Elevated bridge march", "standard", 6),
)


def add_session(
    history: History,
    started_at: datetime,
    *,
    status: str = "finished",
    reps: int = 2,
    exercises: Sequence[tuple[str, str, str, int]] = EXERCISES,
) -> int:
    """A session with ``reps`` reps per side on its first exercise, ended as ``status``."""
    session_id = history.start_session(
        started_at=started_at, pack_id="hip-flexors", pack_version="1.0", exercises=exercises
    )
    first = exercises[0]
    for rep in range(1, reps + 1):
        for side in ("right", "left"):
            history.record_rep(
                session_id,
                first[0],
                variant=first[2],
                side=side,
                rep=rep,
                at=started_at + timedelta(minutes=rep),
            )
    if status != "running":
        history.finish_session(session_id, status, started_at + timedelta(minutes=20))
    return session_id
