"""This process's broadcasts and peer connections, and the offer/answer steps that create them.

Every ``RTCPeerConnection`` is registered here and closed on failure, on disconnect (after a
short grace), when its owner leaves and when the server shuts down, so none outlives its use."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import logging
import secrets
import sys
import time
from dataclasses import dataclass, field

from aiortc import MediaStreamTrack, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from asgiref.sync import sync_to_async
from django.conf import settings
from django.utils.translation import gettext as _

from events_server.errors import Conflict, DomainError
from events_server.metrics import MEDIA_SESSIONS, RTC_PEERS
from livestream.media.broadcast import Broadcast, Stage

log = logging.getLogger(__name__)

DISCONNECT_GRACE = 5.0  # seconds a "disconnected" peer may take to come back before it is closed
WATCH_EVERY = 5.0


class PublisherBusy(Conflict):
    pass


class SeatsFull(DomainError):
    status_code = 503
    code = "seats_full"


@dataclass
class Peer:
    id: str
    pc: RTCPeerConnection
    role: str  # "publisher" or "viewer"
    session_id: int
    owner: str
    created: float = field(default_factory=time.monotonic)


def announce_stage(session_id: int, stage: str) -> None:
    """Tell the live room (every process, through the realtime backend) about the video stage."""
    from livestream.realtime.events import broadcast_on_commit

    broadcast_on_commit(session_id, {"type": "stage", "stage": stage})


def session_state(session_id: int) -> str | None:
    from livestream.models import LiveSession

    return LiveSession.objects.filter(pk=session_id).values_list("state", flat=True).first()


class MediaHub:
    def __init__(self) -> None:
        self.broadcasts: dict[int, Broadcast] = {}
        self.peers: dict[str, Peer] = {}
        self.watchers: dict[int, asyncio.Task] = {}
        self.shutdown_hooked = False
        self.before_shutdown: list = []  # coroutines run before peers close (a worker hands over)

    # -- broadcasts -------------------------------------------------------------------------
    def broadcast(self, session_id: int, *, resume: bool = False) -> Broadcast:
        """The session's broadcast, started if needed; ``resume``: the session was on another
        worker before, so its recording continues rather than starting afresh."""
        found = self.broadcasts.get(session_id)
        if found is None:
            from livestream.media.hls import HlsWriter

            hls = HlsWriter.for_session(session_id, resume=resume) if settings.HLS_ENABLED else None
            found = Broadcast(session_id, bitrate=settings.RTC_VIDEO_BITRATE, on_stage=self.on_stage, hls=hls)
            self.broadcasts[session_id] = found
            MEDIA_SESSIONS.set(len(self.broadcasts))
            self.watchers[session_id] = asyncio.ensure_future(self.watch(found))
        return found

    def on_stage(self, session_id: int, stage: str) -> None:
        loop = asyncio.get_running_loop()
        loop.run_in_executor(None, announce_stage, session_id, stage)

    async def watch(self, broadcast: Broadcast) -> None:
        """Close a broadcast when its session ends or its publisher stays away too long."""
        with contextlib.suppress(asyncio.CancelledError):
            while True:
                state = await sync_to_async(session_state, thread_sensitive=False)(broadcast.session_id)
                gone_for = time.monotonic() - (broadcast.dropped_at or time.monotonic())
                if state != "live" or (
                    broadcast.stage == Stage.RECONNECTING and gone_for > settings.RTC_RECONNECT_GRACE
                ):
                    await self.close_broadcast(broadcast.session_id)
                    return
                if settings.DEMO_PUBLISHER and broadcast.publisher is None:
                    self.attach_synthetic(broadcast)
                await asyncio.sleep(WATCH_EVERY)

    def attach_synthetic(self, broadcast: Broadcast) -> None:
        from livestream.media.synthetic import BeepTrack, PatternTrack

        broadcast.attach("synthetic", [PatternTrack("山海有约 · 演示直播 demo"), BeepTrack()])

    async def close_broadcast(self, session_id: int) -> None:
        broadcast = self.broadcasts.pop(session_id, None)
        MEDIA_SESSIONS.set(len(self.broadcasts))
        watcher = self.watchers.pop(session_id, None)
        if watcher is not None and watcher is not asyncio.current_task():
            watcher.cancel()
        for peer in [p for p in self.peers.values() if p.session_id == session_id]:
            await self.close_peer(peer.id)
        if broadcast is not None:
            await broadcast.close()

    # -- peers ------------------------------------------------------------------------------
    def new_peer(self, role: str, session_id: int, owner: str) -> Peer:
        self.hook_shutdown()
        pc = RTCPeerConnection()
        peer = Peer(secrets.token_urlsafe(16), pc, role, session_id, owner)
        self.peers[peer.id] = peer
        RTC_PEERS.labels(role).inc()

        @pc.on("connectionstatechange")
        async def on_state() -> None:
            if pc.connectionState in ("failed", "closed"):
                await self.close_peer(peer.id)
            elif pc.connectionState == "disconnected":
                await asyncio.sleep(DISCONNECT_GRACE)
                if pc.connectionState == "disconnected":
                    await self.close_peer(peer.id)

        return peer

    async def close_peer(self, peer_id: str) -> bool:
        peer = self.peers.pop(peer_id, None)
        if peer is None:
            return False
        RTC_PEERS.labels(peer.role).dec()
        if peer.role == "publisher" and peer.session_id in self.broadcasts:
            self.broadcasts[peer.session_id].detach(peer.id)
        for transceiver in peer.pc.getTransceivers():
            if transceiver.sender.track is not None:
                transceiver.sender.track.stop()
        await peer.pc.close()
        if not self.peers:
            release_memory()
        return True

    async def close_all(self) -> None:
        for session_id in list(self.broadcasts):
            await self.close_broadcast(session_id)
        for peer_id in list(self.peers):
            await self.close_peer(peer_id)

    async def shut_down(self) -> None:
        for hook in self.before_shutdown:
            try:
                await hook()
            except Exception:
                log.exception("media hub: a shutdown step failed")
        await self.close_all()

    def hook_shutdown(self) -> None:
        """Under daphne (Twisted), close every peer before the reactor stops."""
        if self.shutdown_hooked or "twisted.internet.reactor" not in sys.modules:
            return
        from twisted.internet import defer, reactor

        reactor.addSystemEventTrigger(  # a zope Interface method: without mypy-zope, "phase" reads as self
            "before",
            "shutdown",  # type: ignore[arg-type]
            lambda: defer.Deferred.fromFuture(asyncio.ensure_future(self.shut_down())),
        )
        self.shutdown_hooked = True

    def count(self, role: str, session_id: int | None = None) -> int:
        return sum(1 for p in self.peers.values() if p.role == role and session_id in (None, p.session_id))

    # -- offer / answer ---------------------------------------------------------------------
    async def publish(
        self, session_id: int, owner: str, offer: str, *, resume: bool = False
    ) -> tuple[str, str]:
        broadcast = self.broadcast(session_id, resume=resume)
        current = self.peers.get(broadcast.publisher or "")
        if current is not None and current.owner != owner:
            raise PublisherBusy(_("Another host of your company is on camera. Ask them to hand over first."))
        if current is not None:  # the same host again (a reload): the new connection replaces the old
            await self.close_peer(current.id)
        peer = self.new_peer("publisher", session_id, owner)
        tracks: list[MediaStreamTrack] = []
        peer.pc.on("track", tracks.append)
        answer = await self.answer(peer, offer)
        broadcast.attach(peer.id, [t for t in tracks if t.kind in ("audio", "video")])
        return peer.id, answer

    async def view(self, session_id: int, owner: str, offer: str, *, resume: bool = False) -> tuple[str, str]:
        broadcast = self.broadcast(
            session_id, resume=resume
        )  # also when the seats are full: it feeds the HLS stream
        if self.count("viewer", session_id) >= settings.RTC_VIEWER_CAP:
            raise SeatsFull(_("All low-latency seats are taken; you are watching the standard stream."))
        peer = self.new_peer("viewer", session_id, owner)
        try:
            await peer.pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            for transceiver in peer.pc.getTransceivers():
                track = broadcast.subscribe(transceiver.kind)
                peer.pc.addTrack(track)
                transceiver.sender._send_keyframe = track.want_keyframe  # type: ignore[method-assign]  # PLI/FIR → one shared keyframe
                if transceiver.kind == "video":
                    transceiver.setCodecPreferences(vp8_only())
            return peer.id, await self.local_answer(peer)
        except Exception:
            await self.close_peer(peer.id)
            raise

    async def answer(self, peer: Peer, offer: str) -> str:
        try:
            await peer.pc.setRemoteDescription(RTCSessionDescription(offer, "offer"))
            return await self.local_answer(peer)
        except Exception:
            await self.close_peer(peer.id)
            raise

    async def local_answer(self, peer: Peer) -> str:
        await peer.pc.setLocalDescription(await peer.pc.createAnswer())
        return peer.pc.localDescription.sdp


def release_memory() -> None:
    """With the last peer gone, hand freed memory back to the system: the peers' buffers are
    reference cycles (collected late) and glibc keeps freed heap pages unless asked."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def vp8_only() -> list:
    return [
        c for c in RTCRtpSender.getCapabilities("video").codecs if c.mimeType in ("video/VP8", "video/rtx")
    ]


hub = MediaHub()
