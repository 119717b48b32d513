"""Small packs shared by tests that need a whole session in a few seconds."""

from __future__ import annotations

from typing import Final

# One exercise without sides, one rep, a 3 s lead-in: a whole session in 4.5 s of real time.
# ``PICTURE`` stands for the picture path; fill it with ``tiny_pack(picture=...)``.
TINY_PACK_TEMPLATE: Final = """\
format: 1
id: tiny-pack
title: Tiny pack
version: "1.0.0"
language: en
author: Test author
licence: CC0-1.0
introduction: One short exercise.
defaults:
  reps_per_side: 1
  sets: 1
  hold_seconds: 0.5
  hold_range: [0.5, 1.0]
  rest_seconds: 0
  lead_in_seconds: 3
  switch_seconds: 0
  first_side: right
exercises:
  - id: lift
    name: Lift
    purpose: Lifts the knee.
    equipment: []
    setup:
      - Stand.
    sides: none
    phases:
      - kind: move
        text: Up.
        seconds: 0.5
      - kind: hold
        text: Hold.
      - kind: return
        text: Down.
        seconds: 0.5
    cues: []
    picture: PICTURE
"""


def tiny_pack(picture: str = "pictures/lift.svg") -> str:
    return TINY_PACK_TEMPLATE.replace("PICTURE", picture)


# The tiny pack with a three-step ladder: 1 rep held 0.5 s, 1 rep held 1 s, 2 reps held 1 s; two
# sessions done well climb a step. A whole session lasts 4.5 to 7 s of real time.
LADDER_PACK: Final = TINY_PACK_TEMPLATE.replace("    picture: PICTURE\n", """\
    ladder:
      climb_after: 2
      start: 1
      steps:
        - {reps_per_side: 1, hold_seconds: 0.5}
        - {reps_per_side: 1, hold_seconds: 1}
        - {reps_per_side: 2, hold_seconds: 1}
""").replace("id: tiny-pack", "id: ladder-pack").replace("title: Tiny pack", "title: Ladder pack")
