"""The application's look: Fusion style, a palette in the system's scheme, a little QSS."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.theme import Colours, colours, palette_for


def style_sheet(c: Colours) -> str:
    card = "#ffffff" if not c.dark else "#1b1e22"
    border = c.track.name()
    return f"""
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
    QStatusBar {{ font-weight: bold; }}
    """


def apply_style(app: QApplication) -> Colours:
    app.setStyle("Fusion")
    theme = colours()
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet(theme))
    return theme
