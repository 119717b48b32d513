"""The sound player: every cue sound ships and loads; mute and volume; and it never gets in the
way, with an audio server (a real play reaches the speakers, or scripts/test's null sink) and
without one (it says so once and stays quiet).

Both paths run on every machine that has PulseAudio installed: the real one against the running
server, the other in a child process pointed at a server that does not exist.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipflex_desktop.cues.planner import Sound
from hipflex_desktop.cues.sound import SoundPlayer
from hipflex_desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
# What Qt logs when there is no audio server; the tests that run either way allow it.
NO_SERVER_MESSAGES = pytest.mark.qt_log_ignore(
    "PulseAudioService: pa_context_connect", "QSoundEffect: playback of this format")


@pytest.fixture
def player(qapp: QApplication) -> Iterator[SoundPlayer]:
    sound = SoundPlayer()
    yield sound
    sound.set_muted(True)  # stops anything still playing
    sound.deleteLater()


def audio_server_or_fail() -> None:
    """The real path needs an audio server: fail where one is expected, skip with the reason
    elsewhere (never silently)."""
    if not QMediaDevices.defaultAudioOutput().isNull():
        return
    if os.environ.get("CI") or shutil.which("pulseaudio"):
        pytest.fail("no audio output although PulseAudio is installed: scripts/test starts"
                    " a null sink (pulseaudio --load=module-null-sink)")
    pytest.skip("no audio server on this machine (apt install pulseaudio, then scripts/test)")


# -- files and settings (no sound needed) -------------------------------------------------------


def test_every_sound_has_a_short_wav_file() -> None:
    for sound in Sound:
        path = resource_path(f"sounds/{sound.value}.wav")
        with wave.open(str(path), "rb") as wav:
            seconds = wav.getnframes() / wav.getframerate()
            assert wav.getnchannels() in (1, 2), sound
            assert wav.getsampwidth() == 2, sound  # 16-bit PCM plays everywhere
            assert 0.03 <= seconds <= 2.5, (sound, seconds)


@NO_SERVER_MESSAGES
def test_load_makes_one_effect_per_sound_from_the_resources(player: SoundPlayer) -> None:
    assert not player.loaded
    player.load()
    assert player.loaded
    effects = player.findChildren(QSoundEffect)
    assert len(effects) == len(Sound)
    sources = {Path(e.source().toLocalFile()) for e in effects}
    assert sources == {resource_path(f"sounds/{s.value}.wav") for s in Sound}
    player.load()  # a second call changes nothing
    assert len(player.findChildren(QSoundEffect)) == len(Sound)


@NO_SERVER_MESSAGES
def test_set_volume_clamps_and_reaches_every_effect(player: SoundPlayer) -> None:
    player.load()
    for wanted, kept in ((1.7, 1.0), (-0.3, 0.0), (0.25, 0.25), (1.0, 1.0), (0.0, 0.0)):
        player.set_volume(wanted)
        assert player.volume == kept
        for effect in player.findChildren(QSoundEffect):
            assert effect.volume() == pytest.approx(kept, abs=0.01)


@NO_SERVER_MESSAGES
def test_muted_or_silent_plays_nothing(qtbot: QtBot, player: SoundPlayer) -> None:
    played: list[str] = []
    player.played.connect(played.append)
    player.set_muted(True)
    assert player.muted
    assert player.play(Sound.MOVE) is False
    player.set_muted(False)
    player.set_volume(0.0)
    assert player.play(Sound.HOLD) is False
    assert played == []
    for effect in player.findChildren(QSoundEffect):
        assert not effect.isPlaying()


def test_muting_stops_a_sound_that_is_playing(qtbot: QtBot, player: SoundPlayer) -> None:
    audio_server_or_fail()
    player.load()
    effect = _effect(player, Sound.SESSION_DONE)  # the longest sound
    qtbot.waitUntil(lambda: effect.status() == QSoundEffect.Status.Ready, timeout=5000)
    assert player.play(Sound.SESSION_DONE)
    qtbot.waitUntil(effect.isPlaying, timeout=5000)
    player.set_muted(True)
    qtbot.waitUntil(lambda: not effect.isPlaying(), timeout=5000)


# -- with an audio server -----------------------------------------------------------------------


def _effect(player: SoundPlayer, sound: Sound) -> QSoundEffect:
    target = resource_path(f"sounds/{sound.value}.wav")
    return next(e for e in player.findChildren(QSoundEffect)
                if Path(e.source().toLocalFile()) == target)


def watch_playing(effect: QSoundEffect) -> list[bool]:
    """Every playing state the effect goes through (a tick lasts 80 ms: polling could miss
    it)."""
    seen = [effect.isPlaying()]
    effect.playingChanged.connect(lambda: seen.append(effect.isPlaying()))
    return seen


def test_a_real_play_reaches_the_audio_server(qtbot: QtBot, player: SoundPlayer) -> None:
    audio_server_or_fail()
    problems: list[str] = []
    player.problem_found.connect(problems.append)
    player.load()
    effects = player.findChildren(QSoundEffect)
    qtbot.waitUntil(lambda: all(e.status() == QSoundEffect.Status.Ready for e in effects),
                    timeout=10_000)
    for sound in Sound:
        playing = watch_playing(_effect(player, sound))
        with qtbot.waitSignal(player.played, timeout=1000) as blocker:
            assert player.play(sound) is True
        assert blocker.args == [sound.value]
        qtbot.waitUntil(lambda: True in playing, timeout=5000)  # noqa: B023 - waited here
    assert problems == []
    assert player.problem is None


def test_play_before_load_loads_and_plays(qtbot: QtBot, player: SoundPlayer) -> None:
    audio_server_or_fail()
    assert player.play(Sound.TICK) is True
    assert player.loaded
    effect = _effect(player, Sound.TICK)
    playing = watch_playing(effect)  # asked before it was loaded: it plays once loaded
    qtbot.waitUntil(lambda: True in playing, timeout=5000)
    assert effect.status() == QSoundEffect.Status.Ready
    assert player.problem is None


# -- without an audio server --------------------------------------------------------------------

CHILD = textwrap.dedent("""
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QSoundEffect
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from hipflex_desktop.cues.planner import Sound
    from hipflex_desktop.cues.sound import SoundPlayer
    player = SoundPlayer()
    problems = []
    player.problem_found.connect(problems.append)
    results = {"before": [player.play(s) for s in Sound]}
    effects = player.findChildren(QSoundEffect)
    waited = 0
    def settled():
        return all(e.status() in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error)
                   for e in effects)
    def check():
        global waited
        waited += 50
        if not settled() and waited < 10_000:
            QTimer.singleShot(50, check)
            return
        results["after"] = [player.play(s) for s in Sound for _ in range(3)]
        results["statuses"] = sorted({e.status().name for e in effects})
        results["problems"] = problems
        results["problem"] = player.problem
        print(json.dumps(results))
        app.quit()
    QTimer.singleShot(0, check)
    app.exec()
