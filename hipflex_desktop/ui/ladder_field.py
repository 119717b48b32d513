"""The routine editor's ladder section: an exercise's steps from week to week.

An exercise without a ladder of its own climbs the default one the app builds from its
variants, reps and hold range (core/ladder.py); the section shows it read-only, with a button
to make it the routine's own. An own ladder is edited here: how many sessions done well climb a
step, the step a person starts at, and the steps themselves (variant, reps per side, and the
hold within the form's hold range), added, removed and moved. Each edit is one undoable change
of the document; the loader's ladder problems (a ladder that goes nowhere, a repeated step, a
hold out of range, a variant the exercise lacks, a start past the last step) are shown at the
part they are about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from hipflex_desktop.core.ladder import (
    DEFAULT_CLIMB_AFTER,
    MAX_LADDER_STEPS,
    MAX_REPS,
    default_ladder,
    hold_range_of,
)
from hipflex_desktop.core.model import Exercise, Ladder, Level
from hipflex_desktop.store.routine_document import Key, path_text
from hipflex_desktop.ui.editor_fields import ListField, mark
from hipflex_desktop.ui.theme import level_name

if TYPE_CHECKING:
    from hipflex_desktop.core.loader import Problem
    from hipflex_desktop.ui.routine_editor import RoutineEditor

LEVEL_KEYS: Final = frozenset(level.value for level in Level)
HOLD_LIMITS: Final = (0.5, 60.0)  # any hold the loader takes, where the form's range is unknown
# A step as the table shows it: variant, reps per side, hold seconds (None: fixed or the pack's).
StepRow = tuple[str, int, float | None]


class LadderSteps(ListField):
    """The steps of a ladder, easiest first: each a variant, reps per side and hold."""

    level_edited = Signal(int, str)
    reps_edited = Signal(int, int)
    hold_edited = Signal(int, float)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, [self.tr("Variant"), self.tr("Reps per side"),
                                self.tr("Hold (s)")], parent)
        self.table.verticalHeader().setVisible(True)  # the step numbers that start counts in
        self.table.setMinimumHeight(200)
        header = self.table.horizontalHeader()
        # The number columns as wide as their boxes or headings; the variant takes the rest,
        # so the section is no wider than the exercise's other tables.
        for column, sample in ((1, QSpinBox()), (2, QDoubleSpinBox())):
            sample.setRange(0, 60)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(sample.sizeHint().width(),
                                             header.sectionSizeHint(column)))
            sample.deleteLater()
        self._fit_headings()
        self._shape: tuple[object, ...] = ()
        self.routine_hold = 1.5  # defaults.hold_seconds: a step without its own hold holds it

    def set_rows(self, rows: list[StepRow], offered: tuple[str, ...],
                 hold_ranges: dict[str, tuple[float, float] | None], editable: bool,
                 labels: dict[str, str] | None = None) -> None:
        """``labels``: each variant's own label, shown beside its level."""
        labels = labels or {}
        shape = (len(rows), offered, hold_ranges, editable, labels)
        if shape == self._shape and rows == self.rows():
            return
        if shape == self._shape:
            # Only values changed (typed here, or undone): the boxes stay, and with them the
            # keyboard focus and what is half typed.
            for index, row in enumerate(rows):
                self._show_row(index, row, hold_ranges)
            return
        self._shape = shape
        row_now = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._make_row(index, row[0], offered, labels)
            self._show_row(index, row, hold_ranges)
        self.table.setEnabled(editable)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editable)
        self.add_button.setEnabled(editable and len(rows) < MAX_LADDER_STEPS)
        self.select_row(min(max(row_now, 0), len(rows) - 1))

    def rows(self) -> list[StepRow]:
        out: list[StepRow] = []
        for row in range(self.table.rowCount()):
            combo, reps, hold = (self.table.cellWidget(row, c) for c in range(3))
            assert isinstance(combo, QComboBox) and isinstance(reps, QSpinBox)
            assert isinstance(hold, QDoubleSpinBox)
            out.append((str(combo.currentData()), reps.value(),
                        hold.value() if hold.property("given") else None))
        return out

    def _make_row(self, index: int, level: str, offered: tuple[str, ...],
                  labels: dict[str, str]) -> None:
        combo = QComboBox()
        for key in dict.fromkeys((*offered, level)):
            name = level_name(Level(key)) if key in LEVEL_KEYS else key
            combo.addItem(name, key)
            if labels.get(key):  # the level is short enough for a narrow window; the label
                # says which form it is
                combo.setItemData(combo.count() - 1, self.tr("{level}: {label}").format(
                    level=name, label=labels[key]), Qt.ItemDataRole.ToolTipRole)
        combo.setAccessibleName(self.tr("Variant of step {n}").format(n=index + 1))
        combo.activated.connect(lambda _i, row=index, box=combo: self.level_edited.emit(
            row, str(box.currentData())))
        self.table.setCellWidget(index, 0, combo)
        reps_box = QSpinBox()
        reps_box.setRange(1, MAX_REPS)
        reps_box.setAccessibleName(self.tr("Reps per side of step {n}").format(n=index + 1))
        reps_box.valueChanged.connect(lambda value, row=index: self.reps_edited.emit(
            row, int(value)))
        self.table.setCellWidget(index, 1, reps_box)
        hold_box = QDoubleSpinBox()
        hold_box.setDecimals(1)
        hold_box.setSingleStep(0.5)
        hold_box.setAccessibleName(self.tr("Hold of step {n} in seconds").format(n=index + 1))
        hold_box.valueChanged.connect(lambda value, row=index: self.hold_edited.emit(
            row, float(value)))
        self.table.setCellWidget(index, 2, hold_box)

    def _show_row(self, index: int, row: StepRow,
                  hold_ranges: dict[str, tuple[float, float] | None]) -> None:
        level, reps, hold = row
        combo, reps_box, hold_box = (self.table.cellWidget(index, c) for c in range(3))
        assert isinstance(combo, QComboBox) and isinstance(reps_box, QSpinBox)
        assert isinstance(hold_box, QDoubleSpinBox)
        for box in (combo, reps_box, hold_box):
            box.blockSignals(True)
        try:
            if combo.findData(level) < 0:
                combo.addItem(level, level)  # a variant the exercise lacks: marked by the loader
            combo.setCurrentIndex(combo.findData(level))
            combo.setToolTip(str(combo.itemData(combo.currentIndex(),
                                                Qt.ItemDataRole.ToolTipRole) or ""))
            reps_box.setValue(reps)
            allowed = hold_ranges.get(level)
            hold_box.setProperty("given", hold is not None)
            if allowed is None and hold is None:
                hold_box.setRange(0, 0)
                hold_box.setSpecialValueText(self.tr("fixed"))
                hold_box.setEnabled(False)
                hold_box.setToolTip(self.tr("This form's holds have fixed seconds."))
                return
            low, high = allowed if allowed is not None else HOLD_LIMITS
            hold_box.setSpecialValueText("")
            hold_box.setEnabled(True)
            # A value out of range stays visible (the loader marks it) until it is changed; a
            # step without one holds the routine's hold, kept in the form's range.
            shown = hold if hold is not None else min(max(self.routine_hold, low), high)
            hold_box.setRange(min(low, shown), max(high, shown))
            hold_box.setValue(shown)
            hold_box.setToolTip(self.tr("From {low} to {high} seconds").format(
                low=f"{low:g}", high=f"{high:g}"))
        finally:
            for box in (combo, reps_box, hold_box):
                box.blockSignals(False)


