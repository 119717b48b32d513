"""The set-up page: what the pack offers, the person's choices, the session length, Start."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.ladder import ladder_of
from hipflex_desktop.core.model import Exercise, Level, Pack, Side, SideMode
from hipflex_desktop.core.paragraphs import flowing
from hipflex_desktop.core.plan import (
    LEAD_IN_RANGE,
    REPS_RANGE,
    REST_RANGE,
    SETS_RANGE,
    PlanError,
    PlanOptions,
    format_duration,
    plan,
)
from hipflex_desktop.ui.pictures import PictureView
from hipflex_desktop.ui.step_panel import StepPanel
from hipflex_desktop.ui.theme import level_name, scaled_font

if TYPE_CHECKING:  # the history is not loaded before the first paint
    from hipflex_desktop.store.progress import Standing

SpinT = TypeVar("SpinT", QSpinBox, QDoubleSpinBox)


class SecondsBox(QDoubleSpinBox):
    """Seconds as a person writes them: "30 s", and "2.5 s" only where a pack asks for a
    fraction. A whole-number box would round a pack's 0.5 s rest to 0 and change its plan."""

    def __init__(self) -> None:
        super().__init__()
        self.setDecimals(2)  # a pack's own value, to the hundredth; steps stay whole seconds
        self.setSuffix(" s")

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text




@dataclass
class _ExerciseRow:
    exercise: Exercise
    frame: QFrame
    check: QCheckBox
    levels: QButtonGroup
    buttons: dict[Level, QRadioButton]
    when: QLabel
    detail: QLabel
    picture: PictureView
    up: QToolButton
    down: QToolButton
    grid: QGridLayout
    step: StepPanel | None = None


