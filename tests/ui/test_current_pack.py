"""The current pack has one owner, which is also the one place packs are loaded: a good file
becomes the current pack and says so; a broken one is refused with its problems and the
current pack stays."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from hipflex_desktop.core.model import Pack
from hipflex_desktop.ui.current_pack import CurrentPack
from tests.ui.helpers import copy_pack


def test_a_good_pack_becomes_current_and_a_broken_one_is_refused(
        qtbot: QtBot, builtin_pack: Pack, tmp_path: Path) -> None:
    packs = CurrentPack(builtin_pack)
    changed: list[Pack] = []
    refused: list[tuple[Path, object]] = []
    packs.changed.connect(changed.append)
    packs.refused.connect(lambda path, result: refused.append((path, result)))

    good = copy_pack(tmp_path, title="Evening strength")
    assert packs.open(good) is True
    assert packs.pack.title.text == "Evening strength"
    assert changed == [packs.pack]

    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    assert packs.open(broken) is False
    assert packs.pack is changed[0]  # the current pack stays
    ((path, result),) = refused
    assert path == broken
    assert result.pack is None and result.errors  # type: ignore[attr-defined]

    packs.use(packs.pack)  # the same pack again is no change
    assert len(changed) == 1
    packs.use(builtin_pack)
    assert changed[-1] is builtin_pack and packs.pack is builtin_pack
