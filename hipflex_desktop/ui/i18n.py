"""The interface's language: which one to show, and Qt's translators for it.

Our texts are English in the code and wrapped in ``tr()`` / ``QCoreApplication.translate``; the
German and Spanish ones live in ``resources/translations/hipflex_<code>.ts`` (English has one
too, for its plural forms: "%n rep(s)" reads "1 rep", "2 reps") (made with
``pyside6-lupdate``, see the README). Qt reads compiled catalogues (``.qm``): the first time a
language is needed, PySide6's own ``lrelease`` compiles the shipped ``.ts`` into ``cache/`` in
the data folder, under a name that holds the file's digest. So a wheel, an editable install and
a source checkout all get the same catalogues without a build step, and a changed ``.ts`` is
compiled again (a temporary folder stands in when the data folder cannot be written). Qt's own
``qtbase_<code>.qm`` is installed beside ours, so that standard buttons (Yes, No, Close, Cancel)
follow.

``QLocale.setDefault`` is set to the chosen locale: numbers, times and dates shown through
``QLocale()`` (and every spin box) follow the language ("1,5 s" in German).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hipflex_desktop.languages import LANGUAGES, SOURCE_LANGUAGE
from hipflex_desktop.resources import resource

log = logging.getLogger("hipflex.i18n")

COMPILE_TIMEOUT_S: Final = 30.0


@dataclass
class InstalledLanguage:
    """What ``install`` put in place."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    problem: str = ""  # a sentence for the person when a catalogue could not be loaded

    @property
    def code(self) -> str:
        return language_code(self.locale)


_installed: list[QTranslator] = []


def language_code(locale: QLocale) -> str:
    """``de`` for German (any country); ``en`` for English and for the C locale."""
    name = locale.name()
    if name in ("C", "POSIX") or locale.language() == QLocale.Language.C:
        return SOURCE_LANGUAGE
    return name.split("_", 1)[0]


def choose_locale(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale of the interface.

    ``choice`` is a language code ("de", "es_MX") from ``--language`` or Settings; "" follows
    the system: the first of its preferred languages (``LANGUAGE``, then ``LANG``) that the app
    speaks. The system's own locale is kept where its language is the one shown (Austrian
    German keeps its formats); any other language the app does not speak gives English, with
    the system's country where there is such an English.
    """
    system = QLocale.system() if system is None else system
    if choice:
        wanted = QLocale(choice)
        code = language_code(wanted)
        if code not in LANGUAGES:
            return _english(system)
        if code == language_code(system) and not any(sep in choice for sep in "_-"):
            return _english(system) if code == SOURCE_LANGUAGE else system
        return wanted
    for tag in system.uiLanguages():  # LANGUAGE's list first, then LANG
        code = language_code(QLocale(tag))
        if code == SOURCE_LANGUAGE:
            return _english(system)
        if code in LANGUAGES:
            return system if code == language_code(system) else QLocale(tag)
    return _english(system)


def spoken_language(pack_language: str, locale: QLocale | None = None) -> str:
    """The language a session is spoken in: the window's (with its country, de_AT) where the
    pack's texts are in that language, else the pack's own, so that the voice and the words
    it reads always agree."""
    locale = QLocale() if locale is None else locale
    pack_locale = QLocale(pack_language.replace("-", "_"))
    if language_code(pack_locale) == language_code(locale):
        return locale.name() if locale.language() != QLocale.Language.C else "en_US"
    return pack_locale.name()


def _english(system: QLocale) -> QLocale:
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, system.territory())


def install(locale: QLocale, cache_dir: Path) -> InstalledLanguage:
    """Show the interface in ``locale``'s language (replacing what an earlier call installed).

    Returns what was installed; a catalogue that cannot be compiled or loaded leaves that
    part in English and says so in ``problem`` (the window shows it once).
    """
    uninstall()
    QLocale.setDefault(locale)
    result = InstalledLanguage(locale)
    code = language_code(locale)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the language after the Qt application is made")
    ours = QTranslator(app)
    path = catalogue(code, cache_dir)
    if path is not None and ours.load(str(path)):
        _add(ours, result)
    elif code == SOURCE_LANGUAGE:
        log.warning("no usable catalogue for English plurals: counts read 'rep(s)'")
    else:
        name = LANGUAGES.get(code, code)
        result.problem = QCoreApplication.translate(
            "Languages", "The {language} translation could not be loaded, so the window is in"
            " English.").format(language=name)
        log.warning("no usable catalogue for %s", code)
    if code == SOURCE_LANGUAGE:
        return result  # the code's own language: our catalogue has its plural forms only
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(locale, "qtbase", "_", folder):
        _add(qt_own, result)
    else:
        log.info("Qt has no qtbase catalogue for %s in %s", locale.name(), folder)
    return result


def install_translator(translator: QTranslator) -> None:
    """Put one more translator in place (a test's pseudo-language); ``uninstall`` removes it."""
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)


def _add(translator: QTranslator, result: InstalledLanguage) -> None:
    install_translator(translator)
    result.translators.append(translator)


def uninstall() -> None:
    """Back to the English texts of the code."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale("en_US"))


# -- catalogues ----------------------------------------------------------------------------


def source_path(code: str) -> Path | None:
    """The shipped ``.ts`` of language ``code``, if there is one."""
    path = Path(str(resource(f"translations/hipflex_{code}.ts")))
    return path if path.is_file() else None


def lrelease_program() -> Path | None:
    """PySide6's own ``lrelease`` (it ships with the PySide6 wheel)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        for candidate in (folder / name, folder / "Qt" / "libexec" / name):
            if candidate.is_file():
                return candidate
    return None


def catalogue(code: str, cache_dir: Path) -> Path | None:
    """The compiled catalogue of ``code``: from the cache, else compiled now (None if it
    cannot be had)."""
    ts = source_path(code)
    if ts is None:
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    name = f"hipflex_{code}-{digest}.qm"
    for folder in (cache_dir, Path(tempfile.gettempdir()) / f"hipflex-desktop-{os.getuid()}"
                   if hasattr(os, "getuid") else Path(tempfile.gettempdir())):
        target = folder / "translations" / name
        if target.is_file():
            return target
        if compile_catalogue(ts, target):
            return target
    return None


def compile_catalogue(ts: Path, target: Path) -> bool:
    """``lrelease`` ``ts`` into ``target`` (written whole or not at all)."""
    program = lrelease_program()
    if program is None:
        log.warning("PySide6's lrelease is missing; translations cannot be compiled")
        return False
    try:
        # Every folder made is the person's only, as the rest of the data folder is (mkdir's
        # parents=True would make the ones above the last readable by all).
        missing = [folder for folder in (*reversed(target.parent.parents), target.parent)
                   if not folder.exists()]
        for folder in missing:
            folder.mkdir(mode=0o700, exist_ok=True)
        handle, name = tempfile.mkstemp(suffix=".qm.part", dir=target.parent)
        os.close(handle)
        partial = Path(name)
    except OSError as exc:
        log.info("cannot write translations to %s: %s", target.parent, exc)
        return False
    try:
        done = subprocess.run(
            [str(program), "-silent", str(ts), "-qm", str(partial)], check=False,
            capture_output=True, timeout=COMPILE_TIMEOUT_S)
        if done.returncode != 0 or partial.stat().st_size == 0:
            log.warning("lrelease failed on %s: %s", ts.name,
                        done.stderr.decode("utf-8", "replace").strip()[:500])
            return False
        partial.replace(target)
        return True
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("lrelease could not compile %s: %s", ts.name, exc)
        return False
    finally:
        partial.unlink(missing_ok=True)
