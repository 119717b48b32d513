"""The plan's own words (rests, side switches and ladder steps) in the language of the pack's
texts.

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
from hipflex_desktop.core.model import LadderStep, Side


@dataclass(frozen=True, slots=True)
class PlanWords:
    """Templates: ``{name}`` is the next exercise, ``{set}``/``{sets}`` the set numbers."""

    rest_next: str  # shown during the rest before an exercise
    rest_next_say: str
    rest_set: str  # shown during the rest before another set
    rest_set_say: str
    switch: dict[Side, str]  # shown and said during the pause to change sides
    # ``hipflex plan``'s line for an exercise done at a ladder step: {name}, {step}, {steps},
    # {what} (the step in words: the variant's label, reps and hold).
    step_line: str = "{name}: step {step} of {steps} ({what})"
    standard: str = "Standard"  # the standard form, which has no label of its own
    reps: str = "{reps} reps per side"
    hold: str = "hold {seconds} s"
    decimal_point: str = "."

    def switch_to(self, side: Side) -> str:
        return self.switch[side]

    def describe_step(self, step: LadderStep, label: str | None) -> str:
        """A ladder step in these words: ``Standard, 8 reps per side, hold 1.5 s``."""
        parts = [label or self.standard, self.reps.format(reps=step.reps_per_side)]
        if step.hold_seconds is not None:
            seconds = f"{step.hold_seconds:g}".replace(".", self.decimal_point)
            parts.append(self.hold.format(seconds=seconds))
        return ", ".join(parts)


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
        step_line="{name}: Schritt {step} von {steps} ({what})",
        reps="{reps} Wiederholungen pro Seite",
        hold="{seconds} s halten",
        decimal_point=",",
    ),
    "es": PlanWords(
        rest_next="Descanso. A continuación: {name}",
        rest_next_say="Descanso. A continuación: {name}.",
        rest_set="Descanso antes de la serie {set} de {sets}",
        rest_set_say="Descanso. Ahora viene la serie {set}.",
        switch={Side.RIGHT: "Cambia al lado derecho", Side.LEFT: "Cambia al lado izquierdo"},
        step_line="{name}: paso {step} de {steps} ({what})",
        standard="Estándar",
        reps="{reps} repeticiones por lado",
        hold="mantener {seconds} s",
        decimal_point=",",
    ),
}


def plan_words(language: str) -> PlanWords:
    """The words for ``language`` (a tag such as ``de-AT``), English where there are none."""
    return WORDS[pick_language(WORDS, language, "en")]
