"""Small changes to a pack's YAML text that keep everything else as the person wrote it.

ruamel.yaml's round-trip mode reads the text into maps and lists that remember their comments,
key order and quoting, and writes them back unchanged except where a value was set: renaming a
hand-written routine leaves its comments where they were.

Round-trip mode still writes some untouched text its own way (``yes`` as ``true``, ``1:30`` as
``90``, a ``---`` line dropped, indentation evened out). So a save does not take ruamel's text
as it stands: :class:`KeptText` compares ruamel's text of the document as it was read with its
text after the edits, and carries over only the lines that the edits changed into the person's
own text; every other line, with its own line ending, stays byte for byte. Where an edit falls
on a line that ruamel writes differently, or the result would not read back the same, the save
is ruamel's text, and :attr:`Kept.unkept` lists the person's lines that it writes differently,
so that the editor can say so before saving.
"""

from __future__ import annotations

import datetime
import difflib
import io
import re
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import YAMLError, YAMLFutureWarning, YAMLWarning
from ruamel.yaml.events import ScalarEvent
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import BaseResolver
from ruamel.yaml.scalarbool import ScalarBoolean

from hipflex_desktop.core import yamltree


class YamlEditError(ValueError):
    """The text could not be read or changed as a pack; the message says why."""


class LoaderResolver(BaseResolver):
    """Reads a plain scalar as the app's loader does (PyYAML's YAML 1.1 safe rules), not by
    ruamel.yaml's own: ``0E0`` stays text (ruamel's rules read a float), ``yes`` is true. The
    same rules decide on saving which texts need quotes, so that the loader reads back what
    was written."""

    def __init__(self, version: Any = None, loader: Any = None, loadumper: Any = None) -> None:
        del version  # one set of rules, whatever a %YAML line says
        super().__init__(loadumper if loadumper is not None else loader)

    @property
    def processing_version(self) -> Any:
        return (1, 1)  # the parser and the integer rules (010 is octal) as PyYAML has them


for _first, _rules in pyyaml.resolver.Resolver.yaml_implicit_resolvers.items():
    for _tag, _regexp in _rules:
        LoaderResolver.add_implicit_resolver_base(_tag, _regexp, [_first])


# -- scalars as they were written ------------------------------------------------------------
#
# Round-trip mode keeps a quoted text's quotes but writes every other scalar its own way: an
# untouched ``yes`` would come back as ``true``, ``1:30`` as ``90``, ``0x1F`` as ``0x1f``,
# ``"a\/b"`` as ``"a/b"``, a text over two lines on one. So each plain or quoted scalar is read
# as a value that also holds the text it was read from (with a core tag such as ``!!str`` that
# stood before it), and written back as that text. A value the editor sets is a plain str, int
# or float again, and ruamel writes it (quoted where the loader would read it as another type).
# true/false and null cannot carry their text (bool and None have no subclasses), nor can
# ruamel's dates, so their mapping or list keeps it by key or position, and it is written again
# while the value there is still equal to the one read (an equal value read from either text is
# the same value).


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


@dataclass(frozen=True, slots=True)
class Indent:
    """How far a file indents a nested map (``mapping``), a list's items (``sequence``) and
    their dashes (``offset``), in ruamel.yaml's terms; the built-in pack's by default."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


_KEY_ONLY: Final = re.compile(r"^( *)(?:- +)*[^#\s].*:(?: +#.*)?$")
_CONTENT: Final = re.compile(r"^( *)(- +)?[^#\s]")


def guess_indent(lines: Sequence[str]) -> Indent:
    """The indentation most of ``lines`` use below a ``key:`` line, or the built-in pack's."""
    mappings: Counter[int] = Counter()
    sequences: Counter[tuple[int, int]] = Counter()
    parent: int | None = None  # where the content of the last "key:" line starts
    for line in lines:
        content = _CONTENT.match(line)
        if content is None:
            continue  # blank, a comment, or a tab (ruamel.yaml reads no tab indentation)
        at = len(content.group(1))
        if parent is not None and at >= parent:
            dash = content.group(2)
            if dash:
                sequences[(at + len(dash) - parent, at - parent)] += 1
            elif at > parent:
                mappings[at - parent] += 1
        key = _KEY_ONLY.match(line)
        parent = None
        if key is not None:
            parent = len(line) - len(line.lstrip(" -"))
    default = Indent()
    mapping = mappings.most_common(1)[0][0] if mappings else default.mapping
    sequence, offset = (sequences.most_common(1)[0][0] if sequences
                        else (default.sequence, default.offset))
    if sequence < offset + 2 or not 1 <= mapping <= 10 or sequence > 10:
        return default
    return Indent(mapping, sequence, offset)


