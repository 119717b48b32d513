"""Every page and dialog in a pseudo-language: every text translated, and every text fits.

The pseudo-language (tests/ui/texts.py) replaces every text of the app and of Qt by a marked
form 40 % longer, as German and Spanish often are. The test walks the set-up page, the menus,
the keys help, a session through every kind of step (both sides, a second set, a rest, a
switch, paused, a notice), the summary with what changes next time, the history with sessions
at their steps (the step chart), empty and unreadable, the set-up page with each exercise's
step and a suggestion, the list to choose a step open, the settings and the message boxes,
and fails on any visible text that has no marked part once the pack's own texts and numbers
are taken out, and on any text wider or taller than its widget (or, in a chart, than its
box). The history is written through the store's API (tests/store/step_histories.py). The
German and Spanish windows at 1024x600 and 1280x800 are walked the same way for fit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from hipflex_desktop import APP_NAME
from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Pack, SideMode
from hipflex_desktop.core.plan import SegmentKind
from hipflex_desktop.cues.speech import INSTALL_COMMAND, NO_VOICE, message
from hipflex_desktop.languages import LANGUAGES
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.history import History
from hipflex_desktop.store.paths import DataPaths
from hipflex_desktop.store.progress import standings_from
from hipflex_desktop.store.routines import RoutineLibrary
from hipflex_desktop.store.settings import HabitSettings, SoundSettings, VoiceSettings
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.settings_dialog import SettingsDialog
from hipflex_desktop.ui.step_panel import StepPanel, suggestion_sentence
from tests.store.helpers import add_session
from tests.store.routine_files import write_routine
from tests.store.step_histories import write_step_history
from tests.ui.conftest import FakeTimers
from tests.ui.texts import PseudoTranslator, Walker, data_texts, pseudo

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")

TODAY = date.today()


@pytest.fixture
def pseudo_language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    i18n.uninstall()
    i18n.install_translator(PseudoTranslator())
    yield
    i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("english"))


@pytest.fixture(params=["de_DE", "es_ES"])
def translated(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    i18n.install(QLocale(request.param), tmp_path_factory.mktemp("language"))
    yield request.param
    i18n.install(QLocale("en_US"), tmp_path_factory.mktemp("english"))


def test_the_pseudo_language_keeps_what_the_app_needs() -> None:
    assert pseudo("Start session") == "⟦Štářt šéššíóñ ····⟧"
    two_lines = pseudo("{file} has %n problem(s).\nSee &below")
    assert two_lines.startswith("⟦{file} háš %n přóbłém(š). ")
    assert two_lines.split("\n")[1].startswith("⟦Šéé &béłów ")
    assert pseudo('<a href="calendar">Add…</a>') == '⟦<a href="calendar">Ádd…</a> ·⟧'
    assert len(pseudo("x" * 100)) >= 140


def _walk_everything(qtbot: QtBot, window: MainWindow, walker: Walker, *, timers: FakeTimers,
                     history: History, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)

    def settle() -> None:
        QApplication.processEvents()
        QApplication.processEvents()

    def walk(where: str, root: QWidget | None = None) -> None:
        settle()
        walker.walk(root or window, where)

    walk("set-up")
    walker.menus(window, "menus")
    window._on_help()
    walk("keys help")
    window._on_help()

    # A session with every kind of step: two sets, one side after the other, rests, switches.
    page = window.setup_page
    page.reps.setValue(2)
    page.sets.setValue(2)
    page.side_pattern.setCurrentIndex(page.side_pattern.findData(SideMode.EACH_SIDE))
    page.request_start()
    controller = window.controller
    assert controller.active
    controller.harder()
    controller.harder()  # no harder one than that: a notice
    walk("session, notice shown")
    controller.pause()
    walk("session, paused")
    controller.resume()
    seen: set[tuple[object, ...]] = set()
    kinds: set[SegmentKind] = set()
    while controller.active:
        session = controller.session
        assert session is not None
        seg = session.current
        key = (seg.kind, seg.side, seg.set > 1, seg.exercise_number == seg.exercise_count)
        if key not in seen:
            seen.add(key)
            kinds.add(seg.kind)
            walk(f"session, {seg.kind.value} {seg.side} set {seg.set}")
        if seg.exercise_number == seg.exercise_count and seg.rep == 1 and seg.set == 2:
            break
        controller.next_step()
    assert kinds == set(SegmentKind), kinds
    asked: list[tuple[str, str]] = []

    def confirm(title: str, text: str) -> bool:
        asked.append((title, text))
        return True

    window.confirm = confirm
    window._on_stop_requested()
    for title, text in asked:
        walker.text("stop question", title)
        walker.text("stop question", text)
    standings = standings_from(window.pack, history.sessions(),
                               history.step_decisions(window.pack.id), today=TODAY)
    changes = [suggestion_sentence(window.pack, row) for row in standings
               if row.suggestion.changes]
    assert len(changes) == 2, changes  # one step up, one down
    window.summary_page.show_next_time(changes)
    walk("summary")
    assert window.current_page() is window.summary_page
    assert window.summary_page.next_time.isVisible()

    window._on_about()
    assert window.last_dialog is not None
    walk("about", window.last_dialog)
    window.last_dialog.close()
    timers.fire_due()

    window._on_done()
    window.show_history(history, goal=2, today=TODAY)
    history_page = window.history_page
    assert history_page is not None and history_page.step_chart.isVisible()
    assert [len(row.changes) for row in history_page.step_chart.rows] == [2, 0, 1]
    scroll = history_page.findChild(QScrollArea)
    assert scroll is not None
    for scrolled in (0, 1):  # the top of the page, then its bottom
        bar = scroll.verticalScrollBar()
        bar.setValue(bar.maximum() * scrolled)
        walk(f"history, scrolled {scrolled}")
    window.show_history(None, goal=2, today=TODAY)
    walk("history, not available")
    window._on_done()

    # The set-up page with each exercise's step: one suggested up, one down, one on its way.
    decisions = history.step_decisions(window.pack.id)
    window.setup_page.set_progress(standings, {d.exercise_id for d in decisions},
                                   {d.exercise_id for d in decisions if d.kind != "declined"})
    settle()  # a panel added to the shown page is shown on the next turn of the loop
    panels = window.setup_page.findChildren(StepPanel)
    assert len(panels) == 3
    assert sum(panel.accept.isVisibleTo(window) for panel in panels) == 2
    walk("set-up, steps")
    scroll = window.setup_page.findChild(QScrollArea)
    assert scroll is not None
    for panel in panels:
        scroll.ensureWidgetVisible(panel.choose)
        settle()
        walker.popup(panel.choose, f"set-up, steps of {panel.exercise_id}")


def _sessions(path: Path, pack: Pack) -> History:
    """Ten weeks of sessions at their steps, with a suggestion up and one down; before them,
    one stopped session."""
    history = History.open(path)
    add_session(history, datetime.combine(TODAY - timedelta(days=80), time(18, 0)).astimezone(),
                status="stopped")
    write_step_history(history, pack, today=TODAY)
    return history


def _settings(qtbot: QtBot, walker: Walker, size: tuple[int, int]) -> None:
    dialog = SettingsDialog(SoundSettings(), VoiceSettings(), HabitSettings(goal_per_week=3),
                            language="de", language_shown="en")
    qtbot.addWidget(dialog)
    dialog.set_voice_status(message(NO_VOICE, language=QLocale("de").nativeLanguageName(),
                                    command=INSTALL_COMMAND), False)
    dialog.set_screen_status(dialog.tr("keeping the screen awake"))
    dialog.language.setCurrentIndex(3)  # the note about the next start shows
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.height() <= size[1] - 40, "the settings dialog is taller than the screen"
    assert dialog.width() <= size[0], "the settings dialog is wider than the screen"
    walker.walk(dialog, "settings")


def _pack_problem(qtbot: QtBot, window: MainWindow, walker: Walker, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\n", encoding="utf-8")
    result = load_pack(broken)
    walker.allowed = sorted({*walker.allowed, *(str(p) for p in result.problems),
                             *(str(p) for p in result.errors)}, key=len, reverse=True)
    window.show_pack_problems(broken, result)
    box = window.last_dialog
    assert isinstance(box, QMessageBox)
    QApplication.processEvents()
    walker.walk(box, "pack problems")
    box.close()


def _routines(qtbot: QtBot, window: MainWindow, walker: Walker, tmp_path: Path) -> None:
    """The Routines page with the built-in routine and an own one, then the editor on the own
    one: its routine part and an exercise."""
    library = RoutineLibrary(DataPaths(tmp_path / "data"), builtin_pack_path())
    routine = library.import_file(write_routine(tmp_path / "hand", title="Apple lifts"))
    own = load_pack(routine.file).pack
    assert own is not None
    walker.allowed = sorted({*walker.allowed, *data_texts(own), routine.file.parent.name},
                            key=len, reverse=True)
    page = window.show_routines(library)
    page.select(routine.file)
    QApplication.processEvents()
    walker.walk(window, "routines")
    page.edit_requested.emit(routine)
    editor = window.routine_editor
    assert editor is not None
    assert window.current_page() is editor
    QApplication.processEvents()
    walker.walk(window, "routine editor, routine")
    editor.outline.setCurrentRow(1)
    QApplication.processEvents()
    walker.walk(window, "routine editor, exercise")
    editor.version_switch.button("easier").click()
    QApplication.processEvents()
    walker.walk(window, "routine editor, no easier version yet")
    editor.add_variant_button.click()
    editor.cues.add_button.click()  # one field of its own, the others kept from the standard
    QApplication.processEvents()
    walker.walk(window, "routine editor, easier version")
    editor.undo_stack.setClean()
    editor.request_close()
    QApplication.processEvents()


def _allowed(pack: Pack, history_names: set[str]) -> set[str]:
    """What the app shows as it is: the pack's texts, the languages by their own names, and
    what the locale itself spells (day names, AM and PM)."""
    locale = QLocale()
    forms = (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
    spelled = ({locale.dayName(day, form) for day in range(1, 8) for form in forms}
               | {locale.monthName(month, form) for month in range(1, 13) for form in forms})
    return (data_texts(pack) | history_names | spelled | set(LANGUAGES.values())
            | {locale.amText(), locale.pmText(), APP_NAME, "broken.yaml"})


@pytest.fixture
def rig(clock: FakeClock, timers: FakeTimers, builtin_pack: Pack, tmp_path: Path) -> Rig:
    return Rig(clock, timers, builtin_pack, tmp_path)


@dataclass
class Rig:
    clock: FakeClock
    timers: FakeTimers
    pack: Pack
    folder: Path


def test_every_page_and_dialog_in_the_pseudo_language(qtbot: QtBot, pseudo_language: None,
                                                      rig: Rig) -> None:
    builtin_pack, timers, tmp_path = rig.pack, rig.timers, rig.folder
    controller = SessionController(rig.clock, timers.factory)
    window = MainWindow(CurrentPack(builtin_pack), controller)
    qtbot.addWidget(window)
    history = _sessions(tmp_path / "history.db", builtin_pack)
    from tests.store.helpers import EXERCISES

    walker = Walker(_allowed(builtin_pack, {name for _, name, _, _ in EXERCISES}))
    try:
        _walk_everything(qtbot, window, walker, timers=timers, history=history,
                         size=(1280, 800))
        _pack_problem(qtbot, window, walker, tmp_path)
        _routines(qtbot, window, walker, tmp_path)
        _settings(qtbot, walker, (1280, 800))
    finally:
        controller.shutdown()
        history.close()
    assert walker.seen > 300
    assert walker.problems == [], "\n".join(walker.problems[:60])


@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_german_and_spanish_fit_at_the_screen_sizes_the_app_is_used_at(
        qtbot: QtBot, translated: str, rig: Rig, size: tuple[int, int]) -> None:
    builtin_pack, timers, tmp_path = rig.pack, rig.timers, rig.folder
    controller = SessionController(rig.clock, timers.factory)
    window = MainWindow(CurrentPack(builtin_pack), controller)
    qtbot.addWidget(window)
    history = _sessions(tmp_path / "history.db", builtin_pack)
    walker = Walker((), check_translated=False)
    try:
        _walk_everything(qtbot, window, walker, timers=timers, history=history, size=size)
        _routines(qtbot, window, walker, tmp_path)
        _settings(qtbot, walker, size)
    finally:
        controller.shutdown()
        history.close()
    assert walker.problems == [], "\n".join(walker.problems[:60])





def test_the_start_up_notices_and_the_resume_question_in_the_pseudo_language(
        qtbot: QtBot, pseudo_language: None, rig: Rig) -> None:
    from hipflex_desktop.ui.shell import AppShell
    from tests.ui.test_shell import at_left_rep_4, start_and_crash

    data = rig.folder / "data"
    shells: list[AppShell] = []

    def shell() -> AppShell:
        made = AppShell(data_dir=data, clock=rig.clock, timer_factory=rig.timers.factory)
        made.window.confirm = lambda title, text: True  # a crashed session quits unasked
        qtbot.addWidget(made.window)
        shells.append(made)
        return made

    first = shell()
    start_and_crash(first, rig.timers, where=at_left_rep_4)
    (data / "settings.ini").write_text("[sound]\nvolume=7\n", encoding="utf-8")
    second = shell()
    walker = Walker(_allowed(rig.pack, set()) | {"settings.ini", "sound/volume=7.0"})
    try:
        second.window.resize(1280, 800)
        second.window.show()
        qtbot.waitExposed(second.window)
        second._after_show()  # what comes after the first paint: notices, then the offer
        notices = second.window.last_dialog
        assert notices is not None
        QApplication.processEvents()
        walker.walk(notices, "start-up notices")
        box = second.resume_box
        assert box is not None
        QApplication.processEvents()
        walker.walk(box, "resume question")
        box.close()
    finally:
        for made in shells:
            made.window.close()
    assert walker.seen > 5
    assert walker.problems == [], "\n".join(walker.problems)
