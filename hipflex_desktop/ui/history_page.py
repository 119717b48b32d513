"""The History page: the weekly streak, sessions per week against the goal, the variant used
for each exercise over time, and the sessions of the last weeks.

Unlike the session page this one is read at the desk, up close, so it uses ordinary desktop
type sizes. What it shows is shaped without Qt in ``store/overview.py``; the two charts
(``weekly_chart.py``, ``variant_timeline.py``) are painted with QPainter in the theme's colours,
keep their numbers as plain data (for the tests) and say them in their accessible descriptions
(for screen readers). Only finished sessions count towards the goal, as in the history store;
stopped and interrupted ones are listed and their reps shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontInfo,
    QFontMetricsF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.plan import SegmentKind, format_duration
from hipflex_desktop.core.session import SessionStatus
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.store.history import (
    ExerciseRecord,
    History,
    HistoryError,
    SessionRecord,
)
from hipflex_desktop.store.overview import (
    CHART_WEEKS,
    HistoryOverview,
    history_overview,
)
from hipflex_desktop.ui.chart_style import chart_font
from hipflex_desktop.ui.history_words import (
    long_date,
    streak_caption,
    streak_hint,
    this_week_caption,
    variant_word,
    words,
)
from hipflex_desktop.ui.theme import Colours, colours
from hipflex_desktop.ui.variant_timeline import VariantTimeline
from hipflex_desktop.ui.weekly_chart import WeeklyChart

WIDE_LAYOUT: Final = 1000
"""From this page width on, the charts stand side by side."""

COLUMNS: Final = ("Date", "Time", "Status", "Duration", "Exercise", "Variant", "Right", "Left")
SESSION_COLUMNS: Final = 4
"""The first columns describe the session; they are filled in its first row only, the
rest of its rows list its other exercises."""

COLUMN_TITLES: Final = (
    QT_TRANSLATE_NOOP("HistoryPage", "Date"), QT_TRANSLATE_NOOP("HistoryPage", "Time"),
    QT_TRANSLATE_NOOP("HistoryPage", "Status"), QT_TRANSLATE_NOOP("HistoryPage", "Duration"),
    QT_TRANSLATE_NOOP("HistoryPage", "Exercise"), QT_TRANSLATE_NOOP("HistoryPage", "Variant"),
    QT_TRANSLATE_NOOP("HistoryPage", "Right"), QT_TRANSLATE_NOOP("HistoryPage", "Left"))

STATUS_WORDS: Final = {
    SessionStatus.FINISHED: QT_TRANSLATE_NOOP("HistoryPage", "Finished"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("HistoryPage", "Stopped"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("HistoryPage", "Interrupted"),
    SessionStatus.RUNNING: QT_TRANSLATE_NOOP("HistoryPage", "Not finished yet"),
}



def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 14)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("heading")
    layout.addWidget(heading)
    return frame, layout, heading


class _Stat(QFrame):
    """A card with a big number and a sentence beside it."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.heading = QLabel(title)
        self.heading.setObjectName("heading")
        self.number = QLabel()
        self.number.setObjectName("bigNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        self.setAccessibleName(name)
        for label in (self.number, self.caption, self.hint):
            label.setAccessibleName(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(18, 12, 18, 14)
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(2)
        self._compact: bool | None = None
        self.set_compact(False)
        # As tall as its words need at the width it gets: a longer language wraps a caption
        # onto a second line, and the card grows instead of cutting it.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_compact(self, compact: bool) -> None:
        """Number beside the words (wide), or above them (narrow)."""
        if compact == self._compact:
            return
        self._compact = compact
        grid = self._grid
        for label in (self.heading, self.number, self.caption, self.hint):
            grid.removeWidget(label)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        if compact:
            grid.addWidget(self.number, 1, 0, 1, 2)
            grid.addWidget(self.caption, 2, 0, 1, 2)
            grid.addWidget(self.hint, 3, 0, 1, 2)
            grid.setColumnStretch(0, 1)
        else:
            grid.addWidget(self.number, 1, 0, 2, 1)
            grid.addWidget(self.caption, 1, 1, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(self.hint, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 0)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

    def set(self, number: str, caption: str, hint: str = "") -> None:
        self.number.setText(number)
        self.caption.setText(caption)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        sentence = f"{number} {caption}" + (f" {hint}" if hint else "")
        self.setAccessibleDescription(sentence)
        for label in (self.number, self.caption, self.hint):
            label.setAccessibleDescription(sentence)

    @property
    def sentence(self) -> str:
        return self.accessibleDescription()


class _SessionTable(QTableWidget):
    """The list of sessions; says when its width changes, so the columns can follow."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class HistoryPage(QWidget):
    """The History page. Give it the open history with :meth:`set_history`; it reads
    everything it shows from there, again on :meth:`refresh`."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history: History | None = None
        self._goal = 2
        self._today = date.today()
        self._names: dict[str, str] = {}
        self._loaded: HistoryOverview | None = None
        self._colours = colours()
        self._content_widths = [0.0] * len(COLUMNS)
        self._state = "empty"

        # Header: Back, title, the goal.
        self.back = QPushButton(self.tr("←  Back"))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setAccessibleDescription(self.tr("Returns to the set-up page"))
        self.back.setToolTip(self.tr("Back to set-up (Esc)"))
        self.back.setMinimumHeight(36)
        self.back.setMinimumWidth(96)
        self.back.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self.tr("History"))
        self.title.setObjectName("historyTitle")
        self.title.setAccessibleName(self.tr("History"))
        self.goal_label = QLabel()
        self.goal_label.setObjectName("muted")
        self.goal_label.setAccessibleName(self.tr("Weekly goal"))
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.back)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.goal_label)

        # The figures.
        self.streak_card = _Stat(self.tr("Streak"), self.tr("Streak"))
        self.week_card = _Stat(self.tr("This week"), self.tr("This week"))
        last_weeks = self.tr("Last %n week(s)", "", CHART_WEEKS)
        self.period_card = _Stat(last_weeks, last_weeks)
        figures = QHBoxLayout()
        figures.setSpacing(16)
        for card, share in ((self.streak_card, 4), (self.week_card, 3), (self.period_card, 3)):
            figures.addWidget(card, share)

        # The charts.
        self.chart = WeeklyChart()
        chart_card, chart_layout, _ = _card(self.tr("Sessions per week"))
        chart_layout.addWidget(self.chart, 1)
        self.timeline = VariantTimeline()
        self.timeline_card, timeline_layout, self.timeline_heading = _card(
            self.tr("Variant per exercise"))
        self.timeline_note = QLabel()
        self.timeline_note.setObjectName("muted")
        self.timeline_note.setWordWrap(True)
        self.timeline_note.setAccessibleName(self.tr("About the variant chart"))
        timeline_layout.addWidget(self.timeline_note)
        timeline_layout.addWidget(self.timeline, 1)
        charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._charts = charts
        charts.setSpacing(16)
        charts.addWidget(chart_card, 3)
        charts.addWidget(self.timeline_card, 2)

        # The list.
        self.table = _SessionTable(0, len(COLUMNS))
        self.table.resized.connect(self._spread_columns)
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMN_TITLES])
        sessions_of = self.tr("Sessions of the last %n week(s)", "", CHART_WEEKS)
        self.table.setAccessibleName(sessions_of)
        self.table.setAccessibleDescription(
            self.tr("One row per exercise of each session, newest session first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header_view = self.table.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                        | Qt.AlignmentFlag.AlignVCenter)
        header_view.setHighlightSections(False)
        header_view.setAccessibleName(self.tr("Column titles"))
        # Widths are set from the contents in _fit_columns, then widened alike to fill the
        # table, so no column is cut short and none takes all the room.
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setStretchLastSection(False)
        for column in (COLUMNS.index("Right"), COLUMNS.index("Left")):
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setMinimumHeight(180)
        self.no_sessions = QLabel(self.tr("No sessions in the last %n week(s).", "",
                                          CHART_WEEKS))
        self.no_sessions.setObjectName("muted")
        self.no_sessions.setAccessibleName(self.tr("No recent sessions"))
        list_card, list_layout, _ = _card(sessions_of)
        list_layout.addWidget(self.no_sessions)
        list_layout.addWidget(self.table, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(16)
        content_layout.addLayout(figures)
        content_layout.addLayout(charts, 5)
        content_layout.addWidget(list_card, 4)
        self.content = content
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("History"))
        self._scroll = scroll

        # Empty history, or none at all.
        self.message_title = QLabel()
        self.message_title.setObjectName("messageTitle")
        self.message_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_title.setWordWrap(True)
        self.message_title.setAccessibleName(self.tr("History"))
        self.message_body = QLabel()
        self.message_body.setObjectName("muted")
        self.message_body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_body.setWordWrap(True)
        self.message_body.setTextFormat(Qt.TextFormat.PlainText)
        self.message_body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_body.setAccessibleName(self.tr("Details"))
        self.message_card = QFrame()
        self.message_card.setObjectName("card")
        self.message_card.setMaximumWidth(680)
        self.message_card.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Maximum)
        card_layout = QVBoxLayout(self.message_card)
        card_layout.setContentsMargins(40, 32, 40, 36)
        card_layout.setSpacing(12)
        card_layout.addWidget(self.message_title)
        card_layout.addWidget(self.message_body)
        message = QWidget()
        message_layout = QVBoxLayout(message)
        message_layout.addStretch(2)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.message_card, 4)
        centred.addStretch(1)
        message_layout.addLayout(centred)
        message_layout.addStretch(3)
        self._message = message

        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

        self._apply_fonts()
        self.set_theme(self._colours)
        self._show_message(self.tr("No sessions yet…"), self.tr(_EMPTY_TEXT))

    # -- public API ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        """Side by side on a wide window; the charts one above the other on a narrow one."""
        wide = width >= WIDE_LAYOUT
        direction = QBoxLayout.Direction.LeftToRight if wide else \
            QBoxLayout.Direction.TopToBottom
        if self._charts.direction() != direction:
            self._charts.setDirection(direction)
        for card in (self.streak_card, self.week_card, self.period_card):
            card.set_compact(not wide)

    @property
    def wide(self) -> bool:
        return self._charts.direction() == QBoxLayout.Direction.LeftToRight

    def set_history(self, history: History | None, *, goal: int, today: date,
                    exercise_names: Mapping[str, str]) -> None:
        """Show ``history`` (``None``: nothing recorded yet) against a weekly ``goal``.

        ``today`` is the local date the weeks are counted to; ``exercise_names`` maps
        exercise ids to the names to show (the current pack's), in the order to list them;
        exercises not in it are shown under the name they were recorded with.
        """
        if goal < 1:
            raise ValueError(f"the weekly goal must be at least 1, got {goal}")
        self._history = history
        self._goal = goal
        self._today = today
        self._names = dict(exercise_names)
        if history is None:
            self._show_message(self.tr("No sessions yet…"), self.tr(_EMPTY_TEXT))
        self.refresh()

    def set_problem(self, text: str) -> None:
        """Say that the history could not be opened, and why."""
        self._history = None
        self._loaded = None
        self._show_problem(text)

    def refresh(self, *, today: date | None = None) -> None:
        """Read the history again (after a session, or on a new day with ``today``)."""
        if today is not None:
            self._today = today
        self.goal_label.setText(self.tr("Weekly goal: %n session(s) a week", "", self._goal))
        if self._history is None:
            # Nothing to read: the empty state, or the problem that was shown, stays.
            self._loaded = None
            return
        try:
            loaded = self._load(self._history)
        except HistoryError as exc:
            self._loaded = None
            self._show_problem(str(exc))
            return
        if loaded is None:
            self._loaded = None
            self._show_message(self.tr("No sessions yet…"), self.tr(_EMPTY_TEXT))
            return
        self._loaded = loaded
        self._render(loaded)
        self._state = "history"
        self.stack.setCurrentWidget(self._scroll)

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.chart.set_theme(theme)
        self.timeline.set_theme(theme)
        self._paint_figures()
        if self._loaded is not None:
            self._fill_table(self._loaded.sessions)

    @property
    def state(self) -> str:
        """``"history"``, ``"empty"`` or ``"problem"``: what the page shows."""
        return self._state

    @property
    def message(self) -> str:
        """The message of the empty or problem state, in one line."""
        return f"{self.message_title.text()}: {self.message_body.text()}"

    @property
    def goal(self) -> int:
        return self._goal

    @property
    def streak_text(self) -> str:
        """E.g. ``3 weeks in a row meeting your goal of 2 sessions a week``."""
        return f"{self.streak_card.number.text()} {self.streak_card.caption.text()}"

    @property
    def this_week_text(self) -> str:
        return f"{self.week_card.number.text()} {self.week_card.caption.text()}"

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    # -- reading -------------------------------------------------------------------------

    def _load(self, history: History) -> HistoryOverview | None:
        return history_overview(history, goal=self._goal, today=self._today,
                                exercise_names=self._names)

    # -- showing -------------------------------------------------------------------------

    def _show_problem(self, reason: str) -> None:
        self._show_message(self.tr("History could not be opened"), reason, problem=True)

    def _show_message(self, title: str, body: str, *, problem: bool = False) -> None:
        self._state = "problem" if problem else "empty"
        # The problem title takes the style sheet's colour for problems.
        name = "problem" if problem else "messageTitle"
        if self.message_title.objectName() != name:
            self.message_title.setObjectName(name)
            self.message_title.style().unpolish(self.message_title)
            self.message_title.style().polish(self.message_title)
        self.message_title.setText(title)
        self.message_body.setText(body)
        self.message_title.setAccessibleDescription(f"{title}: {body}")
        self.stack.setCurrentWidget(self._message)

    def _render(self, loaded: HistoryOverview) -> None:
        self.chart.set_data(loaded.weeks, goal=self._goal, today=self._today)
        self.timeline.set_data(loaded.timeline, start=loaded.timeline_start,
                               end=loaded.timeline_end)
        weeks_shown = (loaded.timeline_end - loaded.timeline_start).days // 7 + 1
        self.timeline_note.setText(self.tr(
            "One dot per session, last %n week(s). Moving up means a harder variant.", "",
            weeks_shown))
        self._fill_figures(loaded)
        self._fill_table(loaded.sessions)

    def _fill_figures(self, loaded: HistoryOverview) -> None:
        this_week = loaded.weeks[-1][1] if loaded.weeks else 0
        self.streak_card.set(str(loaded.streak), streak_caption(loaded.streak, self._goal),
                             streak_hint(loaded.streak, this_week, self._goal))
        said = words()
        self.week_card.set(self.tr("{count} of {goal}", "sessions this week of the goal")
                           .format(count=this_week, goal=self._goal),
                           said.finished_sessions(this_week),
                           this_week_caption(this_week, self._goal))
        total = sum(count for _, count in loaded.weeks)
        met = sum(1 for _, count in loaded.weeks if count >= self._goal)
        self.period_card.set(str(total), said.finished_sessions(total),
                             self.tr("Goal met in {met} of %n week(s).", "",
                                     len(loaded.weeks)).format(met=met))
        self._paint_figures()

    def _paint_figures(self) -> None:
        c = self._colours
        strong = c.phase[SegmentKind.MOVE].name()
        streak_on = self._loaded is not None and self._loaded.streak > 0
        week_met = (self._loaded is not None and bool(self._loaded.weeks)
                    and self._loaded.weeks[-1][1] >= self._goal)
        # A label's own style sheet would drop the font set on it, so the size goes in too.
        size = QFontInfo(chart_font(self.font(), 3.2)).pixelSize()
        for card, colour in ((self.streak_card, strong if streak_on else c.muted.name()),
                             (self.week_card, strong if week_met else c.text.name()),
                             (self.period_card, c.text.name())):
            card.number.setStyleSheet(
                f"color: {colour}; font-size: {size}px; font-weight: bold;")

    def _fill_table(self, sessions: Sequence[SessionRecord]) -> None:
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        self.no_sessions.setVisible(not sessions)
        table.setVisible(bool(sessions))
        rows = sum(max(1, len(s.exercises)) for s in sessions)
        table.setRowCount(rows)
        shade = QColor(self._colours.track)
        shade.setAlpha(70 if not self._colours.dark else 110)
        row = 0
        for number, session in enumerate(sessions):
            span = max(1, len(session.exercises))
            brush = QBrush(shade) if number % 2 else QBrush(Qt.BrushStyle.NoBrush)
            for column, text in enumerate(_session_cells(session)):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                if column == COLUMNS.index("Status") and session.status is SessionStatus.FINISHED:
                    item.setForeground(self._colours.phase[SegmentKind.MOVE])
                elif column == COLUMNS.index("Status"):
                    item.setForeground(self._colours.muted)
                table.setItem(row, column, item)
            for offset in range(1, span):
                for column in range(SESSION_COLUMNS):
                    filler = QTableWidgetItem("")
                    filler.setBackground(brush)
                    table.setItem(row + offset, column, filler)
            for offset in range(span):
                exercise = session.exercises[offset] if session.exercises else None
                cells = _exercise_cells(exercise, self._names)
                for column, text in enumerate(cells, start=SESSION_COLUMNS):
                    item = QTableWidgetItem(text)
                    item.setBackground(brush)
                    if column >= COLUMNS.index("Right"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if exercise is not None and exercise.total_reps == 0:
                        item.setForeground(self._colours.muted)
                    table.setItem(row + offset, column, item)
                if exercise is not None and exercise.reps_none and not (
                        exercise.reps_right or exercise.reps_left):
                    table.setSpan(row + offset, COLUMNS.index("Right"), 1, 2)
            row += span
        self._fit_columns()
        table.verticalHeader().setDefaultSectionSize(
            round(QFontMetricsF(table.font()).height() * 1.65))

    def _fit_columns(self) -> None:
        table = self.table
        metrics = QFontMetricsF(table.font())
        header = QFontMetricsF(table.horizontalHeader().font())
        pad = metrics.height() * 1.6
        for column, title in enumerate(COLUMNS):
            widest = header.horizontalAdvance(title) + metrics.height()
            for row in range(table.rowCount()):
                item = table.item(row, column)
                if item is not None:
                    widest = max(widest, metrics.horizontalAdvance(item.text()))
            self._content_widths[column] = widest + pad
        self._spread_columns()

    def _spread_columns(self) -> None:
        """Columns as wide as their contents, widened alike to fill the table."""
        needed = sum(self._content_widths)
        if needed <= 0:
            return
        room = self.table.viewport().width()
        factor = max(1.0, min(1.8, room / needed))
        for column, width in enumerate(self._content_widths):
            self.table.setColumnWidth(column, math.floor(width * factor))


    def _apply_fonts(self) -> None:
        title = chart_font(self.font(), 1.9, bold=True)
        self.title.setFont(title)
        message = chart_font(self.font(), 1.8, bold=True)
        self.message_title.setFont(message)
        self.message_body.setFont(chart_font(self.font(), 1.15))
        for card in (self.streak_card, self.week_card, self.period_card):
            card.caption.setFont(chart_font(self.font(), 1.1))


_EMPTY_TEXT: Final = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "Finish a session and it will appear here: how many you did each week against your"
    " goal, your streak of weeks, and how each exercise has moved from easier to harder.")


def _session_cells(session: SessionRecord) -> list[str]:
    local = session.started_local
    ended = session.ended_at
    duration = "—" if ended is None else format_duration(
        max(0.0, (ended - session.started_at).total_seconds()))
    return [
        long_date(session.local_date),
        QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
        QCoreApplication.translate("HistoryPage", STATUS_WORDS[session.status]),
        duration,
    ]


def _exercise_cells(exercise: ExerciseRecord | None, names: Mapping[str, str]) -> list[str]:
    if exercise is None:
        return ["—", "", "", ""]
    name = names.get(exercise.exercise_id) or exercise.name
    used = exercise.variants_used or (exercise.variant,)
    variant = " → ".join(variant_word(v) for v in used)
    target = exercise.reps_target_per_side
    said = words()
    if exercise.reps_none and not (exercise.reps_right or exercise.reps_left):
        return [name, variant, said.of(exercise.reps_none, target), ""]
    return [name, variant, said.of(exercise.reps_right, target),
            said.of(exercise.reps_left, target)]

