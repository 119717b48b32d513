"""Drafts of unsaved edits: written whole beside the routines, read back, bad ones dropped."""

from __future__ import annotations

import stat
from pathlib import Path

from hipflex_desktop.store.routine_document import RoutineDocument
from hipflex_desktop.store.routine_drafts import drafts_folder, read_drafts, write_draft
from tests.store.routine_files import write_routine


def test_a_draft_reads_back_with_its_routine_file_and_text(tmp_path: Path) -> None:
    file = write_routine(tmp_path / "tiny", title="Draft title")
    document = RoutineDocument.open(file)
    draft = write_draft(tmp_path, document)
    assert draft.parent == drafts_folder(tmp_path)
    assert stat.S_IMODE(draft.parent.stat().st_mode) == 0o700
    assert not list(draft.parent.glob("*.tmp"))  # written through a temporary file
    assert read_drafts(tmp_path) == [(draft, file, document.text())]


def test_an_unreadable_draft_is_dropped_and_another_folders_is_left(tmp_path: Path) -> None:
    folder = drafts_folder(tmp_path)
    folder.mkdir()
    broken = folder / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    elsewhere = folder / "elsewhere.json"
    elsewhere.write_text('{"file": "/elsewhere/r/routine.yaml", "text": "x"}', encoding="utf-8")
    assert read_drafts(tmp_path) == []
    assert not broken.exists()
    assert elsewhere.exists()