def round_trip_yaml(indent: Indent = Indent()) -> YAML:
    """ruamel.yaml's round-trip mode with the loader's rules for plain scalars, each untouched
    one-line scalar written as it was read, nested blocks indented as ``indent`` says."""
    yaml = YAML(typ="rt")
    yaml.Resolver = LoaderResolver
    yaml.Constructor = SpellingConstructor
    yaml.Representer = SpellingRepresenter
    yaml.Emitter = SpellingEmitter
    yaml.preserve_quotes = True
    yaml.width = 4096  # lines stay as the person broke them; none is re-wrapped
    yaml.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return yaml


def load_text(yaml: YAML, text: str) -> Any:
    """The document in ``text`` (a :attr:`SourceText.body`), or YamlEditError saying why not."""
    with warnings.catch_warnings():
        # A reused anchor is valid YAML (the later one counts, as for the loader).
        warnings.simplefilter("ignore", YAMLWarning)
        warnings.simplefilter("ignore", YAMLFutureWarning)
        try:
            return yaml.load(text)
        except YAMLError as exc:
            raise YamlEditError(str(exc)) from None
        except (NotImplementedError, ValueError, TypeError, AttributeError, KeyError,
                IndexError, AssertionError) as exc:
            # ruamel.yaml gives up on some valid YAML it cannot keep the comments of
            # (NotImplementedError "overlap in comment") and on a few odd inputs otherwise.
            raise YamlEditError(f"{exc or type(exc).__name__}") from None


_SEPARATING_TABS: Final = re.compile(
    r"^[ \t]+$|[ \t]+$|[ \t]*\t[ \t]*(?=#)|(?<=:)[ \t]*\t[ \t]*(?=\S)")


def spaced_tabs(line: str) -> str:
    """``line`` with each tab that only separates (a blank line, the end of a line, before a
    comment, after ``key:``) read as a space."""
    return _SEPARATING_TABS.sub(lambda found: " " * len(found.group()), line)


def read_document(text: str) -> tuple[Any, KeptText]:
    """The document in ``text`` and what is needed to save it keeping the person's lines;
    YamlEditError when ruamel.yaml cannot read it."""
    source = SourceText.of(text)
    spaced = False
    try:
        document = load_text(round_trip_yaml(), source.body)
    except YamlEditError:
        if "\t" not in source.body:
            raise
        # ruamel.yaml refuses a tab in some places where it only separates (before a comment,
        # at a line's end, after "key:"), which the loader reads: read it as a space there.
        # Each tab becomes one space, so every position in the text stays where it was.
        document = load_text(round_trip_yaml(), "\n".join(
            spaced_tabs(line) for line in source.body.split("\n")))
        spaced = True
    best: KeptText | None = None
    for indent in dict.fromkeys((guess_indent(source.lines), Indent())):
        try:
            kept = KeptText(text, dump_text(round_trip_yaml(indent), document), indent,
                            tabs_spaced=spaced)
        except (YAMLError, ValueError, TypeError, AttributeError, KeyError) as exc:
            raise YamlEditError(f"it cannot be written back ({exc})") from None
        if best is None or len(kept.differing) < len(best.differing):
            best = kept
        if not best.differing:
            break
    assert best is not None
    return document, best


def set_title_and_id(text: str, *, title: str | None = None,
                     pack_id: str | None = None) -> str:
    """``text`` with the pack's title (its shown text; a spoken form is set alike) and id
    replaced; everything else, comments included, as it was."""
    try:
        document, kept = read_document(text)
    except YamlEditError as exc:
        raise YamlEditError(f"the routine's file cannot be read ({exc})") from None
    if not isinstance(document, dict):
        raise YamlEditError("the routine's file does not hold a pack")
    if pack_id is not None:
        document["id"] = pack_id
    if title is not None:
        current = document.get("title")
        if isinstance(current, dict):
            if "text" in current:
                current["text"] = title
                if "say" in current:
                    current["say"] = title
            else:  # a map from language to text: change the pack's own language only
                language = str(document.get("language", "en"))
                own = current.get(language)
                if isinstance(own, dict) and "text" in own:
                    own["text"] = title
                    if "say" in own:
                        own["say"] = title
                else:
                    current[language] = title
        else:
            document["title"] = title
    saved = kept.save_document(document)
    if not saved.faithful:
        raise YamlEditError("the routine's file has a layout that cannot be changed without"
                            " changing what it says")
    return saved.text


