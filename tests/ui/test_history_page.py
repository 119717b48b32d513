"""The History page over a real history database written through its own API.

"Today" is Wednesday 14 January 2026, so the twelve weeks shown run from the week of
Monday 27 October 2025 to this week and cross the year boundary: the ISO week of Monday
29 December 2025 holds New Year's Day.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipflex_desktop.store.history import History
from hipflex_desktop.store.overview import CHART_WEEKS, TimelineRow
from hipflex_desktop.ui.chart_style import chart_colours
from hipflex_desktop.ui.history_page import COLUMNS, HistoryPage
from hipflex_desktop.ui.history_words import (
    long_date,
    short_date,
    streak_caption,
    this_week_caption,
)
from hipflex_desktop.ui.theme import DARK, LIGHT, contrast_ratio
from hipflex_desktop.ui.variant_timeline import VariantTimeline, describe_row
from hipflex_desktop.ui.weekly_chart import WeeklyChart

# Showing a top-level widget on the offscreen platform says this; it is not about the page.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

TODAY = date(2026, 1, 14)  # a Wednesday
CET = timezone(timedelta(hours=1))
NAMES = {
    "banded-psoas-march": "Banded psoas march",
    "seated-leg-lifts": "Seated leg lifts",
    "elevated-bridge-march": "Elevated bridge march",
}
PLANNED = {"banded-psoas-march": "standard", "seated-leg-lifts": "easier",
           "elevated-bridge-march": "standard"}


def at(day: date, hour: int = 7, minute: int = 30, zone: timezone = CET) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def add_session(history: History, started_at: datetime, *, status: str = "finished",
                variants: Mapping[str, str] | None = None, reps: int = 8,
                done: int | None = None) -> int:
    """A session of the three exercises; ``done`` reps per side of each (all by default),
    in the variants given (the planned ones by default); ends 20 minutes after its start."""
    used = {**PLANNED, **(variants or {})}
    session_id = history.start_session(
        started_at=started_at, pack_id="hip-flexors", pack_version="1.0",
        exercises=[(eid, NAMES[eid], PLANNED[eid], reps) for eid in NAMES])
    moment = started_at
    for exercise_id in NAMES:
        for rep in range(1, (reps if done is None else done) + 1):
            for side in ("right", "left"):
                moment += timedelta(seconds=5)
                history.record_rep(session_id, exercise_id, variant=used[exercise_id],
                                   side=side, rep=rep, at=moment)
    if status != "running":
        history.finish_session(session_id, status, started_at + timedelta(minutes=20))
    return session_id


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    with History.open(tmp_path / "history.sqlite3") as opened:
        yield opened


@pytest.fixture
def page(qtbot: QtBot) -> HistoryPage:
    widget = HistoryPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


@pytest.fixture
def weeks_of_sessions(history: History) -> History:
    """Two finished sessions in each of the three weeks before this one (one of them on New
    Year's Day), one this week, and sessions that do not count."""
    for day in (date(2025, 12, 22), date(2025, 12, 24),
                date(2025, 12, 29), date(2026, 1, 1),
                date(2026, 1, 6), date(2026, 1, 9)):
        add_session(history, at(day))
    add_session(history, at(date(2026, 1, 12)))
    add_session(history, at(date(2026, 1, 13), 18, 5), status="stopped", done=3)
    add_session(history, at(date(2025, 11, 4)), status="interrupted", done=2)
    # Older than the twelve weeks: counts for nothing shown, is not listed.
    add_session(history, at(date(2025, 9, 2)))
    return history


def clock_time(hour: int, minute: int) -> str:
    """A time of day as the window's locale writes it (6:05 PM in American English)."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def show(page: HistoryPage, history: History | None, goal: int = 2) -> None:
    page.set_history(history, goal=goal, today=TODAY, exercise_names=NAMES)


# -- words ---------------------------------------------------------------------------------


def test_dates_are_spelt_in_english_day_first() -> None:
    assert short_date(date(2025, 11, 3)) == "3 Nov"
    assert long_date(date(2026, 1, 1)) == "Thu 1 Jan 2026"


def test_streak_caption_and_this_week_caption_agree_in_number() -> None:
    assert streak_caption(3, 2) == "weeks in a row meeting your goal of 2 sessions a week"
    assert streak_caption(1, 1) == "week meeting your goal of 1 session a week"
    assert this_week_caption(1, 2) == "1 more to meet your goal."
    assert this_week_caption(2, 2) == "Goal met — well done!"
    assert this_week_caption(3, 2) == "Goal met — well done! 1 session more than planned."


# -- the figures ---------------------------------------------------------------------------


def test_streak_counts_the_weeks_that_met_the_goal_across_new_year(
        page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    assert page.state == "history"
    assert page.streak_text == "3 weeks in a row meeting your goal of 2 sessions a week"
    assert page.streak_card.hint.text() == "1 more session this week keeps it going."
    assert page.this_week_text == "1 of 2 finished session"
    assert page.week_card.hint.text() == "1 more to meet your goal."
    assert page.period_card.number.text() == "7"
    assert page.period_card.hint.text() == "Goal met in 3 of 12 weeks."
    assert page.goal_label.text() == "Weekly goal: 2 sessions a week"
    assert "3 weeks in a row" in page.streak_card.accessibleDescription()


def test_a_higher_goal_breaks_the_streak(page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions, goal=3)
    assert page.streak_text == "0 weeks in a row meeting your goal of 3 sessions a week"
    assert page.streak_card.hint.text() == "2 more sessions this week starts one."


def test_a_week_that_met_the_goal_counts_at_once(page: HistoryPage, history: History) -> None:
    add_session(history, at(date(2026, 1, 12)))
    add_session(history, at(date(2026, 1, 13)))
    show(page, history)
    assert page.streak_text == "1 week meeting your goal of 2 sessions a week"
    assert page.streak_card.hint.text() == "This week already counts."
    assert page.week_card.hint.text() == "Goal met — well done!"


def test_the_goal_must_be_at_least_one(page: HistoryPage, history: History) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        show(page, history, goal=0)


# -- the chart -----------------------------------------------------------------------------


def test_chart_has_twelve_iso_weeks_of_finished_sessions(
        page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    chart = page.chart
    mondays = [date(2025, 10, 27) + timedelta(weeks=n) for n in range(CHART_WEEKS)]
    counts = dict.fromkeys(mondays, 0)
    counts.update({date(2025, 12, 22): 2, date(2025, 12, 29): 2, date(2026, 1, 5): 2,
                   date(2026, 1, 12): 1})
    assert chart.weeks == list(counts.items())
    assert chart.goal == 2
    assert chart.current_week == date(2026, 1, 12)
    assert [chart.met(count) for _, count in chart.weeks].count(True) == 3


def test_chart_describes_its_numbers_for_screen_readers(
        page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    text = page.chart.accessibleDescription()
    assert text.startswith("Finished sessions per week for the last 12 weeks against your"
                           " goal of 2 sessions a week.")
    assert "7 sessions in all; goal met in 3 of 12 weeks." in text
    assert "week of 29 Dec: 2 (goal met)" in text
    assert "this week: 1." in text


def test_chart_tooltips_name_the_week_and_what_is_left(
        page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    chart = page.chart
    assert chart.tooltip_for(date(2026, 1, 12), 1) == \
        "This week: 1 finished session (1 to go)"
    assert chart.tooltip_for(date(2025, 12, 29), 2) == \
        "Week of Mon 29 Dec 2025: 2 finished sessions (goal met)"
    assert chart.tooltip_for(date(2025, 11, 3), 0) == \
        "Week of Mon 3 Nov 2025: 0 finished sessions (goal 2)"


def test_chart_columns_follow_the_widget_width(qtbot: QtBot) -> None:
    chart = WeeklyChart()
    qtbot.addWidget(chart)
    chart.set_data([(date(2026, 1, 5), 1), (date(2026, 1, 12), 2)], goal=2, today=TODAY)
    chart.resize(400, 240)
    narrow = chart.bar_rects()
    chart.resize(800, 240)
    wide = chart.bar_rects()
    assert len(narrow) == len(wide) == 2
    assert wide[0].width() > narrow[0].width() * 1.8
    assert narrow[0].right() == pytest.approx(narrow[1].left())


def _colours_in(image: QImage) -> set[int]:
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            found.add(image.pixel(x, y) & 0xFFFFFF)
    return found


def _rgb(colour: QColor) -> int:
    return colour.rgb() & 0xFFFFFF


def _pixels_of(image: QImage, colour: QColor) -> int:
    wanted = _rgb(colour)
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixel(x, y) & 0xFFFFFF == wanted)


def test_met_and_missed_weeks_are_painted_in_their_own_colours(qtbot: QtBot) -> None:
    chart = WeeklyChart()
    qtbot.addWidget(chart)
    chart.set_theme(LIGHT)
    chart.resize(600, 300)
    chart.set_data([(date(2026, 1, 5), 3), (date(2026, 1, 12), 1)], goal=2, today=TODAY)
    painted = _colours_in(chart.grab().toImage())
    light = chart_colours(LIGHT)
    assert {_rgb(light.met), _rgb(light.below)} <= painted
    chart.set_theme(DARK)
    painted = _colours_in(chart.grab().toImage())
    dark = chart_colours(DARK)
    assert {_rgb(dark.met), _rgb(dark.below)} <= painted
    assert _rgb(light.met) not in painted


def test_only_weeks_that_met_the_goal_fill_with_the_strong_colour(qtbot: QtBot) -> None:
    chart = WeeklyChart()
    qtbot.addWidget(chart)
    chart.set_theme(LIGHT)
    chart.resize(600, 300)
    met = chart_colours(LIGHT).met
    # Weeks gone by, so no outline of what this week still needs.
    chart.set_data([(date(2025, 12, 29), 1), (date(2026, 1, 5), 1)], goal=2, today=TODAY)
    assert chart.current_week is None
    legend_only = _pixels_of(chart.grab().toImage(), met)
    assert 0 < legend_only < 200  # the legend's swatch
    chart.set_data([(date(2025, 12, 29), 1), (date(2026, 1, 5), 2)], goal=2, today=TODAY)
    assert _pixels_of(chart.grab().toImage(), met) > legend_only + 2000


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_bars_stand_out_from_the_card(theme: object) -> None:
    assert theme is LIGHT or theme is DARK
    c = chart_colours(theme)
    assert contrast_ratio(c.met, c.card) >= 3
    assert contrast_ratio(c.below, c.card) >= 3
    for colour in c.variants.values():
        assert contrast_ratio(colour, c.card) >= 3


# -- the variant timeline ------------------------------------------------------------------


def test_timeline_shows_the_move_from_easier_to_standard(page: HistoryPage,
                                                          history: History) -> None:
    for n, day in enumerate((date(2025, 11, 4), date(2025, 11, 11), date(2025, 11, 18),
                             date(2025, 12, 2), date(2025, 12, 9))):
        leg = "easier" if n < 3 else "standard"
        add_session(history, at(day), variants={"seated-leg-lifts": leg})
    show(page, history)
    rows = {row.exercise_id: row for row in page.timeline.rows}
    assert [row.exercise_id for row in page.timeline.rows] == list(NAMES)
    legs = rows["seated-leg-lifts"]
    assert legs.name == "Seated leg lifts"
    assert [variant for _, variant in legs.points] == ["easier"] * 3 + ["standard"] * 2
    assert legs.runs() == [("easier", date(2025, 11, 4), date(2025, 11, 18), 3),
                           ("standard", date(2025, 12, 2), date(2025, 12, 9), 2)]
    assert describe_row(legs) == ("Seated leg lifts: easier 4 Nov to 18 Nov (3 sessions), then"
                               " standard 2 Dec to 9 Dec (2 sessions).")
    assert describe_row(legs) in page.timeline.accessibleDescription()
    start, end = page.timeline.period
    assert start == date(2025, 10, 27)
    assert end == date(2026, 1, 18)


def test_timeline_reaches_back_to_the_first_session(page: HistoryPage,
                                                    history: History) -> None:
    add_session(history, at(date(2025, 8, 5)))
    add_session(history, at(date(2026, 1, 6)))
    show(page, history)
    assert page.timeline.period[0] == date(2025, 8, 4)
    assert "last 24 weeks" in page.timeline_note.text()
    banded = page.timeline.rows[0]
    assert [day for day, _ in banded.points] == [date(2025, 8, 5), date(2026, 1, 6)]


def test_timeline_lanes_put_harder_on_top_and_keep_unknown_variants(qtbot: QtBot) -> None:
    timeline = VariantTimeline()
    qtbot.addWidget(timeline)
    row = TimelineRow("x", "Side plank", ((date(2026, 1, 5), "knees"),
                                          (date(2026, 1, 7), "harder")))
    timeline.set_data([row], start=date(2026, 1, 5), end=date(2026, 1, 11))
    assert timeline.lanes(row) == ["knees", "harder", "standard", "easier"]
    timeline.resize(500, 200)
    (dots,) = timeline.dot_positions()
    (first, _, knees), (second, _, harder) = dots
    assert (knees, harder) == ("knees", "harder")
    assert first.x() < second.x()
    assert first.y() < second.y()  # the unknown lane sits above the ranked ones


def test_exercise_without_reps_says_so(page: HistoryPage, history: History) -> None:
    add_session(history, at(date(2026, 1, 6)), status="stopped", done=0)
    show(page, history)
    assert all(not row.points for row in page.timeline.rows)
    assert "Seated leg lifts: no reps recorded in this period." in \
        page.timeline.accessibleDescription()


# -- the list ------------------------------------------------------------------------------


def test_table_lists_recent_sessions_newest_first_one_row_per_exercise(
        page: HistoryPage, weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    table = page.table
    headers = [table.model().headerData(c, Qt.Orientation.Horizontal)
               for c in range(table.columnCount())]
    assert headers == list(COLUMNS)
    # Nine sessions in the twelve weeks, three exercises each; the one in September is out.
    assert table.rowCount() == 9 * 3
    assert [page.cell(row, 0) for row in range(0, 9, 3)] == [
        "Tue 13 Jan 2026", "Mon 12 Jan 2026", "Fri 9 Jan 2026"]
    assert [page.cell(0, c) for c in range(len(COLUMNS))] == [
        "Tue 13 Jan 2026", clock_time(18, 5), "Stopped", "20:00", "Banded psoas march",
        "Standard",
        "3 of 8", "3 of 8"]
    assert [page.cell(1, c) for c in range(len(COLUMNS))] == [
        "", "", "", "", "Seated leg lifts", "Easier", "3 of 8", "3 of 8"]
    assert [page.cell(3, c) for c in range(len(COLUMNS))] == [
        "Mon 12 Jan 2026", clock_time(7, 30), "Finished", "20:00", "Banded psoas march",
        "Standard",
        "8 of 8", "8 of 8"]
    assert page.cell(table.rowCount() - 3, 2) == "Interrupted"
    assert page.cell(table.rowCount() - 3, 0) == "Tue 4 Nov 2025"
    assert not page.no_sessions.isVisibleTo(page)


def test_table_is_read_only_and_every_column_fits(page: HistoryPage,
                                                  weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    page.show()
    table = page.table
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    metrics = table.fontMetrics()
    for column in range(table.columnCount()):
        widest = max(metrics.horizontalAdvance(page.cell(row, column))
                     for row in range(table.rowCount()))
        assert table.columnWidth(column) > widest


def test_table_shows_variant_changes_and_local_times(page: HistoryPage,
                                                     history: History) -> None:
    # 00:30 on Monday in UTC+2 is still Sunday in UTC: the local date decides.
    plus_two = timezone(timedelta(hours=2))
    session_id = history.start_session(
        started_at=at(date(2026, 1, 12), 0, 30, plus_two), pack_id="hip-flexors",
        pack_version="1.0", exercises=[("seated-leg-lifts", "Leg lifts (old name)",
                                        "easier", 2)])
    moment = at(date(2026, 1, 12), 0, 31, plus_two)
    for rep, variant in ((1, "easier"), (2, "standard")):
        for side in ("right", "left"):
            history.record_rep(session_id, "seated-leg-lifts", variant=variant, side=side,
                               rep=rep, at=moment)
    history.finish_session(session_id, "finished", moment + timedelta(minutes=4, seconds=5))
    show(page, history)
    assert [page.cell(0, c) for c in range(len(COLUMNS))] == [
        "Mon 12 Jan 2026", clock_time(0, 30), "Finished", "5:05", "Seated leg lifts",
        "Easier → Standard", "2 of 2", "2 of 2"]
    assert page.chart.weeks[-1] == (date(2026, 1, 12), 1)


def test_recorded_name_is_used_for_an_exercise_the_pack_no_longer_has(
        page: HistoryPage, history: History) -> None:
    add_session(history, at(date(2026, 1, 6)))
    page.set_history(history, goal=2, today=TODAY,
                     exercise_names={"seated-leg-lifts": "Leg lifts, seated"})
    assert page.cell(0, 4) == "Banded psoas march"
    assert page.cell(1, 4) == "Leg lifts, seated"
    assert [row.name for row in page.timeline.rows] == [
        "Leg lifts, seated", "Banded psoas march", "Elevated bridge march"]


def test_old_sessions_only_leave_the_list_empty(page: HistoryPage, history: History) -> None:
    add_session(history, at(date(2025, 6, 3)))
    show(page, history)
    assert page.state == "history"
    assert page.table.rowCount() == 0
    assert page.no_sessions.isVisibleTo(page)
    assert page.chart.weeks == [(date(2025, 10, 27) + timedelta(weeks=n), 0)
                                for n in range(CHART_WEEKS)]


# -- empty and problem states --------------------------------------------------------------


def test_no_history_shows_a_friendly_empty_state(page: HistoryPage) -> None:
    show(page, None)
    assert page.state == "empty"
    assert page.message_title.text() == "No sessions yet…"
    assert "Finish a session" in page.message_body.text()
    assert page.back.isVisibleTo(page)


def test_an_empty_database_is_the_empty_state_too(page: HistoryPage, history: History) -> None:
    show(page, history)
    assert page.state == "empty"
    add_session(history, at(date(2026, 1, 13)))
    page.refresh()
    assert page.state == "history"
    assert page.chart.weeks[-1] == (date(2026, 1, 12), 1)


def test_problem_state_says_why(page: HistoryPage, history: History) -> None:
    page.set_problem("The history database is damaged.")
    assert page.state == "problem"
    assert page.message == "History could not be opened: The history database is damaged."
    assert page.message_title.objectName() == "problem"
    page.refresh()
    assert page.state == "problem"  # nothing to read: the problem stays
    add_session(history, at(date(2026, 1, 13)))
    show(page, history)
    assert page.state == "history"
    page.set_problem("Disk full.")
    show(page, None)
    assert page.state == "empty"
    assert page.message_title.objectName() == "messageTitle"


def test_a_history_that_fails_to_read_shows_the_problem(page: HistoryPage,
                                                        history: History) -> None:
    add_session(history, at(date(2026, 1, 13)))
    show(page, history)
    history.close()
    page.refresh()
    assert page.state == "problem"
    assert page.message == "History could not be opened: The history database is closed."


# -- refreshing, the Back button, accessibility, rendering ---------------------------------


def test_refresh_reads_new_sessions_and_a_new_day(page: HistoryPage, history: History) -> None:
    add_session(history, at(date(2026, 1, 12)))
    show(page, history)
    assert page.this_week_text == "1 of 2 finished session"
    add_session(history, at(date(2026, 1, 14)))
    page.refresh()
    assert page.this_week_text == "2 of 2 finished sessions"
    page.refresh(today=date(2026, 1, 19))
    assert page.chart.current_week == date(2026, 1, 19)
    assert page.this_week_text == "0 of 2 finished sessions"
    assert page.streak_text == "1 week meeting your goal of 2 sessions a week"


def test_back_button_asks_to_go_back(qtbot: QtBot, page: HistoryPage) -> None:
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        page.back.click()


def test_every_control_has_an_accessible_name(page: HistoryPage,
                                              weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    controls = [w for w in page.findChildren(QWidget)
                if w.isVisibleTo(page) and isinstance(
                    w, QAbstractButton | QAbstractItemView | WeeklyChart | VariantTimeline)]
    assert {page.back, page.table, page.chart, page.timeline} <= set(controls)
    for control in controls:
        assert control.accessibleName(), control
    assert page.table.accessibleName() == "Sessions of the last 12 weeks"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_page_renders_in_both_themes(qtbot: QtBot, page: HistoryPage,
                                     weeks_of_sessions: History, theme: object) -> None:
    assert theme is LIGHT or theme is DARK
    page.set_theme(theme)
    show(page, weeks_of_sessions)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    assert (image.width(), image.height()) == (1280, 800)
    assert len(_colours_in(image)) > 50
    chart = page.chart.grab().toImage()
    assert _rgb(chart_colours(theme).met) in _colours_in(chart)
    dots = page.timeline.grab().toImage()
    assert _rgb(chart_colours(theme).variant("standard")) in _colours_in(dots)


def test_narrow_chart_labels_every_few_weeks_but_always_this_week(qtbot: QtBot) -> None:
    chart = WeeklyChart()
    qtbot.addWidget(chart)
    mondays = [date(2025, 10, 27) + timedelta(weeks=n) for n in range(CHART_WEEKS)]
    chart.set_data([(monday, 1) for monday in mondays], goal=2, today=TODAY)
    chart.resize(1000, 260)
    assert chart.labelled_weeks() == list(range(CHART_WEEKS))
    chart.resize(300, 260)
    labelled = chart.labelled_weeks()
    assert CHART_WEEKS - 1 in labelled
    assert 2 <= len(labelled) < CHART_WEEKS
    steps = {b - a for a, b in pairwise(labelled)}
    assert len(steps) == 1 and steps.pop() > 1


# The tooltip's own window, shown offscreen, says the same about raise().
@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_hovering_a_bar_tells_its_week(qtbot: QtBot, page: HistoryPage,
                                       weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    page.show()
    qtbot.waitExposed(page)
    chart = page.chart
    rect = chart.bar_rects()[-1]
    point = rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == "This week: 1 finished session (1 to go)"
    QToolTip.hideText()


def test_a_narrow_window_stacks_the_charts(qtbot: QtBot, page: HistoryPage,
                                           weeks_of_sessions: History) -> None:
    show(page, weeks_of_sessions)
    page.show()
    qtbot.waitExposed(page)
    assert page.wide
    chart_card = page.chart.parentWidget()
    assert chart_card is not None
    assert chart_card.geometry().top() == page.timeline_card.geometry().top()
    page.resize(800, 560)
    qtbot.waitUntil(lambda: not page.wide, timeout=1000)
    QApplication.processEvents()
    assert page.timeline_card.geometry().top() > chart_card.geometry().bottom()
    assert page.streak_card.caption.geometry().top() > \
        page.streak_card.number.geometry().bottom()
