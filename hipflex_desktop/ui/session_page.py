"""The session page: what a person 1–3 m away needs at a glance.

Layout, top to bottom: exercise and position; side badge and phase word; the picture beside the
countdown ring; the instruction and the form cue; rep, progress and what comes next; buttons.
Type sizes follow the window (``apply_scale``); the focus view (full screen) hides the buttons
and the small print and gives the room to the countdown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.model import Level, Pack, Side
from hipflex_desktop.core.plan import Segment, SegmentKind, format_duration
from hipflex_desktop.ui.theme import PHASE_WORDS, Colours, colours, scaled_font
from hipflex_desktop.ui.widgets import CountdownRing, PictureView, SideBadge, Veil

PAUSED_MESSAGE = "Paused — press Space to resume"


class SessionPage(QWidget):
    back_requested = Signal()
    toggle_requested = Signal()
    skip_requested = Signal()
    easier_requested = Signal()
    harder_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours()
        self._segment: Segment | None = None
        self._upcoming: Segment | None = None
        self._pack: Pack | None = None  # the shown session's, for its pictures
        self._focus_view = False
        self._time_left_text = ""
        self._progress_value = -1

        self.exercise = self._label("exerciseName", "Exercise")
        self.exercise.setWordWrap(True)  # a long name from another pack wraps, never clips
        self.position = self._label("position", "Exercise number")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.side_badge = SideBadge()
        self.phase = self._label("phaseWord", "Phase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = PictureView()
        self.ring = CountdownRing()
        self.instruction = self._label("instruction", "Instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue = self._label("cue", "Form cue")
        self.cue.setWordWrap(True)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep = self._label("rep", "Rep")
        self.up_next = self._label("upNext", "Up next")
        self.up_next.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName("Session progress")
        self.time_left = self._label("timeLeft", "Session time left")

        self.back = self._button("Back", "Left / Page Up", "Go back one step",
                                 self.back_requested)
        self.pause = self._button("Pause", "Space", "Pause or resume the session",
                                  self.toggle_requested)
        self.skip = self._button("Skip", "Right / Page Down", "Skip to the next step",
                                 self.skip_requested)
        self.easier = self._button("Easier", "E", "Switch to the easier variant of this"
                                   " exercise", self.easier_requested)
        self.harder = self._button("Harder", "H", "Switch to the harder variant of this"
                                   " exercise", self.harder_requested)
        self.stop = self._button("Stop", "Esc", "Stop the session (asks first)",
                                 self.stop_requested)
        self.pause.setObjectName("pauseButton")

        top = QHBoxLayout()
        top.addWidget(self.exercise, 1)
        top.addWidget(self.position)
        badges = QHBoxLayout()
        badges.addWidget(self.side_badge, 1)
        badges.addWidget(self.phase, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 5)
        middle.addWidget(self.ring, 4)
        self._middle = middle
        status = QHBoxLayout()
        status.addWidget(self.rep)
        status.addWidget(self.progress, 1)
        status.addWidget(self.time_left)
        status.addWidget(self.up_next, 1)
        self._status = QWidget()
        self._status.setLayout(status)
        buttons = QHBoxLayout()
        for button in (self.back, self.pause, self.skip, self.easier, self.harder, self.stop):
            buttons.addWidget(button)
        self._buttons = QWidget()
        self._buttons.setLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(badges)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.cue)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)

        self.veil = Veil(self)
        self.veil.set_message(PAUSED_MESSAGE)

        # Short messages ("No easier variant", "Sound off") shown large over the page, where
        # they can be read from across the room, also in full screen without a status bar.
        self.toast = QLabel(self)
        self.toast.setObjectName("toast")
        self.toast.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toast.setWordWrap(True)
        self.toast.setAccessibleName("Message")
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, text: str, keys: str, description: str,
                signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(f"{description} ({keys})")
        button.setAccessibleName(text)
        button.setAccessibleDescription(f"{description}. Key: {keys}")
        button.setAutoDefault(False)
        button.setMinimumHeight(40)
        button.clicked.connect(signal.emit)
        return button

    # -- showing the session ---------------------------------------------------------------

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.ring.set_theme(theme)
        self.side_badge.set_theme(theme)
        self.veil.set_theme(theme)
        if self._segment is not None:
            self._paint_phase(self._segment)

    def show_segment(self, seg: Segment, upcoming: Segment | None,
                     levels: tuple[Level, ...], pack: Pack | None = None) -> None:
        """``pack``: the session's, where the step's picture is found."""
        self._pack = pack
        self._segment = seg
        self._upcoming = upcoming
        self.exercise.setText(_exercise_title(seg))
        self.position.setText(f"{seg.exercise_number} of {seg.exercise_count}")
        self.position.setAccessibleDescription(
            f"Exercise {seg.exercise_number} of {seg.exercise_count}")
        shows_side = seg.side is not None and seg.kind is not SegmentKind.REST
        self.side_badge.set_side(seg.side if shows_side else None)
        self._paint_phase(seg)
        if seg.kind is SegmentKind.PREPARE:
            steps = "\n".join(f"{i}. {step}" for i, step in enumerate(seg.details, 1))
            self.instruction.setText(steps or seg.text)
        else:
            self.instruction.setText(seg.text)
        self.cue.setText("" if seg.cue is None or seg.kind is SegmentKind.REST else seg.cue)
        self.rep.setText(_rep_text(seg))
        self.up_next.setText(_up_next(seg, upcoming))
        self._show_picture(seg)
        # One level at a time, as E and H do: from Harder, Easier goes back to Standard.
        self.easier.setEnabled(seg.variant.step(-1, levels) is not None)
        self.harder.setEnabled(seg.variant.step(+1, levels) is not None)
        self._apply_fonts()

    def _paint_phase(self, seg: Segment) -> None:
        colour = self._colours.phase[seg.kind]
        self.phase.setText(PHASE_WORDS[seg.kind])
        self.phase.setStyleSheet(f"color: {colour.name()};")

    def _show_picture(self, seg: Segment) -> None:
        path = None
        if self._pack is not None and seg.kind is not SegmentKind.REST:
            exercise = self._pack.exercise(seg.exercise_id).as_variant(seg.variant)
            path = self._pack.picture_path(exercise.picture)
        self.picture.set_picture(path, mirrored=seg.side is Side.LEFT,
                                 description=f"{seg.exercise_name}, at the top of the movement",
                                 folder=None if self._pack is None else self._pack.base_dir)
        self.picture.setVisible(self.picture.has_picture())

    def show_time(self, remaining: float, total_remaining: float, total: float) -> None:
        """Called on every frame: touch only what visibly changed."""
        seg = self._segment
        if seg is None:
            return
        self.ring.set_state(remaining, seg.seconds, seg.kind is SegmentKind.HOLD,
                            self._colours.phase[seg.kind])
        left = f"{format_duration(total_remaining)} left"
        if left != self._time_left_text:
            self._time_left_text = left
            self.time_left.setText(left)
        value = 0 if total <= 0 else round(1000 * (1 - total_remaining / total))
        if value != self._progress_value:
            self._progress_value = value
            self.progress.setValue(value)

    def set_paused(self, paused: bool) -> None:
        self.pause.setText("Resume" if paused else "Pause")
        self.pause.setAccessibleName("Resume" if paused else "Pause")
        if paused:
            self.veil.cover()
        else:
            self.veil.hide()

    @property
    def paused_shown(self) -> bool:
        return self.veil.isVisible()

    # -- size ------------------------------------------------------------------------------

    def set_focus_view(self, on: bool) -> None:
        self._focus_view = on
        self._buttons.setVisible(not on)
        self._apply_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()
        if self.veil.isVisible():
            self.veil.setGeometry(self.rect())
        if self.toast.isVisible():
            self._place_toast()

    def show_toast(self, text: str, msec: int = 3000) -> None:
        self.toast.setText(text)
        self.toast.setAccessibleDescription(text)
        self._place_toast()
        self.toast.show()
        self.toast.raise_()
        self._toast_timer.start(msec)

    def _place_toast(self) -> None:
        unit = max(4.0, min(self.height() / 100, self.width() / 150))
        font = QFont(self.font())
        font.setPixelSize(max(14, round(unit * 4)))
        font.setBold(True)
        self.toast.setFont(font)
        c = self._colours
        self.toast.setStyleSheet(
            f"background: {c.text.name()}; color: {c.window.name()};"
            f" border-radius: {round(unit * 2)}px; padding: {round(unit * 1.5)}px;")
        width = round(self.width() * 0.7)
        height = self.toast.heightForWidth(width)
        self.toast.setGeometry((self.width() - width) // 2, round(self.height() * 0.12),
                               width, max(height, round(unit * 8)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses the button that Tab reached (Space means pause/resume on this page).
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
            focus, QPushButton
        ) and self.isAncestorOf(focus):
            focus.click()
            return
        super().keyPressEvent(event)

    def _apply_fonts(self) -> None:
        h, w = self.height(), self.width()
        unit = max(4.0, min(h / 100, w / 150))  # about 1 % of the height
        base = self.font()

        def font(size: float, bold: bool = False) -> QFont:
            return scaled_font(base, max(11, size), bold=bold)

        self.exercise.setFont(font(unit * 4.6, True))
        self.position.setFont(font(unit * 4.0))
        self.phase.setFont(font(unit * 7.5, True))
        self.side_badge.setFixedHeight(max(36, round(unit * 10.5)))
        self.instruction.setFont(font(unit * (4.0 if self._segment is None or
                                              self._segment.kind is not SegmentKind.PREPARE
                                              else 3.2)))
        self.cue.setFont(font(unit * 2.8))
        self.cue.setStyleSheet(f"color: {self._colours.muted.name()}; font-style: italic;")
        for label in (self.rep, self.time_left, self.up_next):
            label.setFont(font(unit * 2.8, label is self.rep))
        self.progress.setFixedHeight(max(8, round(unit * 1.6)))
        # The countdown is the largest thing on the page: at least 40 % of the height.
        self.ring.setMinimumHeight(round(h * 0.40))
        for button in (self.back, self.pause, self.skip, self.easier, self.harder, self.stop):
            button.setFont(font(unit * 2.4, button is self.pause))
            button.setMinimumHeight(max(36, round(unit * 6)))


def _exercise_title(seg: Segment) -> str:
    if seg.kind is SegmentKind.REST and seg.set == 0:
        return f"Rest — next: {seg.exercise_name}"
    if seg.variant is not Level.STANDARD:
        return f"{seg.exercise_name} ({seg.variant.value})"
    return seg.exercise_name


def _rep_text(seg: Segment) -> str:
    if seg.rep > 0:
        text = f"Rep {seg.rep} of {seg.reps}"
        if seg.sets > 1:
            text += f" · set {seg.set} of {seg.sets}"
        return text
    if seg.kind is SegmentKind.PREPARE:
        return f"{seg.reps} reps per side" if seg.side is not None else f"{seg.reps} reps"
    return ""


def _up_next(seg: Segment, upcoming: Segment | None) -> str:
    if upcoming is None:
        return "Up next: done!"
    if upcoming.exercise_number != seg.exercise_number or (
        upcoming.kind is SegmentKind.REST and upcoming.set == 0
    ):
        return f"Up next: {upcoming.exercise_name}"
    word = PHASE_WORDS[upcoming.kind].capitalize()
    if upcoming.kind is SegmentKind.SWITCH and upcoming.side is not None:
        return f"Up next: {upcoming.side.value} side"
    if upcoming.side is not None and upcoming.kind.is_phase and upcoming.side != seg.side:
        return f"Up next: {word}, {upcoming.side.value}"
    return f"Up next: {word}"
