"""A scroll area that scrolls up and down only: it is never narrower than its form.

A form that scrolls sideways hides the end of every row (a field's buttons, a table's last
column) until the person scrolls, and back again for the next row. Instead the area asks the
splitter or layout around it for the form's whole minimum width, and scrolls vertically alone;
the room is taken from panels that can wrap or shrink (the editor's preview).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class FittedScrollArea(QScrollArea):
    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)
        self._widest = 0
        form.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        width = (form.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                 + 2 * self.frameWidth())
        # Never narrower than the form once needed: rows that come and go (an exercise's
        # versions) would otherwise move the panels beside it each time.
        self._widest = max(self._widest, hint.width(), width)
        return QSize(self._widest, hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # The form gained or lost rows (another exercise, a variant's notes): the room it
            # needs may have changed, so the splitter around is asked again.
            self.updateGeometry()
        return super().eventFilter(watched, event)
