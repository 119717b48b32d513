"""A save that keeps the person's own text: only the lines an edit changed are new.

ruamel.yaml's round-trip mode keeps comments and key order, but still writes some untouched
text its own way (a ``---`` line dropped, indentation evened out, a flow list over two lines put
on one). So a save does not take ruamel's text as it stands: :class:`KeptText` compares ruamel's
text of the document as it was read with its text after the edits, and carries over only the
lines that the edits changed into the person's own text; every other line, with its own line
ending, stays byte for byte. Where an edit falls on lines that ruamel writes differently,
ruamel's lines are taken there and :attr:`Kept.unkept` lists the person's lines that are lost,
so that the editor can say so before saving. The result is checked: the app's loader must read
from it what the editor holds.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import yaml as pyyaml

from hipflex_desktop.core import yamltree

_BOM: Final = "\ufeff"
_LINE: Final = re.compile(r"[^\n]*\n|[^\n]+")


@dataclass(frozen=True, slots=True)
class SourceText:
    """A file's text split into what the YAML parser reads and how the file stores it."""

    body: str  # without a byte order mark, each CR LF read as LF
    lines: tuple[str, ...]  # the lines without their endings
    endings: tuple[str, ...]  # each line's own ending: "\\r\\n", "\\n" or "" (the last line)
    bom: bool
    newline: str  # the ending most lines have: for the lines an edit adds

    @classmethod
    def of(cls, text: str) -> SourceText:
        bom = text.startswith(_BOM)
        if bom:
            text = text[len(_BOM):]
        lines: list[str] = []
        endings: list[str] = []
        for line in _LINE.findall(text):
            ending = "\r\n" if line.endswith("\r\n") else ("\n" if line.endswith("\n") else "")
            lines.append(line[:len(line) - len(ending)])
            endings.append(ending)
        crlf = endings.count("\r\n")
        newline = "\r\n" if crlf > endings.count("\n") else "\n"
        body = "".join(line + ("\n" if ending else "")
                       for line, ending in zip(lines, endings, strict=True))
        return cls(body, tuple(lines), tuple(endings), bom, newline)

    def join(self, lines: list[str], endings: list[str]) -> str:
        return (_BOM if self.bom else "") + "".join(
            line + ending for line, ending in zip(lines, endings, strict=True))


@dataclass(frozen=True, slots=True)
class UnkeptLine:
    """A line of the person's text that a save writes differently (1-based line number)."""

    line: int
    text: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.text.strip()}"


@dataclass(frozen=True, slots=True)
class Kept:
    """The text to save, and the person's lines it does not keep (none when all are kept).
    ``faithful`` is False when the text would not read back as the document (ruamel.yaml writes
    a few layouts, such as an explicit ``?`` key with a comment, so that they read otherwise):
    such a text must not be saved."""

    text: str
    unkept: tuple[UnkeptLine, ...]
    faithful: bool = True


# A changed stretch: base lines from, to; the person's lines from, to; the new lines, or None
# where the person's lines are lost to ruamel's.
_Region = tuple[int, int, int, int, list[str] | None]


