"""Each exercise's step over the weeks, as the History page's step chart gets it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History
from hipflex_desktop.store.step_history import StepChange, step_rows

from .test_progress import MARCH, march_session

FIRST = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
WEEK = timedelta(days=7)


def test_steps_per_session_and_the_days_they_changed(history: History) -> None:
    pack = load_pack_or_raise(builtin_pack_path())
    march_session(history, FIRST, step=2)
    march_session(history, FIRST + WEEK, step=2)
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="accepted", step=3,
                                 previous=2, reason="done-well", at=FIRST + WEEK)
    history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="declined", step=3,
                                 previous=3, reason="done-well", at=FIRST + 2 * WEEK)
    history.record_step_decision(pack_id="other", exercise_id=MARCH, kind="chosen", step=1,
                                 previous=3, at=FIRST + 2 * WEEK)
    march_session(history, FIRST + 2 * WEEK, step=3, hold=2.0)
    rows = step_rows(pack, history.sessions(), history.step_decisions(),
                     start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert [r.exercise_id for r in rows] == list(pack.exercise_ids)
    march = rows[0]
    assert march.steps == 8
    assert march.points == ((date(2026, 3, 2), 2), (date(2026, 3, 9), 2), (date(2026, 3, 16), 3))
    # A "not yet" changes nothing; another pack's answers are not this pack's.
    assert march.changes == (StepChange(date(2026, 3, 9), 3, 2, "accepted", "done-well"),)
    assert rows[1].points == () and rows[1].changes == ()
    # Outside the period, nothing.
    later = step_rows(pack, history.sessions(), history.step_decisions(),
                      start=date(2026, 4, 1), end=date(2026, 4, 30))
    assert later[0].points == () and later[0].changes == ()
