"""The one-file bundle (scripts/build-bundle's dist/hipflex) does what the installed app does.

It runs with nothing of this checkout or its virtual environment: from an empty folder, with a
PATH that has no Python, its own cache folder (so its first start unpacks). It prints its
versions, validates and plans exactly as the installed ``hipflex`` does, refuses hostile packs
with the same exit code and the same words, paints its window, runs a short session speaking
through the ``mock`` engine (its speech worker is the bundle started again), and writes a menu
entry that starts the bundle file itself.

``scripts/test`` builds the bundle when it is missing or older than the sources, so under CI
these tests always run; run alone without a bundle they are skipped with the command to build it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.helpers import ONE_REP_PACK, settled_shot, trace_of
from tests.e2e.test_pages import drawn
from tests.e2e.xvfb import RunningApp, Xvfb

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("HIPFLEX_BUNDLE_FILE", REPO / "dist" / "hipflex"))
SOURCES = (REPO / "hipflex_desktop", REPO / "resources", REPO / "packaging")

HOSTILE_PACKS = {
    # Nested aliases: a few hundred bytes that would expand to a billion nodes.
    "aliases.yaml": "format: 1\n" + "".join(
        f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" if i else "l0: &l0 [x, x, x]\n"
        for i in range(9)) + "id: *l8\n",
    # A picture outside the pack's folder.
    "escape.yaml": ONE_REP_PACK.replace(
        "    purpose: Lifts each knee in turn.\n",
        "    purpose: Lifts each knee in turn.\n    picture: ../../../../etc/passwd\n"),
    # Not text at all.
    "binary.yaml": "\x00\x01\x02\xff\xfe garbage \x00" * 40,
    # A Python object tag, which a careless loader would construct.
    "tag.yaml": "format: 1\nid: !!python/object/apply:os.system ['echo owned']\n",
}


def newest_source() -> float:
    return max(p.stat().st_mtime for folder in SOURCES for p in folder.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def bundle() -> Path:
    problem = ""
    if not BUNDLE.is_file():
        problem = f"no bundle at {BUNDLE}"
    elif BUNDLE.stat().st_mtime < newest_source():
        problem = f"{BUNDLE} is older than the sources"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"{problem}: scripts/test builds it (scripts/build-bundle)",
                        pytrace=False)
        pytest.skip(f"{problem}: scripts/build-bundle builds it")
    return BUNDLE


@pytest.fixture(scope="module")
def bare_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """No Python on PATH, no virtual environment, a cache folder of the bundle's own."""
    home = tmp_path_factory.mktemp("home")
    # The system's programs, every Python left out.
    no_python = tmp_path_factory.mktemp("bin")
    for folder in (Path("/usr/bin"), Path("/usr/local/bin")):
        for program in folder.iterdir() if folder.is_dir() else ():
            target = no_python / program.name
            if not program.name.startswith(("python", "pip")) and not target.exists():
                target.symlink_to(program)
    path = str(no_python)
    env = {k: v for k, v in os.environ.items()
           if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME") and not k.startswith("PYI")}
    env.update(PATH=path, XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "share"),
               HIPFLEX_SPEECH_ENGINE="mock")
    return env


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("work")
    (folder / "one-rep.yaml").write_text(ONE_REP_PACK, encoding="utf-8")
    for name, text in HOSTILE_PACKS.items():
        (folder / name).write_text(text, encoding="utf-8", errors="surrogateescape")
    return folder


def run(argv: list[str | Path], env: dict[str, str], cwd: Path,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], env=env, cwd=cwd, capture_output=True,
                          text=True, errors="replace", timeout=timeout, check=False)


@dataclass(frozen=True)
class Bundle:
    """The bundle file after its first start, with the bare environment it runs in."""

    path: Path
    env: dict[str, str]
    workdir: Path
    first_start: subprocess.CompletedProcess[str]

    def run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return run([self.path, *argv], self.env, self.workdir, timeout)