class KeptText:
    """The person's text, and ruamel's text of the same document as it was read (``base``):
    what is needed to carry edits over into the person's own text.

    A three-way merge by lines. Lines that ruamel writes as the person did and that no edit
    changed are anchors. Between two anchors, the person's lines are kept when no edit touched
    that stretch; else each change is made on the person's lines that ruamel's changed lines
    stand for. Only where a changed line is one that ruamel writes its own way (a flow list
    over two lines, say) are ruamel's lines taken for that stretch, and the person's lines
    there listed as not kept. Directives and ``---`` before the document and ``...`` after it
    (ruamel writes none of them) stay outside it."""

    def __init__(self, original: str, base: str, *,
                 spaced_tabs: Callable[[str], str] | None = None) -> None:
        self.source = SourceText.of(original)
        self._base = _lines_of(base)
        # Which of the person's lines each of ruamel's lines is (only where the two agree, but
        # for spaces at the end of the line: ruamel drops them, and they say nothing).
        self._keys = [line.rstrip(" \t") for line in self.source.lines]
        if spaced_tabs is not None:  # the text was read with these tabs as spaces
            self._keys = [spaced_tabs(line) for line in self._keys]
        self._at = _matches([line.rstrip(" \t") for line in self._base], self._keys)
        mapped = set(self._at.values())
        self._differing = tuple(
            UnkeptLine(number + 1, line) for number, line in enumerate(self.source.lines)
            if number not in mapped)
        self._faithful = not self._differing or text_values(base) == text_values(self.source.body)
        self._start, self._end = _document_lines(self._keys, mapped)

    @property
    def differing(self) -> tuple[UnkeptLine, ...]:
        """The person's lines that ruamel writes differently."""
        return self._differing

    def save(self, edited: str, expected: object = None) -> Kept:
        """The text that holds ``edited`` (ruamel's text after the edits): the person's text
        with only the changed lines replaced, as far as that can be done faithfully.
        ``expected`` (from :func:`document_values`) is what the loader must read from it; the
        values of ``edited`` when not given."""
        new = _lines_of(edited)
        source = self.source
        base = self._base
        to_new = _matches(base, new)
        # Anchors: (base, new, person's) line numbers, with the document's end as the last.
        anchors = [(i, to_new[i], self._at[i]) for i in range(len(base))
                   if i in to_new and i in self._at]
        anchors.append((len(base), len(new), self._end))
        out = _Lines(source)
        out.keep(0, self._start)
        previous = (-1, -1, self._start - 1)
        for anchor in anchors:
            b0, n0, o0 = (index + 1 for index in previous)
            b1, n1, o1 = anchor
            if base[b0:b1] == new[n0:n1]:  # no edit here: the person's lines
                out.keep(o0, o1)
            else:
                self._merge(out, (b0, b1), new[n0:n1], (o0, o1))
            if o1 < self._end:
                out.keep(o1, o1 + 1)
            previous = anchor
        out.keep(self._end, len(source.lines))
        text = out.text()
        if text == source.join(list(source.lines), list(source.endings)):
            return Kept(text, ())
        unkept = tuple(out.unkept)
        reference = text_values(edited) if expected is None else expected
        if reference is None:  # not a text the loader reads (it says why): nothing to check
            return Kept(text, unkept, self._faithful or not unkept)
        if text_values(text) == reference:
            return Kept(text, unkept, expected is not None or self._faithful or not unkept)
        # Carried over, the edits read otherwise (lines matched in the wrong place): ruamel's
        # whole text, if that at least says what the document holds.
        faithful = self._faithful if expected is None else text_values(edited) == expected
        whole = edited.replace("\n", source.newline) if source.newline != "\n" else edited
        return Kept((_BOM if source.bom else "") + whole, self._differing, faithful)

    def _merge(self, out: _Lines, based: tuple[int, int], new: list[str],
               person: tuple[int, int]) -> None:
        """One edited stretch between two anchors: each change made on the person's lines
        that ruamel's changed lines stand for. Where a change falls on lines that ruamel writes
        its own way, ruamel's lines are taken for those lines only (grown to lines the two
        texts share), and the person's lines there are listed as not kept."""
        (b0, b1), (o0, o1) = based, person
        at = self._at.get
        changes: list[tuple[int, int, int, int]] = []  # base from, to; new from, to
        matcher = difflib.SequenceMatcher(None, self._base[b0:b1], new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "replace" and i2 - i1 == j2 - j1:  # line for line: each on its own
                changes += [(b0 + i1 + k, b0 + i1 + k + 1, j1 + k, j1 + k + 1)
                            for k in range(i2 - i1)]
            elif tag != "equal":
                changes.append((b0 + i1, b0 + i2, j1, j2))

        def new_at(x: int, after: bool) -> int:
            """Where base line ``x`` is in ``new`` (past insertions there when ``after``)."""
            return x - b0 + sum((j2 - j1) - (i2 - i1) for i1, i2, j1, j2 in changes
                                if i2 < x or (i2 == x and (i1 < i2 or after)))

        def person_at(x: int) -> int:
            """The person's line where a lost stretch starting or ending at base ``x`` does."""
            if x in (b0, b1):
                return o0 if x == b0 else o1
            found = at(x)
            return found if found is not None else at(x - 1) + 1  # type: ignore[operator]

        # Each region: base from, to; the person's from, to; the new lines (None: lost).
        regions: list[_Region] = []
        for i1, i2, j1, j2 in changes:
            region: _Region | None = self._placed(i1, i2, new[j1:j2], based, person)
            if region is None or (regions and regions[-1][4] is None
                                  and _overlap(regions[-1], i1, i2, lost=False)):
                low, high = i1, i2
                while True:  # grow to shared lines, taking in the regions it meets
                    while low > b0 and at(low - 1) is None:
                        low -= 1
                    while high < b1 and at(high) is None:
                        high += 1
                    if not regions or not _overlap(regions[-1], low, high, lost=True):
                        break
                    previous = regions.pop()
                    low, high = min(low, previous[0]), max(high, previous[1])
                region = (low, high, -1, -1, None)
            regions.append(region)
        position = o0
        for low, high, placed_start, placed_stop, lines in regions:
            if lines is None:
                start, stop = person_at(low), person_at(high)
                out.keep(position, start)
                out.lose(start, stop)
                out.add(new[new_at(low, True):new_at(high, False)])
            else:
                start, stop = placed_start, placed_stop
                out.keep(position, start)
                out.add(lines)
            position = stop
        out.keep(position, o1)

    def _placed(self, i1: int, i2: int, lines: list[str], based: tuple[int, int],
                person: tuple[int, int]) -> tuple[int, int, int, int, list[str]] | None:
        """A change of base lines i1..i2 made on the person's lines, or None where it falls on
        lines that ruamel writes its own way."""
        (b0, b1), (o0, o1) = based, person
        at = self._at.get
        if i1 < i2:
            first = at(i1)
            if first is None or any(at(i) != first + i - i1 for i in range(i1, i2)):
                return None
            return i1, i2, first, first + i2 - i1, lines
        # An insertion: right before the person's line that ruamel's next line stands for
        # (the person's lines before it stand for ruamel's lines before the insertion), or
        # right after the one its line before stands for; not between two such lines that
        # have other lines between them (to which side would those belong?).
        before = o0 - 1 if i1 == b0 else at(i1 - 1)
        after = o1 if i1 == b1 else at(i1)
        if after is not None and (before is None or after == before + 1):
            return i1, i1, after, after, lines
        if after is None and before is not None:
            return i1, i1, before + 1, before + 1, lines
        return None


def _overlap(region: _Region, low: int, high: int, *,
             lost: bool) -> bool:
    """Whether base lines low..high (an insertion when equal; ``lost`` when they are lost
    lines) meet ``region``: two lost stretches also when they touch."""
    start, stop = region[0], region[1]
    if low == high:
        return start < low < stop
    if start == stop:
        return low < start < high
    if region[4] is None and lost:
        return low <= stop and start <= high
    return low < stop and start < high


class _Lines:
    """The text being put together: the person's lines with their own endings, new lines with
    the file's usual one."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.lines: list[str] = []
        self.endings: list[str] = []
        self.unkept: list[UnkeptLine] = []

    def keep(self, start: int, stop: int) -> None:
        self.lines += self.source.lines[start:stop]
        self.endings += self.source.endings[start:stop]

    def add(self, lines: list[str]) -> None:
        self.lines += lines
        self.endings += [self.source.newline] * len(lines)

    def lose(self, start: int, stop: int) -> None:
        self.unkept += (UnkeptLine(number + 1, self.source.lines[number])
                        for number in range(start, stop))

    def text(self) -> str:
        endings = list(self.endings)
        for index in range(len(endings) - 1):
            if not endings[index]:  # the person's last line, no longer last
                endings[index] = self.source.newline
        if endings and self.source.endings and not self.source.endings[-1]:
            endings[-1] = ""  # a file without a last line break stays without one
        return self.source.join(self.lines, endings)


_OUTSIDE: Final = re.compile(r"^(?:%.*|---|\.\.\.|)(?:\s+#.*|\s*)$|^\s*#.*$")


def _document_lines(keys: list[str], mapped: set[int]) -> tuple[int, int]:
    """Where the document's own lines start and end: after the directives and ``---`` (with
    comments and blank lines among them) that ruamel does not write, and before a last
    ``...`` and what follows it."""
    start = 0
    while start < len(keys) and start not in mapped and _OUTSIDE.match(keys[start]):
        start += 1
    if not any(keys[i].startswith(("%", "---")) for i in range(start)):
        start = 0  # only comments: they belong to the document (ruamel writes them)
    end = len(keys)
    while end > start and end - 1 not in mapped and _OUTSIDE.match(keys[end - 1]):
        end -= 1
    if not any(keys[i].startswith("...") for i in range(end, len(keys))):
        end = len(keys)
    else:
        end = next(i for i in range(end, len(keys)) if keys[i].startswith("..."))
    return start, end


def _matches(old: list[str], new: list[str]) -> dict[int, int]:
    """Which line of ``new`` each line of ``old`` is, where the two texts agree."""
    found: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            found[block.a + offset] = block.b + offset
    return found


def _lines_of(text: str) -> list[str]:
    return [line.removesuffix("\n") for line in _LINE.findall(text)]


def text_values(text: str) -> object:
    """What the app's loader reads from ``text``, comparable (``yes`` is not ``1``), or None."""
    try:
        return _plain(yamltree.parse(text))
    except (yamltree.YamlError, UnknownValueError):
        return None


def _plain(node: yamltree.Node) -> object:
    if node.kind == "map":
        return ("map", tuple((_plain(key), _plain(value)) for key, value in node.items))
    if node.kind == "seq":
        return ("seq", tuple(_plain(child) for child in node.children))
    return comparable_scalar(node.value)


class UnknownValueError(Exception):
    """A value :func:`document_values` cannot compare with the loader's."""


_PYYAML_SCALARS: Final = pyyaml.constructor.SafeConstructor()


def comparable_scalar(value: object) -> object:
    """A scalar as the same pair whether PyYAML or ruamel.yaml read it (``yes`` is not 1)."""
    if isinstance(value, bool):
        return ("bool", bool(value))
    if value is None:
        return ("null", None)
    if isinstance(value, int):
        return ("int", int(value))
    if isinstance(value, float):
        return ("float", repr(float(value)))
    if isinstance(value, str):
        return ("str", str(value))
    if isinstance(value, datetime.datetime):
        return ("datetime", datetime.datetime.isoformat(value))
    if isinstance(value, datetime.date):
        return ("date", datetime.date.isoformat(value))
    if isinstance(value, bytes):
        return ("bytes", bytes(value))
    raise UnknownValueError
