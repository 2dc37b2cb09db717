"""What each viewer's sender reads: the shared encoded packets, never a frame to encode."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

import av
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

QUEUE_PACKETS = 60  # two seconds of video; a viewer further behind skips to the next keyframe


class ViewerTrack(MediaStreamTrack):
    """A queue of encoded packets for one viewer.

    A video viewer starts, and restarts after falling behind, at a keyframe: until one arrives
    its packets are dropped and ``want_keyframe`` asks the encoder for one."""

    def __init__(
        self, kind: str, want_keyframe: Callable[[], None], on_stop: Callable[[ViewerTrack], None]
    ) -> None:
        super().__init__()
        self.kind = kind
        self.queue: asyncio.Queue[av.Packet | None] = asyncio.Queue(QUEUE_PACKETS)
        self.waiting_for_keyframe = kind == "video"
        self.want_keyframe, self.on_stop = want_keyframe, on_stop
        self.delivered = self.dropped = 0
        if self.waiting_for_keyframe:
            want_keyframe()

    def deliver(self, packet: av.Packet) -> None:
        if self.waiting_for_keyframe:
            if not packet.is_keyframe:
                return
            self.waiting_for_keyframe = False
        try:
            self.queue.put_nowait(packet)
            self.delivered += 1
        except asyncio.QueueFull:
            self.fall_behind()

    def fall_behind(self) -> None:
        """Drop what is queued; video waits for the next keyframe, which it asks for."""
        self.dropped += self.queue.qsize()
        while not self.queue.empty():
            self.queue.get_nowait()
        if self.kind == "video":
            self.waiting_for_keyframe = True
            self.want_keyframe()

    async def recv(self) -> av.Packet:
        if self.readyState != "live":
            raise MediaStreamError
        packet = await self.queue.get()
        if packet is None:
            raise MediaStreamError
        return packet

    def stop(self) -> None:
        if self.readyState == "live":
            super().stop()
            self.on_stop(self)
            with contextlib.suppress(asyncio.QueueFull):
                self.queue.put_nowait(None)  # wakes a sender waiting in recv()
