"""A pack in several languages → the same pack in one language, for one locale (pure).

The loader keeps every language of every text (``Text.translations``); the plan, the session
and the window read a *localized* pack, whose texts are plain single-language Texts. Each text
is looked up on its own (:func:`~hipflex_desktop.core.languages.pick_language`: the exact
locale, then its language, then the pack's language), so a pack that lacks a few Austrian
texts shows the German ones there, and one that lacks a German text shows its own.

Plain side placeholders are spelled out in the language each text ends up in
(``{side}`` → ``{side:rechts|links}``), so an English fallback sentence in a German session
still says "right".
"""

from __future__ import annotations

from dataclasses import replace

from hipflex_desktop.core.languages import canonical_tag, pick_language
from hipflex_desktop.core.model import (
    Defaults,
    Exercise,
    Pack,
    Phase,
    Text,
    Variant,
    spell_out_sides,
)


def localized_text(text: Text, locale: str, pack_language: str) -> Text:
    """``text`` in the language chosen for ``locale``, placeholders spelled out for it."""
    languages = text.languages
    language = pick_language(languages, locale, pack_language)
    chosen = languages.get(language, text)
    say = chosen.say
    return Text(spell_out_sides(chosen.text, language),
                None if say is None else spell_out_sides(say, language))


def pack_language_for(pack: Pack, locale: str) -> str:
    """The language a localized pack is *in* (and its voice speaks): the best of the pack's
    complete languages for ``locale``, else the pack's own."""
    language = canonical_tag(pack.language) or pack.language
    return pick_language({language, *pack.languages}, locale, pack.language)


def _texts(exercise: Exercise) -> list[Text]:
    """Every text of ``exercise`` and its variants."""
    forms: list[Exercise | Variant] = [exercise, *exercise.variants.values()]
    texts: list[Text] = []
    for form in forms:
        if isinstance(form, Variant):
            texts += [form.label, form.when]
        for one in (form.name, form.purpose):
            if one is not None:
                texts.append(one)
        for many in (form.equipment, form.setup, form.cues):
            texts += many or ()
        texts += [phase.text for phase in form.phases or ()]
    return texts


def exercise_languages(exercise: Exercise) -> tuple[str, ...]:
    """The languages (other than the pack's) that any text of ``exercise`` is given in."""
    found: dict[str, None] = {}
    for text in _texts(exercise):
        found.update(dict.fromkeys(tag for tag, _ in text.translations))
    return tuple(found)


def localized_exercise(exercise: Exercise, locale: str, pack_language: str) -> Exercise:
    """``exercise`` (and its variants) with every text in the language chosen for ``locale``."""

    def t(text: Text) -> Text:
        return localized_text(text, locale, pack_language)

    def ts(texts: tuple[Text, ...]) -> tuple[Text, ...]:
        return tuple(t(x) for x in texts)

    def phases(items: tuple[Phase, ...]) -> tuple[Phase, ...]:
        return tuple(replace(phase, text=t(phase.text)) for phase in items)

    def variant(v: Variant) -> Variant:
        return replace(
            v, label=t(v.label), when=t(v.when),
            name=None if v.name is None else t(v.name),
            purpose=None if v.purpose is None else t(v.purpose),
            equipment=None if v.equipment is None else ts(v.equipment),
            setup=None if v.setup is None else ts(v.setup),
            phases=None if v.phases is None else phases(v.phases),
            cues=None if v.cues is None else ts(v.cues),
        )

    return replace(
        exercise, name=t(exercise.name), purpose=t(exercise.purpose),
        equipment=ts(exercise.equipment), setup=ts(exercise.setup),
        phases=phases(exercise.phases), cues=ts(exercise.cues),
        variants={level: variant(v) for level, v in exercise.variants.items()},
    )


def localized_pack(pack: Pack, locale: str) -> Pack:
    """``pack`` with every text in the language chosen for ``locale``.

    ``locale`` is a tag in any common spelling (``de``, ``de-AT``, ``de_AT.UTF-8``); an empty
    one (or ``C``) gives the pack's own language. The result lists no other languages, so
    localizing it again changes nothing.
    """
    defaults: Defaults = pack.defaults
    note = defaults.note
    if note is not None:
        defaults = replace(defaults, note=localized_text(note, locale, pack.language))
    return replace(
        pack,
        title=localized_text(pack.title, locale, pack.language),
        introduction=localized_text(pack.introduction, locale, pack.language),
        defaults=defaults,
        exercises=tuple(localized_exercise(e, locale, pack.language) for e in pack.exercises),
        language=pack_language_for(pack, locale),
        languages=(),
    )
