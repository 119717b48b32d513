"""Reading and writing a pack's YAML so that everything the editor does not change stays as the
person wrote it.

ruamel.yaml's round-trip mode reads the text into maps and lists that remember their comments,
key order and quoting, and writes them back unchanged except where a value was set: renaming a
hand-written routine leaves its comments where they were. Here it is set up to read plain
scalars by the loader's rules, to write each untouched scalar as it was spelled
(``yaml_spelling``) and to indent as the file does; :class:`HandWritten` then keeps every line
no edit changed byte for byte (``kept_lines``).
"""

from __future__ import annotations

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
from ruamel.yaml.error import YAMLError, YAMLFutureWarning, YAMLWarning
from ruamel.yaml.resolver import BaseResolver
from ruamel.yaml.scalarbool import ScalarBoolean

from hipflex_desktop.core import yamltree
from hipflex_desktop.store.kept_lines import (
    Kept,
    KeptText,
    SourceText,
    UnknownValueError,
    comparable_scalar,
)
from hipflex_desktop.store.yaml_spelling import (
    SpellingConstructor,
    SpellingEmitter,
    SpellingRepresenter,
)


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


@dataclass(frozen=True, slots=True)
class HandWritten:
    """A document's text as the person wrote it and the indentation it uses: to save the
    document with every line no edit changed kept as it was."""

    kept: KeptText
    indent: Indent

    @classmethod
    def blank(cls) -> HandWritten:
        """For a document with no text of the person's yet: nothing to keep."""
        return cls(KeptText("", ""), Indent())

    def dump(self, document: Any) -> str:
        """ruamel's text of ``document``, indented as the person's text is."""
        return dump_text(round_trip_yaml(self.indent), document)

    def save(self, document: Any) -> Kept:
        """The text that holds ``document``, checked against the document itself."""
        return self.kept.save(self.dump(document), document_values(document))

    def saved(self, text: str, written: str) -> HandWritten:
        """After ``text`` (ruamel's ``written``) is saved: the next save keeps that text."""
        return HandWritten(KeptText(text, written), self.indent)


def read_document(text: str) -> tuple[Any, HandWritten]:
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
    best: HandWritten | None = None
    for indent in dict.fromkeys((guess_indent(source.lines), Indent())):
        try:
            written = dump_text(round_trip_yaml(indent), document)
        except (YAMLError, ValueError, TypeError, AttributeError, KeyError) as exc:
            raise YamlEditError(f"it cannot be written back ({exc})") from None
        kept = KeptText(text, written, spaced_tabs=spaced_tabs if spaced else None)
        if best is None or len(kept.differing) < len(best.kept.differing):
            best = HandWritten(kept, indent)
        if not best.kept.differing:
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
    saved = kept.save(document)
    if not saved.faithful:
        raise YamlEditError("the routine's file has a layout that cannot be changed without"
                            " changing what it says")
    return saved.text


def dump_text(yaml: YAML, document: Any) -> str:
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def document_values(document: Any) -> object:
    """What the loader must read from a text of ``document`` (ruamel's maps, lists and
    scalars), in the form :func:`kept_lines.text_values` gives; None when that cannot be
    said."""
    budget = [yamltree.MAX_EXPANDED_NODES]

    def held(value: Any) -> object:
        budget[0] -= 1
        if budget[0] < 0:
            raise UnknownValueError
        if isinstance(value, dict):
            return ("map", tuple((held(key), held(item)) for key, item in value.items()))
        if isinstance(value, list):
            return ("seq", tuple(held(item) for item in value))
        if isinstance(value, TaggedScalar):
            try:
                made = _PYYAML_SCALARS.construct_object(
                    pyyaml.nodes.ScalarNode(str(value.tag), value.value))
            except (pyyaml.YAMLError, ValueError, LookupError, ArithmeticError):
                raise UnknownValueError from None
            return comparable_scalar(made)
        if isinstance(value, (set, tuple)):
            raise UnknownValueError
        if isinstance(value, ScalarBoolean):  # an anchored true or false
            return comparable_scalar(bool(value))
        return comparable_scalar(value)

    try:
        return held(document)
    except UnknownValueError:
        return None


_PYYAML_SCALARS: Final = pyyaml.constructor.SafeConstructor()
