"""The desktop's trash, for routines the person deleted (Qt knows where each desktop keeps it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile


def move_to_trash(path: Path) -> bool:
    """Move ``path`` to the trash; False where there is none (the caller then removes it)."""
    return bool(QFile.moveToTrash(str(path)))
