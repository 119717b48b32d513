"""What a person should hear, for each thing that happens in a session (Qt-free).

The session must be followable with eyes closed: every new step gets a distinct sound and a
short spoken instruction that names the side. This module only decides *what* to play; the
sound player and the speaker decide *how*.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.core.session import Event, EventKind


class Sound(StrEnum):
    MOVE = "move"
    HOLD = "hold"
    HOLD_END = "hold_end"
    TICK = "tick"
    TICK_LAST = "tick_last"
    SIDE = "side"
    EXERCISE_DONE = "exercise_done"
    SESSION_DONE = "session_done"


@dataclass(frozen=True, slots=True)
class Cue:
    sound: Sound | None
    speech: str | None
    index: int  # the segment it belongs to


class Phrases(Protocol):
    """The app's own spoken words, in the session's language (the pack's texts come with the
    segments). The window speaks them through ``ui.spoken``; English is below."""

    def session_complete(self) -> str: ...

    def paused(self) -> str: ...

    def resuming(self) -> str: ...

    def session_stopped(self) -> str: ...

    def rep_count(self, seg: Segment) -> str: ...


class EnglishPhrases:
    """The words in English, for the command line, tests and benchmarks."""

    def session_complete(self) -> str:
        return "Session complete. Well done!"

    def paused(self) -> str:
        return "Paused."

    def resuming(self) -> str:
        return "Resuming."

    def session_stopped(self) -> str:
        return "Session stopped."

    def rep_count(self, seg: Segment) -> str:
        if seg.rep == 0:
            if seg.kind is SegmentKind.PREPARE:
                reps = f"{seg.reps} rep{'' if seg.reps == 1 else 's'}"
                return f"{reps} per side coming up." if seg.side else f"{reps}."
            if seg.kind is SegmentKind.SWITCH and seg.side is not None:
                return f"Switching to the {seg.side.value} side."
            return "Resting."
        side = f", {seg.side.value} side" if seg.side is not None else ""
        sets = f", set {seg.set} of {seg.sets}" if seg.sets > 1 else ""
        return f"Rep {seg.rep} of {seg.reps}{side}{sets}."


ENGLISH: Phrases = EnglishPhrases()


def cue_for_event(event: Event, previous: Segment | None,
                  phrases: Phrases = ENGLISH) -> Cue | None:
    """The cue for a session event; ``previous`` is the segment that ran just before."""
    seg = event.segment
    if seg is None:
        return None
    kind = event.kind
    if kind is EventKind.SEGMENT_STARTED:
        return _segment_cue(seg, previous, event.index)
    if kind is EventKind.SESSION_FINISHED:
        return Cue(Sound.SESSION_DONE, phrases.session_complete(), event.index)
    if kind is EventKind.PAUSED:
        return Cue(None, phrases.paused(), event.index)
    if kind is EventKind.RESUMED:
        if event.remaining >= seg.seconds - 1e-9:
            # The step starts from its beginning (a session resumed after a crash, or paused
            # right at a boundary): give its full cue, as if it had just begun.
            return _segment_cue(seg, previous, event.index)
        return Cue(None, phrases.resuming(), event.index)
    if kind is EventKind.SESSION_STOPPED:
        return Cue(None, phrases.session_stopped(), event.index)
    return None


def _segment_cue(seg: Segment, previous: Segment | None, index: int) -> Cue:
    kind = seg.kind
    if kind is SegmentKind.PREPARE:
        # The exercise's name and set-up, said while the person gets into position.
        sound = Sound.EXERCISE_DONE if _after_exercise(previous, seg) else None
        return Cue(sound, seg.say, index)
    if kind is SegmentKind.MOVE:
        return Cue(Sound.MOVE, seg.say, index)
    if kind is SegmentKind.HOLD:
        return Cue(Sound.HOLD, seg.say, index)
    if kind is SegmentKind.RETURN:
        came_from_hold = previous is not None and previous.kind is SegmentKind.HOLD
        return Cue(Sound.HOLD_END if came_from_hold else Sound.MOVE, seg.say, index)
    if kind is SegmentKind.SWITCH:
        return Cue(Sound.SIDE, seg.say, index)
    # Rest: between exercises the previous one has just been completed; between sets the
    # soft falling tone says "let go".
    sound = Sound.EXERCISE_DONE if _after_exercise(previous, seg) else Sound.HOLD_END
    return Cue(sound, seg.say, index)


def _after_exercise(previous: Segment | None, seg: Segment) -> bool:
    return previous is not None and previous.exercise_number != seg.exercise_number and \
        previous.kind is not SegmentKind.REST


def tick_sound(seconds_left: int) -> Sound:
    return Sound.TICK_LAST if seconds_left == 1 else Sound.TICK


def rep_count_text(seg: Segment, phrases: Phrases = ENGLISH) -> str:
    """The rep count, spoken on request."""
    return phrases.rep_count(seg)
