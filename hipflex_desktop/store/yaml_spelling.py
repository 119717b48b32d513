r"""Scalars written back as the person spelled them, for ruamel.yaml's round-trip mode.

Round-trip mode keeps a quoted text's quotes but writes every other scalar its own way: an
untouched ``yes`` would come back as ``true``, ``1:30`` as ``90``, ``0x1F`` as ``0x1f``,
``"a\/b"`` as ``"a/b"``, a text over two lines on one. So each plain or quoted scalar is read
as a value that also holds the text it was read from (with a core tag such as ``!!str`` that
stood before it), and written back as that text. A value the editor sets is a plain str, int
or float again, and ruamel writes it (quoted where the loader would read it as another type).
true/false and null cannot carry their text (bool and None have no subclasses), nor can
ruamel's dates, so their mapping or list keeps it by key or position, and it is written again
while the value there is still equal to the one read (an equal value read from either text is
the same value).
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Final

from ruamel.yaml.comments import TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.events import ScalarEvent
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter


class SpelledStr(str):
    """A text, with its source (``yes``, ``'it''s'``, ``"a\tb"``) as the person wrote it and
    the column it started at (a text over several lines is kept only where it starts there)."""

    spelling: str
    column: int

    def __new__(cls, value: str, spelling: str, column: int = 0) -> SpelledStr:
        made = super().__new__(cls, value)
        made.spelling, made.column = spelling, column
        return made

    def __getnewargs__(self) -> tuple[str, str, int]:  # type: ignore[override]
        return str(self), self.spelling, self.column


class SpelledInt(int):
    """A whole number, with its source (``010``, ``0x1F``, ``1_000``, ``1:30``, ``+12``)."""

    spelling: str
    column: int

    def __new__(cls, value: int, spelling: str, column: int = 0) -> SpelledInt:
        made = super().__new__(cls, value)
        made.spelling, made.column = spelling, column
        return made

    def __getnewargs__(self) -> tuple[int, str, int]:  # type: ignore[override]
        return int(self), self.spelling, self.column


class SpelledFloat(float):
    """A number with a fraction, with its source (``.5``, ``1e3``, ``1.50``, ``.inf``)."""

    spelling: str
    column: int

    def __new__(cls, value: float, spelling: str, column: int = 0) -> SpelledFloat:
        made = super().__new__(cls, value)
        made.spelling, made.column = spelling, column
        return made

    def __getnewargs__(self) -> tuple[float, str, int]:  # type: ignore[override]
        return float(self), self.spelling, self.column


Spelled = SpelledStr | SpelledInt | SpelledFloat


class _Verbatim(str):
    """The style of a scalar written as its source text (a str: the emitter compares styles
    with str), with the value and first column, for where that text cannot stand."""

    value: object
    column: int


def _verbatim(value: object, column: int) -> _Verbatim:
    style = _Verbatim("verbatim")
    style.value, style.column = value, column
    return style


_FLOW_INDICATORS: Final = frozenset(",[]{}#")
_CORE_TAG: Final = re.compile(r"!!(?:str|int|float|bool|null)(?:[ \t]|$)")
_KEPT_BY_PLACE: Final = (bool, type(None), datetime.date)
_SPELLINGS: Final = "hipflex_spellings"  # on a map's or list's LineCol, which copies keep

Spelling = tuple[str, int]  # source text, first column
KeptByPlace = tuple[object, str]  # value, source text


def _spellings(container: Any) -> dict[Any, KeptByPlace]:
    """The texts of a map's or list's true/false, null and date values: by key or position."""
    found: dict[Any, KeptByPlace] = getattr(container.lc, _SPELLINGS, {})
    return found


class SpellingConstructor(RoundTripConstructor):
    """Round-trip construction that keeps each plain or quoted scalar's source text (no anchor:
    ruamel keeps an anchored scalar itself)."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        value = super().construct_object(node, deep)
        spelled = self._spelling(node)
        if spelled is None:
            return value
        spelling, column = spelled
        if isinstance(value, TaggedScalar) and str(value.tag) == "tag:yaml.org,2002:str":
            return SpelledStr(str(value.value), spelling, column)  # !!str 010
        if isinstance(value, str):
            return SpelledStr(value, spelling, column)
        if "\n" in spelling:
            return value  # only a text can be written over several lines
        if isinstance(value, int) and not isinstance(value, bool):
            return SpelledInt(value, spelling, column)
        if isinstance(value, float):
            return SpelledFloat(value, spelling, column)
        return value

    def construct_mapping(  # type: ignore[override]  # round-trip mode's own signature
            self, node: Any, maptyp: Any, deep: bool = False) -> Any:
        made = super().construct_mapping(node, maptyp, deep=deep)
        kept = {}
        for key_node, value_node in node.value:
            value = self.constructed_objects.get(value_node)
            spelled = self._spelling(value_node)
            if spelled is not None and "\n" not in spelled[0] and isinstance(
                    value, _KEPT_BY_PLACE):
                kept[self.construct_object(key_node, deep=True)] = (value, spelled[0])
        if kept:
            setattr(maptyp.lc, _SPELLINGS, kept)
        return made

    def construct_rt_sequence(self, node: Any, seqtyp: Any, deep: bool = False) -> Any:
        made = super().construct_rt_sequence(node, seqtyp, deep=deep)
        kept = {}
        for index, child in enumerate(node.value):
            value = self.constructed_objects.get(child)
            spelled = self._spelling(child)
            if spelled is not None and "\n" not in spelled[0] and isinstance(
                    value, _KEPT_BY_PLACE):
                kept[index] = (value, spelled[0])
        if kept:
            setattr(seqtyp.lc, _SPELLINGS, kept)
        return made

    def _spelling(self, node: Any) -> Spelling | None:
        """A plain or quoted scalar's source text and first column, or None for any other
        node."""
        if not isinstance(node, ScalarNode) or node.anchor is not None:
            return None
        if node.style not in (None, "", "'", '"'):
            return None  # | and > blocks: ruamel keeps their style and line breaks
        buffer: str = self.loader.reader.buffer
        spelling = buffer[node.start_mark.index:node.end_mark.index]
        if not spelling or "\r" in spelling:
            return None  # nothing to keep, or a lone carriage return (read as a line break)
        if spelling[0] == "!" and _CORE_TAG.match(spelling) is None:
            return None  # a tag the loader refuses: ruamel keeps it as it can
        if spelling.endswith("\n"):
            return None
        return spelling, node.start_mark.column


