"""The cue director plays a real session to the ear, on the fake clock.

Fake outputs record what would have been heard: every step's sound and words in order, the
3-2-1 ticks, mute and voice off, the screen kept awake while (and only while) a session runs,
the rep count on request, and a trace whose cue lines show how late each cue was.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.clock import FakeClock
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanOptions, Segment, SegmentKind
from hipflex_desktop.core.session import Event, EventKind, Session
from hipflex_desktop.cues.planner import Sound, cue_for_event, rep_count_text, tick_sound
from hipflex_desktop.trace import TraceWriter
from hipflex_desktop.ui.controller import SessionController
from hipflex_desktop.ui.cue_director import CueDirector
from hipflex_desktop.ui.trace_recorder import TraceRecorder
from tests.fakes import FakeTimers

# Two exercises, one rep a side: a lead-in, an alternating march, a rest, a lead-in, then one
# side of leg lifts, a switch, and the other side. Lead-in, rest and switch all count 3-2-1.
SHORT = PlanOptions(exercises=("banded-psoas-march", "seated-leg-lifts"), reps_per_side=1,
                    sets=1, rest_seconds=5.0, lead_in_seconds=5.0, switch_seconds=4.0)
DONE = "Session complete. Well done!"


@dataclass
class FakeSound:
    plays: list[Sound] = field(default_factory=list)
    mutes: list[bool] = field(default_factory=list)
    heard: list[tuple[str, str]] | None = None  # shared with the speech, in order

    def play(self, sound: Sound) -> bool:
        self.plays.append(sound)
        if self.heard is not None:
            self.heard.append(("sound", sound.value))
        return True

    def set_muted(self, muted: bool) -> None:
        self.mutes.append(muted)


@dataclass
class FakeSpeech:
    said: list[str] = field(default_factory=list)
    stops: int = 0
    heard: list[tuple[str, str]] | None = None

    def say(self, text: str) -> int | None:
        self.said.append(text)
        if self.heard is not None:
            self.heard.append(("say", text))
        return len(self.said)

    def stop(self) -> None:
        self.stops += 1


@dataclass
class FakeScreen:
    calls: list[str] = field(default_factory=list)

    def inhibit(self, reason: str) -> None:
        assert reason
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


@dataclass
class Rig:
    """A real controller on the fake clock, the built-in pack, and the fake outputs."""

    controller: SessionController
    timers: FakeTimers
    clock: FakeClock
    pack: Pack
    heard: list[tuple[str, str]]
    sound: FakeSound
    speech: FakeSpeech
    screen: FakeScreen


@pytest.fixture
def rig(qtbot: QtBot, controller: SessionController, timers: FakeTimers, clock: FakeClock,
        builtin_pack: Pack) -> Rig:
    heard: list[tuple[str, str]] = []
    return Rig(controller, timers, clock, builtin_pack, heard, FakeSound(heard=heard),
               FakeSpeech(heard=heard), FakeScreen())


@pytest.fixture
def director(rig: Rig) -> Iterator[CueDirector]:
    made = CueDirector(rig.controller, rig.sound, rig.speech, rig.screen)
    yield made
    made.shutdown()


def run_to_end(rig: Rig, limit: float = 600) -> None:
    end = rig.clock.now() + limit
    while rig.controller.active:
        assert rig.clock.now() < end, "the session never ended"
        rig.timers.run_for(0.5)


def run_until_index(rig: Rig, index: int) -> None:
    while True:
        session = rig.controller.session
        assert session is not None and rig.controller.active
        if session.index >= index:
            return
        rig.timers.run_for(0.05, step=0.05)


def begin(rig: Rig) -> tuple[Segment, ...]:
    rig.controller.begin(rig.pack, SHORT)
    session = rig.controller.session
    assert session is not None
    return session.segments


def current(rig: Rig) -> Segment:
    session = rig.controller.session
    assert session is not None
    return session.current


def expected_hearing(segments: tuple[Segment, ...]) -> list[tuple[str, str]]:
    """What a whole session sounds like, step by step, built from the planner's rules."""
    heard: list[tuple[str, str]] = []
    previous: Segment | None = None
    for seg in segments:
        cue = cue_for_event(Event(EventKind.SEGMENT_STARTED, 0.0, seg.index, seg, seg.seconds,
                                  None), previous)
        assert cue is not None
        if cue.sound is not None:
            heard.append(("sound", cue.sound.value))
        assert cue.speech
        heard.append(("say", cue.speech))
        if not seg.kind.is_phase:
            heard.extend(("sound", tick_sound(mark).value) for mark in (3, 2, 1)
                         if mark < seg.seconds)
        previous = seg
    heard += [("sound", Sound.SESSION_DONE.value), ("say", DONE)]
    return heard


