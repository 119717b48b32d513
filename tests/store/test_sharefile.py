"""The .hipflex share file: written by export, read back whole, and hostile files refused
before anything reaches the data folder."""

from __future__ import annotations

import io
import json
import stat
import struct
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from hipflex_desktop import cli
from hipflex_desktop.resources import builtin_pack_path
from hipflex_desktop.store.paths import DataPaths
from hipflex_desktop.store.routines import RoutineLibrary
from hipflex_desktop.store.sharefile import (
    MAX_ENTRIES,
    PACK_NAME,
    ShareError,
    read_share,
    write_share,
)
from tests.packs import tiny_pack
from tests.store.routine_files import SVG, tree, write_routine

MANIFEST_BYTES = json.dumps({"format": 1, "pack": PACK_NAME}).encode()


def share_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]], *,
              manifest: bytes | None = MANIFEST_BYTES) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr("hipflex.json", manifest)
        for info, body in entries:
            archive.writestr(info, body)
    return path


def good_entries() -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [(PACK_NAME, tiny_pack().encode()), ("pictures/lift.svg", SVG)]


@pytest.fixture
def library(tmp_path: Path) -> RoutineLibrary:
    return RoutineLibrary(DataPaths(tmp_path / "data"), builtin_pack_path())


def import_refused(library: RoutineLibrary, share: Path) -> str:
    """Import ``share`` through the library and through ``hipflex import``; both refuse, and the
    data folder is as it was. The library's message."""
    before = tree(library.folder.parent)
    with pytest.raises(ShareError) as refused:
        library.import_file(share)
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["import", str(share), "--data-dir", str(library.folder.parent)], out, err)
    assert code == cli.EXIT_PROBLEM
    assert "nothing was written" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert tree(library.folder.parent) == before
    assert not any(library.folder.glob(".incoming-*"))
    message = str(refused.value)
    assert message.startswith(str(share))
    return message


def test_a_good_share_is_read_whole(tmp_path: Path) -> None:
    share = read_share(share_zip(tmp_path / "good.hipflex", good_entries()))
    assert share.pack.id == "tiny-pack"
    assert set(share.files) == {PurePosixPath(PACK_NAME), PurePosixPath("pictures/lift.svg")}
    assert share.files[PurePosixPath("pictures/lift.svg")] == SVG


def test_export_then_import_on_a_fresh_data_folder(tmp_path: Path,
                                                  library: RoutineLibrary) -> None:
    source = library.import_file(write_routine(tmp_path / "hand", title="Morning knees"))
    exported = library.export(source, tmp_path / "morning")
    assert exported.name == "morning.hipflex"
    fresh = RoutineLibrary(DataPaths(tmp_path / "fresh"), builtin_pack_path())
    imported = fresh.import_file(exported)
    assert imported.title == "Morning knees"
    assert imported.valid
    assert (imported.folder / "pictures" / "lift.svg").read_bytes() == SVG
    assert (imported.folder / PACK_NAME).read_bytes() == source.file.read_bytes()


def test_the_builtin_routine_exports_with_all_its_pictures(tmp_path: Path,
                                                           library: RoutineLibrary) -> None:
    exported = library.export(library.builtin(), tmp_path / "builtin.hipflex")
    share = read_share(exported)
    assert share.pack.exercise_ids == library.builtin().pack.exercise_ids  # type: ignore[union-attr]
    pictures = {str(p) for p in share.files if str(p) != PACK_NAME}
    assert pictures == {f"pictures/{p.name}"
                        for p in (builtin_pack_path().parent / "pictures").glob("*.svg")}


def test_write_share_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_share(tmp_path / "a.hipflex", {PurePosixPath(PACK_NAME): tiny_pack().encode(),
                                         PurePosixPath("pictures/lift.svg"): SVG},
                app_version="1")
    assert [p.name for p in tmp_path.iterdir()] == ["a.hipflex"]


