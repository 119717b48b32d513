"""Pack + the user's choices → the whole session as one flat, immutable list of segments.

A flat plan makes skip, back and resume an index and an offset, and lets the whole session be
printed and checked before anyone presses Start. ``plan`` is a pure function.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from hipflex_desktop.core.model import (
    Exercise,
    Level,
    Pack,
    Phase,
    PhaseKind,
    Side,
    SideMode,
)
from hipflex_desktop.core.plan_words import plan_words

REPS_RANGE = (1, 50)
SETS_RANGE = (1, 10)
REST_RANGE = (0.0, 600.0)
LEAD_IN_RANGE = (3.0, 120.0)
SWITCH_RANGE = (0.0, 60.0)


class SegmentKind(StrEnum):
    PREPARE = "prepare"  # the lead-in: set-up shown and spoken, counting down
    MOVE = "move"
    HOLD = "hold"
    RETURN = "return"
    SWITCH = "switch"  # a short pause to change sides (sides not alternated every rep)
    REST = "rest"  # between exercises, and between sets

    @property
    def is_phase(self) -> bool:
        return self in (SegmentKind.MOVE, SegmentKind.HOLD, SegmentKind.RETURN)


class PlanError(ValueError):
    """Options the pack cannot honour; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Segment:
    """One timed step of a session."""

    index: int
    kind: SegmentKind
    exercise_id: str
    exercise_name: str
    exercise_number: int  # 1-based position of the exercise in this session
    exercise_count: int
    variant: Level
    side: Side | None
    set: int  # 1-based; 0 where it does not apply
    sets: int
    rep: int  # 1-based rep on this side; 0 for prepare, switch and rest
    reps: int  # reps per side
    phase_index: int  # position of the phase within the rep; -1 for non-phase segments
    last_phase: bool  # the rep is complete when this segment ends
    text: str  # what the screen shows, side already filled in
    say: str  # what the voice says
    cue: str | None  # the form cue to show with it
    seconds: float
    details: tuple[str, ...] = ()  # the set-up steps, for a prepare segment
    next_name: str | None = None  # for rest: the exercise that comes next

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["variant"] = self.variant.value
        data["side"] = None if self.side is None else self.side.value
        data["details"] = list(self.details)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Segment:
        values = dict(data)
        values["kind"] = SegmentKind(values["kind"])
        values["variant"] = Level(values["variant"])
        values["side"] = None if values["side"] is None else Side(values["side"])
        values["details"] = tuple(values.get("details", ()))
        values["seconds"] = float(values["seconds"])
        return cls(**values)


