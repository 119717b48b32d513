"""Untrusted YAML bytes → a small tree of located nodes, within fixed bounds.

Pack files come from anywhere (a coach's e-mail, a download), so reading one must never run
code, hang, or eat memory. PyYAML's *event* parser (libyaml when available) does the lexing;
this module composes the events itself so that it can:

- refuse every explicit tag except the plain core ones (no tag ever constructs an object);
- bound nesting depth, the number of aliases and the size of the tree *as expanded through
  aliases* (an alias bomb is rejected before anything is expanded);
- refuse self-referencing anchors, several documents, merge keys and complex keys;
- keep every node's line and column, and keep duplicate keys so they can be reported.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import yaml
from yaml import events
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from hipflex_desktop.core.shown import cut, quoted

MAX_BYTES: Final = 1024 * 1024
MAX_DEPTH: Final = 32
MAX_ALIASES: Final = 200
# The fullest pack the format allows (every list at its longest, every text with a say:) has
# about 15,500 values (see test_loader.py); 25,000 leaves room and refuses the worst file (1 MiB
# of tiny values) in a fraction of a second and a few MB, even on a busy machine.
MAX_EXPANDED_NODES: Final = 25_000
# PyYAML reads a base-60 number (1:20:30) in time quadratic in its length; a pack's numbers
# are a few characters long.
MAX_NUMBER_CHARS: Final = 100

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_ALLOWED_TAGS: Final = frozenset(
    {
        "tag:yaml.org,2002:str",
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
        "tag:yaml.org,2002:map",
        "tag:yaml.org,2002:seq",
        "!",
    }
)


class YamlError(Exception):
    """The file cannot be read as one bounded YAML document; ``line``/``column`` are 1-based."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(eq=False, slots=True)
