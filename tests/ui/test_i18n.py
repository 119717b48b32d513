"""The window's language: chosen from the system, Settings or --language; German and Spanish
texts, plural forms and number formats; Qt's own buttons; catalogues compiled once; the
spoken words in the session's language."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from hipflex_desktop.app_options import parse
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import SegmentKind, plan
from hipflex_desktop.languages import normalise_code
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.settings import AppSettings, SettingsError
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.settings_dialog import SettingsDialog
from hipflex_desktop.ui.shell import AppShell
from hipflex_desktop.ui.spoken import SpokenPhrases
from hipflex_desktop.ui.theme import phase_word, side_word
from hipflex_desktop.ui.widgets import CountdownRing
from tests.ui.conftest import FakeTimers

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)",
    "PulseAudioService: pa_context_connect", "QSoundEffect: playback of this format",
)


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def language(cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        Callable[[str], i18n.InstalledLanguage]]:
    """Install a language for one test; English again afterwards, as the other tests expect."""
    def install(name: str) -> i18n.InstalledLanguage:
        return i18n.install(QLocale(name), cache)
    yield install
    i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("english"))


# -- which language --------------------------------------------------------------------------


@pytest.mark.parametrize(("choice", "system", "expected"), [
    ("", "de_AT", "de_AT"),  # the system's German, with its own formats
    ("", "es_MX", "es_MX"),
    ("", "fr_FR", "en_FR"),  # a language the app does not speak: English, French formats
    ("", "C", "en_US"),
    ("es", "de_AT", "es_ES"),  # Settings or --language win over the system
    ("de", "de_CH", "de_CH"),  # the same language keeps the system's country
    ("de_DE", "de_CH", "de_DE"),  # unless a country was asked for
    ("en", "de_DE", "en_US"),  # English asked for by name: English as written in the US
    ("fr", "es_ES", "en_ES"),
])
def test_the_language_shown(choice: str, system: str, expected: str) -> None:
    assert i18n.choose_locale(choice, QLocale(system)).name() == expected


def test_language_option_is_checked_before_qt_loads(capsys: pytest.CaptureFixture[str]) -> None:
    assert parse(["--language", "de-at"]).language == "de_AT"
    assert parse([]).language is None
    for bad in ("fr", "x1"):
        with pytest.raises(SystemExit):
            parse(["--language", bad])
    err = capsys.readouterr().err
    assert "does not speak 'fr'" in err and "de (Deutsch)" in err
    assert "'x1' is not a language code" in err
    with pytest.raises(ValueError, match="not a language code"):
        normalise_code("")


def test_the_choice_is_remembered_and_checked(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    assert settings.language == ""
    settings.set_language("es")
    assert AppSettings(tmp_path / "settings.ini").language == "es"
    settings.set_language("")
    assert AppSettings(tmp_path / "settings.ini").language == ""
    with pytest.raises(SettingsError):
        settings.set_language("Deutsch")
    # A damaged value sets the file aside, like any other value that makes no sense.
    (tmp_path / "settings.ini").write_text("[interface]\nlanguage=../../x\n", encoding="utf-8")
    again = AppSettings(tmp_path / "settings.ini")
    assert again.problem is not None and again.language == ""


# -- what it looks like ----------------------------------------------------------------------


def test_german_texts_plurals_numbers_and_qt_buttons(
        qtbot: QtBot, language: Callable[[str], i18n.InstalledLanguage]) -> None:
    installed = language("de_DE")
    assert installed.problem == ""
    assert len(installed.translators) == 2  # ours and Qt's qtbase
    assert phase_word(SegmentKind.HOLD) == "HALTEN"
    assert side_word(Side.LEFT) == "LINKS"
    tr = QCoreApplication.translate
    assert tr("SessionPage", "%n rep(s) per side", "", 1) == "1 Wiederholung pro Seite"
    assert tr("SessionPage", "%n rep(s) per side", "", 6) == "6 Wiederholungen pro Seite"
    assert QLocale().toString(1.5) == "1,5"
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_state(1.45, 2.0, True, QColor("red"))
    assert ring.text == "1,5"  # the hold's tenths with a decimal comma
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == ["Abbrechen", "Schließen"]


def test_spanish_plurals_and_english_ones(
        language: Callable[[str], i18n.InstalledLanguage]) -> None:
    language("es_ES")
    tr = QCoreApplication.translate
    assert tr("SummaryPage", "%n rep(s) done in {done} of {count} exercises", "", 1) \
        .startswith("1 repetición hecha")
    assert tr("SummaryPage", "%n rep(s) done in {done} of {count} exercises", "", 12) \
        .startswith("12 repeticiones hechas")
    assert tr("SettingsDialog", "Settings") == "Ajustes"
    language("en_GB")
    assert tr("SessionPage", "%n rep(s)", "", 1) == "1 rep"
    assert tr("SessionPage", "%n rep(s)", "", 2) == "2 reps"


def test_the_window_in_german_from_the_command_line_and_from_settings(
        qtbot: QtBot, clock: FakeClock, timers: FakeTimers, tmp_path: Path,
        language: Callable[[str], i18n.InstalledLanguage]) -> None:
    data = tmp_path / "data"
    AppSettings(data / "settings.ini").set_language("es")

    def shell(**kwargs: object) -> AppShell:
        made = AppShell(data_dir=data, clock=clock, timer_factory=timers.factory,
                        translate=True, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(made.window)
        made.controller.shutdown()
        made.reminders.shutdown()
        return made

    spanish = shell()  # as chosen in Settings
    assert spanish.window.setup_page.start.text() == "Empezar sesión"
    assert spanish.language is not None and spanish.language.code == "es"
    german = shell(language="de")  # --language wins
    assert german.window.setup_page.start.text() == "Einheit starten"
    assert [a.text() for a in german.window.menuBar().actions()] == [
        "&Datei", "&Einheit", "&Ansicht", "&Hilfe"]
    assert german.window.setup_page.hold.text() == "1,5 s"
    assert (data / "cache" / "translations").is_dir()  # inside the data folder it was given
    # Choosing in Settings is remembered for the next start.
    german.show_settings()
    dialog = german.settings_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"  # the remembered choice, not --language
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert AppSettings(data / "settings.ini").language == "de"
    dialog.close()


def test_a_settings_file_set_aside_is_told_in_the_window_s_language(
        qtbot: QtBot, clock: FakeClock, timers: FakeTimers, tmp_path: Path,
        language: Callable[[str], i18n.InstalledLanguage]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[sound]\nvolume=7\n", encoding="utf-8")
    shell = AppShell(data_dir=data, clock=clock, timer_factory=timers.factory,
                     translate=True, language="de")
    qtbot.addWidget(shell.window)
    shell.controller.shutdown()
    shell.reminders.shutdown()
    assert shell.settings.set_aside is not None
    notice = shell.notices[0]
    assert notice.startswith("Deine Einstellungsdatei settings.ini wurde beiseitegelegt, weil"
                             " sie unsinnige Werte enthält (sound/volume=7.0)")
    assert shell.settings.set_aside.kept_as in notice


def test_settings_offer_the_languages_and_say_when_the_change_shows(
        qtbot: QtBot, language: Callable[[str], i18n.InstalledLanguage]) -> None:
    from hipflex_desktop.store.settings import HabitSettings, SoundSettings, VoiceSettings

    language("de_DE")
    dialog = SettingsDialog(SoundSettings(), VoiceSettings(), HabitSettings(goal_per_week=1),
                            language="", language_shown="de")
    qtbot.addWidget(dialog)
    items = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert items == ["Sprache des Systems", "English", "Deutsch", "Español"]
    assert dialog.goal.text() == "1 Einheit pro Woche"
    dialog.goal.setValue(3)
    assert dialog.goal.text() == "3 Einheiten pro Woche"
    assert [box.text() for box in dialog.days[:2]] == ["Mo.", "Di."]
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        dialog.language.setCurrentIndex(3)
    assert blocker.args == ["es"]
    assert dialog.language_note.isVisibleTo(dialog)
    assert "nächsten Start" in dialog.language_note.text()


def test_a_question_box_has_german_buttons(
        qtbot: QtBot, language: Callable[[str], i18n.InstalledLanguage]) -> None:
    language("de_DE")
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Ja", "Nein"]


# -- catalogues ------------------------------------------------------------------------------


def test_a_catalogue_is_compiled_once_and_again_when_its_source_changes(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "hipflex_de.ts"
    shipped = i18n.source_path("de")
    assert shipped is not None
    shutil.copyfile(shipped, source)
    monkeypatch.setattr(i18n, "source_path", lambda code: source)
    runs: list[list[str]] = []
    real_run = subprocess.run

    def counting_run(command: list[str], **kwargs: object) -> object:
        runs.append(command)
        return real_run(command, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(i18n.subprocess, "run", counting_run)
    first = i18n.catalogue("de", cache)
    assert first is not None and first.stat().st_size > 1000
    assert i18n.catalogue("de", cache) == first
    assert len(runs) == 1
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Einstellungen", "Optionen"), encoding="utf-8")
    second = i18n.catalogue("de", cache)
    assert second is not None and second != first
    assert len(runs) == 2
    assert not list(first.parent.glob("*.part"))


def test_without_lrelease_the_window_stays_english_and_says_so(
        cache: Path, monkeypatch: pytest.MonkeyPatch,
        language: Callable[[str], i18n.InstalledLanguage]) -> None:
    monkeypatch.setattr(i18n, "lrelease_program", lambda: None)
    monkeypatch.setattr(i18n.tempfile, "gettempdir", lambda: str(cache / "tmp"))
    installed = language("de_DE")
    assert installed.problem == ("The Deutsch translation could not be loaded, so the window"
                                 " is in English.")
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    assert len(installed.translators) == 1  # Qt's own still loads


# -- the spoken words ------------------------------------------------------------------------


def test_spoken_words_follow_the_session_language_not_the_window(
        cache: Path, language: Callable[[str], i18n.InstalledLanguage]) -> None:
    language("de_DE")
    # An English pack in a German window is spoken in English, voice and words alike.
    assert i18n.spoken_language("en") == "en_US"
    assert i18n.spoken_language("de") == "de_DE"
    assert i18n.spoken_language("de-AT", QLocale("es_ES")) == "de_AT"
    pack = load_pack_or_raise(builtin_pack_path())
    segments = plan(pack).segments
    hold = next(s for s in segments if s.kind is SegmentKind.HOLD and s.side is Side.LEFT)
    german = SpokenPhrases("de_DE", cache)
    assert german.paused() == "Angehalten."
    assert german.rep_count(hold).startswith(f"Wiederholung {hold.rep} von {hold.reps}, linke")
    first = segments[0]
    assert german.rep_count(first) == f"Gleich kommen {first.reps} Wiederholungen pro Seite."
    english = SpokenPhrases("en_US", cache)
    assert english.rep_count(first) == f"{first.reps} reps per side coming up."
    spanish = SpokenPhrases("es_ES", cache)
    assert spanish.session_stopped() == "Sesión terminada."


def test_no_german_voice_means_sounds_only_and_settings_say_so_in_german(
        qtbot: QtBot, timers: FakeTimers, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        language: Callable[[str], i18n.InstalledLanguage]) -> None:
    from hipflex_desktop.cues.speech import Speaker
    from hipflex_desktop.ui.i18n import spoken_language

    # The mock engine has English voices only; a German pack is not there yet, so the
    # session is spoken in German only when its pack is: here, a German one is pretended.
    monkeypatch.setenv("HIPFLEX_SPEECH_ENGINE", "mock")
    monkeypatch.setattr("hipflex_desktop.ui.i18n.spoken_language",
                        lambda pack_language, locale=None: spoken_language("de", locale))
    shell = AppShell(data_dir=tmp_path / "data", clock=timers.clock,
                     timer_factory=timers.factory, translate=True, language="de",
                     speech_factory=Speaker)
    qtbot.addWidget(shell.window)
    shell.window.confirm = lambda title, text: True
    try:
        shell._after_show()  # the voice starts in a pass of its own after the first paint
        qtbot.waitUntil(lambda: shell.speech is not None, timeout=5_000)
        speech = shell.speech
        assert speech is not None and speech.language == "de_DE"
        qtbot.waitUntil(lambda: bool(speech.message), timeout=15_000)
        shell.show_settings()
        dialog = shell.settings_dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.voice_status.text().startswith(
            "Die Sprachausgabe hat keine Stimme für Deutsch, deshalb gibt es in den Einheiten"
            " nur Töne.")
        assert not dialog.voice_choice.isEnabled()
        assert shell.director._phrases.paused() == "Angehalten."  # type: ignore[attr-defined]
    finally:
        shell.window.close()
