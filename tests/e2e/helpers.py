"""Helpers of the end-to-end tests that are not fixtures."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from tests.e2e.xvfb import RunningApp, Shot, Trace, Xvfb, describe

# One exercise, one rep per side, with both an easier and a harder variant: a whole session is a
# lead-in and six short phases, so a test reaches the summary with a few presses of Right.
ONE_REP_PACK = """\
format: 1
id: one-rep-check
title: One-rep check
version: "1.0.0"
language: en
author: HipFlex Desktop tests
licence: CC0-1.0
introduction: One knee raise on each side, to check the whole session quickly.
defaults:
  reps_per_side: 1
  sets: 1
  hold_seconds: 1
  hold_range: [1, 2]
  rest_seconds: 0
  lead_in_seconds: 3
  switch_seconds: 0
  first_side: right
exercises:
  - id: knee-raise
    name: Knee raise
    purpose: Lifts each knee in turn.
    equipment: []
    setup:
      - Stand tall.
    sides: alternate
    phases:
      - kind: move
        text: Raise your {side} knee.
        say: Knee up.
        seconds: 1
      - kind: hold
        text: Hold your {side} knee up.
        say: Hold.
      - kind: return
        text: Lower your {side} foot.
        say: Down.
        seconds: 1
    cues:
      - Stay tall.
    variants:
      easier:
        label: Small lift
        when: Choose this if a full lift is too much.
        name: Small knee raise
      harder:
        label: Slow lift
        when: Choose this once the raise feels easy.
        name: Slow knee raise
"""


Launch = Callable[..., RunningApp]


def trace_of(app: RunningApp) -> Trace:
    assert app.trace is not None
    return app.trace


def settled_shot(xvfb: Xvfb, folder: Path, name: str, accept: Callable[[Shot], bool],
                 *, stable: bool, timeout: float = 10.0) -> Shot:
    """Screenshots of the whole screen until one is accepted (and, with ``stable``, equal to
    the one before it: the page has finished painting); the last one taken otherwise."""
    deadline = time.monotonic() + timeout
    previous: Shot | None = None
    count = 0
    while True:
        count += 1
        shot = describe(xvfb.screenshot(folder / f"{name}-{count}.png"))
        steady = not stable or (previous is not None and previous.signature == shot.signature)
        if (accept(shot) and steady) or time.monotonic() >= deadline:
            return shot
        previous = shot
