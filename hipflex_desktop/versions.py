"""What ``hipflex --version`` prints: the app's version and those of what it runs on.

Qt's version comes from QtCore alone (no widgets, no display needed). When Qt cannot be loaded
at all, that is said instead, which is what a report about a machine that cannot start the
window needs most.
"""

from __future__ import annotations

import platform
import sys

from hipflex_desktop import APP_NAME, __version__


def version_text() -> str:
    lines = [f"{APP_NAME} {__version__}"]
    try:
        import PySide6
        from PySide6 import QtCore
    except ImportError as exc:
        lines.append(f"Qt: cannot be loaded ({exc})")
    else:
        lines.append(f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__})")
    how = "in this one-file bundle" if getattr(sys, "frozen", False) else sys.executable
    lines.append(f"Python {platform.python_version()} ({how})")
    libc, libc_version = platform.libc_ver()
    system = f"{platform.system()} {platform.machine()}"
    lines.append(f"{system}, {libc} {libc_version}" if libc else system)
    return "\n".join(lines)
