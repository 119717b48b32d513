"""``hipflex`` and ``python -m hipflex_desktop``: sub-commands without Qt, or the window."""

from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--speech-worker":  # cues.speech.WORKER_ARGUMENT (a bundle's worker)
        from hipflex_desktop.cues import speech_worker

        return speech_worker.main(args[1:])
    # Start-up makes tens of thousands of objects (modules, Qt's types and enums, the pack) and
    # no garbage worth collecting: the cyclic collector, which walks them again and again
    # meanwhile, waits until the window has been painted (ui.app turns it back on).
    gc.disable()
    try:
        # The command-line tools must not pay for (or depend on) Qt: decide before importing it.
        from hipflex_desktop import cli

        if args and args[0] in cli.SUBCOMMANDS:
            gc.enable()
            return cli.run(args)
        from hipflex_desktop.ui.app import run_app

        return run_app(args)
    finally:
        gc.enable()  # --help, a bad option or a window that never showed


if __name__ == "__main__":
    sys.exit(main())