class LadderSection(QObject):
    """The ladder of the exercise being edited, wired to the editor's document and checks."""

    def __init__(self, editor: RoutineEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._loading = False
        self.group = QGroupBox(self.tr("Ladder: the steps from week to week"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.own_button = QPushButton(self.tr("Make it the routine's own"))
        self.own_button.setAccessibleName(self.tr("Make the default ladder the routine's own,"
                                                  " to change it"))
        self.default_button = QPushButton(self.tr("Use the default ladder"))
        self.climb_after = QSpinBox()
        self.climb_after.setRange(1, 10)
        self.climb_after.setAccessibleName(self.tr("Sessions done well to climb a step"))
        self.start = QSpinBox()
        self.start.setRange(1, MAX_LADDER_STEPS)
        self.start.setAccessibleName(self.tr("The step a person starts at"))
        self.steps = LadderSteps(self.tr("Steps of the ladder"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.own_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        numbers = QFormLayout()
        numbers.addRow(self.tr("Sessions d&one well to climb:"), self.climb_after)
        numbers.addRow(self.tr("&Begin at step:"), self.start)
        layout = QVBoxLayout(self.group)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(numbers)
        layout.addWidget(self.steps)

        self.own_button.clicked.connect(self._on_make_own)
        self.default_button.clicked.connect(self._on_use_default)
        self.climb_after.valueChanged.connect(
            lambda value: self._set(("climb_after",), int(value)))
        self.start.valueChanged.connect(lambda value: self._set(("start",), int(value)))
        self.steps.row_added.connect(self._on_step_added)
        self.steps.row_removed.connect(self._on_step_removed)
        self.steps.row_moved.connect(self._on_step_moved)
        self.steps.level_edited.connect(self._on_level_edited)
        self.steps.reps_edited.connect(
            lambda row, reps: self._set(("steps", row, "reps_per_side"), reps))
        self.steps.hold_edited.connect(
            lambda row, hold: self._set(("steps", row, "hold_seconds"), hold))

    # -- what the editor shows ---------------------------------------------------------------

    def _path(self, *rest: Key) -> tuple[Key, ...]:
        return ("exercises", self._editor._exercise, "ladder", *rest)

    def _exercise(self) -> Exercise | None:
        """The exercise as the loader last read it (None while the routine has errors)."""
        pack = self._editor.result.pack
        index = self._editor._exercise
        if pack is None or not 0 <= index < len(pack.exercises):
            return None
        return pack.exercises[index]

    def offered_levels(self) -> tuple[str, ...]:
        """The forms the exercise offers, easiest first, as the document has them."""
        variants = self._editor.document.get(("exercises", self._editor._exercise,
                                              "variants"))
        have = set(variants) if isinstance(variants, dict) else set()
        return tuple(lv.value for lv in Level if lv is Level.STANDARD or lv.value in have)

    def refresh(self) -> None:
        """Show the current exercise's ladder and the loader's problems with it."""
        if self._editor._exercise < 0:
            return
        self._loading = True
        try:
            self._show()
        finally:
            self._loading = False
        self._mark()

    def _show(self) -> None:
        document = self._editor.document
        own = document.get(self._path())
        exercise = self._exercise()
        offered = self.offered_levels()
        ranges: dict[str, tuple[float, float] | None] = {}
        pack = self._editor.result.pack
        if exercise is not None and pack is not None:
            ranges = {lv.value: hold_range_of(exercise, lv, pack.defaults)
                      for lv in exercise.levels}
        else:  # the routine's hold range for every form until the routine loads again
            limits = document.get(("defaults", "hold_range"))
            span = tuple(limits) if isinstance(limits, list) and len(limits) == 2 else HOLD_LIMITS
            ranges = dict.fromkeys(offered, (float(span[0]), float(span[1])))
        hold = document.get(("defaults", "hold_seconds"))
        if isinstance(hold, (int, float)):
            self.steps.routine_hold = float(hold)
        if isinstance(own, dict):
            self.status.setText(self.tr("The routine's own ladder. A person climbs one step"
                                        " after the sessions done well below, and steps back"
                                        " after as many that were too hard."))
            rows = [_row(step) for step in own.get("steps") or () if isinstance(step, dict)]
            self._show_numbers(own.get("climb_after"), own.get("start"), len(rows))
            self.steps.set_rows(rows, offered, ranges, editable=True, labels=self._labels())
        else:
            ladder = None if exercise is None or pack is None else default_ladder(
                exercise, pack.defaults)
            self.status.setText(
                self.tr("Default ladder built from the variants, the reps and the hold range."
                        " Make it the routine's own to change it.") if ladder is not None else
                self.tr("Default ladder built from the variants, the reps and the hold range;"
                        " it is shown once the routine's problems are fixed."))
            rows = [] if ladder is None else [_step_row(ladder, n) for n in range(len(ladder))]
            self._show_numbers(DEFAULT_CLIMB_AFTER if ladder is None else ladder.climb_after,
                               1 if ladder is None else ladder.start, len(rows))
            self.steps.set_rows(rows, offered, ranges, editable=False, labels=self._labels())
        editable = isinstance(own, dict)
        self.own_button.setVisible(not editable)
        self.own_button.setEnabled(not editable and exercise is not None)
        self.default_button.setVisible(editable)
        self.climb_after.setEnabled(editable)
        self.start.setEnabled(editable)

    def _labels(self) -> dict[str, str]:
        """Each variant's label, in the editing language."""
        document = self._editor.document
        index = self._editor._exercise
        return {level: document.shown_text(("exercises", index, "variants", level, "label"))
                for level in self.offered_levels() if level != Level.STANDARD.value}

    def _show_numbers(self, climb_after: Any, start: Any, steps: int) -> None:
        self.climb_after.setValue(climb_after if isinstance(climb_after, int) else
                                  DEFAULT_CLIMB_AFTER)
        self.start.setMaximum(max(MAX_LADDER_STEPS, start if isinstance(start, int) else 1))
        self.start.setValue(start if isinstance(start, int) else 1)
        self.start.setSuffix(self.tr(" of {count}").format(count=steps) if steps else "")

    def _mark(self) -> None:
        ladder = path_text(self._path())
        problems = self._editor.problems_at(ladder)

        def words(found: list[Problem]) -> list[str]:
            return [f"{p.severity}: {p.message}" for p in found]

        def at(*keys: str) -> list[Problem]:
            paths = tuple(f"{ladder}.{key}" for key in keys)
            return [p for p in problems if p.path in paths or p.path.startswith(
                tuple(f"{path}[" for path in paths) + tuple(f"{path}." for path in paths))]

        mark(self.climb_after, words(at("climb_after")))
        mark(self.start, words(at("start")))
        mark(self.steps.table, words(at("steps")))
        mark(self.group, words([p for p in problems if p.path == ladder]))

    def problem_widget(self, path: str) -> QWidget | None:
        """The part of the section a problem at ``path`` is about, or None."""
        ladder = path_text(self._path())
        if self._editor._exercise < 0 or not path.startswith(ladder):
            return None
        rest = path[len(ladder):]
        if rest.startswith(".steps"):
            row = rest[len(".steps["):].split("]", 1)[0]
            if row.isdigit():
                self.steps.select_row(int(row))
            return self.steps.table
        if rest.startswith(".start"):
            return self.start
        if rest.startswith(".climb_after"):
            return self.climb_after
        return self.own_button if self.own_button.isVisible() else self.steps.table

    def on_problem_activated(self, path: str) -> None:
        """Go to the part of the ladder a problem is about (the editor has opened its
        exercise), scrolled into view."""
        widget = self.problem_widget(path)
        if widget is None:
            return
        widget.setFocus()
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(widget)

    # -- changing the ladder -----------------------------------------------------------------

    def _change(self, text: str, change: Callable[[], object], merge_key: str = "") -> None:
        if not self._loading and self._editor._exercise >= 0:
            self._editor.change(text, change, merge_key=merge_key)

    def _set(self, rest: tuple[Key, ...], value: Any) -> None:
        path = self._path(*rest)
        document = self._editor.document
        if self._loading or not isinstance(document.get(self._path()), dict) or \
                document.get(path) == value:
            return
        self._change(self.tr("Change {field}").format(field=path_text(path)),
                     lambda: document.set(path, value), merge_key=path_text(path))

    def _on_make_own(self) -> None:
        exercise = self._exercise()
        pack = self._editor.result.pack
        if exercise is None or pack is None:
            return
        ladder = default_ladder(exercise, pack.defaults)
        document = self._editor.document
        path = self._path()
        self._change(self.tr("Make the ladder the routine's own"),
                     lambda: document.set(path, ladder_mapping(ladder)))
        self.steps.table.setFocus()

    def _on_use_default(self) -> None:
        document = self._editor.document
        path = self._path()
        self._change(self.tr("Use the default ladder"), lambda: document.set(path, None))
        self.own_button.setFocus()

    def _on_step_added(self) -> None:
        document = self._editor.document
        steps = self._path("steps")
        count = document.length(steps)
        last = document.get((*steps, count - 1)) if count else None
        if isinstance(last, dict):
            reps = last.get("reps_per_side")
            step = _step_map(_row(last))
            step["reps_per_side"] = min(reps + 1, MAX_REPS) if isinstance(reps, int) else 1
        else:
            reps = document.get(("defaults", "reps_per_side"))
            step = _step_map((Level.STANDARD.value, reps if isinstance(reps, int) else 8, None))
        self._change(self.tr("Add a step"), lambda: document.insert(steps, count, step))
        self.steps.select_row(count)

    def _on_step_removed(self, row: int) -> None:
        document = self._editor.document
        steps = self._path("steps")
        start = self._path("start")

        def remove() -> None:
            document.remove(steps, row)
            left = document.length(steps)
            current = document.get(start)
            if isinstance(current, int) and left and current > left:
                document.set(start, left)  # the start stays on the ladder

        self._change(self.tr("Remove a step"), remove)

    def _on_step_moved(self, source: int, target: int) -> None:
        document = self._editor.document
        steps = self._path("steps")
        self._change(self.tr("Move a step"), lambda: document.move(steps, source, target))
        self.steps.select_row(target)

    def _on_level_edited(self, row: int, level: str) -> None:
        """Another form for a step: its hold kept within the new form's range, or left out
        where the new form's holds are fixed."""
        document = self._editor.document
        path = self._path("steps", row)
        exercise = self._exercise()
        pack = self._editor.result.pack
        allowed = None if exercise is None or pack is None or Level(level) not in \
            exercise.levels else hold_range_of(exercise, Level(level), pack.defaults)

        def change() -> None:
            document.set((*path, "variant"), level)
            hold = document.get((*path, "hold_seconds"))
            if exercise is not None and allowed is None:
                document.set((*path, "hold_seconds"), None)
            elif allowed is not None and isinstance(hold, (int, float)):
                document.set((*path, "hold_seconds"),
                             float(min(max(hold, allowed[0]), allowed[1])))

        if document.get((*path, "variant")) != level:
            self._change(self.tr("Change {field}").format(field=path_text((*path, "variant"))),
                         change)


def ladder_mapping(ladder: Ladder) -> CommentedMap:
    """``ladder`` as the pack writes it: each step on one line, as in the built-in pack."""
    steps = CommentedSeq()
    for step in ladder.steps:
        steps.append(_step_map((step.level.value, step.reps_per_side, step.hold_seconds)))
    out = CommentedMap()
    out["climb_after"] = ladder.climb_after
    out["start"] = ladder.start
    out["steps"] = steps
    return out


def _step_map(row: StepRow) -> CommentedMap:
    level, reps, hold = row
    step = CommentedMap()
    step["variant"] = level
    step["reps_per_side"] = reps
    if hold is not None:
        step["hold_seconds"] = int(hold) if hold == int(hold) else hold  # 1, as people write it
    step.fa.set_flow_style()
    return step


def _row(step: Any) -> StepRow:
    level = step.get("variant")
    reps = step.get("reps_per_side")
    hold = step.get("hold_seconds")
    return (str(level) if isinstance(level, str) else Level.STANDARD.value,
            reps if isinstance(reps, int) and not isinstance(reps, bool) else 1,
            float(hold) if isinstance(hold, (int, float)) and not isinstance(hold, bool)
            else None)


def _step_row(ladder: Ladder, index: int) -> StepRow:
    step = ladder.steps[index]
    return (step.level.value, step.reps_per_side, step.hold_seconds)
