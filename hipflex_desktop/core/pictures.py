"""Checks that a picture from a pack is a plain image: no scripts, no external references.

A pack can come from anyone, so its SVG pictures are read as untrusted XML: UTF-8 only (so
the checks below read the same characters as the renderer), no DOCTYPE or entities (no entity
expansion bombs), no processing instructions (Qt reads the file an ``<?xml-stylesheet?>``
names), no script or foreignObject, no event handlers, and no reference to anything outside the
file itself (only ``#id`` links and inline ``data:`` PNG/JPEG images). A picture that breaks a
rule is refused as a whole rather than "cleaned", so what is shown is exactly what the author
wrote.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Final

MAX_PICTURE_BYTES: Final = 2 * 1024 * 1024
PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_FORBIDDEN_ELEMENTS: Final = frozenset(
    {"script", "foreignobject", "iframe", "object", "embed", "audio", "video", "handler",
     "listener"}
)
_URL_RE: Final = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_INLINE_IMAGE_RE: Final = re.compile(r"^data:image/(png|jpeg);base64,", re.IGNORECASE)
_DECLARATION_RE: Final = re.compile(rb"<\?xml[ \t\r\n][^>]*>")
_ENCODING_RE: Final = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
_UTF8_NAMES: Final = (b"utf-8", b"utf8", b"us-ascii", b"ascii")


class UnsafePicture(ValueError):  # noqa: N818 - reads as a verdict on the file
    """The picture cannot be shown safely; the message says why."""


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1].lower()


def check_svg(data: bytes) -> None:
    """Raise UnsafePicture unless ``data`` is a self-contained SVG without active content."""
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
                                f" {encoding.group(1).decode('utf-8', 'replace')})")
        body = body[declaration.end():]
    lowered = body.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise UnsafePicture("SVG pictures may not declare a DOCTYPE or entities")
    if b"<?" in body:
        raise UnsafePicture("SVG pictures may not hold processing instructions"
                            " (such as <?xml-stylesheet?>)")
    try:
        root = ET.fromstring(data)  # DOCTYPE, entities and other encodings were refused above
    except (ET.ParseError, LookupError, ValueError) as exc:
        raise UnsafePicture(f"not a readable SVG file ({exc})") from None
    if _local(root.tag) != "svg":
        raise UnsafePicture("not an SVG file (its root element is not <svg>)")
    for element in root.iter():
        name = _local(element.tag)
        if name in _FORBIDDEN_ELEMENTS:
            raise UnsafePicture(f"SVG pictures may not contain <{name}>")
        for attribute, value in element.attrib.items():
            attr = _local(attribute)
            if attr.startswith("on"):
                raise UnsafePicture(f"SVG pictures may not contain event handlers ({attr})")
            inline_image = name == "image" and _INLINE_IMAGE_RE.match(value)
            if attr == "href" and not value.startswith("#") and not inline_image:
                raise UnsafePicture("SVG pictures may only link inside themselves (#id)")
            for target in _URL_RE.findall(value):
                if not target.startswith("#"):
                    raise UnsafePicture("SVG pictures may not refer to outside files or URLs")
        style = (element.text or "") if name == "style" else ""
        if "@import" in style or any(not t.startswith("#") for t in _URL_RE.findall(style)):
            raise UnsafePicture("SVG styles may not import or refer to outside files")


def check_picture_file(path: Path, *, folder: Path | None = None) -> bytes:
    """The bytes of a pack picture, checked; raises UnsafePicture (or OSError). With
    ``folder``, the file must lie inside it once links are followed (the pack may have
    changed since it was loaded)."""
    if folder is not None:
        try:
            inside = path.resolve().is_relative_to(folder.resolve())
        except RuntimeError:  # a loop of symbolic links (Python 3.11)
            raise UnsafePicture("it is a loop of symbolic links") from None
        if not inside:
            raise UnsafePicture("it lies outside the pack's folder")
    with path.open("rb") as stream:
        data = stream.read(MAX_PICTURE_BYTES + 1)
    if len(data) > MAX_PICTURE_BYTES:
        raise UnsafePicture(f"the picture is larger than {MAX_PICTURE_BYTES // 1024 // 1024} MiB")
    suffix = path.suffix.lower()
    if suffix == ".svg":
        check_svg(data)
    elif suffix == ".png":
        if not data.startswith(PNG_SIGNATURE):
            raise UnsafePicture("not a PNG file")
    else:
        raise UnsafePicture("pictures must be .svg or .png files")
    return data
