"""Writes the session into the history as it happens.

Each completed rep is committed at once, and the point to resume from is saved at every new
step, so a crash or a power cut loses at most the rep in progress. If the history cannot be
written (a read-only or full disk, a deleted folder), the session carries on; the person is told
once, and the recorder keeps trying at the next step in case the disk comes back.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from hipflex_desktop.core.model import Pack, Side
from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.core.session import Event, EventKind, Session, SessionStatus
from hipflex_desktop.store.history import History, HistoryError
from hipflex_desktop.store.resume import (
    history_exercises,
    history_rep,
    resume_payload,
)
from hipflex_desktop.ui.controller import SessionController

log = logging.getLogger("hipflex.history")


def shown_summary(seg: Segment) -> str:
    """``seated leg lifts, left side, rep 4 of 8`` — where the session stands, in the window's
    language (``store.resume.resume_summary`` is the same in English, for the Qt-free side)."""
    # Kept in the history as written, in the window's language of that moment.
    name = seg.exercise_name
    if QLocale().language() != QLocale.Language.German:  # German nouns keep their capital
        name = name[:1].lower() + name[1:]
    parts = [name]
    if seg.side is not None and seg.kind is not SegmentKind.REST:
        parts.append(QCoreApplication.translate("ResumeSummary", "right side")
                     if seg.side is Side.RIGHT
                     else QCoreApplication.translate("ResumeSummary", "left side"))
    if seg.rep > 0:
        parts.append(QCoreApplication.translate("ResumeSummary", "rep {rep} of {reps}")
                     .format(rep=seg.rep, reps=seg.reps))
    elif seg.kind is SegmentKind.PREPARE:
        parts.append(QCoreApplication.translate("ResumeSummary", "getting ready"))
    elif seg.kind is SegmentKind.REST:
        parts.append(QCoreApplication.translate("ResumeSummary", "resting"))
    if seg.sets > 1 and seg.set > 0:
        parts.append(QCoreApplication.translate("ResumeSummary", "set {set} of {sets}")
                     .format(set=seg.set, sets=seg.sets))
    return ", ".join(parts)


class HistoryRecorder(QObject):
    history_failed = Signal(str)  # a message for the person, once per session
    rep_recorded = Signal(str, object, int)  # exercise id, side value or None, rep

    def __init__(self, controller: SessionController, history: History | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._history = history
        self._session_id: int | None = None
        self._start_pending = False  # the session could not be created yet: retry each step
        # An end not yet written.
        self._unfinished: tuple[int, SessionStatus, datetime] | None = None
        self._failing = False
        self._started_at: datetime | None = None  # when the session being recorded started
        self._generation = 0  # of the history file the session's row is in
        controller.event_occurred.connect(self._on_event)

    @property
    def history(self) -> History | None:
        return self._history

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def continue_session(self, session_id: int) -> None:
        """Record into an earlier session that the person chose to resume."""
        self._session_id = session_id
        self._start_pending = False
        self._failing = False
        self._started_at = None
        if self._history is not None:
            self._generation = self._history.generation

    def _on_event(self, event: Event) -> None:
        session = self._controller.session
        if self._history is None or session is None:
            return
        try:
            if event.kind is EventKind.SESSION_STARTED:
                with contextlib.suppress(HistoryError, sqlite3.Error, OSError):
                    self._write_unfinished()  # still failing: the new session comes first
                self._session_id = None
                self._failing = False
                self._started_at = datetime.now().astimezone()
                self._start(session)
                return
            if self._session_id is not None and self._history.generation != self._generation:
                # The history file was deleted or replaced and is there again: the session's
                # row went with the old file, so it starts again in the new one.
                self._session_id = None
                self._start_pending = True
            if self._session_id is None:
                if not self._start_pending:
                    return
                self._start(session)  # the disk may be back
            self._record(event, session)
        except (HistoryError, sqlite3.Error, OSError) as exc:
            # Told once a session: a write that works in between (a resume point between
            # two reps that fail) does not bring the message back at every rep.
            self._fail(exc)

    def _record(self, event: Event, session: Session) -> None:
        kind = event.kind
        if kind is EventKind.REP_COMPLETED and event.segment is not None:
            self._record_rep(event.segment)
        elif kind in (EventKind.SEGMENT_STARTED, EventKind.PAUSED):
            self._save_resume_point(session)
        elif kind is EventKind.SESSION_FINISHED:
            self._finish(SessionStatus.FINISHED)
        elif kind is EventKind.SESSION_STOPPED:
            self._finish(SessionStatus.STOPPED)

    def _start(self, session: Session) -> None:
        pack: Pack = session.pack
        self._start_pending = True
        history = self._history_or_raise()
        self._session_id = history.start_session(
            started_at=self._started_at or datetime.now().astimezone(), pack_id=pack.id,
            pack_version=pack.version, exercises=history_exercises(session),
        )
        self._generation = history.generation
        self._start_pending = False
        self._save_resume_point(session)

    def _record_rep(self, seg: Segment) -> None:
        assert self._session_id is not None
        rep = history_rep(seg)
        self._history_or_raise().record_rep(
            self._session_id, seg.exercise_id, variant=seg.variant.value,
            side=None if seg.side is None else seg.side.value, rep=rep,
            at=datetime.now().astimezone(),
        )
        self.rep_recorded.emit(seg.exercise_id, None if seg.side is None else seg.side.value,
                               rep)

    def _save_resume_point(self, session: Session) -> None:
        assert self._session_id is not None
        self._history_or_raise().save_resume_point(
            self._session_id, resume_payload(session), shown_summary(session.current),
            datetime.now().astimezone(),
        )

    def _finish(self, status: SessionStatus) -> None:
        assert self._session_id is not None
        # Remembered until the write succeeds: a session whose end could not be written is
        # tried again when the app closes, instead of being offered for resuming next time.
        self._unfinished = (self._session_id, status, datetime.now().astimezone())
        self._session_id = None
        self._write_unfinished()

    def _write_unfinished(self) -> None:
        if self._unfinished is None:
            return
        session_id, status, ended_at = self._unfinished
        self._history_or_raise().finish_session(session_id, status, ended_at)
        self._unfinished = None

    def _history_or_raise(self) -> History:
        if self._history is None:
            raise HistoryError("no history")
        return self._history

    def _fail(self, exc: BaseException) -> None:
        log.warning("history write failed: %s", exc)
        if not self._failing:
            self._failing = True
            self.history_failed.emit(self.tr(
                "Your history could not be saved ({reason}). The session carries on; what you"
                " do now may not be recorded.").format(reason=exc))

    def shutdown(self) -> None:
        """The app is closing. A session still under way stays resumable."""
        if self._history is not None:
            try:
                self._write_unfinished()
            except (HistoryError, sqlite3.Error, OSError) as exc:
                log.warning("the end of the last session could not be saved: %s", exc)
            self._history.close()
            self._history = None
