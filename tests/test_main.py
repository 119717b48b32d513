"""``hipflex`` itself: --version, and the speech worker a one-file bundle starts itself as."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from hipflex_desktop import __version__
from hipflex_desktop.cues import speech
from hipflex_desktop.versions import version_text


def test_version_names_the_app_qt_pyside_python_and_the_c_library() -> None:
    done = subprocess.run([sys.executable, "-m", "hipflex_desktop", "--version"],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "DISPLAY": "", "QT_QPA_PLATFORM": ""})
    assert done.returncode == 0, done.stderr
    app, qt, python, system = done.stdout.splitlines()
    assert app == f"HipFlex Desktop {__version__}"
    assert qt == "Qt 6.11.3 (PySide6 6.11.3)"
    assert python == f"Python {sys.version.split()[0]} ({sys.executable})"
    assert system.startswith("Linux ") and "glibc 2." in system
    assert done.stderr == ""


def test_version_without_a_loadable_qt_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)  # import PySide6 raises ImportError
    lines = version_text().splitlines()
    assert lines[0] == f"HipFlex Desktop {__version__}"
    assert lines[1].startswith("Qt: cannot be loaded (")


def test_a_bundle_runs_its_speech_worker_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    assert speech.worker_command() == [sys.executable, "-m",
                                       "hipflex_desktop.cues.speech_worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert speech.worker_command() == [sys.executable, speech.WORKER_ARGUMENT]


def test_the_worker_argument_makes_hipflex_the_speech_worker() -> None:
    commands = '{"cmd": "ping", "id": 7}\n{"cmd": "quit"}\n'
    done = subprocess.run([sys.executable, "-m", "hipflex_desktop", speech.WORKER_ARGUMENT,
                           "--engine", "mock"], input=commands, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert replies[0]["event"] == "ready" and replies[0]["engine"] == "mock"
    assert {"event": "pong", "id": 7} in replies
