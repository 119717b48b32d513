"""What a pack picture may be, checked in one place: ``validate``, opening a pack and the window.

A pack can come from anyone, so its pictures are untrusted input. A picture must be safe to
*read* (no scripts, no reference to anything outside the file) and cheap to *show* (bounded
work and memory however it was written). Every picture is checked as a whole and refused as a
whole rather than "cleaned", so what is shown is exactly what the author wrote.

SVG is read as untrusted XML: UTF-8 only (so the checks read the same characters as the
renderer), no DOCTYPE or entities, no processing instructions (Qt reads the file an
``<?xml-stylesheet?>`` names), no script or foreignObject, no event handlers, no reference
outside the file (only ``#id`` links and inline ``data:`` PNG/JPEG images), and no ``@import``
or outside ``url()`` anywhere in a style once CSS escapes and comments are read as CSS reads them.
Its size is bounded as drawn: at most :data:`MAX_SVG_ELEMENTS` elements once every ``<use>``
(and every other ``#id`` reference) is expanded, and at most :data:`MAX_SVG_DEPTH` levels deep.

PNG (and a JPEG inside an SVG) is bounded *before* it is decoded, from its header: at most
:data:`MAX_SIDE` pixels a side and :data:`MAX_PIXELS` pixels in all. A PNG must also be whole
(every chunk present with its checksum, image data that inflates to the size its header gives),
so a file cut short is refused here instead of drawing nothing.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import struct
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

from hipflex_desktop.core.files import FileProblem, read_regular_file

# A picture is a drawing or a photo of one exercise; 2 MiB holds a detailed SVG or a
# screen-sized PNG with room to spare, and bounds the text the SVG checks read.
MAX_PICTURE_BYTES: Final = 2 * 1024 * 1024
# A picture is shown at most as large as the screen: a 4K screen is 3840 x 2160 pixels, so more
# pixels than that are never seen. Decoded at 4 bytes a pixel, that is 32 MiB at most, however
# small the file (a PNG of 8000 x 8000 pixels can be a 249 KB file and 244 MiB decoded).
MAX_PIXELS: Final = 3840 * 2160
# No side longer than a 4K screen's long side plus a margin (a tall narrow strip is fine).
MAX_SIDE: Final = 4096
# The app's own drawings have 20 to 60 elements; a detailed illustration a few thousand.
# Measured with Qt's SVG renderer on a 1,000-pixel picture: 10,000 rectangles load in 0.03 s
# and paint in 0.01-0.04 s; the cost grows tenfold with each power of ten (10^7 rectangles: 0.8 s
# to load, 6 s to paint), and nine levels of ten <use> each build 10^9 from 2.4 KB.
MAX_SVG_ELEMENTS: Final = 10_000
# Drawings nest groups a few levels deep; Qt's SVG reader refuses very deep files on its own,
# and a deep tree costs recursion in every reader.
MAX_SVG_DEPTH: Final = 32

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_FORBIDDEN_ELEMENTS: Final = frozenset(
    {"script", "foreignobject", "iframe", "object", "embed", "audio", "video", "handler",
     "listener"}
)
_URL_RE: Final = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_REF_RE: Final = re.compile(r"url\(\s*['\"]?\s*#([^)'\"\s]*)", re.IGNORECASE)
_INLINE_IMAGE_RE: Final = re.compile(r"^\s*data:image/(png|jpeg);base64,", re.IGNORECASE)
_DECLARATION_RE: Final = re.compile(rb"<\?xml[ \t\r\n][^>]*>")
_ENCODING_RE: Final = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
_UTF8_NAMES: Final = (b"utf-8", b"utf8", b"us-ascii", b"ascii")
# CSS reads "\69" or "\000069 " as "i" and "\@" as "@", and ignores comments: a style is checked
# after undoing both, so "@\69mport" and "@im/**/port" cannot hide from the check.
_CSS_ESCAPE_RE: Final = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|(.))", re.DOTALL)
_CSS_COMMENT_RE: Final = re.compile(r"/\*.*?(\*/|$)", re.DOTALL)
_READ_CHUNK: Final = 64 * 1024
# A number in path data or a list of points: the count bounds the vertices a marker is drawn at.
_NUMBER_RE: Final = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")

PictureKind = Literal["svg", "png"]


class UnsafePicture(ValueError):  # noqa: N818 - reads as a verdict on the file
    """The picture cannot be shown safely; the message says why."""


@dataclass(frozen=True, slots=True)
class CheckedPicture:
    """A picture's bytes that passed the checks, with its kind and (for a PNG) its size."""

    data: bytes
    kind: PictureKind
    width: int = 0
    height: int = 0


