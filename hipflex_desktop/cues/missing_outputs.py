"""The one notice a machine without an audio output or a speech engine gets, with what to install.

Sounds report a missing audio output within milliseconds of loading; the speech engine answers
(ready or unavailable) within seconds. The window asks for the notice once both are known, so a
machine that lacks both gets one line naming both, not two.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from hipflex_desktop.cues.speech import INSTALL_COMMAND, NO_ENGINE, message
from hipflex_desktop.languages import QT_TRANSLATE_NOOP

AUDIO_PACKAGES: Final = "pulseaudio"  # PipeWire's pipewire-pulse serves the same purpose
SPEECH_PACKAGES: Final = INSTALL_COMMAND.removeprefix("sudo apt install ")

# English here, translated when made ({command} is the apt-get line to type).
NO_SOUND_NO_SPEECH: Final = QT_TRANSLATE_NOOP(
    "MissingOutputs",
    "No sound and no voice: no audio output and no speech engine were found. To hear the"
    " session: {command}")
NO_SOUND: Final = QT_TRANSLATE_NOOP(
    "MissingOutputs",
    "No sound: no audio output was found. An audio server (PulseAudio or PipeWire) must run;"
    " on Debian and Ubuntu: {command}")
NO_SPEECH: Final = QT_TRANSLATE_NOOP(
    "MissingOutputs",
    "No voice: no speech engine was found. To hear spoken instructions: {command}")


def notice_text(template: str) -> str:
    """One of the notices above in the window's language, with its install line filled in."""
    packages = {
        NO_SOUND_NO_SPEECH: f"{AUDIO_PACKAGES} {SPEECH_PACKAGES}",
        NO_SOUND: AUDIO_PACKAGES,
        NO_SPEECH: SPEECH_PACKAGES,
    }[template]
    return QCoreApplication.translate("MissingOutputs", template).format(
        command=f"sudo apt install {packages}")


def missing_outputs_notice(sound_missing: bool, speech_message: str | None) -> str | None:
    """The notice for what is missing, or None when sound and speech both work.

    ``speech_message`` is the speaker's reason when speech is off, as the speaker gives it
    (already in the window's language; None when it works or was turned off on purpose).
    """
    no_engine = speech_message == message(NO_ENGINE, command=INSTALL_COMMAND)
    if sound_missing and no_engine:
        return notice_text(NO_SOUND_NO_SPEECH)
    if sound_missing:
        return notice_text(NO_SOUND)
    if no_engine:
        return notice_text(NO_SPEECH)
    return speech_message or None
