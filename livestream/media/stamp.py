"""Wall-clock time written into a video frame as a row of black and white blocks, and read back.

The publisher stamps the time it captured the frame; a viewer that decodes the frame reads it and
subtracts it from its own clock (same machine, or clocks kept in sync), which gives glass-to-glass
latency through every encoder, network hop and decoder on the way."""

from __future__ import annotations

import time

import av
from PIL import ImageDraw

BITS = 44  # milliseconds modulo 2**44: about 557 years
BLOCK_W, BLOCK_H, LEFT, TOP = 12, 12, 16, 4


def stamp(draw: ImageDraw.ImageDraw, millis: int) -> None:
    """Draw ``millis`` as BITS blocks (white = 1) along the top edge of the picture."""
    for bit in range(BITS):
        on = (millis >> (BITS - 1 - bit)) & 1
        x = LEFT + bit * BLOCK_W
        draw.rectangle(
            (x, TOP, x + BLOCK_W - 1, TOP + BLOCK_H - 1), fill=(255, 255, 255) if on else (0, 0, 0)
        )


def read(frame: av.VideoFrame) -> int:
    """The milliseconds stamped into a decoded frame (its luma plane, sampled mid-block)."""
    if frame.format.name not in ("yuv420p", "yuvj420p", "nv12"):
        frame = frame.reformat(format="yuv420p")
    plane = frame.planes[0]
    data, stride = bytes(plane), plane.line_size
    row = (TOP + BLOCK_H // 2) * stride
    millis = 0
    for bit in range(BITS):
        luma = data[row + LEFT + bit * BLOCK_W + BLOCK_W // 2]
        millis = (millis << 1) | (1 if luma > 128 else 0)
    return millis


def now_millis() -> int:
    return int(time.time() * 1000) % (1 << BITS)


def latency_ms(frame: av.VideoFrame) -> int:
    return (now_millis() - read(frame)) % (1 << BITS)
