"""Start the window: options, Qt application, look, the app's parts, and the main loop."""

from __future__ import annotations

import gc
import logging
import sys

from hipflex_desktop import APP_ID, APP_NAME, __version__, app_options


def run_app(argv: list[str]) -> int:
    options = app_options.parse(argv)  # --help and bad options end here, before Qt loads

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hipflex_desktop.ui.shell import AFTER_SHOW_FALLBACK_MS, AppShell, default_speech
    from hipflex_desktop.ui.style import Look

    logging.basicConfig(level=logging.WARNING, format="hipflex: %(name)s: %(message)s")
    app = QApplication([sys.argv[0], *options.qt_args])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    look = Look(app)  # the look chosen in Settings is applied by the shell

    try:
        shell = AppShell(data_dir=options.data_dir, pack_path=options.pack,
                         trace_path=options.trace, speech_factory=default_speech,
                         translate=True, language=options.language, look=look,
                         staged=True)
    except OSError as exc:  # e.g. the trace file cannot be written
        print(f"hipflex: {exc.strerror or exc}: {exc.filename or ''}", file=sys.stderr)
        return 2
    except RuntimeError as exc:  # only a damaged installation gets here
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    shell.report_errors()  # from here on, an error in a slot is logged and explained
    app.setWindowIcon(shell.icon)
    # The collector comes back once the window is painted (or a moment later if it never
    # is, e.g. started minimised); what start-up made and still holds is set aside for good
    # (gc.freeze) so that later collections do not walk it again.
    shell.window.first_painted.connect(_collect_from_now_on, Qt.ConnectionType.QueuedConnection)
    QTimer.singleShot(AFTER_SHOW_FALLBACK_MS, _collect_from_now_on)
    shell.show(fullscreen=options.fullscreen)
    return app.exec()


def _collect_from_now_on() -> None:
    if gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    gc.enable()
