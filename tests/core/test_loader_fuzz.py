"""Fuzzing the pack loader: whatever a file holds, it ends as a pack or as located errors.

Packs come from anyone, so the loader is fed thousands of generated files: random YAML-like
text, random bytes, random nested data written out as YAML, the built-in pack's data with parts
swapped for other types, and the built-in pack's text with lines deleted, duplicated, swapped
and re-indented, values turned into other types, random bytes inserted, and cut off anywhere.
Every one must give, within a second, either a valid pack that can be planned or at least one
error, with every problem on one line as ``FILE:LINE:COL: error|warning: MESSAGE`` — never an
exception. The same file given as text or as bytes gives the same result.

Cases that once failed are kept in ``fuzz_corpus/`` and replayed by every run. Add the falsifying
example of any new failure there (as the exact bytes) before fixing the loader. Hypothesis's own
example database (``.hypothesis/``) is a local cache, not this corpus.

In CI (``CI`` set) the generated cases are derandomized, so a run is repeatable; locally each
run tries new ones.
"""

from __future__ import annotations

import copy
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hipflex_desktop.core.loader import LoadResult, Problem, load_pack_bytes
from hipflex_desktop.core.model import Level
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.core.yamltree import MAX_BYTES
from hipflex_desktop.resources import builtin_pack_path
from tests.cpu_time import cpu_seconds

PACK_FILE: Final = builtin_pack_path()
PACK_DIR: Final = PACK_FILE.parent
PACK_BYTES: Final = PACK_FILE.read_bytes()
PACK_LINES: Final = PACK_BYTES.split(b"\n")
PACK_DATA: Final = yaml.safe_load(PACK_BYTES)
DUMPER: Final = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CORPUS: Final = Path(__file__).parent / "fuzz_corpus"
SOURCE: Final = "fuzz.yaml"
PROBLEM_RE: Final = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")
SECONDS_PER_CASE: Final = 1.0

IN_CI: Final = bool(os.environ.get("CI"))


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,  # timed below, per case, with its own bound
        derandomize=IN_CI,
        database=None if IN_CI else settings().database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.filter_too_much],
    )


# -- the property ---------------------------------------------------------------------------------


def as_text(data: bytes) -> str:
    """The same file as a Python string (lone surrogates kept, as an editor might hand them)."""
    try:
        return data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return data.decode("utf-8", "surrogateescape")


def check(data: bytes | str, *, base_dir: Path | None = PACK_DIR) -> LoadResult:
    """Load ``data`` and check everything the loader promises about the result."""
    started = cpu_seconds()
    result = load_pack_bytes(data, source=SOURCE, base_dir=base_dir)
    took = cpu_seconds() - started
    assert took < SECONDS_PER_CASE, f"took {took:.2f} s"
    assert isinstance(result, LoadResult)
    for problem in result.problems:
        line = str(problem)
        assert PROBLEM_RE.match(line), line
        assert len(line.splitlines()) == 1, line
        assert line.startswith(f"{SOURCE}:"), line
        assert problem.line >= 1 and problem.column >= 1, line
    if result.pack is None:
        assert result.errors, "no pack, but no error says why"
    else:
        assert not result.errors
        check_usable(result)
    return result


def check_usable(result: LoadResult) -> None:
    """A pack the loader accepts can be planned, in every variant it offers."""
    pack = result.pack
    assert pack is not None
    whole = plan(pack, PlanOptions())
    assert whole.segments
    assert all(math.isfinite(s.seconds) and s.seconds > 0 for s in whole.segments)
    for exercise in pack.exercises:
        for level in exercise.levels:
            if level is not Level.STANDARD:
                one = plan(pack, PlanOptions(exercises=(exercise.id,),
                                             variants={exercise.id: level}))
                assert one.segments


