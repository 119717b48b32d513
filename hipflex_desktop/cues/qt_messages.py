"""Qt Multimedia's complaints when a machine has no audio output, folded into one line.

With no audio server, Qt writes ``QSoundEffect: playback of this format is not supported on the
selected audio device`` once per sound (eight or nine lines at start-up) plus a line about
PulseAudio, all in Qt's ``default`` category, so a logging rule cannot single them out. A message
handler takes exactly those lines, keeps the first as the reason, and leaves every other message
to the handler that was there before (pytest-qt's in the tests, Qt's own output otherwise). The
app then says it once, in its own words (:class:`~hipflex_desktop.cues.sound.SoundPlayer`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

NO_AUDIO_OUTPUT: Final = (
    "QSoundEffect: playback of this format is not supported on the selected audio device",
    "PulseAudioService: pa_context_connect() failed",
    "No QtMultimedia backends found",
)

Handler = Callable[[QtMsgType, QMessageLogContext, str], None]


class NoAudioMessages:
    """Swallows Qt's no-audio-output lines; ``first`` is the first one seen ("" if none)."""

    def __init__(self) -> None:
        self.first = ""
        self.count = 0
        self._previous: Handler | None = None
        self._installed = False

    def install(self) -> None:
        if not self._installed:
            self._previous = qInstallMessageHandler(self._handle)
            self._installed = True

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(NO_AUDIO_OUTPUT):
            self.count += 1
            self.first = self.first or message
            return
        if self._previous is not None:
            self._previous(kind, context, message)
        else:  # what Qt prints without a handler
            print(qFormatLogMessage(kind, context, message), file=sys.stderr, flush=True)
