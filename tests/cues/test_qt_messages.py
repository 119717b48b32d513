"""Qt's no-audio-output lines are taken out; every other Qt message goes where it went before."""

from __future__ import annotations

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler, qWarning

from hipflex_desktop.cues.qt_messages import NoAudioMessages

NO_DEVICE = "QSoundEffect: playback of this format is not supported on the selected audio device"


def test_only_the_no_audio_lines_are_swallowed_and_the_first_is_kept() -> None:
    seen: list[str] = []

    def recorder(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        seen.append(message)

    before = qInstallMessageHandler(recorder)
    try:
        messages = NoAudioMessages()
        messages.install()
        messages.install()  # a second call does not stack a second handler
        qWarning("PulseAudioService: pa_context_connect() failed")
        for _ in range(9):
            qWarning(NO_DEVICE)
        qWarning("QFont: something unrelated")
    finally:
        qInstallMessageHandler(before)
    assert seen == ["QFont: something unrelated"]
    assert messages.count == 10
    assert messages.first == "PulseAudioService: pa_context_connect() failed"
