"""Routines on disk for the library and share-file tests: a tiny pack with one picture."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from tests.packs import tiny_pack

SVG: Final = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
              b'<circle cx="5" cy="5" r="4"/></svg>')


def write_routine(folder: Path, *, title: str = "Tiny pack", comment: str = "") -> Path:
    """A valid pack file with a comment line and its picture; returns the pack file."""
    (folder / "pictures").mkdir(parents=True, exist_ok=True)
    (folder / "pictures" / "lift.svg").write_bytes(SVG)
    text = tiny_pack().replace("title: Tiny pack", f"title: {title}")
    file = folder / "routine.yaml"
    file.write_text(comment + text, encoding="utf-8")
    return file


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes: to show that nothing changed."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
