"""How long a spoken text takes to say, at a normal speaking rate.

The pack validator uses it to warn when a spoken text cannot fit in its phase, and the speaker
uses it to tell a sentence that is still being spoken from one that is stuck.
"""

from __future__ import annotations

import re
from typing import Final

# A normal speaking rate, in words a second.
WORDS_PER_SECOND: Final = 2.5

_WORD_RE: Final = re.compile(r"[\w']+")


def count_words(text: str) -> int:
    """Words as a listener hears them: runs of letters, digits and apostrophes."""
    return len(_WORD_RE.findall(text))


def estimate_seconds(text: str, words_per_second: float = WORDS_PER_SECOND) -> float:
    """Seconds it takes to say ``text`` at ``words_per_second`` (0 for a text without words)."""
    if words_per_second <= 0:
        raise ValueError("words_per_second must be positive")
    return count_words(text) / words_per_second
