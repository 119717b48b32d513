"""The pack the app uses now, and the one place packs are loaded.

The shell makes it with the pack the app starts with and owns it; the window shows what it
holds and asks it to open another (from Open, a drop, the built-in pack), and the shell asks
it for a resumed session's pack. Whoever wants to know of a change listens to ``changed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hipflex_desktop.core.loader import LoadResult, load_pack
from hipflex_desktop.core.model import Pack
from hipflex_desktop.ui.pack_language import for_window_result


class CurrentPack(QObject):
    changed = Signal(object)  # Pack: the one now in use
    refused = Signal(object, object)  # Path, LoadResult: could not be used; the pack stays

    def __init__(self, pack: Pack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pack = pack

    @property
    def pack(self) -> Pack:
        return self._pack

    @staticmethod
    def load(path: Path) -> LoadResult:
        """Read and check the pack at ``path`` without making it the current one; its texts
        come in the window's language where the pack has them (see ``pack_language.py``)."""
        return for_window_result(load_pack(path))

    def open(self, path: Path) -> bool:
        """Make the pack at ``path`` the current one; on any problem, say so
        (``refused``) and keep the current pack."""
        result = self.load(path)
        if result.pack is None:
            self.refused.emit(path, result)
            return False
        self.use(result.pack)
        return True

    def use(self, pack: Pack) -> None:
        if pack is not self._pack:
            self._pack = pack
            self.changed.emit(pack)
