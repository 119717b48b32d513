"""``hipflex install-desktop``: a menu entry and an icon for the executable that runs this.

The entry and the icon go where the desktop looks for the user's own applications
(``$XDG_DATA_HOME/applications`` and ``$XDG_DATA_HOME/icons/hicolor/scalable/apps``, by default
under ``~/.local/share``). What was written is kept in a manifest with each file's SHA-256, so
that ``--remove`` deletes exactly those files (and the folders it made, when they are empty) and
leaves alone anything else, including a file somebody changed since.

Qt-free: it runs from the command line in a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TextIO

from hipflex_desktop import APP_ID
from hipflex_desktop.resources import resource_path
from hipflex_desktop.store.paths import DataPaths

ENTRY_RESOURCE: Final = f"{APP_ID}.desktop"
ICON_RESOURCE: Final = "icons/hipflex.svg"
MANIFEST_NAME: Final = "desktop-install.json"
# Characters the desktop entry specification requires quoting for inside an Exec argument.
_EXEC_RESERVED: Final = set(" \t\n\"'\\><~|&;$*?#()`")


class DesktopInstallError(Exception):
    """The entry could not be written or removed; the message says which file and why."""


@dataclass(frozen=True)
class Installed:
    entry: Path
    icon: Path
    command: list[str]


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when it is an absolute path (the specification ignores others)."""
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"


def entry_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "applications" / f"{APP_ID}.desktop"


def icon_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def manifest_path() -> Path:
    return DataPaths().root / MANIFEST_NAME


def running_command() -> list[str]:
    """The command that started this process, as a menu entry should repeat it.

    The one-file bundle is the file a person ran, not its unpacked copy; an installed console
    script (venv, pipx) is ``…/bin/hipflex``; anything else (``python -m hipflex_desktop``) is
    this Python with ``-m``.
    """
    if getattr(sys, "frozen", False):
        # The one file, as its unpacking stub names it (sys.executable is the unpacked copy).
        bundle = os.environ.get("HIPFLEX_BUNDLE", "")
        return [bundle or str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "hipflex" and os.access(script, os.X_OK):
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "hipflex_desktop"]


def exec_quote(argument: str) -> str:
    """One argument of an Exec line, quoted as the desktop entry specification says."""
    if argument and not (set(argument) & _EXEC_RESERVED):
        return argument.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return f'"{inner}"'


def string_value(text: str) -> str:
    """A value of type string in a desktop file: backslashes doubled (the file's own escape)."""
    return text.replace("\\", "\\\\")


def entry_text(command: Sequence[str]) -> str:
    """The shipped entry with Exec and TryExec pointing at ``command``."""
    exec_line = " ".join(exec_quote(arg) for arg in command)
    replaced = {"Exec": string_value(exec_line), "TryExec": string_value(command[0])}
    lines = []
    for line in resource_path(ENTRY_RESOURCE).read_text(encoding="utf-8").splitlines():
        key = line.partition("=")[0]
        lines.append(f"{key}={replaced[key]}" if key in replaced else line)
    return "\n".join(lines) + "\n"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(path: Path) -> tuple[dict[str, str], list[str]]:
    """The files written (path -> SHA-256) and the folders made for them."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, ValueError) as exc:
        raise DesktopInstallError(f"cannot read {path}: {exc}") from exc
    if not isinstance(loaded, dict) or not isinstance(loaded.get("files"), dict):
        raise DesktopInstallError(f"{path} is not a list of installed files")
    files = {str(k): str(v) for k, v in loaded["files"].items()}
    folders = [str(f) for f in loaded.get("folders", []) if isinstance(f, str)]
    return files, folders


def _write_file(path: Path, data: bytes, made: list[str]) -> None:
    missing = [p for p in reversed(path.parents) if not p.exists()]
    path.parent.mkdir(parents=True, exist_ok=True)
    made.extend(str(p) for p in missing)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.chmod(0o644)
    tmp.replace(path)


def install(command: Sequence[str] | None = None) -> Installed:
    """Write (or rewrite) the entry and the icon; remember them in the manifest."""
    cmd = list(command) if command is not None else running_command()
    entry, icon = entry_path(), icon_path()
    manifest = manifest_path()
    try:
        files, folders = _read_manifest(manifest)
        made: list[str] = []
        icon_data = resource_path(ICON_RESOURCE).read_bytes()
        entry_data = entry_text(cmd).encode("utf-8")
        _write_file(icon, icon_data, made)
        _write_file(entry, entry_data, made)
        files[str(icon)] = _digest(icon_data)
        files[str(entry)] = _digest(entry_data)
        folders.extend(f for f in made if f not in folders)
        DataPaths().ensure()
        manifest.write_text(json.dumps({"files": files, "folders": folders}, indent=1) + "\n",
                            encoding="utf-8")
    except OSError as exc:
        raise DesktopInstallError(f"{exc.strerror or exc}: {exc.filename or ''}") from exc
    return Installed(entry, icon, cmd)


def remove() -> tuple[list[Path], list[Path]]:
    """Delete what :func:`install` wrote: (removed, kept because changed since)."""
    manifest = manifest_path()
    files, folders = _read_manifest(manifest)
    removed: list[Path] = []
    kept: list[Path] = []
    try:
        for name, digest in files.items():
            path = Path(name)
            if not path.is_file():
                continue
            if _digest(path.read_bytes()) != digest:
                kept.append(path)
                continue
            path.unlink()
            removed.append(path)
        for folder in sorted(folders, key=len, reverse=True):
            path = Path(folder)
            if path.is_dir() and not any(path.iterdir()):
                path.rmdir()
        manifest.unlink(missing_ok=True)
    except OSError as exc:
        raise DesktopInstallError(f"{exc.strerror or exc}: {exc.filename or ''}") from exc
    return removed, kept


def run(remove_it: bool, out: TextIO, err: TextIO) -> int:
    """The sub-command: what it did, in a line or two; 2 and a message when it could not."""
    try:
        if remove_it:
            removed, kept = remove()
            if not removed and not kept:
                print("hipflex install-desktop: nothing to remove (no menu entry was installed"
                      " by hipflex install-desktop)", file=out)
            for path in removed:
                print(f"removed {path}", file=out)
            for path in kept:
                print(f"hipflex install-desktop: kept {path}: it changed since it was written",
                      file=err)
            return 0
        done = install()
    except DesktopInstallError as exc:
        print(f"hipflex install-desktop: error: {exc}", file=err)
        return 2
    print(f"installed {done.entry}\ninstalled {done.icon}\n"
          f"The applications menu now has HipFlex Desktop; it runs {' '.join(done.command)}"
          " (hipflex install-desktop --remove takes it out again).", file=out)
    return 0
