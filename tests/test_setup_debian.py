"""scripts/setup-debian.sh decides what a machine lacks and installs only that.

The script runs for real, on a copy of itself, with every program it asks about replaced by a
stub on PATH (``dpkg-query``, ``apt-get``, ``sudo``, ``id``, ``python3``): the stubs answer as a
fresh Debian, a desktop, a non-root user or a Fedora machine would, and record what the script
asked them to do. ``apt-get install`` of ``python3`` puts a working ``python3`` on PATH, as on a
real machine. The last test checks every package name the script may install exists in Debian
(a misspelled name would otherwise only fail on a person's machine).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "setup-debian.sh"
# What the script needs besides the stubbed programs; nothing else of the machine is on PATH.
TOOLS = ("bash", "sed", "grep", "readlink", "dirname", "rm", "cat", "env", "sha256sum", "cut",
         "mv", "tail")

STUB = f"""#!{sys.executable}
import json, os, sys
from pathlib import Path

name = Path(sys.argv[0]).name
args = sys.argv[1:]
state_file = Path(os.environ["STUB_STATE"])
state = json.loads(state_file.read_text())
state["calls"].append([name, *args])

def save(code=0, out=""):
    state_file.write_text(json.dumps(state))
    if out:
        print(out)
    sys.exit(code)

if name == "dpkg-query":
    if args[0] == "-S":
        save(0 if args[-1] in state["owned"] else 1)
    installed = args[-1] in state["installed"]
    save(0 if installed else 1, "install ok installed" if installed else "")
if name == "apt-get":
    if args[0] == "-s":  # the simulation: what would be installed
        wanted = [a for a in args[2:] if not a.startswith("-")]
        provided = state.get("provided", {{}})
        lines = [f"Inst {{p}} (1.0 Debian:12/stable [amd64])" for p in wanted
                 if p not in state["installed"] and provided.get(p) not in state["installed"]]
        save(0, "\\n".join(lines))
    if args[0] == "install":
        packages = [a for a in args[1:] if not a.startswith("-")]
        state["installed"] += packages
        bin_dir = Path(os.environ["STUB_BIN"])
        if "python3" in packages:
            (bin_dir / "python3").symlink_to(bin_dir / "stub")
            state["python"] = {{"version": "3.11.2", "venv": False}}
            state["owned"].append(str((bin_dir / "stub").resolve()))
        if "python3-venv" in packages and state["python"]:
            state["python"]["venv"] = True
    if state.get("apt_fails") and args[0] == "install":
        save(100, "E: Sub-process /usr/bin/dpkg returned an error code (1)")
    save(0)
if name == "sudo":
    state_file.write_text(json.dumps(state))
    os.execvp(args[0], args)
if name == "id":
    save(0, str(state["uid"]))
if name in ("python3", "python"):
    py = state["python"]
    major, minor = (int(x) for x in py["version"].split(".")[:2])
    if args == ["--version"]:
        save(0, "Python " + py["version"])
    if args[0] == "-c":
        code = args[1]
        if code == "pass":
            save(0)
        if "version_info <" in code:
            needed = tuple(int(x) for x in code.split("'")[1].split("."))
            save(int((major, minor) < needed))
        if "platform" in code:
            save(0, py["version"])
        if "ensurepip" in code:
            save(0 if py["venv"] else 1)
        if code == "import hipflex_desktop":  # installed once pip has run in this venv
            save(0 if (Path(sys.argv[0]).parent.parent / "pip-ok").exists() else 1)
    if args[:2] == ["-m", "venv"]:
        target = Path(args[2]) / "bin"
        target.mkdir(parents=True)
        (target / "python").symlink_to(Path(os.environ["STUB_BIN"]) / "stub")
        if py["venv"]:  # without ensurepip, venv leaves a python and no pip
            (target.parent / "pip-ok").touch()
        save(0 if py["venv"] else 1)
    if args[:2] == ["-m", "pip"]:
        save(0 if (Path(sys.argv[0]).parent.parent / "pip-ok").exists() else 1)
