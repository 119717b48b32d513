"""Messages a pack author can trust: every value echoed escaped and cut, nothing misleading, every
problem of a list or a text reported, and every kind of file name answered in words."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from hipflex_desktop.core.loader import LoadResult, load_pack

from .conftest import MINIMAL_TEXT, load_text


def edited(old: str, new: str) -> LoadResult:
    assert old in MINIMAL_TEXT
    return load_text(MINIMAL_TEXT.replace(old, new, 1))


def only_messages(result: LoadResult) -> list[str]:
    assert result.pack is None
    return [p.message for p in result.errors]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"1"', "write the format as a number, format: 1 (without quotes)"),
        ("0", "there is no pack format 0; this app reads format 1"),
        ("-3", "there is no pack format -3; this app reads format 1"),
        ("[1]", "expected the whole number 1, got a list"),
        ("1.5", "expected the whole number 1, got the number 1.5"),
        ("2", "this app reads pack format 1, got 2 (a newer app may read it)"),
    ],
)
def test_the_format_message_says_what_is_wrong(value: str, message: str) -> None:
    assert only_messages(edited("format: 1\n", f"format: {value}\n")) == [message]


def test_an_id_too_long_names_the_limit_the_docs_give() -> None:
    assert only_messages(edited("id: test-pack\n", f"id: {'a' * 64}\n")) == [
        "is 64 characters long; at most 63"]


def test_a_key_with_an_invisible_character_is_shown_with_it() -> None:
    (message,) = only_messages(edited("  sets: 1\n", '  sets: 1\n  "sets\\u200b": 1\n'))
    assert message == 'unknown key "sets\\u200b": it holds an invisible character; did you' \
                      ' mean "sets"?'


def test_a_huge_value_is_cut_in_the_message() -> None:
    result = edited("sides: alternate\n", f"sides: {'x' * 900_000}\n")
    (problem,) = result.errors
    assert len(str(problem)) < 300
    assert "(900,000 characters)" in problem.message


@pytest.mark.parametrize(("value", "shown"), [("1.0e+308", "1e+308"),
                                              ("123456789012345678901234567890", "1.23457e+29"),
                                              (".inf", "inf")])
def test_a_huge_number_is_shown_short(value: str, shown: str) -> None:
    (message,) = only_messages(edited("  rest_seconds: 10\n", f"  rest_seconds: {value}\n"))
    assert message == f"must be between 0 and 600 seconds, got {shown}"


def test_every_problem_of_one_list_is_reported() -> None:
    assert only_messages(edited("hold_range: [1.0, 2.0]", "hold_range: [0, 99]")) == [
        "must be between 0.5 and 60 seconds, got 0", "must be between 0.5 and 60 seconds, got 99"]


def test_every_problem_of_one_text_is_reported() -> None:
    messages = only_messages(edited("      - Stay tall.\n", '      - "{foo} {bar} {"\n'))
    assert messages == [
        "unbalanced { or }; placeholders look like {side}",
        "unknown placeholders {foo}, {bar}; use {side}, {Side}, {other_side} or {Other_side},"
        " or a choice such as {side:rechtes|linkes}",
    ]
    text_messages = only_messages(edited("    purpose: Drives the knee up.\n",
                                         f'    purpose: "{"y" * 170}\\x1b\\n"\n'))
    assert text_messages == [
        "is 171 characters long; at most 160",
        "must be a single line (it holds the character U+000A (\\n))",
        "holds the character U+001B (\\x1b), which a text may not hold",
    ]


def test_no_control_character_of_a_pack_reaches_a_message_raw() -> None:
    hostile = '"\\e]0;owned\\a\\e[2J\\x9b31m\\u2028"'
    for old, new in (("  sets: 1\n", f"  sets: 1\n  {hostile}: 1\n"),
                     ("  first_side: right\n", f"  first_side: {hostile}\n"),
                     ("id: test-pack\n", f"id: {hostile}\n"),
                     ("    sides: alternate\n", f"    sides: {hostile}\n")):
        result = edited(old, new)
        assert result.errors
        for problem in result.problems:
            shown = str(problem)
            assert not any(c in shown for c in "\x1b\x07\x9b\u2028\n"), shown


# -- file names of every kind ---------------------------------------------------------------------


def _load_within(path: Path | str, seconds: float = 10.0) -> LoadResult:
    """load_pack in a thread, so that a hang fails the test instead of stopping the run."""
    found: list[LoadResult] = []
    worker = threading.Thread(target=lambda: found.append(load_pack(path)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert found, f"loading {path} did not end within {seconds} s"
    return found[0]


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    assert only_messages(_load_within(fifo)) == ["this is a named pipe (FIFO), not a file"]


@pytest.mark.parametrize(("name", "message"), [
    ("/dev/null", "this is a device, not a file"),
    ("/dev/zero", "this is a device, not a file"),
    ("FOLDER", "this is a folder, not a file; give the pack's .yaml file"),
    ("pack.yaml\0.png", "the name holds a character no file name can hold (such as a NUL byte)"),
    ("x" * 256 + ".yaml", "the name is too long (at most 255 bytes for each part of a path)"),
    ("LOOP", "the name leads through a loop of symbolic links"),
    ("MISSING", "no such file"),
    ("FILE/pack.yaml", "a part of the path is a file, not a folder"),
])
def test_every_kind_of_name_is_answered_in_words(tmp_path: Path, name: str,
                                                 message: str) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "file").write_text("x")
    name = {"FOLDER": str(tmp_path), "LOOP": str(tmp_path / "loop"),
            "MISSING": str(tmp_path / "missing.yaml"),
            "FILE/pack.yaml": str(tmp_path / "file" / "pack.yaml")}.get(name, name)
    result = _load_within(name)
    assert only_messages(result) == [message]
    assert result.errors[0].line == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_pack_is_answered_in_words(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(MINIMAL_TEXT)
    pack.chmod(0)
    assert only_messages(_load_within(pack)) == ["the file cannot be read (permission denied)"]
    pack.chmod(stat.S_IRUSR | stat.S_IWUSR)
