#!/usr/bin/env python3
"""Draws the add-in's icons (a white journey chevron on Office teal) as PNGs in every size the manifests name.

Run from the repository root: python3 manifest/make-icons.py. Pure Python (zlib), so it runs anywhere.
"""
import struct
import zlib
from pathlib import Path

SIZES = (16, 32, 64, 80, 128)
TEAL = (3, 131, 135)
WHITE = (255, 255, 255)


def pixel(x: float, y: float) -> tuple:
    """Colour at (x, y) in a unit square: a rounded square with two chevrons pointing right."""
    r = 0.18
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    for left in (0.22, 0.50):
        # A chevron pointing right (the journey's direction): the band between two strokes, mirrored.
        dx = (1 - x) - left
        if 0 <= dx <= 0.30 and abs(y - 0.5) <= 0.30 and 0.0 <= dx - abs(y - 0.5) * 0.75 + 0.0 <= 0.12:
            return WHITE
    return TEAL


def outline(x: float, y: float) -> tuple:
    """The unified manifest's outline icon: the chevrons alone, white on transparent."""
    return WHITE if pixel(x, y) == WHITE else None


def png(size: int, draw=pixel) -> bytes:
    rows = []
    samples = 4
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            hits = []
            for sj in range(samples):
                for si in range(samples):
                    hits.append(draw((i + (si + 0.5) / samples) / size, (j + (sj + 0.5) / samples) / size))
            inside = [c for c in hits if c is not None]
            alpha = round(255 * len(inside) / len(hits))
            colour = tuple(round(sum(c[k] for c in inside) / len(inside)) for k in range(3)) if inside else (0, 0, 0)
            row += bytes(colour) + bytes([alpha])
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    folder = Path("addin-web/public/assets")
    folder.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        (folder / f"icon-{size}.png").write_bytes(png(size))

    # The unified (JSON) manifest's package carries its own two icons.
    package = Path("manifest/assets")
    package.mkdir(parents=True, exist_ok=True)
    (package / "icon-color-192.png").write_bytes(png(192))
    (package / "icon-outline-32.png").write_bytes(png(32, outline))
