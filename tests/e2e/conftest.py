"""End-to-end fixtures: the installed ``hipflex`` on a private Xvfb screen, driven with xdotool.

Locally, a machine without Xvfb, xdotool or ImageMagick skips these tests and says what to
install; under CI (the ``CI`` variable is set) the same absence fails them, because
``scripts/setup-debian.sh --test`` installs those tools there.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import ONE_REP_PACK, Launch, trace_of
from tests.e2e.xvfb import (
    DRIVE_TOOLS,
    PICTURE_TOOLS,
    RunningApp,
    Xvfb,
    installed_hipflex,
    missing_tools,
)

SCREEN = (1280, 800)


def require(tools: tuple[str, ...]) -> None:
    missing = missing_tools(tools)
    if not missing:
        return
    reason = (f"the end-to-end tests need {', '.join(missing)}; `scripts/setup-debian.sh --test`"
              " installs them")
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs them, so a missing tool here is a real failure)",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def hipflex() -> str:
    exe = installed_hipflex()
    if exe is None:
        pytest.fail("the `hipflex` console script is not installed next to this Python"
                    " (pip install -e . installs it)", pytrace=False)
    return exe


@pytest.fixture(scope="session")
def xvfb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Xvfb]:
    require(DRIVE_TOOLS + PICTURE_TOOLS)
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    with Xvfb(SCREEN, log=log) as server:
        yield server


@pytest.fixture
def launch(xvfb: Xvfb, hipflex: str, tmp_path: Path) -> Iterator[Launch]:
    """``launch(*args)``: start ``hipflex --data-dir TMP --trace TMP/trace.jsonl *args`` and
    return once its window is mapped and painted. Every app started is ended at teardown."""
    started: list[RunningApp] = []

    def start(*args: str) -> RunningApp:
        n = len(started)
        data = tmp_path / f"data-{n}"
        data.mkdir()
        trace = data / "trace.jsonl"
        app = RunningApp(xvfb, [hipflex, "--data-dir", str(data), "--trace", str(trace), *args],
                         trace=trace, log=tmp_path / f"app-{n}.log")
        started.append(app.start())
        app.wait_window()
        trace_of(app).wait_event("window_shown")
        return app

    yield start
    for app in started:
        app.stop()


@pytest.fixture
def one_rep_pack(tmp_path: Path, hipflex: str) -> Path:
    path = tmp_path / "one-rep.yaml"
    path.write_text(ONE_REP_PACK, encoding="utf-8")
    checked = subprocess.run([hipflex, "validate", str(path)], capture_output=True, text=True,
                             check=False, timeout=30)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok:" in checked.stdout
    return path
