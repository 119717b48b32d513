"""The one notice a machine without an audio output or a speech engine gets, with what to install.

Sounds report a missing audio output within milliseconds of loading; the speech engine answers
(ready or unavailable) within seconds. The window asks for the notice once both are known, so a
machine that lacks both gets one line naming both, not two.
"""

from __future__ import annotations

from typing import Final

from hipflex_desktop.cues.speech import INSTALL_COMMAND, NO_ENGINE

AUDIO_PACKAGES: Final = "pulseaudio"  # PipeWire's pipewire-pulse serves the same purpose
SPEECH_PACKAGES: Final = INSTALL_COMMAND.removeprefix("sudo apt install ")

NO_SOUND_NO_SPEECH: Final = (
    "No sound and no voice: no audio output and no speech engine were found. To hear the"
    f" session: sudo apt install {AUDIO_PACKAGES} {SPEECH_PACKAGES}"
)
NO_SOUND: Final = (
    "No sound: no audio output was found. An audio server (PulseAudio or PipeWire) must run;"
    f" on Debian and Ubuntu: sudo apt install {AUDIO_PACKAGES}"
)
NO_SPEECH: Final = (
    f"No voice: no speech engine was found. To hear spoken instructions: {INSTALL_COMMAND}"
)


def missing_outputs_notice(sound_missing: bool, speech_message: str | None) -> str | None:
    """The notice for what is missing, or None when sound and speech both work.

    ``speech_message`` is the speaker's reason when speech is off (None when it works or was
    turned off on purpose).
    """
    no_engine = speech_message == NO_ENGINE
    if sound_missing and no_engine:
        return NO_SOUND_NO_SPEECH
    if sound_missing:
        return NO_SOUND
    if no_engine:
        return NO_SPEECH
    return speech_message or None
