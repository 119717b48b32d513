"""An exercise's ladder of steps: the pack's own, or a default built from its variants, reps and
hold range (the rules are written out in docs/content-pack.md, "Ladders").

Pure functions over the pack model; the plan uses them to turn a step number into a variant,
reps per side and hold length, the progression rule to name the step above and below.
"""

from __future__ import annotations

from typing import Final

from hipflex_desktop.core.model import (
    Defaults,
    Exercise,
    Ladder,
    LadderStep,
    Level,
    Phase,
    PhaseKind,
)

DEFAULT_CLIMB_AFTER: Final = 2
# The default ladder adds this many reps per side once the longest hold is reached.
DEFAULT_EXTRA_REPS: Final = 2
# At most this many hold lengths per variant in a default ladder (a wide range is sampled).
MAX_DEFAULT_HOLDS: Final = 4
MAX_REPS: Final = 50
MAX_LADDER_STEPS: Final = 30


def adjustable_hold(phases: tuple[Phase, ...]) -> Phase | None:
    """The first hold whose length the person chooses, or None when every hold is fixed."""
    holds = (p for p in phases if p.adjustable and p.kind is PhaseKind.HOLD)
    return next(holds, None)


def hold_range_of(exercise: Exercise, level: Level,
                  defaults: Defaults) -> tuple[float, float] | None:
    """The hold lengths ``level`` of ``exercise`` allows, or None when its holds are fixed."""
    hold = adjustable_hold(exercise.as_variant(level).phases)
    if hold is None:
        return None
    return hold.hold_range or defaults.hold_range


def default_ladder(exercise: Exercise, defaults: Defaults) -> Ladder:
    """The ladder for an exercise whose pack gives none.

    For each variant, easiest first: the pack's reps per side with each whole-second hold
    from the shortest to the longest allowed (at most four lengths, always both ends), then
    two more reps per side at the longest hold. A variant with fixed holds has the two rep
    counts only. The person starts at the first standard step.
    """
    reps = defaults.reps_per_side
    more = min(reps + DEFAULT_EXTRA_REPS, MAX_REPS)
    steps: list[LadderStep] = []
    for level in exercise.levels:
        hold_range = hold_range_of(exercise, level, defaults)
        if hold_range is None:
            steps.append(LadderStep(level, reps, None))
            if more != reps:
                steps.append(LadderStep(level, more, None))
            continue
        holds = hold_lengths(*hold_range)
        steps.extend(LadderStep(level, reps, hold) for hold in holds)
        if more != reps:
            steps.append(LadderStep(level, more, holds[-1]))
    if len(steps) == 1:  # a single fixed form at 50 reps: nowhere to go but a longer set
        steps.insert(0, LadderStep(steps[0].level, max(reps - DEFAULT_EXTRA_REPS, 1), None))
    start = next((i for i, s in enumerate(steps, 1) if s.level is Level.STANDARD), 1)
    return Ladder(tuple(steps), DEFAULT_CLIMB_AFTER, start, declared=False)


def hold_lengths(low: float, high: float) -> tuple[float, ...]:
    """Whole seconds from ``low`` to ``high`` (both ends kept even when not whole), at most
    MAX_DEFAULT_HOLDS of them, spread evenly."""
    if high <= low:
        return (low,)
    inner = [float(s) for s in range(int(low) + 1, int(high) + 1) if low < s < high]
    lengths = [low, *inner, high]
    if len(lengths) > MAX_DEFAULT_HOLDS:
        last = len(lengths) - 1
        picks = sorted({round(i * last / (MAX_DEFAULT_HOLDS - 1))
                        for i in range(MAX_DEFAULT_HOLDS)})
        lengths = [lengths[i] for i in picks]
    return tuple(lengths)


def ladder_of(exercise: Exercise, defaults: Defaults) -> Ladder:
    """The exercise's ladder: the pack's own, or the default one."""
    return exercise.ladder or default_ladder(exercise, defaults)


def describe_step(step: LadderStep, label: str | None) -> str:
    """``No wall, 10 reps per side, hold 2 s`` — a step in words (English; the window
    translates its own)."""
    parts = [label or "Standard", f"{step.reps_per_side} reps per side"]
    if step.hold_seconds is not None:
        parts.append(f"hold {step.hold_seconds:g} s")
    return ", ".join(parts)


def variant_label(exercise: Exercise, level: Level) -> str | None:
    variant = exercise.variants.get(level)
    return None if variant is None else variant.label.text
