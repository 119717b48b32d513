"""The list to choose an exercise's step by hand.

A step in words is long ("Step 2: Standard, 8 reps per side, hold 1.5 s", longer still in German
and Spanish) and the box sits beside the label that already says the step whole. Closed, the box
shows the short form "Step 2 of 8" and is as wide as that needs, so nothing is cut; the whole
step is its value for a screen reader and its tooltip, and the open list shows every step whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class StepBox(QComboBox):
    """Item ``n - 1`` is step ``n``, its data the number ``n``."""

    def __init__(self, steps: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for number, words in enumerate(steps, 1):
            text = self.tr("Step {number}: {step}", "a step in the list to choose from").format(
                number=number, step=words)
            self.addItem(text, number)
            self.setItemData(number - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(self._on_current_changed)
        self._on_current_changed(self.currentIndex())

    def closed_text(self, index: int | None = None) -> str:
        """What the closed box shows for the item at ``index`` (the current one by default)."""
        index = self.currentIndex() if index is None else index
        if index < 0:
            return ""
        return self.tr("Step {step} of {steps}", "the closed list of steps").format(
            step=index + 1, steps=self.count())

    def _on_current_changed(self, index: int) -> None:
        whole = self.itemText(index) if index >= 0 else ""
        self.setToolTip(self.tr("Choose a step by hand. Now: {step}").format(step=whole)
                        if whole else self.tr("Choose a step by hand"))
        self.updateGeometry()
        self.update()

    # -- closed: the short form ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.closed_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _size_for(self, text_width: int) -> QSize:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        height = super().sizeHint().height()
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text_width, height), self
        ).expandedTo(QSize(0, height))

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.closed_text(i))
                      for i in range(self.count())), default=0)
        return self._size_for(widest + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- open: every step whole ----------------------------------------------------------

    def popup_width(self) -> int:
        """As wide as the widest step (within the screen), never narrower than the box."""
        view = self.view()
        needed = (view.sizeHintForColumn(0) + 2 * view.frameWidth()
                  + view.verticalScrollBar().sizeHint().width())
        screen = self.screen().availableGeometry().width() if self.screen() else needed
        return max(self.width(), min(needed, screen))

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()