class Node:
    """A located node: a mapping (``items``), a sequence (``children``) or a scalar (``value``)."""

    kind: str  # "map", "seq" or "scalar"
    line: int
    column: int
    value: object = None
    # For scalars: the source text and whether it was quoted (a quoted "yes" is a string).
    text: str = ""
    quoted: bool = False
    items: list[tuple[Node, Node]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    # How many nodes this subtree stands for once aliases are expanded.
    weight: int = 1

    @property
    def type_name(self) -> str:
        if self.kind == "map":
            return "a mapping"
        if self.kind == "seq":
            return "a list"
        return describe_scalar(self.value)


def describe_scalar(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"


def decode(data: bytes) -> str:
    """UTF-8 text from ``data``, or a located reason why these bytes are not a text file."""
    if len(data) > MAX_BYTES:
        raise YamlError(
            f"the file is {len(data):,} bytes; a pack may be at most {MAX_BYTES:,} bytes (1 MiB)"
        )
    for bom, name in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if data.startswith(bom):
            raise YamlError(f"the file is {name}; save it as UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(data, exc.start)
        raise YamlError(
            f"byte 0x{data[exc.start]:02x} is not UTF-8 text; is this a binary file?"
            " Packs are UTF-8 text files",
            line,
            column,
        ) from None
    for index, char in enumerate(text):
        if (char < " " and char not in "\t\n\r") or char in "\x7f\ufffe\uffff":
            line = text.count("\n", 0, index) + 1
            column = index - (text.rfind("\n", 0, index) + 1) + 1
            raise YamlError(
                f"control character U+{ord(char):04X} in the file; is this a binary file?",
                line,
                column,
            )
    return text


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return line, column


def _mark(event: events.Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


class _Scalars(SafeConstructor):
    """Turns plain scalars into Python values the way YAML 1.1's safe schema does."""


_resolver = Resolver()
_constructor = _Scalars()


def _scalar_value(event: events.ScalarEvent, line: int, column: int) -> object:
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolver.resolve(ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"):
        # A plain << is a merge key in YAML 1.1; keep its text so that ``attach`` can say so.
        return event.value
    kind = tag.rsplit(":", 1)[-1]
    if kind in ("int", "float") and len(event.value) > MAX_NUMBER_CHARS:
        raise YamlError(f"a number {len(event.value):,} characters long; a pack's numbers are"
                        f" at most {MAX_NUMBER_CHARS} characters", line, column)
    try:
        return _constructor.construct_object(ScalarNode(tag, event.value))
    except (ConstructorError, ValueError) as exc:
        raise YamlError(f"cannot read {quoted(event.value, 40)} as {kind}: {exc}",
                          line, column) from None
    except (LookupError, ArithmeticError):  # e.g. !!int on nothing, !!bool x, 1:...:1.5 huge
        raise YamlError(f"cannot read {quoted(event.value, 40)} as {kind}", line,
                        column) from None


def parse(text: str) -> Node:
    """The single document of ``text`` as a tree; raises YamlError for anything out of bounds."""
    try:
        return _compose(iter(yaml.parse(text, Loader=_Parser)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        reason = exc.problem or exc.context or "not valid YAML"
        raise YamlError(f"not valid YAML: {reason}", line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML: {exc}") from None
    except RecursionError:  # pragma: no cover - the depth bound stops this first
        raise YamlError(f"nesting deeper than {MAX_DEPTH} levels") from None


def _compose(stream: Iterator[events.Event]) -> Node:
    anchors: dict[str, Node] = {}
    open_anchors: set[str] = set()
    stack: list[tuple[Node, str | None, list[Node]]] = []  # node, its anchor, pending map key
    root: Node | None = None
    documents = 0
    aliases = 0
    expanded = 0  # values in the whole document so far, aliases counted as what they expand to

    def count(weight: int, line: int, column: int) -> None:
        # Every value once (an alias as its whole target), so that lists nested in lists, each
        # under the bound on its own, cannot together build an unbounded tree.
        nonlocal expanded
        expanded += weight
        if expanded > MAX_EXPANDED_NODES:
            raise YamlError(
                f"the document has more than {MAX_EXPANDED_NODES:,} values (counting what"
                " aliases expand to); a pack needs far fewer",
                line,
                column,
            )

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, _, pending = stack[-1]
        if parent.kind == "seq":
            parent.children.append(node)
        elif not pending:
            if node.kind != "scalar":
                raise YamlError(
                    "a mapping key must be a plain word, not a list or mapping",
                    node.line,
                    node.column,
                )
            if node.text == "<<" and not node.quoted:
                raise YamlError("merge keys (<<) are not supported in packs",
                                  node.line, node.column)
            pending.append(node)
        else:
            parent.items.append((pending.pop(), node))
        parent.weight += node.weight

    for event in stream:
        if isinstance(event, events.DocumentStartEvent):
            documents += 1
            if documents > 1:
                line, column = _mark(event)
                raise YamlError(
                    "a pack is a single YAML document, but a second one starts here",
                    line,
                    column,
                )
            continue
        if isinstance(event, events.StreamStartEvent | events.StreamEndEvent
                      | events.DocumentEndEvent):
            continue
        line, column = _mark(event)
        if isinstance(event, events.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise YamlError(f"more than {MAX_ALIASES} aliases", line, column)
            anchor: str = event.anchor or ""
            if anchor in open_anchors:
                raise YamlError(f"alias *{cut(anchor)} refers to a node that contains it",
                                  line, column)
            target = anchors.get(anchor)
            if target is None:
                raise YamlError(f"alias *{cut(anchor)} has no anchor &{cut(anchor)} before it",
                                  line, column)
            # The same node object again: expansion is accounted for by its weight.
            count(target.weight, line, column)
            attach(target)
            continue
        if isinstance(event, events.NodeEvent):
            tag = getattr(event, "tag", None)
            if tag is not None and tag not in _ALLOWED_TAGS:
                raise YamlError(f"tag {cut(tag)} is not allowed in a pack", line, column)
        if isinstance(event, events.ScalarEvent):
            value = _scalar_value(event, line, column)
            node = Node("scalar", line, column, value=value, text=event.value,
                        quoted=event.style not in (None, ""))
            count(1, line, column)
            if event.anchor:
                anchors[event.anchor] = node
            attach(node)
        elif isinstance(event, events.SequenceStartEvent | events.MappingStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise YamlError(f"nesting deeper than {MAX_DEPTH} levels", line, column)
            kind = "seq" if isinstance(event, events.SequenceStartEvent) else "map"
            node = Node(kind, line, column)
            count(1, line, column)
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append((node, event.anchor, []))
        elif isinstance(event, events.SequenceEndEvent | events.MappingEndEvent):
            node, opened, _ = stack.pop()
            if opened:
                open_anchors.discard(opened)
                anchors[opened] = node
            attach(node)
    if root is None:
        raise YamlError("the file is empty; a pack is a YAML mapping (see docs/content-pack.md)")
    return root