@pytest.mark.parametrize(("name", "words"), [
    ("../evil.svg", ".."),
    ("pictures/../../evil.svg", ".."),
    ("/etc/evil.svg", "absolute"),
    ("C:/evil.svg", "absolute"),
    ("pictures\\evil.svg", "\\"),
    ("pictures//evil.svg", "empty part"),
    ("evil.sh", "only hipflex.json"),
    ("a/b/c/d/e.svg", "folders deep"),
])
def test_entry_names_outside_the_folder_are_refused(tmp_path: Path, library: RoutineLibrary,
                                                    name: str, words: str) -> None:
    share = share_zip(tmp_path / "bad.hipflex", [*good_entries(), (name, SVG)])
    message = import_refused(library, share)
    assert words in message
    assert "entry" in message


def test_a_symbolic_link_entry_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    link = zipfile.ZipInfo("pictures/link.svg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    share = share_zip(tmp_path / "link.hipflex", [*good_entries(), (link, b"/etc/passwd")])
    assert "symbolic link" in import_refused(library, share)


def test_a_special_entry_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    fifo = zipfile.ZipInfo("pictures/fifo.svg")
    fifo.external_attr = (stat.S_IFIFO | 0o644) << 16
    share = share_zip(tmp_path / "fifo.hipflex", [*good_entries(), (fifo, b"")])
    assert "special file" in import_refused(library, share)


def test_duplicate_names_are_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    share = tmp_path / "twice.hipflex"
    with pytest.warns(UserWarning, match="Duplicate name"):
        share_zip(share, [*good_entries(), ("pictures/lift.svg", b"<svg/>")])
    assert "used twice" in import_refused(library, share)


def test_names_alike_but_for_case_are_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    share = share_zip(tmp_path / "case.hipflex", [*good_entries(), ("pictures/LIFT.svg", SVG)])
    assert "used twice" in import_refused(library, share)


def test_a_zip_bomb_is_refused_from_its_declared_size(tmp_path: Path,
                                                      library: RoutineLibrary) -> None:
    bomb = b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * (200 * 1024 * 1024)
    share = share_zip(tmp_path / "bomb.hipflex", [*good_entries(), ("pictures/bomb.svg", bomb)])
    assert share.stat().st_size < 1024 * 1024
    assert "expands to" in import_refused(library, share)


def test_a_zip_bomb_that_lies_about_its_size_is_stopped_while_reading(
        tmp_path: Path, library: RoutineLibrary) -> None:
    share = share_zip(tmp_path / "liar.hipflex",
                      [*good_entries(), ("pictures/bomb.svg", b" " * (8 * 1024 * 1024))])
    data = bytearray(share.read_bytes())
    # Make every record of the entry claim 100 bytes: the reader must not believe it.
    name = b"pictures/bomb.svg"
    true_size = struct.pack("<I", 8 * 1024 * 1024)
    start = 0
    while (at := data.find(name, start)) >= 0:
        header = data.rfind(b"PK", 0, at)
        size_at = data.find(true_size, header, at)
        data[size_at:size_at + 4] = struct.pack("<I", 100)
        start = at + 1
    share.write_bytes(bytes(data))
    message = import_refused(library, share)
    assert "bomb.svg" in message


def test_a_highly_compressed_entry_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    padded = SVG.replace(b"</svg>", b"<!--" + b"x" * (1024 * 1024) + b"--></svg>")
    share = share_zip(tmp_path / "ratio.hipflex", [*good_entries(), ("pictures/pad.svg", padded)])
    assert "fold" in import_refused(library, share)


def _million_entries(path: Path, count: int = 1_000_000) -> Path:
    """A zip whose central directory lists ``count`` entries, all pointing at one stored empty
    file (entries overlap so the file stays under the size limit), ended with zip64 records."""
    name = b"a.svg"
    local = struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0)
    local += name
    central_one = struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0,
                              len(name), 0, 0, 0, 0, 0, 0) + name
    with path.open("wb") as out:
        out.write(local)
        directory_at = out.tell()
        block = central_one * 10_000
        for _ in range(count // 10_000):
            out.write(block)
        directory_size = out.tell() - directory_at
        zip64_at = out.tell()
        out.write(struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                              directory_size, directory_at))
        out.write(struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_at, 1))
        out.write(struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                              0xFFFFFFFF, 0))
    return path