def test_a_whole_session_is_heard_step_by_step(rig: Rig, director: CueDirector) -> None:
    played: list[tuple[str, str]] = []
    director.cue_played.connect(lambda sound, speech: played.append((sound, speech)))
    segments = begin(rig)
    assert {SegmentKind.PREPARE, SegmentKind.REST, SegmentKind.SWITCH} <= \
        {s.kind for s in segments}
    run_to_end(rig)

    assert rig.heard == expected_hearing(segments)
    # The words name the side, as the person needs with eyes closed.
    said = rig.speech.said
    assert {"Right knee up.", "Left knee up.", "Switch to the left side.",
            "Rest. Next: Seated leg lifts."} <= set(said)
    # Every lead-in, rest and switch counted down 3-2-1, the last tick its own sound.
    countdowns = [s for s in segments if not s.kind.is_phase]
    assert rig.sound.plays.count(Sound.TICK_LAST) == len(countdowns)
    assert rig.sound.plays.count(Sound.TICK) == 2 * len(countdowns)
    assert rig.sound.plays[-1] is Sound.SESSION_DONE
    # One cue_played per step (sound and words together), per tick, and for the end.
    assert len(played) == len(segments) + 3 * len(countdowns) + 1


def test_no_cue_is_played_twice_for_one_step(rig: Rig, director: CueDirector) -> None:
    cues: list[tuple[int, str, str, int]] = []
    spoken_at: list[int] = []

    def on_cue(sound: str, speech: str) -> None:
        index = current(rig).index
        # The seconds left tell the ticks of one countdown apart.
        cues.append((index, sound, speech, math.ceil(rig.controller.remaining())))
        if speech:
            spoken_at.append(index)

    director.cue_played.connect(on_cue)
    segments = begin(rig)
    # Wake-ups at every frame and more: the extra polls must not repeat anything.
    while rig.controller.active:
        rig.timers.run_for(0.2, step=0.01)
        rig.controller.poll()
        rig.controller.poll()
    assert spoken_at[:-1] == list(range(len(segments)))  # the last is "Session complete"
    assert len(set(cues)) == len(cues)


def test_ticks_at_three_two_one_of_every_countdown(rig: Rig, director: CueDirector) -> None:
    marks: list[tuple[int, float, Sound]] = []

    def on_cue(sound: str, _speech: str) -> None:
        if sound in (Sound.TICK.value, Sound.TICK_LAST.value):
            seg = current(rig)
            marks.append((seg.index, seg.seconds - rig.controller.remaining(), Sound(sound)))

    director.cue_played.connect(on_cue)
    segments = begin(rig)
    run_to_end(rig)
    expected = [(seg.index, seg.seconds - mark, tick_sound(mark))
                for seg in segments if not seg.kind.is_phase for mark in (3, 2, 1)]
    assert [(i, s) for i, _at, s in marks] == [(i, s) for i, _at, s in expected]
    for (_, at, _), (_, want, _) in zip(marks, expected, strict=True):
        assert at == pytest.approx(want, abs=0.002)  # on the second, not a frame late


def test_mute_silences_everything_and_unmute_brings_it_back(
        rig: Rig, director: CueDirector) -> None:
    segments = begin(rig)
    assert rig.speech.said == [segments[0].say]  # the lead-in was announced
    director.set_muted(True)
    assert director.muted
    assert rig.sound.mutes == [True]
    assert rig.speech.stops == 1  # a sentence being spoken is cut at once
    heard = len(rig.heard)
    run_until_index(rig, 4)  # into the march: moves, holds, ticks
    director.say_rep_count()  # the person asks while muted: still nothing
    rig.controller.pause()
    rig.controller.resume()
    assert len(rig.heard) == heard

    director.set_muted(False)
    assert rig.sound.mutes == [True, False]
    next_index = current(rig).index + 1
    run_until_index(rig, next_index)
    assert rig.speech.said[-1] == segments[next_index].say
    assert len(rig.sound.plays) > 0
    rig.controller.stop()


def test_voice_off_keeps_the_sounds(rig: Rig, director: CueDirector) -> None:
    director.set_voice_enabled(False)
    assert rig.speech.stops == 1
    segments = begin(rig)
    run_to_end(rig)
    director.say_rep_count()
    assert rig.speech.said == []
    sounds_only = [h for h in expected_hearing(segments) if h[0] == "sound"]
    assert [("sound", s.value) for s in rig.sound.plays] == sounds_only
    # And back on: the words come back at the next step.
    director.set_voice_enabled(True)
    begin(rig)
    assert rig.speech.said == [segments[0].say]
    rig.controller.stop()


def test_no_speech_engine_means_sounds_only(rig: Rig) -> None:
    made = CueDirector(rig.controller, rig.sound, None, rig.screen)
    begin(rig)
    run_until_index(rig, 3)
    made.say_rep_count()
    assert Sound.MOVE in rig.sound.plays
    assert rig.speech.said == []
    made.set_speech(rig.speech)  # the engine became ready later
    run_until_index(rig, current(rig).index + 1)
    assert rig.speech.said == [current(rig).say]
    rig.controller.stop()
    made.shutdown()


