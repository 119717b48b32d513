"""scripts/run-app offers a menu entry once, from a terminal, and remembers the answer.

The script runs on a copy of the project whose set-up script and ``hipflex`` are stubs that
record their calls; a pseudo-terminal stands in for a person at the keyboard.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
QUESTION = b"Add HipFlex Desktop to your applications menu? [Y/n] "


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts" / "run-app", root / "scripts" / "run-app")
    setup = root / "scripts" / "setup-debian.sh"
    setup.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    setup.chmod(0o755)
    (root / ".venv" / "bin").mkdir(parents=True)
    hipflex = root / ".venv" / "bin" / "hipflex"
    hipflex.write_text(f'#!/bin/sh\necho "$*" >> "{root}/calls"\n', encoding="utf-8")
    hipflex.chmod(0o755)
    return root


def calls(project: Path) -> list[str]:
    path = project / "calls"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def env_for(project: Path) -> dict[str, str]:
    return {**os.environ, "XDG_DATA_HOME": str(project / "share")}


def at_terminal(project: Path, answer: bytes | None, *args: str) -> bytes:
    """Run scripts/run-app on a pseudo-terminal; type ``answer`` once the question is shown."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen([str(project / "scripts" / "run-app"), *args], stdin=follower,
                            stdout=follower, stderr=follower, env=env_for(project),
                            close_fds=True)
    os.close(follower)
    shown = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 30)
            assert ready, f"run-app wrote nothing for 30 s: {shown!r}"
            try:
                chunk = os.read(leader, 1024)
            except OSError:  # the terminal closed: run-app ended
                break
            if not chunk:
                break
            shown += chunk
            if answer is not None and shown.endswith(QUESTION):
                os.write(leader, answer)
                answer = None
    finally:
        os.close(leader)
        assert proc.wait(30) == 0
    return shown


def test_yes_installs_the_entry_and_the_question_never_comes_again(project: Path) -> None:
    shown = at_terminal(project, b"\n")  # Enter takes the default, yes
    assert shown.count(QUESTION) == 1
    assert calls(project) == ["install-desktop", ""]
    assert (project / ".venv" / "menu-entry-answer").read_text(encoding="utf-8") == "yes\n"
    shown = at_terminal(project, None, "--fullscreen")
    assert QUESTION not in shown
    assert calls(project)[-1] == "--fullscreen"


def test_no_is_remembered_too(project: Path) -> None:
    shown = at_terminal(project, b"n\n")
    assert b"Not added. 'hipflex install-desktop'" in shown
    assert calls(project) == [""]
    assert QUESTION not in at_terminal(project, None)
    assert "install-desktop" not in calls(project)


def test_without_a_terminal_nothing_is_asked_or_remembered(project: Path) -> None:
    done = subprocess.run([str(project / "scripts" / "run-app")], stdin=subprocess.DEVNULL,
                          capture_output=True, env=env_for(project), timeout=30, check=False)
    assert done.returncode == 0
    assert QUESTION not in done.stdout + done.stderr
    assert calls(project) == [""]
    assert not (project / ".venv" / "menu-entry-answer").exists()


def test_commands_without_a_window_are_not_interrupted_by_the_question(project: Path) -> None:
    shown = at_terminal(project, None, "plan")
    assert QUESTION not in shown
    assert calls(project) == ["plan"]
