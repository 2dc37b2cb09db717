"""aiortc peers for the video tests: a publisher of the synthetic pattern and counting viewers."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from livestream.media import stamp
from livestream.media.synthetic import BeepTrack, PatternTrack


async def offer_of(pc: RTCPeerConnection) -> str:
    await pc.setLocalDescription(await pc.createOffer())
    return pc.localDescription.sdp


async def post_offer(client, url: str, pc: RTCPeerConnection):
    response = await client.post(url, {"sdp": await offer_of(pc)}, content_type="application/json")
    if response.status_code == 200:
        await pc.setRemoteDescription(RTCSessionDescription(response.json()["sdp"], "answer"))
    return response


def publisher_pc() -> RTCPeerConnection:
    pc = RTCPeerConnection()
    pc.addTrack(PatternTrack("test"))
    pc.addTrack(BeepTrack())
    return pc


@dataclass
class Viewer:
    """A receive-only peer that decodes what arrives and keeps count."""

    pc: RTCPeerConnection = field(default_factory=RTCPeerConnection)
    video_frames: int = 0
    audio_frames: int = 0
    first_frame_at: float | None = None
    latencies: list[int] = field(default_factory=list)
    tasks: list[asyncio.Task] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pc.addTransceiver("video", direction="recvonly")
        self.pc.addTransceiver("audio", direction="recvonly")
        self.pc.on("track", lambda track: self.tasks.append(asyncio.ensure_future(self.count(track))))

    async def count(self, track) -> None:
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    self.video_frames += 1
                    self.first_frame_at = self.first_frame_at or time.monotonic()
                    self.latencies.append(stamp.latency_ms(frame))
                else:
                    self.audio_frames += 1
        except MediaStreamError:
            pass

    async def close(self) -> None:
        await self.pc.close()
        for task in self.tasks:
            task.cancel()


async def until(condition, timeout: float = 10.0, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(step)
