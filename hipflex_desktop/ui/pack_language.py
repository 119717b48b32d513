"""The language the window shows and speaks a content pack's texts in.

A pack may carry several languages (see ``core/localize.py``); the window uses the interface's
language for them. That language is Qt's default locale: the system's, or the one chosen in
Settings or with ``--language`` once the interface language is installed (which sets
``QLocale.setDefault``). This module is the one place that reads it for pack texts, and
``CurrentPack.load`` (the one place packs are loaded) applies it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale

from hipflex_desktop.core.loader import LoadResult
from hipflex_desktop.core.localize import localized_pack
from hipflex_desktop.core.model import Pack


def window_locale() -> str:
    """The locale pack texts are looked up in, such as ``de_AT`` (exact, then ``de``)."""
    return QLocale().name()


def for_window(pack: Pack) -> Pack:
    """``pack`` with every text in the window's language (where the pack has it)."""
    return localized_pack(pack, window_locale())


def for_window_result(result: LoadResult) -> LoadResult:
    """A load result whose pack (if any) has its texts in the window's language."""
    if result.pack is None:
        return result
    return replace(result, pack=for_window(result.pack))
