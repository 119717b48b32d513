"""A pack's text of several paragraphs as the window shows it.

Pack authors write ``introduction`` as a ``|`` block: a blank line between paragraphs, and
lines wrapped wherever suits the file (docs/content-pack.md). The window wraps text to its own
width, so a line break inside a paragraph would show as a ragged early break wherever the
window is narrower than the file, or the language longer: the lines of a paragraph flow into
one. A line that starts a list item ("- ", "* ", "• ", "1. ") keeps its own line.
"""

from __future__ import annotations

import re
from typing import Final

_BLANK_LINES: Final = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_LIST_ITEM: Final = re.compile(r"^(?:[-*•]|\d+[.)])\s")


def flowing(text: str) -> str:
    """``text`` with each paragraph on one line, paragraphs apart by a blank line."""
    paragraphs = []
    for paragraph in _BLANK_LINES.split(text.replace("\r\n", "\n").strip("\n")):
        lines: list[str] = []
        for raw in paragraph.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if lines and not _LIST_ITEM.match(line):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