@pytest.fixture(scope="module")
def bundled(bundle: Path, bare_env: dict[str, str], workdir: Path) -> Bundle:
    """``--version`` is the bundle's first start: it unpacks into its cache folder."""
    assert not Path(bare_env["XDG_CACHE_HOME"]).exists()
    first = run([bundle, "--version"], bare_env, workdir)
    return Bundle(bundle, bare_env, workdir, first)


def installed(hipflex: str, bundled: Bundle, *argv: str) -> subprocess.CompletedProcess[str]:
    return run([hipflex, *argv], dict(os.environ), bundled.workdir, 60)


def test_version_names_the_app_qt_pyside_and_python(bundled: Bundle, hipflex: str) -> None:
    first = bundled.first_start
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    theirs = installed(hipflex, bundled, "--version").stdout.splitlines()
    assert lines[:2] == theirs[:2]  # HipFlex Desktop x.y.z / Qt a.b.c (PySide6 a.b.c)
    assert lines[0].startswith("HipFlex Desktop ")
    assert lines[1].startswith("Qt 6.11.3 (PySide6 6.11.3")
    assert lines[2].startswith("Python 3.") and lines[2].endswith("(in this one-file bundle)")


def test_later_starts_run_the_unpacked_copy_without_unpacking_again(bundled: Bundle) -> None:
    cache = Path(bundled.env["XDG_CACHE_HOME"]) / "hipflex-desktop"
    (unpacked,) = cache.glob("bundle-*")
    before = unpacked.stat().st_ino, (unpacked / "hipflex").stat().st_mtime_ns
    again = bundled.run("--version")
    assert again.stdout == bundled.first_start.stdout
    assert [p.name for p in cache.iterdir()] == [unpacked.name]
    assert (unpacked.stat().st_ino, (unpacked / "hipflex").stat().st_mtime_ns) == before


def test_the_glibc_the_bundle_names_is_the_newest_any_of_its_files_needs(
        bundled: Bundle) -> None:
    with bundled.path.open("rb") as file:
        header = file.read(4096).decode("utf-8", "replace")
    named = re.search(r"\(glibc (2\.\d+) or newer\)", header)
    assert named is not None, header[:300]
    (unpacked,) = (Path(bundled.env["XDG_CACHE_HOME"]) / "hipflex-desktop").glob("bundle-*")
    asked: set[tuple[int, int]] = set()
    for library in unpacked.rglob("*.so*"):
        for found in re.findall(rb"GLIBC_2\.(\d+)", library.read_bytes()):
            asked.add((2, int(found)))
    assert asked, "no bundled library names a glibc version"
    assert max(asked) == tuple(int(x) for x in named.group(1).split("."))


def test_validate_and_plan_match_the_installed_app(bundled: Bundle, hipflex: str) -> None:
    for argv in (["validate", "one-rep.yaml"], ["plan"],
                 ["plan", "--pack", "one-rep.yaml", "--json"],
                 ["plan", "--reps", "3", "--hold", "2", "--variant",
                  "banded-psoas-march=harder"]):
        ours = bundled.run(*argv)
        theirs = installed(hipflex, bundled, *argv)
        assert ours.returncode == theirs.returncode == 0, ours.stderr
        assert ours.stdout == theirs.stdout, argv
    builtin = bundled.run("validate")
    assert builtin.returncode == 0
    assert builtin.stdout.startswith("ok: ") and "hip-flexors" in builtin.stdout


@pytest.mark.parametrize("name", sorted(HOSTILE_PACKS))
def test_a_hostile_pack_is_refused_exactly_as_the_installed_app_does(
        bundled: Bundle, hipflex: str, name: str) -> None:
    for command in (["validate", name], ["plan", "--pack", name]):
        ours = bundled.run(*command, timeout=60)
        theirs = installed(hipflex, bundled, *command)
        assert ours.returncode == theirs.returncode == 2, ours.stderr + ours.stdout
        assert ours.stderr == theirs.stderr
        assert ours.stdout == theirs.stdout == ""
        assert "Traceback" not in ours.stderr
        assert ours.stderr.startswith(name), ours.stderr  # FILE:LINE:COL: error: ...


