"""The languages the interface speaks, and what a language code looks like (Qt-free: the
command line checks ``--language`` before Qt loads)."""

from __future__ import annotations

import re
from typing import Final

SOURCE_LANGUAGE: Final = "en"
# Each language by its own name: a person looking for theirs reads it in their language.
LANGUAGES: Final[dict[str, str]] = {"en": "English", "de": "Deutsch", "es": "Español"}
# "de", "es_MX"; settings keep "" for "follow the system".
LANGUAGE_CODE: Final = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def normalise_code(text: str) -> str:
    """``de-de`` → ``de_DE``; raises ValueError for what is not a language code at all, or a
    language the app does not speak."""
    raw = text.strip().replace("-", "_")
    language, _, country = raw.partition("_")
    code = language.lower() + (f"_{country.upper()}" if country else "")
    if not LANGUAGE_CODE.fullmatch(code):
        raise ValueError(f"{text!r} is not a language code (for example de, es or en_GB)")
    if code.split("_", 1)[0] not in LANGUAGES:
        spoken = ", ".join(f"{key} ({name})" for key, name in LANGUAGES.items())
        raise ValueError(f"the app does not speak {text!r}; it speaks {spoken}")
    return code


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate`` (which looks for this name) in ``context``, and
    returns it unchanged: it is translated where it is shown, with
    ``QCoreApplication.translate(context, text)``. Qt-free, and typed as ``str``, unlike
    PySide6's own."""
    del context
    return text
