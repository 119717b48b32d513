"""What a screen reader learns about the painted widgets, and what it is told as it happens.

The countdown, the side badge and the session's progress paint themselves, so Qt would show
them to assistive technology as nameless fillers. A factory gives each an interface with a role and
with its text read *when asked*: the countdown's seconds are never pushed as events (an event
per tick floods a screen reader), while :func:`announce` says each change a person must know
(a new exercise, side or phase, a pause, the end, a notice) once, as it happens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget


class _PaintedText(QAccessibleWidget):
    """A painted widget as assistive technology sees it: a role, and the text it shows read
    on demand (so nothing is sent while it changes). A text (the side badge) is named by
    what it shows; anything else (the countdown, the session's progress) keeps its own name
    and shows it as its value and description."""

    def __init__(self, widget: QWidget, role: QAccessible.Role,
                 spoken: Callable[[], str]) -> None:
        super().__init__(widget, role, widget.accessibleName())
        self._role = role
        self._spoken = spoken

    def text(self, kind: QAccessible.Text) -> str:
        if kind is QAccessible.Text.Value:
            return self._spoken()
        if kind is QAccessible.Text.Description and self._role is not QAccessible.Role.StaticText:
            # Over AT-SPI a value is only a number (Qt gives no value interface to a Python
            # one): the description carries the words, "12 seconds left", read when asked.
            return self._spoken()
        if kind is QAccessible.Text.Name and self._role is QAccessible.Role.StaticText:
            return self._spoken() or super().text(kind)
        return super().text(kind)


#: Class names of the painted widgets and the role each plays.
_ROLES: Final[dict[str, QAccessible.Role]] = {}


def register(class_name: str, role: QAccessible.Role) -> None:
    """Give widgets of ``class_name`` (which have a ``spoken_text()`` method) ``role``."""
    if not _ROLES:
        QAccessible.installFactory(_factory)  # once, before the first is registered
    _ROLES[class_name] = role


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    role = _ROLES.get(key)
    if role is None or not isinstance(obj, QWidget):
        return None
    spoken = getattr(obj, "spoken_text", None)
    if not callable(spoken):
        return None
    return _PaintedText(obj, role, spoken)


def name_changed(widget: QWidget) -> None:
    """Tell assistive technology that what ``widget`` shows (its name) has changed: for a
    painted text that changes now and then (the side), never for one that changes each
    second."""
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``message`` now (polite: after what it is saying; assertive:
    interrupting it, for what cannot wait)."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
