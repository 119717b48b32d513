"""Content pack files → :class:`~hipflex_desktop.core.model.Pack`, with every problem located.

Bad input is a first-class case here: a pack author gets *all* the problems of a file in one
run, each as ``FILE:LINE:COL: error: PATH: MESSAGE``, and no input — however hostile — produces
a traceback, a hang or unbounded memory (see ``yamltree.py`` for the bounds).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Final, Literal, TypeVar

from hipflex_desktop.core import yamltree
from hipflex_desktop.core.files import MAX_NAME_BYTES, FileProblem, read_regular_file
from hipflex_desktop.core.ladder import DEFAULT_CLIMB_AFTER, MAX_LADDER_STEPS, hold_range_of
from hipflex_desktop.core.languages import LANGUAGE_RE, canonical_tag, primary_language
from hipflex_desktop.core.localize import exercise_languages, localized_exercise
from hipflex_desktop.core.model import (
    FORMAT_VERSION,
    PLACEHOLDER_RE,
    PLACEHOLDERS,
    Defaults,
    Exercise,
    Ladder,
    LadderStep,
    Level,
    Pack,
    Phase,
    PhaseKind,
    Side,
    SideMode,
    Text,
    Variant,
    fill_side,
    is_placeholder,
    side_words,
)
from hipflex_desktop.core.pictures import UnsafePicture, check_picture_file
from hipflex_desktop.core.shown import cut, escape, quoted, terminal_safe
from hipflex_desktop.core.speech_fit import estimate_seconds, words_per_second
from hipflex_desktop.core.yamltree import Node, YamlError

# A normal speaking rate; used to warn when a spoken text cannot fit in its phase.

SLUG_RE: Final = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
VERSION_RE: Final = re.compile(r"^[0-9A-Za-z.+-]{1,32}$")
URL_RE: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
DRIVE_RE: Final = re.compile(r"^[A-Za-z]:")
# Every character at which a line ends in some program (str.splitlines, Qt, a terminal): a
# one-line field holds none of them.
LINE_BREAKS: Final = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# The longest id: ids become parts of file names and settings keys, and 63 is what a DNS label
# and most such names allow.
MAX_ID_CHARS: Final = 63
# Every character that a text (or, with a tab and a new line, a one-line field) may not hold,
# found with one search before each character is looked at: C0, DEL, C1, lone surrogates and
# the line and paragraph separators.
_TEXT_SUSPECT: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_ONE_LINE_SUSPECT: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
PICTURE_SUFFIXES: Final = (".svg", ".png")
# A file with more errors than this is not a pack with typos; stop reading it (this also
# bounds the time and output for a hostile file full of unknown or duplicate keys). Warnings
# past this many are counted but not listed.
MAX_PROBLEMS: Final = 100
# Languages one pack may use in all (each is checked for speech fit on every exercise, so the
# number bounds that work too); far more than any pack is translated into.
MAX_LANGUAGES: Final = 50

Severity = Literal["error", "warning"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    line: int
    column: int
    severity: Severity
    path: str
    message: str

    def __str__(self) -> str:
        # One problem is always one line, and nothing in it reaches a terminal raw: a file
        # name, key or text quoted in a message may hold line breaks or control characters.
        return terminal_safe(f"{self.source}:") + self.in_file()

    def in_file(self) -> str:
        """The line as ``__str__`` prints it without the file's name, for a view of one file."""
        where = f"{self.path}: " if self.path else ""
        return terminal_safe(f"{self.line}:{self.column}: {self.severity}: {where}{self.message}")


@dataclass(frozen=True, slots=True)
class LoadResult:
    """A pack (when there was no error) and every problem found, in file order."""

    pack: Pack | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.pack is not None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


class PackError(Exception):
    """Raised by :func:`load_pack_or_raise`; carries the located problems."""

    def __init__(self, result: LoadResult) -> None:
        super().__init__("\n".join(str(p) for p in result.errors))
        self.result = result


def load_pack(path: str | Path, *, require_languages: Sequence[str] = ()) -> LoadResult:
    """Read and check the pack file at ``path``; pictures are looked up beside it.

    A text missing in a language of ``require_languages`` is an error (one missing in a
    language the pack lists in ``languages:`` only a warning).
    """
    file = Path(path)
    source = str(path)
    try:
        # Only a regular file, opened without blocking: a FIFO or a device named as a pack is
        # refused at once instead of being waited on or read for ever.
        data = read_regular_file(file, yamltree.MAX_BYTES)
    except FileProblem as exc:
        message = str(exc)
        if message.startswith("this is a folder"):
            message += "; give the pack's .yaml file"
        return _failed(source, message)
    if len(data) > yamltree.MAX_BYTES:
        return _failed(source, f"the file is larger than {yamltree.MAX_BYTES:,} bytes (1 MiB)")
    return load_pack_bytes(data, source=source, base_dir=file.parent,
                           require_languages=require_languages)


def load_pack_or_raise(path: str | Path) -> Pack:
    result = load_pack(path)
    if result.pack is None:
        raise PackError(result)
    return result.pack


def load_pack_bytes(
    data: bytes | str, *, source: str = "<pack>", base_dir: Path | None = None,
    require_languages: Sequence[str] = (),
) -> LoadResult:
    """Check a pack given as bytes or text. Without ``base_dir`` a pack may not name pictures."""
    try:
        # Text goes through the same checks as the file it would be: its size, control
        # characters and characters UTF-8 cannot hold (a lone surrogate), each located.
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        root = yamltree.parse(yamltree.decode(raw))
    except YamlError as exc:
        return _failed(source, exc.message, exc.line, exc.column)
    reader = _PackReader(source, base_dir)
    reader.required = tuple(dict.fromkeys(canonical_tag(t) or t for t in require_languages))
    try:
        pack = reader.pack(root)
    except _TooManyProblemsError:
        pack = None
    problems = tuple(sorted(reader.problems, key=lambda p: (p.line, p.column, p.severity)))
    has_errors = any(p.severity == "error" for p in problems)
    return LoadResult(None if has_errors else pack, problems)


def _failed(source: str, message: str, line: int = 1, column: int = 1) -> LoadResult:
    return LoadResult(None, (Problem(source, line, column, "error", "", message),))


