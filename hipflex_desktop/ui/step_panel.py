"""An exercise's step on its ladder, in words, with the person's answers: Accept, Not yet, Undo,
and a step chosen by hand. Also the words the summary uses for a suggested change.

The panel only shows and asks (through signals); the shell writes the answer into the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Exercise, LadderStep, Level, Pack
from hipflex_desktop.core.progression import Move

if TYPE_CHECKING:  # the history is not loaded before the first paint
    from hipflex_desktop.store.progress import Standing

CONTEXT = "StepPanel"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(text: str, n: int, one: str) -> str:
    """``text`` with ``%n`` plurals; ``one`` is the English for n == 1, used until a
    translation gives its own forms (the source text is written in the plural)."""
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    if n == 1 and translated == text.replace("%n", "1"):
        return one.replace("%n", "1")
    return translated


def seconds_text(value: float) -> str:
    return tr("%1 s").replace("%1", f"{value:g}")


def step_words(exercise: Exercise, step: LadderStep) -> str:
    """``No wall, 10 reps per side, hold 2 s``."""
    variant = exercise.variants.get(step.level)
    parts = [variant.label.text if variant is not None else tr("Standard"),
             tr_n("%n reps per side", step.reps_per_side, "%n rep per side")]
    if step.hold_seconds is not None:
        parts.append(tr("hold %1").replace("%1", seconds_text(step.hold_seconds)))
    return ", ".join(parts)


def change_words(exercise: Exercise, old: LadderStep, new: LadderStep) -> str:
    """Only what differs between two steps: ``hold 2 s``, ``No wall, 8 reps per side``."""
    parts = []
    if new.level is not old.level:
        variant = exercise.variants.get(new.level)
        parts.append(variant.label.text if variant is not None
                     else tr("the standard form") if new.level is Level.STANDARD
                     else new.level.value)
    if new.reps_per_side != old.reps_per_side:
        parts.append(tr_n("%n reps per side", new.reps_per_side, "%n rep per side"))
    if new.hold_seconds is not None and new.hold_seconds != old.hold_seconds:
        parts.append(tr("hold %1").replace("%1", seconds_text(new.hold_seconds)))
    return ", ".join(parts) or step_words(exercise, new)


def reason_words(standing: Standing) -> str:
    found = standing.suggestion
    if found.move is Move.DOWN:
        return tr_n("%n sessions in a row were too hard", found.too_hard,
                    "%n session was too hard")
    return tr_n("%n sessions in a row done well", found.well, "%n session done well")


def suggestion_sentence(pack: Pack, standing: Standing) -> str:
    """``Banded psoas march: hold 2 s next time — 2 sessions in a row done well``."""
    found = standing.suggestion
    exercise = pack.exercise(standing.exercise_id)
    ladder = ladder_of(exercise, pack.defaults)
    change = change_words(exercise, ladder.step(found.current), ladder.step(found.target))
    return (tr("%1: %2 next time — %3").replace("%1", standing.name)
            .replace("%2", change).replace("%3", reason_words(standing)))


def standing_sentence(standing: Standing) -> str:
    """What the next step needs, when no change is suggested."""
    found = standing.suggestion
    if standing.next is None:
        return tr("The last step: keep it up.")
    if found.well:
        return tr_n("%n more sessions done well in a row to move up", found.needed,
                    "%n more session done well to move up")
    return tr_n("%n sessions done well in a row to move up", found.needed,
                "%n session done well to move up")


class StepPanel(QFrame):
    """One exercise's step: "Step 2 of 8 · Standard, 8 reps per side, hold 1.5 s"."""

    accepted = Signal(str, int)  # exercise id, the suggested step taken
    declined = Signal(str, int)  # exercise id, the step kept ("not yet")
    chosen = Signal(str, int)  # exercise id, a step chosen by hand
    undo_requested = Signal(str)  # exercise id

    def __init__(self, exercise: Exercise, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self._exercise = exercise
        self._ladder = ladder_of(exercise, pack.defaults)
        self._pack = pack
        self._standing: Standing | None = None
        name = exercise.name.text
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.step_label.setWordWrap(True)
        bold = self.step_label.font()
        bold.setBold(True)
        self.step_label.setFont(bold)
        self.step_label.setAccessibleName(tr("Step of %1").replace("%1", name))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("stepAdvice")
        self.advice.setAccessibleName(tr("Suggestion for %1").replace("%1", name))
        self.accept = QPushButton(tr("&Accept"))
        self.accept.setAccessibleName(tr("Accept the suggested step for %1").replace("%1", name))
        self.accept.clicked.connect(self._on_accept)
        self.not_yet = QPushButton(tr("&Not yet"))
        self.not_yet.setAccessibleName(tr("Keep the step of %1 for now").replace("%1", name))
        self.not_yet.clicked.connect(self._on_not_yet)
        self.undo = QPushButton(tr("&Undo"))
        self.undo.setAccessibleName(tr("Undo the last change of step for %1")
                                    .replace("%1", name))
        self.undo.clicked.connect(lambda: self.undo_requested.emit(self._exercise.id))
        self.choose = QComboBox()
        self.choose.setAccessibleName(tr("Choose the step of %1").replace("%1", name))
        self.choose.setToolTip(tr("Choose a step by hand"))
        for number, step in enumerate(self._ladder.steps, 1):
            self.choose.addItem(tr("Step %1: %2").replace("%1", str(number))
                                .replace("%2", step_words(exercise, step)), number)
        self.choose.activated.connect(self._on_chosen)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.accept, self.not_yet, self.undo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(self.step_label, 0, 0)
        grid.addWidget(self.choose, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.advice, 1, 0, 1, 2)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)

    @property
    def exercise_id(self) -> str:
        return self._exercise.id

    def show_standing(self, standing: Standing, *, can_undo: bool, follows: bool = True) -> None:
        """``follows``: the exercise is planned at its step (the person said yes to one);
        otherwise the session-wide settings apply, and count at a step only where they are
        one."""
        self._standing = standing
        found = standing.suggestion
        step = self._ladder.step(found.current)
        self.step_label.setText(
            tr("Step %1 of %2 · %3").replace("%1", str(found.current))
            .replace("%2", str(found.steps)).replace("%3", step_words(self._exercise, step)))
        if found.changes:
            self.advice.setText(tr("Suggested: %1").replace(
                "%1", suggestion_sentence(self._pack, standing)))
        elif follows:
            self.advice.setText(standing_sentence(standing))
        else:
            self.advice.setText(tr("Your settings below apply until you accept or choose a"
                                   " step; at this step, %1.").replace(
                                       "%1", standing_sentence(standing).rstrip(".")))
        self.accept.setVisible(found.changes)
        self.not_yet.setVisible(found.changes)
        self.undo.setVisible(can_undo)
        self.choose.setCurrentIndex(found.current - 1)

    def _on_accept(self) -> None:
        if self._standing is not None:
            self.accepted.emit(self._exercise.id, self._standing.suggestion.target)

    def _on_not_yet(self) -> None:
        if self._standing is not None:
            self.declined.emit(self._exercise.id, self._standing.suggestion.current)

    def _on_chosen(self, index: int) -> None:
        number = int(self.choose.itemData(index))
        if self._standing is None or number != self._standing.suggestion.current:
            self.chosen.emit(self._exercise.id, number)
