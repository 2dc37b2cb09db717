"""The session encoded once more, to HLS (H.264 + AAC, 1 s segments), for audiences of any size.

The files are static: nginx or a CDN serves and caches them. The playlist is an EVENT playlist,
so it keeps every segment; when the session ends it gets ``#EXT-X-ENDLIST`` and is the replay."""

from __future__ import annotations

import asyncio
import fractions
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import av
from av.audio.resampler import AudioResampler
from django.conf import settings

log = logging.getLogger(__name__)

PLAYLIST = "index.m3u8"
CLOCK = fractions.Fraction(1, 90000)
RATE, AAC_SAMPLES = 48000, 1024
WIDTH, HEIGHT, FPS = 640, 480, 30
TICK = fractions.Fraction(1, FPS)
QUEUE = 90  # frames; beyond that (the encoder cannot keep up) frames are dropped and counted


def session_dir(session_id: int) -> Path:
    return Path(settings.HLS_ROOT) / str(int(session_id))


def replay_ready(session_id: int) -> bool:
    playlist = session_dir(session_id) / PLAYLIST
    try:
        return "#EXT-X-ENDLIST" in playlist.read_text()
    except OSError:
        return False


class HlsWriter:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.queue: asyncio.Queue[av.Frame | None] = asyncio.Queue(QUEUE)
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="hls")
        self.container = self.video = self.audio = None
        self.resampler = AudioResampler(format="fltp", layout="stereo", rate=RATE, frame_size=AAC_SAMPLES)
        self.samples = 0
        self.ticks = -1
        self.started = time.monotonic()
        self.dropped = 0
        self.worker = asyncio.ensure_future(self.run())

    @classmethod
    def for_session(cls, session_id: int, *, resume: bool = False) -> HlsWriter:
        # ``resume``: the session moved here from a worker that stopped; the HLS branch continues
        # the recording (a discontinuity) instead of starting afresh. Accepted, not yet acted on.
        return cls(session_dir(session_id))

    def push(self, frame: av.Frame) -> None:
        try:
            self.queue.put_nowait(frame)
        except asyncio.QueueFull:
            self.dropped += 1

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while (frame := await self.queue.get()) is not None:
            try:
                await loop.run_in_executor(self.executor, self.write, frame)
            except Exception:  # one bad frame must not end the stream
                log.exception("HLS: could not write a frame")
        await loop.run_in_executor(self.executor, self.finish)

    async def close(self) -> None:
        while self.queue.full():
            self.queue.get_nowait()
        self.queue.put_nowait(None)
        await self.worker
        self.executor.shutdown(wait=False)

    # -- on the writer's thread ----------------------------------------------------------------
    def open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        for old in self.directory.glob("*"):
            old.unlink()  # a fresh broadcast of this session starts a fresh recording
        self.container = av.open(
            str(self.directory / PLAYLIST),
            mode="w",
            format="hls",
            options={
                "hls_time": "1",
                "hls_playlist_type": "event",
                "hls_flags": "independent_segments+temp_file",
                "hls_segment_filename": str(self.directory / "seg%05d.ts"),
            },
        )
        video = self.container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.time_base, video.bit_rate = CLOCK, settings.RTC_VIDEO_BITRATE
        video.options = {
            "preset": "ultrafast",
            "tune": "zerolatency",
            "x264-params": f"keyint={FPS}:min-keyint={FPS}:scenecut=0",
        }
        audio = self.container.add_stream("aac", rate=RATE, layout="stereo")
        audio.bit_rate = 64000
        self.video, self.audio = video, audio

    def write(self, frame: av.Frame) -> None:
        if self.container is None:
            self.open()
        if isinstance(frame, av.VideoFrame):
            self.write_video(frame)
        else:
            self.write_audio(frame)

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def write_video(self, frame: av.VideoFrame) -> None:
        frame = frame.reformat(width=WIDTH, height=HEIGHT, format="yuv420p")
        # The encoder counts in frames (1/30 s): two frames closer than that would share a
        # timestamp, which the muxer refuses, so each takes at least the next tick.
        self.ticks = max(round(self.elapsed() * FPS), self.ticks + 1)
        frame.pts, frame.time_base = self.ticks, TICK
        frame.pict_type = av.video.frame.PictureType.NONE
        self.container.mux(self.video.encode(frame))
        self.fill_silence()

    def fill_silence(self) -> None:
        """Without a microphone (or while it lags), silence keeps audio and video interleaved."""
        while self.samples < (self.elapsed() - 0.3) * RATE:
            silence = av.AudioFrame(format="fltp", layout="stereo", samples=AAC_SAMPLES)
            for plane in silence.planes:
                plane.update(bytes(plane.buffer_size))
            silence.sample_rate = RATE
            self.encode_audio(silence)

    def write_audio(self, frame: av.AudioFrame) -> None:
        frame.pts = None
        for chunk in self.resampler.resample(frame):
            self.encode_audio(chunk)

    def encode_audio(self, chunk: av.AudioFrame) -> None:
        chunk.pts, chunk.time_base = self.samples, fractions.Fraction(1, RATE)
        self.samples += chunk.samples
        self.container.mux(self.audio.encode(chunk))

    def finish(self) -> None:
        if self.container is None:
            return
        self.container.mux(self.video.encode(None))
        self.container.mux(self.audio.encode(None))
        self.container.close()
