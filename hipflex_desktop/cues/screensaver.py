"""Keeps the screen awake while a session runs.

On Linux (and other freedesktop systems) this asks the session's
``org.freedesktop.ScreenSaver`` service over D-Bus (``Inhibit`` returns a cookie, ``UnInhibit``
gives it back). Elsewhere — or without a session bus or that service — it does nothing and says
so in ``status``: Windows and macOS builds are not shipped yet, and a desktop without the
service has no screensaver that could be asked.

Every call is asynchronous and made with a plain message (``QDBusInterface`` would introspect
the service synchronously): a slow or missing service never blocks the window.

Releasing: ``UnInhibit`` takes the cookie as a D-Bus uint32, which PySide6 cannot send (its
integers go out as int16 or int32). The services drop an application's inhibitions when its
bus connection closes (they watch the caller's unique name), so each inhibition is made on a
private connection of its own, and releasing closes that connection.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger("hipflex.screensaver")

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"


class ScreenSaverInhibitor(QObject):
    inhibited_changed = Signal(bool)

    def __init__(self, app_name: str, parent: QObject | None = None, *,
                 bus_address: str | None = None) -> None:
        """``bus_address``: a D-Bus address to use instead of the session bus (tests)."""
        super().__init__(parent)
        self._app_name = app_name
        self._bus_address = bus_address
        self._cookie: int | None = None
        self._wanted = False
        self._pending: QDBusPendingCallWatcher | None = None
        self._connection: str | None = None  # name of the private connection holding it
        self._serial = 0
        self.status = self.tr("not asked yet")

    @property
    def inhibited(self) -> bool:
        return self._cookie is not None

    @property
    def wanted(self) -> bool:
        return self._wanted

    @property
    def connection_name(self) -> str | None:
        """The private bus connection that holds the inhibition (for tests)."""
        return self._connection

    def _open_bus(self) -> QDBusConnection | None:
        if not sys.platform.startswith("linux"):
            self.status = self.tr("keeping the screen awake is not supported on this system")
            return None
        self._serial += 1
        name = f"hipflex-screensaver-{id(self)}-{self._serial}"
        if self._bus_address is None:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        else:
            bus = QDBusConnection.connectToBus(self._bus_address, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.status = self.tr("no D-Bus session bus: the screen may blank during a session")
            return None
        self._connection = name
        return bus

    def _close_bus(self) -> None:
        if self._connection is not None:
            QDBusConnection.disconnectFromBus(self._connection)
            self._connection = None

    def inhibit(self, reason: str) -> None:
        self._wanted = True
        if self._cookie is not None or self._pending is not None:
            return
        bus = self._open_bus()
        if bus is None:
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        message.setArguments([self._app_name, reason])
        self._pending = QDBusPendingCallWatcher(bus.asyncCall(message), self)
        self._pending.finished.connect(self._on_inhibit_finished)

    def _on_inhibit_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending = None
        watcher.deleteLater()
        if watcher.isError():
            error = watcher.error()
            if error.type() in (QDBusError.ErrorType.ServiceUnknown,
                                QDBusError.ErrorType.UnknownObject,
                                QDBusError.ErrorType.UnknownMethod):
                self.status = self.tr("this desktop has no screensaver service to keep awake")
            else:
                self.status = self.tr("the screensaver could not be asked: {reason}").format(
                    reason=error.message())
            log.info("screensaver inhibit failed: %s", watcher.error().message())
            self._close_bus()
            return
        arguments = watcher.reply().arguments()
        if not arguments:
            self.status = self.tr("the screensaver gave no cookie")
            self._close_bus()
            return
        self._cookie = int(arguments[0])
        self.status = self.tr("keeping the screen awake")
        self.inhibited_changed.emit(True)
        if not self._wanted:  # released while the request was on its way
            self.release()

    def release(self) -> None:
        self._wanted = False
        if self._cookie is None:
            return
        self._cookie = None
        self._close_bus()
        self.status = self.tr("released")
        self.inhibited_changed.emit(False)
