"""The notice for a machine without an audio output or a speech engine names what to install."""

from __future__ import annotations

from hipflex_desktop.cues.missing_outputs import (
    NO_SOUND_NO_SPEECH,
    NO_SPEECH,
    missing_outputs_notice,
    notice_text,
)
from hipflex_desktop.cues.speech import INSTALL_COMMAND, NO_ENGINE, NO_SOUND, message

NO_ENGINE_TOLD = message(NO_ENGINE, command=INSTALL_COMMAND)  # as the speaker says it


def test_both_missing_make_one_notice_naming_both_installs() -> None:
    notice = missing_outputs_notice(True, NO_ENGINE_TOLD)
    assert notice == notice_text(NO_SOUND_NO_SPEECH)
    assert notice.startswith("No sound and no voice")
    assert "sudo apt install pulseaudio speech-dispatcher speech-dispatcher-espeak-ng" \
        " espeak-ng" in notice


def test_one_missing_names_only_its_own_install() -> None:
    sound = missing_outputs_notice(True, None)
    assert sound is not None and "sudo apt install pulseaudio" in sound
    assert "speech-dispatcher" not in sound
    speech = missing_outputs_notice(False, NO_ENGINE_TOLD)
    assert speech == notice_text(NO_SPEECH)
    assert speech.startswith("No voice")
    assert "pulseaudio" not in speech
    assert "{command}" not in speech


def test_speech_failing_for_another_reason_passes_its_own_message() -> None:
    told = message(NO_SOUND)
    assert missing_outputs_notice(False, told) == told
    # No audio output explains a speech engine that never finishes: the sound notice says it.
    assert missing_outputs_notice(True, told) == missing_outputs_notice(True, None)


def test_nothing_missing_means_no_notice() -> None:
    assert missing_outputs_notice(False, None) is None
