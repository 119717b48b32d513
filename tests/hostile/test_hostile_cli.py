"""Every case of the hostile corpus, through ``hipflex validate`` and ``hipflex plan``: each ends
at once with its located message, exit status 2, no traceback and no raw control character."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import CASES, Case

# What a terminal could act on: C0 controls but tab and new line, DEL, C1 controls (as UTF-8),
# and the Unicode line and paragraph separators.
RAW_CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8\xa9]")
# Generous: a case is refused in well under a second; a hang would never end.
TIMEOUT = 60


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "hipflex_desktop", *args], capture_output=True,
                          check=False, timeout=TIMEOUT)


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def case_pack(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Case, Path]:
    case: Case = request.param
    return case, case.build(tmp_path / case.name)


@pytest.mark.parametrize("command", ["validate", "plan"])
def test_a_hostile_pack_is_refused_in_words(case_pack: tuple[Case, Path], command: str) -> None:
    case, pack = case_pack
    done = run("validate", str(pack)) if command == "validate" else run("plan", "--pack",
                                                                        str(pack))
    output = done.stdout + done.stderr
    text = output.decode("utf-8")
    assert done.returncode == 2, text
    assert b"Traceback" not in output, text
    assert RAW_CONTROL.search(output) is None, text
    assert case.says in text, text
    assert text.startswith(f"{pack}:"), text  # located: the file, then line and column
    assert all(len(line) < 1000 for line in text.splitlines()), "a value was echoed whole"
