"""The ``.hipflex`` share file: one routine and its pictures in a zip, with a format number.

A share file comes from a stranger, so it is read as untrusted and checked whole before
anything of it reaches the data folder: the archive's size and its declared number of entries
(read from its end record, before the zip module builds a list of them), every entry's name
(relative, inside the routine's folder, no ``..``, no links or other special entries, no two
alike), every entry's size, the whole size and how far each entry expands, then the pack with
the same loader ``hipflex validate`` uses and every picture with the same checker the loader
uses. Only a share that passes all of this is handed back, as bytes to be written.
"""

from __future__ import annotations

import io
import json
import os
import stat
import struct
import tempfile
import unicodedata
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Final

from hipflex_desktop.core import yamltree
from hipflex_desktop.core.loader import LoadResult, Problem, load_pack_bytes
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.pictures import MAX_PICTURE_BYTES, UnsafePicture, check_picture_file

SHARE_SUFFIX: Final = ".hipflex"
SHARE_FORMAT: Final = 1
MANIFEST: Final = "hipflex.json"
PACK_NAME: Final = "routine.yaml"
PICTURE_SUFFIXES: Final = (".svg", ".png")

# A routine has at most 20 exercises, each with a picture and two variants with their own:
# 60 pictures of at most 2 MiB. The limits leave room for that and no more.
MAX_ARCHIVE_BYTES: Final = 64 * 1024 * 1024
MAX_ENTRIES: Final = 256
MAX_TOTAL_BYTES: Final = 128 * 1024 * 1024
MAX_MANIFEST_BYTES: Final = 4096
# SVG text compresses about tenfold; a hundredfold or more is a file made to expand.
MAX_RATIO: Final = 100
RATIO_FLOOR_BYTES: Final = 64 * 1024  # small entries may compress as well as they like
MAX_NAME_LENGTH: Final = 255
MAX_DEPTH: Final = 4
_EOCD_SIGNATURE: Final = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE: Final = b"PK\x06\x07"
_ZIP64_EOCD_SIGNATURE: Final = b"PK\x06\x06"
_EOCD_SIZE: Final = 22
_MAX_COMMENT: Final = 0xFFFF


class ShareError(ValueError):
    """The share file cannot be used; ``problems`` says every reason, each located."""

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Share:
    """A checked share: its pack (loaded), the loader's warnings and the files to write."""

    pack: Pack
    result: LoadResult
    files: Mapping[PurePosixPath, bytes]  # PACK_NAME and the pictures, relative names

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return self.result.warnings


def is_share_file(path: Path) -> bool:
    return path.suffix.lower() == SHARE_SUFFIX


# -- reading -------------------------------------------------------------------------------