def test_the_screen_is_kept_awake_only_while_running(rig: Rig, director: CueDirector) -> None:
    calls = rig.screen.calls
    begin(rig)
    assert calls == ["inhibit"]
    rig.timers.run_for(1.0)
    rig.controller.pause()
    assert calls == ["inhibit", "release"]
    rig.controller.resume()
    assert calls == ["inhibit", "release", "inhibit"]
    run_until_index(rig, 3)
    assert calls == ["inhibit", "release", "inhibit"]  # steps do not touch it
    rig.controller.stop()
    assert calls == ["inhibit", "release", "inhibit", "release"]

    calls.clear()
    begin(rig)
    run_to_end(rig)
    assert calls == ["inhibit", "release"]  # released when the session finishes
    director.set_muted(True)
    begin(rig)
    assert calls == ["inhibit", "release", "inhibit"]  # muted or not
    director.shutdown()  # the app quits mid-session
    assert calls[-1] == "release"
    rig.controller.stop()


def test_a_stall_pauses_and_releases_the_screen(rig: Rig, director: CueDirector) -> None:
    begin(rig)
    rig.timers.run_for(1.0)
    rig.clock.advance(60)  # the laptop slept
    rig.controller.poll()
    assert rig.controller.paused
    assert rig.screen.calls == ["inhibit", "release"]
    assert rig.speech.said[-1] == "Paused."
    rig.controller.stop()


def test_the_rep_count_on_request(rig: Rig, director: CueDirector) -> None:
    director.say_rep_count()  # no session yet: nothing to say
    assert rig.speech.said == []
    segments = begin(rig)
    director.say_rep_count()
    assert rig.speech.said[-1] == "1 rep per side coming up."
    hold = next(s for s in segments if s.exercise_id == "seated-leg-lifts"
                and s.kind is SegmentKind.HOLD and s.side is not None
                and s.side.value == "left")
    run_until_index(rig, hold.index)
    plays = len(rig.sound.plays)
    director.say_rep_count()
    assert rig.speech.said[-1] == rep_count_text(hold) == "Rep 1 of 1, left side."
    assert len(rig.sound.plays) == plays  # words only
    rig.controller.stop()


def test_a_restored_session_knows_where_it_stands(rig: Rig, director: CueDirector) -> None:
    """After a crash the session comes back paused in a step that no event started: the rep
    count and the next step's sound still follow from that step."""
    original = Session(rig.pack, SHORT, rig.clock)
    original.start()
    hold = next(s for s in original.segments if s.kind is SegmentKind.HOLD)
    while original.index < hold.index:
        rig.clock.advance(0.25)
        original.poll()
    restored = Session.restore(rig.pack, original.snapshot(), rig.clock,
                               restart_segment=True)
    rig.controller.adopt_restored(restored)
    director.say_rep_count()
    assert rig.speech.said == [rep_count_text(hold)]
    rig.controller.resume()
    assert rig.screen.calls == ["inhibit"]
    # The hold starts again from its beginning, so its own cue is given, not "Resuming.".
    assert rig.speech.said[-1] == hold.say
    assert rig.sound.plays[-1] is Sound.HOLD
    run_until_index(rig, hold.index + 1)
    assert rig.sound.plays[-1] is Sound.HOLD_END  # a return after the hold
    rig.controller.stop()


def test_cue_lines_in_the_trace_are_on_time(rig: Rig, tmp_path: Path) -> None:
    trace = TraceRecorder(TraceWriter(tmp_path / "trace.jsonl"), rig.controller)
    made = CueDirector(rig.controller, rig.sound, rig.speech, rig.screen)
    trace.watch_cues(made.cue_given)
    played: list[list[str | None]] = []
    made.cue_played.connect(lambda sound, speech: played.append([sound or None, speech or None]))
    begin(rig)
    rig.timers.run_for(3.0)
    rig.controller.pause()
    rig.controller.resume()
    run_to_end(rig)
    made.shutdown()
    trace.close()
    lines = [json.loads(line) for line in
             (tmp_path / "trace.jsonl").read_text(encoding="utf-8").splitlines()]
    cues = [line for line in lines if line["event"] == "cue"]
    assert [[line["sound"], line["speech"]] for line in cues] == played
    assert [c["speech"] for c in cues if c["speech"] in ("Paused.", "Resuming.")] == \
        ["Paused.", "Resuming."]
    for line in cues:
        assert line["lateness"] is not None, line
        assert 0 <= line["lateness"] <= 0.002, line  # a timer fires within a millisecond
        assert isinstance(line["index"], int) and line["index"] >= 0
    assert {line["sound"] for line in cues} >= {s.value for s in Sound}
    assert cues[-1]["sound"] == Sound.SESSION_DONE.value
    assert cues[-1]["speech"] == DONE
