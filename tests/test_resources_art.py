"""The app's illustrations, icon, desktop entry and cue sounds.

Pictures must be plain, self-contained SVG that Qt's SVG Tiny renderer draws as intended: a light
card with the working (right) leg in the accent colour. The sounds must be exactly what
scripts/make_sounds.py writes, in the format and level the cue player expects.
"""

from __future__ import annotations

import configparser
import importlib.util
import itertools
import math
import re
import sys
import wave
import xml.etree.ElementTree as ET
from array import array
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PICTURES = RESOURCES / "packs" / "pictures"
ICONS = RESOURCES / "icons"
SOUNDS = RESOURCES / "sounds"
SCRIPT = ROOT / "scripts" / "make_sounds.py"

ACCENT = QColor("#F97316")  # the working leg
PICTURE_VIEWBOX = "0 0 400 300"
PICTURE_NAMES = (
    "march-wall",
    "march-free",
    "leg-lift",
    "leg-lift-wall",
    "bridge-bench",
    "bridge-floor",
)
ALL_SVGS = sorted([*PICTURES.glob("*.svg"), *ICONS.glob("*.svg")])

SVG_NS = "{http://www.w3.org/2000/svg}"
# What Qt's SVG Tiny 1.2 renderer draws reliably; anything else stays out of the pictures.
ALLOWED_ELEMENTS = {
    "svg",
    "g",
    "defs",
    "title",
    "desc",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "linearGradient",
    "stop",
}
URL_RE = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)

# Sound name -> (shortest, longest) length in milliseconds.
SOUND_LENGTHS_MS = {
    "move.wav": (250, 450),
    "hold.wav": (200, 450),
    "hold_end.wav": (250, 450),
    "tick.wav": (60, 120),
    "tick_last.wav": (100, 250),
    "side.wav": (250, 480),
    "exercise_done.wav": (400, 700),
    "session_done.wav": (800, 1200),
}
RATE = 48_000
FULL_SCALE = 32_768


# --- pictures: structure --------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def test_every_expected_picture_and_the_icon_exist() -> None:
    for name in PICTURE_NAMES:
        assert (PICTURES / f"{name}.svg").is_file(), name
    assert (ICONS / "hipflex.svg").is_file()
    assert len(ALL_SVGS) >= len(PICTURE_NAMES) + 1


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_svg_is_plain_self_contained_tiny_svg(path: Path) -> None:
    data = path.read_bytes()
    assert b"<!DOCTYPE" not in data.upper()
    assert b"<!ENTITY" not in data.upper()
    root = ET.fromstring(data)
    assert root.tag == f"{SVG_NS}svg"

    view_box = root.get("viewBox")
    assert view_box is not None
    numbers = [float(v) for v in view_box.replace(",", " ").split()]
    assert len(numbers) == 4
    assert numbers[2] > 0
    assert numbers[3] > 0
    for size in ("width", "height"):  # the viewBox alone sets the aspect; the app sets the size
        value = root.get(size)
        assert value is None or value.endswith("%"), f"{size}={value!r}"

    for element in root.iter():
        name = _local(element.tag)
        assert element.tag.startswith(SVG_NS), f"foreign element {element.tag}"
        assert name in ALLOWED_ELEMENTS, f"<{name}> is not allowed"
        for attribute, value in element.attrib.items():
            attr = _local(attribute)
            assert not attr.lower().startswith("on"), f"event handler {attr}"
            assert attr not in {"class", "style"}, f"{attr} attribute on <{name}>"
            if attr == "href":
                assert value.startswith("#"), f"outside reference {value!r}"
            for target in URL_RE.findall(value):
                assert target.startswith("#"), f"outside reference url({target})"
        if name == "path":
            # SVG Tiny 1.2 path data has no elliptical arcs: arcs are drawn as curves instead.
            assert not re.search(r"[Aa]", element.get("d", "")), "arc command in path data"


@pytest.mark.parametrize("name", PICTURE_NAMES)
def test_pictures_share_one_view_box(name: str) -> None:
    root = ET.parse(PICTURES / f"{name}.svg").getroot()
    assert root.get("viewBox") == PICTURE_VIEWBOX


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_svg_passes_the_apps_own_picture_check(path: Path) -> None:
    pictures = pytest.importorskip("hipflex_desktop.core.pictures")
    pictures.check_picture_file(path)


# --- pictures: rendering --------------------------------------------------------------------


def _render(path: Path, width: int, height: int, *, mirrored: bool = False) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path.name
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:  # how the app shows the left side
        painter.translate(width, 0)
        painter.scale(-1, 1)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _pixels(image: QImage) -> array[int]:
    assert image.format() == QImage.Format.Format_ARGB32
    words = array("I")
    words.frombytes(bytes(image.constBits()))
    stride = image.bytesPerLine() // 4
    width = image.width()
    return array("I", (w for row in range(image.height()) for w in words[row * stride :][:width]))


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: p.name)
def test_svg_renders_to_a_rich_image_with_the_accent(qapp: QApplication, path: Path) -> None:
    assert qapp is not None
    image = _render(path, 400, 300 if path.parent == PICTURES else 400)
    pixels = _pixels(image)
    assert len(set(pixels)) >= 50, "too few colours: the picture looks blank or broken"
    accent = pixels.count(ACCENT.rgba())
    assert accent >= 0.01 * len(pixels), f"accent colour covers only {accent} pixels"
    opaque = sum(1 for p in pixels if p >> 24 == 0xFF)
    assert opaque >= 0.8 * len(pixels), "the background card does not fill the picture"


