"""The weekly habit while the app runs: reminders and the system-tray icon.

Once a minute (a timer only wakes the check; the time comes from the wall clock) it asks
``core.reminders.reminder_due``. A reminder is a tray notification where a system tray exists;
without one it is shown in the window (raised, with a message), and the settings say so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from hipflex_desktop import APP_NAME
from hipflex_desktop.core.reminders import reminder_due
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.qtsupport.timers import TimerFactory, make_timer
from hipflex_desktop.store.settings import HabitSettings

CHECK_MS = 60_000
REMINDER_TITLE = QT_TRANSLATE_NOOP("ReminderService", "Time for your hip-flexor session")
REMINDER_TEXT = QT_TRANSLATE_NOOP("ReminderService",
                                  "A few minutes now keeps your weekly routine going.")


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderService(QObject):
    reminded = Signal(str)  # how: "tray" or "window"
    open_requested = Signal()
    start_requested = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget, icon: QIcon, *, trained_today: Callable[[], bool],
                 now: Callable[[], datetime] | None = None,
                 timer_factory: TimerFactory = make_timer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._icon = icon
        self._trained_today = trained_today
        self._now = now or (lambda: datetime.now().astimezone())
        self._habit = HabitSettings()
        self._last_reminded: date | None = None
        self._tray: QSystemTrayIcon | None = None
        self._timer = timer_factory(self, "reminders")
        self._timer.connect_timeout(self._on_check_due)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def apply(self, habit: HabitSettings) -> None:
        self._habit = habit
        wants_tray = habit.keep_in_tray or habit.reminders
        if wants_tray and tray_available():
            self._ensure_tray()
        elif self._tray is not None and not wants_tray:
            self._tray.hide()
        if habit.reminders and habit.reminder_days:
            if not self._timer.isActive():
                self._timer.start(CHECK_MS)
        elif self._timer.isActive():
            self._timer.stop()

    @property
    def keeps_running_in_tray(self) -> bool:
        return self._habit.keep_in_tray and self._tray is not None and self._tray.isVisible()

    def status(self) -> tuple[str, bool]:
        """A sentence for the settings, and whether a tray exists."""
        if tray_available():
            return "", True
        return self.tr("No system tray was found on this desktop: the app cannot stay in the"
                       " tray, and reminders appear only while the window is open."), False

    def _ensure_tray(self) -> None:
        if self._tray is None:
            tray = QSystemTrayIcon(self._icon, self)
            tray.setToolTip(APP_NAME)
            menu = QMenu(self._window)
            for text, signal in ((self.tr("Open HipFlex Desktop"), self.open_requested),
                                 (self.tr("Start a session"), self.start_requested),
                                 (self.tr("Quit"), self.quit_requested)):
                action = QAction(text, menu)
                action.triggered.connect(signal.emit)
                menu.addAction(action)
            tray.setContextMenu(menu)
            tray.activated.connect(self._on_activated)
            self._tray = tray
        self._tray.show()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()

    def _on_check_due(self) -> None:
        self.check()

    def check(self) -> bool:
        """Show a reminder if one is due now; True when one was shown."""
        habit = self._habit
        now = self._now()
        if not habit.reminders or not reminder_due(
            now, days=habit.reminder_days, at=habit.reminder_time,
            trained_today=self._trained_today(), last_reminded=self._last_reminded,
        ):
            return False
        self._last_reminded = now.date()
        if self._tray is not None and self._tray.isVisible():
            self._tray.showMessage(self.tr(REMINDER_TITLE), self.tr(REMINDER_TEXT), self._icon,
                                   15_000)
            self.reminded.emit("tray")
        else:
            self._window.show()
            self._window.raise_()
            QApplication.alert(self._window)
            self.reminded.emit("window")
        return True

    def shutdown(self) -> None:
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()
