"""Reading a file someone else named: only a regular file, never blocking, every error in words.

Packs, their pictures and imported files come from anyone. A name can point at a FIFO (whose
``open`` waits for a writer for ever), a device (``/dev/zero`` never ends), a folder, or be no
valid name at all (a NUL byte, a name longer than the system allows, a loop of links). Each
of these becomes a :class:`FileProblem` whose message says what the name is, so callers turn it
into a located message instead of a hang or a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

# The longest name of one folder or file that Linux (and most file systems) accepts, in bytes.
MAX_NAME_BYTES: Final = 255

_OPEN_FLAGS: Final = (os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
                      | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))

_ERRNO_WORDS: Final = {
    errno.ENOENT: "no such file",
    errno.EACCES: "the file cannot be read (permission denied)",
    errno.EPERM: "the file cannot be read (not permitted)",
    errno.ENAMETOOLONG: f"the name is too long (at most {MAX_NAME_BYTES} bytes for each part"
                        " of a path)",
    errno.ELOOP: "the name leads through a loop of symbolic links",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENXIO: "this is a socket or a device that is not there, not a file",
    errno.EISDIR: "this is a folder, not a file",
}


class FileProblem(Exception):  # noqa: N818 - reads as what is wrong with the file
    """The named file cannot be read as a regular file; the message says why, in words."""


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "this is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "this is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "this is a socket, not a file"
    return "this is not a regular file"


def describe_os_error(exc: OSError) -> str:
    """An OSError from opening or reading a file, in words (without the file's name)."""
    if exc.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[exc.errno]
    return f"the file cannot be read ({exc.strerror or type(exc).__name__})"


def read_regular_file(path: Path | str, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of the regular file at ``path`` (one more than the
    bound, so that the caller can tell a file that is too large).

    The file is opened without blocking and checked with ``fstat`` on the open descriptor, so
    a FIFO is never waited on and the file checked is the file read."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise FileProblem(describe_os_error(exc)) from None
    except ValueError:  # a NUL byte, or a character the file system cannot name
        raise FileProblem("the name holds a character no file name can hold"
                          " (such as a NUL byte)") from None
    try:
        kind = kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise FileProblem(kind)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(describe_os_error(exc)) from None
    finally:
        os.close(fd)
