"""Pictures made at test time: whole PNGs of any size, PNG bombs, cut and damaged PNGs, SVGs that
grow through <use>. Made with zlib and struct, so a 50,000 x 50,000 PNG is a few hundred KB
built in a fraction of a second instead of a file kept in the repository."""

from __future__ import annotations

import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, *, colour: tuple[int, int, int, int] = (40, 120, 200, 255),
        header_only: bool = False) -> bytes:
    """An RGBA PNG of one colour (rows compressed one at a time, so a huge one costs little)."""
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    if header_only:
        return PNG_SIGNATURE + header
    compressor = zlib.compressobj(9)
    row = b"\0" + bytes(colour) * width
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    return PNG_SIGNATURE + header + png_chunk(b"IDAT", body) + png_chunk(b"IEND", b"")


def use_bomb(levels: int, fan_out: int = 10) -> bytes:
    """An SVG whose <use> elements draw groups of <use> elements: fan_out ** levels squares."""
    parts = [f"<svg {SVG_NS} viewBox='0 0 100 100'><defs>"
             "<g id='l0'><rect width='1' height='1'/></g>"]
    for level in range(1, levels + 1):
        uses = "".join(f"<use xlink:href='#l{level - 1}' x='{n}'/>" for n in range(fan_out))
        parts.append(f"<g id='l{level}'>{uses}</g>")
    parts.append(f"</defs><use xlink:href='#l{levels}'/></svg>")
    return "".join(parts).encode()


def deep_svg(levels: int) -> bytes:
    return (f"<svg {SVG_NS}>" + "<g>" * levels + "<rect width='1' height='1'/>"
            + "</g>" * levels + "</svg>").encode()
