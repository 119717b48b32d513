"""The screen stays awake during a session: requested on start, released on pause and end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from pytestqt.qtbot import QtBot

from hipflex_desktop.cues.screensaver import INTERFACE, PATH, SERVICE, ScreenSaverInhibitor


class FakeScreenSaver(QObject):
    """Records Inhibit calls like the freedesktop service does."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []
        self.next_cookie = 41

    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        self.calls.append((application, reason))
        self.next_cookie += 1
        return self.next_cookie


@pytest.fixture
def screensaver(private_session_bus: str) -> Iterator[tuple[FakeScreenSaver, QDBusConnection]]:
    service = FakeScreenSaver()
    bus = QDBusConnection.connectToBus(private_session_bus, f"fake-screensaver-{id(service)}")
    assert bus.isConnected()
    assert bus.registerService(SERVICE)
    assert bus.registerObject(PATH, INTERFACE, service,
                              QDBusConnection.RegisterOption.ExportAllSlots)
    yield service, bus
    bus.unregisterObject(PATH)
    bus.unregisterService(SERVICE)
    QDBusConnection.disconnectFromBus(f"fake-screensaver-{id(service)}")


def test_inhibit_is_requested_and_released(
    qtbot: QtBot, screensaver: tuple[FakeScreenSaver, QDBusConnection], private_session_bus: str
) -> None:
    bus_address = private_session_bus
    service, bus = screensaver
    inhibitor = ScreenSaverInhibitor("HipFlex Desktop", bus_address=bus_address)
    with qtbot.waitSignal(inhibitor.inhibited_changed, timeout=5000) as blocker:
        inhibitor.inhibit("A guided session is running")
    assert blocker.args == [True]
    assert inhibitor.inhibited
    assert service.calls == [("HipFlex Desktop", "A guided session is running")]

    # The service notices the release as the end of the caller's connection.
    assert inhibitor.connection_name is not None
    client = QDBusConnection(inhibitor.connection_name).baseService()
    mode = QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration
    watcher = QDBusServiceWatcher(client, bus, mode)
    with qtbot.waitSignal(watcher.serviceUnregistered, timeout=5000):
        inhibitor.release()
    assert not inhibitor.inhibited
    assert inhibitor.status == "released"


def test_a_second_request_while_held_asks_only_once(
    qtbot: QtBot, screensaver: tuple[FakeScreenSaver, QDBusConnection], private_session_bus: str
) -> None:
    bus_address = private_session_bus
    service, _ = screensaver
    inhibitor = ScreenSaverInhibitor("HipFlex Desktop", bus_address=bus_address)
    with qtbot.waitSignal(inhibitor.inhibited_changed, timeout=5000):
        inhibitor.inhibit("running")
        inhibitor.inhibit("running")
    inhibitor.inhibit("running")
    assert len(service.calls) == 1
    inhibitor.release()


def test_release_before_the_answer_arrives_still_releases(
    qtbot: QtBot, screensaver: tuple[FakeScreenSaver, QDBusConnection], private_session_bus: str
) -> None:
    bus_address = private_session_bus
    inhibitor = ScreenSaverInhibitor("HipFlex Desktop", bus_address=bus_address)
    changes: list[bool] = []
    inhibitor.inhibited_changed.connect(changes.append)
    inhibitor.inhibit("running")
    inhibitor.release()  # the person paused at once
    qtbot.waitUntil(lambda: changes == [True, False], timeout=5000)
    assert not inhibitor.inhibited


def test_without_the_service_nothing_breaks(qtbot: QtBot, private_session_bus: str) -> None:
    bus_address = private_session_bus
    inhibitor = ScreenSaverInhibitor("HipFlex Desktop", bus_address=bus_address)
    inhibitor.inhibit("running")
    qtbot.waitUntil(lambda: "no screensaver service" in inhibitor.status, timeout=5000)
    assert not inhibitor.inhibited
    assert inhibitor.connection_name is None
    inhibitor.release()  # harmless
