"""The hostile-input corpus: one pack (with its pictures) per class of attack on the reader.

Each case is built from the small valid pack below by one change, so that the one problem the
case is about is the one reported. Big and binary cases (PNG bombs, a 290,000-level SVG, a FIFO)
are made here at test time rather than kept in the repository.

``python -m tests.hostile.corpus FOLDER`` writes the whole corpus into FOLDER, to try by hand
(``hipflex validate FOLDER/*/pack.yaml``).
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.hostile import images

BASE_PACK = """\
format: 1
id: hostile-case
title: Hostile case
version: "1.0.0"
language: en
author: HipFlex Desktop tests
licence: CC0-1.0
introduction: One exercise, changed in one way by each case.
defaults:
  reps_per_side: 1
  sets: 1
  hold_seconds: 1
  hold_range: [1, 2]
  rest_seconds: 0
  lead_in_seconds: 3
  switch_seconds: 0
  first_side: right
exercises:
  - id: knee-raise
    name: Knee raise
    purpose: Lifts each knee in turn.
    equipment: []
    setup:
      - Stand tall.
    sides: alternate
    phases:
      - kind: move
        text: Raise your {side} knee.
        seconds: 1
      - kind: hold
        text: Hold it.
      - kind: return
        text: Lower your {side} foot.
        seconds: 1
    cues:
      - Stay tall.
    picture: pictures/knee.svg
