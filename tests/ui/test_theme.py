"""Colours for a room: every accent keeps strong contrast, in light and in dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.ui.style import style_sheet
from hipflex_desktop.ui.theme import (
    DARK,
    HIGH_CONTRAST_DARK,
    HIGH_CONTRAST_LIGHT,
    LIGHT,
    SIDE_ARROWS,
    THEMES,
    Appearance,
    Colours,
    colours,
    contrast_ratio,
    palette_for,
    phase_word,
    scaled_font,
    side_word,
    system_is_dark,
    text_pairs,
    theme_for,
)

SCHEMES = pytest.mark.parametrize("theme", THEMES, ids=["light", "dark", "high-contrast-light",
                                                        "high-contrast-dark"])
HIGH_CONTRAST = pytest.mark.parametrize("theme", [HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK],
                                        ids=["light", "dark"])


def test_contrast_ratio_follows_wcag() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # Known pair: #767676 on white is the classic 4.54:1.
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)


@SCHEMES
def test_side_colours_carry_their_text(theme: Colours) -> None:
    for side in Side:
        assert contrast_ratio(theme.side[side], theme.on_accent) >= 4.5, side


@SCHEMES
def test_phase_colours_stand_out_from_the_window(theme: Colours) -> None:
    for kind in SegmentKind:
        assert contrast_ratio(theme.phase[kind], theme.window) >= 3.0, kind


@SCHEMES
def test_text_is_easy_to_read(theme: Colours) -> None:
    assert contrast_ratio(theme.text, theme.window) >= 7.0
    assert contrast_ratio(theme.muted, theme.window) >= 4.5  # the form cue, small print
    # The Start and Done buttons: on_accent on the lift colour.
    assert contrast_ratio(theme.on_accent, theme.phase[SegmentKind.MOVE]) >= 4.5
    # The set-up problem line: bold body text in the hold colour.
    assert contrast_ratio(theme.phase[SegmentKind.HOLD], theme.window) >= 4.5
    # The keys in the help overlay, over the opaque veil.
    veil = QColor(theme.paused_veil)
    veil.setAlpha(255)
    assert contrast_ratio(theme.side[Side.LEFT], veil) >= 3.0


@SCHEMES
def test_the_sides_do_not_look_alike(theme: Colours) -> None:
    right, left = theme.side[Side.RIGHT], theme.side[Side.LEFT]
    hue_gap = abs(right.hslHue() - left.hslHue())
    assert min(hue_gap, 360 - hue_gap) >= 90
    assert side_word(Side.RIGHT) != side_word(Side.LEFT)
    assert SIDE_ARROWS == {Side.RIGHT: "▶", Side.LEFT: "◀"}


def test_every_phase_has_a_word_and_a_colour() -> None:
    assert len({phase_word(kind) for kind in SegmentKind}) == len(SegmentKind)
    assert phase_word(SegmentKind.PREPARE) == "GET READY"
    assert phase_word(SegmentKind.SWITCH) == "SWITCH SIDES"
    for theme in THEMES:
        assert set(theme.phase) == set(SegmentKind)
        assert len({c.name() for c in theme.phase.values()}) == len(SegmentKind)


@SCHEMES
def test_the_palette_uses_the_scheme(theme: Colours) -> None:
    pal = palette_for(theme)
    assert pal.color(QPalette.ColorRole.Window) == theme.window
    assert pal.color(QPalette.ColorRole.WindowText) == theme.text
    assert pal.color(QPalette.ColorRole.HighlightedText) == theme.on_accent
    assert contrast_ratio(pal.color(QPalette.ColorRole.ButtonText),
                          pal.color(QPalette.ColorRole.Button)) >= 7.0
    assert contrast_ratio(pal.color(QPalette.ColorRole.ToolTipText),
                          pal.color(QPalette.ColorRole.ToolTipBase)) >= 7.0


@pytest.fixture
def app_palette(qtbot: QtBot) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = QPalette(app.palette())
    yield app
    app.setPalette(saved)


def test_the_scheme_follows_the_system(app_palette: QApplication) -> None:
    from PySide6.QtCore import Qt

    scheme = app_palette.styleHints().colorScheme()
    app_palette.setPalette(palette_for(DARK))
    if scheme == Qt.ColorScheme.Unknown:  # no desktop: the palette decides
        assert system_is_dark()
    assert colours() is (DARK if system_is_dark() else LIGHT)
    app_palette.setPalette(palette_for(LIGHT))
    if scheme == Qt.ColorScheme.Unknown:
        assert not system_is_dark()
    assert colours(dark=True) is DARK
    assert colours(dark=False) is LIGHT


def test_scaled_font_keeps_a_floor() -> None:
    font = scaled_font(QFont(), 3.2, bold=True)
    assert font.pixelSize() == 8 and font.bold()
    assert scaled_font(QFont(), 41.6).pixelSize() == 42


# -- high contrast -------------------------------------------------------------------------------


@SCHEMES
def test_every_text_colour_pair_is_readable(theme: Colours) -> None:
    """WCAG contrast of every colour text is drawn in against what it is drawn on: 7:1 (AAA)
    in the high-contrast looks, 4.5:1 (AA) in the others."""
    floor = 7.0 if theme.high_contrast else 4.5
    weak = [(what, round(contrast_ratio(fg, bg), 2)) for what, fg, bg in text_pairs(theme)
            if contrast_ratio(fg, bg) < floor]
    assert weak == []
    pal = palette_for(theme)
    roles = QPalette.ColorRole
    for text, back in ((roles.WindowText, roles.Window), (roles.Text, roles.Base),
                       (roles.ButtonText, roles.Button), (roles.HighlightedText, roles.Highlight),
                       (roles.ToolTipText, roles.ToolTipBase), (roles.PlaceholderText, roles.Base)):
        assert contrast_ratio(pal.color(text), pal.color(back)) >= floor, text


@SCHEMES
def test_the_style_sheet_draws_only_in_the_looks_colours(theme: Colours) -> None:
    """Every colour the style sheet names is one of the look's, so the pairs above cover it."""
    import re

    named = {m.lower() for m in re.findall(r"#[0-9a-fA-F]{6}\b", style_sheet(theme))}
    own = {c.name() for c in (theme.window, theme.text, theme.muted, theme.track, theme.card,
                              theme.button, theme.focus, theme.on_accent,
                              *theme.side.values(), *theme.phase.values())}
    assert named <= own, named - own


