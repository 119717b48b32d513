"""The loader refuses every broken pack of the shared table (the JSON Schema refuses them too,
see test_builtin_pack_schema.py), and names the field at fault."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import load_text, messages

broken_packs = pytest.importorskip("tests.core.broken_packs",
                                   reason="the table of broken packs is not written yet")


def test_the_table_starts_from_a_pack_the_loader_accepts() -> None:
    result = load_text(broken_packs.MINIMAL_PACK_YAML)
    assert result.ok, messages(result)


@pytest.mark.parametrize("case", broken_packs.BROKEN_PACKS,
                         ids=[case.case_id for case in broken_packs.BROKEN_PACKS])
def test_the_loader_rejects_every_broken_pack(case: Any) -> None:
    result = load_text(broken_packs.pack_text(case))
    assert result.pack is None, f"{case.case_id} was accepted"
    assert result.errors
    fragment = case.expected_path_fragment
    assert any(fragment in problem.path for problem in result.errors), (
        f"no error names {fragment!r}: {messages(result)}")
