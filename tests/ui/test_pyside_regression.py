"""PySide6 6.12.0 drops a reference to None on every call that returns nothing; on Python 3.11
(where None is not immortal) the process dies after about 5,000 calls. A session repaints many
times a second, so this would kill a real session within a minute."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    label.show()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 10
