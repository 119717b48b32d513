"""The History page's step chart: what it tells a screen reader, and that it draws."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History
from hipflex_desktop.store.step_history import StepChange, StepRow
from hipflex_desktop.ui.step_chart import StepChart, describe_row
from tests.store.test_progress import MARCH, march_session

ROW = StepRow("march", "Banded psoas march", 8,
              ((date(2026, 3, 2), 2), (date(2026, 3, 9), 2), (date(2026, 3, 16), 3)),
              (StepChange(date(2026, 3, 9), 3, 2, "accepted", "done-well"),
               StepChange(date(2026, 3, 20), 5, 3, "chosen", "")))


def test_a_row_in_words_names_the_steps_and_each_change_with_why() -> None:
    assert describe_row(ROW) == (
        "Banded psoas march: step 2 of 8 on 2 Mar, step 3 on 16 Mar, changed to step 3 on"
        " 9 Mar (accepted: sessions in a row done well); step 5 on 20 Mar (chosen by hand).")
    empty = StepRow("lifts", "Seated leg lifts", 4, (), ())
    assert describe_row(empty) == "Seated leg lifts: no sessions at a step in this period."


def test_the_chart_draws_its_dots_and_describes_itself(qtbot: QtBot) -> None:
    chart = StepChart()
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    chart.set_data([ROW], start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert "Banded psoas march: step 2 of 8" in chart.accessibleDescription()
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    colours = {image.pixel(x, y) for x in range(0, 600, 3) for y in range(0, 240, 3)}
    assert len(colours) > 8  # names, axis, dots and change lines, not an empty box
    with pytest.raises(ValueError):
        chart.set_data([ROW], start=date(2026, 3, 31), end=date(2026, 3, 1))


def test_the_history_page_shows_each_exercises_step_beside_the_weeks(
        qtbot: QtBot, tmp_path: Path) -> None:
    from hipflex_desktop.ui.history_page import HistoryPage

    pack = load_pack_or_raise(builtin_pack_path())
    today = date.today()
    with History.open(tmp_path / "history.db") as history:
        for weeks_ago in (3, 2, 1):
            march_session(history, datetime.now(UTC) - timedelta(weeks=weeks_ago))
        history.record_step_decision(pack_id=pack.id, exercise_id=MARCH, kind="accepted",
                                     step=3, previous=2, reason="done-well",
                                     at=datetime.now(UTC) - timedelta(weeks=1))
        page = HistoryPage()
        qtbot.addWidget(page)
        page.set_history(history, goal=1, today=today,
                         exercise_names={e.id: e.name.text for e in pack.exercises}, pack=pack)
        rows = page.step_chart.rows
        assert [len(r.points) for r in rows] == [3, 0, 0]
        assert rows[0].changes[0].step == 3
        assert "changed to step 3" in page.step_chart.accessibleDescription()
        assert not page.step_chart.isHidden()
        # Without a pack (another app's caller), the step chart is not shown.
        page.set_history(history, goal=1, today=today, exercise_names={})
        assert page.step_chart.isHidden()


LONG_NAMES = [
    StepRow("march", "Marcha de psoas con banda", 8, ROW.points, ROW.changes),
    StepRow("lifts", "Elevaciones de pierna desde sentado", 4,
            ((date(2026, 3, 2), 3), (date(2026, 3, 30), 3)), ()),
    StepRow("bridge", "Marcha en puente con talones elevados", 7,
            ((date(2026, 3, 2), 5), (date(2026, 3, 29), 6)),
            (StepChange(date(2026, 3, 29), 6, 5, "chosen", ""),)),
]


@pytest.mark.parametrize("width", [300, 360, 460, 600, 800])
def test_at_the_height_it_asks_for_every_text_of_the_chart_fits(qtbot: QtBot,
                                                                width: int) -> None:
    chart = StepChart()
    qtbot.addWidget(chart)
    chart.set_data(LONG_NAMES, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert chart.hasHeightForWidth()
    chart.resize(width, chart.heightForWidth(width))
    drawn = chart.drawn_texts()
    # Names, the top and bottom step of each band, three marks and the two ends of the axis.
    assert {"Marcha de psoas con banda", "8", "1", "→ 3", "→ 5", "→ 6"} <= {
        d.text for d in drawn}
    assert chart.cut_texts() == []
    # Each band leaves its top and bottom step numbers apart, and each mark above its band.
    for name in ("8", "4", "7"):
        top = next(d.box for d in drawn if d.text == name)
        assert top.bottom() <= next(d.box for d in drawn if d.text == "1" and d.box.top()
                                    > top.top()).top() + 1


def test_a_mark_near_the_right_end_is_drawn_left_of_its_line(qtbot: QtBot) -> None:
    chart = StepChart()
    qtbot.addWidget(chart)
    chart.set_data(LONG_NAMES[2:], start=date(2026, 3, 1), end=date(2026, 3, 29))
    chart.resize(500, chart.heightForWidth(500))
    mark = next(d for d in chart.drawn_texts() if d.text == "→ 6")
    assert mark.box.right() <= chart.width()
    assert chart.cut_texts() == []


def test_a_chart_squeezed_below_what_it_needs_reports_its_cut_texts(qtbot: QtBot) -> None:
    chart = StepChart()
    qtbot.addWidget(chart)
    chart.set_data(LONG_NAMES, start=date(2026, 3, 1), end=date(2026, 3, 31))
    chart.resize(300, 90)
    cut = chart.cut_texts()
    assert any("Marcha en puente con talones elevados" in text for text in cut), cut
