"""The German and Spanish catalogues are complete against the code as it is now.

``scripts/translations.py check`` runs pyside6-lupdate over hipflex_desktop/ into a copy of each
``.ts`` and reports every entry that lupdate would add (missing), mark vanished, or that is
unfinished, and every translation that loses or adds a placeholder or an accelerator. The
checker itself is shown to find each kind of fault in a damaged copy.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def translations() -> ModuleType:
    name = "hipflex_translations_script"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("code", ["de", "es", "en"])
def test_every_entry_is_translated_and_none_has_vanished(translations: ModuleType,
                                                         code: str) -> None:
    assert code in translations.languages()
    problems = translations.problems(code)
    assert problems == [], "\n".join(problems[:40])


def test_german_and_spanish_have_every_plural_form(translations: ModuleType) -> None:
    for code, forms in (("de", 2), ("es", 2), ("en", 2)):
        entries = translations.read(translations.ts_path(code))
        plurals = [e for e in entries if e.numerus]
        assert plurals, code
        for entry in plurals:
            assert len(entry.forms) == forms, (code, entry.source)
            assert all(form.strip() for form in entry.forms), (code, entry.source)


def test_the_check_finds_unfinished_vanished_missing_and_broken_entries(
        translations: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    damaged = folder / "hipflex_de.ts"
    shutil.copyfile(translations.ts_path("de"), damaged)
    tree = ET.parse(damaged)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    settings = contexts["SettingsDialog"]
    for message in list(settings.iter("message")):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if source == "Settings":  # missing: the code has it, the file does not
            settings.remove(message)
        elif source == "Volume":  # unfinished
            translation.set("type", "unfinished")
        elif source == "Screen: {status}":  # a placeholder lost
            translation.text = "Bildschirm: {zustand}"
        elif source == "Mute sounds and voice (M)":
            translation.text = "&Stumm"  # an accelerator the source does not have
    gone = ET.SubElement(settings, "message")  # vanished: no longer in the code
    ET.SubElement(gone, "source").text = "A text the code no longer has"
    ET.SubElement(gone, "translation").text = "Ein Text, den es nicht mehr gibt"
    translations.write(tree, damaged)
    monkeypatch.setattr(translations, "FOLDER", folder)

    found = translations.problems("de")
    assert any("'Settings'" in p and "missing" in p for p in found), found
    assert any("'Volume'" in p and p.endswith("unfinished") for p in found), found
    assert any("'A text the code no longer has'" in p and "vanished" in p for p in found), found
    assert any("'Screen: {status}'" in p and "placeholders" in p for p in found), found
    assert any("'Mute sounds and voice (M)'" in p and "accelerators" in p for p in found), found
    assert len(found) == 5, found
    monkeypatch.setattr(translations, "ROOT", tmp_path)
    assert translations.problems("fr") == ["translations/hipflex_fr.ts is missing"]
