"""Values from a pack or a command line, made safe to print in a message or a terminal.

A message quotes what it refuses (a key, a choice, a file name). Quoted raw, a value could clear
or retitle the terminal of whoever checks the pack (``\\x1b[2J``), hide a character
(``sets\\u200b`` looks like ``sets``) or fill a screen (900,000 characters). Every value echoed
goes through :func:`quoted`; every line the command-line tools print goes through
:func:`terminal_safe`.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Enough to recognise a key, a choice or a file name; a longer value is cut, and its length said.
ECHO_LIMIT: Final = 60
# Control characters (C0, DEL, C1), line and paragraph separators, and characters that are not
# assigned, are surrogates or are for private use: none of them may reach a terminal raw.
_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Zl", "Zp", "Cs", "Co", "Cn"})


_SHORT_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(char: str) -> str:
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape(text: str) -> str:
    """``text`` with every character that does not print as itself written as an escape
    (``\\x1b``, ``\\u200b``): controls, line breaks, and invisible format characters."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else _escaped(c) for c in text)


def cut(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text``, or its first ``limit`` characters and how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def quoted(value: object, limit: int = ECHO_LIMIT) -> str:
    """A value as a message quotes it: in double quotes, escaped, and cut to ``limit``."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        return f'"{escape(text[:limit])}…" ({len(text):,} characters)'
    return f'"{escape(text)}"'


def terminal_safe(text: str) -> str:
    """``text`` as one line a terminal shows as written: controls, line breaks and other
    characters a terminal could act on are escaped; letters of every script are kept."""
    if text.isprintable():
        return text
    return "".join(
        _escaped(c) if unicodedata.category(c) in _UNSAFE_CATEGORIES
        or _is_bidi_control(c) else c
        for c in text
    )


def _is_bidi_control(char: str) -> bool:
    # Embeddings, overrides and isolates can reorder what a terminal shows after them.
    return "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069"
