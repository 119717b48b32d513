"""The session page: what a person 1–3 m away needs at a glance.

Layout, top to bottom: exercise and position; side badge and phase word; the picture beside the
countdown ring; the instruction and the form cue; rep, progress and what comes next; buttons.
Type sizes follow the window; the focus view (full screen) keeps only the side, the phase, the
countdown (bare digits over a progress band, a quarter of the screen high) and the step text,
with the status line at the bottom.

Notices (toasts) are drawn over the status line and the buttons, never over the side, the phase
or the countdown, and a screen reader hears them; it hears each change of exercise, side, rep,
phase and pause too, once, as it happens (never each second).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipflex_desktop.core.model import Level, Pack, Side
from hipflex_desktop.core.plan import Segment, SegmentKind, format_duration
from hipflex_desktop.languages import QT_TRANSLATE_NOOP
from hipflex_desktop.ui.accessibility import announce
from hipflex_desktop.ui.pictures import PictureView
from hipflex_desktop.ui.theme import (
    Colours,
    colours,
    level_name,
    phase_word,
    scaled_font,
    side_name,
)
from hipflex_desktop.ui.widgets import CountdownRing, SessionProgress, SideBadge, Veil

PAUSED_MESSAGE = QT_TRANSLATE_NOOP("SessionPage", "Paused — press Space to resume")
MIN_TOAST_PX = 12


class SessionPage(QWidget):
    back_requested = Signal()
    toggle_requested = Signal()
    skip_requested = Signal()
    easier_requested = Signal()
    harder_requested = Signal()
    stop_requested = Signal()
    announced = Signal(str)  # what a screen reader was told

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours()
        self._segment: Segment | None = None
        self._upcoming: Segment | None = None
        self._pack: Pack | None = None  # the shown session's, for its pictures
        self._focus_view = False
        self._time_left_text = ""
        self._progress_value = -1
        self._said: Segment | None = None  # the step a screen reader was last told of
        self._said_after_rest = False  # a rest came since: say the side and rep again
        self.setAccessibleName(self.tr("Session"))

        # A label is named by what it shows; its description says what that is.
        self.exercise = self._label("exerciseName", self.tr("The exercise"))
        self.exercise.setWordWrap(True)  # a long name from another pack wraps, never clips
        self.position = self._label("position", self.tr("Which exercise of the session"))
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.side_badge = SideBadge()
        self.phase = self._label("phaseWord", self.tr("What to do now"))
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture = PictureView()
        self.ring = CountdownRing()
        self.instruction = self._label("instruction", self.tr("How to do this step"))
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cue = self._label("cue", self.tr("What to watch"))
        self.cue.setWordWrap(True)
        self.cue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep = self._label("rep", self.tr("Rep and set"))
        self.up_next = self._label("upNext", self.tr("What comes next"))
        self.up_next.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = SessionProgress()
        # Its text changes every second: a fixed name, so nothing is sent each second (the
        # text itself stays readable through the label's text).
        self.time_left = self._label("timeLeft", self.tr("Time left in the session"))
        self.time_left.setAccessibleName(self.tr("Session time left"))

        self.back = self._button(self.tr("Back"), self.tr("Left / Page Up"),
                                 self.tr("Go back one step"), self.back_requested)
        self.pause = self._button(self.tr("Pause"), self.tr("Space"),
                                  self.tr("Pause or resume the session"), self.toggle_requested)
        self.skip = self._button(self.tr("Skip"), self.tr("Right / Page Down"),
                                 self.tr("Skip to the next step"), self.skip_requested)
        self.easier = self._button(self.tr("Easier"), "E", self.tr(
            "Switch to the easier variant of this exercise"), self.easier_requested)
        self.harder = self._button(self.tr("Harder"), "H", self.tr(
            "Switch to the harder variant of this exercise"), self.harder_requested)
        self.stop = self._button(self.tr("Stop"), self.tr("Esc"),
                                 self.tr("Stop the session (asks first)"), self.stop_requested)
        self.pause.setObjectName("pauseButton")

        top = QHBoxLayout()
        top.addWidget(self.exercise, 1)
        top.addWidget(self.position)
        badges = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        badges.addWidget(self.side_badge, 1)
        badges.addWidget(self.phase, 1)
        self._badges = badges
        top.setContentsMargins(0, 0, 0, 0)
        self._top = QWidget()  # hidden in the focus view
        self._top.setLayout(top)
        middle = QHBoxLayout()
        middle.addWidget(self.picture, 5)
        middle.addWidget(self.ring, 4)
        self._middle = middle
        status = QHBoxLayout()
        status.addWidget(self.rep)
        status.addWidget(self.progress, 1)
        status.addWidget(self.time_left)
        status.addWidget(self.up_next, 1)
        status.setContentsMargins(0, 0, 0, 0)
        self._status = QWidget()
        self._status.setLayout(status)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.back, self.pause, self.skip, self.easier, self.harder, self.stop):
            buttons.addWidget(button)
        self._buttons = QWidget()
        self._buttons.setLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 16)
        layout.setSpacing(8)
        self._layout = layout
        layout.addWidget(self._top)
        layout.addLayout(badges)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.cue)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)

        self.veil = Veil(self)
        self.veil.set_message(self.tr(PAUSED_MESSAGE))

        # Short messages ("No easier variant", "Sound off") shown large where they can be read
        # from across the room, also in full screen without a status bar: over the status line
        # and the buttons, never over the side, the phase or the countdown. Clicks pass through
        # to the buttons beneath.
        self.toast = QLabel(self)
        self.toast.setObjectName("toast")
        self.toast.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toast.setWordWrap(True)
        self.toast.setTextFormat(Qt.TextFormat.PlainText)
        self.toast.setAccessibleDescription(self.tr("Message"))
        self.toast.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)

    def _label(self, name: str, description: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleDescription(description)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, text: str, keys: str, description: str,
                signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(self.tr("{action} ({keys})").format(action=description, keys=keys))
        button.setAccessibleName(text)
        button.setAccessibleDescription(
            self.tr("{action}. Key: {keys}").format(action=description, keys=keys))
        button.setAutoDefault(False)
        button.setMinimumHeight(40)
        button.clicked.connect(signal.emit)
        return button

    # -- showing the session ---------------------------------------------------------------

    def set_theme(self, theme: Colours) -> None:
        self._colours = theme
        self.ring.set_theme(theme)
        self.side_badge.set_theme(theme)
        self.progress.set_theme(theme)
        self.veil.set_theme(theme)
        if self._segment is not None:
            self._paint_phase(self._segment)
        self._apply_fonts()  # the form cue's colour
        if self.toast.isVisible():
            self._place_toast()

    def show_segment(self, seg: Segment, upcoming: Segment | None,
                     levels: tuple[Level, ...], pack: Pack | None = None) -> None:
        """``pack``: the session's, where the step's picture is found."""
        self._pack = pack
        self._segment = seg
        self._upcoming = upcoming
        self.exercise.setText(self._exercise_title(seg))
        self.position.setText(self.tr("{number} of {count}", "exercise").format(
            number=seg.exercise_number, count=seg.exercise_count))
        self.position.setAccessibleDescription(self.tr("Exercise {number} of {count}").format(
            number=seg.exercise_number, count=seg.exercise_count))
        shows_side = seg.side is not None and seg.kind is not SegmentKind.REST
        self.side_badge.set_side(seg.side if shows_side else None)
        self._paint_phase(seg)
        if seg.kind is SegmentKind.PREPARE:
            steps = "\n".join(f"{i}. {step}" for i, step in enumerate(seg.details, 1))
            self.instruction.setText(steps or seg.text)
        else:
            self.instruction.setText(self._instruction(seg))
        self.cue.setText("" if seg.cue is None or seg.kind is SegmentKind.REST else seg.cue)
        self.rep.setText(self._rep_text(seg))
        self.up_next.setText(self._up_next(seg, upcoming))
        self._show_picture(seg)
        # One level at a time, as E and H do: from Harder, Easier goes back to Standard.
        self.easier.setEnabled(seg.variant.step(-1, levels) is not None)
        self.harder.setEnabled(seg.variant.step(+1, levels) is not None)
        self._apply_fonts()
        self._announce(self._step_message(seg))

    def _step_message(self, seg: Segment) -> str:
        """What changed since the step a screen reader was last told of, in one sentence
        per change: exercise, side, rep, then the phase and how long it lasts. A rest says
        what comes next; the exercise is named when it begins."""
        said, self._said = self._said, seg
        phase = phase_word(seg.kind).capitalize()
        if seg.kind in (SegmentKind.PREPARE, SegmentKind.HOLD, SegmentKind.REST) \
                or seg.seconds >= 5:
            phase = self.tr("{phase}, {seconds}").format(
                phase=phase, seconds=self._seconds_words(seg.seconds))
        if seg.kind is SegmentKind.REST:
            self._said = said  # the exercise and side are said again after the rest
            self._said_after_rest = True
            if seg.set == 0:
                return self.tr("{rest}. Next: {name}.").format(rest=phase,
                                                              name=seg.exercise_name)
            return phase + "."
        rested, self._said_after_rest = self._said_after_rest, False
        parts: list[str] = []
        if said is None or (said.exercise_number, said.variant, said.exercise_name) != (
                seg.exercise_number, seg.variant, seg.exercise_name):
            parts.append(self.tr("Exercise {number} of {count}: {name}").format(
                number=seg.exercise_number, count=seg.exercise_count,
                name=self._exercise_title(seg)))
        if seg.side is not None and (rested or parts or said is None
                                     or seg.side != said.side):
            parts.append(self.tr("Right side") if seg.side is Side.RIGHT
                         else self.tr("Left side"))
        if seg.rep > 0 and (said is None or rested or (said.rep, said.set, said.side) != (
                seg.rep, seg.set, seg.side)):
            parts.append(self._rep_text(seg))
        parts.append(phase)
        return ". ".join(parts) + "."

    def _seconds_words(self, seconds: float) -> str:
        whole = round(seconds)
        if whole >= 60:
            return self.tr("{duration} minutes").format(duration=format_duration(whole))
        if whole == 1:
            return self.tr("1 second")
        return self.tr("%n seconds", "", whole)

    def _announce(self, message: str, *, assertive: bool = False) -> None:
        announce(self, message, assertive=assertive)
        self.announced.emit(message)

    def announce_end(self, finished: bool) -> None:
        """Say that the session has ended (the summary page follows)."""
        self._said = None
        self._said_after_rest = False
        self._announce(self.tr("Session finished.") if finished
                       else self.tr("Session stopped."), assertive=True)

    def _paint_phase(self, seg: Segment) -> None:
        colour = self._colours.phase[seg.kind]
        self.phase.setText(phase_word(seg.kind))
        self.phase.setStyleSheet(f"color: {colour.name()};")

    def _show_picture(self, seg: Segment) -> None:
        path = None
        if self._pack is not None and seg.kind is not SegmentKind.REST:
            exercise = self._pack.exercise(seg.exercise_id).as_variant(seg.variant)
            path = self._pack.picture_path(exercise.picture)
        self.picture.set_picture(path, mirrored=seg.side is Side.LEFT,
                                 description=self.tr("{exercise}, at the top of the movement")
                                 .format(exercise=seg.exercise_name),
                                 folder=None if self._pack is None else self._pack.base_dir)
        # Shown while it is drawn and when it cannot be (it then says why), not only once drawn.
        self.picture.setVisible(self.picture.path is not None and not self._focus_view)

    def show_time(self, remaining: float, total_remaining: float, total: float) -> None:
        """Called on every frame: touch only what visibly changed."""
        seg = self._segment
        if seg is None:
            return
        self.ring.set_state(remaining, seg.seconds, seg.kind is SegmentKind.HOLD,
                            self._colours.phase[seg.kind])
        left = self.tr("{time} left").format(time=format_duration(total_remaining))
        if left != self._time_left_text:
            self._time_left_text = left
            self.time_left.setText(left)
        value = 0 if total <= 0 else round(1000 * (1 - total_remaining / total))
        if value != self._progress_value:
            self._progress_value = value
            self.progress.setValue(value)

    def set_paused(self, paused: bool, *, announced: bool = True) -> None:
        word = self.tr("Resume") if paused else self.tr("Pause")
        self.pause.setText(word)
        self.pause.setAccessibleName(word)
        was_paused = self.veil.isVisible()
        if paused:
            self.veil.cover()
        else:
            self.veil.hide()
        if announced and paused != was_paused:
            self._announce(self.tr("Paused. Press Space to resume.") if paused
                           else self.tr("Resumed."), assertive=True)

    @property
    def paused_shown(self) -> bool:
        return self.veil.isVisible()

    # -- size ------------------------------------------------------------------------------

    def set_focus_view(self, on: bool) -> None:
        """Full screen: only what a person across the room needs, as large as it goes."""
        self._focus_view = on
        self._buttons.setVisible(not on)
        self._top.setVisible(not on)
        self.cue.setVisible(not on)
        self.picture.setVisible(not on and self.picture.path is not None)
        # The side above the phase word: side by side, a long word ("SWITCH SIDES") at a tenth
        # of the screen's height would not fit beside the badge.
        self._badges.setDirection(QBoxLayout.Direction.TopToBottom if on
                                  else QBoxLayout.Direction.LeftToRight)
        self.ring.set_focus_view(on)
        self._apply_fonts()
        if self.toast.isVisible():
            self._place_toast()

    @property
    def focus_view(self) -> bool:
        return self._focus_view

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_fonts()
        if self.veil.isVisible():
            self.veil.setGeometry(self.rect())
        if self.toast.isVisible():
            self._place_toast()

    def show_toast(self, text: str, msec: int = 3000) -> None:
        self.toast.setText(text)
        self.toast.setAccessibleName(text)
        self.toast.show()
        self._place_toast()
        self.toast.raise_()
        self._toast_timer.start(msec)
        self._announce(text)

    def toast_area(self) -> QRect:
        """Where notices go: the status line and the buttons under it (in the focus view, the
        status line alone), across the page's width: nothing of the step is drawn there."""
        layout = self.layout()
        assert layout is not None
        self._layout.activate()  # geometry as it will be shown, even before a repaint
        margins = layout.contentsMargins()
        top = self._status.geometry().top()
        bottom = (self._buttons.geometry().bottom() if self._buttons.isVisibleTo(self)
                  else self._status.geometry().bottom())
        return QRect(margins.left(), top, self.width() - margins.left() - margins.right(),
                     max(1, bottom - top + 1))

    def _place_toast(self) -> None:
        area = self.toast_area()
        unit = max(4.0, min(self.height() / 100, self.width() / 150))
        pad = max(4, round(unit))
        c = self._colours
        self.toast.setStyleSheet(
            f"background: {c.text.name()}; color: {c.window.name()};"
            f" border-radius: {round(unit * 1.5)}px; padding: {pad}px;")
        # As large as the area lets it be: a long message wraps, then gets smaller.
        font = QFont(self.font())
        font.setBold(True)
        inner = QRect(0, 0, area.width() - 2 * pad, 10_000)
        size = max(MIN_TOAST_PX, round(unit * 4))
        while True:
            font.setPixelSize(size)
            needed = QFontMetrics(font).boundingRect(
                inner, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter),
                self.toast.text()).height() + 2 * pad
            if needed <= area.height() or size <= MIN_TOAST_PX:
                break
            size -= 1
        self.toast.setFont(font)
        self.toast.setGeometry(area)

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

        preparing = self._segment is not None and self._segment.kind is SegmentKind.PREPARE
        self.exercise.setFont(font(unit * 4.6, True))
        self.position.setFont(font(unit * 4.0))
        self.cue.setFont(font(unit * 2.8))
        self.cue.setStyleSheet(f"color: {self._colours.muted.name()}; font-style: italic;")
        for label in (self.rep, self.time_left, self.up_next):
            label.setFont(font(unit * 2.8, label is self.rep))
        self.progress.setFixedHeight(max(8, round(unit * 1.6)))
        for button in (self.back, self.pause, self.skip, self.easier, self.harder, self.stop):
            button.setFont(font(unit * 2.4, button is self.pause))
            button.setMinimumHeight(max(36, round(unit * 6)))
        if self._focus_view:
            # The side and phase words at least a tenth of the screen high (their capitals,
            # measured), the digits a quarter (the ring gives them all its height); a status
            # line tall enough for a notice.
            self._layout.setContentsMargins(round(unit * 2.8), round(unit * 1.2),
                                            round(unit * 2.8), round(unit * 1.2))
            self._layout.setSpacing(round(unit * 0.6))
            self.side_badge.set_text_share(0.88)
            self.side_badge.setFixedHeight(round(unit * 16))
            self.phase.setFont(font(unit * 14.5, True))
            self.instruction.setFont(font(unit * (2.6 if preparing else 3.2)))
            self._status.setMinimumHeight(round(unit * 7))
            self.ring.setMinimumHeight(round(h * 0.30))
        else:
            self._layout.setContentsMargins(28, 16, 28, 16)
            self._layout.setSpacing(8)
            self.side_badge.set_text_share(0.62)
            self.side_badge.setFixedHeight(max(36, round(unit * 10.5)))
            self.phase.setFont(font(unit * 7.5, True))
            self.instruction.setFont(font(unit * (3.2 if preparing else 4.0)))
            self._status.setMinimumHeight(0)
            # The countdown is the largest thing on the page: at least 40 % of the height.
            self.ring.setMinimumHeight(round(h * 0.40))

    # -- words -----------------------------------------------------------------------------

    def _exercise_title(self, seg: Segment) -> str:
        if seg.kind is SegmentKind.REST and seg.set == 0:
            return self.tr("Rest — next: {exercise}").format(exercise=seg.exercise_name)
        if seg.variant is not Level.STANDARD:
            return self.tr("{exercise} ({variant})", "exercise and its variant").format(
                exercise=seg.exercise_name, variant=level_name(seg.variant).lower())
        return seg.exercise_name

    def _instruction(self, seg: Segment) -> str:
        """The pack's words for a phase; the app's own for the rests and switches it adds."""
        if seg.kind is SegmentKind.REST and seg.set == 0:
            return self.tr("Rest. Next: {exercise}").format(
                exercise=seg.next_name or seg.exercise_name)
        if seg.kind is SegmentKind.REST:
            return self.tr("Rest before set {set} of {sets}").format(set=seg.set, sets=seg.sets)
        if seg.kind is SegmentKind.SWITCH and seg.side is Side.RIGHT:
            return self.tr("Switch to the right side")
        if seg.kind is SegmentKind.SWITCH and seg.side is Side.LEFT:
            return self.tr("Switch to the left side")
        return seg.text

    def _rep_text(self, seg: Segment) -> str:
        if seg.rep > 0:
            if seg.sets > 1:
                return self.tr("Rep {rep} of {reps} · set {set} of {sets}").format(
                    rep=seg.rep, reps=seg.reps, set=seg.set, sets=seg.sets)
            return self.tr("Rep {rep} of {reps}").format(rep=seg.rep, reps=seg.reps)
        if seg.kind is SegmentKind.PREPARE:
            if seg.side is not None:
                return self.tr("%n rep(s) per side", "", seg.reps)
            return self.tr("%n rep(s)", "", seg.reps)
        return ""

    def _up_next(self, seg: Segment, upcoming: Segment | None) -> str:
        if upcoming is None:
            return self.tr("Up next: done!")
        if upcoming.exercise_number != seg.exercise_number or (
            upcoming.kind is SegmentKind.REST and upcoming.set == 0
        ):
            return self.tr("Up next: {exercise}").format(exercise=upcoming.exercise_name)
        word = phase_word(upcoming.kind).capitalize()
        if upcoming.kind is SegmentKind.SWITCH and upcoming.side is not None:
            return self.tr("Up next: {side} side").format(side=side_name(upcoming.side))
        if upcoming.side is not None and upcoming.kind.is_phase and upcoming.side != seg.side:
            return self.tr("Up next: {phase}, {side}").format(phase=word,
                                                              side=side_name(upcoming.side))
        return self.tr("Up next: {phase}").format(phase=word)
