"""The bounded YAML reader: located nodes, and hostile files that must fail fast and cleanly.

Every hostile file goes through the real loader (``load_pack`` on a file in tmp_path), must give
exactly one located error with a clear message, finish within a second (a bound on a hang, not a
speed target) and stay under 50 MB of traced memory.
"""

from __future__ import annotations

import codecs
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from hipflex_desktop.core import yamltree
from hipflex_desktop.core.loader import LoadResult, load_pack
from hipflex_desktop.core.yamltree import Node, YamlError, decode, parse
from tests.cpu_time import cpu_seconds

from .conftest import MINIMAL_TEXT

TIME_BOUND = 1.0  # seconds of CPU
MEMORY_BOUND = 50 * 1024 * 1024  # bytes, tracemalloc peak


# -- the tree -----------------------------------------------------------------------------------


def test_nodes_carry_one_based_line_and_column() -> None:
    root = parse("a: 1\nbb:\n  - x\n  - {c: y}\n")
    assert (root.kind, root.line, root.column) == ("map", 1, 1)
    (a_key, a_value), (b_key, b_value) = root.items
    assert (a_key.value, a_key.line, a_key.column) == ("a", 1, 1)
    assert (a_value.value, a_value.line, a_value.column) == (1, 1, 4)
    assert (b_key.line, b_key.column) == (2, 1)
    assert b_value.kind == "seq"
    assert [(c.line, c.column) for c in b_value.children] == [(3, 5), (4, 5)]
    inner = b_value.children[1]
    assert inner.kind == "map"
    assert (inner.items[0][1].value, inner.items[0][1].line, inner.items[0][1].column) == (
        "y", 4, 9)


def test_scalars_follow_the_safe_schema_and_remember_quotes() -> None:
    root = parse("a: yes\nb: 'yes'\nc: 1.5\nd: ~\ne: \"7\"\nf: 0x1F\n")
    values = {k.value: v for k, v in root.items}
    assert values["a"].value is True and not values["a"].quoted
    assert values["b"].value == "yes" and values["b"].quoted
    assert values["c"].value == 1.5
    assert values["d"].value is None
    assert values["e"].value == "7" and values["e"].quoted
    assert values["f"].value == 31
    assert values["f"].text == "0x1F"


def test_duplicate_keys_are_kept_for_the_loader_to_report() -> None:
    root = parse("a: 1\nb: 2\na: 3\n")
    assert [(k.value, v.value, k.line) for k, v in root.items] == [
        ("a", 1, 1), ("b", 2, 2), ("a", 3, 3)]


def test_an_alias_is_the_same_node_and_counts_its_expanded_weight() -> None:
    root = parse("a: &x [1, 2, 3]\nb: *x\n")
    first, second = root.items[0][1], root.items[1][1]
    assert second is first
    # root + 2 keys + (list + 3 items) twice
    assert first.weight == 4
    assert root.weight == 1 + 2 + 4 + 4


@pytest.mark.parametrize(
    ("text", "type_name"),
    [("a: 1", "the number 1"), ("a: true", "the boolean true"), ("a: ~", "nothing (null)"),
     ("a: x", "a string"), ("a: [1]", "a list"), ("a: {b: 1}", "a mapping"),
     ("a: 2024-01-01", "a date")],
)
def test_type_names_for_messages(text: str, type_name: str) -> None:
    assert parse(text).items[0][1].type_name == type_name


def test_decode_strips_a_utf8_bom_and_keeps_the_text() -> None:
    assert decode(codecs.BOM_UTF8 + "a: café\n".encode()) == "a: café\n"


def test_decode_accepts_tabs_and_crlf() -> None:
    assert decode(b"a: 1\r\nb:\t2\r\n") == "a: 1\r\nb:\t2\r\n"


def test_parse_error_is_located() -> None:
    with pytest.raises(YamlError) as info:
        parse("a: [1, 2\n")
    assert (info.value.line, info.value.column) == (2, 1)
    assert info.value.message.startswith("not valid YAML")


# -- hostile files ------------------------------------------------------------------------------


