"""Drafts of unsaved routine edits, kept beside the routines so a crash loses only seconds.

The editor writes a draft a few seconds after each change (through a temporary file, so a
draft is never half written) and removes it once the routine is saved or its changes are
discarded; a draft still there at start-up is one the editor could not clean up, and is offered
back. Plain files, no Qt: the editor decides when, this module only how.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from hipflex_desktop.store.routine_document import RoutineDocument

DRAFTS_FOLDER: Final = ".drafts"


def drafts_folder(routines_folder: Path) -> Path:
    return routines_folder / DRAFTS_FOLDER


def write_draft(routines_folder: Path, document: RoutineDocument) -> Path:
    """The document's text and where it belongs, beside the routines (owner-only folder)."""
    folder = drafts_folder(routines_folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    assert document.file is not None
    name = document.file.parent.name
    target = folder / f"{name}.json"
    payload = json.dumps({"file": str(document.file), "text": document.text()})
    temporary = target.with_suffix(".tmp")
    temporary.write_text(payload, encoding="utf-8")
    temporary.replace(target)
    return target


def read_drafts(routines_folder: Path) -> list[tuple[Path, Path, str]]:
    """(draft file, routine file, text) of every draft left by an editor that did not close."""
    folder = drafts_folder(routines_folder)
    found = []
    if folder.is_dir():
        for draft in sorted(folder.glob("*.json")):
            try:
                payload = json.loads(draft.read_text(encoding="utf-8"))
                file = Path(payload["file"])
                text = str(payload["text"])
            except (OSError, ValueError, KeyError, TypeError):
                draft.unlink(missing_ok=True)  # unreadable: nothing to offer
                continue
            if file.parent.parent == routines_folder:
                found.append((draft, file, text))
    return found
