"""Writes the ``--trace`` file as the session goes, beside the history recorder: every session
event, the window's first paint, every cue with its lateness, the offer to resume, and a
picture the session page could not show.

The one writer of the trace: the window, the cue director and the shell only say what
happened (signals, or a call from the shell), and this puts it into words on the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, SignalInstance

from hipflex_desktop.core.session import Event
from hipflex_desktop.trace import TraceWriter
from hipflex_desktop.ui.controller import SessionController


@dataclass(frozen=True)
class CueGiven:
    """A cue as it was given: what played and what was said, when, and how late."""

    index: int  # of the segment it belongs to, -1 before any
    sound: str | None
    speech: str | None
    at: float  # on the session's clock
    lateness: float | None  # after the instant it was due, when it had one


class TraceRecorder(QObject):
    def __init__(self, writer: TraceWriter, controller: SessionController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        controller.event_occurred.connect(self._on_event)

    @property
    def writer(self) -> TraceWriter:
        return self._writer

    def watch_first_paint(self, first_painted: SignalInstance) -> None:
        first_painted.connect(self._on_first_painted)

    def watch_cues(self, cue_given: SignalInstance) -> None:
        cue_given.connect(self._on_cue)

    def watch_picture(self, failed: SignalInstance) -> None:
        """A picture the session page could not show (it says so on its own area)."""
        failed.connect(self._on_picture_failed)

    def resume_offered(self, summary: str, session_id: int) -> None:
        self._writer.write("resume_offered", summary=summary, session_id=session_id)

    def resumed(self, session_id: int, index: int) -> None:
        self._writer.write("resumed_session", session_id=session_id, index=index)

    def speech_answered(self, engine: str | None, message: str) -> None:
        """The speech engine is ready (``engine``) or unavailable (None, and why)."""
        if engine is not None:
            self._writer.write("speech_ready", engine=engine)
        else:
            self._writer.write("speech_unavailable", message=message)

    def close(self) -> None:
        self._writer.close()

    def _on_event(self, event: Event) -> None:
        self._writer.session_event(event)

    def _on_first_painted(self) -> None:
        self._writer.write("window_shown")

    def _on_picture_failed(self, problem: str) -> None:
        self._writer.write("picture_not_shown", problem=problem)

    def _on_cue(self, cue: CueGiven) -> None:
        self._writer.write(
            "cue", cue.at, index=cue.index, sound=cue.sound, speech=cue.speech,
            lateness=None if cue.lateness is None else round(cue.lateness, 6),
        )