def dump_text(yaml: YAML, document: Any) -> str:
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


# -- keeping the person's text -----------------------------------------------------------------

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
    ``faithful`` is False when ruamel.yaml cannot write this document so that it reads back the
    same (a few layouts of explicit ``?`` keys with comments): such a text must not be saved."""

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

    def __init__(self, original: str, base: str, indent: Indent = Indent(), *,
                 tabs_spaced: bool = False) -> None:
        self.indent = indent
        self.source = SourceText.of(original)
        self._base = _lines_of(base)
        # Which of the person's lines each of ruamel's lines is (only where the two agree, but
        # for spaces at the end of the line: ruamel drops them, and they say nothing).
        self._keys = [line.rstrip(" \t") for line in self.source.lines]
        if tabs_spaced:  # the text was read with separating tabs as spaces
            self._keys = [spaced_tabs(line) for line in self._keys]
        self._at = _matches([line.rstrip(" \t") for line in self._base], self._keys)
        mapped = set(self._at.values())
        self._differing = tuple(
            UnkeptLine(number + 1, line) for number, line in enumerate(self.source.lines)
            if number not in mapped)
        self._faithful = not self._differing or _values(base) == _values(self.source.body)
        self._start, self._end = _document_lines(self._keys, mapped)

    @property
    def differing(self) -> tuple[UnkeptLine, ...]:
        """The person's lines that ruamel writes differently."""
        return self._differing

    def dump(self, document: Any) -> str:
        """ruamel's text of ``document``, indented as the person's text is."""
        return dump_text(round_trip_yaml(self.indent), document)

    def save_document(self, document: Any) -> Kept:
        """The text that holds ``document``: checked against the document itself."""
        return self.save(self.dump(document), document_values(document))

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
        reference = _values(edited) if expected is None else expected
        if reference is None:  # not a text the loader reads (it says why): nothing to check
            return Kept(text, unkept, self._faithful or not unkept)
        if _values(text) == reference:
            return Kept(text, unkept, expected is not None or self._faithful or not unkept)
        # Carried over, the edits read otherwise (lines matched in the wrong place): ruamel's
        # whole text, if that at least says what the document holds.
        faithful = self._faithful if expected is None else _values(edited) == expected
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


def _values(text: str) -> object:
    """What the app's loader reads from ``text``, comparable (``yes`` is not ``1``), or None."""
    try:
        return _plain(yamltree.parse(text))
    except (yamltree.YamlError, _UnknownValueError):
        return None


def _plain(node: yamltree.Node) -> object:
    if node.kind == "map":
        return ("map", tuple((_plain(key), _plain(value)) for key, value in node.items))
    if node.kind == "seq":
        return ("seq", tuple(_plain(child) for child in node.children))
    return _scalar(node.value)


class _UnknownValueError(Exception):
    """A value :func:`document_values` cannot compare with the loader's."""


def document_values(document: Any) -> object:
    """What the loader must read from a text of ``document`` (ruamel's maps, lists and
    scalars), in the form :func:`_values` gives; None when that cannot be said."""
    budget = [yamltree.MAX_EXPANDED_NODES]

    def held(value: Any) -> object:
        budget[0] -= 1
        if budget[0] < 0:
            raise _UnknownValueError
        if isinstance(value, dict):
            return ("map", tuple((held(key), held(item)) for key, item in value.items()))
        if isinstance(value, list):
            return ("seq", tuple(held(item) for item in value))
        if isinstance(value, TaggedScalar):
            try:
                made = _PYYAML_SCALARS.construct_object(
                    pyyaml.nodes.ScalarNode(str(value.tag), value.value))
            except (pyyaml.YAMLError, ValueError, LookupError, ArithmeticError):
                raise _UnknownValueError from None
            return _scalar(made)
        if isinstance(value, (set, tuple)):
            raise _UnknownValueError
        return _scalar(value)

    try:
        return held(document)
    except _UnknownValueError:
        return None


_PYYAML_SCALARS: Final = pyyaml.constructor.SafeConstructor()


def _scalar(value: object) -> object:
    """A scalar as the same pair whether PyYAML or ruamel.yaml read it (``yes`` is not 1)."""
    if isinstance(value, (bool, ScalarBoolean)):
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
    raise _UnknownValueError
