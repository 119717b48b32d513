"""The routine editor's list fields: lists of texts (set-up steps, cues, equipment) and the
phases of a rep, each edited in place in a table and changed one row at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.languages import QT_TRANSLATE_NOOP

KINDS: Final = ("move", "hold", "return")
# The kinds as the combo box shows them; the pack keeps the key.
KIND_LABELS: Final = {
    "move": QT_TRANSLATE_NOOP("PhaseField", "move"),
    "hold": QT_TRANSLATE_NOOP("PhaseField", "hold"),
    "return": QT_TRANSLATE_NOOP("PhaseField", "return"),
}
HOLD_SETTING: Final = 0.0  # in the seconds box: the hold follows the person's hold setting
NO_RANGE: Final = 0.0  # in the "to" box: the hold lasts a fixed time
PhaseRow = tuple[str, str, str, float, float]  # kind, text, spoken form, seconds, to


class PhaseLength(QWidget):
    """How long a phase lasts: its seconds, and for a hold, up to how long the person may make
    it. A hold without seconds follows the person's hold setting; a hold with seconds and a
    "to" lets them choose within that range; otherwise it lasts the seconds given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(HOLD_SETTING, 600)
        self.seconds.setDecimals(1)
        self.seconds.setSingleStep(0.5)
        self.seconds.setSpecialValueText(self.tr("hold setting"))
        self.upto = QDoubleSpinBox()
        self.upto.setRange(NO_RANGE, 60)
        self.upto.setDecimals(1)
        self.upto.setSingleStep(0.5)
        self.upto.setPrefix(self.tr("to "))
        self.upto.setSpecialValueText(self.tr("fixed"))
        self.upto.setToolTip(self.tr("The longest hold the person may choose; \"fixed\": the"
                                     " hold lasts the seconds given"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.seconds)
        layout.addWidget(self.upto)
        self.seconds.valueChanged.connect(self._follow)
        self._hold = True

    def set_hold(self, hold: bool) -> None:
        """A hold may have a range; a move or return lasts its seconds."""
        self._hold = hold
        self._follow()

    def _follow(self) -> None:
        # "to" means something only for a hold with seconds of its own.
        self.upto.setVisible(self._hold)
        self.upto.setEnabled(self._hold and self.seconds.value() != HOLD_SETTING)


class ListField(QWidget):
    """A table of rows with buttons to add, remove and move them. Subclasses say what a row
    holds; every change is reported as a signal and made by the editor on its document."""

    row_added = Signal()
    row_removed = Signal(int)
    row_moved = Signal(int, int)

    def __init__(self, name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self._fit_headings()
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to {name}").format(name=name))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from {name}").format(name=name))
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move up in {name}").format(name=name))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move down in {name}").format(name=name))
        self.add_button.clicked.connect(self.row_added.emit)
        self.remove_button.clicked.connect(lambda: self._with_row(self.row_removed.emit))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)


    def _fit_headings(self) -> None:
        """Wide enough that no heading is cut: stretched columns share the room equally, so
        each needs the widest stretched heading's width."""
        header = self.table.horizontalHeader()
        fixed, stretched = 0, []
        for column in range(self.table.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                stretched.append(header.sectionSizeHint(column))
            else:
                fixed += header.sectionSize(column)
        self.table.setMinimumWidth(
            fixed + len(stretched) * max(stretched, default=0) + 2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width())
    def _with_row(self, act: Callable[[int], None]) -> None:
        row = self.table.currentRow()
        if 0 <= row < self.table.rowCount():
            act(row)

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if 0 <= row < self.table.rowCount() and 0 <= target < self.table.rowCount():
            self.row_moved.emit(row, target)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.setCurrentCell(row, 0)


class TextListField(ListField):
    """Rows of a text and, where the list holds Texts, its spoken form."""

    text_edited = Signal(int, str, str)  # row, text, spoken form

    def __init__(self, name: str, *, spoken: bool, parent: QWidget | None = None) -> None:
        headers = [self.tr("Text"), self.tr("Spoken form (optional)")] if spoken \
            else [self.tr("Text")]
        super().__init__(name, headers, parent)
        self._spoken = spoken
        self.table.itemChanged.connect(self._on_item_changed)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        current = [(self._cell(r, 0), self._cell(r, 1) if self._spoken else "")
                   for r in range(self.table.rowCount())]
        if current == rows:
            return
        row_now = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, (text, say) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(text))
            if self._spoken:
                self.table.setItem(index, 1, QTableWidgetItem(say))
        self.table.blockSignals(False)
        self.select_row(min(row_now, len(rows) - 1))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        self.text_edited.emit(row, self._cell(row, 0).strip(),
                              self._cell(row, 1).strip() if self._spoken else "")