def test_a_million_entries_are_refused_before_they_are_listed(
        tmp_path: Path, library: RoutineLibrary) -> None:
    share = _million_entries(tmp_path / "million.hipflex")
    message = import_refused(library, share)
    assert "1,000,000 entries" in message
    assert str(MAX_ENTRIES) in message


def test_too_many_entries_without_zip64_are_refused(tmp_path: Path,
                                                    library: RoutineLibrary) -> None:
    extra = [(f"pictures/p{i}.svg", SVG) for i in range(MAX_ENTRIES)]
    share = share_zip(tmp_path / "many.hipflex", [*good_entries(), *extra])
    assert "entries" in import_refused(library, share)


def test_a_pack_that_fails_validation_is_refused_with_its_location(
        tmp_path: Path, library: RoutineLibrary) -> None:
    broken = tiny_pack().replace("reps_per_side: 1", "reps_per_side: 500").encode()
    share = share_zip(tmp_path / "broken.hipflex",
                      [(PACK_NAME, broken), ("pictures/lift.svg", SVG)])
    message = import_refused(library, share)
    assert f"{share}:{PACK_NAME}:" in message
    assert "defaults.reps_per_side" in message


@pytest.mark.parametrize(("name", "body", "words"), [
    ("pictures/lift.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script>x</script></svg>",
     "<script>"),
    ("pictures/lift.svg", b"GIF89a not a picture", "not a readable SVG"),
])
def test_a_picture_that_is_not_one_is_refused(tmp_path: Path, library: RoutineLibrary,
                                              name: str, body: bytes, words: str) -> None:
    share = share_zip(tmp_path / "pic.hipflex", [(PACK_NAME, tiny_pack().encode()),
                                                 (name, body)])
    assert words in import_refused(library, share)


def test_an_unnamed_picture_is_checked_too(tmp_path: Path, library: RoutineLibrary) -> None:
    share = share_zip(tmp_path / "extra.hipflex",
                      [*good_entries(), ("pictures/extra.png", b"not a png")])
    assert "not a PNG" in import_refused(library, share)


@pytest.mark.parametrize(("manifest", "words"), [
    (None, "hipflex.json is missing"),
    (b"{", "not readable JSON"),
    (json.dumps({"format": 9}).encode(), "newer HipFlex"),
])
def test_the_manifest_is_required_and_its_format_checked(
        tmp_path: Path, library: RoutineLibrary, manifest: bytes | None, words: str) -> None:
    share = share_zip(tmp_path / "m.hipflex", good_entries(), manifest=manifest)
    assert words in import_refused(library, share)


def test_not_a_zip_is_refused(tmp_path: Path, library: RoutineLibrary) -> None:
    share = tmp_path / "text.hipflex"
    share.write_text("just text", encoding="utf-8")
    assert "end record" in import_refused(library, share)


def test_validate_checks_a_share_file(tmp_path: Path) -> None:
    good = share_zip(tmp_path / "good.hipflex", good_entries())
    bad = share_zip(tmp_path / "bad.hipflex", [*good_entries(), ("../x.svg", SVG)])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["validate", str(good)], out, err) == cli.EXIT_OK
    assert out.getvalue() == f"ok: {good}: tiny-pack 1.0.0, 1 exercise(s), 1 picture(s)\n"
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["validate", str(bad)], out, err) == cli.EXIT_PROBLEM
    assert err.getvalue().startswith(f'{bad}: entry "../x.svg": error: ')