@dataclass(frozen=True, slots=True)
class PlanOptions:
    """The user's choices; ``None`` means the pack's default."""

    exercises: tuple[str, ...] | None = None  # chosen exercises in order; None = all
    variants: Mapping[str, Level] = field(default_factory=dict, hash=False)
    reps_per_side: int | None = None
    sets: int | None = None
    hold_seconds: float | None = None
    rest_seconds: float | None = None
    lead_in_seconds: float | None = None
    switch_seconds: float | None = None
    first_side: Side | None = None
    sides: SideMode | None = None  # override how sides go (exercises without sides keep none)

    def with_variant(self, exercise_id: str, level: Level) -> PlanOptions:
        return replace(self, variants={**self.variants, exercise_id: level})

    def to_json(self) -> dict[str, Any]:
        return {
            "exercises": None if self.exercises is None else list(self.exercises),
            "variants": {k: v.value for k, v in self.variants.items()},
            "reps_per_side": self.reps_per_side,
            "sets": self.sets,
            "hold_seconds": self.hold_seconds,
            "rest_seconds": self.rest_seconds,
            "lead_in_seconds": self.lead_in_seconds,
            "switch_seconds": self.switch_seconds,
            "first_side": None if self.first_side is None else self.first_side.value,
            "sides": None if self.sides is None else self.sides.value,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PlanOptions:
        exercises = data.get("exercises")
        first = data.get("first_side")
        sides = data.get("sides")
        return cls(
            exercises=None if exercises is None else tuple(str(e) for e in exercises),
            variants={str(k): Level(v) for k, v in dict(data.get("variants") or {}).items()},
            reps_per_side=data.get("reps_per_side"),
            sets=data.get("sets"),
            hold_seconds=data.get("hold_seconds"),
            rest_seconds=data.get("rest_seconds"),
            lead_in_seconds=data.get("lead_in_seconds"),
            switch_seconds=data.get("switch_seconds"),
            first_side=None if first is None else Side(first),
            sides=None if sides is None else SideMode(sides),
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """PlanOptions with every default filled in from the pack and checked."""

    exercises: tuple[Exercise, ...]  # as done: each already resolved to its chosen variant
    reps_per_side: int
    sets: int
    hold_seconds: float
    rest_seconds: float
    lead_in_seconds: float
    switch_seconds: float
    first_side: Side
    sides: SideMode | None
    # The language of the pack's texts: the plan's own words (rests, switches) follow it.
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Plan:
    pack_id: str
    pack_version: str
    options: PlanOptions
    segments: tuple[Segment, ...]

    @property
    def total_seconds(self) -> float:
        return sum(s.seconds for s in self.segments)

    def __len__(self) -> int:
        return len(self.segments)


def resolve(pack: Pack, options: PlanOptions) -> Settings:
    """Fill in the pack's defaults and check every option against the pack."""
    d = pack.defaults
    chosen = options.exercises if options.exercises is not None else pack.exercise_ids
    if not chosen:
        raise PlanError("choose at least one exercise")
    if len(set(chosen)) != len(chosen):
        raise PlanError("an exercise is chosen twice")
    unknown = [e for e in (*chosen, *options.variants) if e not in pack.exercise_ids]
    if unknown:
        raise PlanError(
            f"no exercise {unknown[0]!r} in this pack; it has: {', '.join(pack.exercise_ids)}"
        )
    exercises = []
    for exercise_id in chosen:
        exercise = pack.exercise(exercise_id)
        level = options.variants.get(exercise_id, Level.STANDARD)
        if level not in exercise.levels:
            offered = ", ".join(lv.value for lv in exercise.levels)
            raise PlanError(f"{exercise_id} has no {level.value} variant (it has: {offered})")
        exercises.append(exercise.as_variant(level))
    reps = _within("reps per side", options.reps_per_side, d.reps_per_side, REPS_RANGE,
                   whole=True)
    sets = _within("sets", options.sets, d.sets, SETS_RANGE, whole=True)
    hold = _within("hold seconds", options.hold_seconds, d.hold_seconds, d.hold_range)
    rest = _within("rest seconds", options.rest_seconds, d.rest_seconds, REST_RANGE)
    lead_in = _within("lead-in seconds", options.lead_in_seconds, d.lead_in_seconds,
                      LEAD_IN_RANGE)
    switch = _within("switch seconds", options.switch_seconds, d.switch_seconds, SWITCH_RANGE)
    return Settings(
        exercises=tuple(exercises),
        reps_per_side=int(reps),
        sets=int(sets),
        hold_seconds=float(hold),
        rest_seconds=float(rest),
        lead_in_seconds=float(lead_in),
        switch_seconds=float(switch),
        first_side=options.first_side or d.first_side,
        sides=options.sides,
        language=pack.language,
    )


def _within(name: str, value: float | None, default: float,
            bounds: tuple[float, float], *, whole: bool = False) -> float:
    chosen = default if value is None else value
    # Options may come from a saved session or another caller's JSON: check the type too.
    if not isinstance(chosen, int | float):
        raise PlanError(f"{name} must be a number, got {chosen!r}")
    if whole and not isinstance(chosen, bool) and not float(chosen).is_integer():
        raise PlanError(f"{name} must be a whole number, got {chosen}")
    if isinstance(chosen, bool) or not bounds[0] <= chosen <= bounds[1]:
        raise PlanError(f"{name} must be between {bounds[0]:g} and {bounds[1]:g}, got {chosen}")
    return chosen


def plan(pack: Pack, options: PlanOptions | None = None) -> Plan:
    """The session as a flat list of segments."""
    options = options or PlanOptions()
    settings = resolve(pack, options)
    segments: list[Segment] = []
    for position in range(len(settings.exercises)):
        segments.extend(exercise_block(settings, position))
    return Plan(pack.id, pack.version, options, renumber(segments))


def renumber(segments: Sequence[Segment], start: int = 0) -> tuple[Segment, ...]:
    return tuple(
        s if s.index == i else replace(s, index=i) for i, s in enumerate(segments, start)
    )


def side_order(mode: SideMode, first: Side) -> tuple[Side | None, ...]:
    return (None,) if mode is SideMode.NONE else (first, first.other)


def exercise_block(settings: Settings, position: int) -> list[Segment]:
    """The segments of the exercise at ``position``: rest before it (after the first), its
    lead-in, then every set, side and rep. Indexes are left at 0 for the caller to number."""
    exercise = settings.exercises[position]
    mode = exercise.sides
    if mode is not SideMode.NONE and settings.sides not in (None, SideMode.NONE):
        mode = settings.sides
    sides = side_order(mode, settings.first_side)
    count = len(settings.exercises)
    name = exercise.name.text
    base: dict[str, Any] = {
        "index": 0,
        "exercise_id": exercise.id,
        "exercise_name": name,
        "exercise_number": position + 1,
        "exercise_count": count,
        "variant": exercise.level,
        "sets": settings.sets,
        "reps": settings.reps_per_side,
    }
    first_cue = exercise.cues[0].text if exercise.cues else None
    words = plan_words(settings.language)

    def pause(kind: SegmentKind, seconds: float, *, text: str, say: str, side: Side | None,
              set_number: int, **extra: Any) -> Segment:
        return Segment(kind=kind, side=side, set=set_number, rep=0, phase_index=-1,
                       last_phase=False, text=text, say=say, cue=first_cue, seconds=seconds,
                       **base, **extra)

    block: list[Segment] = []
    if position > 0 and settings.rest_seconds > 0:
        block.append(pause(SegmentKind.REST, settings.rest_seconds,
                           text=words.rest_next.format(name=name),
                           say=words.rest_next_say.format(name=exercise.name.spoken),
                           side=None, set_number=0, next_name=name))
    first_side = sides[0]
    setup = tuple(step.for_side(first_side) for step in exercise.setup)
    title = exercise.name.for_side(first_side)
    block.append(pause(
        SegmentKind.PREPARE, settings.lead_in_seconds, text=title.text,
        say=" ".join([_sentence(title.spoken), *(_sentence(step.spoken) for step in setup)]),
        side=first_side, set_number=1, details=tuple(step.text for step in setup),
    ))
    for set_number in range(1, settings.sets + 1):
        if set_number > 1 and settings.rest_seconds > 0:
            block.append(pause(SegmentKind.REST, settings.rest_seconds,
                               text=words.rest_set.format(set=set_number, sets=settings.sets),
                               say=words.rest_set_say.format(set=set_number), side=first_side,
                               set_number=set_number, next_name=name))
        if mode is SideMode.ALTERNATE:
            order = [(rep, side) for rep in range(1, settings.reps_per_side + 1)
                     for side in sides]
        else:
            order = [(rep, side) for side in sides
                     for rep in range(1, settings.reps_per_side + 1)]
        for rep, side in order:
            # A switch where the side changes: half-way through a set, and at the start of a
            # later set when no rest comes between the last side and the first one again.
            changes_side = side is not first_side or (
                set_number > 1 and settings.rest_seconds == 0)
            if (mode is SideMode.EACH_SIDE and rep == 1 and changes_side
                    and settings.switch_seconds > 0):
                assert side is not None
                block.append(pause(SegmentKind.SWITCH, settings.switch_seconds,
                                   text=words.switch_to(side),
                                   say=f"{words.switch_to(side)}.", side=side,
                                   set_number=set_number))
            cue = exercise.cues[(rep - 1) % len(exercise.cues)] if exercise.cues else None
            for phase_index, phase in enumerate(exercise.phases):
                text = phase.text.for_side(side)
                block.append(Segment(
                    kind=SegmentKind(phase.kind.value), side=side, set=set_number, rep=rep,
                    phase_index=phase_index,
                    last_phase=phase_index == len(exercise.phases) - 1,
                    text=text.text, say=text.spoken,
                    cue=None if cue is None else cue.for_side(side).text,
                    seconds=phase_seconds(phase, settings.hold_seconds), **base,
                ))
    return block


def phase_seconds(phase: Phase, hold_seconds: float) -> float:
    """A fixed phase lasts its seconds; an adjustable hold the user's choice, kept in range."""
    if phase.seconds is not None:
        return phase.seconds
    assert phase.kind is PhaseKind.HOLD
    if phase.hold_range is None:
        return hold_seconds
    low, high = phase.hold_range
    return min(max(hold_seconds, low), high)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", ":")) else text + "."


def format_duration(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour up: how session lengths are shown everywhere."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
