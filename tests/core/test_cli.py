"""``hipflex validate`` and ``hipflex plan``: in-process through cli.run, and as real processes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hipflex_desktop import cli
from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.model import Level, Side
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.resources import builtin_pack_path

from .conftest import (
    MINIMAL_TEXT,
    exercise_data,
    pack_data,
    phase_data,
    variant_data,
)

REPO = Path(__file__).resolve().parents[2]
PROBLEM_LINE = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")
JSON_KEYS = {"index", "exercise", "exercise_name", "variant", "side", "rep", "phase", "text",
             "seconds"}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def good(write_pack: Callable[..., Path]) -> Path:
    easier = variant_data("Wall", phases=[phase_data("move", "Small {side} lift.", 2),
                                          phase_data("return", "Down.", 2)])
    return write_pack(pack_data([
        exercise_data("march", variants={"easier": easier}),
        exercise_data("bridge", sides="none"),
    ], reps_per_side=2, sets=1, rest_seconds=10, lead_in_seconds=5), "good.yaml")


@pytest.fixture
def bad(write_pack: Callable[..., Path]) -> Path:
    text = MINIMAL_TEXT.replace("  sets: 1\n", "  sets: 0\n").replace(
        "title: Test pack\n", "titel: Test pack\n")
    return write_pack(text, "bad.yaml")


# -- validate -----------------------------------------------------------------------------------


def test_validate_a_good_pack(good: Path) -> None:
    code, out, err = run("validate", str(good))
    assert code == 0
    assert out == f"ok: {good}: test-pack 1.0.0, 2 exercise(s)\n"
    assert err == ""


def test_validate_a_bad_pack_prints_located_errors(bad: Path) -> None:
    code, out, err = run("validate", str(bad))
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines == [
        f'{bad}:1:1: error: missing required key "title"',
        f'{bad}:3:1: error: titel: unknown key "titel"; did you mean "title"? (allowed here:'
        " format, id, title, version, language, author, licence, introduction, defaults,"
        " exercises, languages)",
        f"{bad}:11:9: error: defaults.sets: must be between 1 and 10, got 0",
    ]


def test_validate_several_files_in_one_run(good: Path, bad: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    code, out, err = run("validate", str(good), str(bad), str(missing), str(good))
    assert code == 2
    assert out.splitlines() == [f"ok: {good}: test-pack 1.0.0, 2 exercise(s)"] * 2
    assert f"{missing}:1:1: error: no such file" in err.splitlines()
    assert sum(line.startswith(f"{bad}:") for line in err.splitlines()) == 3
    assert all(PROBLEM_LINE.match(line) for line in err.splitlines())


def test_validate_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert run("validate", str(missing)) == (2, "", f"{missing}:1:1: error: no such file\n")


def test_validate_with_warnings_exits_0(write_pack: Callable[..., Path]) -> None:
    text = MINIMAL_TEXT.replace(
        "        text: Hold.\n",
        "        text: Hold.\n        say: Hold it right there and keep on breathing.\n")
    file = write_pack(text)
    code, out, err = run("validate", str(file))
    assert code == 0
    assert out == f"ok: {file}: test-pack 1.0.0, 1 exercise(s), 1 warning(s)\n"
    (line,) = err.splitlines()
    assert line.startswith(f"{file}:30:9: warning: exercises[0].phases[1]: ")


def test_validate_without_a_file_checks_the_built_in_pack() -> None:
    code, out, err = run("validate")
    expected = load_pack(builtin_pack_path())
    assert code == (0 if expected.ok else 2)
    if expected.ok:
        assert out.startswith(f"ok: {builtin_pack_path()}: hip-flexors ")
    assert len(err.splitlines()) == len(expected.problems)


# -- plan ---------------------------------------------------------------------------------------


def test_plan_table(good: Path) -> None:
    code, out, err = run("plan", "--pack", str(good))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    session_plan = plan(load_pack(good).pack)  # type: ignore[arg-type]
    assert lines[0] == "Test pack (test-pack 1.0.0)"
    assert lines[1].split() == ["#", "at", "exercise", "variant", "side", "set", "rep", "phase",
                                "sec", "text"]
    assert set(lines[2]) == {"-"}
    rows = lines[3:-1]
    assert len(rows) == len(session_plan.segments)
    for row, seg in zip(rows, session_plan.segments, strict=True):
        assert row.split()[0] == str(seg.index)
        assert seg.kind.value in row.split()
        assert row.endswith(seg.text)
    assert rows[1].split()[:9] == ["1", "0:05", "March", "standard", "right", "1", "1", "move",
                                   "2"]
    total = session_plan.total_seconds
    assert lines[-1] == (f"Total: {int(total // 60)}:{round(total % 60):02d} "
                         f"({len(session_plan.segments)} steps)")


def test_plan_json_one_object_per_segment(good: Path) -> None:
    code, out, _ = run("plan", "--pack", str(good), "--json")
    assert code == 0
    objects = [json.loads(line) for line in out.splitlines()]
    segments = plan(load_pack(good).pack).segments  # type: ignore[arg-type]
    assert len(objects) == len(segments)
    for obj, seg in zip(objects, segments, strict=True):
        assert obj.keys() >= JSON_KEYS
        assert obj["index"] == seg.index
        assert obj["exercise"] == seg.exercise_id
        assert obj["exercise_name"] == seg.exercise_name
        assert obj["variant"] == seg.variant.value
        assert obj["side"] in ("right", "left", None)
        assert obj["side"] == (None if seg.side is None else seg.side.value)
        assert (obj["rep"], obj["phase"], obj["text"], obj["seconds"]) == (
            seg.rep, seg.kind.value, seg.text, seg.seconds)
    assert {o["side"] for o in objects if o["exercise"] == "bridge"} == {None}


def test_plan_options_reach_the_plan(good: Path) -> None:
    code, out, _ = run("plan", "--pack", str(good), "--json", "--variant", "march=easier",
                       "--reps", "3", "--sets", "2", "--hold", "1.25", "--rest", "0",
                       "--first-side", "left", "--exercise", "march")
    assert code == 0
    objects = [json.loads(line) for line in out.splitlines()]
    assert {o["variant"] for o in objects} == {"easier"}
    assert {o["exercise"] for o in objects} == {"march"}
    assert max(o["rep"] for o in objects) == 3
    assert {o["set"] for o in objects} == {1, 2}
    assert "rest" not in {o["phase"] for o in objects}
    assert objects[1]["side"] == "left"
    assert objects[1]["text"] == "Small left lift."
    expected = plan(load_pack(good).pack, PlanOptions(  # type: ignore[arg-type]
        exercises=("march",), variants={"march": Level.EASIER}, reps_per_side=3, sets=2,
        hold_seconds=1.25, rest_seconds=0, first_side=Side.LEFT))
    assert len(objects) == len(expected.segments)


def test_plan_hold_seconds(good: Path) -> None:
    code, out, _ = run("plan", "--pack", str(good), "--json", "--hold", "1.75")
    assert code == 0
    holds = {json.loads(line)["seconds"] for line in out.splitlines()
             if json.loads(line)["phase"] == "hold"}
    assert holds == {1.75}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--variant", "plank=harder"], "hipflex plan: error: no exercise 'plank' in this pack"),
        (["--variant", "bridge=easier"], "hipflex plan: error: bridge has no easier variant"),
        (["--exercise", "plank"], "hipflex plan: error: no exercise 'plank'"),
        (["--reps", "0"], "hipflex plan: error: reps per side must be between 1 and 50"),
        (["--hold", "9"], "hipflex plan: error: hold seconds must be between 1 and 2"),
        (["--rest", "-1"], "hipflex plan: error: rest seconds must be between 0 and 600"),
    ],
)
def test_plan_with_options_the_pack_cannot_honour(good: Path, args: list[str],
                                                  message: str) -> None:
    code, out, err = run("plan", "--pack", str(good), *args)
    assert (code, out) == (2, "")
    assert err.startswith(message)


def test_plan_with_a_bad_pack_prints_its_errors(bad: Path) -> None:
    code, out, err = run("plan", "--pack", str(bad))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 3
    assert all(PROBLEM_LINE.match(line) for line in err.splitlines())


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["plan", "--variant", "march=medium"],
        ["plan", "--variant", "march"],
        ["plan", "--reps", "many"],
        ["plan", "--hold"],
        ["plan", "--first-side", "middle"],
        ["plan", "--sides", "none"],
        ["validate", "--strict"],
    ],
    ids=["no-command", "unknown-command", "bad-level", "no-level", "reps-not-a-number",
         "hold-without-value", "bad-first-side", "bad-sides", "unknown-flag"],
)
def test_wrong_arguments_give_usage_and_exit_2(argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: hipflex")
    assert "error: " in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run("--version")
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("hipflex ")
    with pytest.raises(SystemExit) as info:
        run("plan", "--help")
    assert info.value.code == 0
    assert "--variant EXERCISE=LEVEL" in capsys.readouterr().out


def test_format_duration() -> None:
    assert cli.format_duration(0) == "0:00"
    assert cli.format_duration(59.4) == "0:59"
    assert cli.format_duration(61) == "1:01"
    assert cli.format_duration(3725) == "1:02:05"


# -- real processes -------------------------------------------------------------------------------


def python_m(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hipflex_desktop", *argv], capture_output=True,
                          text=True, timeout=60, cwd=REPO, check=False)


def test_validate_as_a_process(good: Path, bad: Path) -> None:
    done = python_m("validate", str(good), str(bad))
    assert done.returncode == 2
    assert done.stdout.startswith(f"ok: {good}: ")
    assert all(PROBLEM_LINE.match(line) for line in done.stderr.splitlines())
    assert "Traceback" not in done.stderr


def test_wrong_arguments_as_a_process() -> None:
    done = python_m("plan", "--reps", "lots")
    assert done.returncode == 2
    assert done.stderr.startswith("usage: hipflex plan")
    assert "invalid int value: 'lots'" in done.stderr


def test_plan_piped_into_a_closed_pipe_ends_quietly(good: Path) -> None:
    script = (
        "import subprocess, sys\n"
        f"p = subprocess.Popen([sys.executable, '-m', 'hipflex_desktop', 'plan', '--pack',"
        f" {str(good)!r}, '--reps', '50', '--sets', '10'], stdout=subprocess.PIPE,"
        " stderr=subprocess.PIPE)\n"
        "p.stdout.readline(); p.stdout.close()\n"
        "err = p.stderr.read().decode(); p.wait()\n"
        "print(p.returncode); print(repr(err))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, cwd=REPO, check=False)
    assert done.stdout.splitlines() == ["0", "''"], done.stdout


def test_the_command_line_never_imports_qt() -> None:
    code = (
        "import hipflex_desktop.cli, hipflex_desktop.core.session, hipflex_desktop.__main__\n"
        "import hipflex_desktop.core.loader, hipflex_desktop.core.plan\n"
        "import sys\n"
        "assert not any(m.startswith('PySide6') or m.startswith('shiboken6')"
        " for m in sys.modules), sorted(m for m in sys.modules if 'PySide' in m)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr


def test_running_validate_imports_no_qt(good: Path) -> None:
    code = (
        "import sys, io\n"
        "from hipflex_desktop.__main__ import main\n"
        f"rc = main(['validate', {str(good)!r}])\n"
        "assert rc == 0\n"
        f"rc = main(['plan', '--pack', {str(good)!r}])\n"
        "assert rc == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr


# -- languages ----------------------------------------------------------------------------------


def test_plan_in_german_shows_and_says_the_german_texts() -> None:
    code, out, err = run("plan", "--language", "de", "--exercise", "banded-psoas-march",
                         "--reps", "1", "--sets", "1")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Starke Hüftbeuger für Läuferinnen und Läufer (hip-flexors ")
    rows = lines[3:-1]
    assert rows[0].split()[2:5] == ["Psoas-Marsch", "mit", "Band"]
    assert rows[1].endswith("Zieh das rechte Knie gegen das Band hoch, bis der Oberschenkel"
                            " parallel zum Boden ist.")
    assert rows[4].endswith("Zieh das linke Knie gegen das Band hoch, bis der Oberschenkel"
                            " parallel zum Boden ist.")


def test_plan_in_german_names_each_ladder_step_in_german() -> None:
    code, out, err = run("plan", "--language", "de", "--step", "seated-leg-lifts=4")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:4] == [
        "Psoas-Marsch mit Band: Schritt 2 von 8 (Standard, 8 Wiederholungen pro Seite,"
        " 1,5 s halten)",
        "Beinheben im Sitzen: Schritt 4 von 4 (Standard, 10 Wiederholungen pro Seite)",
        "Brückenmarsch mit erhöhten Fersen: Schritt 5 von 7 (Standard, 8 Wiederholungen pro"
        " Seite, 1,5 s halten)",
    ]


@pytest.mark.parametrize(("language", "right", "left"), [
    ("de", "Rechtes Knie hoch.", "Linkes Knie hoch."),
    ("de_AT.UTF-8", "Rechtes Knie hoch.", "Linkes Knie hoch."),
    ("es", "Rodilla derecha arriba.", "Rodilla izquierda arriba."),
    ("en", "Right knee up.", "Left knee up."),
    ("fr", "Right knee up.", "Left knee up."),  # no French: the pack's own language
])
def test_plan_json_speaks_the_language(language: str, right: str, left: str) -> None:
    code, out, err = run("plan", "--language", language, "--json", "--exercise",
                         "banded-psoas-march", "--reps", "1", "--sets", "1")
    assert (code, err) == (0, "")
    moves = [json.loads(line) for line in out.splitlines()]
    says = [(m["side"], m["say"]) for m in moves if m["phase"] == "move"]
    assert says == [("right", right), ("left", left)]


def test_plan_refuses_a_language_that_is_no_code() -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("plan", "--language", "Deutsch!")
    assert exit_info.value.code == 2


def test_validate_warns_about_texts_missing_in_a_listed_language(
        write_pack: Callable[..., Path]) -> None:
    data = pack_data([exercise_data("march")])
    data["languages"] = ["en", "de"]
    data["title"] = {"en": "Test pack", "de": "Testpaket"}
    file = write_pack(data, "partly.yaml")
    code, out, err = run("validate", str(file))
    assert code == 0
    warnings = err.splitlines()
    assert warnings and all(PROBLEM_LINE.match(w) and ": warning: " in w for w in warnings)
    assert not any(": title: " in w for w in warnings)  # the title is in German too
    assert f"{file}:" in warnings[0] and "introduction: no de text" in warnings[0]
    assert out == f"ok: {file}: test-pack 1.0.0, 1 exercise(s), {len(warnings)} warning(s)\n"
    code, out, err = run("validate", "--require-language", "de", str(file))
    assert code == 2 and out == ""
    assert [line.replace(": error: ", ": warning: ").replace(
        " (required by --require-language de)",
        ", though the pack lists de in languages: (it shows in en instead)")
        for line in err.splitlines()] == warnings


def test_validate_requires_every_language_asked_for() -> None:
    code, out, err = run("validate", "--require-language", "de", "--require-language", "es")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ")
    code, out, err = run("validate", "--require-language", "fr")
    assert code == 2
    assert all(": error: " in line and line.endswith("no fr text (required by"
                                                     " --require-language fr)")
               for line in err.splitlines())


# -- nothing raw to the terminal ------------------------------------------------------------------

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def test_plan_prints_nothing_raw_even_from_a_text_that_holds_controls() -> None:
    """The loader refuses control characters; the table is still printed through an escape, so
    that a pack read by other means (or a future field) can never write raw to a terminal."""
    from dataclasses import replace

    pack = load_pack(builtin_pack_path()).pack
    assert pack is not None
    session_plan = plan(pack, PlanOptions())
    hostile = replace(session_plan, segments=tuple(
        replace(s, text=s.text + "\x1b[2J\x07\x9b31m\u2028", exercise_name="\x1b]0;x\x07")
        for s in session_plan.segments))
    out = io.StringIO()
    cli.print_table(replace(pack, title=replace(pack.title, text="T\x1b[2J")), hostile, out)
    printed = out.getvalue()
    assert RAW.search(printed.replace("\n", "")) is None
    assert "\\x1b[2J\\x07\\x9b31m\\u2028" in printed


def test_plan_json_escapes_what_a_terminal_could_act_on_and_keeps_letters() -> None:
    line = cli.json_line({"text": "Genou lev\xe9\x1b[2J\x9b\u2028\x7f"})
    assert RAW.search(line) is None
    assert "lev\xe9" in line
    assert json.loads(line) == {"text": "Genou lev\xe9\x1b[2J\x9b\u2028\x7f"}


def test_the_collector_is_back_on_after_a_command_and_after_help(
        good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The entry point turns the cyclic collector off for the window's start-up; whatever
    # path it takes out, the collector must be on again.
    import gc

    from hipflex_desktop.__main__ import main

    assert main(["validate", str(good)]) == 0
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--help"])  # the window's options, before Qt
    assert gc.isenabled()
    assert "usage" in capsys.readouterr().out
