"""Errors nobody caught: written to the log file in the data folder, and the person told.

An exception that escapes a slot (or a thread) would otherwise reach only stderr, which a
person who started the app from the menu never sees. The hook installed here writes the whole
traceback to ``hipflex.log`` in the data folder (rotated, so it never grows past a few hundred
kilobytes) and emits :attr:`ErrorReport.error_caught` on the window's thread, where the shell
pauses any session (its resume point is saved, so it can be picked up again) and tells the
person, in words, where the log is. The traceback itself is never shown on screen; started
from a terminal, the app still prints it there through the usual logging.
"""

from __future__ import annotations

import contextlib
import io
import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Final

from PySide6.QtCore import QObject, Signal

from hipflex_desktop.store.paths import PRIVATE_FILE_MODE

LOG_MAX_BYTES: Final = 256 * 1024
LOG_BACKUPS: Final = 2  # hipflex.log.1 and .2: at most about 768 KB in all
LOG_FORMAT: Final = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("hipflex.error")


class PrivateLogFile(RotatingFileHandler):
    """The log file, readable by its owner only (it names files and exercises), created on
    the first record; a failure to write it is remembered instead of printed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                         encoding="utf-8", delay=True)
        self.failed: str | None = None

    def _open(self) -> io.TextIOWrapper:
        stream = super()._open()
        with contextlib.suppress(OSError):
            Path(self.baseFilename).chmod(PRIVATE_FILE_MODE)
        return stream

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        self.failed = str(error) if error is not None else "unknown error"


class ErrorReport(QObject):
    """Installs the hooks; :meth:`uninstall` puts back the ones that were there."""

    error_caught = Signal(str)  # what went wrong, in one line (no traceback)

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.handler = PrivateLogFile(log_file)
        self.handler.setLevel(logging.WARNING)
        self.handler.setFormatter(logging.Formatter(LOG_FORMAT))
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._installed = False

    def install(self) -> None:
        # Warnings of the app's own loggers (history not saved, ...) go to the file too, so
        # that the log shows what led up to an error.
        logging.getLogger("hipflex").addHandler(self.handler)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        self._installed = True

    def uninstall(self) -> None:
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self._on_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = self._previous_thread_hook
        logging.getLogger("hipflex").removeHandler(self.handler)
        self.handler.close()

    @property
    def written(self) -> bool:
        """Whether the log file could be written."""
        return self.handler.failed is None

    def _on_exception(self, kind: type[BaseException], value: BaseException,
                      tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous_hook(kind, value, tb)
            return
        self._report(kind, value, tb, where="")

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            self._previous_thread_hook(args)
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self._report(args.exc_type, args.exc_value, args.exc_traceback,
                     where=f" in {name}")

    def _report(self, kind: type[BaseException], value: BaseException,
                tb: TracebackType | None, *, where: str) -> None:
        log.error("Unexpected error%s", where, exc_info=(kind, value, tb))
        # Emitted from any thread, delivered on the thread this object lives in.
        self.error_caught.emit(f"{kind.__name__}{where}: {value}")