def read_share(path: Path) -> Share:
    """The checked contents of the share file at ``path``; raises ShareError."""
    source = str(path)
    try:
        with path.open("rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise _refuse(source, "this is not a plain file")
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_ARCHIVE_BYTES:
                raise _refuse(source, f"the file is larger than {_mib(MAX_ARCHIVE_BYTES)}")
            data = stream.read(MAX_ARCHIVE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(source, "no such file") from None
    except IsADirectoryError:
        raise _refuse(source, "this is a folder; give the .hipflex file") from None
    except PermissionError:
        raise _refuse(source, "the file cannot be read (permission denied)") from None
    except OSError as exc:
        raise _refuse(source, f"the file cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_ARCHIVE_BYTES:
        raise _refuse(source, f"the file is larger than {_mib(MAX_ARCHIVE_BYTES)}")
    return read_share_bytes(data, source=source)


def read_share_bytes(data: bytes, *, source: str = "<share>") -> Share:
    entries = _declared_entries(data, source)
    if entries > MAX_ENTRIES:
        raise _refuse(source, f"it holds {entries:,} entries; a routine needs at most"
                              f" {MAX_ENTRIES}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise _refuse(source, f"not a readable .hipflex (zip) file ({exc})") from None
    with archive:
        files = _read_entries(archive, source)
    manifest = files.pop(PurePosixPath(MANIFEST), None)
    if manifest is None:
        raise _refuse(source, f"{MANIFEST} is missing: this is not a HipFlex share file")
    _check_manifest(manifest, source)
    if PurePosixPath(PACK_NAME) not in files:
        raise _refuse(source, f"{PACK_NAME} (the routine) is missing")
    return _check_contents(files, source)


def _refuse(source: str, message: str, entry: str | None = None) -> ShareError:
    where = f"{source}: {_quoted(entry)}: " if entry is not None else f"{source}: "
    return ShareError((f"{where}error: {message}",))


def _quoted(name: str) -> str:
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in name[:120])
    return f'entry "{shown}{"…" if len(name) > 120 else ""}"'


def _mib(size: int) -> str:
    return f"{size // 1024 // 1024} MiB"


def _declared_entries(data: bytes, source: str) -> int:
    """The number of entries the archive's end record declares (its zip64 record when it has
    one), read before the zip module lists them: a million entries would take it seconds and
    hundreds of megabytes."""
    tail_start = max(0, len(data) - _EOCD_SIZE - _MAX_COMMENT)
    at = data.rfind(_EOCD_SIGNATURE, tail_start)
    if at < 0 or len(data) - at < _EOCD_SIZE:
        raise _refuse(source, "not a .hipflex (zip) file: its end record is missing")
    (entries,) = struct.unpack_from("<H", data, at + 10)
    locator = at - 20
    if locator >= 0 and data[locator:locator + 4] == _ZIP64_LOCATOR_SIGNATURE:
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if record + 56 > len(data) or data[record:record + 4] != _ZIP64_EOCD_SIGNATURE:
            raise _refuse(source, "not a readable .hipflex (zip) file: its zip64 record is"
                                  " damaged")
        (entries,) = struct.unpack_from("<Q", data, record + 32)
    return int(entries)


def _read_entries(archive: zipfile.ZipFile, source: str) -> dict[PurePosixPath, bytes]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(source, f"it holds {len(infos):,} entries; a routine needs at most"
                              f" {MAX_ENTRIES}")
    seen: dict[str, str] = {}
    files: dict[PurePosixPath, bytes] = {}
    total = 0
    for info in infos:
        name = info.filename
        relative = _checked_name(name, source)
        key = unicodedata.normalize("NFC", str(relative)).casefold()
        if key in seen:
            raise _refuse(source, f"the name is used twice (also by {_quoted(seen[key])})", name)
        seen[key] = name
        _check_kind(info, source)
        if info.is_dir():
            continue
        limit = _entry_limit(relative, source, name)
        if info.flag_bits & 0x1:
            raise _refuse(source, "encrypted entries are not read", name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(source, "only stored or deflated entries are read", name)
        if info.file_size > limit:
            raise _refuse(source, f"it expands to {info.file_size:,} bytes; at most"
                                  f" {limit:,} are allowed", name)
        _check_ratio(info.file_size, info.compress_size, source, name)
        try:
            with archive.open(info) as stream:
                body = stream.read(limit + 1)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError,
                EOFError, NotImplementedError) as exc:
            raise _refuse(source, f"the entry cannot be read ({exc})", name) from None
        if len(body) > limit:
            raise _refuse(source, f"it expands past {limit:,} bytes", name)
        _check_ratio(len(body), info.compress_size, source, name)
        total += len(body)
        if total > MAX_TOTAL_BYTES:
            raise _refuse(source, f"its entries expand past {_mib(MAX_TOTAL_BYTES)} in all")
        files[relative] = body
    return files


def _checked_name(name: str, source: str) -> PurePosixPath:
    if not name or len(name) > MAX_NAME_LENGTH:
        raise _refuse(source, f"entry names must be 1 to {MAX_NAME_LENGTH} characters", name)
    if any(not c.isprintable() for c in name) or "\\" in name:
        raise _refuse(source, "entry names may not hold control characters or \\", name)
    trimmed = name.removesuffix("/")
    if trimmed.startswith("/") or (len(trimmed) > 1 and trimmed[1] == ":"):
        raise _refuse(source, "absolute names lead outside the routine's folder", name)
    parts = trimmed.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise _refuse(source, "names with .., . or an empty part lead outside the routine's"
                              " folder", name)
    if any(":" in part for part in parts):
        raise _refuse(source, "entry names may not hold : (a drive or a stream)", name)
    if len(parts) > MAX_DEPTH:
        raise _refuse(source, f"entries may be at most {MAX_DEPTH} folders deep", name)
    return PurePosixPath(trimmed)


def _check_kind(info: zipfile.ZipInfo, source: str) -> None:
    """Plain files and folders only: a link could point anywhere once written."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind in (0, stat.S_IFREG) or (kind == stat.S_IFDIR and info.is_dir()):
        return
    what = "a symbolic link" if kind == stat.S_IFLNK else "a special file"
    raise _refuse(source, f"it is {what}; only plain files are read", info.filename)


def _entry_limit(relative: PurePosixPath, source: str, name: str) -> int:
    text = str(relative)
    if text == MANIFEST:
        return MAX_MANIFEST_BYTES
    if text == PACK_NAME:
        return yamltree.MAX_BYTES
    if relative.suffix.lower() in PICTURE_SUFFIXES:
        return MAX_PICTURE_BYTES
    raise _refuse(source, f"a share file holds only {MANIFEST}, {PACK_NAME} and .svg or .png"
                          " pictures", name)


def _check_ratio(size: int, compressed: int, source: str, name: str) -> None:
    if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(compressed, 1):
        raise _refuse(source, f"it expands {size // max(compressed, 1):,}-fold (at most"
                              f" {MAX_RATIO}-fold is allowed): a file made to fill the disk",
                      name)


def _check_manifest(data: bytes, source: str) -> None:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refuse(source, "not readable JSON", MANIFEST) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("format"), int):
        raise _refuse(source, 'it must be a JSON object with a "format" number', MANIFEST)
    version = manifest["format"]
    if version > SHARE_FORMAT:
        raise _refuse(source, f"made by a newer HipFlex (share format {version}; this one"
                              f" reads format {SHARE_FORMAT})", MANIFEST)
    if version < 1:
        raise _refuse(source, f"unknown share format {version}", MANIFEST)


def _check_contents(files: dict[PurePosixPath, bytes], source: str) -> Share:
    """The pack through the loader and every picture through the loader's checker, in a
    private temporary folder outside the data folder."""
    with tempfile.TemporaryDirectory(prefix="hipflex-share-") as scratch:
        folder = Path(scratch)
        for relative, body in files.items():
            target = folder.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        problems: list[str] = []
        for relative in sorted(files):
            if relative.suffix.lower() not in PICTURE_SUFFIXES:
                continue
            try:
                check_picture_file(folder.joinpath(*relative.parts), folder=folder)
            except (UnsafePicture, OSError) as exc:
                problems.append(f"{source}: {_quoted(str(relative))}: error: the picture"
                                f" cannot be used: {exc}")
        result = load_pack_bytes(files[PurePosixPath(PACK_NAME)],
                                 source=f"{source}:{PACK_NAME}", base_dir=folder)
    problems.extend(str(p) for p in result.errors)
    if problems or result.pack is None:
        raise ShareError(tuple(problems))
    return Share(result.pack, result, dict(files))


# -- writing -------------------------------------------------------------------------------


def write_share(destination: Path, files: Mapping[PurePosixPath, bytes], *,
                app_version: str) -> None:
    """Write ``files`` (PACK_NAME and its pictures) as a share file: to a temporary file
    beside ``destination``, then renamed over it, so a failed write leaves nothing half
    made."""
    manifest = json.dumps({"format": SHARE_FORMAT, "pack": PACK_NAME,
                           "made_by": f"HipFlex Desktop {app_version}"}, indent=2)
    handle, temporary = tempfile.mkstemp(prefix=".hipflex-", suffix=".tmp",
                                         dir=destination.parent)
    try:
        with os.fdopen(handle, "wb") as raw:
            _write_zip(raw, manifest, files)
            raw.flush()
            os.fsync(raw.fileno())
        Path(temporary).replace(destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_zip(raw: BinaryIO, manifest: str,
               files: Mapping[PurePosixPath, bytes]) -> None:
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_plain_entry(MANIFEST), manifest)
        for relative in sorted(files, key=lambda p: (str(p) != PACK_NAME, str(p))):
            archive.writestr(_plain_entry(str(relative)), files[relative])


def _plain_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info
