"""The 1:1 room's signalling relay: what one participant's socket sends reaches the other's.

The media itself goes browser to browser (WebRTC, through TURN when a network needs it); the
server only passes the offer, the answer and a few presence messages, a handful per call. Sockets of
one interview may sit in different server processes: with ``LIVE_ROOM_REDIS_URL`` set (it
defaults to ``REDIS_URL``), every message is published on the interview's Redis channel and each
process delivers it to its own sockets of that interview (one pattern subscription per process);
without Redis one process relays in memory. A message never goes back to the socket that sent it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections.abc import Awaitable, Callable

import redis.asyncio as aioredis
from django.conf import settings

log = logging.getLogger(__name__)

# deliver(text, greeting): send ``text`` to the socket; ``greeting`` asks it to answer "present".
Deliver = Callable[[str, bool], Awaitable[None]]


class LocalRelay:
    """Sockets of this process by interview; delivers in memory."""

    def __init__(self) -> None:
        self.rooms: dict[int, dict[str, Deliver]] = {}

    async def join(self, room: int, peer: str, deliver: Deliver) -> None:
        self.rooms.setdefault(room, {})[peer] = deliver

    def leave(self, room: int, peer: str) -> None:
        peers = self.rooms.get(room)
        if peers is not None:
            peers.pop(peer, None)
            if not peers:
                del self.rooms[room]

    async def send(self, room: int, sender: str, text: str, *, greeting: bool = False) -> None:
        await self.dispatch(room, sender, text, greeting)

    async def dispatch(self, room: int, sender: str, text: str, greeting: bool) -> None:
        for peer, deliver in list(self.rooms.get(room, {}).items()):
            if peer != sender:
                try:
                    await deliver(text, greeting)
                except Exception:  # one broken socket must not keep the message from the other
                    log.exception("interview relay: delivery failed")


class RedisRelay(LocalRelay):
    """Publishes to ``<prefix>:interview:<id>``; a per-process listener delivers locally."""

    def __init__(self, url: str, prefix: str) -> None:
        super().__init__()
        self.prefix = f"{prefix}:interview:"
        self.client = aioredis.Redis.from_url(url, decode_responses=True)
        self.listener: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()

    async def join(self, room: int, peer: str, deliver: Deliver) -> None:
        await super().join(room, peer, deliver)
        if self.listener is None or self.listener.done():
            self.ready.clear()
            self.listener = asyncio.create_task(self.listen())
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(2):
                await self.ready.wait()

    async def send(self, room: int, sender: str, text: str, *, greeting: bool = False) -> None:
        envelope = json.dumps({"from": sender, "greeting": greeting, "text": text}, separators=(",", ":"))
        await self.client.publish(f"{self.prefix}{room}", envelope)

    async def listen(self) -> None:
        backoff = 0.5
        while self.rooms:
            try:
                pubsub = self.client.pubsub()
                await pubsub.psubscribe(f"{self.prefix}*")
                self.ready.set()
                backoff = 0.5
                try:
                    while self.rooms:
                        message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                        if message is not None:
                            await self.handle(message)
                finally:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()
            except (aioredis.RedisError, OSError):
                log.warning("interview relay: Redis unavailable, retrying in %.1f s", backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 5)

    async def handle(self, message: dict[str, object]) -> None:
        channel, data = str(message.get("channel", "")), message.get("data")
        room = channel.removeprefix(self.prefix)
        if not room.isdigit() or not isinstance(data, str):
            return
        envelope = json.loads(data)
        await self.dispatch(int(room), envelope["from"], envelope["text"], bool(envelope["greeting"]))


_relays: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LocalRelay] = weakref.WeakKeyDictionary()


def get_relay() -> LocalRelay:
    """This event loop's relay (a server process has one loop; tests may start several)."""
    loop = asyncio.get_running_loop()
    relay = _relays.get(loop)
    if relay is None:
        url = settings.LIVE_ROOM_REDIS_URL
        relay = RedisRelay(url, settings.LIVE_ROOM_PREFIX) if url else LocalRelay()
        _relays[loop] = relay
    return relay
