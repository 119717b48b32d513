"""The order of the variant levels, defined once in the core, and one step along it."""

from __future__ import annotations

import pytest

from hipflex_desktop.core.model import Level

E, S, H = Level.EASIER, Level.STANDARD, Level.HARDER


def test_levels_are_declared_easiest_first() -> None:
    assert list(Level) == [E, S, H]


@pytest.mark.parametrize(("here", "steps", "offered", "want"), [
    (S, -1, (E, S, H), E),
    (S, +1, (E, S, H), H),
    (H, -1, (E, S, H), S),  # one at a time: from Harder, Easier goes back to Standard
    (E, +1, (E, S, H), S),
    (E, +2, (E, S, H), H),
    (E, -1, (E, S, H), None),
    (H, +1, (E, S, H), None),
    (S, +1, (E, S), None),  # no harder variant offered
    (S, -1, (S, H), None),
    (H, -1, (S, H), S),
    (E, +1, (E, H), H),  # a level not offered is stepped over
    (S, 0, (E, S, H), S),
])
def test_step_moves_among_the_offered_levels(
        here: Level, steps: int, offered: tuple[Level, ...], want: Level | None) -> None:
    assert here.step(steps, offered) is want


def test_the_level_stepped_from_need_not_be_offered() -> None:
    assert H.step(-1, (E,)) is E
    assert H.step(+1, (E,)) is None
