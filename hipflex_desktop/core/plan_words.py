"""The plan's own words (rests and side switches) in the language of the pack's texts.

Everything else a session shows and says comes from the content pack; these few sentences are
the plan's, so they follow the language the (localized) pack is in, and a German session says
"Wechsel auf die linke Seite" rather than an English sentence in a German voice. A language
without its own words here uses English. Plain, Qt-free strings: the command line prints them
too (``hipflex plan --language de``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from hipflex_desktop.core.languages import pick_language
from hipflex_desktop.core.model import Side


@dataclass(frozen=True, slots=True)
class PlanWords:
    """Templates: ``{name}`` is the next exercise, ``{set}``/``{sets}`` the set numbers."""

    rest_next: str  # shown during the rest before an exercise
    rest_next_say: str
    rest_set: str  # shown during the rest before another set
    rest_set_say: str
    switch: dict[Side, str]  # shown and said during the pause to change sides

    def switch_to(self, side: Side) -> str:
        return self.switch[side]


WORDS: Final[dict[str, PlanWords]] = {
    "en": PlanWords(
        rest_next="Rest. Next: {name}",
        rest_next_say="Rest. Next: {name}.",
        rest_set="Rest before set {set} of {sets}",
        rest_set_say="Rest. Set {set} is next.",
        switch={Side.RIGHT: "Switch to the right side", Side.LEFT: "Switch to the left side"},
    ),
    "de": PlanWords(
        rest_next="Pause. Als Nächstes: {name}",
        rest_next_say="Pause. Als Nächstes: {name}.",
        rest_set="Pause vor Durchgang {set} von {sets}",
        rest_set_say="Pause. Gleich kommt Durchgang {set}.",
        switch={Side.RIGHT: "Wechsel auf die rechte Seite",
                Side.LEFT: "Wechsel auf die linke Seite"},
    ),
    "es": PlanWords(
        rest_next="Descanso. A continuación: {name}",
        rest_next_say="Descanso. A continuación: {name}.",
        rest_set="Descanso antes de la serie {set} de {sets}",
        rest_set_say="Descanso. Ahora viene la serie {set}.",
        switch={Side.RIGHT: "Cambia al lado derecho", Side.LEFT: "Cambia al lado izquierdo"},
    ),
}


def plan_words(language: str) -> PlanWords:
    """The words for ``language`` (a tag such as ``de-AT``), English where there are none."""
    return WORDS[pick_language(WORDS, language, "en")]
