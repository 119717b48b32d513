"""``--trace FILE``: every session event as one JSON object per line, for tests and diagnosis.

Each line carries ``t`` (monotonic seconds: for a segment that started because the previous one
ran out, the exact boundary), ``event``, and where they apply ``index``, ``exercise``,
``side``, ``rep``, ``phase`` and ``remaining``. Lines are flushed as they are written so that a
reader (or a test killing the app) sees every event up to the last one.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import IO, Any

from hipflex_desktop.core.session import Event


class TraceWriter:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._stream: IO[str] | None = path.open("a", encoding="utf-8", buffering=1)
        self.failed: str | None = None

    @property
    def path(self) -> Path:
        return self._path

    def write(self, event: str, t: float | None = None, **fields: Any) -> None:
        if self._stream is None:
            return
        record = {"t": round(time.monotonic() if t is None else t, 6), "event": event, **fields}
        try:
            self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:  # a full disk must not stop the session
            self.failed = str(exc)
            self.close()

    def session_event(self, event: Event) -> None:
        data = event.to_json()
        name = data.pop("event")
        at = data.pop("at")
        self.write(name, at, **data)

    def close(self) -> None:
        if self._stream is not None:
            with contextlib.suppress(OSError):
                self._stream.close()
            self._stream = None
