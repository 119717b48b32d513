"""The app's own spoken words in the session's language (``cues.planner`` decides when).

The voice speaks the session's language, which is not always the window's: a pack that has no
German texts is spoken in its own language, words and voice alike. So these words are looked up
in the catalogue of the language spoken (a translator of its own, not the one installed for the
window), with the plural forms of that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTranslator

from hipflex_desktop.core.model import Side
from hipflex_desktop.core.plan import Segment, SegmentKind
from hipflex_desktop.ui import i18n


class SpokenPhrases(QObject):
    """:class:`~hipflex_desktop.cues.planner.Phrases` in ``language`` ("de_DE", "en")."""

    def __init__(self, language: str, cache_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.locale = QLocale(language)
        self.language = i18n.language_code(self.locale)
        self._translator: QTranslator | None = None
        path = i18n.catalogue(self.language, cache_dir)
        translator = QTranslator(self)
        if path is not None and translator.load(str(path)):
            self._translator = translator

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the spoken language (not the window's), ``%n`` filled in."""
        out: str | None = None
        if self._translator is not None:
            out = self._translator.translate("SpokenPhrases", text, disambiguation, n)
        out = out or text
        return out.replace("%n", self.locale.toString(n)) if n >= 0 else out

    def session_complete(self) -> str:
        return self.tr("Session complete. Well done!")

    def paused(self) -> str:
        return self.tr("Paused.")

    def resuming(self) -> str:
        return self.tr("Resuming.")

    def session_stopped(self) -> str:
        return self.tr("Session stopped.")

    def rep_count(self, seg: Segment) -> str:
        if seg.rep == 0:
            if seg.kind is SegmentKind.PREPARE:
                if seg.side is not None:
                    return self.tr("%n rep(s) per side coming up.", "", seg.reps)
                return self.tr("%n rep(s).", "", seg.reps)
            if seg.kind is SegmentKind.SWITCH and seg.side is Side.RIGHT:
                return self.tr("Switching to the right side.")
            if seg.kind is SegmentKind.SWITCH and seg.side is Side.LEFT:
                return self.tr("Switching to the left side.")
            return self.tr("Resting.")
        values = {"rep": seg.rep, "reps": seg.reps, "set": seg.set, "sets": seg.sets}
        sets = seg.sets > 1
        if seg.side is Side.RIGHT:
            text = (self.tr("Rep {rep} of {reps}, right side, set {set} of {sets}.") if sets
                    else self.tr("Rep {rep} of {reps}, right side."))
        elif seg.side is Side.LEFT:
            text = (self.tr("Rep {rep} of {reps}, left side, set {set} of {sets}.") if sets
                    else self.tr("Rep {rep} of {reps}, left side."))
        else:
            text = (self.tr("Rep {rep} of {reps}, set {set} of {sets}.") if sets
                    else self.tr("Rep {rep} of {reps}."))
        return text.format(**values)
