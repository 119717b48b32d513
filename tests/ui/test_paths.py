"""The data folder the store computes without Qt is the one Qt names for this app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from pytestqt.qtbot import QtBot

from hipflex_desktop import APP_ID
from hipflex_desktop.store.paths import DataPaths, default_data_dir


@pytest.fixture
def named_app(qtbot: QtBot) -> Iterator[None]:
    """The application named as ``hipflex`` names it: no organisation."""
    name = QCoreApplication.applicationName()
    organisation = QCoreApplication.organizationName()
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setOrganizationName("")
    yield
    QCoreApplication.setApplicationName(name)
    QCoreApplication.setOrganizationName(organisation)


def _qt_app_data() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def test_with_xdg_data_home(named_app: None, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert DataPaths().root == _qt_app_data() == tmp_path / "data" / APP_ID


def test_without_xdg_data_home(named_app: None, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert DataPaths().root == _qt_app_data() == tmp_path / ".local" / "share" / APP_ID


def test_a_relative_xdg_data_home_is_ignored_by_both(named_app: None, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")
    assert default_data_dir() == _qt_app_data() == tmp_path / ".local" / "share" / APP_ID


def test_data_dir_replaces_the_default(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "mine")
    assert paths.root == tmp_path / "mine"
    assert paths.history_file.parent == paths.root
    assert paths.ensure() == paths.root
    assert (paths.root.stat().st_mode & 0o777) == 0o700
