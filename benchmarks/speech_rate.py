"""How fast the app's voice speaks each language of the built-in pack, in words a second.

Run ``python benchmarks/speech_rate.py`` (needs ``espeak-ng``, the engine behind the app's
voice on Linux). It speaks every spoken text of the built-in pack (names, set-up steps, cues,
phases, in every language) into WAV files at espeak-ng's default speed, and prints each
language's words a second and its ratio to English measured in the same run. The speech-fit
check's per-language rates (``core/speech_fit.py``) are English's 2.5 scaled by those ratios.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import plan
from hipflex_desktop.core.speech_fit import WORDS_PER_SECOND, count_words, words_per_second
from hipflex_desktop.resources import builtin_pack_path

LANGUAGES = ("en", "de", "es")


def spoken_texts(language: str) -> list[str]:
    """Every distinct text the session speaks from the pack, in ``language``."""
    pack = localized_pack(load_pack_or_raise(builtin_pack_path()), language)
    texts: dict[str, None] = {}
    for exercise in pack.exercises:
        for form in (exercise, *(exercise.as_variant(level) for level in exercise.variants)):
            for text in (form.name, *form.setup, *form.cues, *(p.text for p in form.phases)):
                texts.setdefault(text.for_side(Side.RIGHT).spoken)
    assert plan(pack).segments  # the localized pack plans like any other
    return list(texts)


def seconds_spoken(text: str, language: str, folder: Path) -> float:
    out = folder / "say.wav"
    subprocess.run(["espeak-ng", "-v", language, "-w", str(out), text], check=True,
                   capture_output=True, timeout=60)
    with wave.open(str(out)) as audio:
        return float(audio.getnframes()) / float(audio.getframerate())


def main() -> int:
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed; nothing to measure", file=sys.stderr)
        return 1
    rates: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            texts = spoken_texts(language)
            words = sum(count_words(t) for t in texts)
            seconds = sum(seconds_spoken(t, language, Path(tmp)) for t in texts)
            rates[language] = words / seconds
            print(f"{language}: {len(texts)} texts, {words} words in {seconds:.1f} s:"
                  f" {rates[language]:.2f} words/s")
    print()
    print("language  measured  ratio to en  rate = 2.5 x ratio  rate the check uses")
    for language in LANGUAGES:
        ratio = rates[language] / rates["en"]
        scaled = WORDS_PER_SECOND * ratio
        print(f"{language:<8}  {rates[language]:8.2f}  {ratio:11.2f}  {scaled:18.2f}"
              f"  {words_per_second(language):19.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