@pytest.mark.parametrize("name", PICTURE_NAMES)
def test_picture_is_a_light_rounded_card(qapp: QApplication, name: str) -> None:
    assert qapp is not None
    image = _render(PICTURES / f"{name}.svg", 400, 300)
    assert image.pixelColor(0, 0).alpha() == 0, "corners are rounded off"
    assert image.pixelColor(399, 299).alpha() == 0
    card = image.pixelColor(200, 20)  # above every figure
    assert card.alpha() == 255
    assert card.lightnessF() > 0.85, "the card must be light on any window theme"


@pytest.mark.parametrize("name", PICTURE_NAMES)
def test_mirrored_picture_is_the_exact_mirror(qapp: QApplication, name: str) -> None:
    assert qapp is not None
    path = PICTURES / f"{name}.svg"
    plain = _render(path, 400, 300)
    mirrored = _render(path, 400, 300, mirrored=True)
    flipped = plain.flipped(Qt.Orientation.Horizontal)
    # Antialiased edges may differ by a shade; the drawing itself must be the same.
    differing = sum(
        1
        for a, b in zip(_pixels(flipped), _pixels(mirrored), strict=True)
        if max(abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) for s in (0, 8, 16, 24)) > 48
    )
    assert differing < 0.01 * 400 * 300


def test_icon_reads_at_32_px(qapp: QApplication) -> None:
    assert qapp is not None
    pixels = _pixels(_render(ICONS / "hipflex.svg", 32, 32))
    accentish = sum(
        1
        for p in pixels
        if p >> 24 > 0xC0
        and abs(((p >> 16) & 0xFF) - 0xF9) < 40
        and abs(((p >> 8) & 0xFF) - 0x73) < 40
        and abs((p & 0xFF) - 0x16) < 40
    )
    assert accentish >= 40, "the orange knee and timer ring must survive at 32 px"


# --- desktop entry --------------------------------------------------------------------------


def test_desktop_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(RESOURCES / "hipflex-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "HipFlex Desktop"
    assert entry["Exec"] == "hipflex"
    assert entry["Icon"] == "hipflex-desktop"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert {"Utility", "Sports"} <= set(filter(None, categories.split(";")))


# --- sounds ---------------------------------------------------------------------------------


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _read(path: Path) -> tuple[wave.Wave_read, array[int]]:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
    samples = array("h")
    samples.frombytes(frames)
    if sys.byteorder == "big":
        samples.byteswap()
    return wav, samples


def test_sound_script_reproduces_the_committed_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _load_script()
    assert module.main(["--out", str(tmp_path)]) == 0
    capsys.readouterr()
    made = sorted(p.name for p in tmp_path.glob("*.wav"))
    committed = sorted(p.name for p in SOUNDS.glob("*.wav"))
    assert made == sorted(SOUND_LENGTHS_MS)
    assert committed == made
    for name in made:
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), name


@pytest.mark.parametrize("name", sorted(SOUND_LENGTHS_MS))
def test_sound_format_length_and_level(name: str) -> None:
    wav, samples = _read(SOUNDS / name)
    assert wav.getnchannels() == 1
    assert wav.getsampwidth() == 2
    assert wav.getframerate() == RATE
    shortest, longest = SOUND_LENGTHS_MS[name]
    assert shortest <= len(samples) * 1000 / RATE <= longest

    peak = max(abs(s) for s in samples)
    peak_dbfs = 20 * math.log10(peak / FULL_SCALE)
    assert -12.0 <= peak_dbfs <= -3.0, f"peak {peak_dbfs:.1f} dBFS"
    assert abs(samples[0]) <= 0.01 * FULL_SCALE, "starts with a click"
    assert abs(samples[-1]) <= 0.01 * FULL_SCALE, "ends with a click"
    dc = sum(samples) / len(samples)
    assert abs(dc) <= 0.002 * FULL_SCALE, f"DC offset {dc:.1f}"


def _pitch(samples: array[int], start_s: float, end_s: float) -> float:
    """Rough pitch from zero crossings between two times."""
    part = samples[round(start_s * RATE) : round(end_s * RATE)]
    crossings = sum(1 for a, b in itertools.pairwise(part) if (a < 0) != (b < 0))
    return crossings / 2 / (end_s - start_s)


def test_sounds_have_their_characters() -> None:
    _, move = _read(SOUNDS / "move.wav")
    assert _pitch(move, 0.15, 0.30) > 1.3 * _pitch(move, 0.01, 0.08), "move rises"
    _, hold_end = _read(SOUNDS / "hold_end.wav")
    assert _pitch(hold_end, 0.22, 0.32) < 0.85 * _pitch(hold_end, 0.01, 0.10), "hold end falls"
    _, tick = _read(SOUNDS / "tick.wav")
    _, tick_last = _read(SOUNDS / "tick_last.wav")
    assert len(tick_last) > len(tick)
    assert _pitch(tick_last, 0.0, 0.03) > _pitch(tick, 0.0, 0.03), "the last tick is higher"
    _, session_done = _read(SOUNDS / "session_done.wav")
    longest_other = max(
        len(_read(SOUNDS / name)[1]) for name in SOUND_LENGTHS_MS if name != "session_done.wav"
    )
    assert len(session_done) > longest_other, "the session end is the longest sound"
