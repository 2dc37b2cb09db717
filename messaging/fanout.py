"""New messages to the sockets open on a conversation, in every server process.

With ``REDIS_URL`` a message is published on the conversation's Redis pub/sub channel and each
open socket listens there (one subscription per socket: a conversation has two parties, so
there are few); without it, in-process only (development and tests). A message is stored
before it is published: a socket that misses one (Redis down, reconnecting) gets it with the
history when it connects again."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from functools import cache
from typing import Any

import redis
import redis.asyncio as aioredis
from django.conf import settings

log = logging.getLogger(__name__)

_lock = threading.Lock()
_local: dict[int, set[tuple[asyncio.AbstractEventLoop, asyncio.Queue[str]]]] = {}


def channel(application_id: int) -> str:
    return f"{settings.CACHES['default'].get('KEY_PREFIX', 'shanhai')}:messaging:{application_id}"


@cache
def _client(url: str) -> redis.Redis:
    return redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)


def publish(application_id: int, frame: dict[str, Any]) -> None:
    """Send ``frame`` to every socket open on the conversation (from any thread)."""
    text = json.dumps(frame, ensure_ascii=False)
    if settings.REDIS_URL:
        try:
            _client(settings.REDIS_URL).publish(channel(application_id), text)
        except redis.RedisError:
            log.warning("messaging: publish failed; the message is kept and shown on the next load")
        return
    with _lock:
        listeners = list(_local.get(application_id, ()))
    for loop, queue in listeners:
        with contextlib.suppress(RuntimeError):  # the loop closed with its socket
            loop.call_soon_threadsafe(queue.put_nowait, text)


class Subscription:
    """One socket's feed of a conversation: ``await get()`` returns each frame's text."""

    def __init__(self, application_id: int) -> None:
        self.application_id = application_id
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        self._entry = (asyncio.get_running_loop(), self.queue)
        self._task: asyncio.Task[None] | None = None
        self._redis: aioredis.Redis | None = None

    async def start(self) -> None:
        if settings.REDIS_URL:
            self._redis = aioredis.Redis.from_url(settings.REDIS_URL)
            pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
            await pubsub.subscribe(channel(self.application_id))
            self._task = asyncio.create_task(self._listen(pubsub))
        else:
            with _lock:
                _local.setdefault(self.application_id, set()).add(self._entry)

    async def _listen(self, pubsub: Any) -> None:
        try:
            async for item in pubsub.listen():
                data = item.get("data")
                if isinstance(data, bytes):
                    self.queue.put_nowait(data.decode())
        except (redis.RedisError, OSError):
            log.warning("messaging: lost the Redis subscription; messages show on the next load")
        finally:
            with contextlib.suppress(Exception):
                await pubsub.aclose()

    async def get(self) -> str:
        return await self.queue.get()

    async def stop(self) -> None:
        with _lock:
            listeners = _local.get(self.application_id)
            if listeners is not None:
                listeners.discard(self._entry)
                if not listeners:
                    del _local[self.application_id]
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self._redis is not None:
            with contextlib.suppress(Exception):
                await self._redis.aclose()
