"""Where the app keeps its files: one folder, chosen here and nowhere else.

The default is the folder Qt's ``QStandardPaths.AppDataLocation`` names for this app (the
``ui`` tests check that the two agree); it is computed here without Qt so that the command-line
tools (``hipflex history``) stay Qt-free. ``--data-dir`` replaces it. Everything the app writes
goes under this folder, created readable by the user only: it holds personal health data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

from hipflex_desktop import APP_ID

PRIVATE_DIR_MODE: Final = 0o700
PRIVATE_FILE_MODE: Final = 0o600


def default_data_dir() -> Path:
    """Qt's AppDataLocation for an application named ``APP_ID`` with no organisation."""
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Roaming") / APP_ID
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_ID
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_dir / APP_ID


class DataPaths:
    """The app's data folder and the files in it."""

    def __init__(self, root: Path | str | None = None) -> None:
        self.root = Path(root).expanduser() if root is not None else default_data_dir()

    def ensure(self) -> Path:
        """Create the folder (user-only) if needed; raises OSError when it cannot be made."""
        if not self.root.is_dir():
            self.root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        return self.root

    @property
    def history_file(self) -> Path:
        return self.root / "history.db"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.root / "hipflex.log"

    @property
    def cache_dir(self) -> Path:
        """Files made again whenever they are missing (compiled translations): in the data
        folder too, so that the app writes nowhere else."""
        return self.root / "cache"

    @property
    def calendar_file(self) -> Path:
        return self.root / "hipflex-schedule.ics"
