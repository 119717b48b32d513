"""Puts the app together: data folder, settings, history, window, cues, reminders, resume.

Everything with a side effect on the machine (files, sound, speech, D-Bus, timers) is made
here, so tests can build the same app over a temporary folder, a fake clock and fake timers.
The window itself stays a view over the session controller.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QMessageBox

from hipflex_desktop import APP_NAME
from hipflex_desktop.core.clock import Clock, MonotonicClock
from hipflex_desktop.core.loader import LoadResult
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.qtsupport.timers import TimerFactory, make_timer
from hipflex_desktop.resources import builtin_pack_path, resource_path
from hipflex_desktop.store.paths import DataPaths
from hipflex_desktop.store.routines import RoutineLibrary, Trash
from hipflex_desktop.store.settings import (
    AppSettings,
    HabitSettings,
    SetAside,
    SoundSettings,
    VoiceSettings,
)
from hipflex_desktop.trace import TraceWriter
from hipflex_desktop.ui import i18n
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.current_pack import CurrentPack
from hipflex_desktop.ui.i18n import InstalledLanguage
from hipflex_desktop.ui.main_window import MainWindow
from hipflex_desktop.ui.notices import Notice, Severity
from hipflex_desktop.ui.spoken import SpokenPhrases
from hipflex_desktop.ui.step_panel import suggestion_sentence
from hipflex_desktop.ui.style import Look
from hipflex_desktop.ui.theme import Appearance
from hipflex_desktop.ui.trace_recorder import TraceRecorder
from hipflex_desktop.ui.trash import move_to_trash

# What a session, the history and the tray need is imported when it is made (see
# AppShell.finish_start_up): the set-up page is painted without it.
if TYPE_CHECKING:
    from hipflex_desktop.cues.screensaver import ScreenSaverInhibitor
    from hipflex_desktop.cues.sound import SoundPlayer
    from hipflex_desktop.cues.speech import Speaker
    from hipflex_desktop.store.history import History, ResumePoint, SessionRecord, StepDecision
    from hipflex_desktop.store.progress import Standing
    from hipflex_desktop.ui.cue_director import CueDirector
    from hipflex_desktop.ui.error_report import ErrorReport
    from hipflex_desktop.ui.recorder import HistoryRecorder
    from hipflex_desktop.ui.reminders import ReminderService
    from hipflex_desktop.ui.settings_dialog import SettingsDialog

log = logging.getLogger("hipflex")
RECENT_SESSIONS = 60

SpeechFactory = Callable[[QObject], "Speaker | None"]
UNEXPECTED_ERROR_TITLE = QT_TRANSLATE_NOOP("AppShell", "Something went wrong")
AFTER_SHOW_FALLBACK_MS = 2000


def default_speech(parent: QObject) -> Speaker:
    """The real voice: a worker process with the system's engine (``HIPFLEX_SPEECH_ENGINE``
    names another, e.g. ``mock`` for tests; ``none`` turns speech off)."""
    from hipflex_desktop.cues.speech import Speaker

    return Speaker(parent)


class AppShell(QObject):
    """The app's parts. With ``staged``, as ``hipflex`` starts: the window with its set-up page
    is made first and painted; what a session, the history and the tray need follows after the
    first paint (:meth:`finish_start_up`), then the sounds, then the voice. Without it (tests)
    everything but the sounds and the voice is made at once."""

    resume_offered = Signal(str)  # the summary shown to the person

    # Made by finish_start_up: at once, or after the first paint when staged.
    history: History | None
    sound: SoundPlayer
    inhibitor: ScreenSaverInhibitor
    director: CueDirector
    recorder: HistoryRecorder
    reminders: ReminderService

    def __init__(self, *, data_dir: Path | None = None, pack_path: Path | None = None,
                 trace_path: Path | None = None, clock: Clock | None = None,
                 timer_factory: TimerFactory = make_timer,
                 speech_factory: SpeechFactory | None = None,
                 screensaver_bus: str | None = None, look: Look | None = None,
                 translate: bool = False, language: str | None = None,
                 staged: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notices: list[str] = []  # what the person was told at start-up
        self._outputs_told: set[str] = set()  # missing sound or speech, told once a run
        self.paths = DataPaths(data_dir)
        self.settings = AppSettings(self.paths.settings_file)
        # The language goes in before any window text is made; ``language`` (--language) wins
        # over the one chosen in Settings, which wins over the system's.
        self.language: InstalledLanguage | None = None
        if translate:
            choice = self.settings.language if language is None else language
            self.language = i18n.install(i18n.choose_locale(choice), self.paths.cache_dir)
            if self.language.problem:
                self.notices.append(self.language.problem)
        self._data_ok = self._make_data_dir()
        if self.settings.set_aside is not None:
            self.notices.append(self._settings_notice(self.settings.set_aside))
        self.library = RoutineLibrary(self.paths, builtin_pack_path())
        # Deleted routines go here when the run ends (tests give a trash of their own).
        self.trash: Trash = move_to_trash

        self.clock = clock or MonotonicClock()
        self.controller = SessionController(self.clock, timer_factory, self)
        # First to hear of each event, so that its line comes before the cue it leads to.
        self.trace = (TraceRecorder(TraceWriter(trace_path), self.controller, self)
                      if trace_path is not None else None)
        pack, pack_problem = self._initial_pack(pack_path)
        self.packs = CurrentPack(pack, self)
        # The set-up page is filled once, with the set-up remembered for this pack if any.
        self.window = MainWindow(self.packs, self.controller,
                                 options=self._remembered_options(pack))
        self.window.remembered_options = self._remembered_options
        self.window.editor_timer_factory = timer_factory
        self.icon = QIcon(str(resource_path("icons/hipflex.svg")))
        self.window.setWindowIcon(self.icon)
        if self.trace is not None:
            self.trace.watch_first_paint(self.window.first_painted)

        self._timer_factory = timer_factory
        self._screensaver_bus = screensaver_bus
        self._speech_factory = speech_factory
        self.speech: Speaker | None = None
        self._phrases: SpokenPhrases | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.resume_box: QMessageBox | None = None
        self._pending_resume: ResumePoint | None = None
        self._pack_problem = pack_problem
        self._complete = False
        self._after_show_done = False
        self._shut_down = False
        self.error_report: ErrorReport | None = None
        self._decisions: list[StepDecision] = []
        self._shown_steps: list[Standing] = []

        self.window.set_muted(self.settings.sound.muted)
        self.look = look
        if look is not None:  # the app-wide look (tests leave the application's alone)
            look.changed.connect(self.window.set_theme)
            look.set_appearance(self._appearance())
            self.window.set_theme(look.theme)
        self._connect()
        if not staged:
            self.finish_start_up()

    def _remembered_options(self, pack: Pack) -> PlanOptions | None:
        return self.settings.plan_options(pack.id)

    @property
    def complete(self) -> bool:
        """Whether what a session, the history and the tray need has been made."""
        return self._complete

    def finish_start_up(self) -> None:
        """Make what a session, the history and the tray need (once): the history and its
        recorder, the session pages, the cue director with its sound player (the sounds
        themselves load later) and the screen-saver inhibitor, the reminders."""
        if self._complete:
            return
        self._complete = True
        from hipflex_desktop.cues.screensaver import ScreenSaverInhibitor
        from hipflex_desktop.cues.sound import SoundPlayer
        from hipflex_desktop.ui.cue_director import CueDirector
        from hipflex_desktop.ui.recorder import HistoryRecorder
        from hipflex_desktop.ui.reminders import ReminderService

        self.history = self._open_history()
        self.window.build_session_pages()
        self.sound = SoundPlayer(self)
        sound_settings = self.settings.sound
        self.sound.set_volume(sound_settings.volume)
        self.inhibitor = ScreenSaverInhibitor(APP_NAME, self, bus_address=self._screensaver_bus)
        self.director = CueDirector(self.controller, self.sound, None, self.inhibitor,
                                    parent=self)
        if self.trace is not None:
            self.trace.watch_cues(self.director.cue_given)
            self.trace.watch_picture(self.window.session_page.picture.failed)
        self.recorder = HistoryRecorder(self.controller, self.history, self)
        self.reminders = ReminderService(self.window, self.icon,
                                         trained_today=self._trained_today,
                                         timer_factory=self._timer_factory, parent=self)
        self.director.set_muted(sound_settings.muted)
        self.director.set_voice_enabled(self.settings.voice.enabled)
        self.reminders.apply(self.settings.habit)
        self.window.rep_count_requested.connect(self.director.say_rep_count)
        self.recorder.history_failed.connect(self._on_history_failed)
        self.sound.problem_found.connect(self._on_sound_problem)
        self.sound.load_finished.connect(self._tell_missing_outputs)
        self.reminders.open_requested.connect(self._on_open_from_tray)
        self.reminders.start_requested.connect(self._on_start_from_tray)
        self.reminders.quit_requested.connect(self._on_quit_from_tray)
        self.refresh_progress()

    def _appearance(self) -> Appearance:
        try:
            return Appearance(self.settings.appearance())
        except ValueError:
            return Appearance.SYSTEM

    @property
    def pack(self) -> Pack:
        """The pack in use."""
        return self.packs.pack

    # -- start-up pieces -------------------------------------------------------------------

    def _settings_notice(self, aside: SetAside) -> str:
        reasons = {
            "it is not a text file (it may be damaged)":
                self.tr("it is not a text file (it may be damaged)"),
            "it could not be read": self.tr("it could not be read"),
            "its format number is damaged": self.tr("its format number is damaged"),
            "it was written by a newer version of HipFlex Desktop":
                self.tr("it was written by a newer version of HipFlex Desktop"),
        }
        reason = reasons.get(aside.reason)
        if reason is None:  # values that make no sense, with the value itself
            reason = self.tr("it holds values that make no sense ({detail})").format(
                detail=aside.detail)
        return self.tr("Your settings file {file} was set aside because {reason}; the usual"
                       " settings are used. The old file is kept as {kept}.").format(
            file=self.paths.settings_file.name, reason=reason, kept=aside.kept_as)

    def _make_data_dir(self) -> bool:
        try:
            self.paths.ensure()
        except OSError as exc:
            self.notices.append(
                self.tr("The data folder {folder} cannot be created ({reason}). Your settings"
                        " and history will not be saved in this run.").format(
                    folder=self.paths.root, reason=exc.strerror))
            return False
        return True

    def _open_history(self) -> History | None:
        from hipflex_desktop.store.history import (
            History,
            HistoryCorruptError,
            HistoryError,
            HistoryTooNewError,
        )

        path = self.paths.history_file
        if not self._data_ok:
            return None
        try:
            return History.open(path)
        except HistoryTooNewError as exc:
            self.notices.append(self.tr(
                "{problem} Update HipFlex Desktop to see and add to your history; this run"
                " records nothing.").format(problem=exc))
        except HistoryCorruptError as exc:
            try:
                aside = History.set_aside(path)
                history = History.open(path)
            except (HistoryError, OSError) as again:
                self.notices.append(self.tr("Your history cannot be used ({reason}).").format(
                    reason=again))
                return None
            self.notices.append(self.tr(
                "Your history file was damaged ({reason}). It was kept as {file} and a new"
                " history was started.").format(reason=exc, file=aside.name))
            return history
        except HistoryError as exc:
            self.notices.append(self.tr(
                "Your history cannot be opened ({reason}); this run records nothing.").format(
                reason=exc))
        return None

    def _initial_pack(self, pack_path: Path | None) -> tuple[Pack, tuple[Path, LoadResult] | None]:
        builtin = CurrentPack.load(builtin_pack_path())
        if builtin.pack is None:
            raise RuntimeError("the built-in pack is damaged:\n"
                               + "\n".join(str(p) for p in builtin.errors))
        wanted = pack_path or self.settings.last_pack()
        if wanted is None:
            return builtin.pack, None
        result = CurrentPack.load(wanted)
        if result.pack is not None:
            return result.pack, None
        if pack_path is None:  # a remembered pack that has gone: say so quietly
            self.notices.append(self.tr(
                "The pack you used last time, {file}, could not be opened; the built-in pack is"
                " used instead.").format(file=wanted))
            self.settings.set_last_pack(None)
            return builtin.pack, None
        return builtin.pack, (pack_path, result)

    def _connect(self) -> None:
        w = self.window
        w.muted_changed.connect(self._on_muted_changed)
        self.packs.changed.connect(self._on_pack_changed)
        w.setup_page.options_changed.connect(self._on_options_changed)
        w.setup_page.step_accepted.connect(self._on_step_accepted)
        w.setup_page.step_declined.connect(self._on_step_declined)
        w.setup_page.step_chosen.connect(self._on_step_chosen)
        w.setup_page.step_undo_requested.connect(self._on_step_undo)
        # After the window's own handlers: the summary is shown, the history written.
        self.controller.finished.connect(self._on_session_ended)
        self.controller.stopped.connect(self._on_session_ended)
        w.settings_requested.connect(self.show_settings)
        w.calendar_requested.connect(self.export_calendar)
        w.history_requested.connect(self.show_history)
        w.routines_requested.connect(self.show_routines)
        w.routine_import_requested.connect(self.import_routine)
        w.keep_in_tray = lambda: self._complete and self.reminders.keeps_running_in_tray
        w.before_session = self.finish_start_up
        w.closed.connect(self.shutdown)

    # -- errors nobody caught --------------------------------------------------------------

    def report_errors(self) -> ErrorReport:
        """From now on, an error that escapes a slot or a thread is written to the log file
        in the data folder and the person is told (until :meth:`shutdown`)."""
        from hipflex_desktop.ui.error_report import ErrorReport

        if self.error_report is None:
            self.error_report = ErrorReport(self.paths.log_file, self)
            self.error_report.error_caught.connect(self._on_unexpected_error)
            self.error_report.install()
        return self.error_report

    def _on_unexpected_error(self, what: str) -> None:
        # The session stops moving while the person reads; pausing saves the point to resume
        # from, so that even if the app has to be closed now, nothing done is lost.
        paused = False
        if self.controller.running:
            self.controller.pause()
            paused = self.controller.paused
        report = self.error_report
        shown = self.window.last_dialog
        if shown is not None and shown.windowTitle() == self.tr(UNEXPECTED_ERROR_TITLE):
            return  # one box at a time: the next errors are in the log file too
        if report is not None and report.written:
            where = self.tr("The details were written to {file}. If it happens again, please"
                            " send that file with your report.").format(file=report.log_file)
        elif report is None:
            where = self.tr("The details could not be written to the log file.")
        else:
            where = self.tr("The details could not be written to the log file ({reason}).")\
                .format(reason=report.handler.failed)
        text = (self.tr("{app} ran into a problem it did not expect. Your session is paused:"
                        " press Space to carry on, or pick it up the next time you start.")
                if paused else self.tr("{app} ran into a problem it did not expect."))
        self.window.notify(Notice(
            text.format(app=APP_NAME), Severity.ERROR,
            title=self.tr(UNEXPECTED_ERROR_TITLE), informative=where, details=what))

    # -- showing ---------------------------------------------------------------------------

    def show(self, *, fullscreen: bool = False) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if fullscreen:
            self.window.set_fullscreen(True)
        else:
            self.window.show()
        # Everything slow comes after the first paint (queued, so the paint itself is not
        # delayed); a window that is never painted (minimised) gets it a moment later anyway.
        self.window.first_painted.connect(self._after_show,
                                          Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(AFTER_SHOW_FALLBACK_MS, self._after_show)

    def _after_show(self) -> None:
        if self._after_show_done:
            return
        self._after_show_done = True
        already = self._complete
        self.finish_start_up()
        if already:  # else the steps were traced as they were first shown
            self._trace_steps(self._shown_steps)  # after the window_shown line
        if self._pack_problem is not None:
            path, result = self._pack_problem
            self._pack_problem = None
            self.window.show_pack_problems(path, result)
        if self.notices:
            self.window.notify(Notice("\n\n".join(self.notices), Severity.WARNING,
                                      title=self.tr("Something needs your attention")))
        if not self.offer_resume():
            self.offer_draft()
        # Then, each in a pass of its own so that keys and paints are served in between:
        # the sounds (Qt Multimedia and its FFmpeg back-end), then the voice's worker.
        QTimer.singleShot(0, self, self._load_sounds)

    def _load_sounds(self) -> None:
        if self._shut_down:
            return
        self.sound.load()
        QTimer.singleShot(0, self, self._load_speech)

    def _load_speech(self) -> None:
        if self._shut_down or self._speech_factory is None:
            return
        self._start_speech(self._speech_factory(self))

    def _start_speech(self, speech: Speaker | None) -> None:
        engine = os.environ.get("HIPFLEX_SPEECH_ENGINE", "auto")
        if speech is None or engine == "none":
            return
        self.speech = speech
        voice = self.settings.voice
        speech.set_rate(voice.rate)
        speech.set_volume(self.settings.sound.volume)
        if voice.voice:
            speech.set_voice(voice.voice)
        speech.set_enabled(voice.enabled)
        speech.ready.connect(self._on_speech_changed)
        speech.unavailable.connect(self._on_speech_changed)
        self.director.set_speech(speech)
        self._speak_pack_language()
        speech.start(engine)

    def _speak_pack_language(self) -> None:
        """Voice and spoken words in the language the current pack's session is in."""
        language = i18n.spoken_language(self.pack.language)
        if self.speech is not None:
            self.speech.set_language(language)
        if self._phrases is None or self._phrases.locale.name() != QLocale(language).name():
            self._phrases = SpokenPhrases(language, self.paths.cache_dir, self)
            self.director.set_phrases(self._phrases)

    def _on_speech_changed(self) -> None:
        speech = self.speech
        if self.trace is not None and speech is not None and not speech.starting:
            self.trace.speech_answered(speech.engine if speech.available else None,
                                       speech.message)
        self._update_voice_status()
        self._tell_missing_outputs()

    # -- resume ----------------------------------------------------------------------------

    def offer_resume(self) -> bool:
        """If a session was cut short, offer to continue it. True when offered."""
        from hipflex_desktop.core.session import SnapshotError
        from hipflex_desktop.store.history import HistoryError
        from hipflex_desktop.store.resume import parse_resume_payload

        self.finish_start_up()
        if self.history is None or self.controller.active:
            return False
        try:
            point = self.history.resume_point()
        except HistoryError as exc:
            self.window.notify(Notice(
                self.tr("Your unfinished session cannot be read ({reason}).").format(reason=exc),
                Severity.WARNING))
            return False
        if point is None:
            return False
        try:  # only offer what can be resumed: the pack must still be there
            source, snapshot = parse_resume_payload(point.snapshot_json)
            self._pack_for_resume(source, snapshot)
        except (SnapshotError, ValueError, KeyError) as exc:
            self.window.notify(Notice(
                self.tr("Your unfinished session ({summary}) cannot be resumed: {reason}.")
                .format(summary=point.summary, reason=exc),
                Severity.WARNING, title=self.tr("Unfinished session")))
            self._discard(point)
            return False
        self._pending_resume = point
        text = self.tr("Resume your session: {summary}").format(summary=point.summary)
        if self.trace is not None:
            self.trace.resume_offered(point.summary, point.session_id)
        self.resume_box = self.window.dialogs.offer(
            self.tr("Unfinished session"),
            self.tr("Resume your session: {summary}?").format(summary=point.summary),
            informative=self.tr("The step you were in starts again from its beginning."),
            accept=self.tr("Resume"), decline=self.tr("Discard it"),
            answered=self._on_resume_answer)
        self.resume_offered.emit(text)
        return True

    def _on_resume_answer(self, resume: bool) -> None:
        self.resume_box = None
        if resume:
            self.resume()
        else:
            self.discard_resume()

    def resume(self) -> bool:
        from hipflex_desktop.core.session import Session, SnapshotError
        from hipflex_desktop.store.resume import parse_resume_payload
        from hipflex_desktop.ui.controller import STALL_LIMIT

        self.finish_start_up()
        point = self._pending_resume
        if point is None:
            return False
        self._pending_resume = None
        try:
            source, snapshot = parse_resume_payload(point.snapshot_json)
            pack = self._pack_for_resume(source, snapshot)
            session = Session.restore(pack, snapshot, self.clock, restart_segment=True,
                                      stall_limit=STALL_LIMIT)
        except (SnapshotError, ValueError, KeyError) as exc:
            self.window.notify(Notice(
                self.tr("That session cannot be resumed: {reason}").format(reason=exc),
                Severity.WARNING))
            self._discard(point)
            return False
        self.packs.use(pack)
        self.recorder.continue_session(point.session_id)
        self.controller.adopt_restored(session)
        if self.trace is not None:
            self.trace.resumed(point.session_id, session.index)
        return True

    def _pack_for_resume(self, source: str | None, snapshot: dict[str, object]) -> Pack:
        from hipflex_desktop.core.session import SnapshotError

        if snapshot.get("pack_id") == self.pack.id and \
                snapshot.get("pack_version") == self.pack.version:
            return self.pack
        if source:
            result = CurrentPack.load(Path(source))
            if result.pack is not None:
                return result.pack
        raise SnapshotError("its content pack is no longer available")

    def discard_resume(self) -> None:
        point, self._pending_resume = self._pending_resume, None
        if point is not None:
            self._discard(point)

    def _discard(self, point: ResumePoint) -> None:
        from hipflex_desktop.store.history import HistoryError

        if self.history is None:
            return
        try:
            self.history.discard_resume_point(point.session_id, datetime.now().astimezone())
        except HistoryError as exc:
            self.window.notify(Notice(
                self.tr("The unfinished session could not be cleared ({reason}).").format(
                    reason=exc), Severity.WARNING))

    # -- settings --------------------------------------------------------------------------

    def _on_muted_changed(self, muted: bool) -> None:
        self.finish_start_up()
        self.director.set_muted(muted)
        self.settings.set_muted(muted)
        if self.settings_dialog is not None:
            self.settings_dialog.set_muted(muted)

    def _on_pack_changed(self, pack: Pack) -> None:
        self.refresh_progress()
        builtin = Path(str(builtin_pack_path()))
        source = Path(pack.source)
        self.settings.set_last_pack(None if source == builtin else source)
        if self.speech is not None:
            self._speak_pack_language()

    def _on_options_changed(self, options: PlanOptions) -> None:
        if self.window.showing_pack:
            # Another pack is being opened: these are its defaults, not a choice, and
            # they must not replace the set-up remembered for either pack.
            return
        self.settings.set_plan_options(self.pack.id, options)

    def show_settings(self) -> None:
        from hipflex_desktop.ui.settings_dialog import SettingsDialog

        self.finish_start_up()
        if self.settings_dialog is None:
            dialog = SettingsDialog(self.settings.sound, self.settings.voice,
                                    self.settings.habit, self.window,
                                    appearance=self._appearance(),
                                    language=self.settings.language,
                                    language_shown=i18n.language_code(QLocale()))
            dialog.appearance_changed.connect(self._on_appearance_chosen)
            dialog.language_changed.connect(self.settings.set_language)
            dialog.sound_changed.connect(self._on_sound_settings)
            dialog.voice_changed.connect(self._on_voice_settings)
            dialog.habit_changed.connect(self._on_habit_settings)
            dialog.calendar_requested.connect(self.export_calendar)
            self.settings_dialog = dialog
        dialog = self.settings_dialog
        dialog.set_sound_status(self.sound.problem or "")
        dialog.set_tray_status(*self.reminders.status())
        dialog.set_screen_status(self.inhibitor.status)
        self._update_voice_status()
        if not dialog.isVisible():
            dialog.fit_contents()
        dialog.show()
        dialog.raise_()

    def _update_voice_status(self) -> None:
        dialog = self.settings_dialog
        if dialog is None:
            return
        speech = self.speech
        if speech is None:
            dialog.set_voice_status(self.tr("Spoken instructions are off in this run."), False)
        elif speech.available:
            dialog.set_voices([(v.id, f"{v.name} ({v.locale})" if v.locale else v.name)
                               for v in speech.voices])
            dialog.set_voice_status(self.tr("Speaking {language} with {engine}.").format(
                language=QLocale(speech.language).nativeLanguageName(), engine=speech.engine),
                True)
        elif speech.starting:
            dialog.set_voice_status(self.tr("Starting the speech engine…"), False)
        else:
            dialog.set_voice_status(speech.message or self.tr("Spoken instructions are off."),
                                    False)

    def _on_sound_settings(self, sound: SoundSettings) -> None:
        self.settings.set_sound(sound)
        self.sound.set_volume(sound.volume)
        if self.speech is not None:
            self.speech.set_volume(sound.volume)
        self.window.set_muted(sound.muted)

    def _on_voice_settings(self, voice: VoiceSettings) -> None:
        self.settings.set_voice(voice)
        self.director.set_voice_enabled(voice.enabled)
        speech = self.speech
        if speech is not None:
            speech.set_enabled(voice.enabled)
            speech.set_rate(voice.rate)
            speech.set_voice(voice.voice)

    def _on_habit_settings(self, habit: HabitSettings) -> None:
        # The calendar's UID was made by an export after the dialog opened: keep it.
        habit = replace(habit, calendar_uid=self.settings.habit.calendar_uid)
        self.settings.set_habit(habit)
        self.reminders.apply(habit)

    def _on_appearance_chosen(self, appearance: Appearance) -> None:
        self.settings.set_appearance(appearance.value)
        if self.look is not None:
            self.look.set_appearance(appearance)

    def _on_history_failed(self, text: str) -> None:
        self.window.notify(Notice(text, Severity.WARNING))

    def _on_sound_problem(self, text: str) -> None:
        log.info("sound: %s", text)

    # -- steps from week to week -----------------------------------------------------------

    def standings(self) -> list[Standing]:
        """Where each exercise of the pack stands, from the history (the ladders' starts
        when there is none)."""
        from hipflex_desktop.store.history import HistoryError
        from hipflex_desktop.store.progress import standings_from

        pack = self.pack
        sessions: list[SessionRecord] = []
        decisions: list[StepDecision] = []
        if self.history is not None:
            try:
                # The newest sessions are enough to count any run the rule can suggest from,
                # and keep this quick after each session however long the history grows.
                sessions = self.history.sessions(last=RECENT_SESSIONS)
                decisions = self.history.step_decisions(pack.id)
            except HistoryError as exc:
                log.warning("the steps could not be read: %s", exc)
        self._decisions = decisions
        return standings_from(pack, sessions, decisions, today=date.today())

    def refresh_progress(self) -> list[Standing]:
        rows = self.standings()
        undoable = {d.exercise_id for d in self._decisions}
        applied = {d.exercise_id for d in self._decisions if d.kind != "declined"}
        self.window.setup_page.set_progress(rows, undoable, applied)
        self._shown_steps = rows
        if self.trace is not None and self._after_show_done:
            self._trace_steps(rows)
        return rows

    def _trace_steps(self, rows: list[Standing]) -> None:
        if self.trace is not None:
            for row in rows:
                found = row.suggestion
                self.trace.steps_shown(row.exercise_id, found.current, found.target,
                                       found.reason.value)

    def _on_session_ended(self, _summary: object) -> None:
        rows = self.refresh_progress()
        self.window.summary_page.show_next_time(
            [suggestion_sentence(self.pack, row) for row in rows if row.suggestion.changes])

    def _decide(self, exercise_id: str, kind: str, step: int) -> None:
        from hipflex_desktop.store.history import HistoryError
        from hipflex_desktop.store.progress import newest_session

        if self.history is None:
            self.window.notify(Notice(
                self.tr("Your step cannot be saved: the history is not available in this run."),
                Severity.WARNING))
            return
        rows = {row.exercise_id: row for row in self.standings()}
        row = rows.get(exercise_id)
        if row is None:
            return
        found = row.suggestion
        try:
            self.history.record_step_decision(
                pack_id=self.pack.id, exercise_id=exercise_id, kind=kind, step=step,
                previous=found.current,
                reason=found.reason.value if kind != "chosen" else "",
                after_session=newest_session(self.history.sessions(last=1)),
                at=datetime.now().astimezone())
        except HistoryError as exc:
            self.window.notify(Notice(
                self.tr("Your step could not be saved ({reason}).").format(reason=exc),
                Severity.WARNING))
            return
        self.refresh_progress()

    def _on_step_accepted(self, exercise_id: str, step: int) -> None:
        self._decide(exercise_id, "accepted", step)

    def _on_step_declined(self, exercise_id: str, step: int) -> None:
        self._decide(exercise_id, "declined", step)

    def _on_step_chosen(self, exercise_id: str, step: int) -> None:
        self._decide(exercise_id, "chosen", step)

    def _on_step_undo(self, exercise_id: str) -> None:
        from hipflex_desktop.store.history import HistoryError

        if self.history is None:
            return
        try:
            self.history.undo_step_decision(self.pack.id, exercise_id)
        except HistoryError as exc:
            self.window.notify(Notice(
                self.tr("The change of step could not be undone ({reason}).").format(
                    reason=exc), Severity.WARNING))
            return
        self.refresh_progress()

    def _tell_missing_outputs(self) -> None:
        """Once sound and speech have both answered: one notice saying what to install."""
        from hipflex_desktop.cues.missing_outputs import missing_outputs_notice

        speech = self.speech
        if not self.sound.settled or (speech is not None and speech.starting):
            return  # sounds answer within milliseconds, speech within seconds: wait for both
        speech_message = speech.message if speech is not None and not speech.available \
            else None
        notice = missing_outputs_notice(self.sound.problem is not None, speech_message)
        if notice is None or notice in self._outputs_told:
            return
        self._outputs_told.add(notice)
        # Logged once at its severity; a missing audio output alone the sound player has
        # already logged with Qt's reason, so this one stays below the log's threshold.
        severity = Severity.WARNING if speech_message is not None else Severity.INFO
        self.window.notify(Notice(notice, severity))

    # -- history and calendar --------------------------------------------------------------

    def _trained_today(self) -> bool:
        from hipflex_desktop.store.history import HistoryError

        if self.history is None:
            return False
        try:
            return self.history.last_session_date() == date.today()
        except HistoryError:
            return False

    def show_history(self) -> None:
        self.finish_start_up()
        habit = self.settings.habit
        self.window.show_history(self.history, goal=habit.goal_per_week, today=date.today())

    def offer_draft(self) -> bool:
        """If the editor was cut short with changes unsaved, offer them back. True when
        offered."""
        from hipflex_desktop.store.routine_document import DocumentError, RoutineDocument
        from hipflex_desktop.store.routine_drafts import read_drafts

        drafts = read_drafts(self.library.folder)
        if not drafts or self.controller.active:
            return False
        draft, file, text = drafts[0]
        try:
            document = RoutineDocument.from_text(text, folder=file.parent, file=file)
        except DocumentError:
            draft.unlink(missing_ok=True)
            return False

        def answered(recover: bool) -> None:
            if recover:
                self.window.show_routines(self.library)
                self.window.open_editor(document, recovered_from=draft)
            else:
                draft.unlink(missing_ok=True)

        title = document.text_at(("title",))[0] or file.parent.name
        self.window.dialogs.offer(
            self.tr("Unsaved changes"),
            self.tr("{title} has changes from last time that were not saved.")
            .format(title=title),
            informative=self.tr("Open them in the editor to look them over and save?"),
            accept=self.tr("Open the changes"),
            decline=self.tr("Discard them"), answered=answered)
        return True

    def show_routines(self) -> None:
        self.window.show_routines(self.library)

    def import_routine(self, path: Path) -> None:
        """A .hipflex file dropped on the window: add it to the library and show it there."""
        page = self.window.show_routines(self.library)
        if self.window.current_page() is page:
            page.import_path(path)

    def export_calendar(self, target: Path | None = None) -> Path | None:
        habit = self.settings.habit
        if not habit.calendar_uid:
            import uuid

            habit = replace(habit, calendar_uid=f"{uuid.uuid4()}@hipflex.desktop")
            self.settings.set_habit(habit)
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Add to calendar"),
                str(Path.home() / "hipflex-routine.ics"),
                self.tr("Calendar files ({patterns})").format(patterns="*.ics"))
            if not name:
                return None
            target = Path(name)
        from hipflex_desktop.store import calendar  # only for this export

        days = habit.reminder_days or (0, 3)
        tzname = _local_zone_name()
        text = calendar.weekly_schedule_ics(
            days=days, time=habit.reminder_time, duration_minutes=20, tzname=tzname,
            title=self.tr("Hip-flexor session"),
            description=self.tr(
                "Your HipFlex Desktop routine: open the app and press Space to start."),
            start=date.today(), uid=habit.calendar_uid,
        )
        try:
            target.write_text(text, encoding="utf-8", newline="")
        except OSError as exc:
            self.window.notify(Notice(
                self.tr("The calendar file could not be written ({reason}).").format(
                    reason=exc.strerror), Severity.WARNING))
            return None
        self.window.notify(Notice(
            self.tr("Saved {file}: open it with your calendar app.").format(file=target.name)))
        return target

    # -- leaving ---------------------------------------------------------------------------

    def _on_open_from_tray(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_start_from_tray(self) -> None:
        self._on_open_from_tray()
        self.window.setup_page.request_start()

    def _on_quit_from_tray(self) -> None:
        self.window.quit_now()

    def shutdown(self) -> None:
        self._shut_down = True
        self.settings.set_window_geometry(self.window.saveGeometry())
        if self._complete:
            self.reminders.shutdown()
            self.director.shutdown()
        if self.speech is not None:
            self.speech.shutdown()
        if self._complete:
            self.recorder.shutdown()
        left = self.library.discard(self.trash)
        if left:
            log.warning("deleted routines could not be removed: %s", ", ".join(map(str, left)))
        if self.trace is not None:
            self.trace.close()
        if self.error_report is not None:
            self.error_report.uninstall()


def _local_zone_name() -> str:
    """The IANA name of the local time zone, for the calendar file (UTC if unknown)."""
    try:
        link = Path("/etc/localtime").resolve()
    except OSError:
        return "UTC"
    parts = link.parts
    if "zoneinfo" in parts:
        return "/".join(parts[parts.index("zoneinfo") + 1:]) or "UTC"
    return "UTC"