def check_both_ways(data: bytes) -> LoadResult:
    """As bytes and as text: both keep the promises, and they agree."""
    from_bytes = check(data)
    text = as_text(data)
    from_text = check(text)
    if text.encode("utf-8", "surrogatepass") == data:  # the very same file, as text
        assert from_text == from_bytes
    return from_bytes


def fuzz(data: bytes) -> None:
    """One generated case; the statistics (--hypothesis-show-statistics) say how many of them
    were valid packs."""
    result = check_both_ways(data)
    event("a valid pack" if result.ok else "refused with located errors")


# -- random text and bytes ------------------------------------------------------------------------

KEYS: Final = (
    "format", "id", "title", "version", "language", "author", "licence", "introduction",
    "defaults", "reps_per_side", "sets", "hold_seconds", "hold_range", "rest_seconds",
    "lead_in_seconds", "switch_seconds", "first_side", "note", "exercises", "name", "purpose",
    "equipment", "setup", "sides", "phases", "kind", "text", "say", "seconds", "range", "cues",
    "picture", "variants", "easier", "harder", "label", "when",
)
VALUES: Final = (
    "1", "0", "-1", "1.5", "[1.0, 2.0]", "[2, 1]", "8", "60.5", "1e999", ".nan", "-.inf", "0x1F",
    "0o17", "1_000", "190:20:30", "2020-01-01", "true", "no", "~", "null", '"1.0.0"', "hip-flexors",
    "en", "right", "left", "alternate", "none", "move", "hold", "return", "{side}", "{Side}",
    "{nope}", "{", "}", "pictures/march-wall.svg", "../x.svg", "/etc/passwd", "http://x/y.svg",
    "'quoted'", '"a\\u0000b"', "[]", "{}",
)
SYNTAX: Final = (
    "\n", "\n", "  ", "    ", "\t", "- ", ": ", ":", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ",
    "*b", "!!str ", "!!int ", "!!python/object/apply:os.system ", "!custom ", "|\n", ">-\n",
    "'", '"', "# ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "? ", "<<: ", "\\",
    "\u2028", "\u0085", "\ufeff", "é", "😀", "\x00", "\x7f", "\r\n", "\r",
)

yaml_token = st.one_of(
    st.sampled_from(SYNTAX),
    st.sampled_from(KEYS).map(lambda k: f"{k}: "),
    st.sampled_from(VALUES),
    st.text(max_size=6),
)
yaml_ish_text = st.lists(yaml_token, max_size=80).map("".join)


@fuzz_settings(1500)
@given(yaml_ish_text)
def test_random_yaml_like_text(text: str) -> None:
    fuzz(text.encode("utf-8", "surrogatepass"))


@fuzz_settings(600)
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    fuzz(data)


@fuzz_settings(300)
@given(st.binary(max_size=64), st.sampled_from((b"", b"\xef\xbb\xbf", b"\xff\xfe",
                                                 b"\xfe\xff", b"\x00\x00\xfe\xff")))
def test_random_bytes_after_a_byte_order_mark(data: bytes, bom: bytes) -> None:
    fuzz(bom + data)


RUN_TOKENS: Final = (
    "1:", ":1", "9", "1_", "0x1", "0b1", ".5", "[", "[a, ", "- ", "{a: ", "a: ", "&a ", "*a ",
    "'", '"', "\\", "é", " ", "\n", "#", "- [", "? ", "!!str ", "!!int 1", "{side}", "{", "}",
    "  - x\n", "a:\n  ", "x", "\t", "\r\n", "\u2028", ",",
)


@fuzz_settings(60)
@given(st.sampled_from(("", "a: ", "id: ", "- ", "format: 1\nexercises: [", "a: '", 'a: "')),
       st.sampled_from(RUN_TOKENS), st.integers(1_000, 600_000),
       st.sampled_from(("", "\n", ".5", "]", "'", "\n---\n")))
def test_long_runs_of_one_token(prefix: str, token: str, count: int, suffix: str) -> None:
    # Files up to just over the size bound, where a reader that is slower than linear in
    # some construct (a long number, string or nesting) would take seconds.
    data = (prefix + token * count + suffix).encode()[: MAX_BYTES + 16]
    fuzz(data)


