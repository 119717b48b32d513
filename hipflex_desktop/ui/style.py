"""The application's look: Fusion style, a palette in the chosen colours, a little QSS, and
:class:`Look`, which keeps them in step with Settings and with the desktop's preferences."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.theme import (
    Appearance,
    Colours,
    colours,
    palette_for,
    set_current,
    system_is_dark,
    system_wants_high_contrast,
    theme_for,
)


def style_sheet(c: Colours) -> str:
    card = c.card.name()
    border = c.track.name() if not c.high_contrast else c.text.name()
    focus = c.focus.name()
    button = c.button.name()
    # A thick focus ring in the accent colour on everything Tab reaches, seen from the sofa
    # (Fusion's own is a one-pixel line); the others keep a transparent ring of the same width
    # so that nothing moves when the focus arrives.
    return f"""
    QPushButton {{
        background: {button};
        color: {c.text.name()};
        border: 2px solid {c.muted.name()};
        border-radius: 8px;
        padding: 4px 14px;
    }}
    QPushButton:hover {{ border-color: {c.text.name()}; }}
    QPushButton:pressed {{ background: {border}; }}
    QPushButton:disabled {{ color: {c.muted.name()}; border-color: {border}; }}
    QPushButton:focus {{ border: 4px solid {focus}; padding: 2px 12px; }}
    QCheckBox, QRadioButton {{ border: 3px solid transparent; border-radius: 6px; padding: 2px; }}
    QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
    QToolButton {{
        background: {button}; color: {c.text.name()};
        border: 2px solid {c.muted.name()}; border-radius: 6px; padding: 2px;
    }}
    QToolButton:disabled {{ color: {c.muted.name()}; border-color: {border}; }}
    QToolButton:focus {{ border: 3px solid {focus}; padding: 1px; }}
    QFrame#card {{
        background: {card};
        border: 1px solid {border};
        border-radius: 12px;
    }}
    QLabel#heading {{ font-weight: bold; color: {c.muted.name()}; }}
    QLabel#muted {{ color: {c.muted.name()}; }}
    QLabel#when {{ color: {c.text.name()}; }}
    QLabel#problem {{ color: {c.phase[SegmentKind.HOLD].name()}; font-weight: bold; }}
    QPushButton#startButton {{
        background: {c.phase[SegmentKind.MOVE].name()};
        color: {c.on_accent.name()};
        border: none;
        border-radius: 10px;
        padding: 8px 24px;
        font-weight: bold;
    }}
    QPushButton#startButton:disabled {{ background: {c.track.name()}; color: {c.muted.name()}; }}
    QPushButton#startButton:focus {{ outline: none; border: 3px solid {c.text.name()}; }}
    QProgressBar {{
        border: none; border-radius: 6px; background: {c.track.name()};
    }}
    QProgressBar::chunk {{ border-radius: 6px; background: {c.side[Side.LEFT].name()}; }}
    QStatusBar, QStatusBar QLabel#noticeText {{ font-weight: bold; }}
    """


def apply_style(app: QApplication, theme: Colours | None = None) -> Colours:
    theme = theme or colours()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme))
    set_current(theme)
    return theme


class Look(QObject):
    """The app's colours: the look chosen in Settings, following the desktop's light or dark
    scheme and its high-contrast preference while they change."""

    changed = Signal(object)  # Colours

    def __init__(self, app: QApplication, appearance: Appearance = Appearance.SYSTEM,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._appearance = appearance
        # Judged before our own palette hides the desktop's (when the scheme is unknown).
        self._desktop_dark = system_is_dark()
        self._desktop_high_contrast = system_wants_high_contrast()
        # Both kept: PySide6 6.11 invalidates the accessibility hints with the wrapper of
        # the style hints they were reached through.
        self._hints = app.styleHints()
        self._accessibility_hints = self._hints.accessibility()
        self._hints.colorSchemeChanged.connect(self._on_scheme_changed)
        self._accessibility_hints.contrastPreferenceChanged.connect(self._on_contrast_changed)
        self.theme = apply_style(app, self._wanted())

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._apply()

    def _wanted(self) -> Colours:
        return theme_for(self._appearance, dark=self._desktop_dark,
                         high_contrast=self._desktop_high_contrast)

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if scheme != Qt.ColorScheme.Unknown:
            self._desktop_dark = scheme == Qt.ColorScheme.Dark
            self._apply()

    def _on_contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        self._desktop_high_contrast = preference == Qt.ContrastPreference.HighContrast
        self._apply()

    def _apply(self) -> None:
        theme = self._wanted()
        if theme is not self.theme:
            self.theme = apply_style(self._app, theme)
            self.changed.emit(theme)
