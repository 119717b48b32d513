"""The status line under the window: a passing word that wraps instead of being cut.

QStatusBar draws a temporary message on one line and cuts what does not fit: at 1024x600, or in
German, the end of a notice (often the command that fixes the problem) was lost. Here the
message is a word-wrapped label that takes a second line when it needs one, cleared after its
time by a timer from the one factory.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from hipflex_desktop.qtsupport.timers import TimerFactory, make_timer


class NoticeLine(QStatusBar):
    """A status bar whose messages wrap. ``showMessage``/``currentMessage``/``clearMessage``
    keep QStatusBar's meaning, so callers and tests use it as one."""

    def __init__(self, parent: QWidget | None = None, *,
                 timer_factory: TimerFactory = make_timer) -> None:
        super().__init__(parent)
        self.setObjectName("noticeLine")
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setContentsMargins(4, 0, 4, 2)  # off the window's edge, as Qt's own message
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label, 1)
        owner: QObject = self
        self._timer = timer_factory(owner, "notice-line")
        self._timer.setSingleShot(True)
        self._timer.connect_timeout(self.clearMessage)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self.label.setText(text)
        self._timer.stop()
        if timeout:
            self._timer.start(timeout)
        self.messageChanged.emit(text)

    def currentMessage(self) -> str:
        return self.label.text()

    def clearMessage(self) -> None:
        self._timer.stop()
        if self.label.text():
            self.label.clear()
            self.messageChanged.emit("")