def _alias_bomb() -> str:
    """The 'billion laughs': nine levels of nine aliases each (9**9 values once expanded)."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        name, prev = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "\n".join(lines) + "\n"


def _nested_wide() -> str:
    """Lists inside lists, each under the expanded-size bound on its own but far over it
    together: the reader must stop once the whole document passes the bound, not only when one
    list does."""
    per_level = yamltree.MAX_EXPANDED_NODES * 3 // 4
    return "[" + ("1," * per_level + "[") * 3 + "1" + "]" * 4 + "\n"


class Hostile(NamedTuple):
    case_id: str
    data: bytes
    message: str  # a fragment of the one error message
    where: tuple[int, int | None] | None  # its line and column, where they are exact


MiB = yamltree.MAX_BYTES

HOSTILE: list[Hostile] = [
    Hostile("over-1-mib", b"a: " + b"x" * MiB + b"\n", "1 MiB", (1, 1)),
    Hostile("exactly-one-byte-over", b"#" * (MiB + 1), "1 MiB", (1, 1)),
    Hostile("10000-open-brackets", b"[" * 10_000, "nesting", (1, None)),
    Hostile("10000-brackets-on-lines", b"[\n" * 10_000, "nesting deeper than 32", (33, 1)),
    Hostile("deep-flow-mappings", b"{a: " * 10_000, "nesting deeper than 32", (1, 129)),
    Hostile("deep-block-sequences", b"- " * 10_000 + b"x\n", "nesting deeper than 32", (1, 65)),
    Hostile("deep-block-mappings",
            "".join(" " * i + "a:\n" for i in range(1_000)).encode(),
            "nesting deeper than 32", (33, 33)),
    Hostile("billion-laughs", _alias_bomb().encode(), "more than", None),
    Hostile("alias-fan-out",
            ("a: &a [" + ", ".join(["1"] * 1000) + "]\nb: ["
             + ", ".join(["*a"] * 199) + "]\n").encode(), "more than", None),
    Hostile("too-many-aliases",
            ("a: &x 1\nb: [" + ", ".join(["*x"] * 201) + "]\n").encode(),
            "more than 200 aliases", (2, 805)),
    Hostile("self-referencing-list", b"a: &x [1, *x]\n", "alias *x refers to a node that"
            " contains it", (1, 11)),
    Hostile("self-referencing-map", b"a: &x {b: {c: *x}}\n", "alias *x refers to a node that"
            " contains it", (1, 15)),
    Hostile("undefined-alias", b"a: *nope\n", "alias *nope has no anchor", (1, 4)),
    Hostile("png-bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", (1, 1)),
    Hostile("random-binary", bytes(range(256)) * 64, "byte 0x80 is not UTF-8", (2, 118)),
    Hostile("nul-byte", b"format: 1\nid: a\x00b\n", "U+0000", (2, 6)),
    Hostile("delete-char", b"a: b\x7f\n", "U+007F", (1, 5)),
    Hostile("latin-1", "format: 1\nauthor: Zoë Müller\n".encode("latin-1"), "not UTF-8",
            (2, 11)),
    Hostile("utf-16-with-bom", MINIMAL_TEXT.encode("utf-16"), "UTF-16", (1, 1)),
    Hostile("utf-16-be-with-bom", codecs.BOM_UTF16_BE + MINIMAL_TEXT.encode("utf-16-be"),
            "UTF-16", (1, 1)),
    Hostile("utf-32-with-bom", MINIMAL_TEXT.encode("utf-32"), "UTF-32", (1, 1)),
    Hostile("two-documents", b"a: 1\n---\nb: 2\n", "single YAML document", (2, 1)),
    Hostile("two-explicit-documents", b"---\na: 1\n...\n---\nb: 2\n", "single YAML document",
            (4, 1)),
    Hostile("python-tag-on-a-map", b"!!python/object:os.Fake {a: 1}\n", "not allowed",
            (1, 1)),
    Hostile("python-name-tag", b"a: !!python/name:os.system\n", "not allowed", (1, 4)),
    Hostile("local-tag", b"a: !thing 1\n", "tag !thing is not allowed", (1, 4)),
    Hostile("binary-tag", b"a: !!binary aGVsbG8=\n", "not allowed", (1, 4)),
    Hostile("set-tag", b"a: !!set {x, y}\n", "not allowed", (1, 4)),
    Hostile("merge-key", b"base: &b {x: 1}\nother:\n  <<: *b\n", "merge keys", (3, 3)),
    Hostile("complex-key", b"? [a, b]\n: c\n", "plain word", (1, 3)),
    Hostile("empty-file", b"", "empty", (1, 1)),
    Hostile("only-a-comment", b"# nothing here\n", "empty", (1, 1)),
    Hostile("1-mib-of-list-items", b"- x\n" * (MiB // 4 - 1), "more than", None),
    Hostile("1-mib-flow-list", b"[" + b"1," * (MiB // 2 - 2) + b"]", "more than", None),
    Hostile("1-mib-of-duplicate-keys", b"a: 1\n" * (MiB // 5), "more than", None),
    Hostile("lists-in-lists-each-under-the-bound", _nested_wide().encode(), "more than", None),
]


def test_the_expanded_size_is_bounded_for_the_whole_document() -> None:
    text = _nested_wide()
    with pytest.raises(YamlError) as info:
        parse(text)
    assert "more than" in info.value.message
    # Stopped while reading the second level, long before the first list closes at the end.
    assert info.value.column < len(text) // 2


def _measure(load: Callable[[], LoadResult]) -> tuple[LoadResult, float, int]:
    start = cpu_seconds()
    result = load()
    elapsed = cpu_seconds() - start
    tracemalloc.start()
    try:
        load()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, elapsed, peak


@pytest.mark.parametrize("case", HOSTILE, ids=[c.case_id for c in HOSTILE])
def test_hostile_file_fails_fast_and_cleanly(case: Hostile, tmp_path: Path) -> None:
    file = tmp_path / "hostile.yaml"
    file.write_bytes(case.data)
    result, elapsed, peak = _measure(lambda: load_pack(file))
    assert result.pack is None
    assert len(result.errors) == 1, [str(p) for p in result.problems]
    error = result.errors[0]
    assert case.message in error.message
    assert "Traceback" not in error.message
    if case.where is not None:
        line, column = case.where
        assert error.line == line
        if column is not None:
            assert error.column == column
    assert str(error).startswith(f"{file}:{error.line}:{error.column}: error: ")
    assert elapsed < TIME_BOUND, f"{elapsed:.3f} s"
    assert peak < MEMORY_BOUND, f"{peak / 1e6:.1f} MB"


def test_a_tag_that_would_run_a_command_runs_nothing(tmp_path: Path) -> None:
    created = tmp_path / "created-by-the-pack"
    commands = [
        f"!!python/object/apply:os.system ['touch {created}']",
        f"!!python/object/apply:subprocess.call [['touch', '{created}']]",
        f"!!python/object/new:subprocess.Popen [['touch', '{created}']]",
    ]
    for number, command in enumerate(commands):
        file = tmp_path / f"pack-{number}.yaml"
        file.write_text(MINIMAL_TEXT.replace("author: Test author", f"author: {command}"))
        result = load_pack(file)
        assert result.pack is None
        assert [(p.line, p.column) for p in result.errors] == [(6, 9)]
        assert "is not allowed in a pack" in result.errors[0].message
        assert "python/object" in result.errors[0].message
    assert not created.exists()


def test_a_python_tag_at_the_top_runs_nothing(tmp_path: Path) -> None:
    created = tmp_path / "created"
    file = tmp_path / "pack.yaml"
    file.write_text(f"!!python/object/apply:os.system\nargs: ['touch {created}']\n")
    result = load_pack(file)
    assert result.pack is None
    assert "not allowed" in result.errors[0].message
    assert not created.exists()


def test_a_pack_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    padding = MiB - len(MINIMAL_TEXT.encode()) - 1
    text = MINIMAL_TEXT + "#" * padding + "\n"
    assert len(text.encode()) == MiB
    file = tmp_path / "pack.yaml"
    file.write_text(text)
    result = load_pack(file)
    assert result.ok, [str(p) for p in result.problems]


def test_text_given_as_str_is_bounded_too() -> None:
    from hipflex_desktop.core.loader import load_pack_bytes

    result = load_pack_bytes("a: " + "é" * (MiB // 2))
    assert result.pack is None
    assert "1 MiB" in result.errors[0].message


def test_node_is_a_plain_located_value() -> None:
    node = Node("scalar", 3, 7, value="x", text="x")
    assert node.type_name == "a string"
    assert (node.line, node.column, node.weight) == (3, 7, 1)