@SCHEMES
def test_what_is_not_text_still_stands_out(theme: Colours) -> None:
    # WCAG 1.4.11: the focus ring and the ring's track against the window, 3:1.
    assert contrast_ratio(theme.focus, theme.window) >= 3.0
    assert contrast_ratio(theme.focus, theme.button) >= 3.0
    if theme.high_contrast:
        assert contrast_ratio(theme.track, theme.window) >= 3.0


def test_the_look_follows_the_choice_and_the_desktop() -> None:
    for dark in (False, True):
        for high in (False, True):
            assert theme_for(Appearance.LIGHT, dark=dark, high_contrast=high) is LIGHT
            assert theme_for(Appearance.DARK, dark=dark, high_contrast=high) is DARK
            chosen = theme_for(Appearance.HIGH_CONTRAST, dark=dark, high_contrast=high)
            assert chosen is (HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT)
    assert theme_for(Appearance.SYSTEM, dark=False, high_contrast=False) is LIGHT
    assert theme_for(Appearance.SYSTEM, dark=True, high_contrast=False) is DARK
    assert theme_for(Appearance.SYSTEM, dark=True, high_contrast=True) is HIGH_CONTRAST_DARK
    assert theme_for(Appearance.SYSTEM, dark=False, high_contrast=True) is HIGH_CONTRAST_LIGHT
