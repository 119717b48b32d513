"""``hipflex`` and ``python -m hipflex_desktop``: sub-commands without Qt, or the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--speech-worker":  # cues.speech.WORKER_ARGUMENT (a bundle's worker)
        from hipflex_desktop.cues import speech_worker

        return speech_worker.main(args[1:])
    # The command-line tools must not pay for (or depend on) Qt: decide before importing it.
    from hipflex_desktop import cli

    if args and args[0] in cli.SUBCOMMANDS:
        return cli.run(args)
    from hipflex_desktop.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
