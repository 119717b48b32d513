#!/usr/bin/env python3
"""Write HipFlex Desktop's cue sounds into resources/sounds/.

Every sound is synthesised here from sine partials, so the WAV files can be rebuilt at any time
and the result is the same bytes on every run: no randomness, no clock, no outside files.

    python scripts/make_sounds.py              # writes into resources/sounds/
    python scripts/make_sounds.py --out DIR    # writes into DIR instead

Format: 16-bit PCM, mono, 48 kHz. Each sound starts and ends in silence (soft raised-cosine
attack and release on every note, so nothing clicks) and is scaled to a peak of -6 dBFS.
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from dataclasses import dataclass
from pathlib import Path

RATE = 48_000
PEAK_DBFS = -6.0
FULL_SCALE = 32_767

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# A partial: (frequency ratio to the note, relative amplitude, extra decay rate in 1/s).
# Higher partials die away faster, which is what makes a struck tone sound soft and round.
Partial = tuple[float, float, float]

BELL: tuple[Partial, ...] = (
    (1.0, 1.0, 0.0),
    (2.0, 0.32, 6.0),
    (3.0, 0.10, 14.0),
    (4.0, 0.04, 24.0),
)
PURE: tuple[Partial, ...] = ((1.0, 1.0, 0.0), (2.0, 0.18, 2.0), (3.0, 0.05, 4.0))
WOOD: tuple[Partial, ...] = ((1.0, 1.0, 0.0), (2.57, 0.45, 40.0), (4.21, 0.18, 80.0))
REED: tuple[Partial, ...] = ((1.0, 1.0, 0.0), (3.0, 0.16, 6.0), (5.0, 0.05, 12.0))
WARM: tuple[Partial, ...] = (
    (1.0, 1.0, 0.0),
    (1.004, 0.35, 0.0),  # a slightly detuned twin: a slow, gentle beat
    (2.0, 0.22, 3.0),
    (3.0, 0.07, 6.0),
)


@dataclass(frozen=True)
class Note:
    """One tone inside a sound."""

    start: float  # seconds from the start of the sound
    freq: float  # Hz at the start of the note
    length: float  # seconds until the note is silent
    partials: tuple[Partial, ...] = PURE
    gain: float = 1.0
    attack: float = 0.006  # seconds of raised-cosine fade-in
    release: float = 0.04  # seconds of raised-cosine fade-out at the end of the note
    decay: float = 0.25  # time constant of the exponential decay, seconds
    glide_to: float | None = None  # Hz at the end of the note, for a pitch glide


def _phase(note: Note, t: float) -> float:
    """Phase in cycles of the note's fundamental at time t (exponential glide if any)."""
    if note.glide_to is None or note.glide_to == note.freq:
        return note.freq * t
    ratio = note.glide_to / note.freq
    rate = math.log(ratio) / note.length
    return note.freq * (math.exp(rate * t) - 1.0) / rate


def _envelope(note: Note, t: float) -> float:
    env = math.exp(-t / note.decay)
    if t < note.attack:
        env *= 0.5 - 0.5 * math.cos(math.pi * t / note.attack)
    tail = note.length - t
    if tail < note.release:
        env *= 0.5 - 0.5 * math.cos(math.pi * max(tail, 0.0) / note.release)
    return env


def render(notes: tuple[Note, ...]) -> list[float]:
    """Mix the notes into samples in [-1, 1], scaled to the target peak."""
    end = max(note.start + note.length for note in notes)
    count = round(end * RATE) + 1
    mix = [0.0] * count
    for note in notes:
        first = round(note.start * RATE)
        samples = round(note.length * RATE)
        for i in range(samples + 1):
            t = i / RATE
            cycles = _phase(note, t)
            value = 0.0
            for ratio, amp, extra in note.partials:
                value += amp * math.exp(-extra * t) * math.sin(2.0 * math.pi * ratio * cycles)
            index = first + i
            if index < count:
                mix[index] += note.gain * _envelope(note, t) * value
    peak = max(abs(v) for v in mix)
    scale = 10.0 ** (PEAK_DBFS / 20.0) / peak
    return [v * scale for v in mix]


def to_pcm(samples: list[float]) -> bytes:
    """16-bit little-endian PCM."""
    pcm = array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(v * FULL_SCALE))) for v in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm.tobytes()


# Note names used below, in Hz (equal temperament, A4 = 440 Hz).
C4, E4, G4 = 261.63, 329.63, 392.00
B4, C5, D5, E5, G5, A5 = 493.88, 523.25, 587.33, 659.26, 783.99, 880.00
C6, E6 = 1046.50, 1318.51

SOUNDS: dict[str, tuple[Note, ...]] = {
    # Start of a movement: a bright rising two-note chime.
    "move.wav": (
        Note(0.0, A5, 0.26, BELL, gain=0.8, attack=0.004, decay=0.12, release=0.06),
        Note(0.085, E6, 0.30, BELL, gain=0.9, attack=0.004, decay=0.14, release=0.08),
    ),
    # Start of a hold: one steady mid tone.
    "hold.wav": (Note(0.0, C5, 0.30, PURE, attack=0.025, decay=2.0, release=0.08),),
    # End of a hold: a soft tone that falls.
    "hold_end.wav": (
        Note(0.0, E5, 0.34, PURE, attack=0.02, decay=0.35, release=0.10, glide_to=B4),
    ),
    # Countdown tick: a very short wooden blip.
    "tick.wav": (Note(0.0, C6, 0.08, WOOD, attack=0.0015, decay=0.018, release=0.02),),
    # The last tick, "go": a little higher and longer.
    "tick_last.wav": (Note(0.0, E6, 0.17, WOOD, attack=0.002, decay=0.05, release=0.05),),
    # Side switched: a two-tone back-and-forth motif.
    "side.wav": (
        Note(0.0, B4, 0.16, REED, gain=0.9, attack=0.008, decay=0.12, release=0.05),
        Note(0.11, E5, 0.16, REED, gain=0.9, attack=0.008, decay=0.12, release=0.05),
        Note(0.22, B4, 0.20, REED, gain=0.9, attack=0.008, decay=0.12, release=0.07),
    ),
    # Exercise finished: a pleasant three-note arpeggio.
    "exercise_done.wav": (
        Note(0.0, C5, 0.30, BELL, attack=0.005, decay=0.16, release=0.08),
        Note(0.10, E5, 0.30, BELL, attack=0.005, decay=0.16, release=0.08),
        Note(0.20, G5, 0.36, BELL, attack=0.005, decay=0.20, release=0.10),
    ),
    # Session finished: a warm rolled chord that rings out.
    "session_done.wav": (
        Note(0.0, C4, 1.10, WARM, gain=0.7, attack=0.012, decay=0.45, release=0.25),
        Note(0.07, E4, 1.03, WARM, gain=0.6, attack=0.012, decay=0.42, release=0.25),
        Note(0.14, G4, 0.96, WARM, gain=0.55, attack=0.012, decay=0.40, release=0.25),
        Note(0.21, C5, 0.89, WARM, gain=0.5, attack=0.012, decay=0.38, release=0.25),
    ),
}


def write_wav(path: Path, samples: list[float]) -> None:
    with path.open("wb") as stream, wave.open(stream, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(to_pcm(samples))


def write_all(out_dir: Path) -> list[Path]:
    """Write every sound into out_dir; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in SOUNDS.items():
        path = out_dir / name
        write_wav(path, render(notes))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write HipFlex Desktop's cue sounds.")
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