@lru_cache(maxsize=512)
def _local(name: str) -> str:
    """A tag or attribute name without its namespace, in lower case (few names, many uses)."""
    return name.rsplit("}", 1)[-1].lower()


def css_text(style: str) -> str:
    """A style as CSS reads it: escapes decoded, comments removed, lower case."""
    if "\\" not in style and "/*" not in style:
        return style.lower()  # most values: nothing to undo

    def decode(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF \
                else "\ufffd"
        return match.group(2)

    return _CSS_COMMENT_RE.sub(" ", _CSS_ESCAPE_RE.sub(decode, style)).lower()


def _check_style(style: str) -> None:
    if "@" not in style and "(" not in style and "\\" not in style:
        return  # neither an at-rule nor a url(), even once escapes are decoded
    css = css_text(style)
    if "@import" in css or any(not t.startswith("#") for t in _URL_RE.findall(css)):
        raise UnsafePicture("SVG styles may not import or refer to outside files")


def check_svg(data: bytes) -> None:
    """Raise UnsafePicture unless ``data`` is a self-contained SVG without active content and
    within the bounds on elements (after ``<use>`` expansion) and depth."""
    if len(data) > MAX_PICTURE_BYTES:
        raise UnsafePicture(f"the picture is larger than {MAX_PICTURE_BYTES // 1024 // 1024} MiB")
    body = data.removeprefix(codecs.BOM_UTF8)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        raise UnsafePicture("SVG pictures must be UTF-8 text") from None
    if b"\0" in body:  # UTF-16 or UTF-32 without a byte order mark
        raise UnsafePicture("SVG pictures must be UTF-8 text")
    declaration = _DECLARATION_RE.match(body)
    if declaration is not None:
        encoding = _ENCODING_RE.search(declaration.group())
        if encoding is not None and encoding.group(1).lower() not in _UTF8_NAMES:
            raise UnsafePicture("SVG pictures must be UTF-8 text (this one says"
                                f" {encoding.group(1).decode('ascii', 'replace')[:20]!r})")
        body = body[declaration.end():]
    lowered = body.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise UnsafePicture("SVG pictures may not declare a DOCTYPE or entities")
    if b"<?" in body:
        raise UnsafePicture("SVG pictures may not hold processing instructions"
                            " (such as <?xml-stylesheet?>)")
    root = _parse_bounded(data)
    if _local(root.tag) != "svg":
        raise UnsafePicture("not an SVG file (its root element is not <svg>)")
    inline_pixels = 0
    for element in root.iter():
        name = _local(element.tag)
        if name in _FORBIDDEN_ELEMENTS:
            raise UnsafePicture(f"SVG pictures may not contain <{name}>")
        for attribute, value in element.attrib.items():
            attr = _local(attribute)
            if attr.startswith("on"):
                raise UnsafePicture(f"SVG pictures may not contain event handlers ({attr[:40]})")
            inline_image = name == "image" and _INLINE_IMAGE_RE.match(value)
            if attr == "href" and not value.startswith("#") and not inline_image:
                raise UnsafePicture("SVG pictures may only link inside themselves (#id)")
            if attr == "href" and inline_image:
                inline_pixels += _inline_image_pixels(value)
            _check_style(value)
        if name == "style":
            # All of the element's text, also what follows a child element or sits in CDATA:
            # the renderer reads it all as one style sheet.
            _check_style("".join(element.itertext()))
    if inline_pixels > MAX_PIXELS:
        raise UnsafePicture(f"the images inside this SVG have {inline_pixels:,} pixels in all;"
                            f" at most {MAX_PIXELS:,}")
    _check_expanded_size(root)


def _parse_bounded(data: bytes) -> ET.Element:
    """The XML tree of ``data``, read in pieces so that a file too deep or with too many
    elements is refused before the whole tree is built."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    depth = 0
    count = 0
    root: ET.Element | None = None
    try:
        for offset in range(0, max(len(data), 1), _READ_CHUNK):
            parser.feed(data[offset:offset + _READ_CHUNK])
            for item in parser.read_events():
                event, element = item  # type: ignore[misc]  # typeshed: a 1-tuple
                if event == "start":
                    if root is None and isinstance(element, ET.Element):
                        root = element
                    depth += 1
                    count += 1
                    if depth > MAX_SVG_DEPTH:
                        raise UnsafePicture(f"the SVG nests elements more than {MAX_SVG_DEPTH}"
                                            " levels deep")
                    if count > MAX_SVG_ELEMENTS:
                        raise UnsafePicture(f"the SVG has more than {MAX_SVG_ELEMENTS:,}"
                                            " elements")
                else:
                    depth -= 1
        parser.close()
    except (ET.ParseError, LookupError, ValueError) as exc:
        if isinstance(exc, UnsafePicture):
            raise
        raise UnsafePicture(f"not a readable SVG file ({str(exc)[:80]})") from None
    if root is None:
        raise UnsafePicture("not a readable SVG file (no element)")
    return root


def _references(element: ET.Element) -> Iterator[tuple[str, int]]:
    """The ids an element draws again, and how many times: a ``<use>``'s link, and
    ``url(#id)`` fills, patterns, masks and filters once; a marker once at every vertex."""
    def vertices() -> int:
        return sum(len(_NUMBER_RE.findall(value)) for attribute, value in element.attrib.items()
                   if _local(attribute) in ("d", "points"))

    for attribute, value in element.attrib.items():
        name = _local(attribute)
        if name == "href" and value.startswith("#"):
            yield value[1:], 1
            continue
        if "(" not in value and "\\" not in value:
            continue  # no url(#id), even once escapes are decoded
        css = css_text(value)
        targets = _REF_RE.findall(css)
        if not targets:
            continue
        times = max(1, vertices()) if name.startswith("marker") or "marker" in css else 1
        for target in targets:
            yield target, times


def _check_expanded_size(root: ET.Element) -> None:
    """Refuse an SVG that grows past the bounds once every reference is drawn in place.

    Each element's cost (itself, its children, and everything it references) is worked out
    once, so nine levels of ten ``<use>`` each cost nine steps here, not 10^9."""
    ids: dict[str, ET.Element] = {}
    for element in root.iter():
        for attribute, value in element.attrib.items():
            if _local(attribute) == "id":
                ids.setdefault(value, element)
    cost: dict[int, tuple[int, int]] = {}  # id(element) -> (elements drawn, depth)
    in_progress: set[int] = set()
    # An explicit stack instead of recursion: (element, whether its parts are done).
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    # What each element draws again, found once (the second visit of an element needs it too).
    found: dict[int, list[tuple[ET.Element, int]]] = {}
    while stack:
        element, parts_done = stack.pop()
        key = id(element)
        if key in cost:
            continue
        references = found.get(key)
        if references is None:
            references = [(ids[r], times) for r, times in _references(element) if r in ids]
            found[key] = references
        if not references and len(element) == 0:
            cost[key] = (1, 1)  # a leaf: most elements of a drawing
            continue
        parts = [*element, *(target for target, _ in references)]
        if not parts_done:
            if key in in_progress:
                raise UnsafePicture("the SVG refers to itself in a loop (a <use> or url(#...)"
                                    " that draws an element containing it)")
            in_progress.add(key)
            stack.append((element, True))
            for part in parts:
                if id(part) in in_progress:
                    raise UnsafePicture("the SVG refers to itself in a loop (a <use> or"
                                        " url(#...) that draws an element containing it)")
                if id(part) not in cost:
                    stack.append((part, False))
            continue
        elements = (1 + sum(cost[id(p)][0] for p in element)
                    + sum(cost[id(t)][0] * times for t, times in references))
        depth = 1 + max((cost[id(p)][1] for p in parts), default=0)
        if elements > MAX_SVG_ELEMENTS:
            raise UnsafePicture(f"the SVG draws more than {MAX_SVG_ELEMENTS:,} elements once"
                                " its <use> elements and markers are drawn in place")
        if depth > MAX_SVG_DEPTH:
            raise UnsafePicture(f"the SVG nests more than {MAX_SVG_DEPTH} levels deep once its"
                                " <use> elements are drawn in place")
        cost[key] = (elements, depth)
        in_progress.discard(key)


def _inline_image_pixels(value: str) -> int:
    """The pixels of an inline ``data:`` image, from its header; refuses one out of bounds."""
    payload = value.split(",", 1)[1]
    try:
        raw = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        raise UnsafePicture("an image inside the SVG is not valid base64") from None
    if raw.startswith(PNG_SIGNATURE):
        width, height = check_png(raw)
    elif raw.startswith(b"\xff\xd8"):
        width, height = jpeg_size(raw)
    else:
        raise UnsafePicture("an image inside the SVG is neither PNG nor JPEG")
    return width * height


def _check_dimensions(width: int, height: int, what: str) -> None:
    if width < 1 or height < 1:
        raise UnsafePicture(f"{what} is {width} x {height} pixels; an image has at least one")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise UnsafePicture(
            f"{what} is {width:,} x {height:,} pixels; at most {MAX_SIDE:,} a side and"
            f" {MAX_PIXELS:,} in all (a picture is never shown larger than a 4K screen)")


# Bits per pixel of each PNG colour type, per bit of depth: grey, RGB, palette, grey+alpha, RGBA.
_PNG_CHANNELS: Final = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS: Final = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Adam7: (x start, y start, x step, y step) of each of the seven passes.
_ADAM7: Final = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
                 (1, 0, 2, 2), (0, 1, 1, 2))


def _png_raw_size(width: int, height: int, bits: int, interlaced: bool) -> int:
    """The bytes the image data inflates to: each row is a filter byte and its pixels."""
    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits + 7) // 8)

    if not interlaced:
        return rows(width, height)
    return sum(rows((width - x + dx - 1) // dx, (height - y + dy - 1) // dy)
               for x, y, dx, dy in _ADAM7)


def check_png(data: bytes) -> tuple[int, int]:
    """The width and height of a whole, bounded PNG; raises UnsafePicture otherwise.

    The header is read and the size bounded first; then the chunks are walked (each present
    and with a right checksum) and the image data inflated in pieces and counted, never
    kept, so a PNG cut short is refused without decoding a single pixel."""
    if not data.startswith(PNG_SIGNATURE):
        raise UnsafePicture("not a PNG file")
    offset = len(PNG_SIGNATURE)
    header = data[offset:offset + 8 + 13 + 4]
    if len(header) < 25 or header[4:8] != b"IHDR" or header[:4] != b"\0\0\0\x0d":
        raise UnsafePicture("the PNG is cut short or damaged (no image header)")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header[8:21])
    _check_dimensions(width, height, "the PNG")
    if colour not in _PNG_DEPTHS or depth not in _PNG_DEPTHS[colour] or interlace > 1:
        raise UnsafePicture("the PNG is damaged (its header names no valid pixel format)")
    expected = _png_raw_size(width, height, depth * _PNG_CHANNELS[colour], interlace == 1)
    inflater = zlib.decompressobj()
    inflated = 0
    seen_data = False
    ended = False
    while offset < len(data):
        if len(data) < offset + 12:
            raise UnsafePicture("the PNG is cut short (a chunk is incomplete)")
        length = int.from_bytes(data[offset:offset + 4], "big")
        kind = data[offset + 4:offset + 8]
        end = offset + 8 + length
        if length > 0x7FFFFFFF or len(data) < end + 4:
            raise UnsafePicture("the PNG is cut short (a chunk is incomplete)")
        if zlib.crc32(data[offset + 4:end]) != int.from_bytes(data[end:end + 4], "big"):
            raise UnsafePicture(f"the PNG is damaged (the {kind.decode('latin-1')!r} chunk's"
                                " checksum is wrong)")
        if kind == b"IDAT":
            seen_data = True
            inflated += _inflate_counting(inflater, data[offset + 8:end], expected - inflated)
        elif kind == b"IEND":
            ended = True
            break
        offset = end + 4
    if not ended:
        raise UnsafePicture("the PNG is cut short (it has no end chunk)")
    if not seen_data:
        raise UnsafePicture("the PNG has no image data")
    if inflated < expected or not inflater.eof:
        raise UnsafePicture("the PNG's image data is cut short or damaged")
    return width, height


