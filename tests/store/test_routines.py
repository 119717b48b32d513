"""The routine library in the data folder: listing, duplicate, rename, delete with undo,
import of a plain pack file."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipflex_desktop.core.loader import load_pack
from hipflex_desktop.core.plan import PlanOptions, plan
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.paths import DataPaths
from hipflex_desktop.store.routines import RoutineError, RoutineLibrary
from hipflex_desktop.store.sharefile import PACK_NAME, ShareError
from tests.packs import tiny_pack
from tests.store.routine_files import SVG, tree, write_routine

COMMENT = "# Written by hand for Sam: keep the knees soft.\n"


@pytest.fixture
def library(tmp_path: Path) -> RoutineLibrary:
    return RoutineLibrary(DataPaths(tmp_path / "data"), builtin_pack_path())


def test_an_empty_library_lists_the_builtin_routine_only(library: RoutineLibrary) -> None:
    routines = library.routines()
    assert len(routines) == 1
    assert routines[0].builtin
    assert routines[0].valid
    assert routines[0].title == load_pack(builtin_pack_path()).pack.title.text  # type: ignore[union-attr]
    assert not library.folder.exists()


def test_own_routines_are_listed_by_title_with_their_facts(tmp_path: Path,
                                                           library: RoutineLibrary) -> None:
    library.import_file(write_routine(tmp_path / "b", title="Zebra steps"))
    library.import_file(write_routine(tmp_path / "a", title="Apple lifts"))
    own = library.own()
    assert [r.title for r in own] == ["Apple lifts", "Zebra steps"]
    assert own[0].exercise_names == ("Lift",)
    pack = own[0].pack
    assert pack is not None
    assert own[0].length(None) == plan(pack).total_seconds
    assert own[0].length(PlanOptions(reps_per_side=3)) == plan(
        pack, PlanOptions(reps_per_side=3)).total_seconds
    # Options naming exercises this routine lacks fall back to its own defaults.
    assert own[0].length(PlanOptions(exercises=("march",))) == plan(pack).total_seconds


def test_an_invalid_routine_is_listed_as_invalid(library: RoutineLibrary) -> None:
    folder = library.folder / "broken"
    folder.mkdir(parents=True)
    (folder / PACK_NAME).write_text("format: 1\n", encoding="utf-8")
    broken = next(r for r in library.own() if r.folder == folder)
    assert not broken.valid
    assert broken.title == "broken"
    assert broken.length(None) is None
    assert broken.result.errors


def test_duplicating_the_builtin_routine_makes_an_own_copy_with_pictures(
        library: RoutineLibrary) -> None:
    builtin = library.builtin()
    copy = library.duplicate(builtin)
    assert not copy.builtin
    assert copy.valid
    assert copy.title == f"{builtin.title} (copy)"
    assert copy.pack is not None and builtin.pack is not None
    assert copy.pack.id == "hip-flexors-copy"
    assert plan(copy.pack).segments == plan(builtin.pack).segments
    # The built-in pack's comments are kept in the copy.
    assert "# HipFlex Desktop: the built-in content pack" in copy.file.read_text()
    assert library.duplicate(builtin).pack.id == "hip-flexors-copy-2"  # type: ignore[union-attr]


def test_rename_keeps_comments_and_key_order(tmp_path: Path, library: RoutineLibrary) -> None:
    routine = library.import_file(write_routine(tmp_path / "hand", comment=COMMENT))
    before = routine.file.read_text()
    renamed = library.rename(routine, "  Sam's   knees ")
    assert renamed.title == "Sam's knees"
    after = renamed.file.read_text()
    assert after.startswith(COMMENT)
    assert after.replace("title: Sam's knees", "title: Tiny pack") == before
    assert not any(p.name.endswith(".tmp") for p in routine.folder.iterdir())


@pytest.mark.parametrize(("title", "words"), [("   ", "needs a title"), ("x" * 201, "200")])
def test_rename_refuses_a_bad_title(tmp_path: Path, library: RoutineLibrary, title: str,
                                    words: str) -> None:
    routine = library.import_file(write_routine(tmp_path / "hand"))
    before = tree(library.folder)
    with pytest.raises(RoutineError, match=words):
        library.rename(routine, title)
    assert tree(library.folder) == before


def test_the_builtin_routine_is_read_only(library: RoutineLibrary) -> None:
    with pytest.raises(RoutineError, match="duplicate it"):
        library.rename(library.builtin(), "Mine")
    with pytest.raises(RoutineError, match="cannot be deleted"):
        library.delete(library.builtin())


def test_delete_then_restore_brings_the_routine_back(tmp_path: Path,
                                                      library: RoutineLibrary) -> None:
    routine = library.import_file(write_routine(tmp_path / "hand"))
    files = tree(routine.folder)
    deleted = library.delete(routine)
    assert library.own() == []
    assert not routine.folder.exists()
    restored = library.restore(deleted)
    assert restored.folder == routine.folder
    assert tree(restored.folder) == files


def test_discard_hands_deleted_routines_to_the_trash(tmp_path: Path,
                                                     library: RoutineLibrary) -> None:
    first = library.delete(library.import_file(write_routine(tmp_path / "one")))
    second = library.delete(library.import_file(write_routine(tmp_path / "two", title="Two")))
    trashed: list[Path] = []

    def trash(path: Path) -> bool:
        if path == first.held:
            trashed.append(path)
            path.rename(tmp_path / "trash")
            return True
        return False  # no trash for this one: it is removed

    assert library.discard(trash) == []
    assert trashed == [first.held]
    assert (tmp_path / "trash" / PACK_NAME).is_file()
    assert not second.held.exists()
    assert sorted(p.name for p in library.folder.iterdir()) == []


def test_a_plain_pack_file_imports_with_its_pictures(tmp_path: Path,
                                                     library: RoutineLibrary) -> None:
    source = write_routine(tmp_path / "hand", comment=COMMENT)
    (source.parent / "unrelated.txt").write_text("not copied", encoding="utf-8")
    routine = library.import_file(source)
    assert routine.valid
    assert routine.folder.parent == library.folder
    assert sorted(tree(routine.folder)) == ["pictures/lift.svg", PACK_NAME]
    assert (routine.folder / "pictures" / "lift.svg").read_bytes() == SVG
    assert routine.file.read_text().startswith(COMMENT)
    assert library.import_file(source).folder.name == "tiny-pack-2"


def test_an_invalid_pack_file_is_refused_and_nothing_written(tmp_path: Path,
                                                            library: RoutineLibrary) -> None:
    source = tmp_path / "bad.yaml"
    source.write_text(tiny_pack().replace("sets: 1", "sets: 0"), encoding="utf-8")
    with pytest.raises(ShareError) as refused:
        library.import_file(source)
    assert f"{source}:" in str(refused.value)
    assert "defaults.sets" in str(refused.value)
    assert not library.folder.exists()


def test_export_refuses_an_invalid_routine(tmp_path: Path, library: RoutineLibrary) -> None:
    folder = library.folder / "broken"
    folder.mkdir(parents=True)
    (folder / PACK_NAME).write_text("format: 1\n", encoding="utf-8")
    broken = library.own()[0]
    with pytest.raises(RoutineError, match="has problems"):
        library.export(broken, tmp_path / "out.hipflex")
    assert not (tmp_path / "out.hipflex").exists()
