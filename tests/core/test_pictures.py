"""The one picture checker: bounds on what an SVG draws and a PNG decodes to, and a style check
that reads styles as CSS does."""

from __future__ import annotations

import base64
import os
import struct
import zlib
from pathlib import Path

import pytest

from hipflex_desktop.core import pictures
from hipflex_desktop.core.pictures import (
    MAX_PIXELS,
    MAX_SIDE,
    MAX_SVG_DEPTH,
    MAX_SVG_ELEMENTS,
    UnsafePicture,
    check_picture_bytes,
    check_picture_file,
    check_png,
    check_svg,
    css_text,
    jpeg_size,
)
from hipflex_desktop.resources import resource_path
from tests.hostile import images

NS = images.SVG_NS


def refused(data: bytes, suffix: str = ".svg") -> str:
    with pytest.raises(UnsafePicture) as caught:
        check_picture_bytes(data, suffix)
    return str(caught.value)


def svg(body: str, head: str = "") -> bytes:
    return f"<svg {NS} {head}>{body}</svg>".encode()


# -- SVG: what it draws -----------------------------------------------------------------------


def test_the_apps_own_pictures_pass() -> None:
    for name in ("march-wall", "march-free", "leg-lift", "leg-lift-wall", "bridge-bench",
                 "bridge-floor"):
        assert check_picture_file(resource_path(f"packs/pictures/{name}.svg")).kind == "svg"


@pytest.mark.parametrize("levels", [2, 3])
def test_use_that_stays_within_the_bound_passes(levels: int) -> None:
    check_svg(images.use_bomb(levels))  # 100 and 1,000 squares


@pytest.mark.parametrize(("levels", "fan_out"), [(5, 10), (9, 10), (20, 2), (40, 2)])
def test_use_that_grows_past_the_bound_is_refused(levels: int, fan_out: int) -> None:
    assert fan_out ** levels > MAX_SVG_ELEMENTS
    message = refused(images.use_bomb(levels, fan_out))
    assert "elements" in message or "levels deep" in message


def test_elements_are_bounded_before_any_use() -> None:
    many = "".join("<rect width='1' height='1'/>" for _ in range(MAX_SVG_ELEMENTS + 1))
    assert f"more than {MAX_SVG_ELEMENTS:,} elements" in refused(svg(many))


@pytest.mark.parametrize("levels", [MAX_SVG_DEPTH, 290_000])
def test_deep_nesting_is_refused(levels: int) -> None:
    assert "levels deep" in refused(images.deep_svg(levels))


def test_nesting_just_within_the_bound_passes() -> None:
    check_svg(images.deep_svg(MAX_SVG_DEPTH - 2))  # <svg>, the groups, and the <rect>


def test_depth_through_use_counts_too() -> None:
    chain = "".join(f"<g id='g{n}'><use xlink:href='#g{n + 1}'/></g>" for n in range(40))
    assert "levels deep" in refused(svg(f"<defs>{chain}<g id='g40'/></defs><use"
                                        " xlink:href='#g0'/>"))


@pytest.mark.parametrize("body", [
    "<g id='a'><use xlink:href='#a'/></g>",
    "<g id='a'><use xlink:href='#b'/></g><g id='b'><use xlink:href='#a'/></g>",
    "<pattern id='p'><rect fill='url(#p)'/></pattern>",
])
def test_a_loop_of_references_is_refused(body: str) -> None:
    assert "loop" in refused(svg(body))


def test_a_marker_counts_once_per_vertex() -> None:
    marker = "".join("<rect width='1' height='1'/>" for _ in range(100))
    points = " ".join(f"{n},0" for n in range(200))
    body = f"<marker id='m'>{marker}</marker><polyline points='{points}' marker-mid='url(#m)'/>"
    assert "elements" in refused(svg(body))
    few = " ".join(f"{n},0" for n in range(20))
    check_svg(svg(f"<marker id='m'>{marker}</marker><polyline points='{few}'"
                  " marker-mid='url(#m)'/>"))


# -- SVG: styles read as CSS reads them ---------------------------------------------------------


@pytest.mark.parametrize("style", [
    "@import url(x.css);",
    "rect {} @import 'x.css';",
    "@\\69mport 'x.css';",
    "@\\000069mport 'x.css';",
    "@\\49 MPORT 'x.css';",
    "@\\import 'x.css';",
    "@im\\port 'x.css';",
    "rect { fill: u\\72l(file:///etc/passwd) }",
    "rect { fill: URL(/etc/x) }",
    "@font-face { src: url(http://x/f.woff) }",
])
def test_every_spelling_of_an_outside_style_is_refused(style: str) -> None:
    assert "may not import" in refused(svg(f"<style>{style}</style>"))
    assert "may not import" in refused(svg(f"<style><![CDATA[{style}]]></style>"))


def test_an_import_after_a_child_of_style_is_refused() -> None:
    assert "may not import" in refused(svg("<style>rect {}<g/>@import url(x.css);</style>"))
    assert "may not import" in refused(svg("<style><![CDATA[a{}]]><x/>@import 'y';</style>"))