class SetupPage(QWidget):
    start_requested = Signal(object)  # PlanOptions
    options_changed = Signal(object)  # PlanOptions
    # The person's answers about an exercise's step: exercise id and step number.
    step_accepted = Signal(str, int)
    step_declined = Signal(str, int)
    step_chosen = Signal(str, int)
    step_undo_requested = Signal(str)  # exercise id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: Pack | None = None
        self._rows: list[_ExerciseRow] = []
        self._updating = False
        # Each exercise's step, once the shell has shown where the person stands.
        self._steps: dict[str, int] = {}

        self.title = QLabel()
        self.title.setObjectName("setupTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleDescription(self.tr("Pack title"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setAccessibleDescription(self.tr("Introduction"))
        self.intro.setObjectName("intro")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        self.note.setAccessibleDescription(self.tr("About the suggested settings"))

        self._list = QVBoxLayout()
        self._list.setSpacing(10)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 12, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.intro)
        heading = QLabel(self.tr("Exercises"))
        heading.setObjectName("heading")
        left_layout.addWidget(heading)
        left_layout.addLayout(self._list)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Exercises"))
        self._scroll = scroll

        self.reps = self._spin(QSpinBox(), self.tr("Reps per side"),
                               self.tr("How many times on each side"))
        self.reps.setRange(*REPS_RANGE)
        self.sets = self._spin(QSpinBox(), self.tr("Sets"),
                               self.tr("How many rounds of each exercise"))
        self.sets.setRange(*SETS_RANGE)
        self.hold = self._spin(QDoubleSpinBox(), self.tr("Hold seconds"),
                               self.tr("How long to hold at the top of each rep"))
        self.hold.setDecimals(1)
        self.hold.setSingleStep(0.5)
        self.hold.setSuffix(" s")
        self.rest = self._spin(SecondsBox(), self.tr("Rest seconds"),
                               self.tr("Rest between exercises and between sets"))
        self.rest.setRange(*REST_RANGE)
        self.rest.setSingleStep(5)
        self.lead_in = self._spin(SecondsBox(), self.tr("Get-ready seconds"),
                                  self.tr("Time to set up before each exercise"))
        self.lead_in.setRange(*LEAD_IN_RANGE)
        self.first_side = QComboBox()
        self.first_side.addItem(self.tr("Right side first"), Side.RIGHT)
        self.first_side.addItem(self.tr("Left side first"), Side.LEFT)
        self.first_side.setAccessibleName(self.tr("Side order"))
        self.first_side.setAccessibleDescription(self.tr("Which side each exercise starts with"))
        self.side_pattern = QComboBox()
        self.side_pattern.addItem(self.tr("As each exercise suggests"), None)
        self.side_pattern.addItem(self.tr("Alternate sides every rep"), SideMode.ALTERNATE)
        self.side_pattern.addItem(self.tr("All reps on one side, then the other"),
                                  SideMode.EACH_SIDE)
        self.side_pattern.setAccessibleName(self.tr("Side pattern"))
        self.side_pattern.setAccessibleDescription(self.tr("How the sides take turns"))
        for combo in (self.first_side, self.side_pattern):
            combo.currentIndexChanged.connect(self._on_changed)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # A long label in another language puts its control on the line below, not cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Reps per side"), self.reps)
        form.addRow(self.tr("Sets"), self.sets)
        form.addRow(self.tr("Hold"), self.hold)
        form.addRow(self.tr("Rest"), self.rest)
        form.addRow(self.tr("Get ready"), self.lead_in)
        form.addRow(self.tr("Side order"), self.first_side)
        form.addRow(self.tr("Sides"), self.side_pattern)

        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setAccessibleName(self.tr("Session length"))
        self.total.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem with the choices"))
        self.start = QPushButton(self.tr("Start session"))
        self.start.setObjectName("startButton")
        self.start.setDefault(True)
        self.start.setAutoDefault(True)
        self.start.setToolTip(self.tr("Start the session (Space or Enter)"))
        self.start.setAccessibleName(self.tr("Start session"))
        self.start.setAccessibleDescription(
            self.tr("Starts the guided session with these choices"))
        self.start.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.start.clicked.connect(self._on_start)

        right = QFrame()
        right.setObjectName("card")
        right_layout = QVBoxLayout(right)
        settings_heading = QLabel(self.tr("Your session"))
        settings_heading.setObjectName("heading")
        right_layout.addWidget(settings_heading)
        right_layout.addLayout(form)
        right_layout.addWidget(self.note)
        right_layout.addStretch(1)
        right_layout.addWidget(self.total)
        right_layout.addWidget(self.problem)
        right_layout.addWidget(self.start)
        right.setMinimumWidth(330)
        right.setMaximumWidth(460)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(20)
        layout.addWidget(scroll, 3)
        layout.addWidget(right, 2)
        # Space starts the session from anywhere on this page. A box that takes typing would
        # keep Space as text, so each one is watched from the moment it first has the focus:
        # found as it comes, a box added later is covered without being listed.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _spin(self, box: SpinT, name: str, description: str) -> SpinT:
        box.setAccessibleName(name)
        box.setAccessibleDescription(description)
        box.setToolTip(description)
        box.setKeyboardTracking(False)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        box.setMinimumWidth(110)
        box.valueChanged.connect(self._on_changed)
        return box

    # -- the pack ----------------------------------------------------------------------------

    @property
    def pack(self) -> Pack | None:
        return self._pack

    def set_pack(self, pack: Pack, options: PlanOptions | None = None) -> None:
        """Show ``pack``; ``options`` (e.g. remembered ones) where they fit it, else defaults."""
        self._updating = True
        try:
            self._pack = pack
            self.title.setText(pack.title.text)
            self.intro.setText(flowing(pack.introduction.text))
            self.note.setText("" if pack.defaults.note is None else pack.defaults.note.text)
            self.note.setVisible(pack.defaults.note is not None)
            self._build_rows(pack)
            d = pack.defaults
            low, high = d.hold_range
            self.hold.setRange(low, high)
            self.hold.setSingleStep(0.5 if high - low >= 0.5 else 0.1)
            self.reps.setValue(d.reps_per_side)
            self.sets.setValue(d.sets)
            self.hold.setValue(d.hold_seconds)
            self.rest.setValue(d.rest_seconds)
            self.lead_in.setValue(d.lead_in_seconds)
            self.first_side.setCurrentIndex(self.first_side.findData(d.first_side))
            self.side_pattern.setCurrentIndex(0)
            if options is not None:
                self._apply(options)
        finally:
            self._updating = False
        self._on_changed()

    def _build_rows(self, pack: Pack) -> None:
        self._steps = {}
        for row in self._rows:
            row.frame.setParent(None)
            row.frame.deleteLater()
        self._rows = []
        for exercise in pack.exercises:
            row = self._make_row(exercise, pack)
            self._rows.append(row)
            self._list.addWidget(row.frame)
        self._update_order_buttons()

    def _make_row(self, exercise: Exercise, pack: Pack) -> _ExerciseRow:
        frame = QFrame()
        frame.setObjectName("card")
        grid = QGridLayout(frame)
        grid.setColumnStretch(1, 1)
        check = QCheckBox(exercise.name.text)
        check.setChecked(True)
        check.setObjectName("exerciseCheck")
        check.setAccessibleName(self.tr("Include {exercise}").format(exercise=exercise.name.text))
        check.setAccessibleDescription(exercise.purpose.text)
        check.toggled.connect(self._on_changed)
        detail = QLabel()
        detail.setWordWrap(True)
        detail.setObjectName("muted")
        picture = PictureView()
        picture.setFixedSize(132, 99)
        group = QButtonGroup(frame)
        buttons: dict[Level, QRadioButton] = {}
        chooser = QHBoxLayout()
        chooser.setSpacing(14)
        for level in exercise.levels:
            label = level_name(level)
            if level is not Level.STANDARD:
                label = self.tr("{level}: {variant}", "a variant's level and name").format(
                    level=label, variant=exercise.variants[level].label.text)
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("{level} variant of {exercise}").format(
                level=level_name(level), exercise=exercise.name.text))
            if level is not Level.STANDARD:
                button.setToolTip(exercise.variants[level].when.text)
                button.setAccessibleDescription(exercise.variants[level].when.text)
            else:
                button.setAccessibleDescription(self.tr("The exercise as described"))
            group.addButton(button)
            buttons[level] = button
            chooser.addWidget(button)
            button.toggled.connect(self._on_changed)
            button.toggled.connect(
                lambda on, level=level, exercise=exercise: self._on_level_picked(
                    exercise, level, on))
        chooser.addStretch(1)
        buttons[Level.STANDARD].setChecked(True)
        if len(buttons) == 1:  # nothing to choose between
            buttons[Level.STANDARD].hide()
        when = QLabel()
        when.setWordWrap(True)
        when.setObjectName("when")
        up = QToolButton()
        up.setText("▲")
        up.setAccessibleName(self.tr("Move {exercise} earlier").format(
            exercise=exercise.name.text))
        up.setToolTip(self.tr("Do this exercise earlier"))
        down = QToolButton()
        down.setText("▼")
        down.setAccessibleName(self.tr("Move {exercise} later").format(
            exercise=exercise.name.text))
        down.setToolTip(self.tr("Do this exercise later"))
        order = QVBoxLayout()
        order.addWidget(up)
        order.addWidget(down)
        order.addStretch(1)
        grid.addWidget(picture, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(check, 0, 1)
        grid.addLayout(order, 0, 2, 3, 1)
        grid.addWidget(detail, 1, 1)
        grid.addLayout(chooser, 2, 1)
        grid.addWidget(when, 3, 1, 1, 2)
        row = _ExerciseRow(exercise, frame, check, group, buttons, when, detail, picture, up,
                           down, grid)
        up.clicked.connect(lambda: self._move(row, -1))
        down.clicked.connect(lambda: self._move(row, +1))
        self._show_level(row, pack)
        return row

    def _move(self, row: _ExerciseRow, step: int) -> None:
        index = self._rows.index(row)
        target = index + step
        if not 0 <= target < len(self._rows):
            return
        self._rows[index], self._rows[target] = self._rows[target], self._rows[index]
        self._list.removeWidget(row.frame)
        self._list.insertWidget(target, row.frame)
        self._update_order_buttons()
        # Keep the keyboard on the row: on the arrow just used, or the other one at an end.
        used, other = (row.up, row.down) if step < 0 else (row.down, row.up)
        (used if used.isEnabled() else other).setFocus()
        self._on_changed()

    def _update_order_buttons(self) -> None:
        for i, row in enumerate(self._rows):
            row.up.setEnabled(i > 0)
            row.down.setEnabled(i < len(self._rows) - 1)

    def _show_level(self, row: _ExerciseRow, pack: Pack) -> None:
        level = self._level(row)
        form = row.exercise.as_variant(level)
        equipment = " · ".join(e.text for e in form.equipment) if form.equipment else self.tr(
            "nothing", "equipment")
        row.detail.setText(self.tr("{purpose}\nYou need: {equipment}").format(
            purpose=form.purpose.text, equipment=equipment))
        if level is Level.STANDARD:
            row.when.setText(self._offers(set(row.exercise.variants)))
        else:
            row.when.setText(self.tr("When to choose it: {when}").format(
                when=row.exercise.variants[level].when.text))
        row.when.setVisible(bool(row.when.text()))
        row.picture.set_picture(pack.picture_path(form.picture),
                                description=self.tr("{exercise}, at the top of the movement")
                                .format(exercise=form.name.text),
                                folder=pack.base_dir)
        row.picture.setVisible(row.picture.path is not None)

    def _offers(self, levels: set[Level]) -> str:
        if levels == {Level.EASIER, Level.HARDER}:
            return self.tr("Also offered: an easier and a harder variant.")
        if levels == {Level.EASIER}:
            return self.tr("Also offered: an easier variant.")
        if levels == {Level.HARDER}:
            return self.tr("Also offered: a harder variant.")
        return ""

    @staticmethod
    def _level(row: _ExerciseRow) -> Level:
        for level, button in row.buttons.items():
            if button.isChecked():
                return level
        return Level.STANDARD

    # -- steps -------------------------------------------------------------------------------

    def set_progress(self, standings: Sequence[Standing], undoable: Iterable[str] = (),
                     applied: Iterable[str] = ()) -> None:
        """Show each exercise's step and any suggested change. ``applied``: the exercises
        whose step the person accepted or chose, planned at that step (the others follow the
        session-wide settings until then); ``undoable``: those whose last answer can be taken
        back."""
        if self._pack is None:
            return
        can_undo = set(undoable)
        follows = set(applied)
        self._steps = {}
        by_id = {r.exercise.id: r for r in self._rows}
        self._updating = True
        try:
            for standing in standings:
                row = by_id.get(standing.exercise_id)
                if row is None:
                    continue
                if row.step is None:
                    row.step = self._make_step_panel(row.exercise, self._pack)
                    row.grid.addWidget(row.step, 4, 1, 1, 2)
                row.step.show_standing(standing, can_undo=standing.exercise_id in can_undo,
                                       follows=standing.exercise_id in follows)
                if standing.exercise_id not in follows:
                    continue
                current = standing.suggestion.current
                self._steps[standing.exercise_id] = current
                level = ladder_of(row.exercise, self._pack.defaults).step(current).level
                if level in row.buttons:
                    row.buttons[level].setChecked(True)
        finally:
            self._updating = False
        self._on_changed()

    def _make_step_panel(self, exercise: Exercise, pack: Pack) -> StepPanel:
        panel = StepPanel(exercise, pack)
        panel.accepted.connect(self.step_accepted)
        panel.declined.connect(self.step_declined)
        panel.chosen.connect(self.step_chosen)
        panel.undo_requested.connect(self.step_undo_requested)
        return panel

    def _on_level_picked(self, exercise: Exercise, level: Level, on: bool) -> None:
        """A variant picked by the person, once steps are shown, is a step chosen by hand: the
        nearest step of that variant (the highest below, or the lowest above)."""
        current = self._steps.get(exercise.id)
        if not on or self._updating or current is None or self._pack is None:
            return
        ladder = ladder_of(exercise, self._pack.defaults)
        if ladder.step(current).level is level:
            return
        numbers = [n for n, step in enumerate(ladder.steps, 1) if step.level is level]
        if not numbers:
            return
        below = [n for n in numbers if n < current]
        self.step_chosen.emit(exercise.id, below[-1] if below else numbers[0])

    def step_panel(self, exercise_id: str) -> StepPanel | None:
        return next((r.step for r in self._rows if r.exercise.id == exercise_id), None)

    # -- options -----------------------------------------------------------------------------

    def options(self) -> PlanOptions:
        chosen = tuple(r.exercise.id for r in self._rows if r.check.isChecked())
        variants = {r.exercise.id: self._level(r) for r in self._rows
                    if self._level(r) is not Level.STANDARD}
        return PlanOptions(
            exercises=chosen,
            variants=variants,
            reps_per_side=self.reps.value(),
            sets=self.sets.value(),
            hold_seconds=self.hold.value(),
            rest_seconds=self.rest.value(),
            lead_in_seconds=self.lead_in.value(),
            # Qt hands enum data back as plain strings.
            first_side=Side(self.first_side.currentData()),
            sides=_side_mode(self.side_pattern.currentData()),
            steps={e: n for e, n in self._steps.items() if e in chosen},
        )

    def _apply(self, options: PlanOptions) -> None:
        """Show remembered options, skipping whatever no longer fits this pack."""
        by_id = {r.exercise.id: r for r in self._rows}
        if options.exercises is not None:
            order = [by_id[e] for e in options.exercises if e in by_id]
            rest = [r for r in self._rows if r not in order]
            for r in self._rows:
                self._list.removeWidget(r.frame)
            self._rows = order + rest
            for r in self._rows:
                self._list.addWidget(r.frame)
                r.check.setChecked(r.exercise.id in options.exercises)
            self._update_order_buttons()
        for exercise_id, level in options.variants.items():
            row = by_id.get(exercise_id)
            if row is not None and level in row.buttons:
                row.buttons[level].setChecked(True)
        for box, value in ((self.reps, options.reps_per_side), (self.sets, options.sets),
                           (self.hold, options.hold_seconds), (self.rest, options.rest_seconds),
                           (self.lead_in, options.lead_in_seconds)):
            if value is not None and box.minimum() <= value <= box.maximum():
                box.setValue(value)  # type: ignore[arg-type]
        if options.first_side is not None:
            self.first_side.setCurrentIndex(self.first_side.findData(options.first_side))
        self.side_pattern.setCurrentIndex(max(0, self.side_pattern.findData(options.sides)))

    def _on_changed(self) -> None:
        if self._updating or self._pack is None:
            return
        for row in self._rows:
            self._show_level(row, self._pack)
        options = self.options()
        try:
            length = plan(self._pack, options).total_seconds
        except PlanError as exc:
            self.total.setText("")
            # The one problem the page's controls can make; any other comes from a pack's
            # limits and is shown as the core words it.
            self.problem.setText(self.tr("Choose at least one exercise") if not options.exercises
                                 else str(exc).capitalize())
            self.problem.show()
            self.start.setEnabled(False)
            return
        self.problem.hide()
        self.start.setEnabled(True)
        self.total.setText(self.tr("Session length {time}").format(
            time=format_duration(length)))
        self.total.setAccessibleDescription(self.tr("The session takes {time}").format(
            time=format_duration(length)))
        self.options_changed.emit(options)

    def _on_start(self) -> None:
        # A number typed but not yet confirmed (Space pressed in the box) counts.
        for box in self.findChildren(QAbstractSpinBox):
            box.interpretText()
        if self._pack is not None and self.start.isEnabled():
            self.start_requested.emit(self.options())

    def request_start(self) -> None:
        self._on_start()

    # -- Space -------------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QAbstractSpinBox | QLineEdit) and self.isAncestorOf(new):
            new.installEventFilter(self)  # installing twice keeps one filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A box of this page asks to keep Space for itself: it does not get that event, so the
        # window's Space shortcut starts the session instead of a space being typed.
        if event.type() == QEvent.Type.ShortcutOverride and _is_space(event):
            return True
        return super().eventFilter(watched, event)

    def event(self, event: QEvent) -> bool:
        # Space on a control that Space operates (a check box, a variant, a list) goes to that
        # control; the Start button starts with Space anyway.
        if event.type() == QEvent.Type.ShortcutOverride and _is_space(event):
            focus = QApplication.focusWidget()
            if (isinstance(focus, QAbstractButton | QComboBox) and focus is not self.start
                    and self.isAncestorOf(focus)):
                event.accept()
                return True
        return super().event(event)

    def apply_scale(self, unit: float) -> None:
        """Type sizes from the window size (``unit`` is about 1 % of its height)."""
        base = self.font()
        self.title.setFont(scaled_font(base, max(20, unit * 4.2), bold=True))
        self.intro.setFont(scaled_font(base, max(13, unit * 1.9)))
        self.total.setFont(scaled_font(base, max(18, unit * 3.2), bold=True))
        self.start.setFont(scaled_font(base, max(18, unit * 3.4), bold=True))
        self.start.setMinimumHeight(max(48, round(unit * 8)))


def _is_space(event: QEvent) -> bool:
    return (isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier))


def _side_mode(value: object) -> SideMode | None:
    return None if value is None else SideMode(str(value))
