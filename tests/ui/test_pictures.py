"""The exercise picture: drawn off the GUI thread at the size shown, refused pictures said so."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from hipflex_desktop.core.pictures import CheckedPicture
from hipflex_desktop.resources import resource_path
from hipflex_desktop.ui import pictures
from hipflex_desktop.ui.pictures import PictureView
from tests.hostile import images

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
MARCH = resource_path("packs/pictures/march-wall.svg")


@pytest.fixture
def picture(qtbot: QtBot) -> PictureView:
    view = PictureView()
    qtbot.addWidget(view)
    view.resize(300, 220)
    return view


def show(qtbot: QtBot, view: PictureView, path: Path | None, **options: object) -> None:
    """Ask for ``path`` and wait until it is drawn."""
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.set_picture(path, **options)  # type: ignore[arg-type]
    assert view.has_picture() and view.problem is None and not view.loading


def refuse(qtbot: QtBot, view: PictureView, path: Path) -> str:
    """Ask for ``path`` and wait until it is refused; the problem."""
    with qtbot.waitSignal(view.failed, timeout=10_000) as blocker:
        view.set_picture(path)
    assert not view.has_picture() and not view.loading
    assert view.problem is not None and view.problem == blocker.args[0]
    return view.problem


def test_a_picture_is_mirrored_for_the_left_side(qtbot: QtBot, picture: PictureView) -> None:
    show(qtbot, picture, MARCH)
    right = picture.grab().toImage()
    picture.set_picture(MARCH, mirrored=True)  # the same image, drawn the other way round
    assert picture.mirrored and picture.has_picture()
    left = picture.grab().toImage()
    assert _difference(left, right) > 0.01  # the picture is not symmetric
    assert _difference(left, right.flipped(Qt.Orientation.Horizontal)) < 0.005
    picture.set_picture(MARCH, mirrored=False)
    assert _difference(picture.grab().toImage(), right) == 0


def test_reading_checking_and_drawing_happen_off_the_gui_thread(
        qtbot: QtBot, picture: PictureView, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    real = pictures.check_picture_file

    def recording(path: Path, *, folder: Path | None = None) -> CheckedPicture:
        threads.append(threading.get_ident())
        return real(path, folder=folder)

    monkeypatch.setattr(pictures, "check_picture_file", recording)
    with qtbot.waitSignal(picture.shown, timeout=10_000):
        picture.set_picture(MARCH)
        assert picture.loading and not picture.has_picture()  # set_picture did not wait
    assert threads and threading.get_ident() not in threads


def test_a_resize_draws_again_from_the_bytes_read_once(
        qtbot: QtBot, picture: PictureView, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[Path] = []
    real = pictures.check_picture_file

    def counting(path: Path, *, folder: Path | None = None) -> CheckedPicture:
        reads.append(path)
        return real(path, folder=folder)

    monkeypatch.setattr(pictures, "check_picture_file", counting)
    picture.show()  # a hidden widget is resized only when it is shown
    qtbot.waitExposed(picture)
    show(qtbot, picture, MARCH)
    small = picture.image_size
    with qtbot.waitSignal(picture.shown, timeout=10_000):
        picture.resize(600, 440)
    assert reads == [MARCH]
    assert picture.image_size.width() > small.width() * 1.5


def test_a_png_is_decoded_at_the_size_it_is_shown(qtbot: QtBot, picture: PictureView,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(images.png(3000, 2000, colour=(11, 92, 173, 255)))
    show(qtbot, picture, path, description="A blue box")
    assert picture.accessibleDescription() == "A blue box"
    ratio = picture.devicePixelRatioF()
    assert picture.image_size.width() <= 300 * ratio and picture.image_size.height() <= 220 * ratio
    assert _close(picture.grab().toImage().pixelColor(150, 110), QColor("#0b5cad"))


def test_a_refused_picture_is_said_so_on_the_picture_area(qtbot: QtBot, picture: PictureView,
                                                          tmp_path: Path) -> None:
    blank = picture.grab().toImage()
    svg = tmp_path / "bad.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                   '<script>alert(1)</script><rect width="10" height="10"/></svg>',
                   encoding="utf-8")
    problem = refuse(qtbot, picture, svg)
    assert problem.startswith("bad.svg: ") and "script" in problem
    assert picture.accessibleDescription().startswith("Picture not shown: bad.svg: ")
    assert _difference(picture.grab().toImage(), blank) > 0.005  # words are drawn
    show(qtbot, picture, MARCH)  # a good one after it shows again


@pytest.mark.parametrize(("name", "data", "says"), [
    ("outside.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x/y.png"/>'
                    b'</svg>', "link"),
    ("handler.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>', "event"),
    ("fake.png", b"GIF89a....", "not a PNG"),
    ("picture.gif", b"GIF89a....", ".svg or .png"),
    ("broken.svg", b"<svg", "readable"),
    ("bomb.png", images.png(8000, 8000), "8,000 x 8,000 pixels"),
    ("cut.png", images.png(40, 30, header_only=True), "cut short"),
    ("use-bomb.svg", images.use_bomb(9), "more than 10,000 elements"),
    ("deep.svg", images.deep_svg(5000), "levels deep"),
])
def test_other_bad_pictures(qtbot: QtBot, picture: PictureView, tmp_path: Path, *, name: str,
                            data: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert says in refuse(qtbot, picture, path)


def test_a_fifo_picture_never_holds_the_window(qtbot: QtBot, picture: PictureView,
                                               tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.svg"
    os.mkfifo(fifo)
    assert refuse(qtbot, picture, fifo) == "pipe.svg: this is a named pipe (FIFO), not a file"


def test_a_missing_picture_is_a_problem_not_a_crash(qtbot: QtBot, picture: PictureView,
                                                    tmp_path: Path) -> None:
    assert refuse(qtbot, picture, tmp_path / "gone.svg").startswith("gone.svg: no such file")
    picture.grab()  # paints the words, fails nothing
    picture.set_picture(None)
    assert picture.problem is None and picture.path is None and not picture.loading


def test_only_the_last_picture_asked_for_is_shown(qtbot: QtBot, picture: PictureView,
                                                  tmp_path: Path) -> None:
    other = tmp_path / "other.png"
    other.write_bytes(images.png(50, 50))
    with qtbot.waitSignal(picture.shown, timeout=10_000):
        picture.set_picture(MARCH)
        picture.set_picture(other)
    qtbot.waitUntil(lambda: pictures.renderer().pool.activeThreadCount() == 0)
    side = round(220 * picture.devicePixelRatioF())  # the square fitted to 300 x 220
    assert picture.path == other and picture.image_size == QSize(side, side)


def _close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return (abs(a.red() - b.red()) <= tolerance and abs(a.green() - b.green()) <= tolerance
            and abs(a.blue() - b.blue()) <= tolerance)


def _difference(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly between two images of the same size."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    differ = sum(1 for x in range(0, a.width(), 2) for y in range(0, a.height(), 2)
                 if not _close(a.pixelColor(x, y), b.pixelColor(x, y), 40)
                 or abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha()) > 40)
    return differ / ((a.width() // 2) * (a.height() // 2))
