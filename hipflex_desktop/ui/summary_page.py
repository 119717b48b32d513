"""The summary page: what was done, how long it took, and the way back to set-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import format_duration
from hipflex_desktop.core.session import ExerciseSummary
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.ui.theme import level_name, scaled_font

COLUMNS = (QT_TRANSLATE_NOOP("SummaryPage", "Exercise"),
           QT_TRANSLATE_NOOP("SummaryPage", "Variant"),
           QT_TRANSLATE_NOOP("SummaryPage", "Right"),
           QT_TRANSLATE_NOOP("SummaryPage", "Left"))


class SummaryPage(QWidget):
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("summaryHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setAccessibleDescription(self.tr("Result"))
        self.duration = QLabel()
        self.duration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.duration.setAccessibleDescription(self.tr("Total time"))
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.totals.setAccessibleDescription(self.tr("Reps done"))
        self.totals.setObjectName("muted")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Exercises done"))
        # A clicker's Page Down must not wander through the cells: the table only shows.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.done = QPushButton(self.tr("Done"))
        self.done.setObjectName("startButton")
        self.done.setDefault(True)
        self.done.setToolTip(self.tr("Back to set-up (Space or Enter)"))
        self.done.setAccessibleName(self.tr("Done"))
        self.done.setAccessibleDescription(self.tr("Returns to the set-up page"))
        self.done.clicked.connect(self.done_requested.emit)
        self.done.setMinimumHeight(56)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done, 2)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.duration)
        layout.addWidget(self.totals)
        # The table is as tall as its rows (a few exercises), not a mostly empty box.
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.table)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_result(self, summary: list[ExerciseSummary], seconds: float,
                    finished: bool, sets: int = 1) -> None:
        """``sets``: how many sets each exercise had (a summary's target counts one set)."""
        self.heading.setText(self.tr("Session complete — well done!") if finished
                             else self.tr("Session stopped"))
        self.duration.setText(self.tr("Total time {time}").format(time=format_duration(seconds)))
        self.table.setRowCount(len(summary))
        for row, entry in enumerate(summary):
            target = entry.reps_target * sets
            variants = " → ".join(level_name(v) for v in entry.variants) or "—"
            cells = [entry.name, variants]
            if not entry.sided:
                cells += [self._of(entry.reps_done.get(None, 0), target), "—"]
            else:
                cells += [self._of(entry.reps_done.get(side, 0), target)
                          for side in (Side.RIGHT, Side.LEFT)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        total = sum(sum(entry.reps_done.values()) for entry in summary)
        done = sum(1 for entry in summary if entry.reps_done)
        self.totals.setText(self.tr("%n rep(s) done in {done} of {count} exercises", "",
                                    total).format(done=done, count=len(summary))
                            if len(summary) != 1 else
                            self.tr("%n rep(s) done in {done} of 1 exercise", "", total)
                            .format(done=done))

    def _of(self, done: int, target: int) -> str:
        return self.tr("{done} of {target}", "reps done of the target").format(
            done=done, target=target)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def apply_scale(self, unit: float) -> None:
        self.heading.setFont(scaled_font(self.font(), max(22, unit * 6), bold=True))
        body = scaled_font(self.font(), max(16, unit * 3.2))
        self.duration.setFont(body)
        size = max(14, round(unit * 2.6))
        # With the application's style sheet in force, fonts are set through style sheets.
        self.table.setStyleSheet(
            f"QTableWidget {{ font-size: {size}px; }}"
            f" QTableWidget::item {{ padding: {round(size * 0.4)}px {round(size * 0.6)}px; }}"
            f" QHeaderView::section {{ font-size: {round(size * 0.8)}px; font-weight: bold;"
            f" padding: {round(size * 0.3)}px {round(size * 0.6)}px; }}")
        self.totals.setFont(body)
        self.table.resizeRowsToContents()
        self.done.setFont(scaled_font(self.font(), max(18, unit * 3.4), bold=True))
        self.done.setMinimumHeight(max(48, round(unit * 8)))
