"""Fixtures for the history store tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hipflex_desktop.store.history import History


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def history(db_path: Path) -> Iterator[History]:
    with History.open(db_path) as opened:
        yield opened