def _inflate_counting(inflater: zlib._Decompress, chunk: bytes, room: int) -> int:
    """Inflate ``chunk`` in pieces of at most 1 MiB, counting and dropping the output."""
    total = 0
    pending = chunk
    try:
        while pending and not inflater.eof:
            out = inflater.decompress(pending, 1 << 20)
            total += len(out)
            if total > room:
                raise UnsafePicture("the PNG's image data is larger than its header says")
            pending = inflater.unconsumed_tail
    except zlib.error:
        raise UnsafePicture("the PNG's image data is damaged") from None
    return total


_JPEG_SOF: Final = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB,
                              0xCD, 0xCE, 0xCF})


def jpeg_size(data: bytes) -> tuple[int, int]:
    """The width and height a JPEG's frame header gives, bounded; raises UnsafePicture."""
    offset = 2
    while offset + 4 <= len(data):
        if data[offset] != 0xFF:
            break
        marker = data[offset + 1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        length = int.from_bytes(data[offset + 2:offset + 4], "big")
        if marker in _JPEG_SOF:
            if offset + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[offset + 5:offset + 9])
            _check_dimensions(width, height, "a JPEG inside the SVG")
            return width, height
        offset += 2 + length
    raise UnsafePicture("a JPEG inside the SVG is cut short or damaged (no frame header)")