class PhaseField(ListField):
    """The phases of one rep: kind, text, spoken form, and seconds (or, for a hold, the
    person's hold setting)."""

    kind_edited = Signal(int, str)
    text_edited = Signal(int, str, str)  # row, text, spoken form
    # row, seconds (HOLD_SETTING: follows the hold setting), to (NO_RANGE: fixed seconds)
    seconds_edited = Signal(int, float, float)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, [self.tr("Kind"), self.tr("Text"), self.tr("Spoken form"),
                                self.tr("Seconds")], parent)
        header = self.table.horizontalHeader()
        # The kind and seconds columns fit their widest word in the window's language; the
        # text columns share the rest but never get narrower than their headings.
        for column, sample in ((0, self._kind_box()), (3, PhaseLength())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(sample.sizeHint().width(),
                                             header.sectionSizeHint(column)))
            sample.deleteLater()
        self._fit_headings()
        self.table.itemChanged.connect(self._on_item_changed)

    def _kind_box(self) -> QComboBox:
        combo = QComboBox()
        for key in KINDS:
            combo.addItem(QCoreApplication.translate("PhaseField", KIND_LABELS[key]), key)
        return combo

    def set_rows(self, rows: list[PhaseRow]) -> None:
        if rows == self.rows():
            return
        row_now = self.table.currentRow()
        focused = self._focused_cell()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, (kind, text, say, seconds, upto) in enumerate(rows):
            combo = self._kind_box()
            combo.setCurrentIndex(max(0, combo.findData(kind)))
            combo.setAccessibleName(self.tr("Kind of phase {n}").format(n=index + 1))
            combo.currentIndexChanged.connect(
                lambda _index, row=index, box=combo: self.kind_edited.emit(row, box.currentData()))
            self.table.setCellWidget(index, 0, combo)
            self.table.setItem(index, 1, QTableWidgetItem(text))
            self.table.setItem(index, 2, QTableWidgetItem(say))
            length = PhaseLength()
            length.seconds.setValue(seconds)
            length.upto.setValue(upto)
            length.set_hold(kind == "hold")
            length.seconds.setAccessibleName(self.tr("Seconds of phase {n}").format(n=index + 1))
            length.upto.setAccessibleName(
                self.tr("Longest hold of phase {n} the person may choose").format(n=index + 1))
            for box in (length.seconds, length.upto):
                box.valueChanged.connect(lambda _v, row=index, it=length: self.seconds_edited.emit(
                    row, it.seconds.value(), it.upto.value()))
            self.table.setCellWidget(index, 3, length)
        self.table.blockSignals(False)
        self.select_row(min(row_now, len(rows) - 1))
        if focused is not None and focused[0] < len(rows):
            # The boxes were made anew (a kind's change also changes its seconds): the keys
            # stay in the same cell.
            widget = self.table.cellWidget(*focused)
            if isinstance(widget, PhaseLength):
                widget = widget.seconds
            if widget is not None:
                widget.setFocus()

    def _focused_cell(self) -> tuple[int, int] | None:
        """The row and column of the cell box that has the keys, if one has."""
        focus = QApplication.focusWidget()
        for row in range(self.table.rowCount()):
            for column in (0, 3):
                widget = self.table.cellWidget(row, column)
                if widget is not None and focus is not None and (
                        focus is widget or widget.isAncestorOf(focus)):
                    return row, column
        return None

    def length(self, row: int) -> PhaseLength | None:
        widget = self.table.cellWidget(row, 3)
        return widget if isinstance(widget, PhaseLength) else None

    def rows(self) -> list[PhaseRow]:
        out = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            length = self.length(row)
            text = self.table.item(row, 1)
            say = self.table.item(row, 2)
            out.append((str(combo.currentData()) if isinstance(combo, QComboBox) else "",
                        "" if text is None else text.text(),
                        "" if say is None else say.text(),
                        HOLD_SETTING if length is None else length.seconds.value(),
                        NO_RANGE if length is None else length.upto.value()))
        return out

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        text = self.table.item(row, 1)
        say = self.table.item(row, 2)
        self.text_edited.emit(row, "" if text is None else text.text().strip(),
                              "" if say is None else say.text().strip())


def mark(widget: QWidget, messages: list[str]) -> None:
    """Show a field's problems on it: a red frame and the loader's words as its tooltip."""
    widget.setProperty("problem", bool(messages))
    widget.setToolTip("\n".join(messages))
    widget.setAccessibleDescription("\n".join(messages))
    # The frame is the widget's own: a selector on the property, so that the fields inside a
    # marked group keep theirs (a bare declaration would frame every child).
    widget.setStyleSheet('[problem="true"] { border: 2px solid #c62828; }' if messages else "")


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show ``text`` without losing the cursor when it is what the widget already holds."""
    if isinstance(widget, QPlainTextEdit):
        if widget.toPlainText().strip() != text:
            widget.setPlainText(text)
    elif widget.text().strip() != text:
        widget.setText(text)
