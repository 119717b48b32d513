"""Every file of the shared YAML test suite through ``hipflex validate``.

None of them is a pack, so each must be refused or (never, in practice) accepted cleanly: exit
0 or 2, every stderr line a located problem, no traceback, within a second each.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hipflex_desktop import cli
from tests.cpu_time import children_cpu_seconds, cpu_seconds

SUITE = Path(__file__).resolve().parents[2].parent / "shared" / "yaml-test-suite"
if not SUITE.is_dir():
    pytest.skip(f"the YAML test suite is not at {SUITE} (it lives in the shared folder beside"
                " the repository)", allow_module_level=True)

FILES = sorted(p for p in SUITE.iterdir() if p.is_file())
PROBLEM_LINE = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")
TIME_BOUND = 1.0
REPO = Path(__file__).resolve().parents[2]


def check_output(file: Path, code: int, stdout: str, stderr: str) -> None:
    assert code in (0, 2), f"{file.name}: exit {code}"
    assert "Traceback" not in stderr and "Traceback" not in stdout
    lines = stderr.splitlines()
    for line in lines:
        assert PROBLEM_LINE.match(line), f"{file.name}: {line!r}"
        assert line.startswith(f"{file}:")
    if code == 0:
        assert stdout.startswith(f"ok: {file}: ")
        assert not any(": error: " in line for line in lines)
    else:
        assert stdout == ""
        assert any(": error: " in line for line in lines)


def test_the_suite_is_there() -> None:
    assert len(FILES) > 300
    assert any(f.name.endswith(".error.yaml") for f in FILES)


@pytest.mark.parametrize("file", FILES, ids=[f.name for f in FILES])
def test_validate_in_process(file: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    start = cpu_seconds()
    code = cli.run(["validate", str(file)], out, err)
    elapsed = cpu_seconds() - start
    check_output(file, code, out.getvalue(), err.getvalue())
    assert elapsed < TIME_BOUND, f"{elapsed:.3f} s"


# Every 25th file, plus the ones whose keys hold line breaks and tabs.
SAMPLE = sorted({*FILES[::25], *(f for f in FILES if f.name in {"5WE3.ok.yaml",
                                                                 "6SLA.ok.yaml"})})


@pytest.mark.parametrize("file", SAMPLE, ids=[f.name for f in SAMPLE])
def test_validate_as_a_whole_process(file: Path) -> None:
    start = children_cpu_seconds()
    done = subprocess.run(
        [sys.executable, "-m", "hipflex_desktop", "validate", str(file)],
        capture_output=True, text=True, timeout=30, cwd=REPO, check=False,
    )
    elapsed = children_cpu_seconds() - start
    check_output(file, done.returncode, done.stdout, done.stderr)
    # The whole process's CPU time, Python's start-up included.
    assert elapsed < TIME_BOUND, f"{elapsed:.3f} s"
