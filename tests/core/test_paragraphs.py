"""A pack's paragraphs flow to the window's width; list items keep their lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from hipflex_desktop.core.loader import load_pack_or_raise
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.paragraphs import flowing
from hipflex_desktop.resources import builtin_pack_path


def test_the_lines_of_a_paragraph_flow_together_and_paragraphs_stay_apart() -> None:
    text = ("Your hip flexors are small.\nSmall as they are,\n  they work hard.\n\n\n"
            "When they are weak,\nyou stride less well.\n")
    assert flowing(text) == ("Your hip flexors are small. Small as they are, they work hard."
                             "\n\nWhen they are weak, you stride less well.")


def test_a_list_item_keeps_its_own_line() -> None:
    text = "You need:\n- a band\n- a wall,\n  or a door\n1. first\n2) second"
    assert flowing(text) == "You need:\n- a band\n- a wall, or a door\n1. first\n2) second"


def test_windows_line_ends_and_blank_lines_of_spaces_count_as_breaks() -> None:
    assert flowing("a\r\nb\r\n \t \r\nc") == "a b\n\nc"


def test_the_built_in_introductions_flow_in_every_language() -> None:
    pack = load_pack_or_raise(builtin_pack_path())
    for language in ("en", "de", "es"):
        shown = flowing(localized_pack(pack, language).introduction.text)
        paragraphs = shown.split("\n\n")
        assert len(paragraphs) == 3, (language, shown)
        assert all("\n" not in p for p in paragraphs)
        assert shown.startswith({"en": "Your hip", "de": "Die Hüftbeuger",
                                 "es": "Los flexores"}[language])


@given(st.text(alphabet="ab -*1.\n \t", max_size=60))
def test_flowing_keeps_every_word_in_order_and_is_idempotent(text: str) -> None:
    shown = flowing(text)
    assert shown.split() == text.replace("\r", "").split()
    assert flowing(shown) == shown