""")


def test_without_an_audio_server_it_says_so_once_and_never_raises(tmp_path: Path) -> None:
    if shutil.which("pulseaudio") is None and not os.environ.get("CI"):
        pytest.skip("PulseAudio is not installed (apt install pulseaudio): the app's"
                    " sound path on Linux cannot be pointed at a missing server")
    env = {**os.environ,
           "PULSE_SERVER": f"unix:{tmp_path / 'no-such-server'}",
           "PIPEWIRE_REMOTE": str(tmp_path / "no-such-pipewire"),
           "QT_AUDIO_BACKEND": "pulseaudio",
           "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["statuses"] == ["Error"]
    assert not any(result["after"])  # nothing claims to have played
    assert len(result["problems"]) == 1
    assert result["problem"] == result["problems"][0]
    assert "no audio output" in result["problem"]
    # One clear line for the whole player, not one per sound or per play; Qt's own line per
    # sound ("QSoundEffect: playback of this format is not supported...") is folded into it.
    assert done.stderr.count("sounds are off: no audio output was found") == 1, done.stderr
    assert "an audio server (PulseAudio or PipeWire) must run" in done.stderr
    assert "QSoundEffect:" not in done.stderr, done.stderr
    assert "pa_context_connect" not in done.stderr.replace("(Qt: PulseAudioService: "
                                                           "pa_context_connect() failed", "")


STORM_SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from hipflex_desktop.cues.planner import Sound
from hipflex_desktop.cues.sound import SoundPlayer

app = QCoreApplication([])
player = SoundPlayer()
player.load()
sounds = list(Sound)
plays = 0

def play() -> None:
    global plays
    player.play(sounds[plays % len(sounds)])
    plays += 1
    if plays == 400:
        storm.stop()
        # The event loop still turns: a timer set now fires.
        QTimer.singleShot(50, lambda: (print("alive", plays, flush=True), app.quit()))

storm = QTimer()
storm.timeout.connect(play)
storm.start(15)
sys.exit(app.exec())
"""


def test_a_storm_of_cues_never_wedges_the_audio(qapp: QApplication, tmp_path: Path) -> None:
    """A person holding Right makes a cue every few milliseconds. Overlapping sound effects
    wedged Qt's PulseAudio backend (a flood of QSocketNotifier errors, a frozen window)."""
    audio_server_or_fail()
    script = tmp_path / "storm.py"
    script.write_text(STORM_SCRIPT)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                            timeout=45, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive 400"
    assert "QSocketNotifier" not in result.stderr