save(97, "stub: unexpected call")
"""


@dataclass
class Machine:
    """What the stubs pretend the machine has."""

    python: dict[str, object] | None = field(
        default_factory=lambda: {"version": "3.11.7", "venv": True})
    installed: list[str] = field(default_factory=list)
    debian_python: bool = False  # python3 is a file of a Debian package (dpkg -S knows it)
    uid: int = 0
    sudo: bool = True
    apt: bool = True
    provided: dict[str, str] = field(default_factory=dict)  # name -> the package providing it
    apt_fails: bool = False


@dataclass
class Outcome:
    code: int
    stderr: str
    calls: list[list[str]]
    project: Path

    def of(self, program: str) -> list[list[str]]:
        return [call[1:] for call in self.calls if call[0] == program]

    @property
    def apt_installed(self) -> list[str]:
        installs = [c for c in self.of("apt-get") if c and c[0] == "install"]
        return [a for c in installs for a in c[1:] if not a.startswith("-")]


def all_packages() -> list[str]:
    done = subprocess.run(["bash", str(SCRIPT), "--list-packages"], capture_output=True,
                          text=True, check=True, timeout=30)
    return done.stdout.split()


def runtime_packages() -> list[str]:
    """The system libraries Qt loads: what a plain run wants besides Python."""
    done = subprocess.run(["bash", str(SCRIPT), "--list-libraries"], capture_output=True,
                          text=True, check=True, timeout=30)
    names = done.stdout.split()
    assert names[0] == "libgl1" and "xvfb" not in names and "python3" not in names
    return names


class Run(Protocol):
    def __call__(self, machine: Machine, *args: str, venv: bool = False,
                 reuse: bool = False) -> Outcome: ...


@pytest.fixture
def run(tmp_path: Path) -> Run:
    def go(machine: Machine, *args: str, venv: bool = False, reuse: bool = False) -> Outcome:
        """Run the script; ``reuse`` runs it again on the project and machine of the last run."""
        project = tmp_path / "project"
        bin_dir = tmp_path / "bin"
        stub = bin_dir / "stub"
        tools = tmp_path / "tools"
        if not reuse:
            prepare(machine, project, bin_dir, tools, venv)
        owned = [str(stub.resolve())] if machine.debian_python else []
        state = {"calls": [], "python": machine.python, "installed": machine.installed,
                 "owned": owned, "uid": machine.uid, "provided": machine.provided,
                 "apt_fails": machine.apt_fails}
        state_file = tmp_path / "state.json"
        state_file.write_text(json.dumps(state), encoding="utf-8")
        env = {"PATH": f"{bin_dir}:{tools}", "STUB_STATE": str(state_file),
               "STUB_BIN": str(bin_dir), "HOME": str(tmp_path)}
        done = subprocess.run([str(tools / "bash"), str(project / "scripts" / SCRIPT.name),
                               *args], capture_output=True, text=True, env=env, timeout=60,
                              check=False)
        calls = json.loads(state_file.read_text(encoding="utf-8"))["calls"]
        return Outcome(done.returncode, done.stderr, calls, project)

    return go


def prepare(machine: Machine, project: Path, bin_dir: Path, tools: Path, venv: bool) -> None:
    """A copy of the script and pyproject.toml, the stubs, and the few real tools it uses."""
    (project / "scripts").mkdir(parents=True)
    shutil.copy2(SCRIPT, project / "scripts" / SCRIPT.name)
    shutil.copy2(REPO / "pyproject.toml", project / "pyproject.toml")
    if venv:  # left by an earlier attempt
        (project / ".venv" / "bin").mkdir(parents=True)
    bin_dir.mkdir()
    stub = bin_dir / "stub"
    stub.write_text(STUB, encoding="utf-8")
    stub.chmod(0o755)
    names = ["dpkg-query", "id"]
    if machine.apt:
        names.append("apt-get")
    if machine.sudo:
        names.append("sudo")
    if machine.python is not None:
        names.append("python3")
    for name in names:
        (bin_dir / name).symlink_to(stub)
    if venv:
        (project / ".venv" / "bin" / "python").symlink_to(stub)
    tools.mkdir()
    for tool in TOOLS:
        real = shutil.which(tool)
        assert real is not None, tool
        (tools / tool).symlink_to(real)


def the_line(outcome: Outcome, start: str) -> str:
    lines = [line for line in outcome.stderr.splitlines() if line.startswith(start)]
    assert len(lines) == 1, outcome.stderr
    return lines[0]


def test_a_minimal_debian_gets_python_venv_and_qt_libraries_then_the_app(run: Run) -> None:
    outcome = run(Machine(python=None))
    assert outcome.code == 0, outcome.stderr
    assert outcome.apt_installed == ["python3", "python3-venv", *runtime_packages()]
    line = the_line(outcome, "setup: installing with apt-get:")
    assert "python3 python3-venv libgl1" in line
    assert "there is no Python 3.11+ yet" in line
    assert "Qt's window, sound and speech load these system libraries" in line
    assert outcome.of("sudo") == []
    # The venv is made with the python3 apt-get just installed, then the app goes into it.
    assert ["-m", "venv", ".venv"] in outcome.of("python3")
    pip = outcome.of("python")
    assert ["-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", "."] in pip


def test_a_desktop_python_without_venv_gets_python3_venv_only(run: Run) -> None:
    machine = Machine(python={"version": "3.11.2", "venv": False}, debian_python=True,
                      installed=runtime_packages())
    outcome = run(machine)
    assert outcome.code == 0, outcome.stderr
    assert outcome.apt_installed == ["python3-venv"]
    line = the_line(outcome, "setup: installing with apt-get:")
    assert "cannot make a virtual environment without python3-venv" in line
    assert "Qt" not in line  # nothing of Qt's was missing, so no reason about it either


def test_a_library_installed_under_its_new_name_is_not_installed_again(run: Run) -> None:
    # Debian 13 and Ubuntu 24.04: libglib2.0-0 is provided by libglib2.0-0t64.
    installed = [p for p in runtime_packages() if p != "libglib2.0-0"] + ["libglib2.0-0t64"]
    outcome = run(Machine(installed=installed, uid=1000,
                          provided={"libglib2.0-0": "libglib2.0-0t64"}))
    assert outcome.code == 0, outcome.stderr
    assert outcome.of("sudo") == []  # nobody is asked for a password
    assert outcome.apt_installed == []
    assert "setup: system packages already present" in outcome.stderr


def test_a_failing_apt_get_shows_its_own_words_and_stops(run: Run) -> None:
    outcome = run(Machine(python=None, apt_fails=True))
    assert outcome.code == 1
    assert "E: Sub-process /usr/bin/dpkg returned an error code (1)" in outcome.stderr
    assert "setup: apt-get could not install python3 python3-venv libgl1" in outcome.stderr
    assert outcome.of("python") == [] and outcome.of("python3") == []


def test_a_user_who_is_not_root_installs_through_sudo(run: Run) -> None:
    outcome = run(Machine(uid=1000, installed=runtime_packages()[1:]))
    assert outcome.code == 0, outcome.stderr
    assert ["apt-get", "update", "-qq"] in outcome.of("sudo")
    assert outcome.apt_installed == [runtime_packages()[0]]
    assert "setup: installing with sudo apt-get: libgl1 (" in outcome.stderr


def test_without_sudo_a_user_is_told_what_to_install_as_root(run: Run) -> None:
    outcome = run(Machine(uid=1000, sudo=False, python=None))
    assert outcome.code == 1
    assert outcome.apt_installed == []
    assert "there is no sudo here: as root, run apt-get install python3 python3-venv libgl1" \
        in outcome.stderr
    assert outcome.of("python") == []


def test_a_python_older_than_the_app_needs_names_both_versions(run: Run) -> None:
    outcome = run(Machine(python={"version": "3.9.2", "venv": True}))
    assert outcome.code == 1
    assert "HipFlex Desktop needs Python 3.11 or newer; found Python 3.9.2" in outcome.stderr
    assert outcome.apt_installed == []
    assert outcome.of("python") == []


def test_without_apt_get_the_packages_are_named_and_nothing_else_happens(run: Run) -> None:
    outcome = run(Machine(apt=False, python=None))
    assert outcome.code == 1
    assert "not a Debian or Ubuntu system (no apt-get)" in outcome.stderr
    assert "sudo dnf install python3 mesa-libGL" in outcome.stderr
    assert "Their Debian names: python3 python3-venv libgl1" in outcome.stderr
    assert outcome.of("python") == []
    assert not any(call[0] == "sudo" for call in outcome.calls)


def test_a_machine_with_everything_installs_nothing(run: Run) -> None:
    outcome = run(Machine(installed=runtime_packages()))
    assert outcome.code == 0, outcome.stderr
    assert outcome.apt_installed == []
    assert "setup: system packages already present" in outcome.stderr


def test_a_python_apt_cannot_repair_is_named_instead(run: Run) -> None:
    # A pyenv or hand-built Python without ensurepip: not a file of any Debian package.
    outcome = run(Machine(python={"version": "3.12.1", "venv": False}))
    assert outcome.code == 1
    assert "has no venv module (ensurepip)" in outcome.stderr
    assert outcome.apt_installed == []


def test_an_incomplete_venv_from_a_failed_attempt_is_made_again(run: Run) -> None:
    outcome = run(Machine(installed=runtime_packages()), venv=True)
    assert outcome.code == 0, outcome.stderr
    assert "setup: .venv is incomplete (no pip); making it again" in outcome.stderr
    assert ["-m", "venv", ".venv"] in outcome.of("python3")


def test_the_test_set_up_adds_the_test_tools_and_extras(run: Run) -> None:
    outcome = run(Machine(installed=runtime_packages()), "--test")
    assert outcome.code == 0, outcome.stderr
    assert "xvfb" in outcome.apt_installed
    assert "desktop-file-utils" in outcome.apt_installed
    assert {"binutils", "libpython3-dev"} <= set(outcome.apt_installed)  # for PyInstaller
    assert "the tests need Xvfb" in the_line(outcome, "setup: installing with apt-get:")
    assert ["-m", "pip", "install", "-q", "--disable-pip-version-check", "-e",
            ".[test,bundle]"] in outcome.of("python")


def test_a_second_run_does_not_ask_pip_again_until_pyproject_changes(run: Run) -> None:
    machine = Machine(installed=runtime_packages())
    first = run(machine)
    assert first.code == 0, first.stderr
    assert len(first.of("python")) == 2  # pip upgraded, the app installed
    again = run(machine, reuse=True)
    assert again.code == 0, again.stderr
    assert "setup: hipflex-desktop is installed in .venv" in again.stderr
    assert [c for c in again.of("python") if c[:3] == ["-m", "pip", "install"]] == []
    pyproject = again.project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = run(machine, reuse=True)
    assert ["-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", "."] \
        in changed.of("python")


def test_a_dry_run_says_what_it_would_install_and_installs_nothing(run: Run) -> None:
    outcome = run(Machine(python=None), "--dry-run")
    assert outcome.code == 0, outcome.stderr
    assert "setup: installing with apt-get: python3 python3-venv" in outcome.stderr
    assert outcome.apt_installed == []


def test_every_package_the_script_names_exists_in_debian() -> None:
    apt_cache = shutil.which("apt-cache")
    lists = list(Path("/var/lib/apt/lists").glob("*_Packages*"))
    if apt_cache is None or not lists:
        reason = "apt-cache with package lists is needed to check the package names"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI runs on Debian)", pytrace=False)
        pytest.skip(reason)
    names = all_packages()
    assert len(names) == len(set(names)), "a package is listed twice"
    done = subprocess.run([apt_cache, "show", "--no-all-versions", *names], capture_output=True,
                          text=True, check=False, timeout=120)
    found = {line.split(":", 1)[1].strip() for line in done.stdout.splitlines()
             if line.startswith("Package:")}
    # A name another package provides is fine where apt-get resolves it (Debian 13 and Ubuntu
    # 24.04 have libglib2.0-0 only as what libglib2.0-0t64 provides); a misspelled one is not.
    unresolved = [name for name in sorted(set(names) - found)
                  if subprocess.run(["apt-get", "-s", "install", "--no-install-recommends", name],
                                    capture_output=True, check=False, timeout=120).returncode]
    assert unresolved == []