class _RejectedError(Exception):
    """A value could not be read; its problem is already recorded."""


class _TooManyProblemsError(Exception):
    """MAX_PROBLEMS problems are recorded; reading stops."""


@dataclass
class _Field:
    required: bool = True


@dataclass
class _TextUse:
    """A text that names a side; valid only where the exercise has sides."""

    node: Node
    path: str


@dataclass
class _Fields:
    """The checked keys of one mapping, with the mapping's own location for missing keys."""

    node: Node
    path: str
    values: dict[str, Node] = field(default_factory=dict)


class _PackReader:
    def __init__(self, source: str, base_dir: Path | None) -> None:
        self.source = source
        self.base_dir = base_dir
        self.problems: list[Problem] = []
        self.errors = 0
        self.warnings = 0
        # The pack's language and the languages it claims (``languages:``) or must have
        # (``--require-language``); known once the top-level keys are read.
        self.language: str | None = None
        self.declared: tuple[str, ...] = ()
        self.required: tuple[str, ...] = ()
        # Every language any text is given in, for the per-language speech-fit check.
        self.seen_languages: dict[str, None] = {}
        # The language of the map entry being read (None outside a map of languages).
        self.current_language: str | None = None
        self._known: tuple[object, frozenset[str]] = (None, frozenset())

    # -- reporting ---------------------------------------------------------------------------

    def error(self, node: Node, path: str, message: str) -> None:
        self.add(Problem(self.source, node.line, node.column, "error", path, message))

    def warning(self, node: Node, path: str, message: str) -> None:
        self.add(Problem(self.source, node.line, node.column, "warning", path, message))

    def add(self, problem: Problem) -> None:
        if problem.severity == "warning":
            # Warnings never make a pack invalid: past the bound they are only counted.
            self.warnings += 1
            if self.warnings <= MAX_PROBLEMS:
                self.problems.append(problem)
            elif self.warnings == MAX_PROBLEMS + 1:
                self.problems.append(Problem(
                    self.source, problem.line, problem.column, "warning", "",
                    f"more than {MAX_PROBLEMS} warnings; the rest are not shown",
                ))
            return
        self.errors += 1
        if self.errors > MAX_PROBLEMS:
            self.problems.append(Problem(
                self.source, problem.line, problem.column, "error", "",
                f"more than {MAX_PROBLEMS} errors; stopped checking here (fix these and"
                " check again)",
            ))
            raise _TooManyProblemsError
        self.problems.append(problem)

    # -- generic readers ---------------------------------------------------------------------

    def fields(
        self, node: Node, path: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> _Fields:
        """The keys of a mapping; unknown, duplicate and missing keys are reported."""
        if node.kind != "map":
            self.error(node, path, f"expected a mapping (key: value lines), got {node.type_name}")
            raise _RejectedError
        allowed = (*required, *optional)
        found = _Fields(node, path)
        for key_node, value in node.items:
            key = key_node.value
            key_path = _join(path, escape(cut(str(key))))
            if not isinstance(key, str):
                self.error(key_node, key_path, f"keys must be words, got {key_node.type_name}")
                continue
            if key in found.values:
                first = found.values[key]
                self.error(
                    key_node,
                    key_path,
                    f"duplicate key {quoted(key)} (first given at line {first.line})",
                )
                continue
            if key not in allowed:
                self.error(key_node, key_path, _unknown_key(key, allowed))
                continue
            found.values[key] = value
        for key in required:
            if key not in found.values:
                self.error(node, path, f'missing required key "{key}"')
        return found

    def get(self, fields: _Fields, key: str, read: Callable[[Node, str], T]) -> T | None:
        """``read`` applied to ``key`` when present; None when absent or invalid."""
        node = fields.values.get(key)
        if node is None:
            return None
        try:
            return read(node, _join(fields.path, key))
        except _RejectedError:
            return None

    def string(self, node: Node, path: str, *, max_length: int = 10_000,
               one_line: bool = False) -> str:
        if node.kind != "scalar" or not isinstance(node.value, str):
            hint = ""
            if node.kind == "scalar" and node.value is not None and not node.quoted:
                hint = f' (put it in quotes, "{node.text}", to use it as text)'
            self.error(node, path, f"expected text, got {node.type_name}{hint}")
            raise _RejectedError
        value = node.value.strip()
        if not value:
            self.error(node, path, "must not be empty")
            raise _RejectedError
        problems: list[str] = []
        if len(value) > max_length:
            problems.append(f"is {len(value):,} characters long; at most {max_length:,}")
        # Checked on the value as written: a control character that is also white space
        # (\x0b, \x1c, \x85) is refused at the ends too, as the schema refuses it.
        raw = node.value
        # One search first: most values hold no character that needs looking at one by one.
        if (_ONE_LINE_SUSPECT if one_line else _TEXT_SUSPECT).search(raw) is not None:
            problems.extend(_character_problems(raw, one_line=one_line))
        for problem in problems:
            self.error(node, path, problem)
        if problems:
            raise _RejectedError
        return value

    def matching(self, node: Node, path: str, pattern: re.Pattern[str], what: str, *,
                 max_length: int = 200) -> str:
        value = self.string(node, path, max_length=max_length, one_line=True)
        if not pattern.match(value):
            self.error(node, path, f"{quoted(value)} is not {what}")
            raise _RejectedError
        return value

    def number(self, node: Node, path: str, low: float, high: float, *,
               integer: bool = False, unit: str = "") -> float:
        value = node.value
        kind = "a whole number" if integer else "a number"
        ok_type = node.kind == "scalar" and isinstance(value, int | float) and not isinstance(
            value, bool
        )
        if ok_type and integer and not isinstance(value, int):
            ok_type = isinstance(value, float) and value.is_integer()
        if not ok_type:
            self.error(node, path, f"expected {kind}, got {node.type_name}")
            raise _RejectedError
        assert isinstance(value, int | float)
        if not low <= value <= high:  # also rejects NaN
            self.error(
                node, path,
                f"must be between {_num(low)} and {_num(high)}{unit}, got {_shown_number(value)}"
            )
            raise _RejectedError
        return float(value)

    def integer(self, node: Node, path: str, low: int, high: int) -> int:
        return int(self.number(node, path, low, high, integer=True))

    def choice(self, node: Node, path: str, choices: Iterable[str]) -> str:
        options = tuple(choices)
        if node.kind != "scalar" or not isinstance(node.value, str):
            self.error(node, path, f"expected one of {', '.join(options)}, got {node.type_name}")
            raise _RejectedError
        value = node.value.strip()
        if value not in options:
            hint = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
            suggestion = f'; did you mean "{hint[0]}"?' if hint else ""
            self.error(node, path, f"{quoted(value)} is not one of {', '.join(options)}"
                                   f"{suggestion}")
            raise _RejectedError
        return value

    def items(self, node: Node, path: str, read: Callable[[Node, str], T], *,
              low: int, high: int) -> tuple[T, ...]:
        if node.kind != "seq":
            self.error(node, path, f"expected a list, got {node.type_name}")
            raise _RejectedError
        if not low <= len(node.children) <= high:
            amount = f"at least {low}" if len(node.children) < low else f"at most {high}"
            self.error(node, path, f"has {len(node.children)} items; {amount} allowed")
        result: list[T] = []
        failed = False
        for index, child in enumerate(node.children):
            try:
                result.append(read(child, f"{path}[{index}]"))
            except _RejectedError:
                failed = True
        if failed:
            raise _RejectedError
        return tuple(result)

    def seconds_range(self, node: Node, path: str) -> tuple[float, float]:
        if node.kind != "seq" or len(node.children) != 2:
            self.error(node, path, f"expected [min, max] seconds, got {node.type_name}")
            raise _RejectedError
        ends: list[float | None] = []
        for index, child in enumerate(node.children):
            try:
                ends.append(self.number(child, f"{path}[{index}]", 0.5, 60, unit=" seconds"))
            except _RejectedError:
                ends.append(None)  # the other end is still checked and reported
        low, high = ends
        if low is None or high is None:
            raise _RejectedError
        if low > high:
            self.error(node, path, f"the minimum {_num(low)} is above the maximum {_num(high)}")
            raise _RejectedError
        return (low, high)

    # -- texts -------------------------------------------------------------------------------

    def text(self, node: Node, path: str, *, sides_ok: bool = False,
             uses: list[_TextUse] | None = None, max_length: int = 10_000,
             one_line: bool = False) -> Text:
        """A Text (see ``one_text``), or a map of languages to Texts."""
        return self.localizable(node, path, lambda n, p: self.one_text(
            n, p, sides_ok=sides_ok, uses=uses, max_length=max_length, one_line=one_line),
            spoken_form=True)

    def one_text(self, node: Node, path: str, *, sides_ok: bool = False,
                 uses: list[_TextUse] | None = None, max_length: int = 10_000,
                 one_line: bool = False) -> Text:
        """A Text in one language: a string, or ``{text: ..., say: ...}``."""
        if node.kind == "map":
            fields = self.fields(node, path, ("text", "say"))
            shown = self.get(fields, "text", lambda n, p: self.string(
                n, p, max_length=max_length, one_line=one_line))
            say = self.get(fields, "say", lambda n, p: self.string(
                n, p, max_length=max_length, one_line=one_line))
            if shown is None or say is None:
                raise _RejectedError
            self.placeholders(fields.values["text"], _join(path, "text"), shown, sides_ok, uses)
            self.placeholders(fields.values["say"], _join(path, "say"), say, sides_ok, uses)
            return Text(shown, say)
        value = self.string(node, path, max_length=max_length, one_line=one_line)
        self.placeholders(node, path, value, sides_ok, uses)
        return Text(value)

    def placeholders(self, node: Node, path: str, value: str, sides_ok: bool,
                     uses: list[_TextUse] | None) -> None:
        if "{" not in value and "}" not in value:
            return
        names = PLACEHOLDER_RE.findall(value)
        leftover = PLACEHOLDER_RE.sub("", value)
        problems: list[str] = []
        if "{" in leftover or "}" in leftover:
            problems.append("unbalanced { or }; placeholders look like {side}")
        unknown = list(dict.fromkeys(n for n in names if not is_placeholder(n)))
        if unknown:
            listed = ", ".join("{" + escape(n)[:40] + "}" for n in unknown[:10])
            more = f" and {len(unknown) - 10} more" if len(unknown) > 10 else ""
            problems.append(f"unknown placeholder{'s' if len(unknown) > 1 else ''} {listed}"
                            f"{more}; use {{side}}, {{Side}}, {{other_side}} or {{Other_side}}, or"
                            " a choice such as {side:rechtes|linkes}")
        if not sides_ok and names:
            problems.append("placeholders like {side} are only allowed in exercise texts")
        for problem in problems:
            self.error(node, path, problem)
        if problems:
            raise _RejectedError
        self.side_words_known(node, path, names)
        if uses is not None:
            uses.append(_TextUse(node, path))

    def plain_text(self, node: Node, path: str, *, max_length: int,
                   one_line: bool = False) -> Text:
        """A string that is never spoken (purpose, equipment, label), or a map of languages
        to such strings."""
        return self.localizable(node, path, lambda n, p: Text(
            self.string(n, p, max_length=max_length, one_line=one_line)))

    def phase_string(self, node: Node, path: str, uses: list[_TextUse]) -> Text:
        """A phase's ``text`` or ``say``: a string with placeholders, or a map of languages."""

        def read_one(n: Node, p: str) -> Text:
            value = self.string(n, p, max_length=300)
            self.placeholders(n, p, value, True, uses)
            return Text(value)

        return self.localizable(node, path, read_one)

    # -- texts in several languages ------------------------------------------------------------

    def localizable(self, node: Node, path: str, read_one: Callable[[Node, str], Text], *,
                    spoken_form: bool = False) -> Text:
        """A text in the pack's language, or a map of language tags to texts (each read by
        ``read_one``); any text missing in a language the pack lists or must have is reported.
        ``spoken_form``: a mapping with ``text``/``say`` keys is one text, not languages."""
        if node.kind == "map" and not (spoken_form and _is_spoken_form(node)):
            value = self.in_languages(node, path, read_one, spoken_form)
        else:
            value = read_one(node, path)
        self.missing_languages(node, path, value)
        return value

    def in_languages(self, node: Node, path: str, read_one: Callable[[Node, str], Text],
                     spoken_form: bool) -> Text:
        entries: dict[str, Text] = {}
        failed = False
        for key_node, value in node.items:
            tag = self.language_key(key_node, path, entries, spoken_form)
            if tag is None:
                failed = True
                continue
            if value.kind == "map" and not (spoken_form and _is_spoken_form(value)):
                form = "a string or {text: ..., say: ...}" if spoken_form else "a string"
                self.error(value, _join(path, tag), f"give the {tag} text as {form}, not as"
                                                    " another map of languages")
                failed = True
                continue
            outer, self.current_language = self.current_language, tag
            try:
                entries[tag] = read_one(value, _join(path, tag))
            except _RejectedError:
                failed = True
            finally:
                self.current_language = outer
        if not node.items:
            self.error(node, path, "lists no language; give the text, or a map such as"
                                   " {en: ..., de: ...}")
            raise _RejectedError
        if failed or self.language is None:  # a wrong language: is reported where it is
            raise _RejectedError
        if self.language not in entries:
            self.error(node, path, f"has no {self.language} text; every text needs one in the"
                                   f" pack's language (language: {self.language}), which"
                                   " readers of other languages fall back on")
            raise _RejectedError
        base = entries.pop(self.language)
        return Text(base.text, base.say, tuple(entries.items()))

    def language_key(self, key_node: Node, path: str, entries: dict[str, Text],
                     spoken_form: bool) -> str | None:
        """The canonical tag of one key of a language map, or None (reported)."""
        key = key_node.value
        key_path = _join(path, str(key))
        if key in ("text", "say") and not spoken_form:
            self.error(key_node, key_path, f'"{key}" is not a language: this text is a plain'
                       " string (no say: form), or a map of languages to plain strings")
            return None
        if not isinstance(key, str) or not LANGUAGE_RE.match(key):
            shown = key_node.text if key_node.kind == "scalar" else key_node.type_name
            hint = canonical_tag(shown) if isinstance(shown, str) else ""
            suggestion = (f'; did you mean "{hint}"?' if hint and LANGUAGE_RE.match(hint)
                          else "")
            self.error(key_node, key_path,
                       f'"{shown}" is not a language code such as en, de or de-AT{suggestion}'
                       + (' (a text with a spoken form has the keys "text" and "say")'
                          if spoken_form else ""))
            return None
        tag = canonical_tag(key)
        if tag in entries:
            self.error(key_node, key_path, f"{tag} is given twice")
            return None
        if (tag not in self.seen_languages and tag != self.language
                and len(self.seen_languages) >= MAX_LANGUAGES - 1):  # with its own
            self.error(key_node, key_path, f"a pack may use at most {MAX_LANGUAGES} languages")
            return None
        if tag != self.language:
            self.seen_languages.setdefault(tag)
        known = self.known_languages()
        if self.declared and primary_language(tag) not in known:
            self.warning(key_node, key_path,
                         f"{tag} is not one of the pack's languages ({', '.join(sorted(known))});"
                         " add it to languages: or correct the code")
        return tag

    def known_languages(self) -> frozenset[str]:
        """The languages (without region) the pack has, lists or must have."""
        key = (self.language, self.declared, self.required)
        if self._known[0] != key:
            self._known = (key, frozenset(primary_language(t) for t in (
                self.language or "", *self.declared, *self.required) if t))
        return self._known[1]

    def missing_languages(self, node: Node, path: str, value: Text) -> None:
        """Report the listed or required languages in which ``value`` would fall back on the
        pack's language (the lookup finds neither the exact tag nor its language)."""
        if self.language is None or self.current_language is not None:
            return
        have = {self.language, *value.languages}
        for language in dict.fromkeys((*self.declared, *self.required)):
            if language in have or primary_language(language) in have:
                continue
            if language in self.required:
                self.error(node, path, f"no {language} text (required by --require-language"
                                       f" {language})")
            else:
                self.warning(node, path, f"no {language} text, though the pack lists"
                                         f" {language} in languages: (it shows in"
                                         f" {self.language} instead)")

    def side_words_known(self, node: Node, path: str, names: Iterable[str]) -> None:
        """Warn where a plain {side} would be filled in English for want of the language's
        words; the choice form ({side:droit|gauche}) works in every language."""
        language = self.current_language or self.language
        if language and side_words(language) is None and any(
            n in PLACEHOLDERS for n in names
        ):
            self.warning(node, path, f"the app has no words for right and left in {language},"
                         " so a plain {side} here is filled in English; write the words, e.g."
                         " {side:droit|gauche} (right first)")

    def language_tag(self, node: Node, path: str) -> str:
        value = self.matching(node, path, LANGUAGE_RE, "a language tag such as en or en-GB",
                              max_length=35)
        return canonical_tag(value)

    def language_list(self, node: Node, path: str) -> tuple[str, ...]:
        tags = self.items(node, path, self.language_tag, low=1, high=50)
        seen: set[str] = set()
        for index, tag in enumerate(tags):
            if tag in seen:
                self.error(node.children[index], f"{path}[{index}]", f"{tag} is listed twice")
                raise _RejectedError
            seen.add(tag)
        return tags

    # -- the pack ----------------------------------------------------------------------------

    def pack(self, root: Node) -> Pack | None:
        try:
            fields = self.fields(
                root,
                "",
                ("format", "id", "title", "version", "language", "author", "licence",
                 "introduction", "defaults", "exercises"),
                ("languages",),
            )
        except _RejectedError:
            return None
        fmt = self.get(fields, "format", self.format_version)
        pack_id = self.get(fields, "id", lambda n, p: self.matching(
            n, p, SLUG_RE, "an id (lower-case letters, digits and -, e.g. my-pack)",
            max_length=MAX_ID_CHARS))
        # The languages first: every text is read against them.
        language = self.get(fields, "language", self.language_tag)
        self.language = language
        languages = self.get(fields, "languages", self.language_list)
        self.declared = tuple(t for t in languages or () if t != language)
        title = self.get(fields, "title", lambda n, p: self.text(n, p, max_length=200,
                                                                  one_line=True))
        version = self.get(fields, "version", self.version)
        author = self.get(fields, "author", lambda n, p: self.string(n, p, max_length=200,
                                                                      one_line=True))
        licence = self.get(fields, "licence", lambda n, p: self.string(n, p, max_length=200,
                                                                        one_line=True))
        introduction = self.get(fields, "introduction", self.text)
        defaults = self.get(fields, "defaults", self.defaults)
        exercises = self.get(fields, "exercises", lambda n, p: self.exercises(n, p, defaults))
        if (fmt is None or pack_id is None or title is None or version is None
                or language is None or author is None or licence is None
                or ("languages" in fields.values and languages is None)
                or introduction is None or defaults is None or exercises is None):
            return None
        return Pack(
            format=fmt, id=pack_id, title=title, version=version, language=language,
            author=author, licence=licence, introduction=introduction, defaults=defaults,
            exercises=exercises, source=self.source, base_dir=self.base_dir,
            languages=self.declared,
        )

    def format_version(self, node: Node, path: str) -> int:
        value = node.value
        if node.kind == "scalar" and isinstance(value, int) and not isinstance(value, bool):
            if value == FORMAT_VERSION:
                return FORMAT_VERSION
            if value > FORMAT_VERSION:
                message = (f"this app reads pack format {FORMAT_VERSION}, got"
                           f" {_shown_number(value)} (a newer app may read it)")
            else:
                message = (f"there is no pack format {_shown_number(value)}; this app reads"
                           f" format {FORMAT_VERSION}")
        elif node.kind == "scalar" and isinstance(value, str) and value.strip() == str(
                FORMAT_VERSION):
            message = (f"write the format as a number, format: {FORMAT_VERSION} (without"
                       " quotes)")
        else:
            message = f"expected the whole number {FORMAT_VERSION}, got {node.type_name}"
        self.error(node, path, message)
        raise _RejectedError

    def version(self, node: Node, path: str) -> str:
        # Unquoted 1.0 arrives as a number; a version is text, but say so kindly.
        if node.kind == "scalar" and isinstance(node.value, int | float) and not isinstance(
            node.value, bool
        ):
            self.error(node, path, f'write the version in quotes, "{node.text}"')
            raise _RejectedError
        return self.matching(node, path, VERSION_RE, "a version such as 1.0.0")

    def defaults(self, node: Node, path: str) -> Defaults:
        fields = self.fields(
            node, path,
            ("reps_per_side", "sets", "hold_seconds", "hold_range", "rest_seconds",
             "lead_in_seconds", "switch_seconds", "first_side"),
            ("note",),
        )
        reps = self.get(fields, "reps_per_side", lambda n, p: self.integer(n, p, 1, 50))
        sets = self.get(fields, "sets", lambda n, p: self.integer(n, p, 1, 10))
        hold = self.get(fields, "hold_seconds",
                        lambda n, p: self.number(n, p, 0.5, 60, unit=" seconds"))
        hold_range = self.get(fields, "hold_range", self.seconds_range)
        rest = self.get(fields, "rest_seconds",
                        lambda n, p: self.number(n, p, 0, 600, unit=" seconds"))
        lead_in = self.get(fields, "lead_in_seconds",
                           lambda n, p: self.number(n, p, 3, 120, unit=" seconds"))
        switch = self.get(fields, "switch_seconds",
                          lambda n, p: self.number(n, p, 0, 60, unit=" seconds"))
        first = self.get(fields, "first_side", lambda n, p: self.choice(n, p, Side))
        note = self.get(fields, "note", self.text)
        if hold is not None and hold_range is not None and not (
            hold_range[0] <= hold <= hold_range[1]
        ):
            self.error(
                fields.values["hold_seconds"],
                _join(path, "hold_seconds"),
                f"must lie within hold_range [{_num(hold_range[0])}, {_num(hold_range[1])}],"
                f" got {_num(hold)}",
            )
            raise _RejectedError
        if (reps is None or sets is None or hold is None or hold_range is None or rest is None
                or lead_in is None or switch is None or first is None):
            raise _RejectedError
        return Defaults(reps, sets, hold, hold_range, rest, lead_in, switch, Side(first), note)

    def exercises(self, node: Node, path: str,
                  defaults: Defaults | None) -> tuple[Exercise, ...]:
        # Duplicate ids are found on the nodes, so they are reported even where an exercise
        # has other errors too.
        seen: dict[str, int] = {}
        duplicate = False
        for index, child in enumerate(node.children if node.kind == "seq" else ()):
            id_node = _child(child, "id")
            if id_node is None or not isinstance(id_node.value, str):
                continue
            ex_id = id_node.value.strip()
            if ex_id in seen:
                self.error(id_node, f"{path}[{index}].id",
                           f"duplicate exercise id {quoted(ex_id)} (also"
                           f" exercises[{seen[ex_id]}])")
                duplicate = True
            else:
                seen[ex_id] = index
        exercises = self.items(node, path, lambda n, p: self.exercise(n, p, defaults),
                               low=1, high=20)
        if duplicate:
            raise _RejectedError
        return exercises

    _EXERCISE_KEYS: Final = ("id", "name", "purpose", "equipment", "setup", "sides", "phases",
                             "cues")
    _VARIANT_KEYS: Final = ("name", "purpose", "equipment", "setup", "sides", "phases", "cues",
                            "picture")

    def exercise(self, node: Node, path: str, defaults: Defaults | None) -> Exercise:
        fields = self.fields(node, path, self._EXERCISE_KEYS, ("picture", "variants", "ladder"))
        uses: list[_TextUse] = []
        ex_id = self.get(fields, "id", lambda n, p: self.matching(
            n, p, SLUG_RE, "an id (lower-case letters, digits and -)", max_length=MAX_ID_CHARS))
        parts = self.exercise_parts(fields, uses)
        sides_node = fields.values.get("sides")
        sides = parts.get("sides")
        if sides is SideMode.NONE and uses:
            for use in uses:
                self.error(use.node, use.path,
                           "names a side, but this exercise has sides: none")
        variants: dict[Level, Variant] = {}
        variants_node = fields.values.get("variants")
        if variants_node is not None:
            try:
                variants = self.variants(variants_node, _join(path, "variants"),
                                         sides, _fields_named(uses, path), sides_node)
            except _RejectedError:
                variants = {}
        required = ("name", "purpose", "equipment", "setup", "sides", "phases", "cues")
        if ex_id is None or any(parts.get(k) is None for k in required) or (
            variants_node is not None and not variants
        ):
            raise _RejectedError
        if any(p.severity == "error" and p.path.startswith(path + ".") for p in self.problems):
            raise _RejectedError
        exercise = Exercise(
            id=ex_id,
            name=_as(parts["name"], Text),
            purpose=_as(parts["purpose"], Text),
            equipment=_as(parts["equipment"], tuple),
            setup=_as(parts["setup"], tuple),
            sides=_as(parts["sides"], SideMode),
            phases=_as(parts["phases"], tuple),
            cues=_as(parts["cues"], tuple),
            picture=parts.get("picture"),  # type: ignore[arg-type]
            variants=variants,
        )
        if defaults is not None:
            self.speech_fit(node, path, exercise, defaults)
            ladder_node = fields.values.get("ladder")
            if ladder_node is not None:
                exercise = replace(exercise, ladder=self.ladder(
                    ladder_node, _join(path, "ladder"), exercise, defaults))
        return exercise

    def exercise_parts(self, fields: _Fields, uses: list[_TextUse]) -> dict[str, object]:
        """The fields an exercise and its variants share, read the same way for both."""
        parts: dict[str, object] = {}
        readers: dict[str, Callable[[Node, str], object]] = {
            "name": lambda n, p: self.text(n, p, sides_ok=True, uses=uses, max_length=120,
                                           one_line=True),
            "purpose": lambda n, p: self.plain_text(n, p, max_length=160, one_line=True),
            "equipment": lambda n, p: self.items(
                n, p, lambda c, q: self.plain_text(c, q, max_length=80, one_line=True),
                low=0, high=20),
            "setup": lambda n, p: self.items(
                n, p, lambda c, q: self.text(c, q, sides_ok=True, uses=uses), low=1, high=10),
            "sides": lambda n, p: SideMode(self.choice(n, p, SideMode)),
            "phases": lambda n, p: self.items(
                n, p, lambda c, q: self.phase(c, q, uses), low=1, high=10),
            "cues": lambda n, p: self.items(
                n, p, lambda c, q: self.text(c, q, sides_ok=True, uses=uses), low=0, high=10),
            "picture": self.picture,
        }
        for key, read in readers.items():
            if key in fields.values:
                parts[key] = self.get(fields, key, read)
        return parts

    def phase(self, node: Node, path: str, uses: list[_TextUse]) -> Phase:
        fields = self.fields(node, path, ("kind", "text"), ("say", "seconds", "range"))
        kind_name = self.get(fields, "kind", lambda n, p: self.choice(n, p, PhaseKind))
        shown_texts = self.get(fields, "text", lambda n, p: self.phase_string(n, p, uses))
        say_texts = self.get(fields, "say", lambda n, p: self.phase_string(n, p, uses))
        seconds = self.get(fields, "seconds",
                           lambda n, p: self.number(n, p, 0.5, 60, unit=" seconds"))
        hold_range = self.get(fields, "range", self.seconds_range)
        if "say" in fields.values and say_texts is None:
            shown_texts = None
        shown = None if shown_texts is None else _phase_text(shown_texts, say_texts)
        if kind_name is None or shown is None:
            raise _RejectedError
        kind = PhaseKind(kind_name)
        if kind is not PhaseKind.HOLD:
            if "range" in fields.values:
                self.error(fields.values["range"], _join(path, "range"),
                           f"only a hold has a range; a {kind.value} phase has fixed seconds")
                raise _RejectedError
            if "seconds" not in fields.values:
                self.error(node, path, f'missing required key "seconds" (a {kind.value} phase'
                                       " lasts a fixed time)")
                raise _RejectedError
        elif "seconds" in fields.values and "range" in fields.values:
            self.error(fields.values["range"], _join(path, "range"),
                       "give a hold either fixed seconds or a range, not both")
            raise _RejectedError
        if ("seconds" in fields.values and seconds is None) or (
            "range" in fields.values and hold_range is None
        ):
            raise _RejectedError
        return Phase(kind, shown, seconds, hold_range)

    def variants(self, node: Node, path: str, sides: object, names_side: frozenset[str],
                 sides_node: Node | None) -> dict[Level, Variant]:
        fields = self.fields(node, path, (), (Level.EASIER.value, Level.HARDER.value))
        result: dict[Level, Variant] = {}
        failed = False
        for key, child in fields.values.items():
            level = Level(key)
            try:
                result[level] = self.variant(child, _join(path, key), level, sides, names_side)
            except _RejectedError:
                failed = True
        if not fields.values:
            self.error(node, path, "lists no variant; give easier and/or harder, or leave it out")
            raise _RejectedError
        if failed:
            raise _RejectedError
        return result

    def variant(self, node: Node, path: str, level: Level, standard_sides: object,
                standard_names_side: frozenset[str]) -> Variant:
        fields = self.fields(node, path, ("label", "when"), self._VARIANT_KEYS)
        uses: list[_TextUse] = []
        label = self.get(fields, "label", lambda n, p: self.plain_text(n, p, max_length=60,
                                                                        one_line=True))
        when = self.get(fields, "when", self.text)
        parts = self.exercise_parts(fields, uses)
        sides = parts.get("sides") or standard_sides
        if sides is SideMode.NONE:
            for use in uses:
                self.error(use.node, use.path, "names a side, but this variant has sides: none")
            # Only the standard texts this variant keeps would be shown with no side to fill.
            kept = sorted(f for f in standard_names_side if f not in fields.values)
            if kept and "sides" in fields.values:
                self.error(fields.values["sides"], _join(path, "sides"),
                           f"the exercise's own {', '.join(kept)} name a side; a variant"
                           " without sides must replace them")
        if label is None or when is None or any(
            key in fields.values and parts.get(key) is None for key in self._VARIANT_KEYS
        ):
            raise _RejectedError
        return Variant(
            level=level, label=label, when=when,
            name=parts.get("name"),  # type: ignore[arg-type]
            purpose=parts.get("purpose"),  # type: ignore[arg-type]
            equipment=parts.get("equipment"),  # type: ignore[arg-type]
            setup=parts.get("setup"),  # type: ignore[arg-type]
            phases=parts.get("phases"),  # type: ignore[arg-type]
            cues=parts.get("cues"),  # type: ignore[arg-type]
            sides=parts.get("sides"),  # type: ignore[arg-type]
            picture=parts.get("picture"),  # type: ignore[arg-type]
        )

    def picture(self, node: Node, path: str) -> Path:
        value = self.string(node, path, max_length=255, one_line=True)
        pure = PurePosixPath(value)
        shown = quoted(value)
        if DRIVE_RE.match(value):
            self.error(node, path, "must be a relative path inside the pack's folder, not a"
                                   " drive such as C:")
            raise _RejectedError
        if URL_RE.match(value) or "://" in value:
            self.error(node, path, "pictures come from the pack's own folder, not from a URL")
            raise _RejectedError
        if "\\" in value or pure.is_absolute() or ".." in pure.parts:
            self.error(node, path,
                       "must be a relative path inside the pack's folder (no /, \\ or .. at the"
                       " start, and no ..)")
            raise _RejectedError
        too_long = [part for part in pure.parts if len(part.encode("utf-8", "surrogatepass"))
                    > MAX_NAME_BYTES]
        if too_long:
            self.error(node, path, f"the name {quoted(too_long[0], 40)} is longer than"
                                   f" {MAX_NAME_BYTES} bytes, which no file system allows")
            raise _RejectedError
        if pure.suffix.lower() not in PICTURE_SUFFIXES:
            self.error(node, path, "pictures must be .svg or .png files")
            raise _RejectedError
        if self.base_dir is None:
            self.error(node, path, "a pack read without its folder cannot name pictures")
            raise _RejectedError
        try:
            # Only a regular file inside the pack's folder, once links are followed; read
            # without blocking and checked by the one picture checker the window uses too.
            check_picture_file(self.base_dir / pure, folder=self.base_dir)
        except UnsafePicture as exc:
            reason = str(exc)
            if reason == "no such file":
                reason = "no such file next to the pack file"
            self.error(node, path, f"{shown} cannot be used: {reason}")
            raise _RejectedError from None
        return Path(*pure.parts)

    # -- the ladder --------------------------------------------------------------------------

    def ladder(self, node: Node, path: str, exercise: Exercise, defaults: Defaults) -> Ladder:
        """An exercise's ladder, checked against its variants and hold ranges."""
        fields = self.fields(node, path, ("steps",), ("climb_after", "start"))
        climb_after = self.get(fields, "climb_after", lambda n, p: self.integer(n, p, 1, 10))
        start = self.get(fields, "start", lambda n, p: self.integer(n, p, 1, MAX_LADDER_STEPS))
        steps_node = fields.values.get("steps")
        if steps_node is None:
            raise _RejectedError
        steps_path = _join(path, "steps")
        steps = self.items(steps_node, steps_path,
                           lambda n, p: self.ladder_step(n, p, exercise, defaults),
                           low=0, high=MAX_LADDER_STEPS)
        if len(steps) < 2:
            self.error(steps_node, steps_path,
                       f"has {len(steps)} step{'' if len(steps) == 1 else 's'}; a ladder needs"
                       " at least two, or it goes nowhere (leave ladder out for the default)")
            raise _RejectedError
        first_seen: dict[LadderStep, int] = {}
        for index, (step, step_node) in enumerate(zip(steps, steps_node.children, strict=True)):
            if step in first_seen:
                self.error(step_node, f"{steps_path}[{index}]",
                           f"repeats step {first_seen[step] + 1} (steps[{first_seen[step]}]);"
                           " every step must differ from the others")
                raise _RejectedError
            first_seen[step] = index
        if start is not None and start > len(steps):
            self.error(fields.values["start"], _join(path, "start"),
                       f"step {start} is past the last step ({len(steps)})")
            raise _RejectedError
        if climb_after is None and "climb_after" in fields.values:
            raise _RejectedError
        if start is None:
            start = next((i for i, s in enumerate(steps, 1) if s.level is Level.STANDARD), 1)
        return Ladder(steps, climb_after or DEFAULT_CLIMB_AFTER, start)

    def ladder_step(self, node: Node, path: str, exercise: Exercise,
                    defaults: Defaults) -> LadderStep:
        fields = self.fields(node, path, ("reps_per_side",), ("variant", "hold_seconds"))
        level_name = self.get(fields, "variant", lambda n, p: self.choice(n, p, Level))
        reps = self.get(fields, "reps_per_side", lambda n, p: self.integer(n, p, 1, 50))
        hold = self.get(fields, "hold_seconds",
                        lambda n, p: self.number(n, p, 0.5, 60, unit=" seconds"))
        level = Level.STANDARD if level_name is None else Level(level_name)
        if level not in exercise.levels:
            if level_name is not None:
                offered = ", ".join(lv.value for lv in exercise.levels)
                self.error(fields.values["variant"], _join(path, "variant"),
                           f"this exercise has no {level.value} variant (it has: {offered})")
            raise _RejectedError
        if reps is None or ("variant" in fields.values and level_name is None) or (
            "hold_seconds" in fields.values and hold is None
        ):
            raise _RejectedError
        hold_range = hold_range_of(exercise, level, defaults)
        if hold is not None:
            hold_node = fields.values["hold_seconds"]
            if hold_range is None:
                self.error(hold_node, _join(path, "hold_seconds"),
                           f"the {level.value} form's holds have fixed seconds; leave"
                           " hold_seconds out")
                raise _RejectedError
            if not hold_range[0] <= hold <= hold_range[1]:
                self.error(hold_node, _join(path, "hold_seconds"),
                           f"must lie within the hold range [{_num(hold_range[0])},"
                           f" {_num(hold_range[1])}] of the {level.value} form, got {_num(hold)}")
                raise _RejectedError
        elif hold_range is not None:
            # An adjustable hold without a length on the step: the pack's own, kept in range.
            hold = min(max(defaults.hold_seconds, hold_range[0]), hold_range[1])
        return LadderStep(level, reps, hold)

    # -- warnings ----------------------------------------------------------------------------

    def speech_fit(self, node: Node, path: str, exercise: Exercise,
                   defaults: Defaults) -> None:
        """Warn where a spoken text needs longer than the time it is spoken in.

        Checked for the standard form and for each variant's own phases and set-up, in the
        pack's language and in every language the pack lists, must have, or gives this
        exercise a text in (each at its own speaking rate).
        """
        base = self.language or ""
        languages = dict.fromkeys((base, *self.declared, *self.required,
                                   *exercise_languages(exercise)))
        for language in languages:
            spoken = localized_exercise(exercise, language, base)
            self.speech_fit_form(node, path, spoken, defaults, language)
            for level in exercise.variants:
                variant_node = _child(_child(node, "variants"), level.value)
                assert variant_node is not None  # the variant was read from this node
                self.speech_fit_form(variant_node, f"{path}.variants.{level.value}",
                                     spoken.as_variant(level), defaults, language)

    def speech_fit_form(self, node: Node, path: str, form: Exercise,
                        defaults: Defaults, language: str) -> None:
        rate = words_per_second(language)
        # "in de: " where the pack has several languages; nothing for a one-language pack.
        where = f"in {language}: " if language != self.language else ""

        def seconds_to_say(text: str) -> float:
            # Placeholders as they will be heard: one word each, {side:rechtes|linkes} too.
            return estimate_seconds(fill_side(text, Side.RIGHT), rate)

        phases_node = _child(node, "phases")
        if phases_node is not None:
            for index, (phase, phase_node) in enumerate(
                zip(form.phases, phases_node.children, strict=True)
            ):
                seconds = phase.seconds
                if seconds is None:
                    seconds = (phase.hold_range or defaults.hold_range)[0]
                needed = seconds_to_say(phase.text.spoken)
                if needed > seconds:
                    self.warning(
                        phase_node,
                        f"{path}.phases[{index}]",
                        f"{where}{quoted(phase.text.spoken)} takes about {needed:.1f} s to"
                        f" say, but the phase lasts {_num(seconds)} s; give it a shorter say: text",
                    )
        setup_node = _child(node, "setup")
        if setup_node is not None or _child(node, "name") is not None:
            spoken = [form.name.spoken, *(step.spoken for step in form.setup)]
            needed = sum(seconds_to_say(s) for s in spoken)
            if needed > defaults.lead_in_seconds:
                self.warning(
                    setup_node or node,
                    f"{path}.setup",
                    f"{where}the name and set-up take about {needed:.0f} s to say, but the"
                    f" lead-in lasts {_num(defaults.lead_in_seconds)} s; shorten them with say:"
                    " texts",
                )


def _is_control(char: str, *, multi_line: bool) -> bool:
    """Whether a text may not hold ``char``: control characters (C0, DEL, C1; a new line and a
    tab only in texts of several lines), lone surrogates, and the Unicode line and paragraph
    separators (a text's lines are separated by new lines only)."""
    if multi_line and char in "\n\t":
        return False
    return unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp")


def _character_problems(raw: str, *, one_line: bool) -> list[str]:
    problems: list[str] = []
    if one_line:
        breaks = _found(raw, lambda c: c in LINE_BREAKS)
        if breaks:
            problems.append(f"must be a single line (it holds {breaks})")
    controls = _found(raw, lambda c: _is_control(c, multi_line=not one_line)
                      and not (one_line and c in LINE_BREAKS))
    if controls:
        allowed = "; only new lines (\\n) and tabs (\\t)" if not one_line else ""
        problems.append(f"holds {controls}, which a text may not hold{allowed}")
    return problems


def _found(value: str, bad: Callable[[str], bool]) -> str:
    """The distinct characters of ``value`` that ``bad`` picks, as a message lists them."""
    chars = list(dict.fromkeys(c for c in value if bad(c)))
    if not chars:
        return ""
    listed = ", ".join(f"U+{ord(c):04X} ({escape(c)})" for c in chars[:8])
    more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
    return f"the character{'s' if len(chars) > 1 else ''} {listed}{more}"


def _unknown_key(key: str, allowed: Sequence[str]) -> str:
    # A key with an invisible character looks like a right one: say which character it is.
    visible = "".join(c for c in key if c.isprintable() and unicodedata.category(c) != "Cf")
    if visible != key and visible in allowed:
        return (f"unknown key {quoted(key)}: it holds an invisible character; did you mean"
                f" \"{visible}\"?")
    hint = difflib.get_close_matches(visible, allowed, n=1, cutoff=0.6)
    suggestion = f'; did you mean "{hint[0]}"?' if hint else ""
    return f'unknown key {quoted(key)}{suggestion} (allowed here: {", ".join(allowed)})'


def _shown_number(value: float) -> str:
    """A number as a message shows it: short, however large (1e+308, not 309 digits)."""
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else f"{float(value):.6g}"
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _is_spoken_form(node: Node) -> bool:
    """Whether a mapping is one text with its spoken form (``{text, say}``) rather than a map
    of languages: it has a ``text`` or ``say`` key, neither of which is a language code here."""
    return any(key.value in ("text", "say") for key, _ in node.items)


def _phase_text(shown: Text, say: Text | None) -> Text:
    """A phase's ``text`` and ``say``, each given in its own languages, as one Text.

    For a language the two keys each look up on their own (exact tag, then its language);
    a language with its own ``text`` but no ``say`` speaks that text, never the say of
    another language.
    """
    says = {} if say is None else say.languages
    languages = dict.fromkeys((*shown.languages, *says))

    def pick(texts: dict[str, Text], tag: str) -> Text | None:
        return texts.get(tag) or texts.get(primary_language(tag))

    translations: list[tuple[str, Text]] = []
    for tag in languages:
        own_text = pick(shown.languages, tag)
        own_say = pick(says, tag)
        translations.append((tag, Text(
            (own_text or shown).text,
            own_say.text if own_say is not None else (
                None if own_text is not None or say is None else say.text),
        )))
    return Text(shown.text, None if say is None else say.text, tuple(translations))


def _fields_named(uses: Iterable[_TextUse], path: str) -> frozenset[str]:
    """The fields of the exercise at ``path`` whose texts name a side (``phases``, ...)."""
    return frozenset(re.split(r"[.\[]", use.path[len(path) + 1:], maxsplit=1)[0]
                     for use in uses)


def _child(node: Node | None, key: str) -> Node | None:
    if node is None or node.kind != "map":
        return None
    return next((value for k, value in node.items if k.value == key), None)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _num(value: float) -> str:
    return f"{value:g}"


def _as(value: object, kind: type[T]) -> T:
    assert isinstance(value, kind)
    return value
