"""How long a spoken text takes to say, at a normal speaking rate.

The pack validator uses it to warn when a spoken text cannot fit in its phase, and the speaker
uses it to tell a sentence that is still being spoken from one that is stuck.
"""

from __future__ import annotations

import re
from typing import Final

# A normal speaking rate, in words a second.
WORDS_PER_SECOND: Final = 2.5
# The same pace in other languages: their words are longer on average, so fewer fit in a
# second (German compounds, Spanish words of more syllables). Measured with espeak-ng at its
# default rate over the built-in pack's spoken texts; see docs/content-pack.md.
WORDS_PER_SECOND_BY_LANGUAGE: Final[dict[str, float]] = {
    "en": WORDS_PER_SECOND,
    "de": 2.15,
    "es": 2.25,
}

_WORD_RE: Final = re.compile(r"[\w']+")


def count_words(text: str) -> int:
    """Words as a listener hears them: runs of letters, digits and apostrophes."""
    return len(_WORD_RE.findall(text))


def words_per_second(language: str) -> float:
    """The speaking rate used for ``language`` (a tag such as ``de-AT``); English's for a
    language without a rate of its own."""
    return WORDS_PER_SECOND_BY_LANGUAGE.get(language.split("-", 1)[0].lower(), WORDS_PER_SECOND)


def estimate_seconds(text: str, words_per_second: float = WORDS_PER_SECOND) -> float:
    """Seconds it takes to say ``text`` at ``words_per_second`` (0 for a text without words)."""
    if words_per_second <= 0:
        raise ValueError("words_per_second must be positive")
    return count_words(text) / words_per_second