def check_picture_bytes(data: bytes, suffix: str) -> CheckedPicture:
    """``data`` checked as a picture of type ``suffix`` (".svg" or ".png")."""
    if len(data) > MAX_PICTURE_BYTES:
        raise UnsafePicture(f"the picture is larger than {MAX_PICTURE_BYTES // 1024 // 1024} MiB")
    suffix = suffix.lower()
    if suffix == ".svg":
        check_svg(data)
        return CheckedPicture(data, "svg")
    if suffix == ".png":
        width, height = check_png(data)
        return CheckedPicture(data, "png", width, height)
    raise UnsafePicture("pictures must be .svg or .png files")


def check_picture_file(path: Path, *, folder: Path | None = None) -> CheckedPicture:
    """A pack picture, read and checked; raises UnsafePicture with the reason in words.

    Only a regular file is read, opened without blocking (a FIFO never holds the reader).
    With ``folder``, the file must lie inside it once links are followed (the pack may have
    changed since it was loaded)."""
    if folder is not None:
        try:
            inside = path.resolve().is_relative_to(folder.resolve())
        except RuntimeError:  # a loop of symbolic links (Python 3.11)
            raise UnsafePicture("it is a loop of symbolic links") from None
        except (OSError, ValueError) as exc:
            raise UnsafePicture(f"its name cannot be followed ({str(exc)[:80]})") from None
        if not inside:
            raise UnsafePicture("it leads outside the pack's folder (through a symbolic link)")
    try:
        data = read_regular_file(path, MAX_PICTURE_BYTES)
    except FileProblem as exc:
        raise UnsafePicture(str(exc)) from None
    return check_picture_bytes(data, path.suffix)