class SpellingRepresenter(RoundTripRepresenter):
    """Writes a spelled scalar as the text it was read from."""

    def represent_spelled(self, data: Spelled) -> ScalarNode:
        tag = {SpelledStr: "str", SpelledInt: "int", SpelledFloat: "float"}[type(data)]
        node: ScalarNode = self.represent_scalar(
            f"tag:yaml.org,2002:{tag}", data.spelling, style=_verbatim(data, data.column))
        return node

    def represent_mapping(self, tag: Any, mapping: Any, flow_style: Any = None) -> Any:
        node = super().represent_mapping(tag, mapping, flow_style)
        kept = _spellings(mapping)
        if kept and len(node.value) == len(mapping):
            node.value = [(key_node, _respelled(value_node, mapping[key], kept.get(key)))
                          for (key_node, value_node), key in zip(node.value, mapping, strict=True)]
        return node

    def represent_sequence(self, tag: Any, sequence: Any, flow_style: Any = None) -> Any:
        node = super().represent_sequence(tag, sequence, flow_style)
        kept = _spellings(sequence)
        if kept and len(node.value) == len(sequence):
            pairs = enumerate(zip(node.value, sequence, strict=True))
            node.value = [_respelled(child, item, kept.get(index))
                          for index, (child, item) in pairs]
        return node


def _respelled(node: Any, value: object, kept: KeptByPlace | None) -> Any:
    """``node``, or a verbatim node of the kept text while ``value`` is the value it was read
    as (the same type and equal: a list's items may have moved since)."""
    if kept is None or type(kept[0]) is not type(value) or kept[0] != value:
        return node
    if not isinstance(node, ScalarNode):
        return node
    return ScalarNode(node.tag, kept[1], style=_verbatim(value, 0), comment=node.comment,
                      anchor=node.anchor)


for _type in (SpelledStr, SpelledInt, SpelledFloat):
    SpellingRepresenter.add_representer(_type, SpellingRepresenter.represent_spelled)


class SpellingEmitter(RoundTripEmitter):
    """Writes a verbatim scalar's text as it is: no tag, no quotes added, no folding."""

    def choose_scalar_style(self) -> Any:
        if self._is_verbatim():
            return self.event.style
        return super().choose_scalar_style()

    def process_tag(self) -> None:
        if self._is_verbatim():
            self.style = self.event.style  # any tag is part of the text
            self.prepared_tag = None
            return
        super().process_tag()

    def process_scalar(self) -> None:
        style = self.style
        if not isinstance(style, _Verbatim):
            super().process_scalar()
            return
        if self.sequence_context and not self.flow_level:
            self.write_indent()
        text: str = self.event.value
        column = self.column + (0 if self.whitespace else 1)
        if isinstance(style.value, str) and (
                ("\n" in text and column != style.column)
                or (self.flow_level and text[:1] not in "'\"!"
                    and (_FLOW_INDICATORS & set(text) or ": " in text))):
            # Lines that would no longer be indented as they were, or plain text from a block
            # that cannot stand in [..] or {..}: written afresh, as only a text can be.
            self.write_double_quoted(str(style.value), split=False)
        elif "\n" in text:
            self._write_lines(text)
        else:
            self.write_plain(text, split=False)
        self.analysis = None
        self.style = None
        if self.event.comment:
            self.write_post_comment(self.event)

    def _write_lines(self, text: str) -> None:
        """A text over several lines, where it started in the person's file: as it was."""
        if not self.whitespace:
            text = " " + text
        self.stream.write(text)
        self.line += text.count("\n")
        self.column = len(text) - text.rfind("\n") - 1
        self.whitespace = False
        self.indention = False

    def _is_verbatim(self) -> bool:
        return isinstance(self.event, ScalarEvent) and isinstance(self.event.style, _Verbatim)