"""
GOOD_SVG = (f"<svg {images.SVG_NS} viewBox='0 0 40 30'><rect width='40' height='30'"
            " fill='#0b5cad'/></svg>").encode()


@dataclass(frozen=True)
class Case:
    """A hostile pack: how to build it, and a part of the message that must refuse it."""

    name: str
    says: str
    build: Callable[[Path], Path]  # writes the case into a folder; returns the pack's path


def _pack(folder: Path, text: str = BASE_PACK, pictures: dict[str, bytes] | None = None) -> Path:
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    (folder / "pictures" / "knee.svg").write_bytes(GOOD_SVG)
    for name, data in (pictures or {}).items():
        (folder / "pictures" / name).write_bytes(data)
    path = folder / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _edited(old: str, new: str) -> str:
    assert old in BASE_PACK, old
    return BASE_PACK.replace(old, new, 1)


def _with_picture(name: str, data: bytes) -> Callable[[Path], Path]:
    return lambda folder: _pack(folder, _edited("pictures/knee.svg", f"pictures/{name}"),
                                {name: data})


def _text(old: str, new: str) -> Callable[[Path], Path]:
    return lambda folder: _pack(folder, _edited(old, new))


def _fifo_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pack.yaml"
    os.mkfifo(path)
    return path


def _fifo_picture(folder: Path) -> Path:
    pack = _pack(folder, _edited("pictures/knee.svg", "pictures/pipe.svg"))
    os.mkfifo(folder / "pictures" / "pipe.svg")
    return pack


def _folder_picture(folder: Path) -> Path:
    pack = _pack(folder, _edited("pictures/knee.svg", "pictures/folder.svg"))
    (folder / "pictures" / "folder.svg").mkdir()
    return pack


def _folder_pack(folder: Path) -> Path:
    _pack(folder)
    return folder / "pictures"


def _inline_png_bomb() -> bytes:
    payload = base64.b64encode(images.png(6000, 6000)).decode("ascii")
    return (f"<svg {images.SVG_NS} viewBox='0 0 10 10'><image width='10' height='10'"
            f" href='data:image/png;base64,{payload}'/></svg>").encode()


def _marker_bomb() -> bytes:
    points = " ".join(f"{n},{n % 7}" for n in range(4000))
    marker = "".join("<rect width='1' height='1'/>" for _ in range(400))
    return (f"<svg {images.SVG_NS} viewBox='0 0 4000 10'><defs><marker id='m'>{marker}"
            f"</marker></defs><polyline points='{points}' marker-mid='url(#m)'/></svg>").encode()


CONTROL = '"Knee\\e[2J\\e]0;owned\\a raise"'

CASES: tuple[Case, ...] = (
    # 1. pictures that would take the window's time
    Case("svg-use-bomb", "more than 10,000 elements", _with_picture("bomb.svg",
                                                                    images.use_bomb(9))),
    Case("svg-marker-bomb", "more than 10,000 elements", _with_picture("marker.svg",
                                                                       _marker_bomb())),
    Case("svg-deep", "levels deep", _with_picture("deep.svg", images.deep_svg(290_000))),
    # 2. pictures that would take the window's memory, or show nothing
    Case("png-8000", "8,000 x 8,000 pixels", _with_picture("big.png", images.png(8000, 8000))),
    Case("png-50000", "50,000 x 50,000 pixels",
         _with_picture("huge.png", images.png(50_000, 50_000, header_only=True)
                       + images.png_chunk(b"IEND", b""))),
    Case("png-cut-after-header", "cut short",
         _with_picture("cut.png", images.png(40, 30, header_only=True))),
    Case("png-cut-in-data", "cut short", _with_picture("cut.png", images.png(400, 300)[:-200])),
    Case("svg-inline-png-bomb", "6,000 x 6,000 pixels", _with_picture("inline.svg",
                                                                      _inline_png_bomb())),
    # 3. names no file can have
    Case("picture-name-with-nul", "U+0000", _text("pictures/knee.svg",
                                                  '"pictures/knee.svg\\0.png"')),
    Case("picture-name-too-long", "longer than 255 bytes",
         _text("pictures/knee.svg", f"pictures/{'é' * 130}.svg")),
    # 4. files that are not files
    Case("pack-is-a-fifo", "named pipe (FIFO)", _fifo_pack),
    Case("pack-is-a-folder", "this is a folder", _folder_pack),
    Case("picture-is-a-fifo", "named pipe (FIFO)", _fifo_picture),
    Case("picture-is-a-folder", "this is a folder", _folder_picture),
    # 5. control characters and line breaks
    Case("terminal-escape-in-a-name", "U+001B", _text("name: Knee raise", f"name: {CONTROL}")),
    Case("c1-control-in-a-cue", "U+009B", _text("- Stay tall.", '- "Stay\\x9b31m tall."')),
    Case("delete-in-the-author", "U+007F", _text("author: HipFlex Desktop tests",
                                                 'author: "HipFlex\\x7f tests"')),
    Case("line-separator-in-a-purpose", "single line",
         _text("purpose: Lifts each knee in turn.", 'purpose: "Lifts\\L each knee."')),
    Case("carriage-return-in-the-title", "single line",
         _text("title: Hostile case", 'title: "Hostile\\rcase"')),
    Case("escape-in-an-unknown-key", "unknown key", _text("  sets: 1\n",
                                                          f"  sets: 1\n  {CONTROL}: 1\n")),
    Case("escape-in-a-choice", "is not one of", _text("sides: alternate", f"sides: {CONTROL}")),
    # 6. messages that once misled
    Case("format-as-text", "write the format as a number", _text("format: 1", 'format: "1"')),
    Case("value-of-900000-characters", "(900,000 characters)",
         _text("sides: alternate", f"sides: {'x' * 900_000}")),
    Case("huge-float", "got 1e+308", _text("rest_seconds: 0", "rest_seconds: 1.0e+308")),
    # 7. styles that try to reach outside the file
    Case("svg-import-after-a-child", "may not import",
         _with_picture("style.svg", (f"<svg {images.SVG_NS}><style>rect {{}}<![CDATA[]]>"
                                     "@import url(/etc/x.css);</style></svg>").encode())),
    Case("svg-css-escaped-import", "may not import",
         _with_picture("escaped.svg", (f"<svg {images.SVG_NS}><style>@\\69mport"
                                       " 'x.css';</style></svg>").encode())),
)


def build_all(folder: Path) -> dict[str, Path]:
    """Every case, each in a folder of its own under ``folder``; case name -> pack path."""
    return {case.name: case.build(folder / case.name) for case in CASES}


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for name, pack in build_all(target).items():
        print(f"{name}: {pack}")
