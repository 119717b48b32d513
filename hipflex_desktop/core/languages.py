"""Language tags and the choice of a pack text's language for a locale (pure, Qt-free).

A pack's texts may be given in several languages, keyed by BCP-47-style tags such as ``de``,
``de-AT`` or ``es``. Everything that compares tags goes through :func:`canonical_tag`, so that
``de_at`` from a POSIX locale, ``de-at`` and ``de-AT`` are the same language here.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Final

# The shape of a tag in a pack file: a 2- or 3-letter language, then optional subtags
# (script, region, variant). Upper-case subtags are fine (de-AT); the language is lower-case.
LANGUAGE_RE: Final = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# A locale as an environment or a toolkit writes it: de_AT.UTF-8, de-AT, de_AT@euro, C.
_LOCALE_RE: Final = re.compile(r"^([A-Za-z]{2,3})((?:[-_][A-Za-z0-9]{2,8})*)(?:[.@].*)?$")


@lru_cache(maxsize=512)  # a pack names a few tags thousands of times
def canonical_tag(tag: str) -> str:
    """``tag`` in its usual spelling (``de-AT``, ``zh-Hant``, ``sr-Latn-RS``), or ``""`` when
    it names no language (``C``, ``POSIX``, empty, malformed).

    The language is lower-case, a 4-letter script title-case, a 2-letter region upper-case,
    and anything else lower-case; ``_`` becomes ``-`` and an encoding or modifier is dropped.
    """
    match = _LOCALE_RE.match(tag.strip())
    if match is None or tag.strip().upper() in ("C", "POSIX"):
        return ""
    parts = [match.group(1).lower()]
    for sub in re.split(r"[-_]", match.group(2))[1:]:
        if len(sub) == 4 and sub.isalpha():
            parts.append(sub.title())
        elif len(sub) == 2 and sub.isalpha():
            parts.append(sub.upper())
        else:
            parts.append(sub.lower())
    return "-".join(parts)


def primary_language(tag: str) -> str:
    """The language subtag of ``tag``: ``de`` for ``de-AT``."""
    return canonical_tag(tag).split("-", 1)[0]


def pick_language(available: Collection[str], locale: str, fallback: str) -> str:
    """Which of ``available`` (canonical tags) to use for ``locale``.

    The exact locale (``de-AT``) first, then its language (``de``), then ``fallback`` (the
    pack's own language, which every text has). ``locale`` may be in any spelling that
    :func:`canonical_tag` reads; an empty or unreadable one gives ``fallback``.
    """
    wanted = canonical_tag(locale)
    if wanted:
        if wanted in available:
            return wanted
        language = wanted.split("-", 1)[0]
        if language in available:
            return language
    return fallback
