"""The window shows and speaks a pack's texts in the interface's language (Qt's default
locale), where the pack has them; the built-in pack has English, German and Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.pack_language import window_locale
from tests.ui.conftest import FakeTimers
from tests.ui.helpers import current, start_with_space


@pytest.fixture
def interface_locale() -> Iterator[type[QLocale]]:
    """Sets the interface locale the way the language setting does; restores it after."""
    before = QLocale()
    yield QLocale
    QLocale.setDefault(before)


def test_window_locale_is_the_interface_locale(interface_locale: type[QLocale]) -> None:
    interface_locale.setDefault(QLocale("de_AT"))
    assert window_locale() == "de_AT"


@pytest.mark.parametrize(("locale", "title", "first"), [
    ("de_AT", "Starke Hüftbeuger für Läuferinnen und Läufer", "Psoas-Marsch mit Band"),
    ("es_MX", "Flexores de cadera fuertes para correr", "Marcha de psoas con banda"),
    ("en_GB", "Hip-flexor strength for runners", "Banded psoas march"),
    ("fr_FR", "Hip-flexor strength for runners", "Banded psoas march"),
])
def test_the_built_in_pack_loads_in_the_interface_language(
        interface_locale: type[QLocale], locale: str, title: str, first: str) -> None:
    interface_locale.setDefault(QLocale(locale))
    pack = CurrentPack.load(builtin_pack_path()).pack
    assert pack is not None
    assert (pack.title.text, pack.exercises[0].name.text) == (title, first)


def test_a_german_window_shows_and_speaks_german(
        qtbot: QtBot, window: MainWindow, timers: FakeTimers,
        interface_locale: type[QLocale]) -> None:
    interface_locale.setDefault(QLocale("de_DE"))
    assert window.open_pack_file(builtin_pack_path())
    assert window.windowTitle().endswith("Starke Hüftbeuger für Läuferinnen und Läufer")
    names = [row.check.text() for row in window.setup_page._rows]
    assert names == ["Psoas-Marsch mit Band", "Beinheben im Sitzen",
                     "Brückenmarsch mit erhöhten Fersen"]
    start_with_space(qtbot, window)
    assert current(window).kind is SegmentKind.PREPARE
    assert current(window).say.startswith("Psoas-Marsch mit Band. Band um beide Füße.")
    window.controller.next_step()
    seg = current(window)
    assert seg.kind is SegmentKind.MOVE
    assert seg.say == "Rechtes Knie hoch."
    assert "das rechte Knie" in window.session_page.instruction.text()
    window.controller.stop()
