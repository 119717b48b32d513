"""The content pack as plain, immutable values (format version 1).

A pack is loaded once (see ``loader.py``) and never changes afterwards; everything downstream —
the plan, the session, the window — reads these values only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Final

FORMAT_VERSION: Final = 1


class PhaseKind(StrEnum):
    """What the body does in one timed phase of a rep."""

    MOVE = "move"
    HOLD = "hold"
    RETURN = "return"


class SideMode(StrEnum):
    """How an exercise goes through the sides."""

    ALTERNATE = "alternate"  # right, left, right, ... every rep
    EACH_SIDE = "each-side"  # all reps on one side, a short switch, then the other
    NONE = "none"  # the exercise has no sides


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"

    @property
    def other(self) -> Side:
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT


class Level(StrEnum):
    """The variant of an exercise: ``standard`` is the exercise itself.

    Declared easiest first: iterating ``Level`` gives the one order the whole app uses (the set-up
    page, the E and H keys, the buttons of the session page, the history's lanes).
    """

    EASIER = "easier"
    STANDARD = "standard"
    HARDER = "harder"

    def step(self, steps: int, offered: Iterable[Level]) -> Level | None:
        """The level ``steps`` places harder (easier when negative) among ``offered``, one at a
        time as the person moves (from Harder, Easier goes back to Standard); ``None`` when
        there is none that far."""
        choices = set(offered) | {self}
        ordered = [lv for lv in Level if lv in choices]
        position = ordered.index(self) + steps
        return ordered[position] if 0 <= position < len(ordered) else None


PLACEHOLDER_RE: Final = re.compile(r"\{([^{}]*)\}")
PLACEHOLDERS: Final = frozenset({"side", "Side", "other_side", "Other_side"})
# {side:rechtes|linkes}: the word for the right side, then the one for the left, written out by
# the author so that a sentence can agree in gender, case and number (see docs/content-pack.md).
CHOICE_RE: Final = re.compile(r"^(side|Side|other_side|Other_side):([^{}|:]+)\|([^{}|:]+)$")
# The words a plain {side} stands for, by language: the form that reads naturally on its own
# ("Rechts", "Derecha", as in a call of the side being worked). Languages not listed here use
# the choice form; a plain {side} there would fall back to English and the loader warns.
SIDE_WORDS: Final[dict[str, tuple[str, str]]] = {
    "en": ("right", "left"),
    "de": ("rechts", "links"),
    "es": ("derecha", "izquierda"),
}


def is_placeholder(name: str) -> bool:
    """Whether ``{name}`` is a side placeholder: ``side`` etc., or a choice ``side:A|B``."""
    return name in PLACEHOLDERS or CHOICE_RE.match(name) is not None


def side_words(language: str) -> tuple[str, str] | None:
    """The (right, left) words of a plain {side} in ``language`` (a canonical tag), if known."""
    return SIDE_WORDS.get(language.split("-", 1)[0])


def spell_out_sides(template: str, language: str) -> str:
    """``template`` with each plain {side}-style placeholder turned into its choice form in
    ``language`` (``{Side}`` → ``{Side:rechts|links}``), so that filling it needs no language.
    Without words for ``language``, plain placeholders stay and are filled in English."""
    words = side_words(language)
    if words is None or "{" not in template:
        return template
    right, left = words
    return PLACEHOLDER_RE.sub(
        lambda m: f"{{{m.group(1)}:{right}|{left}}}" if m.group(1) in PLACEHOLDERS
        else m.group(0),
        template,
    )


def _side_value(name: str, side: Side) -> str | None:
    """What ``{name}`` stands for on ``side``; None for a name that is no placeholder."""
    choice = CHOICE_RE.match(name)
    if choice is not None:
        base, right, left = choice.group(1), choice.group(2), choice.group(3)
    elif name in PLACEHOLDERS:
        base, (right, left) = name, SIDE_WORDS["en"]
    else:
        return None
    named = side.other if base.lower() == "other_side" else side
    word = right if named is Side.RIGHT else left
    return word[:1].upper() + word[1:] if base[0].isupper() else word


def fill_side(template: str, side: Side | None) -> str:
    """``template`` with its side placeholders filled in (left as written when there is no side)."""
    if side is None or "{" not in template:
        return template

    def value(match: re.Match[str]) -> str:
        filled = _side_value(match.group(1), side)
        return match.group(0) if filled is None else filled

    return PLACEHOLDER_RE.sub(value, template)


@dataclass(frozen=True, slots=True)
class Text:
    """A text shown on screen, with an optional shorter form for the voice."""

    text: str
    say: str | None = None
    # The same text in languages other than the pack's own, by canonical tag (``de``,
    # ``de-AT``); each has no translations of its own. A localized pack has none (see
    # ``localize.py``).
    translations: tuple[tuple[str, Text], ...] = ()

    @property
    def spoken(self) -> str:
        return self.say if self.say is not None else self.text

    @property
    def languages(self) -> dict[str, Text]:
        """The other languages' texts, by canonical tag."""
        return dict(self.translations)

    def for_side(self, side: Side | None) -> Text:
        return Text(
            fill_side(self.text, side), None if self.say is None else fill_side(self.say, side)
        )


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed part of a rep.

    ``seconds`` is the fixed length; for a hold it may instead be user-adjustable within
    ``hold_range`` (``seconds is None``), in which case the plan picks the user's hold length.
    """

    kind: PhaseKind
    text: Text
    seconds: float | None = None
    hold_range: tuple[float, float] | None = None

    @property
    def adjustable(self) -> bool:
        return self.seconds is None


@dataclass(frozen=True, slots=True)
class Variant:
    """An easier or harder form of an exercise: any field left ``None`` keeps the standard one."""

    level: Level
    label: Text
    when: Text
    name: Text | None = None
    purpose: Text | None = None
    equipment: tuple[Text, ...] | None = None
    setup: tuple[Text, ...] | None = None
    phases: tuple[Phase, ...] | None = None
    cues: tuple[Text, ...] | None = None
    sides: SideMode | None = None
    picture: Path | None = None


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: Text
    purpose: Text
    equipment: tuple[Text, ...]
    setup: tuple[Text, ...]
    sides: SideMode
    phases: tuple[Phase, ...]
    cues: tuple[Text, ...]
    picture: Path | None = None
    variants: dict[Level, Variant] = field(default_factory=dict, hash=False)
    # Set on a resolved exercise (see ``as_variant``); the standard form has STANDARD.
    level: Level = Level.STANDARD
    variant_label: str | None = None

    @property
    def levels(self) -> tuple[Level, ...]:
        """The variants this exercise offers, easiest first (always including ``standard``)."""
        return tuple(lv for lv in Level if lv is Level.STANDARD or lv in self.variants)

    def as_variant(self, level: Level) -> Exercise:
        """The exercise as done in ``level``: the variant's fields replace the standard ones."""
        if level is Level.STANDARD:
            return self
        variant = self.variants.get(level)
        if variant is None:
            raise KeyError(f"{self.id} has no {level.value} variant")
        return replace(
            self,
            name=variant.name or self.name,
            purpose=variant.purpose or self.purpose,
            equipment=self.equipment if variant.equipment is None else variant.equipment,
            setup=variant.setup or self.setup,
            phases=variant.phases or self.phases,
            cues=self.cues if variant.cues is None else variant.cues,
            sides=variant.sides or self.sides,
            picture=variant.picture or self.picture,
            level=level,
            variant_label=variant.label.text,
        )


@dataclass(frozen=True, slots=True)
class Defaults:
    """The pack's suggested session settings; the user may change any of them."""

    reps_per_side: int
    sets: int
    hold_seconds: float
    hold_range: tuple[float, float]
    rest_seconds: float
    lead_in_seconds: float
    switch_seconds: float
    first_side: Side
    note: Text | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    format: int
    id: str
    title: Text
    version: str
    language: str
    author: str
    licence: str
    introduction: Text
    defaults: Defaults
    exercises: tuple[Exercise, ...]
    # Where the pack was read from; pictures are resolved against ``base_dir``.
    source: str = "<pack>"
    base_dir: Path | None = None
    # The languages the pack says it is complete in (``languages:``), canonical tags, besides
    # ``language`` itself. A localized pack lists none.
    languages: tuple[str, ...] = ()

    def exercise(self, exercise_id: str) -> Exercise:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        raise KeyError(exercise_id)

    @property
    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.exercises)

    def picture_path(self, picture: Path | None) -> Path | None:
        """The file of a picture named in the pack (already checked by the loader)."""
        if picture is None or self.base_dir is None:
            return None
        return self.base_dir / picture
