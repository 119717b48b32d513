"""``hipflex install-desktop``: the entry and the icon land where the desktop looks, start the
executable that wrote them, pass desktop-file-validate, and ``--remove`` takes out exactly them."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hipflex_desktop import desktop_entry
from hipflex_desktop.resources import resource_path

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home / ".local" / "share"


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing (setup-debian.sh --test installs"
                        " desktop-file-utils)", pytrace=False)
        pytest.skip("desktop-file-validate is not installed (apt install desktop-file-utils)")
    done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    errors = [line for line in done.stdout.splitlines() if "error:" in line]
    assert done.returncode == 0 and not errors, done.stdout + done.stderr


def test_the_entry_and_icon_go_under_xdg_data_home_and_start_this_executable(
        data_home: Path) -> None:
    done = desktop_entry.install(["/opt/hip flex/hipflex"])
    assert done.entry == data_home / "applications" / "hipflex-desktop.desktop"
    assert done.icon == data_home / "icons/hicolor/scalable/apps/hipflex-desktop.svg"
    assert done.icon.read_bytes() == resource_path("icons/hipflex.svg").read_bytes()
    values = entry_values(done.entry)
    assert values["Exec"] == '"/opt/hip flex/hipflex"'
    assert values["TryExec"] == "/opt/hip flex/hipflex"
    assert values["Icon"] == "hipflex-desktop"  # the icon's name, found in the theme
    assert values["Name"] == "HipFlex Desktop"
    validate(done.entry)


def test_remove_takes_out_exactly_what_was_written(data_home: Path) -> None:
    applications = data_home / "applications"
    applications.mkdir(parents=True)
    other = applications / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    done = desktop_entry.install(["/usr/bin/true"])
    removed, kept = desktop_entry.remove()
    assert sorted(removed) == sorted([done.entry, done.icon])
    assert kept == []
    assert other.exists() and applications.is_dir()  # was there before: stays
    assert not (data_home / "icons").exists()  # made for the icon, empty again: gone
    assert not desktop_entry.manifest_path().exists()
    assert desktop_entry.remove() == ([], [])  # a second removal finds nothing to do


def test_a_file_changed_since_is_kept_and_named(data_home: Path) -> None:
    done = desktop_entry.install(["/usr/bin/true"])
    done.entry.write_text(done.entry.read_text(encoding="utf-8") + "NoDisplay=true\n",
                          encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert desktop_entry.run(True, out, err) == 0
    assert done.entry.exists()
    assert not done.icon.exists()
    assert f"kept {done.entry}: it changed since it was written" in err.getvalue()
    assert f"removed {done.icon}" in out.getvalue()


def test_installing_twice_then_removing_leaves_nothing(data_home: Path) -> None:
    desktop_entry.install(["/usr/bin/true"])
    desktop_entry.install(["/usr/bin/false"])
    assert "Exec=/usr/bin/false" in desktop_entry.entry_path().read_text(encoding="utf-8")
    removed, _ = desktop_entry.remove()
    assert len(removed) == 2
    assert not (data_home / "applications").exists()


def test_an_unreadable_manifest_is_an_error_message_not_a_traceback(data_home: Path) -> None:
    manifest = desktop_entry.manifest_path()
    manifest.parent.mkdir(parents=True)
    manifest.write_text("{not json", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert desktop_entry.run(True, out, err) == 2
    assert err.getvalue().startswith(f"hipflex install-desktop: error: cannot read {manifest}")


@pytest.mark.parametrize(("argument", "quoted"), [
    ("/usr/bin/hipflex", "/usr/bin/hipflex"),
    ("/home/a b/hipflex", '"/home/a b/hipflex"'),
    ('/odd"$`\\name', '"/odd\\"\\$\\`\\\\name"'),
    ("/100%/hipflex", "/100%%/hipflex"),
])
def test_exec_arguments_are_quoted_as_the_specification_says(argument: str, quoted: str) -> None:
    assert desktop_entry.exec_quote(argument) == quoted


def test_the_installed_command_writes_an_entry_for_itself(tmp_path: Path) -> None:
    hipflex = Path(sys.executable).parent / "hipflex"
    if not hipflex.exists():
        pytest.fail("the hipflex console script is not installed next to this Python",
                    pytrace=False)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run([str(hipflex), "install-desktop"], capture_output=True, text=True,
                          env=env, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "share" / "applications" / "hipflex-desktop.desktop"
    assert f"installed {entry}" in done.stdout
    assert entry_values(entry)["Exec"] == str(hipflex.absolute())
    validate(entry)
    done = subprocess.run([str(hipflex), "install-desktop", "--remove"], capture_output=True,
                          text=True, env=env, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not entry.exists()
    assert sorted(p.name for p in (tmp_path / "share").rglob("*")) == ["hipflex-desktop"]
