"""An exercise's step on its ladder, in words, with the person's answers: Accept, Not yet, Undo,
and a step chosen by hand. Also the words the summary uses for a suggested change.

The panel only shows and asks (through signals); the shell writes the answer into the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
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
from hipflex_desktop.ui.step_box import StepBox
from hipflex_desktop.ui.theme import level_name

if TYPE_CHECKING:  # the history is not loaded before the first paint
    from hipflex_desktop.store.progress import Standing

NO_BREAK_SPACE = "\u00a0"


class StepWords(QObject):
    """The sentences about steps (a class, so that lupdate sees each text and plural)."""

    def seconds(self, value: float) -> str:
        """``1,5 s`` in German: the number and its unit joined by a no-break space, so that a
        wrapped line never ends with the number and starts the next with the unit."""
        unit = self.tr("{seconds} s", "a hold in seconds")
        return unit.replace(" ", NO_BREAK_SPACE).format(
            seconds=QLocale().toString(float(value), "g", 3))

    def hold(self, value: float) -> str:
        return self.tr("hold {seconds}", "how long to hold at the top").format(
            seconds=seconds_text(value))

    def reps(self, reps: int) -> str:
        return self.tr("%n rep(s) per side", "", reps)

    def standard(self) -> str:
        return self.tr("Standard", "the exercise's standard variant")

    def standard_form(self) -> str:
        return self.tr("the standard form", "the change back to the standard variant")

    def reason(self, standing: Standing) -> str:
        found = standing.suggestion
        if found.move is Move.DOWN:
            return self.tr("%n session(s) in a row were too hard", "", found.too_hard)
        return self.tr("%n session(s) in a row done well", "", found.well)

    def suggestion(self, name: str, change: str, reason: str) -> str:
        return self.tr("{exercise}: {change} next time — {reason}").format(
            exercise=name, change=change, reason=reason)

    def last_step(self) -> str:
        return self.tr("The last step: keep it up.")

    def more_needed(self, needed: int) -> str:
        return self.tr("%n more session(s) done well in a row to move up", "", needed)

    def needed(self, needed: int) -> str:
        return self.tr("%n session(s) done well in a row to move up", "", needed)


def _words() -> StepWords:
    return StepWords()


def seconds_text(value: float) -> str:
    """A number of seconds with its unit, in the window's language, never split by a line
    break: every hold the window shows is written by this."""
    return _words().seconds(value)


def step_words(exercise: Exercise, step: LadderStep) -> str:
    """``No wall, 10 reps per side, hold 2 s``."""
    words = _words()
    variant = exercise.variants.get(step.level)
    parts = [variant.label.text if variant is not None else words.standard(),
             words.reps(step.reps_per_side)]
    if step.hold_seconds is not None:
        parts.append(words.hold(step.hold_seconds))
    return ", ".join(parts)


def change_words(exercise: Exercise, old: LadderStep, new: LadderStep) -> str:
    """Only what differs between two steps: ``hold 2 s``, ``No wall, 8 reps per side``."""
    words = _words()
    parts = []
    if new.level is not old.level:
        variant = exercise.variants.get(new.level)
        parts.append(variant.label.text if variant is not None
                     else words.standard_form() if new.level is Level.STANDARD
                     else level_name(new.level))
    if new.reps_per_side != old.reps_per_side:
        parts.append(words.reps(new.reps_per_side))
    if new.hold_seconds is not None and new.hold_seconds != old.hold_seconds:
        parts.append(words.hold(new.hold_seconds))
    return ", ".join(parts) or step_words(exercise, new)


def reason_words(standing: Standing) -> str:
    return _words().reason(standing)


def suggestion_sentence(pack: Pack, standing: Standing) -> str:
    """``Banded psoas march: hold 2 s next time — 2 sessions in a row done well``."""
    found = standing.suggestion
    exercise = pack.exercise(standing.exercise_id)
    ladder = ladder_of(exercise, pack.defaults)
    change = change_words(exercise, ladder.step(found.current), ladder.step(found.target))
    return _words().suggestion(standing.name, change, reason_words(standing))


def standing_sentence(standing: Standing) -> str:
    """What the next step needs, when no change is suggested."""
    found = standing.suggestion
    words = _words()
    if standing.next is None:
        return words.last_step()
    if found.well:
        return words.more_needed(found.needed)
    return words.needed(found.needed)


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
        self.step_label.setAccessibleName(self.tr("Step of {exercise}").format(exercise=name))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("stepAdvice")
        self.advice.setAccessibleName(self.tr("Suggestion for {exercise}").format(exercise=name))
        self.accept = QPushButton(self.tr("&Accept", "a suggested step"))
        self.accept.setAccessibleName(self.tr("Accept the suggested step for {exercise}").format(
            exercise=name))
        self.accept.clicked.connect(self._on_accept)
        self.not_yet = QPushButton(self.tr("&Not yet", "keep the step for now"))
        self.not_yet.setAccessibleName(self.tr("Keep the step of {exercise} for now").format(
            exercise=name))
        self.not_yet.clicked.connect(self._on_not_yet)
        self.undo = QPushButton(self.tr("&Undo", "the last change of step"))
        self.undo.setAccessibleName(self.tr("Undo the last change of step for {exercise}")
                                    .format(exercise=name))
        self.undo.clicked.connect(lambda: self.undo_requested.emit(self._exercise.id))
        # Closed, the box says "Step 4 of 8" (the label beside it says the step whole); its
        # list shows every step whole.
        self.choose = StepBox([step_words(exercise, step) for step in self._ladder.steps])
        self.choose.setAccessibleName(
            self.tr("Choose the step of {exercise}").format(exercise=name))
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
            self.tr("Step {step} of {steps} · {what}").format(
                step=found.current, steps=found.steps, what=step_words(self._exercise, step)))
        if found.changes:
            self.advice.setText(self.tr("Suggested: {change}").format(
                change=suggestion_sentence(self._pack, standing)))
        elif follows:
            self.advice.setText(standing_sentence(standing))
        else:
            self.advice.setText(self.tr("Until you accept or choose a step, your session"
                                        " settings apply. At this step: {needed}").format(
                                            needed=standing_sentence(standing)))
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
