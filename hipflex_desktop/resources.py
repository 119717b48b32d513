"""The one way to reach files shipped in ``resources/`` (``hipflex_desktop._resources``).

Every caller names a resource by a relative POSIX path; absolute paths and ``..`` are refused so
that no caller can be talked into reading outside the shipped folder.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable  # importlib.abc's is deprecated in 3.13
from pathlib import Path, PurePosixPath

_PACKAGE = "hipflex_desktop._resources"


class ResourceError(ValueError):
    """A resource name that is not a plain relative path inside the shipped resources."""


def _checked_parts(name: str) -> tuple[str, ...]:
    if not name or "\\" in name or "\x00" in name:
        raise ResourceError(f"not a resource name: {name!r}")
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("..", "") for part in path.parts):
        raise ResourceError(f"resource names are relative paths inside resources/: {name!r}")
    return path.parts


def resource(name: str) -> Traversable:
    """The shipped resource ``name`` (for example ``"packs/hip-flexors.yaml"``)."""
    node: Traversable = resources.files(_PACKAGE)
    for part in _checked_parts(name):
        node = node.joinpath(part)
    return node


def resource_path(name: str) -> Path:
    """A filesystem path for ``name``; resources are installed as plain files, never zipped."""
    node = resource(name)
    path = Path(str(node))
    if not path.exists():
        raise FileNotFoundError(f"missing resource: {name}")
    return path


def builtin_pack_path() -> Path:
    return resource_path("packs/hip-flexors.yaml")


def schema_path() -> Path:
    return resource_path("schema/content-pack-1.schema.json")
