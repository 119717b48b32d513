"""Start the window: options, Qt application, look, pack, and the main loop."""

from __future__ import annotations

import sys
from pathlib import Path

from hipflex_desktop import APP_ID, APP_NAME, __version__, app_options
from hipflex_desktop.core.loader import LoadResult, load_pack
from hipflex_desktop.core.model import Pack


def run_app(argv: list[str]) -> int:
    options = app_options.parse(argv)  # --help and bad options end here, before Qt loads

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from hipflex_desktop.core.clock import MonotonicClock
    from hipflex_desktop.resources import builtin_pack_path, resource_path
    from hipflex_desktop.trace import TraceWriter
    from hipflex_desktop.ui.controller import SessionController
    from hipflex_desktop.ui.main_window import MainWindow
    from hipflex_desktop.ui.style import apply_style

    app = QApplication([sys.argv[0], *options.qt_args])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons/hipflex.svg"))))
    apply_style(app)

    builtin = load_pack(builtin_pack_path())
    if builtin.pack is None:  # only a damaged installation gets here
        _fatal(app, "The built-in content pack is damaged:\n\n"
               + "\n".join(str(p) for p in builtin.errors[:10]))
        return 1
    pack: Pack = builtin.pack
    requested: LoadResult | None = None
    if options.pack is not None:
        requested = load_pack(options.pack)
        if requested.pack is not None:
            pack = requested.pack

    trace = None
    if options.trace is not None:
        try:
            trace = TraceWriter(options.trace)
        except OSError as exc:
            print(f"hipflex: cannot write the trace file {options.trace}: {exc.strerror}",
                  file=sys.stderr)
            return 2

    controller = SessionController(MonotonicClock())
    window = MainWindow(pack, controller, trace=trace)
    if options.fullscreen:
        window.set_fullscreen(True)
    else:
        window.show()
    if requested is not None and requested.pack is None:
        assert options.pack is not None
        window.show_pack_problems(Path(options.pack), requested)
    return app.exec()


def _fatal(app: object, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, text)
