"""The exercise picture: checked, decoded and drawn off the GUI thread, or said not shown.

A picture comes from a pack, and a pack from anyone. The window must never wait on one, so the
whole job (reading the file, the checks of ``core/pictures.py``, decoding and drawing) runs on a
worker thread and hands back a finished ``QImage`` at the size the picture is shown: an SVG is
drawn once into an image of that size, a PNG is decoded straight to it
(``QImageReader.setScaledSize``) under an allocation limit. Painting the widget is then one
``drawImage``. A picture that cannot be shown says why, in words, where it would have been.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QRunnable,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader, QPainter, QPaintEvent, QResizeEvent, QTransform
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipflex_desktop.core.pictures import (
    MAX_PIXELS,
    CheckedPicture,
    UnsafePicture,
    check_picture_file,
)

# Qt refuses to allocate a decoded image larger than this (its default is 256 MiB). The checker
# already bounds a PNG to MAX_PIXELS; this is the second wall, with room for 16 bits a channel.
ALLOCATION_LIMIT_MB: Final = (MAX_PIXELS * 8) // (1024 * 1024) + 1
# One picture at a time: a pack of twenty large pictures is decoded one after the other,
# so at most one full-size picture is in memory beyond those shown.
WORKER_THREADS: Final = 1


@dataclass(frozen=True)
class _Job:
    owner: object  # the view's token: results for another view (or an older request) are dropped
    generation: int
    path: Path
    folder: Path | None
    checked: CheckedPicture | None  # already read and checked: only draw it again
    size: QSize  # the device pixels the picture may fill
    ratio: float  # device pixels per widget pixel


@dataclass(frozen=True)
class _Result:
    owner: object
    generation: int
    checked: CheckedPicture | None
    image: QImage | None
    problem: str | None


class _Renderer(QObject):
    """The worker pool and the signal its results come back on (to the GUI thread)."""

    finished = Signal(object)  # a _Result

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(WORKER_THREADS)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.drain)

    def drain(self) -> None:
        """Drop the pictures not yet started and wait for the one being drawn."""
        self.pool.clear()
        self.pool.waitForDone()

    def submit(self, job: _Job) -> None:
        self.pool.start(_Task(self, job))


class _Task(QRunnable):
    def __init__(self, renderer: _Renderer, job: _Job) -> None:
        super().__init__()
        self._renderer = renderer
        self._job = job

    def run(self) -> None:
        job = self._job
        try:
            checked = job.checked or check_picture_file(job.path, folder=job.folder)
            image = render(checked, job.size)
            image.setDevicePixelRatio(job.ratio)
            result = _Result(job.owner, job.generation, checked, image, None)
        except UnsafePicture as exc:
            result = _Result(job.owner, job.generation, None, None, str(exc))
        except Exception as exc:
            result = _Result(job.owner, job.generation, None, None,
                             f"the picture could not be drawn ({type(exc).__name__})")
        self._renderer.finished.emit(result)


@cache
def renderer() -> _Renderer:
    """The one renderer of the app, made on first use (in the GUI thread)."""
    return _Renderer()


def fit(size: QSizeF, box: QSize) -> QSize:
    """``size`` scaled to fit in ``box`` keeping its proportions (at least one pixel)."""
    if size.isEmpty() or box.isEmpty():
        return QSize(1, 1)
    scale = min(box.width() / size.width(), box.height() / size.height())
    return QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))


def render(checked: CheckedPicture, box: QSize) -> QImage:
    """The picture drawn to fit ``box``; raises UnsafePicture if Qt cannot draw it."""
    if checked.kind == "svg":
        svg = QSvgRenderer(QByteArray(checked.data))
        if not svg.isValid():
            raise UnsafePicture("the SVG could not be drawn")
        view = svg.viewBoxF().size()
        if view.isEmpty():
            view = QSizeF(svg.defaultSize())
        if view.isEmpty():
            raise UnsafePicture("the SVG has no size (no viewBox, width or height)")
        size = fit(view, box)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        svg.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image
    data = QByteArray(checked.data)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"png"))
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setScaledSize(fit(QSizeF(checked.width, checked.height), box))
    image = reader.read()
    if image.isNull():
        raise UnsafePicture(f"the PNG could not be read ({reader.errorString()})")
    return image


class PictureView(QWidget):
    """An exercise picture, mirrored for the left side; SVG or PNG, checked before use.

    ``set_picture`` returns at once; ``shown`` or ``failed`` follows when the picture is drawn
    or refused. Until then the area is empty; after a refusal it says why."""

    shown = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._token = object()
        self._generation = 0
        self._path: Path | None = None
        self._folder: Path | None = None
        self._checked: CheckedPicture | None = None
        self._image: QImage | None = None
        self._wanted = QSize()  # the size last asked of the worker
        self._mirrored = False
        self.problem: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise picture"))
        renderer().finished.connect(self._on_rendered)

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    @property
    def loading(self) -> bool:
        """A picture is asked for and neither drawn nor refused yet."""
        return self._path is not None and self._image is None and self.problem is None

    def has_picture(self) -> bool:
        return self._image is not None

    @property
    def image_size(self) -> QSize:
        """The size the picture was decoded or drawn at (empty without one)."""
        return QSize() if self._image is None else self._image.size()

    def set_picture(self, path: Path | None, *, mirrored: bool = False,
                    description: str = "", folder: Path | None = None) -> None:
        """Show ``path``; with ``folder`` (the pack's), only a file inside it."""
        if path == self._path and mirrored == self._mirrored:
            return
        self._mirrored = mirrored
        self.setAccessibleDescription(description)
        if path != self._path:
            self._path = path
            self._folder = folder
            self._checked = None
            self._image = None
            self.problem = None
            self._generation += 1
            if path is not None:
                self._request()
        self.update()

    def _target(self) -> QSize:
        ratio = self.devicePixelRatioF()
        return QSize(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))

    def _request(self) -> None:
        assert self._path is not None
        self._wanted = self._target()
        renderer().submit(_Job(self._token, self._generation, self._path, self._folder,
                               self._checked, self._wanted, self.devicePixelRatioF()))

    def _on_rendered(self, result: _Result) -> None:
        if result.owner is not self._token or result.generation != self._generation:
            return  # an older picture, or another view's
        if result.problem is not None or result.image is None:
            name = self._path.name if self._path is not None else ""
            self.problem = f"{name}: {result.problem}"
            self._image = None
            self.setAccessibleDescription(
                self.tr("Picture not shown: {problem}").format(problem=self.problem))
            self.update()
            self.failed.emit(self.problem)
            return
        self._checked = result.checked
        self._image = result.image
        self.update()
        self.shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Drawn again at the new size from the bytes already checked (the file is read once);
        # until then the image drawn for the old size is scaled to fit.
        if self._checked is not None and self._target() != self._wanted:
            self._generation += 1
            self._request()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None and self.problem is None:
            return
        painter = QPainter(self)
        if self.problem is not None:
            self._paint_problem(painter)
        elif self._image is not None:
            # Whole pixels, so that an image drawn for this size is copied, not resampled.
            size = fit(QSizeF(self._image.deviceIndependentSize()), self.size())
            target = QRect((self.width() - size.width()) // 2,
                           (self.height() - size.height()) // 2, size.width(), size.height())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            if self._mirrored:
                painter.setTransform(QTransform(-1, 0, 0, 1, self.width(), 0))
            painter.drawImage(target, self._image)
        painter.end()

    def _paint_problem(self, painter: QPainter) -> None:
        reason = self.problem or ""
        reason = reason.split(": ", 1)[1] if ": " in reason else reason
        text = self.tr("Picture not shown\n{reason}.").format(
            reason=f"{reason[:1].upper()}{reason[1:200]}")
        colour = self.palette().windowText().color()
        colour.setAlphaF(0.75)
        painter.setPen(colour)
        font = self.font()
        font.setPixelSize(max(10, min(28, self.height() // 9)))
        painter.setFont(font)
        margin = max(4, self.width() // 20)
        box = self.rect().adjusted(margin, margin, -margin, -margin)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
