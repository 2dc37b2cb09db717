"""One ``Broadcast`` per live session in this process: a publisher's decoded tracks in, one VP8
and one Opus encoding out to every WebRTC viewer, and the same frames to the HLS writer.

The publisher may drop and come back (or hand over to a colleague): viewers keep their peer
connections, see the stage as "reconnecting", and resume at the next keyframe."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, cast

import av
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from livestream.media.encoders import VIDEO_CLOCK, AudioEncoder, VideoEncoder
from livestream.media.tracks import ViewerTrack

if TYPE_CHECKING:
    from livestream.media.hls import HlsWriter

log = logging.getLogger(__name__)

KEYFRAME_INTERVAL = 0.5  # at most two forced keyframes a second, however many viewers ask
WIDTH, HEIGHT = 640, 480


class Stage:
    WAITING = "waiting"  # no publisher yet
    LIVE = "live"
    RECONNECTING = "reconnecting"  # the publisher dropped; viewers wait
    CLOSED = "closed"


class Rendition:
    """One encoder and its viewers. Encoding runs on its own thread, one frame at a time."""

    def __init__(self, kind: str, bitrate: int) -> None:
        self.kind, self.bitrate = kind, bitrate
        self.viewers: set[ViewerTrack] = set()
        self.executor = ThreadPoolExecutor(1, thread_name_prefix=f"encode-{kind}")
        self.encoder: VideoEncoder | AudioEncoder | None = None
        self.keyframe_due, self.last_keyframe = True, 0.0
        self.started = time.monotonic()
        self.frames = 0

    def subscribe(self) -> ViewerTrack:
        track = ViewerTrack(self.kind, self.request_keyframe, self.viewers.discard)
        self.viewers.add(track)
        return track

    def request_keyframe(self) -> None:
        self.keyframe_due = True

    def take_keyframe(self) -> bool:
        now = time.monotonic()
        if self.keyframe_due and now - self.last_keyframe >= KEYFRAME_INTERVAL:
            self.keyframe_due, self.last_keyframe = False, now
            return True
        return False

    def encode_video(self, frame: av.VideoFrame) -> list[av.Packet]:
        if frame.format.name != "yuv420p" or (frame.width, frame.height) != (WIDTH, HEIGHT):
            frame = frame.reformat(width=WIDTH, height=HEIGHT, format="yuv420p")
        if self.encoder is None:
            self.encoder = VideoEncoder(WIDTH, HEIGHT, self.bitrate)
        encoder = cast(VideoEncoder, self.encoder)  # a video rendition only ever makes this one
        pts = int((time.monotonic() - self.started) / VIDEO_CLOCK)
        return encoder.encode(frame, pts, self.take_keyframe())

    def encode_audio(self, frame: av.AudioFrame) -> list[av.Packet]:
        if self.encoder is None:
            self.encoder = AudioEncoder()
        return cast(AudioEncoder, self.encoder).encode(frame)  # an audio rendition only ever makes this one

    async def push(self, frame: av.VideoFrame | av.AudioFrame) -> None:
        encode = cast(  # a rendition is pushed frames of its own kind only
            "Callable[[av.VideoFrame | av.AudioFrame], list[av.Packet]]",
            self.encode_video if self.kind == "video" else self.encode_audio,
        )
        packets = await asyncio.get_running_loop().run_in_executor(self.executor, encode, frame)
        self.frames += 1
        for packet in packets:
            for viewer in list(self.viewers):
                viewer.deliver(packet)

    def resume(self) -> None:
        """A publisher (re)attached: video restarts at a keyframe, audio jumps its clock."""
        self.request_keyframe()
        if isinstance(self.encoder, AudioEncoder):
            self.encoder.catch_up()

    def close(self) -> None:
        for viewer in list(self.viewers):
            viewer.stop()
        self.executor.shutdown(wait=False, cancel_futures=True)


class Broadcast:
    def __init__(
        self,
        session_id: int,
        *,
        bitrate: int,
        on_stage: Callable[[int, str], None],
        hls: HlsWriter | None = None,
    ) -> None:
        self.session_id, self.on_stage, self.hls = session_id, on_stage, hls
        self.video = Rendition("video", bitrate)
        self.audio = Rendition("audio", bitrate)
        self.stage = Stage.WAITING
        self.publisher: str | None = None
        self.pumps: list[asyncio.Task] = []
        self.dropped_at: float | None = None

    def rendition(self, kind: str) -> Rendition:
        return self.video if kind == "video" else self.audio

    def subscribe(self, kind: str) -> ViewerTrack:
        return self.rendition(kind).subscribe()

    def attach(self, publisher: str, tracks: list[MediaStreamTrack]) -> None:
        """Start pumping ``tracks`` (already decoded by aiortc) into the encoders."""
        self.stop_pumps()
        self.publisher = publisher
        for track in tracks:
            rendition = self.rendition(track.kind)
            rendition.resume()
            self.pumps.append(asyncio.ensure_future(self.pump(track, rendition)))
        self.set_stage(Stage.LIVE)

    def detach(self, publisher: str) -> None:
        """The publisher left (or its connection failed): viewers wait for it to come back."""
        if publisher != self.publisher:
            return
        self.stop_pumps()
        self.publisher, self.dropped_at = None, time.monotonic()
        if self.stage != Stage.CLOSED:
            self.set_stage(Stage.RECONNECTING)

    async def pump(self, track: MediaStreamTrack, rendition: Rendition) -> None:
        publisher = cast(str, self.publisher)  # attach set it; detach cancels the pumps before clearing it
        try:
            while True:
                frame = cast("av.VideoFrame | av.AudioFrame", await track.recv())  # decoded, not packets
                await rendition.push(frame)
                if self.hls is not None:
                    self.hls.push(frame)
        except MediaStreamError:
            log.info("publisher %s track ended for session %s", track.kind, self.session_id)
        except Exception:
            log.exception("publisher %s track failed for session %s", track.kind, self.session_id)
        asyncio.get_running_loop().call_soon(self.detach, publisher)

    def stop_pumps(self) -> None:
        for task in self.pumps:
            task.cancel()
        self.pumps = []

    def set_stage(self, stage: str) -> None:
        if stage != self.stage:
            self.stage = stage
            with contextlib.suppress(Exception):
                self.on_stage(self.session_id, stage)

    async def close(self) -> None:
        self.stop_pumps()
        self.set_stage(Stage.CLOSED)
        self.video.close()
        self.audio.close()
        if self.hls is not None:
            await self.hls.close()
