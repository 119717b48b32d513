"""The person's library of routines: the built-in one and their own, kept in the data folder.

Each own routine is a folder under ``routines/`` holding ``routine.yaml`` and the pictures it
names. The built-in routine lives with the app and is read-only: duplicating it makes an own
copy. Every change reaches its final place by a rename (a new routine is written into a
hidden ``.incoming-*`` folder first), so an interrupted change leaves no half-made routine in
the list. A deleted routine is moved to ``routines/.deleted`` so it can be brought back in the
same run; the window hands it to the desktop's trash when the run ends (``discard``).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Final

from hipflex_desktop import __version__
from hipflex_desktop.core.loader import LoadResult, load_pack
from hipflex_desktop.core.model import Pack
from hipflex_desktop.core.plan import PlanError, PlanOptions, plan
from hipflex_desktop.store.paths import PRIVATE_DIR_MODE, DataPaths
from hipflex_desktop.store.routine_yaml import YamlEditError, set_title_and_id
from hipflex_desktop.store.sharefile import (
    PACK_NAME,
    SHARE_SUFFIX,
    ShareError,
    is_share_file,
    read_share,
    write_share,
)

ROUTINES_FOLDER: Final = "routines"
DELETED_FOLDER: Final = ".deleted"
MAX_TITLE: Final = 200
_SLUG_CLEAN: Final = re.compile(r"[^a-z0-9]+")

Trash = Callable[[Path], bool]  # moves a folder to the desktop's trash; False when it cannot


class RoutineError(ValueError):
    """A change to the library could not be made; the message says why, for the person."""


@dataclass(frozen=True, slots=True)
class Routine:
    """One routine of the library, read and checked."""

    file: Path
    result: LoadResult
    builtin: bool

    @property
    def folder(self) -> Path:
        return self.file.parent

    @property
    def pack(self) -> Pack | None:
        return self.result.pack

    @property
    def valid(self) -> bool:
        return self.result.pack is not None

    @property
    def title(self) -> str:
        return self.pack.title.text if self.pack is not None else self.folder.name

    @property
    def exercise_names(self) -> tuple[str, ...]:
        return () if self.pack is None else tuple(e.name.text for e in self.pack.exercises)

    def length(self, options: PlanOptions | None) -> float | None:
        """Seconds a session takes with ``options`` (the pack's defaults where ``None``)."""
        if self.pack is None:
            return None
        try:
            return plan(self.pack, options).total_seconds
        except PlanError:
            try:  # the options name exercises or values this routine does not have
                return plan(self.pack).total_seconds
            except PlanError:
                return None


@dataclass(frozen=True, slots=True)
class Deleted:
    """A routine moved aside by ``delete``; ``restore`` brings it back."""

    held: Path
    name: str
    title: str


class RoutineLibrary:
    def __init__(self, paths: DataPaths, builtin_file: Path) -> None:
        self._paths = paths
        self.builtin_file = builtin_file

    @property
    def folder(self) -> Path:
        return self._paths.root / ROUTINES_FOLDER

    # -- reading -----------------------------------------------------------------------------

    def builtin(self) -> Routine:
        return Routine(self.builtin_file, load_pack(self.builtin_file), builtin=True)

    def own(self) -> list[Routine]:
        """The person's routines, by title."""
        if not self.folder.is_dir():
            return []
        found = []
        for entry in self.folder.iterdir():
            if entry.name.startswith(".") or entry.is_symlink() or not entry.is_dir():
                continue
            file = entry / PACK_NAME
            found.append(Routine(file, load_pack(file), builtin=False))
        return sorted(found, key=lambda r: (r.title.casefold(), r.folder.name))

    def routines(self) -> list[Routine]:
        return [self.builtin(), *self.own()]

    def find(self, file: Path) -> Routine:
        if file == self.builtin_file:
            return self.builtin()
        return Routine(file, load_pack(file), builtin=False)

    # -- changes -----------------------------------------------------------------------------

    def duplicate(self, routine: Routine) -> Routine:
        """An own copy of ``routine`` with its pictures, titled "… (copy)", with an id of its
        own (settings are remembered per id)."""
        pack = self._valid_pack(routine, "duplicated")
        text = self._read_text(routine.file)
        taken = {r.pack.id for r in self.routines() if r.pack is not None}
        new_id = _unique(f"{pack.id}-copy"[:63], taken)
        try:
            text = set_title_and_id(text, title=_copy_title(pack.title.text), pack_id=new_id)
        except YamlEditError as exc:
            raise RoutineError(str(exc)) from None
        files = {PurePosixPath(PACK_NAME): text.encode("utf-8")}
        files.update(self._picture_files(routine, pack))
        return self._add(files, new_id)

    def rename(self, routine: Routine, title: str) -> Routine:
        if routine.builtin:
            raise RoutineError("The built-in routine cannot be renamed; duplicate it first.")
        title = " ".join(title.split())
        if not title:
            raise RoutineError("A routine needs a title.")
        if len(title) > MAX_TITLE:
            raise RoutineError(f"A title may be at most {MAX_TITLE} characters.")
        try:
            text = set_title_and_id(self._read_text(routine.file), title=title)
        except YamlEditError as exc:
            raise RoutineError(str(exc)) from None
        write_text_replacing(routine.file, text)
        return self.find(routine.file)

    def delete(self, routine: Routine) -> Deleted:
        if routine.builtin:
            raise RoutineError("The built-in routine cannot be deleted.")
        held_root = self.folder / DELETED_FOLDER
        try:
            held_root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            held = Path(tempfile.mkdtemp(prefix=f"{routine.folder.name}-", dir=held_root))
            routine.folder.replace(held)
        except OSError as exc:
            raise RoutineError(f"The routine could not be deleted ({_reason(exc)}).") from None
        return Deleted(held, routine.folder.name, routine.title)

    def restore(self, deleted: Deleted) -> Routine:
        target = self.folder / _unique(deleted.name, self._folder_names())
        try:
            deleted.held.replace(target)
        except OSError as exc:
            raise RoutineError(f"The routine could not be brought back ({_reason(exc)}).") \
                from None
        return self.find(target / PACK_NAME)

    def discard(self, trash: Trash) -> list[Path]:
        """Hand every deleted routine to ``trash``, removing those it cannot take; the folders
        that could not be removed at all."""
        held_root = self.folder / DELETED_FOLDER
        left = []
        if held_root.is_dir():
            for held in held_root.iterdir():
                if not trash(held):
                    shutil.rmtree(held, ignore_errors=True)
                if held.exists():
                    left.append(held)
            if not left:
                held_root.rmdir()
        return left

    def new_folder(self, name: str = "my-routine") -> Path:
        """A folder for a new routine, not yet made (it is made when the routine is saved)."""
        return self.folder / _unique(_slug(name), self._folder_names())

    # -- sharing -----------------------------------------------------------------------------

    def export(self, routine: Routine, destination: Path) -> Path:
        """Write ``routine`` with its pictures as a share file (``.hipflex`` added when the
        name lacks it)."""
        pack = self._valid_pack(routine, "exported")
        if destination.suffix.lower() != SHARE_SUFFIX:
            destination = destination.with_name(destination.name + SHARE_SUFFIX)
        files = {PurePosixPath(PACK_NAME): routine.file.read_bytes()}
        files.update(self._picture_files(routine, pack))
        try:
            write_share(destination, files, app_version=__version__)
        except OSError as exc:
            raise RoutineError(f"{destination} could not be written ({_reason(exc)}).") \
                from None
        return destination

    def import_file(self, source: Path) -> Routine:
        """Add the routine in ``source`` (a ``.hipflex`` share or a pack's ``.yaml``) to the
        library, checked whole first; raises ShareError with every problem, located."""
        if is_share_file(source):
            share = read_share(source)
            return self._add(share.files, share.pack.id)
        result = load_pack(source)
        if result.pack is None:
            raise ShareError(tuple(str(p) for p in result.errors))
        routine = Routine(source, result, builtin=False)
        files = {PurePosixPath(PACK_NAME): source.read_bytes()}
        files.update(self._picture_files(routine, result.pack))
        return self._add(files, result.pack.id)

    # -- helpers -----------------------------------------------------------------------------

    def _valid_pack(self, routine: Routine, verb: str) -> Pack:
        if routine.pack is None:
            raise RoutineError(f"{routine.title} has problems and cannot be {verb}; fix them"
                               " first.")
        return routine.pack

    @staticmethod
    def _read_text(file: Path) -> str:
        try:  # line endings as they are: a renamed CR LF file stays CR LF
            with file.open(encoding="utf-8", newline="") as stream:
                return stream.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise RoutineError(f"{file} cannot be read ({exc}).") from None

    @staticmethod
    def _picture_files(routine: Routine, pack: Pack) -> dict[PurePosixPath, bytes]:
        files = {}
        for picture in _pictures(pack):
            relative = PurePosixPath(picture.as_posix())
            try:
                files[relative] = (routine.folder / picture).read_bytes()
            except OSError as exc:
                raise RoutineError(f"The picture {relative} cannot be read ({_reason(exc)}).") \
                    from None
        return files

    def _folder_names(self) -> set[str]:
        return {e.name for e in self.folder.iterdir()} if self.folder.is_dir() else set()

    def _add(self, files: Mapping[PurePosixPath, bytes], pack_id: str) -> Routine:
        """Write ``files`` into a hidden folder, then rename it into the library."""
        try:
            self._paths.ensure()
            self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
            incoming = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.folder))
        except OSError as exc:
            raise RoutineError(f"The data folder cannot be written ({_reason(exc)}).") from None
        try:
            for relative, body in files.items():
                target = incoming.joinpath(*relative.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(body)
            name = _unique(_slug(pack_id), self._folder_names())
            incoming.replace(self.folder / name)
        except OSError as exc:
            shutil.rmtree(incoming, ignore_errors=True)
            raise RoutineError(f"The routine could not be saved ({_reason(exc)}).") from None
        return self.find(self.folder / name / PACK_NAME)


def write_text_replacing(file: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``file`` and rename it over ``file``."""
    handle, temporary = tempfile.mkstemp(prefix=f".{file.name}-", suffix=".tmp",
                                         dir=file.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(file)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise RoutineError(f"{file} could not be saved ({_reason(exc)}).") from None


def _pictures(pack: Pack) -> Iterable[Path]:
    seen: set[Path] = set()
    for exercise in pack.exercises:
        pictures = [exercise.picture, *(v.picture for v in exercise.variants.values())]
        for picture in pictures:
            if picture is not None and picture not in seen:
                seen.add(picture)
                yield picture


def _copy_title(title: str) -> str:
    return f"{title[:MAX_TITLE - 7]} (copy)"


def _slug(text: str) -> str:
    return _SLUG_CLEAN.sub("-", text.lower()).strip("-")[:63] or "routine"


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    number = 2
    while f"{name}-{number}" in taken:
        number += 1
    return f"{name}-{number}"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
