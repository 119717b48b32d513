"""Language tags and the lookup of a text's language: exact locale, then language, then the
pack's language."""

from __future__ import annotations

import pytest

from hipflex_desktop.core.languages import canonical_tag, pick_language, primary_language


@pytest.mark.parametrize(("written", "canonical"), [
    ("de", "de"),
    ("DE", "de"),
    ("de-AT", "de-AT"),
    ("de-at", "de-AT"),
    ("de_AT", "de-AT"),
    ("de_AT.UTF-8", "de-AT"),
    ("ca_ES@valencia", "ca-ES"),
    ("zh-hant-tw", "zh-Hant-TW"),
    ("sr_Latn_RS", "sr-Latn-RS"),
    ("es-419", "es-419"),
    ("  es  ", "es"),
    ("C", ""),
    ("POSIX", ""),
    ("", ""),
    ("x", ""),
    ("german!", ""),
])
def test_canonical_tag(written: str, canonical: str) -> None:
    assert canonical_tag(written) == canonical


def test_primary_language() -> None:
    assert primary_language("de_AT") == "de"
    assert primary_language("es-419") == "es"


AVAILABLE = {"en", "de", "de-AT", "es"}


@pytest.mark.parametrize(("locale", "picked"), [
    ("de-AT", "de-AT"),          # the exact locale
    ("de_AT.UTF-8", "de-AT"),    # ... however the system spells it
    ("de-CH", "de"),             # not there: its language
    ("de", "de"),
    ("es-MX", "es"),
    ("fr-FR", "en"),             # neither: the pack's own language
    ("fr", "en"),
    ("", "en"),
    ("C", "en"),
])
def test_pick_language_exact_then_language_then_the_packs(locale: str, picked: str) -> None:
    assert pick_language(AVAILABLE, locale, "en") == picked


def test_pick_language_never_goes_from_a_language_to_one_of_its_regions() -> None:
    # "de" asks for German; a text only in Austrian German is not a German text for everyone.
    assert pick_language({"en", "de-AT"}, "de", "en") == "en"


def test_pick_language_falls_back_to_the_pack_language_even_when_it_is_regional() -> None:
    assert pick_language({"en-GB", "de"}, "en-US", "en-GB") == "en-GB"