def test_a_style_attribute_is_read_as_css_too() -> None:
    assert "may not import" in refused(svg("<rect style='fill:\\75 rl(/etc/x)'/>"))


def test_a_comment_inside_a_word_does_not_hide_it() -> None:
    # CSS ends a token at a comment, so "@im/**/port" is no import; the check sees it as CSS
    # does and refuses what would be one.
    assert css_text("@im/**/port") == "@im port"
    assert "may not import" in refused(svg("<style>/* a */@import 'x';</style>"))


def test_inside_references_in_styles_pass() -> None:
    check_svg(svg("<style>rect { fill: url(#g) }</style><linearGradient id='g'/>"
                  "<rect style='fill: url( \"#g\" )'/>"))


# -- PNG: bounded before it is decoded ---------------------------------------------------------


def test_a_png_within_the_bounds_passes() -> None:
    assert check_png(images.png(3840, 2160)) == (3840, 2160)
    assert check_png(images.png(MAX_SIDE, 10)) == (MAX_SIDE, 10)


@pytest.mark.parametrize(("width", "height"), [(8000, 8000), (50_000, 50_000),
                                               (MAX_SIDE + 1, 1), (1, MAX_SIDE + 1),
                                               (4096, 2048 + 1), (0, 10)])
def test_a_png_out_of_bounds_is_refused_from_its_header(width: int, height: int) -> None:
    assert f"{width:,} x {height:,} pixels" in refused(images.png(width, height,
                                                                  header_only=True), ".png")
    assert width * height > MAX_PIXELS or width > MAX_SIDE or height > MAX_SIDE or width == 0


@pytest.mark.parametrize(("cut", "says"), [(8, "no image header"), (20, "no image header"),
                                           (33, "cut short"), (-12, "cut short"),
                                           (-40, "cut short")])
def test_a_png_cut_anywhere_is_refused(cut: int, says: str) -> None:
    assert says in refused(images.png(300, 200)[:cut], ".png")


def test_a_png_whose_data_is_shorter_than_its_header_says_is_refused() -> None:
    whole = images.png(20, 10)
    short = zlib.compress(b"\0" * 50)
    forged = (whole[:33] + images.png_chunk(b"IDAT", short) + images.png_chunk(b"IEND", b""))
    assert "cut short or damaged" in refused(forged, ".png")


def test_a_png_with_a_wrong_checksum_is_refused() -> None:
    data = bytearray(images.png(20, 10))
    data[40] ^= 0xFF
    assert "damaged" in refused(bytes(data), ".png")


def test_an_interlaced_png_passes() -> None:
    width, height = 13, 7
    header = images.png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 1))
    size = pictures._png_raw_size(width, height, 24, True)
    body = zlib.compress(b"\0" * size)
    data = (images.PNG_SIGNATURE + header + images.png_chunk(b"IDAT", body)
            + images.png_chunk(b"IEND", b""))
    assert check_png(data) == (width, height)


def test_images_inside_an_svg_are_bounded_too() -> None:
    def inline(data: bytes, kind: str = "png") -> bytes:
        payload = base64.b64encode(data).decode("ascii")
        return svg(f"<image href='data:image/{kind};base64,{payload}'/>")

    check_svg(inline(images.png(100, 100)))
    assert "6,000 x 6,000" in refused(inline(images.png(6000, 6000)))
    # Several images, each within the bound, that together are not.
    payload = base64.b64encode(images.png(3000, 2000)).decode("ascii")
    two = svg("".join(f"<image href='data:image/png;base64,{payload}'/>" for _ in range(2)))
    assert "in all" in refused(two)
    jpeg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            b"\xff\xc0\x00\x11\x08\x27\x10\x27\x10\x03\x01\x11\x00\x02\x11\x01\x03\x11\x01")
    with pytest.raises(UnsafePicture, match="10,000 x 10,000"):
        jpeg_size(jpeg)
    assert "10,000 x 10,000" in refused(inline(jpeg, "jpeg"))
    small = jpeg.replace(b"\x27\x10\x27\x10", b"\x00\x30\x00\x40")
    assert jpeg_size(small) == (64, 48)


# -- files ------------------------------------------------------------------------------------


def test_a_picture_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "p.svg"
    os.mkfifo(fifo)
    with pytest.raises(UnsafePicture, match="named pipe"):
        check_picture_file(fifo)


def test_a_picture_that_is_a_folder_or_a_device_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "d.svg").mkdir()
    with pytest.raises(UnsafePicture, match="this is a folder"):
        check_picture_file(tmp_path / "d.svg")
    (tmp_path / "null.svg").symlink_to("/dev/null")
    with pytest.raises(UnsafePicture, match="this is a device"):
        check_picture_file(tmp_path / "null.svg")
    with pytest.raises(UnsafePicture, match="outside the pack's folder"):
        check_picture_file(tmp_path / "null.svg", folder=tmp_path)