# -- random data written as YAML ------------------------------------------------------------------

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.sampled_from(VALUES),
)
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=10), st.integers(-3, 3))
nested = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=6),
                               st.dictionaries(keys, children, max_size=8)),
    max_leaves=60,
)
pack_shaped = st.dictionaries(st.sampled_from(KEYS), nested, max_size=12)


def dump(data: object, unicode: bool, flow: bool | None) -> bytes:
    text = yaml.dump(data, Dumper=DUMPER, allow_unicode=unicode, default_flow_style=flow,
                     sort_keys=False)
    return text.encode("utf-8", "surrogatepass")


@fuzz_settings(500)
@given(st.one_of(nested, pack_shaped), st.booleans(), st.sampled_from((None, False, True)))
def test_random_nested_data_written_as_yaml(data: object, unicode: bool,
                                             flow: bool | None) -> None:
    fuzz(dump(data, unicode, flow))


Where = tuple[Any, ...]


def locations(node: object, here: Where = ()) -> list[Where]:
    """Every place in ``node`` (keys of mappings, positions of lists), the root first."""
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(locations(value, (*here, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(locations(value, (*here, index)))
    return found


def swapped_type(value: object) -> st.SearchStrategy[object]:
    """A value of another kind than ``value``: number ↔ string ↔ list ↔ mapping ↔ nothing."""
    choices: list[st.SearchStrategy[object]] = [
        st.integers(-10, 100), st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12), st.sampled_from(VALUES), st.none(), st.booleans(),
        st.lists(scalars, max_size=3), st.dictionaries(keys, scalars, max_size=3),
    ]
    if isinstance(value, str):
        choices.append(st.just([value]))
        choices.append(st.just({"text": value}))
    if isinstance(value, list | dict):
        choices.append(st.just(str(value)))
    return st.one_of(choices)


@st.composite
def mutated_pack_data(draw: st.DrawFn) -> object:
    data = copy.deepcopy(PACK_DATA)
    for _ in range(draw(st.integers(1, 4))):
        places = locations(data)
        where = draw(st.sampled_from(places))
        if not where:
            continue
        parent = data
        for step in where[:-1]:
            parent = parent[step]
        last = where[-1]
        action = draw(st.sampled_from(("swap", "swap", "delete", "duplicate", "nest")))
        if action == "swap":
            parent[last] = draw(swapped_type(parent[last]))
        elif action == "delete":
            del parent[last]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif action == "nest":
            parent[last] = [parent[last]]
    return data


@fuzz_settings(500)
@given(mutated_pack_data(), st.sampled_from((None, False)))
def test_the_built_in_pack_with_values_of_other_types(data: object, flow: bool | None) -> None:
    fuzz(dump(data, True, flow))


# -- the built-in pack's text, mutated ------------------------------------------------------------

VALUE_LINE: Final = re.compile(rb"^(\s*(?:- )?[A-Za-z_][\w-]*:)(.*)$|^(\s*- )(.*)$")
OTHER_VALUES: Final = (
    *(v.encode() for v in VALUES), b"", b" ", b"|", b">-", b"[a, [b, {c: d}]]",
    b"{text: x, say: y}", b"- nested",
    b"&x 1", b"*x", b"!!binary AAAA", b'"unterminated', b"'it''s'", b"x" * 400,
)

Mutation = Callable[[list[bytes]], list[bytes]]


@st.composite
def line_mutation(draw: st.DrawFn) -> Mutation:
    kind = draw(st.sampled_from(("delete", "duplicate", "swap_lines", "value", "indent",
                                 "dedent", "tab")))
    at = draw(st.integers(0, 10_000))
    other = draw(st.integers(0, 10_000))
    width = draw(st.integers(1, 6))
    value = draw(st.sampled_from(OTHER_VALUES))

    def mutate(lines: list[bytes]) -> list[bytes]:
        if not lines:
            return lines
        i, j = at % len(lines), other % len(lines)
        out = list(lines)
        line = out[i]
        if kind == "delete":
            del out[i]
        elif kind == "duplicate":
            out.insert(i, line)
        elif kind == "swap_lines":
            out[i], out[j] = out[j], out[i]
        elif kind == "value":
            match = VALUE_LINE.match(line)
            if match is not None:
                head = match.group(1) or match.group(3)
                out[i] = head + (b" " if not head.endswith(b" ") else b"") + value
        elif kind == "indent":
            out[i] = b" " * width + line
        elif kind == "dedent":
            stripped = line.lstrip(b" ")
            out[i] = b" " * max(0, len(line) - len(stripped) - width) + stripped
        else:
            out[i] = b"\t" + line.lstrip(b" ")
        return out

    return mutate


@st.composite
def byte_mutation(draw: st.DrawFn) -> Callable[[bytes], bytes]:
    kind = draw(st.sampled_from(("insert", "overwrite", "truncate")))
    at = draw(st.integers(0, len(PACK_BYTES)))
    junk = draw(st.binary(min_size=1, max_size=16))

    def mutate(data: bytes) -> bytes:
        offset = at % (len(data) + 1)
        if kind == "insert":
            return data[:offset] + junk + data[offset:]
        if kind == "overwrite":
            return data[:offset] + junk + data[offset + len(junk):]
        return data[:offset]

    return mutate


@st.composite
def mutated_pack_text(draw: st.DrawFn) -> bytes:
    lines = list(PACK_LINES)
    for mutate in draw(st.lists(line_mutation(), min_size=1, max_size=4)):
        lines = mutate(lines)
    data = b"\n".join(lines)
    for change in draw(st.lists(byte_mutation(), max_size=2)):
        data = change(data)
    return data


# The built-in pack, in three languages, is over 30 kB: hypothesis warns that the repr of a
# failing example that size is expensive, and that warning (an error here) would stand in for
# the failure it is about.
BIG_EXAMPLE: Final = pytest.mark.filterwarnings(
    "ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")


@BIG_EXAMPLE
@fuzz_settings(1500)
@given(mutated_pack_text())
def test_the_built_in_pack_text_with_lines_and_bytes_changed(data: bytes) -> None:
    fuzz(data)


@BIG_EXAMPLE
@fuzz_settings(300)
@given(st.integers(0, len(PACK_BYTES)))
def test_the_built_in_pack_cut_off_anywhere(offset: int) -> None:
    fuzz(PACK_BYTES[:offset])


def test_the_unchanged_built_in_pack_passes_the_same_checks() -> None:
    result = check_both_ways(PACK_BYTES)
    assert result.ok and result.problems == ()


@pytest.mark.parametrize("broken", [
    LoadResult(None, ()),  # no pack and no reason
    LoadResult(None, (Problem(SOURCE, 0, 1, "error", "", "line 0"),)),
    LoadResult(None, (Problem("other.yaml", 1, 1, "error", "", "another file"),)),
    LoadResult(None, (Problem(SOURCE, 1, 1, "warning", "", "only a warning"),)),
])
def test_the_checks_catch_a_result_that_breaks_the_promises(
        broken: LoadResult, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(globals(), "load_pack_bytes", lambda *args, **kwargs: broken)
    with pytest.raises(AssertionError):
        check(b"format: 1\n")


# -- the corpus of cases that once failed ---------------------------------------------------------

CORPUS_FILES: Final = sorted(CORPUS.glob("*.yaml"))


def test_the_corpus_is_there() -> None:
    assert CORPUS_FILES, f"no cases in {CORPUS}"


@pytest.mark.parametrize("case", CORPUS_FILES, ids=[p.name for p in CORPUS_FILES])
def test_a_case_that_once_failed(case: Path) -> None:
    check_both_ways(case.read_bytes())