@pytest.fixture
def bundle_app(bundled: Bundle, xvfb: Xvfb, tmp_path: Path) -> Iterator[RunningApp]:
    data = tmp_path / "data"
    trace = tmp_path / "trace.jsonl"
    # The screen is the test's Xvfb (not the offscreen platform the unit tests set).
    screen = {k: v for k, v in bundled.env.items()
              if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    app = RunningApp(xvfb, [str(bundled.path), "--data-dir", str(data), "--trace", str(trace),
                            "--pack", str(bundled.workdir / "one-rep.yaml")],
                     trace=trace, log=tmp_path / "bundle.log", env=screen)
    app.start()
    yield app
    app.stop()


def test_the_window_paints_and_a_short_session_speaks_through_the_bundles_worker(
        bundle_app: RunningApp, xvfb: Xvfb, tmp_path: Path) -> None:
    app = bundle_app
    app.wait_window(timeout=60)
    trace = trace_of(app)
    trace.wait_event("window_shown", timeout=30)
    setup = settled_shot(xvfb, tmp_path, "bundle-setup", drawn, stable=True)
    assert drawn(setup), f"the bundle's window looks blank: {setup}"
    # The desktop groups the window with the menu entry (hipflex-desktop.desktop) and shows
    # the app's icon for it.
    props = xvfb.run(["xprop", "-id", app.window]).stdout
    assert '_KDE_NET_WM_DESKTOP_FILE(UTF8_STRING) = "hipflex-desktop"' in props
    assert '_GTK_APPLICATION_ID(UTF8_STRING) = "hipflex-desktop"' in props
    assert 'WM_CLASS(STRING) = "hipflex", "hipflex-desktop"' in props
    assert "_NET_WM_ICON(CARDINAL) = \tIcon (16 x 16)" in props
    # The speech worker is the bundle started again with --speech-worker.
    ready = trace.wait_for(lambda e: e["event"] in ("speech_ready", "speech_unavailable"),
                           timeout=30, what="the speech engine's answer")
    assert ready == {**ready, "event": "speech_ready", "engine": "mock"}, ready
    app.key("space")
    for _ in range(20):
        if any(e["event"] == "session_finished" for e in trace.events()):
            break
        mark = trace.mark()
        app.key("Right")
        trace.wait_for(lambda e: e["event"] in ("segment_started", "session_finished"),
                       since=mark, what="after Right")
    finished = trace.wait_event("session_finished")
    assert finished["exercise"] == "knee-raise"
    spoken = [e["speech"] for e in trace.events() if e["event"] == "cue" and e.get("speech")]
    assert "Knee up." in spoken


def test_the_menu_entry_starts_the_bundle_file_itself(bundled: Bundle) -> None:
    done = bundled.run("install-desktop")
    assert done.returncode == 0, done.stderr
    entry = Path(bundled.env["XDG_DATA_HOME"]) / "applications" / "hipflex-desktop.desktop"
    values = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines()
                  if "=" in line)
    assert values["Exec"] == str(bundled.path.resolve())  # not the unpacked copy in the cache
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True,
                                 check=False)
        assert checked.returncode == 0, checked.stdout
    removed = bundled.run("install-desktop", "--remove")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()


def test_an_older_glibc_gets_a_clear_message_instead_of_a_loader_error(
        bundled: Bundle, tmp_path: Path) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    getconf = fake / "getconf"
    getconf.write_text("#!/bin/sh\necho 'glibc 2.31'\n", encoding="utf-8")
    getconf.chmod(0o755)
    env = {**bundled.env, "PATH": f"{fake}:{bundled.env['PATH']}"}
    done = run([bundled.path, "--version"], env, bundled.workdir)
    assert done.returncode == 1
    assert re.fullmatch(r"hipflex: this build needs glibc 2\.\d+ or newer, and this system has"
                        r" 2\.31\. Install HipFlex Desktop from its source instead"
                        r" \(scripts/run-app, see the README\)\.\n", done.stderr), done.stderr
    assert done.stdout == ""
