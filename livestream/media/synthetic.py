"""A publisher without a camera: a test pattern with a running clock and a beep every second.

It feeds the demo session under ``make run``, the tests and the benchmarks. Every frame carries
its capture time (``stamp``), so the same source measures glass-to-glass latency."""

from __future__ import annotations

import asyncio
import datetime as dt
import fractions
import math
import struct
import time
from functools import lru_cache
from zoneinfo import ZoneInfo

import av
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack, VideoStreamTrack
from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

from livestream.media import stamp

WIDTH, HEIGHT = 640, 480
BARS = [
    (235, 235, 235),
    (235, 235, 16),
    (16, 235, 235),
    (16, 235, 16),
    (235, 16, 235),
    (235, 16, 16),
    (16, 16, 235),
]
SHANGHAI = ZoneInfo("Asia/Shanghai")


@lru_cache(maxsize=4)
def pattern(width: int, height: int) -> Image.Image:
    """SMPTE-like colour bars with a dark band below for the clock."""
    image = Image.new("RGB", (width, height), (16, 16, 16))
    draw = ImageDraw.Draw(image)
    bar = width / len(BARS)
    for i, colour in enumerate(BARS):
        draw.rectangle((round(i * bar), 24, round((i + 1) * bar) - 1, height * 2 // 3), fill=colour)
    return image


@lru_cache(maxsize=2)
def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(settings.QR_CJK_FONT, size)
    except OSError:
        return ImageFont.load_default()


def draw_frame(index: int, label: str, width: int = WIDTH, height: int = HEIGHT) -> av.VideoFrame:
    image = pattern(width, height).copy()
    draw = ImageDraw.Draw(image)
    now = dt.datetime.now(SHANGHAI)
    clock = now.strftime("%H:%M:%S.") + f"{now.microsecond // 100000}"
    draw.text((24, height * 2 // 3 + 16), clock, fill=(235, 235, 235), font=font(height // 8))
    draw.text((24, height - height // 10), label, fill=(200, 200, 200), font=font(height // 24))
    x = (index * 8) % width  # a sweeping marker, so motion is visible
    draw.rectangle((x, height * 2 // 3 - 20, x + 16, height * 2 // 3), fill=(16, 16, 16))
    stamp.stamp(draw, stamp.now_millis())
    return av.VideoFrame.from_image(image).reformat(format="yuv420p")


class PatternTrack(VideoStreamTrack):
    """30 frames per second of ``draw_frame``, paced by aiortc's clock."""

    def __init__(self, label: str = "", width: int = WIDTH, height: int = HEIGHT) -> None:
        super().__init__()
        self.label, self.width, self.height, self.index = label, width, height, 0

    async def recv(self) -> av.VideoFrame:
        pts, time_base = await self.next_timestamp()
        frame = draw_frame(self.index, self.label, self.width, self.height)
        frame.pts, frame.time_base = pts, time_base
        self.index += 1
        return frame


SAMPLE_RATE, SAMPLES = 48000, 960  # 20 ms


@lru_cache(maxsize=2)
def tone(beep: bool) -> bytes:
    """20 ms of mono s16 audio: a quiet 880 Hz tone, or silence."""
    if not beep:
        return bytes(SAMPLES * 2)
    return b"".join(
        struct.pack("<h", int(3000 * math.sin(2 * math.pi * 880 * i / SAMPLE_RATE))) for i in range(SAMPLES)
    )


class BeepTrack(MediaStreamTrack):
    """48 kHz mono: silence with a 100 ms beep at the start of every second, paced in real time."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self.pts = 0
        self.started: float | None = None

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        if self.started is None:
            self.started = time.monotonic()
        else:
            self.pts += SAMPLES
            await asyncio.sleep(max(0.0, self.started + self.pts / SAMPLE_RATE - time.monotonic()))
        frame = av.AudioFrame(format="s16", layout="mono", samples=SAMPLES)
        frame.planes[0].update(tone(self.pts % SAMPLE_RATE < SAMPLE_RATE // 10))
        frame.pts, frame.sample_rate = self.pts, SAMPLE_RATE
        frame.time_base = fractions.Fraction(1, SAMPLE_RATE)
        return frame
