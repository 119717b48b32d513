"""The window's command-line options, parsed before Qt is imported (so --help needs no display)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from hipflex_desktop.languages import LANGUAGES, normalise_code


@dataclass(frozen=True)
class AppOptions:
    pack: Path | None
    data_dir: Path | None
    fullscreen: bool
    trace: Path | None
    language: str | None  # None: as chosen in Settings, else the system's
    qt_args: list[str]


class _VersionAction(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from hipflex_desktop.versions import version_text

        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hipflex",
        description="HipFlex Desktop: a guided hip-flexor strengthening session for runners."
        " Without a command it opens the session window.",
        epilog="Commands without a window: 'hipflex validate FILE...' checks content packs,"
        " 'hipflex plan' prints the session plan, 'hipflex history' prints the sessions done"
        " (each takes --help).",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0,
                        help="show the versions of the app, Qt, PySide6 and Python, and exit")
    parser.add_argument("--pack", type=Path, metavar="FILE",
                        help="open this content pack instead of the built-in one")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", dest="data_dir",
                        help="keep settings and history in DIR (default: the standard"
                        " per-user data folder)")
    parser.add_argument("--fullscreen", action="store_true",
                        help="start in full screen (F11 toggles it)")
    parser.add_argument("--trace", type=Path, metavar="FILE",
                        help="write every session event to FILE, one JSON object per line")
    parser.add_argument("--language", type=_language, metavar="CODE",
                        help="show the window in this language ("
                        + ", ".join(f"{key}: {name}" for key, name in LANGUAGES.items())
                        + "; default: as chosen in Settings, else the system's)")
    return parser


def _language(text: str) -> str:
    try:
        return normalise_code(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def parse(argv: list[str]) -> AppOptions:
    """Our options; anything starting with -platform, -style etc. is left for Qt."""
    args, rest = build_parser().parse_known_args(argv)
    unknown = [a for a in rest if not a.startswith("-") or a.startswith("--")]
    if unknown:
        build_parser().error(f"unrecognised arguments: {' '.join(unknown)}")
    return AppOptions(args.pack, args.data_dir, args.fullscreen, args.trace, args.language,
                      rest)
