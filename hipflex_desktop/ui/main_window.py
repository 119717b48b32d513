"""The main window: pages, menus, keys, packs and full screen.

It wires the pages to the :class:`SessionController` and holds no session logic of its own.
Every key works from anywhere in the window (a presentation clicker sends Page Up/Down);
session keys are enabled only while a session is under way, so the arrow keys still move
through the set-up page's controls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from hipflex_desktop import APP_NAME
from hipflex_desktop.core.loader import LoadResult
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanError, PlanOptions, Segment
from hipflex_desktop.core.session import ExerciseSummary
from hipflex_desktop.core.shown import cut, escape
from hipflex_desktop.qtsupport.timers import TimerFactory, make_timer
from hipflex_desktop.ui.accessibility import announce
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.dialogs import Dialogs
from hipflex_desktop.ui.notice_line import NoticeLine
from hipflex_desktop.ui.notices import Notice, Severity
from hipflex_desktop.ui.setup_page import SetupPage
from hipflex_desktop.ui.theme import Colours, colours
from hipflex_desktop.ui.widgets import Veil

if TYPE_CHECKING:
    from hipflex_desktop.store.history import History
    from hipflex_desktop.store.routine_document import RoutineDocument
    from hipflex_desktop.store.routines import Routine, RoutineLibrary
    from hipflex_desktop.ui.history_page import HistoryPage
    from hipflex_desktop.ui.routine_editor import RoutineEditor
    from hipflex_desktop.ui.routines_page import RoutinesPage
    from hipflex_desktop.ui.session_page import SessionPage
    from hipflex_desktop.ui.summary_page import SummaryPage

log = logging.getLogger("hipflex.notice")

PACK_SUFFIXES: Final = (".yaml", ".yml")
SHARE_SUFFIX: Final = ".hipflex"
_FILTERED: Final = frozenset({QEvent.Type.Resize, QEvent.Type.Paint})
def key_help() -> list[tuple[str, str]]:
    """The keys and what they do, as the help veil lists them (in the window's language)."""
    return [
        (QCoreApplication.translate("KeyHelp", "Space"),
         QCoreApplication.translate("KeyHelp", "Start, pause or resume")),
        (QCoreApplication.translate("KeyHelp", "→  Page Down"),
         QCoreApplication.translate("KeyHelp", "Next step")),
        (QCoreApplication.translate("KeyHelp", "←  Page Up"),
         QCoreApplication.translate("KeyHelp", "Previous step")),
        ("E  /  H", QCoreApplication.translate("KeyHelp",
                                               "Easier / harder variant of this exercise")),
        ("R", QCoreApplication.translate("KeyHelp", "Say the rep count")),
        ("M", QCoreApplication.translate("KeyHelp", "Sound on or off")),
        ("F11", QCoreApplication.translate("KeyHelp", "Full screen (focus view)")),
        (QCoreApplication.translate("KeyHelp", "Esc"), QCoreApplication.translate("KeyHelp",
                                               "Leave full screen, or stop the session")),
        (_native("Ctrl+O"), QCoreApplication.translate("KeyHelp", "Open a content pack")),
        (_native("Ctrl+H"), QCoreApplication.translate("KeyHelp", "History")),
        (_native("Ctrl+R"), QCoreApplication.translate("KeyHelp", "Routines")),
        (_native("Ctrl+,"), QCoreApplication.translate("KeyHelp", "Settings")),
        (_native("Ctrl+Q"), QCoreApplication.translate("KeyHelp", "Quit")),
        ("?  /  F1", QCoreApplication.translate("KeyHelp", "Show or hide this help")),
    ]


def _native(keys: str) -> str:
    """A shortcut as this system and language write it (Strg+O in German)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


Confirm = Callable[[str, str], bool]


class MainWindow(QMainWindow):
    pack_changed = Signal(object)  # Pack: now shown
    pack_open_requested = Signal(object)  # Path: the person chose a pack file
    muted_changed = Signal(bool)
    fullscreen_changed = Signal(bool)
    settings_requested = Signal()
    history_requested = Signal()
    routines_requested = Signal()
    routine_import_requested = Signal(object)  # Path: a .hipflex file to add to the library
    calendar_requested = Signal()
    rep_count_requested = Signal()
    closed = Signal()
    first_painted = Signal()  # the window is on screen: slower work may begin

    def __init__(self, packs: CurrentPack, controller: SessionController, *,
                 options: PlanOptions | None = None,
                 parent: QWidget | None = None) -> None:
        """``options``: the set-up to show first (e.g. remembered), where it fits the pack.
        """
        super().__init__(parent)
        self._packs = packs
        pack = packs.pack
        # Options to show a newly opened pack with (the shell remembers them per pack).
        self.remembered_options: Callable[[Pack], PlanOptions | None] = lambda pack: None
        self._showing_pack = False
        self.controller = controller
        self._muted = False
        self._shown_once = False
        self._colours: Colours = colours()
        self.dialogs = Dialogs(self)
        self.setStatusBar(NoticeLine(self))
        self.confirm: Confirm = self.dialogs.ask  # tests answer for the person
        # Whether closing the window should leave the app running in the tray (set by the shell).
        self.keep_in_tray: Callable[[], bool] = lambda: False
        self._quit_asked = False
        self._closed = False
        self.history_page: HistoryPage | None = None
        self.routines_page: RoutinesPage | None = None
        self.routine_editor: RoutineEditor | None = None
        self.editor_timer_factory: TimerFactory = make_timer  # the shell gives its own
        self._library: RoutineLibrary | None = None
        self._trying = False  # a session started by the editor's Try it
        self._session_page: SessionPage | None = None
        self._summary_page: SummaryPage | None = None
        # Called before a session begins (the shell makes what a session needs, if not yet).
        self.before_session: Callable[[], None] = lambda: None

        # The pack's title alone: Qt adds the application's display name (set in app.py) for
        # the window manager, "Hip-flexor strength for runners — HipFlex Desktop".
        self.setWindowTitle(pack.title.text)
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        # 1280×800, or less on a smaller screen (a 1280×720 one, or any at 150 % scaling):
        # a window taller than the screen would hide the buttons and the bottom of the step.
        room = self.screen().availableGeometry()
        self.resize(max(760, min(1280, room.width())), max(520, min(800, room.height())))

        self.stack = QStackedWidget()
        self.setup_page = SetupPage()
        # Each page is named for a screen reader (the session page names itself).
        self.setup_page.setAccessibleName(self.tr("Set-up"))
        self.stack.addWidget(self.setup_page)
        self.setCentralWidget(self.stack)
        self.help_veil = Veil(self.stack)
        self.help_veil.set_message(self.tr("Keys"), key_help())
        self.stack.installEventFilter(self)
        self.setup_page.installEventFilter(self)

        self._make_actions()
        self._make_menus()
        self._connect()
        self._apply_theme(self._colours)
        self.setup_page.set_pack(pack, options)
        # Made now, not after the first paint: a screen reader learns the pages when the window
        # appears, and one that listens from the start cannot be told apart here yet.
        self.build_session_pages()
        self._update_actions()
        self.setup_page.start.setFocus()

    def build_session_pages(self) -> None:
        """Make the session and summary pages (once); their modules load here too."""
        if self._session_page is not None:
            return
        from hipflex_desktop.ui.session_page import SessionPage
        from hipflex_desktop.ui.summary_page import SummaryPage

        session_page, summary_page = SessionPage(), SummaryPage()
        summary_page.setAccessibleName(self.tr("Summary"))
        self._session_page, self._summary_page = session_page, summary_page
        self.stack.addWidget(session_page)
        self.stack.addWidget(summary_page)
        c = self.controller
        session_page.back_requested.connect(c.previous_step)
        session_page.toggle_requested.connect(self._on_toggle)
        session_page.skip_requested.connect(c.next_step)
        session_page.easier_requested.connect(c.easier)
        session_page.harder_requested.connect(c.harder)
        session_page.stop_requested.connect(self._on_stop_requested)
        summary_page.done_requested.connect(self._on_done)
        session_page.set_theme(self._colours)
        if self.isFullScreen():
            session_page.set_focus_view(True)
        self._scale_pages()

    @property
    def session_page(self) -> SessionPage:
        if self._session_page is None:
            self.build_session_pages()
            assert self._session_page is not None
        return self._session_page

    @property
    def summary_page(self) -> SummaryPage:
        if self._summary_page is None:
            self.build_session_pages()
            assert self._summary_page is not None
        return self._summary_page

    # -- construction ----------------------------------------------------------------------

    def _action(self, text: str, keys: list[QKeySequence | QKeySequence.StandardKey | str],
                slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                          for k in keys)
        action.setToolTip(self.tr("{action} ({keys})").format(action=tip, keys=shown)
                          if shown else tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = Qt.Key
        self.act_toggle = self._action(
            self.tr("&Pause / Resume"),
            [QKeySequence(key.Key_Space), QKeySequence(key.Key_MediaTogglePlayPause)],
            self._on_toggle, self.tr("Start, pause or resume the session"))
        # Keyboards with separate Play and Pause keys mean exactly that.
        self.act_play = self._action(self.tr("Play"), [QKeySequence(key.Key_MediaPlay)],
                                     self._on_play, self.tr("Start or resume the session"))
        self.act_media_pause = self._action(self.tr("Pause"), [QKeySequence(key.Key_MediaPause)],
                                            self.controller.pause, self.tr("Pause the session"))
        self.act_next = self._action(
            self.tr("&Next step"), [QKeySequence(key.Key_Right), QKeySequence(key.Key_PageDown)],
            self.controller.next_step, self.tr("Skip to the next step"))
        self.act_previous = self._action(
            self.tr("Pre&vious step"), [QKeySequence(key.Key_Left), QKeySequence(key.Key_PageUp)],
            self.controller.previous_step, self.tr("Go back one step"))
        self.act_easier = self._action(self.tr("&Easier variant"), [QKeySequence(key.Key_E)],
                                       self.controller.easier,
                                       self.tr("Switch this exercise to its easier variant"))
        self.act_harder = self._action(self.tr("&Harder variant"), [QKeySequence(key.Key_H)],
                                       self.controller.harder,
                                       self.tr("Switch this exercise to its harder variant"))
        self.act_restart = self._action(self.tr("&Restart exercise"), [],
                                        self.controller.restart_exercise,
                                        self.tr("Start this exercise again from its set-up"))
        self.act_stop = self._action(self.tr("&Stop session…"), [], self._on_stop_requested,
                                     self.tr("Stop the session (asks first)"))
        self.act_mute = self._action(self.tr("&Mute"), [QKeySequence(key.Key_M)], self._on_mute,
                                     self.tr("Turn sounds and voice off or on"))
        self.act_mute.setCheckable(True)
        self.act_fullscreen = self._action(self.tr("&Full screen"), [QKeySequence(key.Key_F11)],
                                           self._on_fullscreen, self.tr("Full screen focus view"))
        self.act_fullscreen.setCheckable(True)
        self.act_escape = self._action(self.tr("Leave"), [QKeySequence(key.Key_Escape)],
                                       self._on_escape,
                                       self.tr("Leave full screen, or stop the session"))
        self.act_help = self._action(self.tr("&Keys"),
                                     [QKeySequence(key.Key_F1), QKeySequence("?")],
                                     self._on_help, self.tr("Show the keys"))
        self.act_open = self._action(self.tr("&Open pack…"), [QKeySequence.StandardKey.Open],
                                     self._on_open, self.tr("Open a content pack file"))
        self.act_builtin = self._action(self.tr("Use the &built-in pack"), [], self._on_builtin,
                                        self.tr("Go back to the pack that comes with the app"))
        self.act_quit = self._action(self.tr("&Quit"), [QKeySequence("Ctrl+Q")], self.quit_now,
                                     self.tr("Quit HipFlex Desktop"))
        self.act_settings = self._action(self.tr("&Settings…"), [QKeySequence("Ctrl+,")],
                                         self.settings_requested.emit, self.tr(
                                             "Language, sound, voice, weekly goal and reminders"))
        self.act_history = self._action(self.tr("&History"), [QKeySequence("Ctrl+H")],
                                        self.history_requested.emit,
                                        self.tr("Your sessions, weeks and streak"))
        self.act_routines = self._action(self.tr("&Routines…"), [QKeySequence("Ctrl+R")],
                                         self.routines_requested.emit,
                                         self.tr("The built-in routine and your own: use, copy,"
                                                 " share"))
        self.act_import_routine = self._action(self.tr("&Import routine…"), [],
                                               self._on_import_routine,
                                               self.tr("Add a routine from a .hipflex or .yaml"
                                                       " file to your routines"))
        self.act_calendar = self._action(self.tr("Add to &calendar…"), [],
                                         self.calendar_requested.emit,
                                         self.tr("Save your weekly schedule as a calendar file"))
        self.act_rep_count = self._action(self.tr("Say the &rep count"), [QKeySequence(key.Key_R)],
                                          self.rep_count_requested.emit,
                                          self.tr("Hear which rep and side you are on"))
        self.act_about = self._action(self.tr("&About"), [], self._on_about,
                                      self.tr("About HipFlex Desktop"))
        self.session_actions = (self.act_next, self.act_previous, self.act_easier,
                                self.act_harder, self.act_restart, self.act_stop,
                                self.act_rep_count)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_builtin)
        file_menu.addSeparator()
        file_menu.addAction(self.act_routines)
        file_menu.addAction(self.act_import_routine)
        file_menu.addSeparator()
        file_menu.addAction(self.act_calendar)
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        session = bar.addMenu(self.tr("&Session"))
        for action in (self.act_toggle, self.act_next, self.act_previous, self.act_easier,
                       self.act_harder, self.act_restart, self.act_stop):
            session.addAction(action)
        session.addAction(self.act_rep_count)
        session.addSeparator()
        session.addAction(self.act_mute)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.act_history)
        view.addAction(self.act_fullscreen)
        self.view_menu = view
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_help)
        help_menu.addAction(self.act_about)

    def _connect(self) -> None:
        c = self.controller
        c.step_changed.connect(self._on_step_changed)
        c.time_changed.connect(self._on_time_changed)
        c.paused_changed.connect(self._on_paused_changed)
        c.finished.connect(self._on_finished)
        c.stopped.connect(self._on_stopped)
        c.active_changed.connect(self._on_active_changed)
        c.notice.connect(self._on_notice)
        self.setup_page.start_requested.connect(self.start_session)
        self.pack_open_requested.connect(self._packs.open)  # loads, then changed or refused
        self._packs.changed.connect(self._on_pack_changed)
        self._packs.refused.connect(self.show_pack_problems)

    def _apply_theme(self, theme: Colours) -> None:
        self._colours = theme
        if self._session_page is not None:
            self._session_page.set_theme(theme)
        self.help_veil.set_theme(theme)
        if self.history_page is not None:
            self.history_page.set_theme(theme)

    def set_theme(self, theme: Colours) -> None:
        """Another look (chosen in Settings, or the desktop's changed): the painted parts
        follow; the rest follows the application's palette and style sheet."""
        if theme is not self._colours:
            self._apply_theme(theme)

    # -- reading ---------------------------------------------------------------------------

    @property
    def pack(self) -> Pack:
        """The pack in use (held by the shell's :class:`CurrentPack`)."""
        return self._packs.pack

    @property
    def showing_pack(self) -> bool:
        """A pack is being put on the set-up page: its options are not the person's choice."""
        return self._showing_pack

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def last_dialog(self) -> QMessageBox | None:
        """The message box on screen, if any."""
        return self.dialogs.last

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # -- session ---------------------------------------------------------------------------

    def start_session(self, options: PlanOptions) -> None:
        if self.controller.active:
            return
        self.before_session()
        self.build_session_pages()
        try:
            self.controller.begin(self.pack, options)
        except PlanError as exc:
            self.notify(Notice(str(exc), Severity.WARNING))

    def _on_toggle(self) -> None:
        page = self.current_page()
        if page is self.setup_page:
            self.setup_page.request_start()
        elif page is not None and page is self._summary_page:
            self._on_done()
        elif page is not None and page in (self.routines_page, self.routine_editor):
            # No session here: Space presses the focused button, as everywhere on the desktop.
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.click()
            elif isinstance(focus, QComboBox) and focus.isEnabled():
                focus.showPopup()
        else:
            self.controller.toggle()

    def _on_play(self) -> None:
        if self.controller.paused:
            self.controller.resume()
        elif not self.controller.active:
            self._on_toggle()

    def _on_step_changed(self, seg: Segment) -> None:
        c = self.controller
        session = c.session
        upcoming = session.upcoming if session is not None else None
        self.session_page.show_segment(seg, upcoming, c.available_levels(),
                                       None if session is None else session.pack)
        self._on_time_changed()

    def _on_time_changed(self) -> None:
        session = self.controller.session
        if session is None or self.stack.currentWidget() is not self._session_page:
            return
        self.session_page.show_time(session.remaining(), session.total_remaining(),
                                    session.total_seconds)

    def _on_paused_changed(self, paused: bool) -> None:
        self.session_page.set_paused(paused)

    def _on_active_changed(self, active: bool) -> None:
        if active:
            self.stack.setCurrentWidget(self.session_page)
            self.session_page.setFocus()
        self._update_actions()

    def _on_finished(self, summary: list[ExerciseSummary]) -> None:
        self._show_summary(summary, finished=True)

    def _on_stopped(self, summary: list[ExerciseSummary]) -> None:
        self._show_summary(summary, finished=False)

    def _show_summary(self, summary: list[ExerciseSummary], finished: bool) -> None:
        self.session_page.set_paused(False, announced=False)
        self.session_page.announce_end(finished)
        session = self.controller.session
        sets = 1 if session is None else session.current.sets
        seconds = 0.0 if session is None else session.duration()
        self.summary_page.show_result(summary, seconds, finished, sets=sets)
        self.stack.setCurrentWidget(self.summary_page)
        self.summary_page.done.setFocus()

    def _on_done(self) -> None:
        if self._trying and self.routine_editor is not None:
            self._trying = False  # back to the routine being edited
            self.stack.setCurrentWidget(self.routine_editor)
            return
        self.stack.setCurrentWidget(self.setup_page)
        self.setup_page.start.setFocus()

    def _on_notice(self, text: str) -> None:
        self.notify(Notice(text))

    def notify(self, notice: Notice) -> None:
        """The one way the app tells the person something: logged at its severity, then a
        box to read when it has a title, else a passing word (see notices.py)."""
        log.log(notice.severity.value, "%s",
                f"{notice.title}: {notice.text}" if notice.title else notice.text)
        if notice.to_read:
            self.dialogs.show(notice.severity, notice.title, notice.text,
                              informative=notice.informative, details=notice.details)
            return
        self.statusBar().showMessage(notice.text, 5000)
        page = self._session_page
        if page is not None and self.current_page() is page:
            page.show_toast(notice.text)  # seen across the room, and heard
        else:
            announce(self, notice.text)

    def _confirm_paused(self, title: str, text: str) -> bool:
        """Ask with the session paused, so that the countdown does not run on behind the box.
        True when the person says yes, or when the last step ran out just now and there is
        nothing left to ask about; on no, the session goes on as it was."""
        was_running = self.controller.running
        self.controller.pause()
        if not self.controller.active or self.confirm(title, text):
            return True
        if was_running:
            self.controller.resume()
        return False

    def _on_stop_requested(self) -> None:
        if not self.controller.active:
            return
        if self._confirm_paused(self.tr("Stop the session?"),
                                self.tr("Stop now? What you have done so far is kept.")) \
                and self.controller.active:
            self.controller.stop()

    def _update_actions(self) -> None:
        active = self.controller.active
        for action in self.session_actions:
            action.setEnabled(active)
        for action in (self.act_open, self.act_builtin, self.act_history):
            action.setEnabled(not active)

    # -- keys and view ---------------------------------------------------------------------

    def _on_mute(self) -> None:
        self.set_muted(not self._muted)

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.act_mute.setChecked(muted)
            self._on_notice(self.tr("Sound off") if muted else self.tr("Sound on"))
            self.muted_changed.emit(muted)

    def _on_fullscreen(self) -> None:
        self.set_fullscreen(not self.isFullScreen())

    def set_fullscreen(self, on: bool) -> None:
        # Only the full-screen flag changes: a maximised window comes back maximised.
        full = Qt.WindowState.WindowFullScreen
        self.setWindowState(self.windowState() | full if on else self.windowState() & ~full)
        self.show()
        handle = self.windowHandle()
        if on and handle is not None and self.geometry() != self.screen().geometry():
            # The whole screen, even where no window manager sizes it (the window's own
            # geometry would leave the full-screen state; its native window's does not).
            handle.setGeometry(self.screen().geometry())
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        if self._session_page is not None:
            self._session_page.set_focus_view(on)
        self.act_fullscreen.setChecked(on)
        self.fullscreen_changed.emit(on)

    def _on_escape(self) -> None:
        if self.help_veil.isVisible():
            self.help_veil.hide()
        elif self.routine_editor is not None and self.current_page() is self.routine_editor:
            self.routine_editor.request_close()
        elif self.current_page() is not None and self.current_page() in (
                self.history_page, self.routines_page):
            self._on_done()
        elif self.isFullScreen():
            self.set_fullscreen(False)
        elif self.controller.active:
            self._on_stop_requested()

    def _on_help(self) -> None:
        if self.help_veil.isVisible():
            self.help_veil.hide()
        else:
            self.help_veil.cover()

    def _on_about(self) -> None:
        from hipflex_desktop import __version__

        pack = self.pack
        self.dialogs.show(Severity.INFO, self.tr("About {app}").format(app=APP_NAME),
                          self.tr("{app} {version}\n\nA guided hip-flexor strengthening session"
                                  " for runners.\n\nPack: {pack} {pack_version} by {author}"
                                  " ({licence}).").format(
                              app=APP_NAME, version=__version__, pack=pack.title.text,
                              pack_version=pack.version, author=pack.author,
                              licence=pack.licence))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every paint of the pages passes through here during a session: one look at the
        # event's type (a conversion into Python each time), and out at once when it is
        # none of the two this filter is for.
        kind = event.type()
        if kind not in _FILTERED:
            return False
        if kind == QEvent.Type.Resize and watched is self.stack:
            if self.help_veil.isVisible():
                self.help_veil.setGeometry(self.stack.rect())
            self._scale_pages()
        if kind == QEvent.Type.Paint and not self._shown_once and watched in (
            self.stack, self.setup_page
        ):
            self._shown_once = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def _scale_pages(self) -> None:
        unit = max(5.0, min(self.stack.height() / 100, self.stack.width() / 150))
        self.setup_page.apply_scale(unit)
        if self._summary_page is not None:
            self._summary_page.apply_scale(unit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_pages()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._scale_pages()

    # -- packs -----------------------------------------------------------------------------

    def open_pack_file(self, path: Path) -> bool:
        """Switch to the pack at ``path``; on any problem, show it and keep the current pack."""
        if self.controller.active:
            self.dialogs.show(Severity.INFO, self.tr("Session under way"),
                              self.tr("Finish or stop the session before opening another"
                                      " pack."))
            return False
        before = self.pack
        self.pack_open_requested.emit(path)
        if self.pack is before:
            return False
        self._on_notice(self.tr("Opened {pack}").format(pack=self.pack.title.text))
        return True

    def _on_pack_changed(self, pack: Pack) -> None:
        self.setWindowTitle(pack.title.text)
        self._showing_pack = True
        try:
            self.setup_page.set_pack(pack, self.remembered_options(pack))
        finally:
            self._showing_pack = False
        self.stack.setCurrentWidget(self.setup_page)
        self.pack_changed.emit(pack)

    def show_pack_problems(self, path: Path, result: LoadResult) -> None:
        errors = result.errors or result.problems
        shown = "\n".join(str(p) for p in errors[:12])
        more = ("\n" + self.tr("… and %n more", "", len(errors) - 12)
                if len(errors) > 12 else "")
        self.dialogs.show(
            Severity.WARNING,
            self.tr("This pack cannot be used"),
            self.tr("{file} has %n problem(s). The current pack, {pack}, stays open.", "",
                    len(errors)).format(file=cut(escape(path.name)), pack=self.pack.title.text),
            details="\n".join(str(p) for p in result.problems),
            informative=shown + more,
        )

    def _on_open(self) -> None:
        if self.controller.active:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a content pack"), "",
            self.tr("Content packs ({patterns});;All files (*)").format(
                patterns="*.yaml *.yml"))
        if name:
            self.open_pack_file(Path(name))

    def _on_builtin(self) -> None:
        from hipflex_desktop.resources import builtin_pack_path

        self.open_pack_file(builtin_pack_path())

    def _on_import_routine(self) -> None:
        self.routines_requested.emit()
        if self.routines_page is not None and self.current_page() is self.routines_page:
            self.routines_page.import_button.click()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_pack(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_pack(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path.suffix.lower() == SHARE_SUFFIX:
            self.routine_import_requested.emit(path)
        else:
            self.open_pack_file(path)

    # -- leaving ---------------------------------------------------------------------------

    def quit_now(self) -> None:
        """Quit the app (Ctrl+Q, or Quit in the tray): asks first during a session."""
        self._quit_asked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        quitting, self._quit_asked = self._quit_asked, False
        if self._closed:
            event.accept()
            return
        if not quitting and not self.controller.active and self.keep_in_tray():
            event.ignore()
            self.hide()
            return
        if self.routine_editor is not None and not self.routine_editor.may_close():
            event.ignore()
            return
        if self.controller.active and not self._confirm_paused(
                self.tr("Quit during the session?"),
                self.tr("Quit now? Next time you can pick up where you left off.")):
            event.ignore()
            return
        self._closed = True
        if self.routine_editor is not None:
            self.routine_editor.shutdown()
        self.controller.shutdown()
        self.closed.emit()
        event.accept()

    def show_history(self, history: History | None, *, goal: int, today: date) -> None:
        """The History page (made on first use: most runs never open it)."""
        from hipflex_desktop.ui.history_page import HistoryPage

        if self.history_page is None:
            page = HistoryPage()
            page.setAccessibleName(self.tr("History"))
            page.set_theme(self._colours)
            page.back_requested.connect(self._on_done)
            self.stack.addWidget(page)
            self.history_page = page
        names = {e.id: e.name.text for e in self.pack.exercises}
        if history is None:
            self.history_page.set_problem(self.tr("Your history is not available in this run."))
        else:
            self.history_page.set_history(history, goal=goal, today=today,
                                          exercise_names=names, pack=self.pack)
        self.stack.setCurrentWidget(self.history_page)

    def show_routines(self, library: RoutineLibrary) -> RoutinesPage:
        """The Routines page (made on first use), read afresh each time it is shown."""
        from hipflex_desktop.ui.routines_page import RoutinesPage

        if self.routines_page is None:
            page = RoutinesPage(library, self.dialogs, self._options_for)
            page.back_requested.connect(self._on_done)
            page.use_requested.connect(self._on_routine_chosen)
            page.notice_given.connect(self.notify)
            page.edit_requested.connect(self._on_edit_routine)
            page.new_requested.connect(self._on_new_routine)
            self.stack.addWidget(page)
            self.routines_page = page
        else:
            self.routines_page.refresh()
        self._library = library
        if self.controller.active:
            self.dialogs.show(Severity.INFO, self.tr("Session under way"),
                              self.tr("Finish or stop the session before changing routines."))
        else:
            self.stack.setCurrentWidget(self.routines_page)
            self.routines_page.list.setFocus()
        return self.routines_page

    def _on_edit_routine(self, routine: Routine) -> None:
        from hipflex_desktop.store.routine_document import DocumentError, RoutineDocument

        try:
            document = RoutineDocument.open(routine.file)
        except DocumentError as exc:
            self.notify(Notice(str(exc), Severity.WARNING,
                               title=self.tr("This routine cannot be edited")))
            return
        self.open_editor(document)

    def _on_new_routine(self) -> None:
        from hipflex_desktop.store.routine_document import RoutineDocument

        if self._library is not None:
            self.open_editor(RoutineDocument.new(self._library.new_folder()))

    def open_editor(self, document: RoutineDocument,
                    recovered_from: Path | None = None) -> RoutineEditor | None:
        """Show ``document`` in the editor (after the one open now may close)."""
        from hipflex_desktop.ui.routine_editor import RoutineEditor

        if self._library is None or self.controller.active:
            return None
        if self.routine_editor is not None:
            if not self.routine_editor.may_close():
                self.stack.setCurrentWidget(self.routine_editor)
                self.routine_editor.take_focus()  # not the hidden Routines list's
                return None
            self._drop_editor()
        editor = RoutineEditor(document, self.dialogs, routines_folder=self._library.folder,
                               timer_factory=self.editor_timer_factory)
        editor.close_requested.connect(self._on_editor_closed)
        editor.saved.connect(self._on_routine_saved)
        editor.try_requested.connect(self._on_try_routine)
        if recovered_from is not None:
            editor.recovered_from(recovered_from)
        self.stack.addWidget(editor)
        self.routine_editor = editor
        self.stack.setCurrentWidget(editor)
        editor.outline.setFocus()
        return editor

    def _drop_editor(self) -> None:
        editor, self.routine_editor = self.routine_editor, None
        if editor is not None:
            editor.shutdown()
            self.stack.removeWidget(editor)
            editor.deleteLater()

    def _on_editor_closed(self) -> None:
        # The Routines page takes the keyboard before the editor goes, so that focus does not
        # go down with it.
        if self._library is not None:
            self.show_routines(self._library)
        self._drop_editor()

    def _on_routine_saved(self, file: Path) -> None:
        if self.routines_page is not None:
            self.routines_page.refresh(select=file)
        self.notify(Notice(self.tr("Saved {name}").format(name=file.name)))

    def _on_try_routine(self, pack: Pack, options: PlanOptions) -> None:
        if self.controller.active:
            return
        self._trying = True
        self._packs.use(pack)
        self.start_session(options)
        if not self.controller.active:
            self._trying = False
            if self.routine_editor is not None:
                self.stack.setCurrentWidget(self.routine_editor)

    def _options_for(self, pack: Pack) -> PlanOptions | None:
        return self.remembered_options(pack)  # looked up each time: the shell may replace it

    def _on_routine_chosen(self, path: Path) -> None:
        if self.open_pack_file(path):
            self.setup_page.start.setFocus()



def _dropped_pack(urls: list[QUrl]) -> Path | None:
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in (*PACK_SUFFIXES, SHARE_SUFFIX) else None

