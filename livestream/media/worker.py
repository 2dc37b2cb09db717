"""A media worker's loop (a daphne process with ``MEDIA_WORKER_ID``): beat with its load, renew the
leases of its sessions, take up sessions placed on it, place again any session whose worker died,
and, when drained or stopped (SIGTERM), hand its sessions over before it goes.

It runs as one task on the process's event loop, beside the broadcasts (no thread of its own)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from asgiref.sync import sync_to_async
from django.conf import settings

from livestream.media import placement
from livestream.media.hub import MediaHub, announce_stage, hub

log = logging.getLogger(__name__)

TICK = 1.0  # seconds between looks for lapsed sessions; beats every MEDIA_BEAT_SECONDS


def live_sessions(session_ids: list[int]) -> set[int]:
    from livestream.models import LiveSession

    return set(
        LiveSession.objects.filter(pk__in=session_ids, state=LiveSession.State.LIVE).values_list(
            "pk", flat=True
        )
    )


def call(function, *args, **kwargs):
    return sync_to_async(function, thread_sensitive=False)(*args, **kwargs)


class MediaWorker:
    def __init__(self, media: MediaHub, worker_id: str, url: str) -> None:
        self.hub, self.id, self.url = media, worker_id, url
        self.meter = placement.CpuMeter()
        self.held: dict[int, int] = {}
        self.stopping = False
        self.task: asyncio.Task | None = None
        self.last_beat = 0.0

    def start(self) -> None:
        self.task = asyncio.ensure_future(self.run())
        self.hub.before_shutdown.append(self.stop)

    async def run(self) -> None:
        await call(placement.drain, self.id, on=False)  # a restarted worker takes sessions again
        while not self.stopping:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("media worker %s: placement step failed", self.id)
            await asyncio.sleep(TICK)

    async def tick(self) -> None:
        now = time.monotonic()
        draining = await call(placement.is_draining, self.id)
        if now - self.last_beat >= settings.MEDIA_BEAT_SECONDS or draining:
            self.last_beat = now
            await self.beat(draining)
        if draining:
            for session_id in list(self.held):
                await self.hand_over(session_id)
        await call(placement.replace_lapsed, live_sessions)

    async def beat(self, draining: bool) -> None:
        await call(
            placement.beat,
            placement.Worker(self.id, self.url, self.meter.read(), len(self.hub.broadcasts), draining),
        )
        self.held = await call(placement.held_by, self.id)
        for session_id in list(self.hub.broadcasts):
            if session_id not in self.held:  # the lease went elsewhere (this process stalled)
                await self.give_up(session_id)
        if settings.DEMO_PUBLISHER and not draining:
            for session_id, gen in self.held.items():
                if session_id not in self.hub.broadcasts:
                    self.hub.broadcast(session_id, resume=gen > 1)
        await call(placement.forget_ended, live_sessions)

    async def hand_over(self, session_id: int) -> bool:
        moved = await call(placement.place, session_id, away_from=self.id)
        if moved is None or moved.worker == self.id:
            return False  # no other worker: keep serving rather than drop the session
        self.held.pop(session_id, None)
        await self.give_up(session_id)
        return True

    async def give_up(self, session_id: int) -> None:
        """Close this process's part of the session and tell its clients to ask where it went."""
        broadcast = self.hub.broadcasts.get(session_id)
        if broadcast is not None:
            broadcast.on_stage = lambda *args: None  # not "closed": the session goes on elsewhere
        await self.hub.close_broadcast(session_id)
        await call(announce_stage, session_id, "moving")

    async def stop(self) -> None:
        """SIGTERM: take nothing new, hand every session over, leave the registry."""
        self.stopping = True
        with contextlib.suppress(Exception):
            await call(placement.drain, self.id)
            await self.beat(True)
            for session_id in list(self.held):
                await self.hand_over(session_id)
            await call(placement.leave, self.id)


worker: MediaWorker | None = None


def start_if_configured() -> None:
    """Under daphne, start this process's worker loop once the reactor runs."""
    import sys

    if (
        not (settings.MEDIA_WORKER_ID and placement.enabled())
        or "twisted.internet.reactor" not in sys.modules
    ):
        return
    from twisted.internet import reactor

    def start() -> None:
        global worker
        worker = MediaWorker(hub, settings.MEDIA_WORKER_ID, settings.MEDIA_WORKER_URL)
        hub.hook_shutdown()
        worker.start()

    reactor.callWhenRunning(start)
