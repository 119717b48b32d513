#!/usr/bin/env python3
"""Keep the translations (resources/translations/hipflex_<code>.ts) in step with the code.

    scripts/translations.py update [CODE ...]   run pyside6-lupdate over hipflex_desktop/ into
                                                each .ts (a new CODE gets a new file)
    scripts/translations.py check [CODE ...]    list what is unfinished, vanished or missing

``update`` drops entries whose text left the code, and where a text only moved (another
class, so another context) or came back, it keeps its translation: an entry that lupdate adds
as unfinished gets the finished translation of the same source text (same comment, same
plural-ness) from anywhere in the file before the update. What is left unfinished is listed;
translate it with ``pyside6-linguist`` (or in the XML) and mark it finished.

``check`` works on a copy and changes nothing: it is what the test suite runs. Besides entries
that lupdate would add, mark vanished or leave unfinished, it reports translations that lose or
add a placeholder (``{name}``, ``%n``, ``%1``) or an accelerator (``&``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "hipflex_desktop"
FOLDER = ROOT / "resources" / "translations"
# The languages with a file in FOLDER. English is the language of the code; its file holds only
# the plural forms ("%n rep(s)" becomes "1 rep" and "2 reps").
SOURCE_LANGUAGE = "en"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
# "&&" is a literal ampersand; "&x" marks x as the accelerator.
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    forms: tuple[str, ...]  # the translation, one per plural form (one without plurals)

    @property
    def key(self) -> tuple[str, str, bool]:
        return (self.source, self.comment, self.numerus)


def lupdate_program() -> str:
    """``pyside6-lupdate`` beside this Python (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate not found: install the app's venv first")
    return found


def source_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("hipflex_") for p in FOLDER.glob("hipflex_*.ts"))


def ts_path(code: str) -> Path:
    return FOLDER / f"hipflex_{code}.ts"


def run_lupdate(ts: Path, code: str, *, drop_vanished: bool) -> None:
    command = [lupdate_program(), *source_files(), "-locations", "none", "-silent"]
    if drop_vanished:
        command.append("-no-obsolete")
    if code == SOURCE_LANGUAGE:
        command.append("-pluralonly")  # English needs only its plural forms ("1 rep", "2 reps")
    if not ts.exists():
        command += ["-target-language", code]
    subprocess.run([*command, "-ts", str(ts)], check=True, cwd=ROOT)


def read(ts: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (tuple(f.text or "" for f in translation.iter("numerusform")) if numerus
                     else (translation.text or "",))
            entries.append(Entry(name, message.findtext("source") or "",
                                 message.findtext("comment") or "", numerus,
                                 translation.get("type", ""), forms))
    return entries


def carry_over(ts: Path, before: list[Entry]) -> int:
    """Give unfinished entries the finished translation of the same text from ``before``.
    Returns how many were filled. The file is rewritten in one layout (``write``)."""
    known = {e.key: e.forms for e in before if e.kind in ("", "vanished", "obsolete")
             and all(form.strip() for form in e.forms)}
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        key = (message.findtext("source") or "", message.findtext("comment") or "",
               message.get("numerus") == "yes")
        forms = known.get(key)
        if forms is None:
            continue
        del translation.attrib["type"]
        if key[2]:
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        filled += 1
    # Always rewritten, filled or not: lupdate's own layout differs from this one, and a file
    # whose layout changed with each run would rewrite every line in its diff.
    write(tree, ts)
    return filled


def write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def problems(code: str) -> list[str]:
    """What is wrong with language ``code``'s file against the code as it is now."""
    committed = ts_path(code)
    if not committed.exists():
        return [f"{committed.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / committed.name
        shutil.copyfile(committed, copy)
        run_lupdate(copy, code, drop_vanished=False)
        updated = read(copy)
    found = []
    before = {(e.context, *e.key) for e in read(committed)}
    for e in updated:
        where = f"{code}: [{e.context}] {e.source!r}" + (f" ({e.comment})" if e.comment else "")
        if (e.context, *e.key) not in before:
            found.append(f"{where}: missing (new in the code; run scripts/translations.py"
                         " update)")
        elif e.kind in ("vanished", "obsolete"):
            found.append(f"{where}: {e.kind} (no longer in the code)")
        elif e.kind == "unfinished" or not all(form.strip() for form in e.forms):
            found.append(f"{where}: unfinished")
        else:
            found += [f"{where}: {issue}" for issue in form_issues(e)]
    return found


def form_issues(entry: Entry) -> list[str]:
    issues = []
    wanted = sorted(set(PLACEHOLDER.findall(entry.source)))
    accelerators = len(ACCELERATOR.findall(entry.source))
    for form in entry.forms:
        have = sorted(set(PLACEHOLDER.findall(form)))
        # A plural form may leave out %n ("eine Woche"), never add or lose anything else.
        if entry.numerus and "%n" in wanted and "%n" not in have:
            have = sorted({*have, "%n"})
        if have != wanted:
            issues.append(f"placeholders {have} in {form!r}, the source has {wanted}")
        if len(ACCELERATOR.findall(form)) != accelerators:
            issues.append(f"accelerators differ in {form!r}")
    return issues


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    codes = argv[1:] or languages()
    if argv[0] == "check":
        found = [p for code in codes for p in problems(code)]
        print("\n".join(found) or "every translation is complete")
        return 1 if found else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    left = 0
    for code in codes:
        ts = ts_path(code)
        before = read(ts) if ts.exists() else []
        run_lupdate(ts, code, drop_vanished=True)
        filled = carry_over(ts, before)
        unfinished = [e for e in read(ts) if e.kind == "unfinished"]
        left += len(unfinished)
        print(f"{ts.relative_to(ROOT)}: {filled} carried over, {len(unfinished)} to translate")
        for e in unfinished:
            print(f"    [{e.context}] {e.source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
