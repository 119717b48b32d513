"""The look in use: chosen in Settings, remembered, following the desktop, applied to the whole
application and to the painted parts of the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.ui.shell import AppShell
from hipflex_desktop.ui.style import Look
from hipflex_desktop.ui.theme import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    Appearance,
    colours,
    set_current,
)
from tests.fakes import FakeTimers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QApplication]:
    """The application, given back as it was: palette, style sheet, scheme, current look."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    yield app
    app.styleHints().unsetColorScheme()
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    set_current(None)


def test_a_chosen_look_is_applied_to_the_whole_application(app: QApplication) -> None:
    look = Look(app, Appearance.HIGH_CONTRAST)
    assert look.theme in (HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK)
    assert app.palette().color(QPalette.ColorRole.Window) == look.theme.window
    assert look.theme.focus.name() in app.styleSheet()
    assert colours() is look.theme  # what widgets made from now on start in
    changes: list[object] = []
    look.changed.connect(changes.append)
    look.set_appearance(Appearance.DARK)
    assert changes == [DARK] and look.theme is DARK
    assert app.palette().color(QPalette.ColorRole.Window) == DARK.window
    look.set_appearance(Appearance.DARK)  # the same again: nothing to redo
    assert changes == [DARK]


def test_following_the_desktop_it_changes_with_its_scheme_and_contrast(
        app: QApplication, qtbot: QtBot) -> None:
    look = Look(app, Appearance.SYSTEM)
    hints = app.styleHints()
    accessibility = hints.accessibility()
    # What the desktop says when the person changes its settings.
    with qtbot.waitSignal(look.changed) as changed:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert changed.args == [DARK]
    with qtbot.waitSignal(look.changed) as changed:
        accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert changed.args == [HIGH_CONTRAST_DARK]
    with qtbot.waitSignal(look.changed) as changed:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert changed.args == [HIGH_CONTRAST_LIGHT]
    accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert look.theme is LIGHT
    look.set_appearance(Appearance.DARK)  # a choice in Settings wins over the desktop
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert look.theme is DARK


def test_the_choice_in_settings_is_applied_at_once_and_remembered(
        app: QApplication, qtbot: QtBot, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    look = Look(app, Appearance.LIGHT)
    shell = AppShell(data_dir=tmp_path, clock=clock, timer_factory=timers.factory, look=look)
    qtbot.addWidget(shell.window)
    shell.show_settings()
    dialog = shell.settings_dialog
    assert dialog is not None
    assert dialog.appearance.currentData() == Appearance.SYSTEM
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(Appearance.HIGH_CONTRAST))
    theme = look.theme
    assert theme.high_contrast
    assert shell.window.session_page._colours is theme
    assert shell.window.session_page.side_badge._colours is theme
    assert shell.settings.appearance() == "high-contrast"
    dialog.close()
    shell.window.close()

    again = Look(app)
    shell = AppShell(data_dir=tmp_path, clock=clock, timer_factory=timers.factory, look=again)
    qtbot.addWidget(shell.window)
    assert again.appearance is Appearance.HIGH_CONTRAST
    assert shell.window.session_page._colours is again.theme
    assert again.theme.high_contrast
    shell.window.close()


def test_an_unknown_remembered_look_falls_back_on_the_desktops(
        app: QApplication, qtbot: QtBot, clock: FakeClock, timers: FakeTimers,
        tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[General]\nformat=1\n\n[view]\nappearance=neon\n")
    look = Look(app, Appearance.DARK)
    shell = AppShell(data_dir=tmp_path, clock=clock, timer_factory=timers.factory, look=look)
    qtbot.addWidget(shell.window)
    assert look.appearance is Appearance.SYSTEM
    assert shell.notices == []
    shell.window.close()


def test_what_has_the_focus_wears_a_thick_ring_in_the_focus_colour(
        app: QApplication, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QPushButton, QToolButton, QVBoxLayout, QWidget

    look = Look(app, Appearance.LIGHT)
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    controls = [QPushButton("Pause"), QCheckBox("Include Knee raise"), QToolButton()]
    controls[2].setText("▲")
    for control in controls:
        layout.addWidget(control)
    host.show()
    qtbot.waitExposed(host)
    focus = look.theme.focus

    def ring_pixels(widget: QWidget) -> int:
        image = widget.grab().toImage()
        return sum(1 for x in range(image.width()) for y in (1, 2, image.height() // 2)
                   if _near(image.pixelColor(x, y), focus))

    for control in controls:
        before = ring_pixels(control)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        after = ring_pixels(control)
        # Along its top edges, at least half the width more of the focus colour: seen at 2 m.
        assert after - before >= control.width() // 2, (type(control).__name__, before, after)


def _near(a: object, b: object) -> bool:
    from PySide6.QtGui import QColor

    assert isinstance(a, QColor) and isinstance(b, QColor)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) <= 24


def test_the_settings_dialog_shows_its_status_lines_whole(app: QApplication,
                                                          qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from hipflex_desktop.store.settings import HabitSettings, SoundSettings, VoiceSettings
    from hipflex_desktop.ui.settings_dialog import SettingsDialog

    Look(app, Appearance.HIGH_CONTRAST)  # the thicker rings make every row taller
    dialog = SettingsDialog(SoundSettings(), VoiceSettings(), HabitSettings())
    qtbot.addWidget(dialog)
    dialog.set_tray_status("No system tray was found on this desktop: the app cannot stay in"
                           " the tray, and reminders appear only while the window is open.",
                           False)
    dialog.set_voice_status("Spoken instructions are off in this run.", False)
    dialog.fit_contents()
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
